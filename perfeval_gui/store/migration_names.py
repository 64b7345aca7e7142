"""The names of the store's migrations, in order: the one list both ``schema`` (which registers
a migration under each, and refuses to load otherwise) and ``schema_version`` (whose version is
their count, read at every start without loading ``schema``) take them from. A new migration
is its function in ``schema`` and its name appended here; a released name is never changed."""

from __future__ import annotations

MIGRATIONS: tuple[str, ...] = (
    "m001_initial",
    "m002_app_meta",
    "m003_evaluation_unit_head",
    "m004_row_ids_revisions_locks",
    "m005_previous_report",
    "m006_summary_figures",
    "m007_judgement_and_breakdown",
    "m008_annual_cycle",
)
