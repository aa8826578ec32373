#!/usr/bin/env bash
# Scale benchmark: the project against the DuckDB and pandas peers on the same generated input.
#
# usage: bench/scale.sh ROWS [ROUNDS]        (default 1,000,000 rows, 1 round)
# env:   BENCH_DIR   work folder (default /tmp/tip-evidence-bench); inputs are cached per seed/size
#        SEED        generator seed (default 7), BAD_FRACTION (default 0.01)
#        PEERS       folder of the peer scripts (default ../shared/bench beside the checkout);
#                    when absent, only the project is measured
#        ENGINES     which engines to run, in order (default "project duckdb pandas")
#        TIP_EVIDENCE_DRIVER_MEMORY  driver heap of the project (default 1g, the launcher's)
#
# Each round runs the engines one after the other (interleaved across rounds) under
# /usr/bin/time -v and prints one table: engine, rows, wall, CPU, peak RSS, ratio to DuckDB, load
# average before/after, and the project's per-stage times from its run manifest. Measure on an
# idle machine; the table says the load so a reader can judge.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rows="${1:-1000000}"
rounds="${2:-1}"
seed="${SEED:-7}"
bad="${BAD_FRACTION:-0.01}"
work="${BENCH_DIR:-/tmp/tip-evidence-bench}"
peers="${PEERS:-$here/../shared/bench}"
engines="${ENGINES:-project duckdb pandas}"
export TIP_EVIDENCE_DRIVER_MEMORY="${TIP_EVIDENCE_DRIVER_MEMORY:-1g}"

input="$work/input-$rows-$seed-$bad"
if [[ ! -f "$input/_expected.json" ]]; then
  rm -rf "$input"
  "$here/bin/tip-evidence" generate --output "$input" --rows "$rows" --seed "$seed" \
    --bad-fraction "$bad" >&2
fi

venv="$work/venv"
if [[ -d "$peers" && ! -x "$venv/bin/python" ]]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q --retries 0 duckdb pyarrow pandas >&2
fi

results="$work/results-$rows.tsv"
: >"$results"
for round in $(seq 1 "$rounds"); do
  for engine in $engines; do
    out="$work/out-$engine"
    rm -rf "$out"
    case "$engine" in
      project) cmd=("$here/bin/tip-evidence" run --input "$input" --output "$out") ;;
      duckdb | pandas)
        [[ -d "$peers" ]] || continue
        cmd=("$venv/bin/python" "$peers/peer_$engine.py" "$input" "$out") ;;
      *) echo "unknown engine $engine" >&2; exit 2 ;;
    esac
    log="$work/$engine-$rows-$round.log"
    before="$(cut -d' ' -f1-3 /proc/loadavg)"
    rc=0
    /usr/bin/time -v "${cmd[@]}" >"$log" 2>&1 || rc=$?
    after="$(cut -d' ' -f1-3 /proc/loadavg)"
    wall="$(grep 'Elapsed (wall clock)' "$log" | awk '{print $NF}')"
    user="$(grep 'User time' "$log" | awk '{print $NF}')"
    sys="$(grep 'System time' "$log" | awk '{print $NF}')"
    rss="$(grep 'Maximum resident set size' "$log" | awk '{print $NF}')"
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$engine" "$rows" "$round" "$wall" "$user" \
      "$sys" "$rss" "$before" "$after" >>"$results"
    if [[ "$rc" != 0 ]]; then
      echo "$engine failed (exit $rc); see $log" >&2
    fi
    if [[ "$engine" == project && "$rc" == 0 ]]; then
      cp "$out/$(cat "$out/_CURRENT")/_manifest.json" "$work/manifest-$rows-$round.json"
    fi
  done
done

python3 - "$results" "$work" "$rows" "$rounds" <<'PY'
import json, pathlib, sys
results, work, rows, rounds = sys.argv[1], pathlib.Path(sys.argv[2]), sys.argv[3], int(sys.argv[4])

def seconds(text):
    parts = [float(p) for p in text.split(":")]
    return sum(p * 60 ** i for i, p in enumerate(reversed(parts)))

lines = [l.split("\t") for l in pathlib.Path(results).read_text().splitlines() if l]
duck = {l[2]: seconds(l[3]) for l in lines if l[0] == "duckdb"}
print(f"{'engine':8} {'rows':>11} {'round':>5} {'wall s':>8} {'cpu s':>8} {'peak RSS':>9} "
      f"{'x DuckDB':>8}  load before -> after")
for engine, n, rnd, wall, user, sys_, rss, before, after in lines:
    w = seconds(wall)
    ratio = f"{w / duck[rnd]:.2f}" if rnd in duck else "-"
    print(f"{engine:8} {int(n):>11,} {rnd:>5} {w:8.1f} {float(user) + float(sys_):8.1f} "
          f"{int(rss) / 1048576:8.2f}G {ratio:>8}  {before} -> {after.strip()}")
for rnd in range(1, rounds + 1):
    m = work / f"manifest-{rows}-{rnd}.json"
    if m.exists():
        timings = json.loads(m.read_text()).get("timings_ms", {})
        print(f"project stages, round {rnd}: " +
              ", ".join(f"{k} {v / 1000:.1f}s" for k, v in timings.items()))
PY
