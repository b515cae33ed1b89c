"""The window's shell, the screens before the journal, backups, history, export and import
speak only through `translate`: no plain text handed to Qt, plurals that read right for
one and for many, sentences that stay whole, and everything shown in the pseudo-locale."""

from __future__ import annotations

import ast
import tomllib
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from tests.gui.untranslated import untranslated, untranslated_in_source
from trustjournal.core.i18n import install, is_pseudo, pseudo, substitute_count, translate
from trustjournal.core.passphrase import MIN_LENGTH

ROOT = Path(__file__).resolve().parents[2]
GUI = ROOT / "trustjournal" / "gui"
SHELL_FILES = [GUI / f"{name}.py" for name in (
    "main_window", "window_lock", "window_pages", "window_dialogs", "menus", "shortcuts",
    "gate", "access", "desktop_lock", "recovery", "after_open", "damaged", "backups_dialog",
    "file_dialogs", "privacy", "tasks", "progress_task", "idle", "secret_clipboard",
    "desktop_entry", "icons", "startup_probe", "page_names", "shipped", "history",
    "export_dialog", "import_dialog",
)] + sorted((GUI / "theme").glob("*.py"))
PLURALS = ROOT / "resources" / "translations" / "en_plurals" / "shell.toml"


def test_the_shell_hands_qt_no_plain_text() -> None:
    found = untranslated(SHELL_FILES)
    assert not found, "\n".join(str(f) for f in found)


def test_the_scanner_flags_plain_text_and_lets_the_rest_pass() -> None:
    source = '''
label = QLabel("Hello there")
label.setToolTip(f"Saved {n} entries")
box.addItem(translate("Box", "Automatic"), "auto")
button = QPushButton(translate("X", "Go") if busy else "Stop")
QMessageBox.warning(self, "Careful", message)
label.setText("")
label.setObjectName("sidebar")
dialog.open_file(self, translate("X", "Open"), start, translate("X", "Text (*.txt)") + ";;")
'''
    found = [(f.call, f.text) for f in untranslated_in_source(source)]
    assert found == [("QLabel", "Hello there"), ("setToolTip", "Saved  entries"),
                     ("QPushButton", "Stop"), ("QMessageBox.warning", "Careful")]


def _plural_calls() -> set[tuple[str, str]]:
    """(context, text) of every translate call with a count in the shell's files."""
    calls = set()
    for path in SHELL_FILES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id == "translate" and len(node.args) == 4
                    and all(isinstance(a, ast.Constant) for a in node.args[:2])):
                calls.add((node.args[0].value, node.args[1].value))
    return calls


def test_every_plural_has_its_english_forms_and_reads_right_for_one_and_five() -> None:
    with PLURALS.open("rb") as handle:
        table = tomllib.load(handle)
    listed = {(context, text) for context, messages in table.items() for text in messages}
    # A plural whose forms are missing would read "1 entries"; a listed text that no call
    # uses would be a typo between the two.
    assert _plural_calls() == listed
    for context, messages in table.items():
        for text, (one, many) in messages.items():
            assert translate(context, text, None, 1) == substitute_count(one, 1)
            assert translate(context, text, None, 5) == substitute_count(many, 5)


def test_counts_in_sentences_read_right() -> None:
    from trustjournal.gui.history import _words

    assert (_words(1), _words(5), _words(12_345)) == ("1 word", "5 words", "12,345 words")
    assert translate("ImportDialog", "Added %Ln entries to your journal.", None, 1) == \
        "Added 1 entry to your journal."
    assert translate("ImportDialog", "%Ln were already there and were skipped.", None, 1) == \
        "1 was already there and was skipped."
    assert translate("ImportDialog", "%Ln were already there and were skipped.", None, 5) == \
        "5 were already there and were skipped."
    assert translate("BackupsDialog", "Your journal will be replaced by the backup from "
                     "{when} ({kind}, %Ln entries).\n\nA backup of your journal as it is now "
                     "is made first, so you can come back to it from this list.",
                     None, 1).startswith("Your journal will be replaced by the backup from "
                                         "{when} ({kind}, 1 entry).")


def test_a_short_passphrase_says_how_many_characters(qtbot) -> None:
    from trustjournal.gui.access import NewPassphrase

    new = NewPassphrase()
    qtbot.addWidget(new)
    new.first.setText("short")
    assert new.problem() == (f"Use at least {MIN_LENGTH} characters; a few ordinary words "
                             "work well.")
    new.first.setText("long enough words")
    new.second.setText("long enough")
    assert new.problem() == "The two passphrases don't match yet."
    assert new.show_problem(new.problem() or "")


def test_a_wrong_passphrase_then_a_wait_is_one_message(qtbot) -> None:
    from trustjournal.gui.access import FREE_TRIES, UnlockView, retry_delay

    view = UnlockView()
    qtbot.addWidget(view)
    for _ in range(FREE_TRIES):
        view.failed("That passphrase didn't open the journal.", wrong_secret=True)
    wait = retry_delay(FREE_TRIES)
    assert view.message.text() == (f"That passphrase didn't open the journal. You can try "
                                   f"again in {wait} s.")
    assert view.recover_message.text() == view.message.text()


def test_the_desktop_lock_says_each_set_of_events_in_one_sentence(qtbot) -> None:
    from trustjournal.gui.desktop_lock import DesktopLock

    lock = DesktopLock(None, None)
    said = {}
    for active in (["sleep"], ["session"], ["screen"], ["sleep", "session"],
                   ["sleep", "screen"], ["session", "screen"], ["sleep", "session", "screen"]):
        lock.active = active
        said[tuple(active)] = lock.describe()
    assert said[("sleep",)] == "It also locks when the computer goes to sleep."
    assert said[("session", "screen")] == ("It also locks when your session is locked and "
                                           "when the screen locks.")
    assert said[("sleep", "session", "screen")] == (
        "It also locks when the computer goes to sleep, when your session is locked and when "
        "the screen locks.")
    assert len(set(said.values())) == 7


def test_words_kept_from_last_time_say_whose_they_are_in_one_sentence() -> None:
    import datetime as dt

    from trustjournal.gui.dates import date_text
    from trustjournal.gui.recovery import _where

    day = dt.date(2024, 3, 1)
    shown = date_text(day)
    entry = SimpleNamespace(title="Walk", trashed=False, local_date=day)
    assert _where(entry) == f"They belong to the entry “Walk” of {shown}."  # type: ignore[arg-type]
    entry.trashed = True
    assert _where(entry) == (  # type: ignore[arg-type]
        f"They belong to the entry “Walk” of {shown}, which is now in the trash.")
    entry.title = ""
    assert _where(entry) == (  # type: ignore[arg-type]
        f"They belong to the entry without a title of {shown}, which is now in the trash.")
    assert _where(None) == "They were in a new entry that had not been saved yet."


# -- the pseudo-locale -------------------------------------------------------------------


@pytest.fixture
def pseudo_locale() -> Iterator[None]:
    def backend(context: str, text: str, disambiguation: str | None, n: int) -> str:
        del context, disambiguation
        return pseudo(text if n < 0 else substitute_count(text, n))

    install(backend, "en_XA")
    try:
        yield
    finally:
        install(None)


def _shown_texts(root: QWidget, skip: tuple[QWidget, ...] = ()) -> list[str]:
    """Labels, buttons, placeholders and accessible names under `root` (Qt's own standard
    dialog buttons come from Qt's catalogue, not ours)."""
    texts: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget in skip:
            continue
        if isinstance(widget, QLabel):
            texts.append(widget.text())
        if isinstance(widget, QAbstractButton):
            box = widget.parent()
            if isinstance(box, QDialogButtonBox) and \
                    box.standardButton(widget) != QDialogButtonBox.StandardButton.NoButton:
                continue
            texts.append(widget.text())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        texts += [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
    return [text for text in texts if text.strip()]


def test_the_window_shell_is_all_translated(qtbot, pseudo_locale) -> None:
    from trustjournal.gui.main_window import MainWindow
    from trustjournal.gui.shortcuts import ShortcutsDialog

    window = MainWindow()
    qtbot.addWidget(window)
    texts = _shown_texts(window)
    for row in range(window.sidebar.count()):
        texts += [window.sidebar.item(row).text(), window.sidebar.item(row).toolTip()]
    for menu in window.menus.values():
        texts.append(menu.title())
        texts += [a.text() for a in menu.actions() if not a.isSeparator()]
    texts += [a.toolTip() for a in window.toolbar.actions()]
    plain = [text for text in texts if not is_pseudo(text)]
    assert not plain, plain

    dialog = ShortcutsDialog(window.menuBar(), window)
    qtbot.addWidget(dialog)
    texts = [dialog.windowTitle(), *(what for what, _keys in dialog.rows())]
    texts += [dialog.table.horizontalHeaderItem(c).text() for c in range(2)]
    assert [text for text in texts if not is_pseudo(text)] == []


def test_the_screens_before_the_journal_are_all_translated(qtbot, pseudo_locale) -> None:
    from trustjournal.gui.access import HiddenView, RecoveryKeyView, SetupView, UnlockView

    setup = SetupView()
    # The not-therapy note comes from the safety panel's own texts (another area).
    views: list[tuple[QWidget, tuple[QWidget, ...]]] = [(setup, (setup.not_therapy,))]
    key = RecoveryKeyView("ABCD-EFGH")
    views += [(key, (key.key_label,)), (UnlockView(), ()), (HiddenView(), ())]
    for view, skip in views:
        qtbot.addWidget(view)
        plain = [text for text in _shown_texts(view, skip) if not is_pseudo(text)]
        assert not plain, (type(view).__name__, plain)


def test_export_and_import_are_all_translated(qtbot, journal, pseudo_locale) -> None:
    from trustjournal.gui.events import AppEvents
    from trustjournal.gui.export_dialog import ExportDialog
    from trustjournal.gui.import_dialog import ImportDialog

    export = ExportDialog(journal, encrypted=True)
    qtbot.addWidget(export)
    texts = [export.windowTitle(), *_shown_texts(export)]
    texts += [box.text() for box in export.kind_boxes.values()]
    holder = QWidget()
    qtbot.addWidget(holder)
    imports = ImportDialog(journal, AppEvents(holder))
    qtbot.addWidget(imports)
    texts += [imports.windowTitle(), *_shown_texts(imports), imports.format_box.itemText(0)]
    plain = [text for text in texts if not is_pseudo(text)]
    assert not plain, plain
