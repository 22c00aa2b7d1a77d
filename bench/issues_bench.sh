#!/usr/bin/env bash
# Local issues at scale (SQLite): latency of the list, its filters, the CSV, the dashboard, an
# issue page (with its similar issues from the search index), the JSON API and Open311's
# requests.json, with N issues over the 21 demo regions.
#
#   bench/issues_bench.sh [N]          # default N = 100000
#
# Seeds the demo database, then adds N issues with one timeline entry each in SQL (spread over
# regions, categories, levels and states, created over the last two years), removes the search
# index's version so that the server rebuilds the index with the real tokenizer at start, and
# runs wrk --latency uncached (a unique ?r= per request: every request runs its handler) on
# each endpoint. Prints p50 and p99 per endpoint.
#
# Settings: TSUNAGU_BIN (default build/tsunagu), BENCH_DIR (default /tmp/tsunagu-issues),
# WRK_DURATION (default 10s), WRK_CONNECTIONS (default 2).
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-100000}
BIN=${TSUNAGU_BIN:-build/tsunagu}
DIR=${BENCH_DIR:-/tmp/tsunagu-issues}
DURATION=${WRK_DURATION:-10s}
CONNECTIONS=${WRK_CONNECTIONS:-2}
mkdir -p "$DIR"
DB="$DIR/issues.db"
rm -f "$DB" "$DB-wal" "$DB-shm"
"$BIN" seed --demo --demo-password bench-password --db "sqlite:$DB" >/dev/null

now=$(date +%s)
start=$(date +%s.%N)
sqlite3 "$DB" <<SQL
PRAGMA journal_mode = WAL;
BEGIN;
CREATE TEMP TABLE cats (k INTEGER PRIMARY KEY, name TEXT);
INSERT INTO cats VALUES (0,'bosai'),(1,'fukushi'),(2,'kotsu'),(3,'kaimono'),(4,'kodomo'),
  (5,'kankyo'),(6,'akiya'),(7,'chiiki'),(8,'other');
CREATE TEMP TABLE words (k INTEGER PRIMARY KEY, w TEXT);
INSERT INTO words VALUES (0,'通学路の街灯'),(1,'バスの便'),(2,'空き家の草木'),(3,'避難所の表示'),
  (4,'ごみ集積所'),(5,'買い物の足'),(6,'見守り'),(7,'公園の遊具'),(8,'側溝のふた'),(9,'カーブミラー');
CREATE TEMP TABLE regs AS SELECT id, ROW_NUMBER() OVER (ORDER BY id) - 1 AS k FROM regions;
INSERT INTO issues (municipality_id, region_id, council_id, category, title, description,
  level, state, source, created_at, updated_at, level_since, due_at)
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < $N)
SELECT r.municipality_id, r.id,
  (SELECT o.id FROM organisations o WHERE o.region_id = r.id AND o.kind = 'council'),
  c.name, w.w || 'について（' || n.i || '）',
  w.w || 'が困っています。地域で話し合いました。番号 ' || n.i,
  CASE n.i % 3 WHEN 0 THEN 'council' WHEN 1 THEN 'council' ELSE 'city' END,
  CASE n.i % 4 WHEN 0 THEN 'new' WHEN 1 THEN 'in_progress' WHEN 2 THEN 'resolved' ELSE 'declined' END,
  'web', $now - (n.i * 631) % (730 * 86400), $now - (n.i * 631) % (730 * 86400),
  $now - (n.i * 631) % (730 * 86400), $now - (n.i * 631) % (730 * 86400) + 14 * 86400
FROM n JOIN regs g ON g.k = n.i % 21 JOIN regions r ON r.id = g.id
JOIN cats c ON c.k = (n.i / 21) % 9 JOIN words w ON w.k = n.i % 10;
UPDATE issues SET department_id = (SELECT id FROM organisations WHERE name = '協働推進課')
  WHERE level = 'city';
INSERT INTO issue_events (issue_id, at, kind, who, to_level, to_state)
  SELECT id, created_at, 'raise', '報告者（住民）', level, 'new' FROM issues;
DELETE FROM settings WHERE key = 'search_index_version';
COMMIT;
SQL
echo "inserted $N issues in $(echo "$(date +%s.%N) - $start" | bc) s"

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
TSUNAGU_ACCESS_LOG=false TSUNAGU_MAIL_DIR="$DIR/mail" "$BIN" serve --listen "127.0.0.1:$port" \
  --db "sqlite:$DB" >"$DIR/serve.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
t0=$(date +%s.%N)
until curl -sf "http://127.0.0.1:$port/healthz" >/dev/null; do sleep 0.5; done
echo "server up (index rebuilt) in $(echo "$(date +%s.%N) - $t0" | bc) s"
id=$(sqlite3 "$DB" "SELECT MAX(id) FROM issues")

run() {
  local name=$1 path=$2
  local out
  out=$(BENCH_PATHS="$path" BENCH_UNCACHED=1 wrk -t1 -c"$CONNECTIONS" -d"$DURATION" --latency \
    -s bench/content_paths.lua "http://127.0.0.1:$port" 2>&1)
  local p50 p99 rps
  p50=$(awk '/^ +50%/ {print $2}' <<<"$out")
  p99=$(awk '/^ +99%/ {print $2}' <<<"$out")
  rps=$(awk '/^Requests\/sec/ {print $2}' <<<"$out")
  printf '%-28s p50 %-10s p99 %-10s %s req/s\n' "$name" "$p50" "$p99" "$rps"
}
run "list" "/issues"
run "list region" "/issues?region=yuda"
run "list overdue" "/issues?overdue=1"
run "list level+state+cat" "/issues?level=city&state=new&category=kotsu"
run "issue page (similar)" "/issues/$id"
run "dashboard" "/issues/dashboard"
run "csv region" "/issues.csv?region=yuda"
run "api list" "/api/v1/issues"
run "open311 requests.json" "/open311/v2/requests.json"
echo "peak RSS: $(grep VmHWM /proc/$pid/status | awk '{print $2, $3}')"
