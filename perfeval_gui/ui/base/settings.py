"""The user's settings (设置), kept with QSettings in the data folder.

A settings file that cannot be read falls back to the defaults with a message; it is moved
aside (never deleted) so that nothing the user had is lost.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings

from ...app_paths import data_dir
from ...core.model import DEFAULT_PROFILE
from ...core.new_report import COVER_DEFAULT_FIELDS

LANGUAGES = ("zh_CN", "en")
MIN_BACKUP_DAYS, MAX_BACKUP_DAYS = 1, 3650
PAGE_NUMBER_STYLES = ("dash", "of")
COVER_DEFAULTS = tuple(COVER_DEFAULT_FIELDS)

DEFAULTS: dict[str, Any] = {
    "language": "zh_CN",
    "default_profile": DEFAULT_PROFILE,
    "pdf_font": "",  # '' = chosen automatically (fonts.resolve)
    "page_numbers": "dash",
    "store_path": "",  # '' = reports.sqlite in the data folder
    "backup_days": "30",  # automatic backups are kept this many days
    "export_folder": "",  # '' = the home folder; then the folder of the last export
    "window/geometry": "",  # '' = fitted to the screen (ui/base/window_geometry.py)
    "window/maximized": "no",
    **{f"cover/{key}": "" for key in COVER_DEFAULTS},
}
CHOICES: dict[str, tuple[str, ...]] = {"language": LANGUAGES, "page_numbers": PAGE_NUMBER_STYLES}


def settings_path() -> Path:
    return data_dir() / "settings.ini"


class AppSettings:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or settings_path()
        self.problem: str | None = None
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.qt = QSettings(str(self.path), QSettings.Format.IniFormat)
        if self.qt.status() != QSettings.Status.NoError or not self._readable():
            self._set_aside()

    def _readable(self) -> bool:
        """QSettings reads some broken files without complaint: binary junk is refused here."""
        if not self.path.exists():
            return True
        try:
            self.path.read_bytes().decode("utf-8")
        except UnicodeDecodeError:
            return False
        return b"\x00" not in self.path.read_bytes()

    def _set_aside(self) -> None:
        aside = self.path.with_name(f"{self.path.name}.unreadable-{datetime.now():%Y%m%d%H%M%S}")
        self.path.replace(aside)
        self.qt = QSettings(str(self.path), QSettings.Format.IniFormat)
        self.problem = QCoreApplication.translate(
            "AppSettings", "The settings file could not be read; the defaults are used. "
            "The old file was kept as %1.").replace("%1", str(aside))

    def get(self, key: str) -> str:
        value = self.qt.value(key, DEFAULTS[key])
        if not isinstance(value, str):
            return DEFAULTS[key]
        if key in CHOICES and value not in CHOICES[key]:
            return DEFAULTS[key]
        return value

    def set(self, key: str, value: str) -> None:
        self.set_all({key: value})

    def set_all(self, values: Mapping[str, str]) -> None:
        """Store *values* in one write of the file; none when it holds them already (a window
        closed as it was opened writes nothing: 3–5 ms a write, at each exit)."""
        assert set(values) <= set(DEFAULTS), values
        changed = {key: value for key, value in values.items() if self.qt.value(key) != value}
        if not changed:
            return
        for key, value in changed.items():
            self.qt.setValue(key, value)
        self.qt.sync()

    def backup_days(self) -> int:
        text = self.get("backup_days")
        days = int(text) if text.isdigit() else int(DEFAULTS["backup_days"])
        return min(max(days, MIN_BACKUP_DAYS), MAX_BACKUP_DAYS)

    def cover_defaults(self) -> dict[str, str]:
        return {key: self.get(f"cover/{key}") for key in COVER_DEFAULTS}
