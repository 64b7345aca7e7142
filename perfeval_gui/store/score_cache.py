"""The figures the store keeps for its list and its 汇总, and when they must be recomputed.

A stored total is the report scored by the profiles and the program of that moment. When a
profile file changes (a user's city raises 良's limit) or the program does (a rule is
fixed), every cached total may be wrong: the store keeps a stamp of both, and a stamp that
differs from today's means "recompute all" — in the window in steps between events, in
``list`` before printing, so the list never shows a grade the report no longer has.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Iterator

from .. import __version__
from ..core.messages import UserError
from ..core.profiles import ProfileLibrary
from ..core.summary import summary_of
from .repository import ReportStore

STAMP_KEY = "score_stamp"
FIGURES_FORMAT = 3  # what a kept figure means; 2: a report not scored yet keeps no total (was 0);
# 3: nor does one whose total waits for a judgement (its unjudged rows were counted as 0)
STEP_SECONDS = 0.015  # a step of the window's recomputation ends after about one frame
MAX_BATCH = 200  # reports per transaction at most


def scoring_stamp(library: ProfileLibrary) -> str:
    """What the cached totals depend on: the program's version and every profile file's bytes."""
    digest = hashlib.sha256(f"perfeval-gui {__version__} figures {FIGURES_FORMAT}".encode())
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


def stamp_if_empty(store: ReportStore, library: ProfileLibrary) -> None:
    """A store without reports has nothing stale: it gets today's stamp, so the reports it
    receives (each written with its figures) are not all computed again at the next start."""
    if not store.summary_keys() and store.meta(STAMP_KEY) is None:
        store.set_meta(STAMP_KEY, scoring_stamp(library))


def is_stale(store: ReportStore, library: ProfileLibrary) -> bool:
    return store.meta(STAMP_KEY) != scoring_stamp(library)


def rescore_steps(store: ReportStore, library: ProfileLibrary) -> Iterator[tuple[int, int]]:
    """Recompute every cached figure, a step at a time (as many reports as take about a frame,
    written in one transaction); yields (done, of). The stamp is written last, so an
    interrupted run starts again next time."""
    stamp = scoring_stamp(library)
    keys = store.summary_keys()
    done = 0
    while done < len(keys):
        started, batch = time.perf_counter(), []
        while done < len(keys) and len(batch) < MAX_BATCH and (
                not batch or time.perf_counter() - started < STEP_SECONDS):
            report_id, updated = keys[done]
            done += 1
            try:
                report = store.load(report_id)
            except UserError:
                continue  # a report that does not open keeps its figures; the others go on
            batch.append((report_id, updated, summary_of(report, library)))
        store.set_summaries(batch)
        yield done, len(keys)
    store.set_meta(STAMP_KEY, stamp)


def rescore_if_stale(store: ReportStore, library: ProfileLibrary) -> bool:
    """Recompute all cached totals at once where the stamp differs; True where it did."""
    if not is_stale(store, library):
        return False
    for _ in rescore_steps(store, library):
        pass
    return True
