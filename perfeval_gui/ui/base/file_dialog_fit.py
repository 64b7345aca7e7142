"""Qt's own file dialog (where the desktop offers none) shown whole: the name column takes the
room, size, kind and date fit their contents, and dates read 2026-12-06 14:05 whatever the
system's locale (a C locale printed "6 12 2026").

The dialogs are made inside Qt's static functions; each is fitted when it first takes the
keyboard focus (a signal the application gives anyway, no filter on every event)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QFileSystemModel,
    QHeaderView,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from .sort_arrows import point_the_order

DATE_COLUMN = 3  # QFileSystemModel: name, size, type, date modified
DATE_FORMAT = "yyyy-MM-dd HH:mm"
MIN_SIZE = (860, 480)
SIDEBAR = 170


class DateDelegate(QStyledItemDelegate):
    def initStyleOption(self, option: QStyleOptionViewItem,
                        index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        model = index.model()
        if index.column() == DATE_COLUMN and isinstance(model, QFileSystemModel):
            option.text = model.lastModified(index).toString(DATE_FORMAT)


def fit(dialog: QFileDialog) -> None:
    """Whole columns and ISO dates in *dialog*'s detail view; room enough to show them."""
    dialog.setProperty("fitted", True)
    for view in dialog.findChildren(QTreeView):
        delegate = DateDelegate(view)
        view.setItemDelegateForColumn(DATE_COLUMN, delegate)
        header = view.header()
        point_the_order(header)  # ▲ over a-z, as in the window's own tables
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, header.count()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    dialog.resize(max(dialog.width(), MIN_SIZE[0]), max(dialog.height(), MIN_SIZE[1]))
    for splitter in dialog.findChildren(QSplitter):  # the places beside the files, named whole
        splitter.setSizes([SIDEBAR, max(dialog.width() - SIDEBAR, MIN_SIZE[0] // 2)])


def _focused(_old: QWidget | None, new: QWidget | None) -> None:
    dialog = new.window() if new is not None else None
    if isinstance(dialog, QFileDialog) and not dialog.property("fitted"):
        fit(dialog)


def fit_file_dialogs(app: QApplication) -> None:
    """Fit every file dialog of *app* when it first takes the focus (once per application)."""
    if not app.property("fitsFileDialogs"):
        app.setProperty("fitsFileDialogs", True)
        app.focusChanged.connect(_focused)
