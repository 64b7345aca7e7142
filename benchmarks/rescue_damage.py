"""Reports a rescue gives back, per kind of damage, out of the report rows the damaged file
still physically holds (a store of 40 reports; no backup merged, then with a backup of the
first 30 taken before 10 more were added).

    python benchmarks/rescue_damage.py

present: reports whose own row is on a page the damage left whole (found by their unique name
in the sound file's pages, not by the reader); recovered: of those, given back from the file;
whole: recovered with every row of their lists; with backup: kept (file or backup) / lost.
"""

from __future__ import annotations

import copy
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from perfeval_gui.core.interchange import report_from_json  # noqa: E402
from perfeval_gui.store import backups, rescue  # noqa: E402
from perfeval_gui.store.repository import ReportStore  # noqa: E402
from tests.store.damage import damage_kinds, rows_present, store_with_reports  # noqa: E402

SEED = ROOT / "resources" / "demo" / "seed-2023.json"


def main() -> None:
    seed = report_from_json(SEED.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as work:
        sound = Path(work) / "sound" / "reports.sqlite"
        sound.parent.mkdir()
        names = store_with_reports(sound, seed, 30)
        backup = backups.make_backup(sound, sound, "daily")
        with ReportStore(sound) as store:
            for n in range(31, 41):
                report = copy.deepcopy(seed)
                report.project.name = f"项目{n:02d}"
                names.append(report.project.name)
                store.create(report)
            store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        print(f"{'damage':38} {'present':>7} {'recovered':>9} {'whole':>5} "
              f"{'+backup kept':>12} {'lost':>4} {'seconds':>7}")
        for kind, (data, destroyed) in damage_kinds(sound).items():
            damaged = Path(work) / "damaged.sqlite"
            damaged.write_bytes(data)
            present = rows_present(sound, names, destroyed)
            started = time.perf_counter()
            alone = rescue.plan(damaged, backup=False)
            seconds = time.perf_counter() - started
            recovered = {o.name for o in alone.of(rescue.RECOVERED)} & present
            whole = {o.name for o in alone.of(rescue.RECOVERED) if not o.missing_rows} & present
            merged = rescue.plan(damaged, backup=backup)
            kept = len([o for o in merged.outcomes if o.source != rescue.LOST])
            print(f"{kind:38} {len(present):>7} {len(recovered):>9} {len(whole):>5} "
                  f"{kept:>12} {len(merged.of(rescue.LOST)):>4} {seconds:>7.2f}")


if __name__ == "__main__":
    main()
