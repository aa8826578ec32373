#!/usr/bin/env python3
"""Execute every analyst notebook top to bottom against one tip-evidence output folder.

    python run_notebooks.py OUTPUT_DIR [--timeout 600] [--restricted] [--save-dir DIR]
                           [--figures-dir DIR] [NOTEBOOK ...]

* The kernel is this interpreter (a temporary kernelspec pointing at ``sys.executable``), so
  the notebooks see exactly the packages of the environment that runs this script.
* Working directory: this folder (``notebooks/``); environment: ``TIP_EVIDENCE_OUTPUT``
  = OUTPUT_DIR, which every notebook's parameter cell reads.
* ``--restricted``: also runs ``04_data_quality`` a second time with
  ``TIP_EVIDENCE_RESTRICTED_OUTPUT`` = OUTPUT_DIR, so its restricted-area cells are executed too.
* ``--save-dir``: write the executed notebooks there (never into this folder: notebooks are
  committed without outputs, and executed ones may show restricted aggregates).

Exit code 0 when every notebook ran without an error, 1 otherwise (each failure is printed with
the notebook, the cell number, the start of the cell and the error); 2 on usage errors.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError

HERE = Path(__file__).resolve().parent
KERNEL_NAME = "tip-evidence-notebooks"


def make_kernelspec(root: Path) -> None:
    """A kernelspec running this interpreter, found first through JUPYTER_PATH."""
    spec_dir = root / "kernels" / KERNEL_NAME
    spec_dir.mkdir(parents=True)
    spec = {
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": f"Python ({sys.executable})",
        "language": "python",
    }
    (spec_dir / "kernel.json").write_text(json.dumps(spec), encoding="utf-8")


def failed_cell(nb):
    """(index, cell) of the first code cell with an error output, or (None, None)."""
    for i, cell in enumerate(nb.cells):
        if cell.cell_type != "code":
            continue
        for out in cell.get("outputs", []):
            if out.get("output_type") == "error":
                return i, cell
    return None, None


def run_one(path: Path, env: dict, timeout: int, save_dir: Path | None, tag: str) -> bool:
    nb = nbformat.read(path, as_version=4)
    old_env = dict(os.environ)
    os.environ.update(env)  # the kernel inherits this process's environment
    started = time.monotonic()
    error = None
    try:
        client = NotebookClient(
            nb,
            timeout=timeout,
            kernel_name=KERNEL_NAME,
            resources={"metadata": {"path": str(HERE)}},  # the kernel's working directory
            allow_errors=False,
        )
        client.execute()
    except (CellExecutionError, CellTimeoutError, DeadKernelError) as e:
        error = e
    finally:
        os.environ.clear()
        os.environ.update(old_env)
    seconds = time.monotonic() - started
    if save_dir is not None:
        save_dir.mkdir(parents=True, exist_ok=True)
        nbformat.write(nb, save_dir / f"{path.stem}{tag}.ipynb")
    if error is None:
        print(f"ok    {path.name}{tag} ({seconds:.1f} s)")
        return True
    index, cell = failed_cell(nb)
    print(f"FAIL  {path.name}{tag} ({seconds:.1f} s)")
    if cell is not None:
        code_number = sum(1 for c in nb.cells[: index + 1] if c.cell_type == "code")
        print(f"      cell {index + 1} of {len(nb.cells)} (code cell {code_number}); it starts:")
        for line in cell.source.splitlines()[:5]:
            print(f"      | {line}")
        for out in cell.outputs:
            if out.get("output_type") == "error":
                print(f"      {out.get('ename')}: {out.get('evalue')}")
    else:
        print(f"      {type(error).__name__}: {str(error).strip().splitlines()[-1] if str(error).strip() else ''}")
    traceback = re.sub(r"\x1b\[[0-9;]*m", "", str(error))  # drop terminal colour codes
    if traceback:
        print("      --- traceback ---")
        for line in traceback.splitlines()[-25:]:
            print(f"      {line}")
    return False


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("output", help="tip-evidence output folder (holds _CURRENT)")
    p.add_argument("notebooks", nargs="*", help="notebooks to run (default: every NN_*.ipynb here)")
    p.add_argument("--timeout", type=int, default=600, help="seconds per cell (default 600)")
    p.add_argument("--restricted", action="store_true",
                   help="also run 04_data_quality with the restricted area switched on")
    p.add_argument("--save-dir", type=Path, help="write executed notebooks to this folder")
    p.add_argument("--figures-dir", type=Path, help="notebooks save their figures as PNG here")
    args = p.parse_args(argv)

    output = Path(args.output).resolve()
    if not (output / "_CURRENT").is_file():
        print(f"error: {output} has no _CURRENT: pass the folder given to `tip-evidence run --output`",
              file=sys.stderr)
        return 2
    if args.save_dir and args.save_dir.resolve() == HERE:
        print("error: --save-dir must not be the notebooks folder (notebooks are committed without outputs)",
              file=sys.stderr)
        return 2
    paths = [Path(n).resolve() for n in args.notebooks] or sorted(HERE.glob("[0-9][0-9]_*.ipynb"))
    if not paths:
        print(f"error: no notebooks found in {HERE}", file=sys.stderr)
        return 2

    env = {"TIP_EVIDENCE_OUTPUT": str(output)}
    env.pop("TIP_EVIDENCE_RESTRICTED_OUTPUT", None)
    if args.figures_dir:
        env["TIP_EVIDENCE_FIGURES"] = str(args.figures_dir.resolve())
    failures = []
    with tempfile.TemporaryDirectory(prefix="tip-evidence-kernel-") as tmp:
        make_kernelspec(Path(tmp))
        env["JUPYTER_PATH"] = os.pathsep.join(filter(None, [tmp, os.environ.get("JUPYTER_PATH")]))
        # the restricted switch must come from --restricted only, never from the caller's shell
        saved_restricted = os.environ.pop("TIP_EVIDENCE_RESTRICTED_OUTPUT", None)
        try:
            for path in paths:
                if not run_one(path, env, args.timeout, args.save_dir, ""):
                    failures.append(path.name)
                if args.restricted and path.name.startswith("04_"):
                    renv = dict(env, TIP_EVIDENCE_RESTRICTED_OUTPUT=str(output))
                    if not run_one(path, renv, args.timeout, args.save_dir, "-restricted"):
                        failures.append(path.name + " (restricted)")
        finally:
            if saved_restricted is not None:
                os.environ["TIP_EVIDENCE_RESTRICTED_OUTPUT"] = saved_restricted
    if failures:
        print(f"{len(failures)} notebook run(s) failed: {', '.join(failures)}")
        return 1
    print(f"all {len(paths)} notebook(s) executed without error")
    return 0


if __name__ == "__main__":
    sys.exit(main())
