"""Starting the window: the store, the demo report on first start, translations."""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QThreadPool, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ... import __version__
from ...app_paths import APP_NAME, DB_ENV, ORG_NAME, default_db_path, ensure_data_dir
from ...core import unfinished
from ...core.interchange import read_report_file
from ...core.messages import UserError
from ...core.profiles import default_library
from ...fault_log import log_exception
from ...launch import file_to_open
from ...resources import demo_report_path, resource_path
from ...store import backups, health
from ...store.repository import ReportStore
from ...store.score_cache import stamp_if_empty
from ..base.background import run_and_wait, run_in_background
from ..base.settings import AppSettings
from ..base.translations import install_translators, message_language
from ..base.window_geometry import show_fitted
from . import crash_guard

EXIT_WHEN_READY_ENV = "PERFEVAL_GUI_EXIT_WHEN_READY"
BACKGROUND_GRACE_MS = 60_000
SERVE_AFTER_MS = 100


def make_application(argv: Sequence[str]) -> QApplication:
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    return app  # type: ignore[return-value]


def open_store(db: str | None) -> ReportStore:
    """The store: --db, else PERFEVAL_GUI_DB, else the settings' choice, else the default."""
    store = ReportStore(Path(db) if db else default_db_path())
    stamp_if_empty(store, default_library())
    if store.meta("demo_added") is None:  # not read on every start for nothing
        store.add_demo_once(read_report_file(demo_report_path()))
    return store


Check = Callable[[], "UserError | None"]


def _checked(path: Path) -> UserError | None:
    try:
        return health.check(path)
    except (OSError, sqlite3.Error) as exc:
        return health.explain(exc, str(path))


def begin_check(path: Path) -> Check:
    """``health.check`` of *path* started now in a thread of its own (quick_check reads the
    whole file, in SQLite, while the window's modules are imported); returns the wait for it."""
    answer: list[UserError | None] = []
    failure: list[BaseException] = []

    def work() -> None:
        try:
            answer.append(_checked(path))
        except BaseException as exc:  # handed to the waiting thread, which raises it
            failure.append(exc)

    thread = threading.Thread(target=work, name="store check", daemon=True)
    thread.start()

    def wait() -> UserError | None:
        thread.join()
        if failure:
            raise failure[0]
        return answer[0]

    return wait


def check_off_the_gui_thread(path: Path, begun: Check | None = None) -> UserError | None:
    """The store's check, waited for with the window's events going on (and a note where it
    takes long): *begun* where it was started earlier, else started now."""
    return run_and_wait(begun or (lambda: _checked(path)),
                        QCoreApplication.translate("App", "Checking the store…"))


def needs_check(path: Path, missing_is_new: bool) -> bool:
    return path.exists() or not missing_is_new


def start_store(path: Path, settings: AppSettings, missing_is_new: bool,
                begun: Check | None = None) -> ReportStore | None:
    """Open the store at *path*, or — when it is missing, damaged, read-only, foreign or newer —
    the rescue dialog, until a store opens or the user quits (None). Never an exit on its own.
    *begun*: the check of *path* already under way (begin_check)."""
    while True:
        problem = None
        if needs_check(path, missing_is_new):
            problem = check_off_the_gui_thread(path, begun)
        begun = None  # a path chosen in the rescue dialog is checked anew
        if problem is not None and problem.message.code in READ_ONLY:
            readable = open_read_only(path, problem)
            if readable is not None:
                return readable  # shown read-only, never replaced by a backup
        if problem is None:
            try:
                return open_store(str(path))
            except UserError as exc:
                problem = exc
        from .rescue_dialog import RescueDialog  # a store in trouble: rare, so not part of a start

        dialog = RescueDialog(path, problem, settings)
        if dialog.exec() != RescueDialog.DialogCode.Accepted or dialog.choice is None:
            return None
        missing_is_new = True  # a store chosen or created in the dialog may be new
        path = dialog.choice


READ_ONLY = ("store.readonly_file", "store.readonly_folder", "store.readonly")


def open_read_only(path: Path, problem: UserError) -> ReportStore | None:
    """A store that cannot be written but reads soundly, opened for reading (None: it does
    not read either; the rescue dialog says what is wrong)."""
    if _checked_reading(path) is not None:
        return None
    try:
        return ReportStore.read_only(path, problem)
    except UserError:
        return None


def _checked_reading(path: Path) -> UserError | None:
    try:
        return health.check(path, writing=False)
    except (OSError, sqlite3.Error) as exc:
        return health.explain(exc, str(path))


def daily_backup(store_path: Path, settings: AppSettings, say: Callable[[str], None]) -> None:
    """The first start of a day backs the store up, off the GUI thread (the backup reads the
    store through a connection of its own); a failure is said, and the work goes on."""

    def failed(exc: BaseException) -> None:
        problem = exc if isinstance(exc, UserError) else health.explain(exc, str(store_path))
        say(QCoreApplication.translate("App", "The daily backup failed: %1").replace(
            "%1", problem.text(message_language())))

    keep_days = settings.backup_days()
    run_in_background(lambda: backups.daily(store_path, store_path, keep_days), lambda _made: None,
                      failed)


def _hand_over_module():  # type: ignore[no-untyped-def]
    """ui/shell/hand_over (QtNetwork: loaded only for a start with a file, or once the window is up),
    or None where this Qt has no QtNetwork: each file then opens a window of its own."""
    try:
        from . import hand_over
    except ImportError as exc:
        log_exception(exc, "handing files to an open window is unavailable")
        return None
    return hand_over


def hand_over(store: Path, file: Path) -> bool:
    """Give *file* to a window already open on *store* (a double-click while the app runs)."""
    module = _hand_over_module()
    return module is not None and module.hand_over(module.server_name(store), file)


def serve_files(window: QWidget, store: Path) -> None:
    """Listen for files handed over by later starts, once the window is up."""
    module = _hand_over_module()
    if module is None:
        return
    server = module.FileServer(module.server_name(store), lambda file: window.open_files([file]),  # type: ignore[attr-defined]
                               window)
    server.listen()
    window.file_server = server  # type: ignore[attr-defined]


def run_app(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(prog="perfeval-gui")
    parser.add_argument("--db", help="the store file (default: in the user's data folder)")
    args, qt_args = parser.parse_known_args(list(argv))
    file = file_to_open(argv)  # as launch told it (Qt's -style fusion is no file)
    qt_args = [a for a in qt_args if a != file]
    app = make_application(qt_args)
    ensure_data_dir()  # 0700, also where an older version made it 0755
    unfinished.sweep(health.intact)  # what a killed window or command left, before anything
    settings = AppSettings()
    translators = install_translators(app, settings.get("language"))
    app.setWindowIcon(QIcon(str(resource_path("icons", "perfeval-gui.png"))))
    chosen = args.db or os.environ.get(DB_ENV) or settings.get("store_path") or None
    path = Path(chosen) if chosen else default_db_path()
    # the default store is made on the first start; a store the user named must be there
    missing_is_new = not chosen or bool(args.db)
    if file and hand_over(path, Path(file)):
        return 0  # the window already open on this store took the file
    begun = begin_check(path) if needs_check(path, missing_is_new) else None
    from .main_window import MainWindow  # while the store is checked

    store = start_store(path, settings, missing_is_new, begun)
    if store is None:
        return 0
    window = MainWindow(store, settings=settings)
    crash_guard.install(lambda: window.saver.flush() if window.saver else False)
    if settings.problem:
        title = QCoreApplication.translate("App", "Settings")
        QTimer.singleShot(0, lambda: QMessageBox.warning(window, title, settings.problem))
    if store.read_only_reason is None or store.read_only_reason.message.code != "store.readonly_folder":
        daily_backup(store.path, settings, lambda text: window.statusBar().showMessage(text, 15000))
    window.reopen_last()  # before showing: the reports list is then never drawn for nothing
    show_fitted(window, settings)
    # the listener for later starts is no part of this one: it comes after the first paint
    QTimer.singleShot(SERVE_AFTER_MS, lambda: serve_files(window, store.path))
    if file:
        QTimer.singleShot(0, lambda: window.open_files([file]))
    if os.environ.get(EXIT_WHEN_READY_ENV):
        # benchmarks/ measures start-up to a usable window: quit as soon as it is there
        QTimer.singleShot(0, app.quit)
    status = app.exec()
    QThreadPool.globalInstance().waitForDone(BACKGROUND_GRACE_MS)  # a backup under way ends whole
    for opened in {id(store): store, id(window.store): window.store}.values():
        opened.close()  # the store, and the one the window moved to (另存为, restore)
    # Qt's objects are deleted here, in Qt's order (the clipboard is handed to the desktop as
    # the application goes), so that the process may end without Python's teardown (run())
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    del translators
    app.shutdown()
    return status

