#!/usr/bin/env python3
"""Summarise a Spark event log: wall time and task time per job, grouped by job group/description.

usage: bench/eventlog_summary.py EVENT_LOG_DIR_OR_FILE [--top N]

Reads the JSON lines Spark writes with spark.eventLog.enabled=true (plain or rolling v2 folders).
Prints each job (id, group, description, wall seconds, task seconds, tasks) and totals per group,
so a run's time can be traced to the stage and dataset that spent it.
"""
import json
import pathlib
import subprocess
import sys
from collections import defaultdict


def events(path):
    p = pathlib.Path(path)
    files = sorted(p.rglob("events_*")) if p.is_dir() else [p]
    if p.is_dir() and not files:
        files = sorted(f for f in p.rglob("*") if f.is_file())
    for f in files:
        if f.name.startswith(".") or f.name.startswith("appstatus"):
            continue
        if f.suffix == ".zstd":  # Spark 4 compresses event logs with zstd by default
            text = subprocess.run(["zstd", "-dc", str(f)], capture_output=True, check=True).stdout
            lines = text.decode("utf-8").splitlines()
        else:
            lines = f.read_text(encoding="utf-8").splitlines()
        for line in lines:
            line = line.strip()
            if line:
                yield json.loads(line)


def main():
    args = sys.argv[1:]
    top = 40
    if "--top" in args:
        i = args.index("--top")
        top = int(args[i + 1])
        del args[i : i + 2]
    jobs = {}
    stage_job = {}
    task_ms = defaultdict(float)
    cpu_ms = defaultdict(float)
    tasks = defaultdict(int)
    for e in events(args[0]):
        kind = e.get("Event")
        if kind == "SparkListenerJobStart":
            props = e.get("Properties") or {}
            jid = e["Job ID"]
            jobs[jid] = {
                "start": e["Submission Time"],
                "group": props.get("spark.jobGroup.id", ""),
                "desc": props.get("spark.job.description", ""),
            }
            for sid in e.get("Stage IDs", []):
                stage_job[sid] = jid
        elif kind == "SparkListenerJobEnd":
            jobs.setdefault(e["Job ID"], {"start": e["Completion Time"], "group": "", "desc": ""})
            jobs[e["Job ID"]]["end"] = e["Completion Time"]
        elif kind == "SparkListenerTaskEnd":
            jid = stage_job.get(e["Stage ID"])
            metrics = e.get("Task Metrics") or {}
            task_ms[jid] += metrics.get("Executor Run Time", 0)
            # CPU time is what a loaded machine does not inflate; run time includes waiting.
            cpu_ms[jid] += metrics.get("Executor CPU Time", 0) / 1e6
            tasks[jid] += 1
    by_group = defaultdict(lambda: [0.0, 0.0, 0, 0.0])
    rows = []
    for jid, j in sorted(jobs.items()):
        wall = (j.get("end", j["start"]) - j["start"]) / 1000
        group = j["group"] or "(no group)"
        by_group[group][0] += wall
        by_group[group][1] += task_ms[jid] / 1000
        by_group[group][2] += 1
        by_group[group][3] += cpu_ms[jid] / 1000
        rows.append(
            (wall, jid, group, j["desc"][:70], task_ms[jid] / 1000, tasks[jid], cpu_ms[jid] / 1000)
        )
    print(f"{'group':40} {'jobs':>5} {'wall s':>8} {'task s':>8} {'cpu s':>8}")
    for group, (wall, task, n, cpu) in sorted(by_group.items(), key=lambda kv: -kv[1][0]):
        print(f"{group[:40]:40} {n:5d} {wall:8.1f} {task:8.1f} {cpu:8.1f}")
    print()
    print(f"slowest {top} jobs:")
    print(f"{'wall s':>7} {'job':>4} {'task s':>7} {'cpu s':>7} {'tasks':>5}  group / description")
    for wall, jid, group, desc, task, n, cpu in sorted(rows, reverse=True)[:top]:
        print(f"{wall:7.1f} {jid:4d} {task:7.1f} {cpu:7.1f} {n:5d}  {group} / {desc}")


if __name__ == "__main__":
    main()
