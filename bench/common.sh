# shellcheck shell=bash
# Shared helpers of the benchmark scripts in bench/. Sourced, not run.
#
# After sourcing: the current directory is the repository root, $TSUNAGU_BIN is an absolute
# path, $WORK is a fresh temporary directory, and everything started through start_tsunagu /
# start_bg is stopped (and $WORK removed) when the script exits, also on Ctrl+C or SIGTERM.

# Resolve a relative TSUNAGU_BIN against the directory the user ran the script from.
if [[ -n "${TSUNAGU_BIN:-}" && "${TSUNAGU_BIN}" != /* ]]; then
  TSUNAGU_BIN="$PWD/$TSUNAGU_BIN"
fi
cd "$(dirname "${BASH_SOURCE[0]}")/.." || exit 1
ROOT="$PWD"
TSUNAGU_BIN="${TSUNAGU_BIN:-$ROOT/build/tsunagu}"

die() { echo "$(basename "$0"): error: $*" >&2; exit 1; }
note() { echo "== $*" >&2; }

require() {
  local c
  for c in "$@"; do
    command -v "$c" >/dev/null 2>&1 || die "'$c' is not installed (scripts/setup --test installs it)"
  done
}

[[ -x "$TSUNAGU_BIN" ]] || die "no server binary at $TSUNAGU_BIN (build it with scripts/build, or set TSUNAGU_BIN)"
require wrk curl ss timeout awk

# wrk duration ("10s", "2m", "1h" or plain seconds) -> seconds.
to_seconds() {
  local d="$1"
  case "$d" in
    *s) echo "${d%s}" ;;
    *m) echo $(( ${d%m} * 60 )) ;;
    *h) echo $(( ${d%h} * 3600 )) ;;
    *) echo "$d" ;;
  esac
}

# ---------------------------------------------------------------------------------------------
# Temporary directory and clean-up.

WORK="$(mktemp -d -t tsunagu-bench.XXXXXX)"
# nginx workers run as 'nobody' when the master is root: they must be able to read $WORK.
chmod 755 "$WORK"
BG_PIDS=()      # timeout wrappers; each leads its own process group (server and its children)
BG_NAMES=()
BG_CHILDREN=()
STOP_GRACE="${STOP_GRACE:-3}"   # seconds between SIGTERM and SIGKILL at clean-up

# True while PID exists and is not a zombie.
alive() {
  local _pid _comm st=""
  { read -r _pid _comm st _ <"/proc/$1/stat"; } 2>/dev/null || return 1
  [[ -n "$st" && "$st" != Z ]]
}

cleanup() {
  local rc=$? i j pid child
  trap - EXIT
  trap '' INT TERM   # a second Ctrl+C must not cut the clean-up short
  # SIGTERM to each whole process group (the timeout wrapper forwards it too) ...
  for pid in "${BG_PIDS[@]}"; do kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true; done
  for i in "${!BG_PIDS[@]}"; do
    pid="${BG_PIDS[$i]}" child="${BG_CHILDREN[$i]}"
    for ((j = 0; j < STOP_GRACE * 10; j++)); do
      alive "$pid" || { [[ -n "$child" ]] && alive "$child"; } || break
      sleep 0.1
    done
    # ... then SIGKILL to whatever did not stop.
    if alive "$pid" || { [[ -n "$child" ]] && alive "$child"; }; then
      note "${BG_NAMES[$i]} (pid ${child:-$pid}) did not stop within ${STOP_GRACE} s of SIGTERM; sending SIGKILL"
      kill -KILL -- "-$pid" 2>/dev/null || true
      kill -KILL "$pid" ${child:+"$child"} 2>/dev/null || true
    fi
    wait "$pid" 2>/dev/null || true
  done
  rm -rf "$WORK"
  exit "$rc"
}
trap cleanup EXIT
trap 'echo; note "interrupted"; exit 130' INT
trap 'exit 143' TERM

# start_bg NAME LOG LIFETIME COMMAND...: starts COMMAND in the background under 'timeout' (so
# it stops by itself after LIFETIME seconds even if this script is killed with SIGKILL) and
# registers it for clean-up. Sets BG_PID (the timeout wrapper) and BG_CHILD (the real process).
start_bg() {
  local name="$1" log="$2" lifetime="$3" i
  shift 3
  # -k: the wrapper SIGKILLs the process this long after it forwarded a SIGTERM to it.
  timeout -k $((STOP_GRACE + 5)) "$lifetime" "$@" >"$log" 2>&1 &
  BG_PID=$!
  BG_CHILD=""
  for ((i = 0; i < 50; i++)); do
    BG_CHILD="$(ps -o pid= --ppid "$BG_PID" 2>/dev/null | awk 'NR == 1 { print $1 }')"
    [[ -n "$BG_CHILD" ]] && break
    kill -0 "$BG_PID" 2>/dev/null || break
    sleep 0.05
  done
  BG_PIDS+=("$BG_PID")
  BG_NAMES+=("$name")
  BG_CHILDREN+=("$BG_CHILD")
}

# Sets FREE_PORT to a loopback TCP port that nothing listens on (and that this script has not
# handed out yet). Not in $(...), so that USED_PORTS is kept.
USED_PORTS=" "
free_port() {
  local p i
  for ((i = 0; i < 200; i++)); do
    p=$(( 20000 + (RANDOM * 32768 + RANDOM) % 40000 ))
    [[ "$USED_PORTS" == *" $p "* ]] && continue
    if [[ -z "$(ss -Htln "sport = :$p" 2>/dev/null)" ]]; then
      USED_PORTS+="$p "
      FREE_PORT="$p"
      return 0
    fi
  done
  die "found no free loopback port"
}

# Waits until URL answers 200 (at most ~10 s) while process PID lives; shows LOG otherwise.
wait_http() {
  local url="$1" pid="$2" log="$3" i
  for ((i = 0; i < 100; i++)); do
    if [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$url" 2>/dev/null)" == 200 ]]; then
      return 0
    fi
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "--- $log:" >&2; cat "$log" >&2
      die "server exited before answering $url"
    fi
    sleep 0.1
  done
  echo "--- $log:" >&2; cat "$log" >&2
  die "$url did not answer 200 within 10 s"
}

# ---------------------------------------------------------------------------------------------
# Tsunagu: fresh SQLite database with the demo data, served with the access log off.

start_tsunagu() {
  local lifetime="$1"
  machine_busy
  DB="sqlite:$WORK/tsunagu.db"
  note "seeding $DB with the demo data"
  "$TSUNAGU_BIN" seed --demo --db "$DB" >"$WORK/seed.log" 2>&1 \
    || { cat "$WORK/seed.log" >&2; die "seeding failed"; }
  free_port
  TSUNAGU_PORT="$FREE_PORT"
  TSUNAGU_URL="http://127.0.0.1:$TSUNAGU_PORT"
  TSUNAGU_LOG="$WORK/tsunagu.log"
  note "starting $TSUNAGU_BIN on $TSUNAGU_URL (threads: ${TSUNAGU_THREADS:-one per core})"
  start_bg tsunagu "$TSUNAGU_LOG" "$lifetime" env TSUNAGU_ACCESS_LOG=false TSUNAGU_MAIL_DIR="$WORK/mail" \
    "$TSUNAGU_BIN" serve --listen "127.0.0.1:$TSUNAGU_PORT" --db "$DB"
  # 'env' execs the server, so the child of the timeout wrapper is the server itself.
  TSUNAGU_PID="$BG_CHILD"
  [[ -n "$TSUNAGU_PID" ]] || { cat "$TSUNAGU_LOG" >&2; die "tsunagu did not start"; }
  wait_http "$TSUNAGU_URL/healthz" "$TSUNAGU_PID" "$TSUNAGU_LOG"
  TSUNAGU_RSS_START="$(rss_kb "$TSUNAGU_PID" VmRSS)"
}

# Other work on the machine skews the figures: samples the CPU use of the whole machine for one
# second before anything starts. Sets LOAD_BEFORE to a line for the report.
machine_busy() {
  local a b busy
  a="$(awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9, $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9 }' /proc/stat)"
  sleep 1
  b="$(awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9, $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9 }' /proc/stat)"
  busy="$(awk -v a="$a" -v b="$b" 'BEGIN { split(a, x, " "); split(b, y, " ");
    t = y[2] - x[2]; printf "%.0f", (t > 0) ? 100 * (y[1] - x[1]) / t : 0 }')"
  LOAD_BEFORE="CPU ${busy} % busy (1 s sample), load average $(cut -d' ' -f1-3 /proc/loadavg)"
  if ((busy > 10)); then
    LOAD_BEFORE+="  <- WARNING: other processes are using the CPU; figures will be low and noisy"
    note "warning: the machine is already ${busy} % busy; the figures will be low and noisy"
  fi
}

# Memory of a process from /proc/PID/status, in kB: FIELD is VmRSS (now) or VmHWM (peak).
rss_kb() {
  awk -v f="$2:" '$1 == f { print $2 }' "/proc/$1/status" 2>/dev/null || true
}

# Prints the start, current and peak resident memory of the server.
print_memory() {
  local now peak
  now="$(rss_kb "$TSUNAGU_PID" VmRSS)"
  peak="$(rss_kb "$TSUNAGU_PID" VmHWM)"
  if [[ -z "$peak" ]]; then
    echo "tsunagu memory:        process $TSUNAGU_PID is gone (crashed?)"
    return
  fi
  printf 'tsunagu memory:        RSS at start %.1f MiB, now %.1f MiB, peak (VmHWM) %.1f MiB\n' \
    "$(awk "BEGIN { print ${TSUNAGU_RSS_START:-0} / 1024 }")" \
    "$(awk "BEGIN { print $now / 1024 }")" "$(awk "BEGIN { print $peak / 1024 }")"
}

# Lines of the server log (access log is off, so anything there is a warning or an error).
print_server_log() {
  local n
  n="$(grep -vc 'listening on' "$TSUNAGU_LOG" || true)"
  if [[ "$n" -gt 0 ]]; then
    echo "tsunagu log:           $n line(s) besides the start message; the last ones:"
    grep -v 'listening on' "$TSUNAGU_LOG" | tail -n 10 | sed 's/^/    /'
  else
    echo "tsunagu log:           nothing besides the start message"
  fi
}

# ---------------------------------------------------------------------------------------------
# wrk: runs it (bounded by its own -d and by 'timeout') and parses its summary.

# run_wrk OUT URL ARGS...: saves wrk's output in OUT.
run_wrk() {
  local out="$1" url="$2" secs
  shift 2
  secs="$(to_seconds "$WRK_DURATION")"
  # --foreground keeps wrk in this script's process group, so Ctrl+C reaches it at once.
  timeout --foreground -k 5 $((secs + 30)) wrk "$@" -d "$WRK_DURATION" --timeout "${WRK_TIMEOUT:-5s}" "$url" >"$out" 2>&1 \
    || { cat "$out" >&2; die "wrk failed against $url"; }
}

warm_up() {
  timeout --foreground -k 5 60 wrk -t1 -c"${WRK_CONNECTIONS}" -d "${WARMUP:-2s}" "$1" >/dev/null 2>&1 || true
}

wrk_rps() { awk '/^Requests\/sec:/ { print $2 }' "$1"; }
wrk_requests() { awk '/requests in/ { print $1 }' "$1"; }
wrk_non2xx() { awk '/Non-2xx or 3xx responses:/ { print $NF; f = 1 } END { if (!f) print 0 }' "$1"; }
# "connect 0, read 0, write 0, timeout 0" or "none"
wrk_socket_errors() {
  awk '/Socket errors:/ { sub(/.*Socket errors: */, ""); print; f = 1 } END { if (!f) print "none" }' "$1"
}
# Latency percentile (50, 75, 90, 99) from a --latency run, converted to milliseconds.
wrk_pct_ms() {
  awk -v p="$2%" '
    /Latency Distribution/ { d = 1; next }
    d && $1 == p {
      v = $2; u = v; sub(/[0-9.]+/, "", u); sub(/[a-z]+$/, "", v)
      f = (u == "us") ? 0.001 : (u == "ms") ? 1 : (u == "s") ? 1000 : (u == "m") ? 60000 : -1
      if (f < 0) print "?"; else printf "%.2f\n", v * f
      exit
    }' "$1"
}
