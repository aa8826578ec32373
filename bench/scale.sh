#!/usr/bin/env bash
# Scale benchmark: generate N submission rows (default 1,000,000) and run the whole pipeline on
# embedded Spark with default driver memory, measured by /usr/bin/time -v (wall time and peak
# resident memory). Usage: bench/scale.sh [ROWS] [WORKDIR]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rows="${1:-1000000}"
work="${2:-/tmp/tip-evidence-bench}"
rm -rf "$work" && mkdir -p "$work"
"$here/bin/tip-evidence" generate --output "$work/input" --rows "$rows" --seed 1 --bad-fraction 0.01
echo "load average before run: $(cut -d' ' -f1-3 /proc/loadavg)"
/usr/bin/time -v "$here/bin/tip-evidence" run --input "$work/input" --output "$work/out" \
  2> >(tee "$work/run.log" >&2)
grep -E "Elapsed \(wall clock\)|Maximum resident set size" "$work/run.log"
echo "load average after run: $(cut -d' ' -f1-3 /proc/loadavg)"
