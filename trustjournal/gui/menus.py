"""The window's menu bar: File, Edit, View and Help, built from the window's actions.

Actions that already exist (lock, export, the pages…) are reused, so a menu item and
its toolbar button or shortcut are one thing. Keys that a page handles itself (Ctrl+S
in the editor, the history) are shown in the menu without being bound twice.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu

from trustjournal.core.i18n import translate
from trustjournal.gui import shortcuts
from trustjournal.gui.theme import CHOICE_LABELS, CHOICES

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from trustjournal.gui.main_window import MainWindow


def _add(menu: QMenu, window: MainWindow, text: str, slot: object,
         keys: QKeySequence | str | None = None, *, shown_only: bool = False) -> QAction:
    action = QAction(text, window)
    if keys is not None:
        action.setShortcut(QKeySequence(keys))
    if shown_only:
        shortcuts.shown_only(action)
    action.triggered.connect(slot)
    menu.addAction(action)
    return action


def _focus_call(name: str) -> None:
    """Undo, copy… on whatever text field has the keyboard."""
    widget = QApplication.focusWidget()
    method = getattr(widget, name, None)
    if callable(method):
        method()


def build_menu_bar(window: MainWindow) -> dict[str, QMenu]:
    """Fill `window`'s menu bar; gives the menus by name ("file", "edit", "view",
    "theme", "help"). Actions that need an open journal go in
    `window.journal_menu_actions` (hidden while it is locked). A page that brings its own
    action (a distraction-free mode) adds it with `window.menus["view"].addAction(...)`
    and `window.addAction(...)` when it is built."""
    bar = window.menuBar()
    menus: dict[str, QMenu] = {}
    key = QKeySequence.StandardKey
    journal_only: list[QAction] = []

    file = menus["file"] = bar.addMenu(translate("Menus", "&File"))
    journal_only.append(_add(file, window, translate("Menus", "&New entry"), window.write_new,
                             key.New, shown_only=True))
    journal_only.append(_add(file, window, translate("Menus", "&Save"), window.save_now,
                             key.Save, shown_only=True))
    file.addAction(window.urge_action)
    journal_only.append(window.urge_action)
    file.addSeparator()
    for action in (window.import_action, window.export_action, window.backups_action):
        file.addAction(action)
    file.addSeparator()
    file.addAction(window.lock_action)
    file.addAction(window.settings_action)
    window.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
    file.addSeparator()
    file.addAction(window.quit_action)
    window.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

    edit = menus["edit"] = bar.addMenu(translate("Menus", "&Edit"))
    for text, name, keys in ((translate("Menus", "&Undo"), "undo", key.Undo),
                             (translate("Menus", "&Redo"), "redo", key.Redo),
                             (None, None, None),
                             (translate("Menus", "Cu&t"), "cut", key.Cut),
                             (translate("Menus", "&Copy"), "copy", key.Copy),
                             (translate("Menus", "&Paste"), "paste", key.Paste),
                             (translate("Menus", "Select &all"), "selectAll",
                              key.SelectAll)):
        if text is None:
            edit.addSeparator()
            continue
        _add(edit, window, text, lambda _=False, n=name: _focus_call(n), keys, shown_only=True)
    edit.addSeparator()
    journal_only.append(_add(edit, window, translate("Menus", "&History of this entry…"),
                             window.show_entry_history, shortcuts.HISTORY, shown_only=True))
    edit.addAction(window.find_action)

    view = menus["view"] = bar.addMenu(translate("Menus", "&View"))
    for action in window.page_actions:
        view.addAction(action)
        journal_only.append(action)
    view.addSeparator()
    theme = menus["theme"] = view.addMenu(translate("Menus", "&Theme"))
    group = QActionGroup(window)
    group.setExclusive(True)
    window.theme_actions = {}
    for choice in CHOICES:
        action = QAction(translate("ThemeChoice", CHOICE_LABELS[choice]), window)
        action.setCheckable(True)
        action.setData(choice)
        action.triggered.connect(lambda _=False, c=choice: window.choose_theme(c))
        group.addAction(action)
        theme.addAction(action)
        window.theme_actions[choice] = action
    view.addSeparator()
    journal_only.append(_add(view, window, translate("Menus", "Markdown &preview"),
                             window.toggle_preview, "Ctrl+Shift+P", shown_only=True))

    help_menu = menus["help"] = bar.addMenu(translate("Menus", "&Help"))
    window.shortcuts_action = _add(help_menu, window, translate("Menus", "&Keyboard shortcuts"),
                                   window.show_shortcuts, "Ctrl+/")
    window.addAction(window.shortcuts_action)
    help_menu.addAction(window.safety_action)
    help_menu.addSeparator()
    help_menu.addAction(window.privacy_action)
    window.not_therapy_action = _add(help_menu, window, translate("Menus", "This is &not therapy"),
                                     window.show_not_therapy)
    help_menu.addSeparator()
    help_menu.addAction(window.about_action)
    window.about_action.setMenuRole(QAction.MenuRole.AboutRole)
    window.journal_menu_actions = journal_only
    return menus


def show_not_therapy(window: MainWindow) -> QMessageBox:
    from PySide6.QtWidgets import QMessageBox

    from trustjournal.gui.safety import not_therapy_text

    box = QMessageBox(QMessageBox.Icon.Information,
                      translate("Menus", "This is not therapy"),
                      not_therapy_text(), QMessageBox.StandardButton.Close, window)
    box.open()
    return box
