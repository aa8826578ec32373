#!/usr/bin/env python3
"""Compare two published versions of tip-evidence dataset by dataset, row by row.

usage: bench/compare_outputs.py OUT_A OUT_B [--ignore COL ...]

OUT_A / OUT_B are output folders (their _CURRENT version is read) or version folders. Every dataset
under published/ and restricted/ is compared as a multiset of rows over the columns both sides have
(run ids and timestamps aside: columns named in --ignore, by default none of the data columns are
ignored because a run writes no run id into datasets). Floating-point values are compared exactly.
Exit 0 when every dataset is equal, 1 otherwise; prints one line per dataset.
Needs duckdb (pip install --retries 0 duckdb).
"""
import pathlib
import sys

import duckdb


def version_dir(path):
    p = pathlib.Path(path)
    pointer = p / "_CURRENT"
    return p / pointer.read_text().strip() if pointer.exists() else p


def datasets(version):
    found = {}
    for tier in ("published", "restricted"):
        base = version / tier
        if base.is_dir():
            for d in sorted(base.iterdir()):
                if d.is_dir() and any(d.rglob("*.parquet")):
                    found[f"{tier}/{d.name}"] = d
    return found


def main():
    args = sys.argv[1:]
    ignore = {"v"}  # the version folder (v=<runId>) read as a hive partition
    if "--ignore" in args:
        i = args.index("--ignore")
        ignore |= set(args[i + 1 :])
        args = args[:i]
    a, b = version_dir(args[0]), version_dir(args[1])
    da, db = datasets(a), datasets(b)
    con = duckdb.connect()
    ok = True
    for name in sorted(set(da) | set(db)):
        if name not in da or name not in db:
            print(f"DIFF {name}: only in {'A' if name in da else 'B'}")
            ok = False
            continue
        ra = f"read_parquet('{da[name]}/**/*.parquet', hive_partitioning=true, union_by_name=true)"
        rb = f"read_parquet('{db[name]}/**/*.parquet', hive_partitioning=true, union_by_name=true)"
        ca = [r[0] for r in con.execute(f"DESCRIBE SELECT * FROM {ra}").fetchall()]
        cb = [r[0] for r in con.execute(f"DESCRIBE SELECT * FROM {rb}").fetchall()]
        common = [c for c in ca if c in cb and c not in ignore]
        cols = ", ".join(f'"{c}"' for c in common)
        na = con.execute(f"SELECT count(*) FROM {ra}").fetchone()[0]
        nb = con.execute(f"SELECT count(*) FROM {rb}").fetchone()[0]
        only_a = con.execute(
            f"SELECT count(*) FROM (SELECT {cols} FROM {ra} EXCEPT ALL SELECT {cols} FROM {rb})"
        ).fetchone()[0]
        only_b = con.execute(
            f"SELECT count(*) FROM (SELECT {cols} FROM {rb} EXCEPT ALL SELECT {cols} FROM {ra})"
        ).fetchone()[0]
        extra = sorted(set(ca) ^ set(cb))
        same = na == nb and only_a == 0 and only_b == 0
        ok &= same
        note = f"; columns on one side only: {extra}" if extra else ""
        print(
            f"{'SAME' if same else 'DIFF'} {name}: rows {na} vs {nb}, "
            f"only in A {only_a}, only in B {only_b}{note}"
        )
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
