#!/usr/bin/env bash
# Latency of a few Tsunagu URLs at a moderate, fixed load: wrk --latency with a small number of
# connections, one URL after the other, and a table of requests/s, p50 and p99 per URL.
#
# Builds nothing: uses build/tsunagu (or $TSUNAGU_BIN) on a fresh SQLite database with the demo
# data, in a temporary directory, on a free loopback port; all removed on exit, also on Ctrl+C.
#
# Settings (environment):
#   TSUNAGU_BIN       server binary                  (default: build/tsunagu)
#   WRK_THREADS       wrk -t                         (default: 2)
#   WRK_CONNECTIONS   wrk -c                         (default: 8)
#   WRK_DURATION      wrk -d, per URL                (default: 10s)
#   WARMUP            wrk -d of the warm-up, per URL (default: 2s)
#   WRK_TIMEOUT       wrk --timeout                  (default: 5s)
#   TSUNAGU_THREADS   server worker threads          (default: one per core)
#   URLS              space-separated paths          (default: see below)
# wrk is closed-loop (each connection sends its next request when the previous answer is in),
# so "fixed load" means a fixed number of connections, not a fixed request rate. wrk and the
# server share the machine's cores.
set -euo pipefail

WRK_THREADS="${WRK_THREADS:-2}"
WRK_CONNECTIONS="${WRK_CONNECTIONS:-8}"
WRK_DURATION="${WRK_DURATION:-10s}"
WARMUP="${WARMUP:-2s}"
URLS="${URLS:-/regions/sue /regions / /api/v1/regions /healthz}"

source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

read -r -a paths <<<"$URLS"
LIFETIME=$(( 120 + ${#paths[@]} * ($(to_seconds "$WRK_DURATION") + $(to_seconds "$WARMUP") + 35) ))
start_tsunagu "$LIFETIME"

# Every URL must answer 200 before it is measured.
declare -A size
for p in "${paths[@]}"; do
  out="$(curl -s --max-time 10 -o /dev/null -w '%{http_code} %{size_download}' "$TSUNAGU_URL$p")" \
    || die "curl could not fetch $TSUNAGU_URL$p"
  read -r code len <<<"$out"
  [[ "$code" == 200 ]] || die "tsunagu answered HTTP $code for $p (expected 200)"
  size[$p]="$len"
done

WRK_ARGS=(-t "$WRK_THREADS" -c "$WRK_CONNECTIONS" --latency)
i=0
for p in "${paths[@]}"; do
  note "warm-up $WARMUP, then wrk ${WRK_ARGS[*]} -d $WRK_DURATION $TSUNAGU_URL$p"
  warm_up "$TSUNAGU_URL$p"
  run_wrk "$WORK/wrk.$i" "$TSUNAGU_URL$p" "${WRK_ARGS[@]}"
  sed 's/^/    /' "$WORK/wrk.$i" >&2
  i=$((i + 1))
done

echo
echo "tsunagu latency: wrk ${WRK_ARGS[*]} -d $WRK_DURATION per URL, $(nproc) cores shared by wrk and the server"
echo "machine before the runs: $LOAD_BEFORE"
row() { printf '%-16s %8s %10s %9s %9s %9s  %s\n' "$@"; }
row URL bytes requests/s p50_ms p90_ms p99_ms errors
i=0
for p in "${paths[@]}"; do
  f="$WORK/wrk.$i"
  errors="non-2xx/3xx $(wrk_non2xx "$f"), socket $(wrk_socket_errors "$f")"
  row "$p" "${size[$p]}" "$(wrk_rps "$f")" "$(wrk_pct_ms "$f" 50)" "$(wrk_pct_ms "$f" 90)" \
    "$(wrk_pct_ms "$f" 99)" "$errors"
  i=$((i + 1))
done
print_memory
print_server_log
