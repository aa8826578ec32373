#!/usr/bin/env python3
"""Where a run's Spark tasks spend CPU, from a Java Flight Recorder recording of the run.

usage: bench/jfr_hot.py RUN.jfr [--thread PREFIX] [--top N]

Record with TIP_EVIDENCE_JAVA_OPTS="-XX:StartFlightRecording=filename=RUN.jfr,settings=profile".
Reads the execution samples with full stacks (`jfr print --stack-depth 300`: the default of five
frames hides the callers) and prints, for the threads whose name starts with PREFIX (default:
Spark's task threads, "Executor task launch worker"): samples per thread group, the hottest
frames by self time and by inclusive time, and the share of samples inside a few Spark and
project components (object aggregation, hash aggregation, Parquet writing, shuffle writing,
sorting, the input readers, disclosure control, the progress assessor).
"""
import json
import signal
import subprocess
import sys
from collections import Counter

COMPONENTS = {
    "object aggregation": "ObjectAggregationIterator",
    "hash aggregation (generated)": "hashAgg_doAggregateWithKeys",
    "Parquet writing": "ParquetWriteSupport",
    "dataset writes (all)": "FileFormatWriter",
    "shuffle writing (map side, all)": "ShuffleWriter",
    "external sort": "UnsafeExternalSorter",
    "broadcast hash join": "HashJoin",
    "columnar cache": "CachedBatch",
    "input readers": "org/tipevidence/jobs/ingest",
    "disclosure control and check": "org/tipevidence/jobs/disclosure",
    "progress assessor": "SeriesAssessor",
}


def samples(path):
    out = subprocess.run(
        ["jfr", "print", "--json", "--stack-depth", "300", "--events", "jdk.ExecutionSample", path],
        capture_output=True,
        check=True,
    ).stdout
    return json.loads(out)["recording"]["events"]


def frame_name(frame):
    method = frame["method"]
    return method["type"]["name"] + "." + method["name"]


def main():
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # quiet under `| head`
    args = sys.argv[1:]
    if not args:
        sys.exit(__doc__)
    prefix = "Executor task launch worker"
    top = 30
    if "--thread" in args:
        prefix = args[args.index("--thread") + 1]
    if "--top" in args:
        top = int(args[args.index("--top") + 1])
    threads = Counter()
    self_time = Counter()
    inclusive = Counter()
    components = Counter()
    total = 0
    for e in samples(args[0]):
        values = e["values"]
        thread = (values.get("sampledThread") or {}).get("javaName") or "?"
        threads["tasks" if thread.startswith("Executor task launch worker") else thread] += 1
        if not thread.startswith(prefix):
            continue
        frames = [frame_name(f) for f in values["stackTrace"]["frames"]]
        if not frames:
            continue
        total += 1
        self_time[frames[0]] += 1
        for name in set(frames):
            inclusive[name] += 1
        stack = " ".join(frames)
        for label, marker in COMPONENTS.items():
            if marker in stack:
                components[label] += 1
    print("samples per thread:", ", ".join(f"{t} {n}" for t, n in threads.most_common(8)))
    if not total:
        sys.exit(f"no samples of threads starting with {prefix!r}")
    print(f"\n{total} samples of {prefix!r} threads; share of samples inside:")
    for label, n in components.most_common():
        print(f"  {100 * n / total:5.1f}%  {label}")
    print("\nhottest frames, self:")
    for name, n in self_time.most_common(top):
        print(f"  {100 * n / total:5.1f}%  {name}")
    print("\nhottest frames, inclusive:")
    for name, n in inclusive.most_common(top):
        print(f"  {100 * n / total:5.1f}%  {name}")


if __name__ == "__main__":
    main()
