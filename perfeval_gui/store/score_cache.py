"""The totals and grades the store keeps for its list, and when they must be recomputed.

A stored total is the report scored by the profiles and the program of that moment. When a
profile file changes (a user's city raises 良's limit) or the program does (a rule is
fixed), every cached total may be wrong: the store keeps a stamp of both, and a stamp that
differs from today's means "recompute all" — in the window in steps between events, in
``list`` before printing, so the list never shows a grade the report no longer has.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator

from .. import __version__
from ..core.model import Report
from ..core.profiles import ProfileLibrary
from ..core.scoring import score_report
from .repository import ReportStore, Summary

STAMP_KEY = "score_stamp"
BATCH = 20  # reports per step and per transaction: about 16 ms, one frame of the window


def summary_of(report: Report, library: ProfileLibrary) -> Summary | None:
    """Total, rule total and grade by the report's own profile; None where it is unknown here."""
    profile = library.profiles.get(report.profile)
    if profile is None:
        return None
    result = score_report(report, profile)
    return result.total, result.rule_total, result.grade


def scoring_stamp(library: ProfileLibrary) -> str:
    """What the cached totals depend on: the program's version and every profile file's bytes."""
    digest = hashlib.sha256(f"perfeval-gui {__version__}".encode())
    for rank, folder in enumerate(library.folders):  # the user's folder overrides: order counts
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.toml")):
            digest.update(f"\0{rank}\0{path.name}\0".encode())
            try:
                digest.update(path.read_bytes())
            except OSError:
                digest.update(b"<unreadable>")
    return digest.hexdigest()[:16]


def is_stale(store: ReportStore, library: ProfileLibrary) -> bool:
    return store.meta(STAMP_KEY) != scoring_stamp(library)


def rescore_steps(store: ReportStore, library: ProfileLibrary) -> Iterator[tuple[int, int]]:
    """Recompute every cached total, a batch per step; yields (done, of). The stamp is written
    last, so an interrupted run starts again next time."""
    stamp = scoring_stamp(library)
    keys = store.summary_keys()
    for start in range(0, len(keys), BATCH):
        batch = keys[start:start + BATCH]
        store.set_summaries((i, updated, summary_of(store.load(i), library)) for i, updated in batch)
        yield start + len(batch), len(keys)
    store.set_meta(STAMP_KEY, stamp)


def rescore_if_stale(store: ReportStore, library: ProfileLibrary) -> bool:
    """Recompute all cached totals at once where the stamp differs; True where it did."""
    if not is_stale(store, library):
        return False
    for _ in rescore_steps(store, library):
        pass
    return True
