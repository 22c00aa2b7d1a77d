#!/usr/bin/env bash
# Solve time and peak memory of `tsunagu match solve` on generated instances up to
# 100,000 volunteers x 20,000 needs x 2,000,000 edges (capacities 1-5 and 1-10).
# Goal (issue 6): the largest instance in under 10 s and under 2 GiB on 2 cores.
#   bench/match_solve.sh            all sizes
#   SIZES="1000:200:20000" bench/match_solve.sh
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${TSUNAGU_BIN:-build/tsunagu}
[[ -x $bin ]] || { echo "match_solve: $bin not found; build first (scripts/build)" >&2; exit 1; }
dir=$(mktemp -d /tmp/tsunagu-match-XXXXXX)
trap 'rm -rf "$dir"' EXIT
sizes=${SIZES:-"1000:200:20000 10000:2000:200000 50000:10000:1000000 100000:20000:2000000"}
printf '%-26s %10s %10s %12s %12s\n' "volunteers:needs:edges" "input MB" "seconds" "peak RSS MB" "total score"
for size in $sizes; do
  IFS=: read -r v n e <<<"$size"
  node bench/match_gen.mjs "$v" "$n" "$e" 7 >"$dir/in.json"
  mb=$(du -m "$dir/in.json" | cut -f1)
  /usr/bin/time -f '%e %M' -o "$dir/time" timeout 300 "$bin" match solve <"$dir/in.json" >"$dir/out.json"
  read -r secs kb <"$dir/time"
  score=$(grep -o '"total_score":[0-9]*' "$dir/out.json" | cut -d: -f2)
  printf '%-26s %10s %10s %12s %12s\n' "$size" "$mb" "$secs" "$((kb / 1024))" "$score"
done
echo "(wall time includes reading and parsing the JSON; machine: $(nproc) cores; $(date -u +%Y-%m-%dT%H:%MZ))"
