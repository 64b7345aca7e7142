"""Starting the window: the store, the demo report on first start, translations."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from .. import __version__
from ..app_paths import APP_NAME, DB_ENV, ORG_NAME, default_db_path
from ..core.interchange import read_report_file
from ..core.messages import UserError
from ..resources import demo_report_path, resource_path
from ..store.repository import ReportStore
from . import crash_guard
from .settings import AppSettings
from .translations import install_translators, message_language

EXIT_WHEN_READY_ENV = "PERFEVAL_GUI_EXIT_WHEN_READY"


def make_application(argv: Sequence[str]) -> QApplication:
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    return app  # type: ignore[return-value]


def open_store(db: str | None) -> ReportStore:
    """The store: --db, else PERFEVAL_GUI_DB, else the settings' choice, else the default."""
    store = ReportStore(Path(db) if db else default_db_path())
    store.add_demo_once(read_report_file(demo_report_path()))
    return store


def run_app(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(prog="perfeval-gui")
    parser.add_argument("--db", help="the store file (default: in the user's data folder)")
    args, qt_args = parser.parse_known_args(list(argv))
    app = make_application(qt_args)
    settings = AppSettings()
    translators = install_translators(app, settings.get("language"))
    app.setWindowIcon(QIcon(str(resource_path("icons", "perfeval-gui.png"))))
    from .main_window import MainWindow

    chosen = args.db or os.environ.get(DB_ENV) or settings.get("store_path") or None
    try:
        store = open_store(chosen)
    except UserError as exc:
        QMessageBox.critical(None, app.tr("Cannot open the store"), exc.text(message_language()))
        return 2
    window = MainWindow(store, settings=settings)
    crash_guard.install(lambda: window.saver.flush() if window.saver else False)
    if settings.problem:
        QTimer.singleShot(0, lambda: QMessageBox.warning(window, app.tr("Settings"), settings.problem))
    window.resize(1280, 760)
    window.show()
    window.reopen_last()
    if os.environ.get(EXIT_WHEN_READY_ENV):
        # benchmarks/ measures start-up to a usable window: quit as soon as it is there
        QTimer.singleShot(0, app.quit)
    status = app.exec()
    store.close()
    del translators
    return status
