#!/usr/bin/env bash
# National-scale content: latency of the region page, the portal, a two-character search and
# the feeds with 1,000,000 posts and 200,000 events over 7,700 regions, on SQLite and on
# PostgreSQL, cached and uncached, plus the server's peak memory and the region page against
# nginx serving the same bytes.
#
#   bench/content_bench.sh gen [POSTS [EVENTS [REGIONS]]]   # build bench/content_gen.cpp, fill both databases
#   bench/content_bench.sh run DB_URL                       # measure against one of them
#
# 'gen' compiles bench/content_gen.cpp against build/libtsunagu_lib.a (copied first, with the
# flags CMake uses for bench/matching_bench.cpp), creates $CONTENT_DIR/content.db and, with
# scripts/pg-throwaway, a PostgreSQL cluster on loopback with a database 'content', and fills
# both at the same time (one generator each; see its own comment). The cluster keeps running
# for 'run'; its URL and the stop command are printed and saved in $CONTENT_DIR/pg.env.
# 'run' starts `tsunagu serve` on the database (access log off, free loopback port), and for
# each endpoint runs wrk --latency, cached (the same few targets again and again: answered
# from the page cache) and uncached (a unique ?r=N per request: every request misses the page
# cache, so it runs the handler and its queries). Then the region pages against nginx.
#
# Settings (environment):
#   TSUNAGU_BIN       server binary                 (default: build/tsunagu; better a private copy)
#   CONTENT_DIR       where 'gen' puts its data      (default: /tmp/tsunagu-content)
#   WRK_THREADS       wrk -t                         (default: 2)
#   WRK_CONNECTIONS   wrk -c of the cached runs      (default: 8)
#   UNCACHED_CONNECTIONS wrk -c of the uncached runs (default: 2: slow pages would only queue)
#   NGINX_CONNECTIONS wrk -c of the nginx comparison (default: 64)
#   WRK_DURATION      wrk -d per run                 (default: 10s)
#   WARMUP            wrk -d of each warm-up         (default: 2s)
#   WRK_TIMEOUT       wrk --timeout                  (default: 30s)
#   ONLY              space-separated endpoint names to run (default: all)
set -euo pipefail

MODE="${1:-}"
case "$MODE" in
  gen | run) shift ;;
  *) echo "usage: $0 gen [POSTS [EVENTS [REGIONS]]] | run DB_URL" >&2; exit 2 ;;
esac

WRK_THREADS="${WRK_THREADS:-2}"
WRK_CONNECTIONS="${WRK_CONNECTIONS:-8}"
NGINX_CONNECTIONS="${NGINX_CONNECTIONS:-64}"
WRK_DURATION="${WRK_DURATION:-10s}"
WARMUP="${WARMUP:-2s}"
WRK_TIMEOUT="${WRK_TIMEOUT:-30s}"
UNCACHED_CONNECTIONS="${UNCACHED_CONNECTIONS:-2}"
CONTENT_DIR="${CONTENT_DIR:-/tmp/tsunagu-content}"

source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

# ---------------------------------------------------------------------------------------------
if [[ "$MODE" == gen ]]; then
  POSTS="${1:-1000000}" EVENTS="${2:-200000}" REGIONS="${3:-7700}"
  require c++ python3
  [[ -f build/libtsunagu_lib.a && -f build/compile_commands.json ]] \
    || die "build/libtsunagu_lib.a missing: build first (scripts/build)"
  mkdir -p "$CONTENT_DIR"
  # A private copy of the library, so that a concurrent rebuild does not change it under us.
  cp build/libtsunagu_lib.a "$CONTENT_DIR/libtsunagu_lib.a.new"
  mv "$CONTENT_DIR/libtsunagu_lib.a.new" "$CONTENT_DIR/libtsunagu_lib.a"
  flags="$(python3 - <<'EOF'
import json, shlex
d = json.load(open('build/compile_commands.json'))
e = [e for e in d if e['file'].endswith('bench/matching_bench.cpp')][0]
a = shlex.split(e['command']) if 'command' in e else e['arguments']
out, skip = [], False
for x in a[1:]:
    if skip: skip = False; continue
    if x in ('-o', '-c'): skip = True; continue
    if x.endswith('matching_bench.cpp'): continue
    out.append(x)
print(' '.join(shlex.quote(x) for x in out))
EOF
)"
  libs="$(grep -A3 '^build matching_bench:' build/build.ninja | sed -n 's/^  LINK_LIBRARIES = //p')"
  libs="${libs//libtsunagu_lib.a/$CONTENT_DIR/libtsunagu_lib.a}"
  note "compiling bench/content_gen.cpp"
  eval "c++ $flags bench/content_gen.cpp -o \"$CONTENT_DIR/content_gen\" $libs -pthread"

  rm -f "$CONTENT_DIR"/content.db*
  if [[ -f "$CONTENT_DIR/pg.env" ]]; then
    # shellcheck disable=SC1091
    source "$CONTENT_DIR/pg.env"
    scripts/pg-throwaway stop "$TSUNAGU_PG_DIR" || true
  fi
  note "starting a throw-away PostgreSQL cluster (scripts/pg-throwaway)"
  eval "$(scripts/pg-throwaway start)"
  bindir="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n1)"
  port="${TSUNAGU_TEST_PG##*:}" port="${port%%/*}"
  "$bindir/createdb" -h 127.0.0.1 -p "$port" -U tsunagu content
  PG_URL="postgresql://tsunagu@127.0.0.1:$port/content"
  printf 'TSUNAGU_PG_DIR=%s\nPG_URL=%s\n' "$TSUNAGU_PG_DIR" "$PG_URL" >"$CONTENT_DIR/pg.env"

  machine_busy
  note "machine before generating: $LOAD_BEFORE"
  note "generating $POSTS posts, $EVENTS events, $REGIONS regions into SQLite and PostgreSQL at the same time"
  start=$SECONDS
  "$CONTENT_DIR/content_gen" "sqlite:$CONTENT_DIR/content.db" "$POSTS" "$EVENTS" "$REGIONS" \
    >"$CONTENT_DIR/gen-sqlite.log" 2>&1 &
  p1=$!
  "$CONTENT_DIR/content_gen" "$PG_URL" "$POSTS" "$EVENTS" "$REGIONS" >"$CONTENT_DIR/gen-pg.log" 2>&1 &
  p2=$!
  rc=0
  wait "$p1" || rc=1
  wait "$p2" || rc=1
  cat "$CONTENT_DIR/gen-sqlite.log" "$CONTENT_DIR/gen-pg.log"
  [[ $rc == 0 ]] || die "a generator failed (logs above)"
  echo "generation wall time (both at once, $(nproc) cores): $((SECONDS - start)) s"
  echo "SQLite file: $(du -h "$CONTENT_DIR/content.db" | cut -f1)   PostgreSQL: $(du -sh "$TSUNAGU_PG_DIR/data" | cut -f1)"
  echo "SQLite:     sqlite:$CONTENT_DIR/content.db"
  echo "PostgreSQL: $PG_URL"
  echo "stop the cluster afterwards: scripts/pg-throwaway stop $TSUNAGU_PG_DIR"
  exit 0
fi

# ---------------------------------------------------------------------------------------------
DB="${1:?usage: $0 run DB_URL}"
NGINX="${NGINX:-$(command -v nginx || echo /usr/sbin/nginx)}"
[[ -x "$NGINX" ]] || die "nginx not found, or set NGINX"
LUA="$ROOT/bench/content_paths.lua"

# Regions spread over the 7,700: the real 'sue' and synthetic ones.
REGION_SLUGS="sue ogori r100 r777 r1500 r2222 r3000 r3900 r4500 r5150 r6000 r6543 r7100 r7700"
region_paths="" feed_paths=""
for s in $REGION_SLUGS; do region_paths+="/regions/$s " feed_paths+="/regions/$s/feed.atom "; done
declare -A EP=(
  [region]="$region_paths"
  [portal]="/"
  [search]="/search?q=%E9%98%B2%E7%81%BD"
  [api_search]="/api/v1/search?q=%E4%BA%A4%E9%80%9A"
  [feed]="/feed.atom"
  [region_feed]="$feed_paths"
)
ORDER=(region portal search api_search feed region_feed)
[[ -n "${ONLY:-}" ]] && read -r -a ORDER <<<"$ONLY"

LIFETIME=$(( 300 + (${#ORDER[@]} * 2 + 2) * ($(to_seconds "$WRK_DURATION") + $(to_seconds "$WARMUP") + 40) ))
machine_busy
free_port
TSUNAGU_PORT="$FREE_PORT"
TSUNAGU_URL="http://127.0.0.1:$TSUNAGU_PORT"
TSUNAGU_LOG="$WORK/tsunagu.log"
note "starting $TSUNAGU_BIN on $TSUNAGU_URL with $DB"
t0=$(date +%s.%N)
start_bg tsunagu "$TSUNAGU_LOG" "$LIFETIME" env TSUNAGU_ACCESS_LOG=false TSUNAGU_MAIL_DIR="$WORK/mail" \
  TSUNAGU_MEDIA_DIR="$WORK/media" "$TSUNAGU_BIN" serve --listen "127.0.0.1:$TSUNAGU_PORT" --db "$DB"
TSUNAGU_PID="$BG_CHILD"
[[ -n "$TSUNAGU_PID" ]] || { cat "$TSUNAGU_LOG" >&2; die "tsunagu did not start"; }
for ((i = 0; i < 600; i++)); do
  [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$TSUNAGU_URL/healthz" 2>/dev/null)" == 200 ]] && break
  kill -0 "$TSUNAGU_PID" 2>/dev/null || { cat "$TSUNAGU_LOG" >&2; die "server exited"; }
  sleep 0.1
done
START_S="$(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')"
TSUNAGU_RSS_START="$(rss_kb "$TSUNAGU_PID" VmRSS)"
note "answering after $START_S s"

# First (cold) request of each endpoint, and its size.
declare -A SIZE COLD
for ep in "${ORDER[@]}"; do
  read -r -a ps <<<"${EP[$ep]}"
  out="$(curl -s --max-time 60 -o /dev/null -w '%{http_code} %{size_download} %{time_total}' "$TSUNAGU_URL${ps[0]}")"
  read -r code len tt <<<"$out"
  [[ "$code" == 200 ]] || die "tsunagu answered $code for ${ps[0]}"
  SIZE[$ep]="$len"
  COLD[$ep]="$(awk -v t="$tt" 'BEGIN { printf "%.1f", t * 1000 }')"
done

WRK_ARGS=(-t "$WRK_THREADS" -c "$WRK_CONNECTIONS" --latency -s "$LUA")
declare -A HWM LOADAVG
run_ep() {  # run_ep NAME UNCACHED(0/1) URL_BASE CONNECTIONS [TAG]
  local ep="$1" unc="$2" base="$3" conns="$4" tag="${5:-$1.$2}"
  export BENCH_PATHS="${EP[$ep]}" BENCH_UNCACHED="$unc"
  local p
  # Every path once, one after the other (fills the page cache for the cached runs), then a
  # short wrk warm-up of cached runs only. The server does not abandon a request whose client
  # went away, so nothing here may time out and leave a backlog behind.
  if [[ $unc == 0 ]]; then
    for p in ${EP[$ep]}; do curl -s -o /dev/null --max-time 300 "$base$p" || true; done
    timeout --foreground -k 5 60 wrk -t1 -c"$conns" -d "$WARMUP" --timeout "$WRK_TIMEOUT" -s "$LUA" "$base" >/dev/null 2>&1 || true
  fi
  note "wrk -c $conns ($([[ $unc == 1 ]] && echo uncached || echo cached)) $ep: ${EP[$ep]}"
  run_wrk "$WORK/wrk.$tag" "$base" -t "$WRK_THREADS" -c "$conns" --latency -s "$LUA"
  sed 's/^/    /' "$WORK/wrk.$tag" >&2
  LOADAVG[$tag]="$(cut -d' ' -f1 /proc/loadavg)"
  [[ "$base" == "$TSUNAGU_URL" ]] && HWM[$tag]="$(rss_kb "$TSUNAGU_PID" VmHWM)"
  # Let requests still running in the server finish before the next run.
  curl -s -o /dev/null --max-time 300 "$TSUNAGU_URL/healthz" || true
  return 0
}
for ep in "${ORDER[@]}"; do run_ep "$ep" 0 "$TSUNAGU_URL" "$WRK_CONNECTIONS"; done
for ep in "${ORDER[@]}"; do run_ep "$ep" 1 "$TSUNAGU_URL" "$UNCACHED_CONNECTIONS"; done

# --- nginx with the same bytes of the region pages --------------------------------------------
mkdir -p "$WORK/www/regions" "$WORK/nginx/tmp"
for s in $REGION_SLUGS; do
  curl -s --max-time 300 -o "$WORK/www/regions/$s" "$TSUNAGU_URL/regions/$s"
done
chmod -R a+rX "$WORK/www"
free_port
NGINX_URL="http://127.0.0.1:$FREE_PORT"
cat >"$WORK/nginx/nginx.conf" <<EOF
daemon off;
worker_processes auto;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log warn;
events { worker_connections 4096; }
http {
    access_log off;
    client_body_temp_path $WORK/nginx/tmp/body;
    proxy_temp_path $WORK/nginx/tmp/proxy;
    fastcgi_temp_path $WORK/nginx/tmp/fastcgi;
    uwsgi_temp_path $WORK/nginx/tmp/uwsgi;
    scgi_temp_path $WORK/nginx/tmp/scgi;
    sendfile on;
    keepalive_requests 1000000;
    default_type text/html;
    charset utf-8;
    server { listen 127.0.0.1:$FREE_PORT; root $WORK/www; }
}
EOF
start_bg nginx "$WORK/nginx/stderr.log" "$LIFETIME" \
  "$NGINX" -p "$WORK/nginx" -e "$WORK/nginx/error.log" -c "$WORK/nginx/nginx.conf"
wait_http "$NGINX_URL/regions/sue" "$BG_CHILD" "$WORK/nginx/error.log"
len_n="$(curl -s -o /dev/null -w '%{size_download}' "$NGINX_URL/regions/sue")"
len_t="$(curl -s -o /dev/null -w '%{size_download}' "$TSUNAGU_URL/regions/sue")"
[[ "$len_n" == "$len_t" ]] || die "region page sizes differ: nginx $len_n, tsunagu $len_t"
run_ep region 0 "$TSUNAGU_URL" "$NGINX_CONNECTIONS" cmp.tsunagu
run_ep region 1 "$TSUNAGU_URL" "$UNCACHED_CONNECTIONS" cmp.tsunagu_unc
run_ep region 0 "$NGINX_URL" "$NGINX_CONNECTIONS" cmp.nginx

# --- Report -------------------------------------------------------------------------------------
echo
echo "content_bench: $DB"
echo "server: $TSUNAGU_BIN, answering $START_S s after start; wrk -t $WRK_THREADS --latency -d $WRK_DURATION per run, -c $WRK_CONNECTIONS cached, -c $UNCACHED_CONNECTIONS uncached; $(nproc) cores shared by wrk, server (and PostgreSQL)"
echo "machine before the runs: $LOAD_BEFORE"
row() { printf '%-12s %-9s %9s %9s %10s %9s %9s %9s %9s  %s\n' "$@"; }
row endpoint mode bytes first_ms req/s p50_ms p90_ms p99_ms load1 "errors / peak RSS so far"
for unc in 0 1; do
  for ep in "${ORDER[@]}"; do
    f="$WORK/wrk.$ep.$unc"
    row "$ep" "$([[ $unc == 1 ]] && echo uncached || echo cached)" "${SIZE[$ep]}" "${COLD[$ep]}" \
      "$(wrk_rps "$f")" "$(wrk_pct_ms "$f" 50)" "$(wrk_pct_ms "$f" 90)" "$(wrk_pct_ms "$f" 99)" \
      "${LOADAVG[$ep.$unc]}" \
      "non-2xx $(wrk_non2xx "$f"), socket $(wrk_socket_errors "$f"); VmHWM $(( ${HWM[$ep.$unc]:-0} / 1024 )) MiB"
  done
done
echo "paths: region = ${EP[region]}; region_feed = the same + /feed.atom"
rt="$(wrk_rps "$WORK/wrk.cmp.tsunagu")" ru="$(wrk_rps "$WORK/wrk.cmp.tsunagu_unc")" rn="$(wrk_rps "$WORK/wrk.cmp.nginx")"
echo "region pages vs nginx (same bytes as static files, wrk -c $NGINX_CONNECTIONS; tsunagu uncached -c $UNCACHED_CONNECTIONS): tsunagu cached $rt req/s, uncached $ru req/s, nginx $rn req/s" \
  "-> cached $(awk -v a="$rt" -v b="$rn" 'BEGIN { printf "%.1f", 100 * a / b }') %, uncached $(awk -v a="$ru" -v b="$rn" 'BEGIN { printf "%.1f", 100 * a / b }') % of nginx"
print_memory
print_server_log
