#!/usr/bin/env python3
"""Per-operator times and row counts of a run's SQL executions, from its Spark event log.

usage: bench/operator_times.py EVENT_LOG_DIR_OR_FILE                 # the costliest operators
       bench/operator_times.py EVENT_LOG_DIR_OR_FILE --execution N   # one execution's plan tree

The job summary (eventlog_summary.py) says which dataset's jobs took the time; this says which
operator inside them: each operator's SQL metrics (aggregation build, sort, scan and spill times,
rows out) summed over its tasks, with the execution's description (`write series_values`, ...).
An operator of a cached dataset is listed once, under the first execution that ran it.
Times of operators in one whole-stage-codegen block nest (an aggregate's build time includes the
operators feeding it in the same block), so compare operators, don't add them up.
"""
import signal
import sys
from collections import Counter

from eventlog_summary import events

TIME_WORDS = ("time in aggregation build", "sort time", "scan time", "spill size", "peak memory")


def walk(node, execution, depth, out):
    out.append((execution, depth, node))
    for child in node.get("children", []):
        walk(child, execution, depth + 1, out)


def collect(path):
    plans = {}  # execution id -> latest plan nodes (adaptive updates replace the plan)
    descriptions = {}
    totals = Counter()
    for e in events(path):
        kind = e.get("Event", "")
        if kind.endswith("SQLExecutionStart") or kind.endswith("SQLAdaptiveExecutionUpdate"):
            execution = e["executionId"]
            if kind.endswith("SQLExecutionStart"):
                descriptions[execution] = e.get("description", "")
            nodes = []
            walk(e["sparkPlanInfo"], execution, 0, nodes)
            plans[execution] = nodes
        elif kind == "SparkListenerTaskEnd":
            for a in (e.get("Task Info") or {}).get("Accumulables", []):
                try:
                    totals[a["ID"]] += int(a["Update"])
                except (KeyError, TypeError, ValueError):
                    pass
    return plans, descriptions, totals


def metrics(node, totals):
    out = {}
    for m in node.get("metrics", []):
        value = totals.get(m["accumulatorId"], 0)
        if value:
            out[m["name"]] = value
    return out


def shown(name, value):
    if "size" in name or "memory" in name:
        return f"{name}={value / 1e6:.0f}MB"
    if "time" in name:
        return f"{name}={value / 1000:.1f}s"
    return f"{name}={value:,}"


def main():
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # quiet under `| head`
    args = sys.argv[1:]
    if not args:
        sys.exit(__doc__)
    plans, descriptions, totals = collect(args[0])
    if "--execution" in args:
        execution = int(args[args.index("--execution") + 1])
        print(f"execution {execution}: {descriptions.get(execution, '?')}")
        for _, depth, node in plans.get(execution, []):
            m = metrics(node, totals)
            keep = {k: v for k, v in m.items() if "rows" in k or k.startswith(TIME_WORDS)}
            text = " ".join(shown(k, v) for k, v in keep.items())
            print("  " * depth + node["nodeName"], "|", text, "|", node.get("simpleString", "")[:120])
        return
    rows = []
    seen = set()  # a cached plan appears inside every execution that reads it: count it once
    for execution, nodes in sorted(plans.items()):
        for _, _, node in nodes:
            ids = tuple(sorted(m["accumulatorId"] for m in node.get("metrics", [])))
            if not ids or ids in seen:
                continue
            seen.add(ids)
            for name, value in metrics(node, totals).items():
                if name.startswith(("time in aggregation build", "sort time", "scan time")):
                    rows.append((value, execution, node, name))
    rows.sort(key=lambda r: -r[0])
    print(f"{'seconds':>8}  exec  description / operator | metric")
    for value, execution, node, name in rows[:40]:
        out_rows = metrics(node, totals).get("number of output rows", 0)
        print(
            f"{value / 1000:8.1f}  {execution:>4}  {descriptions.get(execution, '?')[:32]:32} "
            f"{node['nodeName']} | {name} | rows out {out_rows:,} | "
            f"{node.get('simpleString', '')[:90]}"
        )


if __name__ == "__main__":
    main()
