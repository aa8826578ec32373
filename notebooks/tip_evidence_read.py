"""Read tip-evidence outputs through the one documented, stable path.

Every notebook reads through this module, so the read path lives in one place:

1. resolve ``<output>/_CURRENT`` **once** (a text file holding the current version folder,
   e.g. ``v=20261128T144525Z-105036``) with :func:`current_version`;
2. read ``<output>/<version>/published/<dataset>`` with :func:`read_published`, passing that
   version, so every dataset of a notebook comes from the same published version even if a
   new run publishes while the notebook runs.

Restricted data (``<output>/<version>/restricted/``: observations, quarantine) is read only by
:func:`read_restricted`, which refuses unless the caller says ``allow=True``; only
``04_data_quality`` calls it, and only when the user sets its parameter.

Datasets are Parquet directories written by Spark, some partitioned (``year=2021/``); they are
read with ``pyarrow.dataset`` (hive partitioning, files starting with ``.`` or ``_`` such as
``_SUCCESS`` and ``.crc`` ignored) and partition columns come back as plain integers or
strings, not categoricals.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.dataset as ds

POINTER = "_CURRENT"
PUBLISHED = "published"
RESTRICTED = "restricted"
STATUS_CODES = "status_codes.json"  # written by every run from the jar (StatusCodesFile)


class DatasetNotFound(FileNotFoundError):
    """A dataset folder is absent from the version being read."""


def current_version(output) -> str:
    """The current version folder name read from ``<output>/_CURRENT`` (e.g. ``v=2026...``).

    Call it once per notebook and pass the result to the read functions.
    """
    output = Path(output)
    pointer = output / POINTER
    if not pointer.is_file():
        raise FileNotFoundError(
            f"{pointer} not found: OUTPUT must be the folder given to "
            f"`bin/tip-evidence run --output` (it holds _CURRENT and v=... folders)"
        )
    name = pointer.read_text(encoding="utf-8").strip()
    if not name or "/" in name or name in (".", ".."):
        raise ValueError(f"{pointer} holds {name!r}, not a version folder name")
    if not (output / name).is_dir():
        raise FileNotFoundError(
            f"{pointer} names {name!r} but {output / name} does not exist "
            f"(was the version deleted by retention? rerun the notebook)"
        )
    return name


def dataset_path(output, dataset: str, version: str | None = None, tier: str = PUBLISHED) -> Path:
    """``<output>/<version>/<tier>/<dataset>``; resolves ``_CURRENT`` when no version is given."""
    version = version or current_version(output)
    return Path(output) / version / tier / dataset


def has_published(output, dataset: str, version: str | None = None) -> bool:
    """Whether ``published/<dataset>`` exists in that version (older runs may lack a dataset)."""
    return dataset_path(output, dataset, version).is_dir()


def list_published(output, version: str | None = None) -> list[str]:
    """Names of the published datasets of a version."""
    root = Path(output) / (version or current_version(output)) / PUBLISHED
    return sorted(p.name for p in root.iterdir() if p.is_dir() and not p.name.startswith((".", "_")))


def read_status_codes(output, version: str | None = None) -> list[dict]:
    """The progress status codes of that version, best to worst: ``{code, label, order, verdict}``.

    Every run publishes ``published/status_codes.json``, generated at build time from the Java
    ``ProgressStatus``, so the codes match the code that produced the data.
    """
    path = Path(output) / (version or current_version(output)) / PUBLISHED / STATUS_CODES
    if not path.is_file():
        raise FileNotFoundError(
            f"{path} not found: this version was published by a run older than the status-code "
            f"file; rerun `bin/tip-evidence run` to publish a version that carries it"
        )
    codes = json.loads(path.read_text(encoding="utf-8"))["status_codes"]
    return sorted(codes, key=lambda c: c["order"])


def _read_parquet_dir(path: Path, columns=None) -> pd.DataFrame:
    if not path.is_dir():
        raise DatasetNotFound(f"dataset not found: {path}")
    dataset = ds.dataset(path, format="parquet", partitioning="hive")
    table = dataset.to_table(columns=columns)
    # Partition values inferred as dictionaries would become pandas categoricals; decode them.
    for i, field in enumerate(table.schema):
        if pa.types.is_dictionary(field.type):
            table = table.set_column(i, field.name, table.column(i).cast(field.type.value_type))
    return table.to_pandas()


def read_published(output, dataset: str, version: str | None = None, columns=None) -> pd.DataFrame:
    """Read ``<output>/<version>/published/<dataset>`` as a pandas DataFrame.

    ``version``: the name from :func:`current_version` (resolve it once and pass it here); when
    omitted ``_CURRENT`` is read now. Raises :class:`DatasetNotFound` when the dataset is absent.
    """
    return _read_parquet_dir(dataset_path(output, dataset, version, PUBLISHED), columns)


def read_published_or_none(output, dataset: str, version: str | None = None, columns=None):
    """Like :func:`read_published` but ``None`` (and a printed note) when the dataset is absent."""
    try:
        return read_published(output, dataset, version, columns)
    except DatasetNotFound:
        print(
            f"Note: published dataset '{dataset}' is not in {Path(output) / (version or '')}: "
            f"the run that wrote this output does not produce it yet; the cells that need it "
            f"are skipped."
        )
        return None


def read_restricted(
    output, dataset: str, version: str | None = None, columns=None, allow: bool = False
) -> pd.DataFrame:
    """Read ``<output>/<version>/restricted/<dataset>`` (row-level data: keep it private).

    Refuses unless ``allow=True``: a notebook passes its user-set parameter here, so restricted
    data is never read by default.
    """
    if not allow:
        raise PermissionError(
            f"restricted dataset '{dataset}' not read: reading the restricted area needs an "
            f"explicit opt-in (allow=True from a parameter the user sets)"
        )
    return _read_parquet_dir(dataset_path(output, dataset, version, RESTRICTED), columns)
