"""One project, its forms and years, as the reports list shows them (annual-cycle.md, One
project, three forms): a project is every report sharing its ``project_key`` or linked by
由上年报告新建 (``previous_id``; reports older than the key have only that link); within a
year its forms come 申报 → 监控 → 自评; a link that leads to a report no longer there is
broken — the later forms are kept and say so, nothing is lost.

Pure: the store hands in one fact per report (the recycle bin's too), the list reads the answer.
"""

from __future__ import annotations

from dataclasses import dataclass

from .form_kinds import DECLARATION, FORM_KINDS

# the order of a year's forms on the list: the year as it is lived
FORM_ORDER = {form: kind.year_order for form, kind in FORM_KINDS.items()}

# why a link is broken (messages.py: chain.<reason>)
DECLARATION_DELETED = "declaration_deleted"  # in the recycle bin: it can be restored
DECLARATION_GONE = "declaration_gone"  # removed for good, or never in this store
PREVIOUS_DELETED = "previous_deleted"  # last year's report is in the recycle bin
PREVIOUS_GONE = "previous_gone"  # last year's report was removed for good


@dataclass(frozen=True)
class ReportFacts:
    """What the store knows of a report's place in its project."""

    id: int
    year: int
    form: str
    project_key: str
    previous_id: int | None
    deleted: bool
    declared: bool  # its rows carry a declared target (it was made from a declaration)


@dataclass(frozen=True)
class ChainPlace:
    group: int  # the smallest id of the project's live reports: one number per project
    broken: str | None  # why a link leads nowhere (the reasons above), None when whole
    chain: tuple[int, ...]  # the project's live reports, by year, then form, then id
    # the project's other live reports of this form and year: the same file imported twice
    # (its project key kept), or a second 运行监控表 of the year — both shown marked
    same_form: tuple[int, ...] = ()


def form_rank(form: str) -> int:
    return FORM_ORDER.get(form, len(FORM_ORDER))


def chain_places(facts: list[ReportFacts]) -> dict[int, ChainPlace]:
    """Every live report's project, its chain and what of it is broken."""
    live = {f.id: f for f in facts if not f.deleted}
    binned = {f.id: f for f in facts if f.deleted}
    parent = {i: i for i in live}

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def join(a: int, b: int) -> None:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    by_key: dict[str, int] = {}
    for f in live.values():
        if f.project_key:
            join(f.id, by_key.setdefault(f.project_key, f.id))
        if f.previous_id in live:
            join(f.id, f.previous_id)  # type: ignore[arg-type]
    groups: dict[int, list[ReportFacts]] = {}
    for f in live.values():
        groups.setdefault(root(f.id), []).append(f)
    declarations = {(f.project_key, f.year) for f in live.values() if f.form == DECLARATION}
    in_bin = {(f.project_key, f.year) for f in binned.values() if f.form == DECLARATION}
    twins = same_forms(list(live.values()))
    places = {}
    for group, members in groups.items():
        chain = tuple(f.id for f in sorted(members, key=lambda f: (f.year, form_rank(f.form), f.id)))
        for f in members:
            places[f.id] = ChainPlace(group, _broken(f, declarations, in_bin, live, binned), chain,
                                      twins.get(f.id, ()))
    return places


def same_forms(live: list[ReportFacts]) -> dict[int, tuple[int, ...]]:
    """For each live report sharing its project key, form and year with others, those others
    (by id). Reports without a key are told apart by nothing but their data: none here."""
    buckets: dict[tuple[str, int, str], list[int]] = {}
    for f in live:
        if f.project_key:
            buckets.setdefault((f.project_key, f.year, f.form), []).append(f.id)
    return {i: tuple(sorted(j for j in ids if j != i))
            for ids in buckets.values() if len(ids) > 1 for i in ids}


def _broken(f: ReportFacts, declarations: set[tuple[str, int]], in_bin: set[tuple[str, int]],
            live: dict[int, ReportFacts], binned: dict[int, ReportFacts]) -> str | None:
    if f.form != DECLARATION and f.declared and (f.project_key, f.year) not in declarations:
        return DECLARATION_DELETED if (f.project_key, f.year) in in_bin else DECLARATION_GONE
    if f.previous_id is not None and f.previous_id not in live:
        return PREVIOUS_DELETED if f.previous_id in binned else PREVIOUS_GONE
    return None
