"""Key sequences shared by several screens, and the dialog that lists every shortcut."""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMenu, QMenuBar, QVBoxLayout, QWidget

from trustjournal.core.i18n import QT_TRANSLATE_NOOP, translate


def history_shortcut(platform: str = sys.platform) -> str:
    """The entry history's keys. On macOS Qt reads "Ctrl" as Cmd, and Cmd+H hides the
    app there, so history takes Cmd+Y (where Safari keeps its history too)."""
    return "Ctrl+Y" if platform == "darwin" else "Ctrl+H"


HISTORY = history_shortcut()
# Keys that no menu item carries: they work inside one page or dialog. The descriptions
# are shown as translate("Shortcuts", what); the keys are not translated.
IN_PLACE = (
    (QT_TRANSLATE_NOOP("Shortcuts", "Move the selected entry to the trash (Journal)"), "Del"),
    (QT_TRANSLATE_NOOP("Shortcuts",
                       "Trackers: add a promise, intention or worry in the tab shown"),
     "Ctrl+N"),
    (QT_TRANSLATE_NOOP("Shortcuts", "Trackers: save / put back what was saved"),
     "Enter / Esc"),
    (QT_TRANSLATE_NOOP("Shortcuts", "Next step of an exercise or check-in"),
     "Alt+Right, Ctrl+Return"),
    (QT_TRANSLATE_NOOP("Shortcuts", "Previous step of an exercise or check-in"), "Alt+Left"),
    (QT_TRANSLATE_NOOP("Shortcuts", "Progress: show 4 weeks … everything"), "Alt+1 … Alt+5"),
    (QT_TRANSLATE_NOOP("Shortcuts", "Progress: weekly review"), "Alt+W"),
    (QT_TRANSLATE_NOOP("Shortcuts", "Safety panel: hide now and lock"), "Alt+H"),
    (QT_TRANSLATE_NOOP("Shortcuts", "Close a dialog"), "Esc"),
)


def menu_shortcuts(menu_bar: QMenuBar) -> list[tuple[str, str]]:
    """(menu path, keys) of every menu item that has a shortcut, in menu order."""
    found: list[tuple[str, str]] = []

    def walk(menu: QMenu, path: str) -> None:
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu(), f"{path} › {plain(action.text())}")
            elif not action.isSeparator() and not action.shortcut().isEmpty():
                keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                found.append((f"{path} › {plain(action.text())}", keys))

    for action in menu_bar.actions():
        if action.menu() is not None:
            walk(action.menu(), plain(action.text()))
    return found


def plain(text: str) -> str:
    """A menu text without its mnemonic ampersands and trailing dots."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…")


class ShortcutsDialog(QDialog):
    """Every keyboard shortcut: those of the menus, read from the menus themselves, and
    those that work inside one page."""

    def __init__(self, menu_bar: QMenuBar, parent: QWidget | None = None) -> None:
        # Here, not with the module: the menus import it before the window's first
        # paint, and each Qt class creates its enums when first imported.
        from PySide6.QtWidgets import (
            QAbstractItemView,
            QDialogButtonBox,
            QHeaderView,
            QTableWidget,
            QTableWidgetItem,
        )

        super().__init__(parent)
        self.setWindowTitle(translate("ShortcutsDialog", "Keyboard shortcuts"))
        self.resize(620, 600)
        rows = menu_shortcuts(menu_bar) + [
            (translate("Shortcuts", what), keys) for what, keys in IN_PLACE]
        self.table = QTableWidget(len(rows), 2)
        self.table.setAccessibleName(translate("ShortcutsDialog", "Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([translate("ShortcutsDialog", "What"),
                                              translate("ShortcutsDialog", "Keys")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        for row, (what, keys) in enumerate(rows):
            for column, text in enumerate((what, keys)):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(row, column, item)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def rows(self) -> list[tuple[str, str]]:
        """What the table shows, row by row."""
        return [(self.table.item(r, 0).text(), self.table.item(r, 1).text())
                for r in range(self.table.rowCount())]


def shown_only(action: QAction) -> QAction:
    """Let a menu item show keys that a page's own shortcut already handles: the item's
    shortcut then works only while its menu is open, so the two never compete."""
    action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    return action
