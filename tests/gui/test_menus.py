"""The menu bar: File, Edit, View and Help with standard keys, the theme choice, and the
keyboard shortcut list that reads every menu."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QKeySequence, QPalette
from PySide6.QtWidgets import QApplication, QMessageBox

from trustjournal.gui import shortcuts, theme
from trustjournal.gui.about import AboutDialog
from trustjournal.gui.privacy import PrivacyDialog
from trustjournal.gui.shortcuts import ShortcutsDialog, history_shortcut, plain

StandardKey = QKeySequence.StandardKey


@pytest.fixture
def themed_window(qtbot, window, qapp: QApplication) -> Iterator:  # type: ignore[no-untyped-def]
    style, palette, font = qapp.style().name(), QPalette(qapp.palette()), qapp.font()
    yield window
    qapp.setStyleSheet("")
    qapp.setStyle(style)
    qapp.setPalette(palette)
    qapp.setFont(font)
    qapp.setProperty("trustjournalTheme", None)


def items(menu) -> dict[str, object]:  # type: ignore[no-untyped-def]
    return {plain(a.text()): a for a in menu.actions() if not a.isSeparator()}


def test_the_four_menus_hold_their_items_with_standard_keys(window) -> None:  # type: ignore[no-untyped-def]
    bar = window.menuBar()
    assert [plain(a.text()) for a in bar.actions()] == ["File", "Edit", "View", "Help"]
    file, edit, view, help_menu = (window.menus[n] for n in ("file", "edit", "view", "help"))
    expected = {
        (file, "New entry"): QKeySequence(StandardKey.New),
        (file, "Save"): QKeySequence(StandardKey.Save),
        (file, "Quit"): QKeySequence(StandardKey.Quit),
        (file, "Settings"): QKeySequence(StandardKey.Preferences),
        (file, "Lock"): QKeySequence("Ctrl+Shift+L"),
        (file, "Export"): QKeySequence("Ctrl+Shift+E"),
        (file, "Import"): QKeySequence("Ctrl+Shift+I"),
        (edit, "Undo"): QKeySequence(StandardKey.Undo),
        (edit, "Copy"): QKeySequence(StandardKey.Copy),
        (edit, "Paste"): QKeySequence(StandardKey.Paste),
        (edit, "Search"): QKeySequence(StandardKey.Find),
        (edit, "History of this entry"): QKeySequence(shortcuts.HISTORY),
        (view, "Today"): QKeySequence("Ctrl+1"),
        (view, "Trackers"): QKeySequence("Ctrl+4"),
        (view, "Search"): QKeySequence("Ctrl+6"),
        (help_menu, "Safety and support"): QKeySequence("F1"),
    }
    for (menu, text), keys in expected.items():
        action = items(menu)[text]
        assert action.shortcut() == keys, text
    assert {"Privacy", "This is not therapy", "About", "Keyboard shortcuts"} <= \
        set(items(help_menu))
    assert set(items(window.menus["theme"])) == {"Follow the system", "Light", "Dark"}
    assert items(file)["Backups"] is window.backups_action  # reused, not duplicated


def test_history_is_never_cmd_h_on_macos() -> None:
    # Qt reads "Ctrl" as Cmd on macOS, where Cmd+H hides the app.
    assert history_shortcut("darwin") != "Ctrl+H"
    assert QKeySequence(history_shortcut("darwin")) != QKeySequence("Ctrl+H")
    assert history_shortcut("linux") == "Ctrl+H"


def test_the_history_key_opens_the_history_once_and_the_menu_item_too(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.write_new()
    editor = window.journal_view.editor
    qtbot.keyClicks(editor.body_edit, "first words")
    assert editor.save()
    qtbot.keyClicks(editor.body_edit, " and more")
    assert editor.save()
    items(window.menus["edit"])["History of this entry"].trigger()
    from trustjournal.gui.history import HistoryDialog

    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(HistoryDialog)))


def test_the_shortcut_list_shows_every_menu_shortcut(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    dialog = window.show_shortcuts()
    assert isinstance(dialog, ShortcutsDialog) and dialog.isVisible()
    rows = dialog.rows()
    shown = {keys for _what, keys in rows}
    for menu in window.menus.values():
        for action in menu.actions():
            if not action.shortcut().isEmpty():
                native = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                assert native in shown, plain(action.text())
    assert ("Edit › History of this entry", QKeySequence(shortcuts.HISTORY).toString(
        QKeySequence.SequenceFormat.NativeText)) in rows
    assert any(keys == "Del" for _what, keys in rows)
    dialog.reject()


def test_help_opens_privacy_not_therapy_and_about(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    opened: list[str] = []
    monkeypatch.setattr(PrivacyDialog, "exec", lambda self: opened.append("privacy"))
    monkeypatch.setattr(AboutDialog, "exec", lambda self: opened.append(self.licence.text()))
    help_items = items(window.menus["help"])
    help_items["Privacy"].trigger()
    help_items["About"].trigger()
    assert opened[0] == "privacy" and "GNU General Public License" in opened[1]
    help_items["This is not therapy"].trigger()
    box = next(b for b in window.findChildren(QMessageBox) if b.isVisible())
    assert "not therapy" in box.text().lower() or "therapist" in box.text().lower()
    box.close()


def test_choosing_dark_in_the_view_menu_restyles_the_window_and_is_kept(
        qtbot, themed_window, journal) -> None:  # type: ignore[no-untyped-def]
    window = themed_window
    items(window.menus["theme"])["Dark"].trigger()
    assert window.theme_actions["dark"].isChecked()
    dark = theme.palette("dark")
    assert window.sidebar.palette().color(QPalette.ColorRole.Base).name() == dark.surface_alt
    picture = window.grab().toImage()
    assert picture.pixelColor(picture.width() - 5, picture.height() // 2).lightness() < 80
    assert theme.load_choice(journal.path.parent) == "dark"
    items(window.menus["theme"])["Light"].trigger()
    light = theme.palette("light")
    assert window.sidebar.palette().color(QPalette.ColorRole.Base).name() == light.surface_alt
    assert theme.load_choice(journal.path.parent) == "light"
