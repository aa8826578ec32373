#!/usr/bin/env bash
# Incremental-run benchmark (issue 20): an archive of ROWS submission rows, then one night that
# adds a new file of NEW rows. Measures the incremental run against a full run on the same inputs
# and checks that both publish the same datasets.
#
# usage: bench/incremental.sh [ROWS] [NEW]      (default 10,000,000 and 100,000: the issue's goal)
# env:   BENCH_DIR  work folder (default /tmp/tip-evidence-bench; the archive input is shared with
#                   bench/scale.sh), SEED (default 7), BAD_FRACTION (default 0.01),
#        TIP_EVIDENCE_DRIVER_MEMORY  driver heap (default 1g, the launcher's)
#
# Steps: (1) full run on the archive (the previous night's version, not timed for the goal);
# (2) the night: the archive plus the new file, run incrementally on top of (1); (3) the same
# night as a full run (--full, fresh output folder). Goal: wall of (2) <= 20 % of (3), and
# bench/compare_outputs.py finds every dataset of (2) and (3) equal. Measure on an idle machine.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rows="${1:-10000000}"
new="${2:-100000}"
seed="${SEED:-7}"
bad="${BAD_FRACTION:-0.01}"
work="${BENCH_DIR:-/tmp/tip-evidence-bench}"
export TIP_EVIDENCE_DRIVER_MEMORY="${TIP_EVIDENCE_DRIVER_MEMORY:-1g}"
mkdir -p "$work"

generate() { # rows seed -> folder (cached)
  local dir="$work/input-$1-$2-$bad"
  if [[ ! -f "$dir/_expected.json" ]]; then
    rm -rf "$dir"
    "$here/bin/tip-evidence" generate --output "$dir" --rows "$1" --seed "$2" \
      --bad-fraction "$bad" >&2
  fi
  echo "$dir"
}

archive="$(generate "$rows" "$seed")"
# Another seed gives other rows; reference tables do not depend on the seed, so they match.
extra="$(generate "$new" "$((seed + 1))")"
night="$work/incremental-night-$rows-$new"
rm -rf "$night"
cp -al "$archive" "$night" # hard links: the archive is not copied
for f in "$extra"/submissions/*; do
  cp "$f" "$night/submissions/zz-night-$(basename "$f")"
done

out="$work/out-incremental"
full="$work/out-incremental-full"
rm -rf "$out" "$full"
results="$work/incremental-$rows-$new.tsv"
: >"$results"
measure() { # name, then the command
  local name="$1" log="$work/incremental-$1.log" before after
  shift
  before="$(cut -d' ' -f1-3 /proc/loadavg)"
  /usr/bin/time -v "$@" >"$log" 2>&1 || { echo "$name failed; see $log" >&2; exit 1; }
  after="$(cut -d' ' -f1-3 /proc/loadavg)"
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$name" \
    "$(grep 'Elapsed (wall clock)' "$log" | awk '{print $NF}')" \
    "$(grep 'User time' "$log" | awk '{print $NF}')" \
    "$(grep 'System time' "$log" | awk '{print $NF}')" "$before" "$after" >>"$results"
}
measure archive "$here/bin/tip-evidence" run --input "$archive" --output "$out"
measure incremental "$here/bin/tip-evidence" run --input "$night" --output "$out"
measure full "$here/bin/tip-evidence" run --input "$night" --output "$full" --full

python3 - "$results" "$out" "$full" <<'PY'
import json, pathlib, sys
results, out, full = sys.argv[1], pathlib.Path(sys.argv[2]), pathlib.Path(sys.argv[3])

def seconds(text):
    return sum(float(p) * 60 ** i for i, p in enumerate(reversed(text.split(":"))))

def manifest(folder):
    return json.loads((folder / (folder / "_CURRENT").read_text().strip() / "_manifest.json").read_text())

lines = {l.split("\t")[0]: l.split("\t") for l in pathlib.Path(results).read_text().splitlines()}
print(f"{'run':12} {'wall s':>8} {'cpu s':>8}  load before -> after")
for name, wall, user, sys_, before, after in lines.values():
    print(f"{name:12} {seconds(wall):8.1f} {float(user) + float(sys_):8.1f}  {before} -> {after}")
ratio = seconds(lines["incremental"][1]) / seconds(lines["full"][1])
print(f"incremental / full wall: {ratio:.1%} (goal <= 20%)")
for name, folder in (("incremental", out), ("full", full)):
    m = manifest(folder)
    inc = {k: v for k, v in m.get("incremental", {}).items() if k != "validation_context"}
    print(f"{name}: {inc}")
    print(f"{name} stages: " + ", ".join(f"{k} {v / 1000:.1f}s" for k, v in m["timings_ms"].items()))
PY
if python3 -c 'import duckdb' 2>/dev/null; then
  python3 "$here/bench/compare_outputs.py" "$out" "$full"
elif [[ -x "$work/venv/bin/python" ]]; then
  "$work/venv/bin/python" "$here/bench/compare_outputs.py" "$out" "$full"
else
  echo "duckdb not installed: outputs not compared (pip install --retries 0 duckdb)" >&2
fi
