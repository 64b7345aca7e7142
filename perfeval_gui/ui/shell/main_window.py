"""The main window: the reports list and the report editor, the menus, saving and exports."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QIcon,
    QKeySequence,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ...core.file_names import safe_file_name
from ...core.form_kinds import DECLARATION, MONITORING
from ...core.forms import SELF_EVALUATION
from ...core.indicator_library import IndicatorLibrary, entry_from_indicator
from ...core.interchange import read_report_file, report_to_json
from ...core.messages import UserError
from ...core.model import DEFAULT_PROFILE, Report
from ...core.new_report import new_report
from ...core.next_year import indicator_key
from ...core.profiles import ProfileLibrary, default_library
from ...export.atomic import ExportError, write_atomically
from ...export.formats import in_menu_order
from ...fault_log import log_exception
from ...resources import demo_report_path, resource_path
from ...store import backups
from ...store.locks import Holds
from ...store.repository import ReportStore
from ...store.score_cache import is_stale, rescore_steps
from ..base import long_lived
from ..base.background import run_in_background
from ..base.guide import show_guide
from ..base.settings import AppSettings
from ..base.store_watcher import StoreWatcher
from ..base.translations import message_language
from ..base.window_geometry import remember as remember_geometry
from ..editor.autosave import AutoSaver
from ..editor.indicator_completer import shipped_library
from ..editor.read_only import LockBanner, make_read_only
from ..editor.report_document import ReportDocument
from ..editor.report_editor import ReportEditor
from ..files.export_actions import ExportActions
from ..files.export_words import say as say_format
from ..reports.report_list_page import ReportListPage
from ..summary.archive_actions import ArchiveActions

if TYPE_CHECKING:
    from ..summary.summary_page import SummaryPage
    from .hand_over import FileServer


def shiboken_valid(widget: QWidget) -> bool:
    """Whether a widget still exists (a worker's answer may come after its window closed)."""
    return bool(isValid(widget))

FIT_DIALOGS_AFTER_MS = 100  # Qt's own file dialogs fitted whole (ui/base/file_dialog_fit.py)
WARM_UP_AFTER_MS = 800  # the exporters and fonts load in a thread this long after the window shows

SUMMARY_TAB = 1  # the 汇总's index among the home tabs

LIBRARY_PREFS = "indicator_library"  # store meta: the user's hidden and renamed library entries

class MainWindow(QMainWindow):
    def __init__(self, store: ReportStore, library: ProfileLibrary | None = None,
                 settings: AppSettings | None = None) -> None:
        super().__init__()
        self.store = store
        self.library = library or default_library()
        self.settings = settings or AppSettings()
        self.setWindowIcon(QIcon(str(resource_path("icons", "perfeval-gui.png"))))
        self.doc: ReportDocument | None = None
        self._editing_demo = False
        self.saver: AutoSaver | None = None
        self.editor: ReportEditor | None = None
        self.editor_page: QWidget | None = None
        self.banner: LockBanner | None = None
        self.holds = Holds(store)
        if store.read_only_reason is None:
            self._hold_store()
        self.list_page = ReportListPage(store, self.library)
        self.watcher = StoreWatcher(store, self)  # every view of the reports follows the store
        self.watcher.changed.connect(self._store_changed)
        self._summary_page: SummaryPage | None = None  # built when first shown (see summary_page)
        self.home = QTabWidget()  # the reports list, and the year at a glance beside it
        self.home.addTab(self.list_page, self.tr("Reports"))
        self.home.addTab(QWidget(), self.tr("Summary"))
        self.home.currentChanged.connect(self._home_tab_changed)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.home)
        self.store_banner = self._store_banner(store)
        if self.store_banner is None:
            self.setCentralWidget(self.pages)
        else:
            central = QWidget()
            column = QVBoxLayout(central)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(0)
            column.addWidget(self.store_banner)
            column.addWidget(self.pages)
            self.setCentralWidget(central)
        self.exports = ExportActions(self, self.library, self.settings)
        self.archives = ArchiveActions(self, self.library)
        self._warmed = False
        self._make_actions()
        self.list_page.table.doubleClicked.connect(lambda _: self.open_selected())
        self.list_page.open_button.clicked.connect(self.open_selected)
        self.list_page.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list_page.table.customContextMenuRequested.connect(self._report_menu)
        self._update_title()
        self._update_actions()
        self.statusBar().showMessage(self.tr("%n report(s)", "", self.list_page.model.rowCount()))
        self.rescore_stale_totals()
        self.setAcceptDrops(True)  # report files, Word/Excel tables, archives: see open_files
        self.file_server: FileServer | None = None  # set once the window is up (app.serve_files)
        self._find_unreadable()

    def _find_unreadable(self) -> None:
        """Reports holding a value no field can hold are marked in the list (found in a worker
        thread, through a connection of its own: the list shows meanwhile)."""
        from ...store.repository import unreadable_in  # looked up here: tests make it fail

        page, path = self.list_page, self.store.path

        def mark(problems: dict[int, str]) -> None:
            if problems and shiboken_valid(page):
                page.mark_unreadable(problems)

        def failed(exc: BaseException) -> None:
            # the list still shows every report; a bad one says why when it is opened
            log_exception(exc, "looking for reports that do not open")

        run_in_background(lambda: unreadable_in(path), mark, failed, owner=page)

    def _store_banner(self, store: ReportStore) -> QLabel | None:
        """A store that cannot be written: a bar over everything saying why (its reports are
        shown, nothing can be changed)."""
        if store.read_only_reason is None:
            return None
        why = store.read_only_reason.message.text(message_language())
        banner = QLabel(self.tr("This store is read-only: %1 — its reports are shown, nothing can "
                                "be changed. Copy the file somewhere writable (or make it writable) "
                                "to edit.").replace("%1", why))
        banner.setObjectName("storeBanner")
        banner.setWordWrap(True)
        banner.setStyleSheet("#storeBanner { background: #fff4ce; border-bottom: 1px solid #e0c060;"
                             " padding: 6px; }")
        return banner

    @property
    def read_only_store(self) -> bool:
        return self.store.read_only_reason is not None

    @property
    def summary_page(self) -> SummaryPage:
        """The 汇总 page, made the first time it is asked for (most starts never show it, and
        its module, charts and queries need not be part of them)."""
        if self._summary_page is None:
            from ..summary import summary_page as module

            page = module.SummaryPage(self.store, self.library)
            page.open_report.connect(self.open_report)
            page.import_report.connect(lambda report: self.open_report(self.store.create(report)))
            self._summary_page = page
            shown = self.home.currentIndex() == SUMMARY_TAB
            self.home.blockSignals(True)
            placeholder = self.home.widget(SUMMARY_TAB)
            self.home.removeTab(SUMMARY_TAB)
            placeholder.deleteLater()
            self.home.insertTab(SUMMARY_TAB, page, self.tr("Summary"))
            if shown:
                self.home.setCurrentIndex(SUMMARY_TAB)
            self.home.blockSignals(False)
        return self._summary_page

    def _summary_shown(self) -> SummaryPage | None:
        """The 汇总 page where it is the tab shown (never made for the asking)."""
        return self._summary_page if self.home.currentIndex() == SUMMARY_TAB else None

    def rescore_stale_totals(self) -> None:
        """Totals cached by other profile files or another version of the program are
        recomputed in steps between events (the window stays usable), then listed."""
        if self.read_only_store or not is_stale(self.store, self.library):
            return  # a read-only store keeps the figures it has
        store, steps = self.store, rescore_steps(self.store, self.library)

        def step() -> None:
            if self.store is not store or store.closed:
                return  # the user moved on to another store file, or the window is closing
            try:
                next(steps)
            except StopIteration:
                self.list_page.refresh()
                if page := self._summary_shown():
                    page.reload()
                return
            except UserError as exc:  # a read-only store: the list keeps what it has
                self.statusBar().showMessage(exc.text(message_language()), 8000)
                return
            QTimer.singleShot(0, self, step)

        QTimer.singleShot(0, self, step)

    def _hold_store(self) -> None:
        try:
            self.holds.hold_store()
        except UserError as exc:  # a read-only store still shows its reports
            self.statusBar().showMessage(exc.text(message_language()), 5000)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._warmed:
            self._warmed = True
            # after the first paint and the last report's opening, not competing with them
            QTimer.singleShot(WARM_UP_AFTER_MS, self._warm_up)
            # no file dialog opens in the first tenth of a second: its fitting loads then
            QTimer.singleShot(FIT_DIALOGS_AFTER_MS, self._fit_file_dialogs)

    def _fit_file_dialogs(self) -> None:
        from ..base.file_dialog_fit import fit_file_dialogs  # Qt's dialog classes: ~6 ms

        fit_file_dialogs(QApplication.instance())  # type: ignore[arg-type]

    def _warm_up(self) -> None:
        """What the first export will need, loaded in a worker thread."""
        self.exports.warm_up()

    def open_files(self, paths: list[str]) -> None:
        """Files given on the command line, dropped on the window or handed over by a second
        start: opened or imported as from the menu (file_opening)."""
        from .file_opening import open_files

        if self.isMinimized():
            self.showNormal()
        self.raise_()
        self.activateWindow()
        open_files(self, paths)

    @staticmethod
    def _dropped_files(event: QDropEvent | QDragMoveEvent) -> list[str]:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        return [url.toLocalFile() for url in urls if url.isLocalFile()]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_files(event):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._dropped_files(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = self._dropped_files(event)
        if paths:
            event.acceptProposedAction()
            # after the drop has ended: the previews are modal, the file manager must not wait
            QTimer.singleShot(0, lambda: self.open_files(paths))

    def reopen_last(self) -> None:
        """Start where the user left off: the report open when the app last closed."""
        last = self.store.meta("last_report")
        live = {s.id for s in self.store.list()}
        if last is not None and last.isdigit() and int(last) in live:
            self.open_report(int(last))

    # ------------------------------------------------------------------------ actions

    def _action(self, text: str, slot, shortcut=None) -> QAction:  # type: ignore[no-untyped-def]
        action = QAction(text, self)
        action.triggered.connect(slot)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        return action

    def _make_actions(self) -> None:
        a = self._action
        self.new_action = a(self.tr("New report"), self.new_report, QKeySequence.StandardKey.New)
        self.from_last_year_action = a(self.tr("New from last year's report…"), self.new_from_last_year)
        self.self_evaluation_action = a(self.tr("New self-evaluation from this form"),
                                        self.new_self_evaluation)
        self.demo_action = a(self.tr("Open the demo report"), self.open_demo)
        self.new_declaration_action = a(self.tr("New target declaration…"),
                                        lambda: self.new_form(DECLARATION))
        self.new_monitoring_action = a(self.tr("New monitoring form…"),
                                       lambda: self.new_form(MONITORING))
        self.import_action = a(self.tr("Import JSON…"), self.import_json)
        self.import_documents_action = a(self.tr("Import from Word/Excel…"), self.import_documents)
        self.export_json_action = a(self.tr("Export JSON…"), self.export_json)
        self.delete_action = a(self.tr("Delete report"), self.delete_report)
        self.compare_action = a(self.tr("Compare years…"), self.compare_years)
        self.bin_action = a(self.tr("Recycle bin…"), self.show_recycle_bin)
        self.back_action = a(self.tr("Back to the list"), self.show_list)
        self.back_action.setShortcut(QKeySequence("Ctrl+L"))
        self._make_format_actions()
        self.table_print_action = a(self.tr("Print the self-evaluation table alone…"),
                                    lambda: self._print(False, table_only=True))
        self.preview_action = a(self.tr("Print preview…"), lambda: self._print(True))
        self.print_action = a(self.tr("Print…"), lambda: self._print(False), QKeySequence.StandardKey.Print)
        self.export_archive_action = a(self.tr("Export a year archive…"),
                                       lambda: self.archives.export_year(self.store))
        self.import_archive_action = a(self.tr("Import a year archive…"), self.import_archive)
        self.save_as_action = a(self.tr("Save to another store file…"), self.save_as)
        self.restore_action = a(self.tr("Restore a backup…"), self.restore_backup)
        self.quit_action = a(self.tr("Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.library_action = a(self.tr("Indicator library…"), self.edit_library)
        self.settings_action = a(self.tr("Settings…"), self.show_settings)
        self.about_action = a(self.tr("About…"), self.show_about)
        self.undo_action = a(self.tr("Undo"), self._undo, QKeySequence.StandardKey.Undo)
        self.redo_action = a(self.tr("Redo"), self._redo, QKeySequence.StandardKey.Redo)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])

        menu = self.menuBar().addMenu(self.tr("&File"))
        for action in (self.new_action, self.from_last_year_action, self.self_evaluation_action,
                       self.demo_action, None, self.import_action, self.import_documents_action,
                       self.export_json_action, None, *self.export_actions.values(),
                       self.preview_action, self.print_action, None,
                       *self.table_actions.values(), self.table_print_action, None,
                       *self.batch_actions.values(), None,
                       self.export_archive_action, self.import_archive_action, None, self.save_as_action,
                       self.restore_action, None, self.quit_action):
            menu.addSeparator() if action is None else menu.addAction(action)
        # the year's other forms, made beside the 自评表s (annual-cycle.md)
        menu.insertActions(self.demo_action, [self.new_declaration_action, self.new_monitoring_action])
        edit = self.menuBar().addMenu(self.tr("&Edit"))
        edit.addAction(self.undo_action)
        edit.addAction(self.redo_action)
        edit.addSeparator()
        edit.addAction(self.library_action)
        edit.addAction(self.settings_action)
        report = self.menuBar().addMenu(self.tr("&Report"))
        for action in (self.back_action, self.compare_action, self.delete_action, self.bin_action):
            report.addAction(action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.guide_action = a(self.tr("Filling-in guide"), self.show_guide_here,
                              QKeySequence.StandardKey.HelpContents)
        help_menu.addAction(self.guide_action)
        help_menu.addAction(self.about_action)
        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("mainToolbar")
        on_toolbar = [self.export_actions[fmt.key] for fmt in in_menu_order() if fmt.on_toolbar
                      and fmt.key in self.export_actions]
        for action in (self.back_action, self.new_action, *on_toolbar, self.preview_action,
                       self.undo_action, self.redo_action):
            toolbar.addAction(action)

    def _make_format_actions(self) -> None:
        """The entries of each export format (export/formats.py), in its menu order: the whole
        report, the 自评表 alone, every report of a year. Each is also an attribute named
        export_<key>_action, table_<key>_action, batch_<key>_action."""
        self.export_actions: dict[str, QAction] = {}
        self.table_actions: dict[str, QAction] = {}
        self.batch_actions: dict[str, QAction] = {}
        for fmt in in_menu_order():
            for kind, actions, label, slot in (
                    ("export", self.export_actions, fmt.menu_label,
                     lambda _=False, k=fmt.key: self._export(k)),
                    ("table", self.table_actions, fmt.table_label,
                     lambda _=False, k=fmt.key: self._export(k, table_only=True)),
                    ("batch", self.batch_actions, fmt.batch_label,
                     lambda _=False, k=fmt.key: self._export_year(k))):
                if label is not None:
                    actions[fmt.key] = self._action(say_format(label), slot)
                    setattr(self, f"{kind}_{fmt.key}_action", actions[fmt.key])

    def report_menu(self) -> QMenu:
        """A report's own menu in the list: what is done to the report under the pointer."""
        menu = QMenu(self)
        open_action = menu.addAction(self.tr("Open"))
        open_action.triggered.connect(self.open_selected)
        for action in (self.from_last_year_action, self.self_evaluation_action, self.compare_action,
                       self.export_json_action, self.delete_action):
            menu.addAction(action)
        return menu

    def _report_menu(self, position: QPoint) -> None:
        if self.list_page.selected_id() is not None:
            menu = self.report_menu()
            menu.exec(self.list_page.table.viewport().mapToGlobal(position))
            menu.deleteLater()

    def _update_actions(self) -> None:
        editing = self.doc is not None
        for action in (*self.export_actions.values(), self.preview_action,
                       self.print_action, *self.table_actions.values(), self.table_print_action,
                       self.export_json_action, self.back_action, self.save_as_action,
                       self.undo_action, self.redo_action):
            action.setEnabled(editing or action in (self.export_json_action,))
        self.delete_action.setEnabled(True)
        self.bin_action.setEnabled(not editing)
        if self.read_only_store:
            for action in (self.new_action, self.from_last_year_action, self.self_evaluation_action,
                           self.demo_action, self.import_action, self.import_documents_action,
                           self.import_archive_action, self.delete_action, self.bin_action,
                           self.restore_action, self.library_action, self.undo_action,
                           self.redo_action):
                action.setEnabled(False)
        for action in (self.new_declaration_action, self.new_monitoring_action):
            action.setEnabled(not self.read_only_store)

    # ------------------------------------------------------------------------ opening and closing

    def current_report(self) -> Report | None:
        if self.doc is not None:
            return self.doc.report
        report_id = self.list_page.selected_id()
        return self.store.load(report_id) if report_id is not None else None

    def open_selected(self) -> None:
        report_id = self.list_page.selected_id()
        if report_id is not None:
            self.open_report(report_id)

    def open_report(self, report_id: int) -> None:
        if not self.close_report():
            return
        try:
            holder = None if self.read_only_store else self.holds.take_report(report_id)
        except UserError:
            holder = None  # a store that cannot be written holds nothing; saving will say so
        try:
            report, revision = self.store.load_revisioned(report_id)
        except UserError as exc:
            if exc.message.code == "store.bad_report":
                self.list_page.mark_unreadable({report_id: str(exc.message.params.get("detail", ""))})
                self.list_page.select(report_id)
            QMessageBox.warning(self, self.tr("Cannot open the report"), exc.text(message_language()))
            return
        doc = ReportDocument(report, report_id, self.library, self, revision=revision,
                             read_only=holder is not None or self.read_only_store)
        self._edit(doc)
        if self.read_only_store:
            assert self.editor is not None
            make_read_only(self.editor)
        if holder is not None:
            assert self.editor is not None and self.editor_page is not None
            make_read_only(self.editor)
            self.banner = LockBanner(self.holds, report_id, holder)
            self.banner.take_over.connect(lambda: self.open_report(report_id))
            self.banner.timer.timeout.connect(self._follow_holder)
            self.editor_page.layout().insertWidget(0, self.banner)
            self.banner.show()
        self._remember(report_id)

    def _edit(self, doc: ReportDocument) -> None:
        self.doc = doc
        self._editing_demo = self._is_demo(doc.report_id)  # the title marks the 示例 report
        self.saver = AutoSaver(self.store, doc, self,
                               resolver=self._ask_about_conflicts)
        self.saver.saved.connect(lambda _: self._update_title())
        self.saver.failed.connect(self._save_failed)
        self.saver.merged.connect(self._merged)
        doc.last_year = self.last_year_actuals(doc.report_id)
        self.editor = ReportEditor(doc, indicator_library=self.indicator_library)
        self.editor_page = QWidget()
        page_layout = QVBoxLayout(self.editor_page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.setSpacing(0)
        page_layout.addWidget(self.editor)
        self.pages.addWidget(self.editor_page)
        self.pages.setCurrentWidget(self.editor_page)
        self.statusBar().clearMessage()
        doc.changed.connect(lambda _: self._update_title())
        self._update_title()
        self._update_actions()
        long_lived.settled()  # the report's objects: out of full collections while it is open

    def edit_library(self) -> None:
        """编辑 → 指标库: hide or rename the user's own library entries."""
        from ..reports.library_dialog import LibraryDialog

        prefs = self._library_prefs()
        library = self.indicator_library()
        dialog = LibraryDialog(library.entries, prefs.get("hidden", []), prefs.get("renamed", {}), self)
        if dialog.exec():
            try:
                self.store.set_meta(LIBRARY_PREFS, json.dumps(dialog.preferences(), ensure_ascii=False))
            except UserError as exc:
                QMessageBox.warning(self, self.tr("Cannot save"), exc.text(message_language()))

    def last_year_actuals(self, report_id: int | None) -> dict[tuple[str, str, str], str]:
        """The actuals of the report this one continues (read from it, not copied)."""
        try:
            previous = self.store.previous_id(report_id) if report_id is not None else None
            report = self.store.load(previous) if previous is not None else None
        except (UserError, sqlite3.DatabaseError):
            return {}  # a hint only: a damaged or vanished last year must not stop the opening
        if report is None:
            return {}
        return {indicator_key(i): i.actual for i in report.indicators if (i.actual or "").strip()}

    def indicator_library(self) -> IndicatorLibrary:
        """What the 三级指标 column offers: the shipped list, the user's files, this store's names."""
        prefs = self._library_prefs()
        try:
            stored = [entry_from_indicator(*row) for row in self.store.indicator_names()]
        except (UserError, sqlite3.DatabaseError):
            # a convenience only: a damaged page elsewhere in the store must not keep the
            # report from opening; the shipped list is still offered
            stored = []
        return shipped_library(stored, prefs.get("hidden", []), prefs.get("renamed", {}))

    def _library_prefs(self) -> dict:  # type: ignore[type-arg]
        """The user's hidden and renamed library entries, as kept in the store ({} where they
        do not read)."""
        try:
            prefs = json.loads(self.store.meta(LIBRARY_PREFS) or "{}")
        except (UserError, sqlite3.DatabaseError, ValueError):
            return {}
        return prefs if isinstance(prefs, dict) else {}

    def offer_link(self, report_id: int, report: Report) -> None:
        """An imported report that continues a stored project (same unit, same name but for its
        year) is linked to it once the user agrees."""
        candidates = self.store.link_candidates(report, exclude=report_id)
        if not candidates:
            return
        previous = max(candidates, key=lambda s: (s.year, s.id))
        answer = QMessageBox.question(
            self, self.tr("Same project as an earlier year?"),
            self.tr("“%1” looks like the next year of “%2” (%3) in this store. Link them, so the "
                    "years can be compared?").replace("%1", report.project.name or "")
            .replace("%2", previous.name).replace("%3", str(previous.year)))
        if answer == QMessageBox.StandardButton.Yes:
            try:
                self.store.link(report_id, previous.id)
            except UserError as exc:  # the report is stored; only the link is not
                QMessageBox.warning(self, self.tr("Cannot save"),
                                    self.tr("The link to the earlier year could not be saved to the store:")
                                    + "\n" + exc.text(message_language()))

    def compare_years(self) -> None:
        """历年对比 of the open or selected report's project."""
        report_id = self.doc.report_id if self.doc else self.list_page.selected_id()
        if report_id is None:
            return
        if self.doc is not None and self.saver is not None:
            self.saver.flush()  # the comparison reads the store
        try:
            reports = [self.store.load(i) for i in self.store.project_reports(report_id)]
            from ..reports.comparison_dialog import ComparisonDialog

            dialog = ComparisonDialog(reports, self.library, self) if len(reports) > 1 else None
            if dialog is not None:
                dialog.follow(self.watcher, lambda: [self.store.load(i)
                                                     for i in self.store.project_reports(report_id)])
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Cannot compare"), exc.text(message_language()))
            return
        if dialog is None:
            QMessageBox.information(self, self.tr("Compare years"), self.tr(
                "This report has no other year linked to it yet. Make next year's report with "
                "“New from last year's report”, or link an imported one."))
            return
        dialog.exec()

    def _remember(self, report_id: int | None) -> None:
        if self.read_only_store:
            return
        try:
            # which report to reopen: a power cut may lose it at no cost, so no fsync of its own
            self.store.set_meta("last_report", "" if report_id is None else str(report_id),
                                durable=False)
        except UserError as exc:  # a convenience only: a read-only store still opens its reports
            self.statusBar().showMessage(exc.text(message_language()), 5000)

    def close_report(self) -> bool:
        """Save and close the open report; False where it could not be saved."""
        if self.doc is None:
            return True
        assert self.saver is not None and self.editor is not None
        self.doc.end_typing()
        if not self.saver.flush():
            return False
        if self.doc.report_id is not None and not self.doc.read_only:
            self._let_go(self.doc.report_id)
        assert self.editor_page is not None
        self.pages.removeWidget(self.editor_page)
        self.editor_page.deleteLater()
        self.doc.deleteLater()
        self.doc = self.saver = self.editor = self.editor_page = self.banner = None
        long_lived.released()
        self._update_title()
        self._update_actions()
        return True

    def show_list(self) -> None:
        opened = self.doc.report_id if self.doc else None
        if self.close_report():
            self._remember(None)
            self.list_page.fill_years()
            self.list_page.refresh()
            self.list_page.select(opened)
            self.pages.setCurrentWidget(self.home)
            if page := self._summary_shown():
                page.reload()

    def _update_title(self) -> None:
        title = self.tr("Project Expenditure Performance Self-Evaluation")
        if self.doc is not None:
            report = self.doc.report
            name = report.project.name or self.tr("(untitled)")
            # the year and the unit: two years of one project must not look the same
            name = self.tr("%1 (%2, %3)").replace("%1", name).replace("%2", str(report.year)) \
                .replace("%3", report.project.unit or self.tr("no unit"))
            if self._editing_demo:
                name += self.tr(" (demo)")
            # a project's forms of one year must not look the same either
            name += {DECLARATION: self.tr(" · target declaration"),
                     MONITORING: self.tr(" · monitoring form")}.get(report.form, "")
            saved = self.saver.last_saved if self.saver else None
            if self.doc.read_only:
                state = self.tr("read-only")
            elif self.saver and self.saver.dirty:
                state = self.tr("saving…")
            elif saved:
                state = self.tr("saved at %1").replace("%1", saved.strftime("%H:%M:%S"))
            else:
                state = self.tr("saved")
            title = f"{name} — {state} — {title}"
        self.setWindowTitle(title)

    def _is_demo(self, report_id: int | None) -> bool:
        try:
            return report_id is not None and any(s.is_demo and s.id == report_id for s in self.store.list())
        except UserError:
            return False  # a store that cannot be read: the title says less, nothing breaks

    def closeEvent(self, event: QCloseEvent) -> None:
        self.list_page.closing = True
        if self.close_report():
            try:
                if not self.read_only_store:
                    self.holds.release_all()
            except UserError:
                pass  # a hold left behind is stale once this process is gone
            remember_geometry(self, self.settings)
            event.accept()
        else:
            self.list_page.closing = False
            event.ignore()

    def _let_go(self, report_id: int) -> None:
        try:
            self.holds.release_report(report_id)
        except UserError:
            pass  # a hold left behind is stale once this process is gone

    def _ask_about_conflicts(self, conflicts: list) -> set[str]:
        label_of = self.editor.label_of if self.editor is not None else str
        from ..editor.conflict_dialog import ConflictDialog

        return ConflictDialog(conflicts, self, label_of=label_of).ask()

    def _follow_holder(self) -> None:
        """A read-only view shows what the holding window saves."""
        doc = self.doc
        if doc is None or not doc.read_only or doc.report_id is None:
            return
        try:
            if self.store.revision(doc.report_id) == doc.revision:
                return
            report, revision = self.store.load_revisioned(doc.report_id)
        except UserError:
            return  # asked again at the next poll
        doc.adopt(report, revision)

    def _merged(self, _theirs: object) -> None:
        self.statusBar().showMessage(self.tr("Changes saved in another window were merged in."), 8000)

    # ------------------------------------------------------------------------ saving problems

    def _save_failed(self, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Cannot save"),
                          self.tr("Your edits could not be saved to the store:") + "\n" + message
                          + "\n\n" + self.tr("They stay in this window. Save them to another file?"),
                          parent=self)
        save_as = box.addButton(self.tr("Save as…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is save_as:
            self.save_as()

    def save_as(self) -> None:
        """另存为: move the open report into another store file and keep working there."""
        if self.saver is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save to another store file"),
                                              str(Path.home() / "reports.sqlite"),
                                              self.tr("Report store (*.sqlite)"))
        if not path:
            return
        try:
            store = ReportStore(path)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Cannot save"), exc.text(message_language()))
            return
        old_id = self.doc.report_id if self.doc else None
        if self.saver.move_to(store):
            if old_id is not None:
                self._let_go(old_id)
            self.store = store
            self._use_store_in_pages(store)
            self.holds = Holds(store)
            self._hold_store()
            if self.doc is not None and self.doc.report_id is not None:
                self.holds.take_report(self.doc.report_id)

    def restore_backup(self) -> None:
        """恢复备份: the open report is saved and closed, the store backed up, then replaced."""
        from .restore_dialog import RestoreDialog

        dialog = RestoreDialog(self.store.path, self)
        if dialog.exec() != RestoreDialog.DialogCode.Accepted or dialog.chosen is None:
            return
        from ...store.backup_check import verify  # sqlite-utils: not a start's work

        problem = verify(dialog.chosen)  # before anything is closed: refused, untouched
        if problem is not None:
            QMessageBox.warning(self, self.tr("Cannot restore"), problem.text(message_language()))
            return
        others = self.holds.store_holders()
        if others:
            QMessageBox.warning(self, self.tr("Cannot restore"), UserError(
                str(self.store.path), "store.held", pid=others[0].pid, host=others[0].host,
            ).text(message_language()))
            return
        if not self.close_report():
            return
        path = self.store.path
        self.holds.release_all()
        self.store.close()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            backups.replace_with(dialog.chosen, path)  # checked above
        except UserError as exc:
            QApplication.restoreOverrideCursor()
            QMessageBox.warning(self, self.tr("Cannot restore"), exc.text(message_language()))
        else:
            QApplication.restoreOverrideCursor()
        self.store = ReportStore(path)
        self._use_store_in_pages(self.store)
        self.holds = Holds(self.store)
        self._hold_store()
        self.show_list()
        self.statusBar().showMessage(self.tr("The backup was restored."), 8000)

    # ------------------------------------------------------------------------ list actions

    # the dialogs load when first opened: the first window shows none of them

    def show_settings(self) -> None:
        from .settings_dialog import SettingsDialog

        SettingsDialog(self.settings, self.library, self).exec()

    def show_recycle_bin(self) -> None:
        from ..reports.recycle_bin import RecycleBinDialog

        if self.doc is None:
            dialog = RecycleBinDialog(self.store, self, self.watcher)
            dialog.exec()
            self.show_list()

    def show_guide_here(self) -> None:
        """F1: the guide at the topic of the field with focus, or of the finding selected."""
        focus = QApplication.focusWidget()
        show_guide(self, self.editor.help_topic(focus) if self.editor is not None else self._home_topic())

    def _home_topic(self) -> str:
        """F1 without a report open: the list (its 表单 column, a project's forms together) or
        the 监控汇总; the 自评表s' 汇总 has no part of its own."""
        if self.home.currentIndex() != SUMMARY_TAB:
            return "report_list"
        page = self._summary_page
        return "monitoring_summary" if page is not None and page.form_choice.currentData() == MONITORING \
            else ""

    def show_about(self) -> None:
        from .about_dialog import AboutDialog

        AboutDialog(str(self.store.path), self).exec()

    def new_report(self) -> None:
        profile = self.settings.get("default_profile")
        if profile not in self.library.profiles:
            profile = DEFAULT_PROFILE
        report = new_report(profile, self.settings.cover_defaults())
        if not self.close_report():
            return
        doc = ReportDocument(report, None, self.library, self)
        self._edit(doc)
        assert self.saver is not None
        self.saver.mark_all()
        if self.saver.flush() and doc.report_id is not None:
            self.holds.take_report(doc.report_id)
            self._remember(doc.report_id)  # a restart reopens it, not the report before

    def new_form(self, form: str) -> None:
        """新建 申报表 / 运行监控表; a monitoring form from the open or selected report where that
        is the project's declaration or self-evaluation (the dialog offers blank too)."""
        from ..reports.new_form_dialog import NewFormDialog

        source_id = self.doc.report_id if self.doc is not None else self.list_page.selected_id()
        if self.doc is not None and self.saver is not None:
            self.doc.end_typing()
            if not self.saver.flush():
                return
        try:
            source = self.store.load(source_id) if source_id is not None else None
        except UserError:  # a report that does not load (the list marks it): start blank
            source = None
        if source is not None and source.form not in (DECLARATION, SELF_EVALUATION):
            source = None  # a monitoring form starts from the declaration or a self-evaluation
        profile = self.settings.get("default_profile")
        dialog = NewFormDialog(form, source, self.library,
                               profile if profile in self.library.profiles else DEFAULT_PROFILE,
                               self.settings.cover_defaults(), self)
        opened = self.doc.report_id if self.doc is not None else None
        if not dialog.exec() or dialog.report is None or not self.close_report():
            return
        made = dialog.report

        def keyed(stored: Report) -> Report:  # the source gets the project's key where it has none
            if made.project_key and not stored.project_key:
                stored.project_key = made.project_key
            return made

        try:  # one transaction: the source's key and the new form, both or neither
            if source_id is not None and source is not None:
                new_id = self.store.create_from(source_id, keyed)
            else:
                new_id = self.store.create(made)
        except UserError as exc:
            what = (self.tr("The new declaration form could not be saved to the store:")
                    if form == DECLARATION else
                    self.tr("The new monitoring form could not be saved to the store:"))
            self._not_created(what, exc, opened)
            return
        self.open_report(new_id)

    def _not_created(self, what: str, exc: UserError, reopen: int | None) -> None:
        """A new report the store refused (read-only, disk full, locked): nothing of it was
        kept (one transaction); the user is told what was not saved and why, and finds the
        report that was open open again, or the list."""
        QMessageBox.warning(self, self.tr("Cannot save"),
                            what + "\n" + exc.text(message_language()))
        if reopen is not None:
            self.open_report(reopen)
        else:
            self.show_list()

    def new_from_last_year(self) -> None:
        """由上年报告新建 from the open report, else from the one selected in the list; the
        dialog names it before anything is made."""
        opened = self.doc is not None
        if self.doc is not None:
            report_id = self.doc.report_id
            self.doc.end_typing()  # the name being typed is the one the dialog shows
            if self.saver is not None and not self.saver.flush():
                return
        else:
            self.watcher.check()  # a list that has just changed is followed before it is read
            report_id = self.list_page.selected_id()
        if report_id is None:
            return
        from ..reports.source_report_dialog import SourceReportDialog

        year = SourceReportDialog.ask(self.store.load(report_id), self)
        if year is None or (self.doc is not None and not self.close_report()):
            return
        try:
            new_id, made = self.store.create_next_year(report_id, year)
        except UserError as exc:
            self._not_created(self.tr("Next year's report could not be saved to the store:"),
                              exc, report_id if opened else None)
            return
        self.open_report(new_id)
        if made.review:  # beside the new report, not in its way: the user checks each against it
            from ..reports.next_year_dialog import NextYearChangesDialog

            review = NextYearChangesDialog(made.review, year, self)
            review.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            review.jump.connect(lambda where, rid=new_id: self.editor.go_to(where)  # type: ignore[union-attr]
                                if self.doc is not None and self.doc.report_id == rid else None)
            review.show()

    def new_self_evaluation(self) -> None:
        """新建自评 from the year's monitoring form or declaration (open or selected): its
        indicators, targets and weights carried, the declared target and the mid-year figures
        kept on each row as hints (core/cycle.py); the source gets the project key it shares."""
        report_id = self.doc.report_id if self.doc is not None else self.list_page.selected_id()
        if report_id is None:
            return
        try:
            source = self.doc.report if self.doc is not None else self.store.load(report_id)
            if source.form == SELF_EVALUATION:
                QMessageBox.information(self, self.tr("New self-evaluation"), self.tr(
                    "Choose the project's declaration or monitoring form: the self-evaluation "
                    "is made from it. For next year's self-evaluation use “New from last "
                    "year's report”."))
                return
            made = [s for s in self.store.list(year=source.year) if s.form == SELF_EVALUATION
                    and source.project_key and s.project_key == source.project_key]
            if made and QMessageBox.question(self, self.tr("New self-evaluation"), self.tr(
                    "The project already has a self-evaluation for %1. Make another one? "
                    "(No opens the one there is.)").replace("%1", str(source.year))
            ) != QMessageBox.StandardButton.Yes:
                self.open_report(made[0].id)
                return
            opened = self.doc is not None
            if self.doc is not None and not self.close_report():  # saved: the copy reads the store
                return
            from ...core.cycle import self_evaluation_from
        except UserError as exc:
            QMessageBox.warning(self, self.tr("New self-evaluation"), exc.text(message_language()))
            return
        try:
            new_id = self.store.create_from(report_id, self_evaluation_from)
        except UserError as exc:
            self._not_created(self.tr("The new self-evaluation could not be saved to the store:"),
                              exc, report_id if opened else None)
            return
        self.open_report(new_id)

    def open_demo(self) -> None:
        demo = next((s for s in self.store.list() if s.is_demo), None)
        if demo is None:
            try:
                report_id = self.store.create(read_report_file(demo_report_path()), is_demo=True)
            except UserError as exc:
                QMessageBox.warning(self, self.tr("Cannot save"),
                                    self.tr("The demo report could not be saved to the store:")
                                    + "\n" + exc.text(message_language()))
                return
        else:
            report_id = demo.id
        self.open_report(report_id)

    def delete_report(self) -> None:
        report_id = self.doc.report_id if self.doc else self.list_page.selected_id()
        if report_id is None:
            return
        report = self.store.load(report_id)
        answer = QMessageBox.question(
            self, self.tr("Delete report"),
            self.tr("Move “%1” (%2) to the recycle bin? It can be restored until the bin is emptied.")
            .replace("%1", report.project.name or "").replace("%2", str(report.year)))
        if answer != QMessageBox.StandardButton.Yes:
            return
        if self.doc is not None and not self.close_report():
            return
        self.store.delete(report_id)
        self.show_list()

    def import_json(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import a report"), str(Path.home()),
                                              self.tr("Report (*.json)"))
        if not path:
            return
        try:
            report = read_report_file(path)  # a profile this PC lacks: the editor's banner says so
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Cannot import"), exc.text(message_language()))
            return
        try:
            report_id = self.store.create(report)
        except UserError as exc:  # a store that cannot be written, or a report beyond the limits
            QMessageBox.warning(self, self.tr("Cannot import"),
                                self.tr("The imported report could not be saved to the store:")
                                + "\n" + exc.text(message_language()))
            return
        self.offer_link(report_id, report)
        self.open_report(report_id)

    def import_documents(self) -> None:
        """从 Word/Excel 导入: last year's 自评表, this year's 申报表, old 自评报告."""
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import from Word or Excel"), str(Path.home()),
            self.tr("Word or Excel (*.docx *.xlsx *.xls);;All files (*)"))
        opened = self.doc.report_id if self.doc else None
        if not paths or not self.close_report():  # saved first: targets may go into it
            return
        from ..files.document_import import import_files

        chosen: list[int] = []  # the project's stored form of that year, opened instead
        written = import_files(self, self.store, paths, chosen)
        for report_id in written:  # a new year of a stored project: linked once the user agrees
            if self.store.previous_id(report_id) is None:
                self.offer_link(report_id, self.store.load(report_id))
        if len(written) == 1 or (not written and (chosen or opened is not None)):
            self.open_report(written[0] if written else chosen[0] if chosen else opened)  # type: ignore[arg-type]
        else:
            self.show_list()
        self.say_imported(len(written))

    def say_imported(self, count: int) -> None:
        self.statusBar().showMessage(self.tr("%n report(s) imported", "", count), 8000)

    def export_json(self) -> None:
        report = self.current_report()
        if report is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export JSON"),
                                              str(Path.home() / f"{safe_file_name(report)}.json"),
                                              self.tr("Report (*.json)"))
        if not path:
            return
        text = report_to_json(report)
        try:
            write_atomically(path, lambda target: target.write_text(text + "\n", encoding="utf-8"))
        except ExportError as exc:
            QMessageBox.warning(self, self.tr("Export failed"), exc.text(message_language()))

    def _export(self, kind: str, table_only: bool = False) -> None:
        if self.doc is not None:
            self.exports.export(self.doc.report, kind, table_only)

    def _print(self, preview: bool, table_only: bool = False) -> None:
        if self.doc is not None:
            self.exports.print_report(self.doc.report, preview, table_only)

    def _export_year(self, kind: str) -> None:
        years = self.store.years()
        if not years:
            return
        year, ok = QInputDialog.getItem(self, self.tr("Export a year"), self.tr("Year:"),
                                        [str(y) for y in years], 0, False)
        if ok:
            self.exports.export_year(self.store, int(year), kind)

    def _use_store_in_pages(self, store: ReportStore) -> None:
        self.list_page.store = store
        if self._summary_page is not None:
            self._summary_page.store = store
        if self.file_server is not None:  # later starts on the new store hand their files here
            self.file_server.serve_store(store.path)
        self.watcher.use(store)

    def _store_changed(self) -> None:
        """A report was made, renamed, deleted or restored (here or in another window): every
        view of the reports shows it; a hidden one when it is next shown."""
        self.list_page.follow_store()
        if self._summary_page is not None:
            self._summary_page.follow_store()

    def _home_tab_changed(self) -> None:
        if self.home.currentIndex() == SUMMARY_TAB:
            page = self.summary_page
            page.fill_years()
            page.reload()

    def import_archive(self) -> None:
        if self.archives.import_archive(self.store):
            self.show_list()

    def _undo(self) -> None:
        if self.doc is not None:
            self.doc.end_typing()
            self.doc.undo_stack.undo()

    def _redo(self) -> None:
        if self.doc is not None:
            self.doc.undo_stack.redo()
