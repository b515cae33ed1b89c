"""The pseudo-locale proof: in en_XA every string on every page, every dialog of the
menus and the first-run screen carries the pseudo brackets (so it went through
`translate` and the catalogue), and no single-line label or button is too narrow for
its (40 % longer) text.

To list what is left, with the page or dialog, widget class and objectName of each:

    .venv/bin/python -m pytest tests/gui/test_pseudo_locale.py -k whole_app
    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.gui.pseudo_walk
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tests.gui.pseudo_walk import Exempt, report, walk
from trustjournal.core.i18n import pseudo
from trustjournal.gui.translation import NOT_TRANSLATED


@pytest.fixture
def tiny(qtbot):  # type: ignore[no-untyped-def]
    root = QWidget()
    root.setWindowTitle(pseudo("Tiny window"))
    qtbot.addWidget(root)
    column = QVBoxLayout(root)
    good = QLabel(pseudo("Translated words"))
    good.setObjectName("good")
    plain = QLabel("Plain words")
    plain.setObjectName("plain")
    row = QHBoxLayout()
    narrow = QPushButton(pseudo("A button with a long text"))
    narrow.setObjectName("narrow")
    narrow.setFixedWidth(40)
    row.addWidget(narrow)
    row.addStretch(1)
    numbers = QLabel("12 · 3,456 · 6/30")
    user = QLabel("Walked by the river")
    data = QLabel("Python 3.11 · Qt 6")
    data.setProperty(NOT_TRANSLATED, True)
    date = QLabel("30 Jun 2026 · Sunday")
    key = QLabel("Ctrl+Shift+L")
    language = QLabel("Deutsch")
    rich = QLabel(f"<b>{pseudo('Bold')}</b> <i>{pseudo('and more')}</i>")
    edit = QLineEdit()
    edit.setPlaceholderText("Type here")
    edit.setObjectName("edit")
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)  # Qt's own word
    hidden = QLabel("Never shown")
    for widget in (good, plain, numbers, user, data, date, key, language, rich, edit, buttons,
                   hidden):
        column.addWidget(widget)
    column.addLayout(row)
    root.resize(500, 400)
    root.show()
    hidden.hide()
    qtbot.waitExposed(root)
    return root


def test_the_walker_passes_pseudo_text_and_fails_plain_and_clipped(tiny: QWidget) -> None:
    exempt = Exempt(["Walked by the river\nand back"])
    findings = walk(tiny, "tiny", exempt)
    found = {(f.problem, f.widget, f.what, f.text) for f in findings}
    assert found == {
        ("untranslated", "QLabel#plain", "text", "Plain words"),
        ("untranslated", "QLineEdit#edit", "placeholder", "Type here"),
        ("clipped", "QPushButton#narrow", "40 px wide", pseudo("A button with a long text")),
    }
    text = report(findings)
    assert text.startswith("tiny: 3\n")
    assert "[untranslated] QLabel#plain (text)" in text
    assert "[clipped] QPushButton#narrow" in text


def test_the_walker_sees_a_wide_enough_button_as_fine(tiny: QWidget) -> None:
    narrow = tiny.findChild(QPushButton, "narrow")
    narrow.setFixedWidth(narrow.sizeHint().width())
    tiny.findChild(QLabel, "plain").setText(pseudo("Plain words"))
    tiny.findChild(QLineEdit, "edit").setPlaceholderText(pseudo("Type here"))
    assert walk(tiny, "tiny", Exempt(["Walked by the river"])) == []
    # What the person wrote passes only as theirs: not known as such, it is reported.
    (user,) = walk(tiny, "tiny", Exempt())
    assert (user.widget, user.text) == ("QLabel", "Walked by the river")


def test_whole_app_every_page_and_dialog_is_translated_and_nothing_is_clipped(
    qtbot, restore_app, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    from tests.gui.pseudo_app import walk_whole_app

    findings, visited = walk_whole_app(tmp_path, themed=True)
    # The walk itself reached every page and the dialogs of the menus.
    assert sum(v.startswith("page ") for v in visited) == 6
    assert "first-run screen" in visited
    assert sum(v.startswith("exercise ") for v in visited) >= 20, visited
    for dialog in ("SettingsDialog", "ExportDialog", "AboutDialog", "SafetyDialog"):
        assert any(dialog in v for v in visited), visited
    if findings:
        pytest.fail(f"{len(findings)} strings to fix:\n{report(findings)}", pytrace=False)
