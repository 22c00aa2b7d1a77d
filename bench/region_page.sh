#!/usr/bin/env bash
# Throughput of a region page (/regions/sue) rendered by Tsunagu, compared with nginx serving
# the very same bytes as a static file: the ratio says how close dynamic rendering (routing,
# SQLite queries, templates, security headers) gets to the cost of just sending the page.
#
# Builds nothing: uses build/tsunagu (or $TSUNAGU_BIN). Everything lives in a temporary
# directory, on loopback ports that are free; all of it is removed on exit, also on Ctrl+C.
#
# Settings (environment):
#   TSUNAGU_BIN       server binary               (default: build/tsunagu)
#   WRK_THREADS       wrk -t                      (default: 2)
#   WRK_CONNECTIONS   wrk -c                      (default: 64)
#   WRK_DURATION      wrk -d, each measured run   (default: 10s)
#   WARMUP            wrk -d of the warm-up runs  (default: 2s)
#   WRK_TIMEOUT       wrk --timeout               (default: 5s)
#   TSUNAGU_THREADS   server worker threads       (default: one per core)
#   NGINX             nginx binary                (default: nginx on PATH, else /usr/sbin/nginx)
# Note: wrk, Tsunagu and nginx share the machine's cores, so the load generator takes CPU time
# away from the server under test; compare figures from the same machine only.
set -euo pipefail

WRK_THREADS="${WRK_THREADS:-2}"
WRK_CONNECTIONS="${WRK_CONNECTIONS:-64}"
WRK_DURATION="${WRK_DURATION:-10s}"
WARMUP="${WARMUP:-2s}"
PAGE="/regions/sue"

source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

NGINX="${NGINX:-$(command -v nginx || echo /usr/sbin/nginx)}"
[[ -x "$NGINX" ]] || die "nginx not found (scripts/setup --test installs nginx-light), or set NGINX"

# Each server must outlive its own warm-up and run; this bounds it should clean-up not happen.
LIFETIME=$(( 120 + 2 * ($(to_seconds "$WRK_DURATION") + $(to_seconds "$WARMUP") + 35) ))

# --- Tsunagu -----------------------------------------------------------------------------------
start_tsunagu "$LIFETIME"

mkdir -p "$WORK/www/regions"
code="$(curl -s --max-time 10 -o "$WORK/www/regions/sue" -w '%{http_code}' "$TSUNAGU_URL$PAGE")"
[[ "$code" == 200 ]] || die "tsunagu answered $code for $PAGE (expected 200)"
chmod -R a+rX "$WORK/www"
SIZE="$(stat -c %s "$WORK/www/regions/sue")"
[[ "$SIZE" -gt 0 ]] || die "tsunagu sent an empty body for $PAGE"

# --- nginx -------------------------------------------------------------------------------------
free_port
NGINX_PORT="$FREE_PORT"
NGINX_URL="http://127.0.0.1:$NGINX_PORT"
mkdir -p "$WORK/nginx/tmp"
cat >"$WORK/nginx/nginx.conf" <<EOF
# Temporary configuration written by bench/region_page.sh.
daemon off;
worker_processes auto;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log warn;
events {
    worker_connections 4096;
}
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
    server {
        listen 127.0.0.1:$NGINX_PORT;
        root $WORK/www;
    }
}
EOF
"$NGINX" -t -q -p "$WORK/nginx" -e "$WORK/nginx/error.log" -c "$WORK/nginx/nginx.conf" \
  || die "nginx rejected the configuration $WORK/nginx/nginx.conf"
note "starting nginx on $NGINX_URL"
start_bg nginx "$WORK/nginx/stderr.log" "$LIFETIME" \
  "$NGINX" -p "$WORK/nginx" -e "$WORK/nginx/error.log" -c "$WORK/nginx/nginx.conf"
NGINX_PID="$BG_CHILD"
[[ -n "$NGINX_PID" ]] || { cat "$WORK/nginx/stderr.log" "$WORK/nginx/error.log" >&2; die "nginx did not start"; }
wait_http "$NGINX_URL$PAGE" "$NGINX_PID" "$WORK/nginx/error.log"

# --- Same status and body from both ------------------------------------------------------------
check() {  # check NAME URL -> "BODY_BYTES HEADER_BYTES"; saves the body in $WORK/check.NAME
  local name="$1" url="$2" out code len hdr
  out="$(curl -s --max-time 10 -o "$WORK/check.$name" -w '%{http_code} %{size_download} %{size_header}' "$url")" \
    || die "curl could not fetch $url"
  read -r code len hdr <<<"$out"
  [[ "$code" == 200 ]] || die "$name answered HTTP $code for $url (expected 200)"
  echo "$len $hdr"
}
res_t="$(check tsunagu "$TSUNAGU_URL$PAGE")"   # (an assignment, so that 'die' in check aborts)
res_n="$(check nginx "$NGINX_URL$PAGE")"
read -r len_t hdr_t <<<"$res_t"
read -r len_n hdr_n <<<"$res_n"
[[ "$len_t" == "$len_n" ]] \
  || die "body lengths differ: tsunagu $len_t bytes, nginx $len_n bytes; the comparison would be unfair"
cmp -s "$WORK/check.tsunagu" "$WORK/check.nginx" \
  || note "warning: same length but different bytes (the page is not identical between requests)"
note "both answer 200 with $len_t bytes for $PAGE"

# --- Load ----------------------------------------------------------------------------------------
WRK_ARGS=(-t "$WRK_THREADS" -c "$WRK_CONNECTIONS")
note "warming up both servers ($WARMUP each)"
warm_up "$TSUNAGU_URL$PAGE"
warm_up "$NGINX_URL$PAGE"

note "wrk ${WRK_ARGS[*]} -d $WRK_DURATION $TSUNAGU_URL$PAGE"
run_wrk "$WORK/wrk.tsunagu" "$TSUNAGU_URL$PAGE" "${WRK_ARGS[@]}"
sed 's/^/    /' "$WORK/wrk.tsunagu" >&2
# Still well after the run? (status 000 means no answer)
after="$(curl -s --max-time 10 -o /dev/null -w '%{http_code} %{size_download}' "$TSUNAGU_URL$PAGE" || true)"

note "wrk ${WRK_ARGS[*]} -d $WRK_DURATION $NGINX_URL$PAGE"
run_wrk "$WORK/wrk.nginx" "$NGINX_URL$PAGE" "${WRK_ARGS[@]}"
sed 's/^/    /' "$WORK/wrk.nginx" >&2

rps_t="$(wrk_rps "$WORK/wrk.tsunagu")"
rps_n="$(wrk_rps "$WORK/wrk.nginx")"
[[ -n "$rps_t" && -n "$rps_n" ]] || die "could not read Requests/sec from wrk's output"

echo
echo "Region page $PAGE: $SIZE bytes of body (+ headers: tsunagu $hdr_t bytes, nginx $hdr_n bytes); wrk ${WRK_ARGS[*]} -d $WRK_DURATION, $(nproc) cores shared by wrk and the server"
echo "machine before the runs: $LOAD_BEFORE"
printf 'tsunagu requests/s:    %s  (%s requests, non-2xx/3xx: %s, socket errors: %s)\n' \
  "$rps_t" "$(wrk_requests "$WORK/wrk.tsunagu")" "$(wrk_non2xx "$WORK/wrk.tsunagu")" "$(wrk_socket_errors "$WORK/wrk.tsunagu")"
printf 'nginx requests/s:      %s  (%s requests, non-2xx/3xx: %s, socket errors: %s)\n' \
  "$rps_n" "$(wrk_requests "$WORK/wrk.nginx")" "$(wrk_non2xx "$WORK/wrk.nginx")" "$(wrk_socket_errors "$WORK/wrk.nginx")"
printf 'tsunagu / nginx:       %s %%\n' "$(awk -v a="$rps_t" -v b="$rps_n" 'BEGIN { printf "%.1f", 100 * a / b }')"
echo "tsunagu after the run: $after (HTTP status, body bytes)"
print_memory
print_server_log
