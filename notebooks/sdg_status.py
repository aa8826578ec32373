"""Status codes, labels and colours shared by the notebooks (UN SDG Progress Chart style).

Codes, labels and order come from the analysed version (:func:`use_version`); only the colours
live here, keyed by code.

Colours follow the SDG Progress Chart convention: green = target achieved / on track,
yellow = moderate progress, orange = limited progress, red = deterioration, grey = no
verdict (insufficient data, not assessable). Every chart also writes the counts or the label,
so nothing depends on telling colours apart.
"""

# Codes, labels and order are not copied here: use_version() reads them from the version being
# analysed (published/status_codes.json, written by the build from the Java ProgressStatus).
_LOADED_NAMES = ("STATUS_ORDER", "STATUS_LABEL", "STATUS_VERDICT")
_codes = None

STATUS_COLOUR = {
    "target_achieved": "#1b7837",  # dark green
    "on_track": "#5aae61",  # green
    "moderate_progress": "#f6c141",  # yellow
    "limited_progress": "#f1892d",  # orange
    "deterioration": "#d6292b",  # red
    "insufficient_data": "#c8c8c8",  # light grey
    "not_assessable": "#8f8f8f",  # dark grey
}

# Text colour that stays readable on each fill.
STATUS_TEXT = {s: ("white" if s in ("target_achieved", "deterioration", "not_assessable") else "black")
               for s in STATUS_COLOUR}

# TIP and SOM are distinct crimes and never combined. National context series relevant to both
# (e.g. 16.3.2, 10.7.x) carry BOTH and are shown on their own, never added to TIP or SOM.
CRIME_TYPES = ["TIP", "SOM", "BOTH"]
CRIME_LABEL = {"TIP": "Trafficking in persons (TIP)", "SOM": "Smuggling of migrants (SOM)",
               "BOTH": "Context series for both crimes (BOTH)"}


def use_version(output, version):
    """Take status codes, labels and order from ``<output>/<version>/published/status_codes.json``.

    Call once after resolving VERSION; STATUS_ORDER, STATUS_LABEL and STATUS_VERDICT (code ->
    whether it is a trend verdict) then describe that version. Returns STATUS_ORDER.
    """
    from tip_evidence_read import read_status_codes

    global _codes
    entries = read_status_codes(output, version)
    uncoloured = [e["code"] for e in entries if e["code"] not in STATUS_COLOUR]
    if uncoloured:
        raise ValueError(
            f"status code(s) {uncoloured} in {version}/published/status_codes.json have no colour: "
            f"add them to STATUS_COLOUR in sdg_status.py"
        )
    _codes = {
        "STATUS_ORDER": [e["code"] for e in entries],
        "STATUS_LABEL": {e["code"]: e["label"] for e in entries},
        "STATUS_VERDICT": {e["code"]: bool(e["verdict"]) for e in entries},
    }
    return _codes["STATUS_ORDER"]


def _loaded(name):
    if _codes is None:
        raise RuntimeError(
            f"sdg_status.{name} is read from the output: call st.use_version(OUTPUT, VERSION) first"
        )
    return _codes[name]


def __getattr__(name):
    """STATUS_ORDER, STATUS_LABEL, STATUS_VERDICT as module attributes, once use_version ran."""
    if name in _LOADED_NAMES:
        return _loaded(name)
    raise AttributeError(f"module 'sdg_status' has no attribute {name!r}")


def status_label(code):
    """Human label for a status code (the code itself when unknown, 'none' for null)."""
    if code is None or code != code:  # None or NaN
        return "none"
    return _loaded("STATUS_LABEL").get(code, str(code))


def status_colour(code):
    """Fill colour for a status code (white for null or unknown codes)."""
    if code is None or code != code:
        return "#ffffff"
    return STATUS_COLOUR.get(code, "#ffffff")


def legend_handles(statuses=None):
    """Legend patches for the given status codes (all by default), in STATUS_ORDER."""
    from matplotlib.patches import Patch

    order, labels = _loaded("STATUS_ORDER"), _loaded("STATUS_LABEL")
    statuses = order if statuses is None else [s for s in order if s in set(statuses)]
    return [Patch(facecolor=STATUS_COLOUR[s], edgecolor="black", linewidth=0.5, label=labels[s])
            for s in statuses]


def target_sort_key(target):
    """Sort SDG targets as the framework does: 5.2 < 8.7 < 16.2 < 16.10 < 16.a (numbered, then lettered)."""
    major, _, minor = str(target).partition(".")
    major_key = int(major) if major.isdigit() else 10**6
    return (major_key, 0 if minor.isdigit() else 1, int(minor) if minor.isdigit() else 0, minor)


def crime_types_in(values):
    """The crime types present in `values`, TIP, SOM, BOTH first, any other code after them."""
    present = {v for v in values if v is not None and v == v}
    return [c for c in CRIME_TYPES if c in present] + sorted(present - set(CRIME_TYPES))


def crime_label(code):
    return CRIME_LABEL.get(code, str(code))
