#!/usr/bin/env bash
# Execute every analyst notebook against a tip-evidence output folder (CI entry for notebooks).
#   bash notebooks/ci.sh OUTPUT_DIR
# Creates notebooks/.venv (python3 -m venv), installs requirements.txt (pip --retries 0), then
# runs run_notebooks.py: every notebook top to bottom with nbclient, 04_data_quality also with
# its restricted-area switch on. Exits non-zero on any error, naming the notebook and cell.
set -euo pipefail

if [ $# -ne 1 ]; then
  echo "usage: bash notebooks/ci.sh OUTPUT_DIR   (the folder given to 'bin/tip-evidence run --output')" >&2
  exit 2
fi
output="$(cd "$1" && pwd)"
here="$(cd "$(dirname "$0")" && pwd)"
venv="$here/.venv"

echo "== notebooks: python environment ($venv)"
python3 --version
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
fi
"$venv/bin/python" -m pip install --quiet --retries 0 -r "$here/requirements.txt"

echo "== notebooks: executing against $output"
cd "$here"
exec "$venv/bin/python" run_notebooks.py "$output" --restricted --timeout "${NOTEBOOK_CELL_TIMEOUT:-600}"
