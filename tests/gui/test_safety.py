"""The safety net in the window: what is read, when the panel is offered, and what it shows."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel

from tests.gui.exercises.helpers import click, next_step, slide, step_id, type_into
from trustjournal.core import danger
from trustjournal.core.danger import Category, Concern
from trustjournal.core.exercises import ExerciseRun, builtin_exercises
from trustjournal.core.resources_data import builtin_safety
from trustjournal.gui import editor as editor_module
from trustjournal.gui import safety as safety_module
from trustjournal.gui import safety_watch
from trustjournal.gui.main_window import PAGES, MainWindow
from trustjournal.gui.safety import CALM_ORDER, REGION_SETTING, SafetyDialog
from trustjournal.storage import open_journal

HARM = "He hit me last night."
SELF_HARM = "Some nights I want to kill myself."
OWN = "I read her messages every night and I don't let her see her friends."


@pytest.fixture(autouse=True)
def american_locale() -> Iterator[None]:
    """Every test starts from a US system locale (the region is picked from it)."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(before)


def caught_as(monkeypatch: pytest.MonkeyPatch, text: str, category: Category) -> None:
    """Make sure `text` is found as `category`. The detection is being rewritten in
    parallel: where its cues don't catch this sentence yet, a stand-in does, for this
    sentence only, so these tests prove the window's side either way."""
    found = danger.first_concern(text)
    if found is not None and found.category is category:
        return
    real = safety_watch.first_concern

    def stand_in(written: str) -> Concern | None:
        return Concern(category, "stand-in") if text in written else real(written)

    monkeypatch.setattr(safety_watch, "first_concern", stand_in)


def panel_of(qtbot, window: MainWindow) -> SafetyDialog:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: window.safety_dialog is not None and window.safety_dialog.isVisible())
    assert window.safety_dialog is not None
    return window.safety_dialog


def close_panel(qtbot, panel: SafetyDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(panel.scroll, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not panel.isVisible())


def no_panel_comes(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.wait(150)  # the offer comes a moment after a save, never during it
    assert window.safety_dialog is None


def save_with_ctrl_s(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    editor = window.journal_view.editor
    with qtbot.waitSignal(editor.saved):
        qtbot.keyClick(editor.body_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def write(qtbot, window: MainWindow, text: str) -> None:  # type: ignore[no-untyped-def]
    window.write_new()
    type_into(qtbot, window.journal_view.editor.body_edit, text)


# -- free entries ----------------------------------------------------------------------


def test_a_free_entry_offers_the_panel_once_after_it_is_saved(qtbot, window, journal) -> None:
    write(qtbot, window, f"A long evening. {HARM} I don't know what to do.")
    assert window.safety_dialog is None  # nothing while typing
    save_with_ctrl_s(qtbot, window)
    uuid = window.journal_view.editor.entry_uuid
    assert HARM in journal.get_entry(uuid).body  # the save happened first, untouched
    panel = panel_of(qtbot, window)
    assert panel.section_ids()[:2] == ["abuse", "emergency"]  # harm: abuse lines first
    assert panel.shown_numbers("abuse") == ["1-800-799-7233"]
    assert panel.shown_numbers("emergency") == ["911"]
    close_panel(qtbot, panel)

    # Unrelated words, saved again: the same entry is never offered the panel again.
    type_into(qtbot, window.journal_view.editor.body_edit, " Later we had tea.")
    save_with_ctrl_s(qtbot, window)
    no_panel_comes(qtbot, window)
    assert "Later we had tea." in journal.get_entry(uuid).body
    # Nothing about what was found is stored anywhere in the journal.
    assert journal.get_setting("safety_check") is None
    assert journal.get_setting(REGION_SETTING) is None


def test_autosave_offers_it_too(qtbot, window, monkeypatch) -> None:
    monkeypatch.setattr(editor_module, "AUTOSAVE_MS", 50)
    write(qtbot, window, HARM)
    panel = panel_of(qtbot, window)  # no key pressed to save: the autosave did it
    assert panel.section_ids()[0] == "abuse"
    assert window.journal_view.editor.entry_uuid is not None


def test_ordinary_worries_offer_nothing(qtbot, window) -> None:
    write(qtbot, window, "I checked his phone again and felt awful about it afterwards.")
    save_with_ctrl_s(qtbot, window)
    no_panel_comes(qtbot, window)


def test_the_setting_turns_the_check_off(qtbot, window, journal) -> None:
    from trustjournal.gui.settings import SettingsDialog

    settings = SettingsDialog(window)
    qtbot.addWidget(settings)
    settings.show()
    assert settings.safety_check.isChecked()  # on by default
    assert "sounds like harm" in settings.safety_check.text()
    click(qtbot, settings.safety_check)
    assert journal.get_setting("safety_check") is False
    settings.close()

    write(qtbot, window, HARM)
    save_with_ctrl_s(qtbot, window)
    no_panel_comes(qtbot, window)


def test_self_harm_opens_on_the_crisis_lines(qtbot, window, monkeypatch) -> None:
    caught_as(monkeypatch, SELF_HARM, Category.SELF_HARM)
    write(qtbot, window, SELF_HARM)
    save_with_ctrl_s(qtbot, window)
    panel = panel_of(qtbot, window)
    info = builtin_safety()
    assert panel.section_ids()[:2] == ["crisis", "emergency"]
    # One calm sentence, then the crisis lines, above everything else on screen.
    assert panel.shown_text().splitlines()[0] == info.section("crisis").offer
    assert panel.shown_numbers("crisis") == ["988"]
    cards = panel.sections
    assert cards["crisis"].y() < cards["emergency"].y() < cards["abuse"].y()
    assert panel.scroll.viewport().rect().intersects(cards["crisis"].geometry())


def test_own_behaviour_opens_on_help_to_change_it(qtbot, window, monkeypatch) -> None:
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    caught_as(monkeypatch, OWN, Category.OWN_BEHAVIOUR)
    write(qtbot, window, OWN)
    save_with_ctrl_s(qtbot, window)
    panel = panel_of(qtbot, window)
    assert panel.section_ids()[:2] == ["own_behaviour", "emergency"]
    assert panel.shown_numbers("own_behaviour") == ["0808 802 4040"]  # Respect Phoneline
    assert panel.shown_numbers("emergency") == ["999"]


# -- exercises and the check-in --------------------------------------------------------


def test_a_list_answer_offers_the_panel(qtbot, window, journal) -> None:
    exercise = builtin_exercises().get("challenge_a_thought")
    run = ExerciseRun(exercise)
    for step, value in (("situation", "She came home late."),
                        ("thought", "Something is going on."), ("belief", 70),
                        ("feelings", [{"feeling": "anxious", "intensity": 60}])):
        run.set_answer(step, value)
    assert run.go_to("evidence_for")
    journal.save_draft(exercise.id, exercise.version, run.to_dict())
    window.show_page(PAGES.index("Exercises"))
    click(qtbot, window.exercises_view.cards[exercise.id].start_button)
    runner = window.exercises_view.runner
    assert step_id(runner) == "evidence_for"
    items = runner.current
    type_into(qtbot, items.edits[0], "She was an hour late.")
    qtbot.keyClick(items.edits[0], Qt.Key.Key_Return)  # another line
    type_into(qtbot, items.edits[1], HARM)
    next_step(qtbot, runner)
    panel = panel_of(qtbot, window)
    assert panel.section_ids()[0] == "abuse"
    assert step_id(runner) == "evidence_against"  # the exercise simply carries on
    close_panel(qtbot, panel)
    type_into(qtbot, runner.current.edits[0], "He said sorry.")
    next_step(qtbot, runner)
    no_panel_comes(qtbot, window)  # once per run


def test_a_check_in_note_offers_the_panel(qtbot, window, journal) -> None:
    click(qtbot, window.today_view.checkin_button)
    runner = window.checkin_dialog.runner
    for value in (3, 8, 2):
        slide(qtbot, runner.current.input.slider, value)
        next_step(qtbot, runner)
    next_step(qtbot, runner)  # no feelings today
    assert step_id(runner) == "note"
    type_into(qtbot, runner.current.editor, HARM)
    with qtbot.waitSignal(runner.finished):
        qtbot.keyClick(runner.current.editor, Qt.Key.Key_Return)
    panel = panel_of(qtbot, window)
    assert panel.section_ids()[0] == "abuse"
    assert window.checkin_dialog is None  # saved and closed first
    assert HARM in journal.get_entry(journal.checkin_on(dt.date.today()).uuid).body


# -- the panel itself -------------------------------------------------------------------


def test_the_sidebar_button_shows_every_section_in_a_calm_order(qtbot, window) -> None:
    qtbot.mouseClick(window.safety_button, Qt.MouseButton.LeftButton)
    panel = panel_of(qtbot, window)
    assert panel.section_ids() == list(CALM_ORDER)
    text = panel.shown_text()
    assert "1-800-799-7233" in text and "988" in text and "911" in text
    assert "abuse is never okay" in text.lower()
    assert "not therapy" in text and "Nothing here dials" in text
    assert "checked in December 2026" in text
    close_panel(qtbot, panel)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert panel_of(qtbot, window).section_ids() == list(CALM_ORDER)


def test_the_panel_works_by_keyboard_and_has_no_text_cursor(qtbot, window) -> None:
    panel = window.show_safety()
    qtbot.waitExposed(panel)
    # Nothing typed into it can press a button: the text area has the focus, no default.
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.scroll)
    assert not any(b.isDefault() or b.autoDefault() for b in panel.findChildren(
        type(panel.hide_button)))
    labels = [label for label in panel.content.findChildren(QLabel) if label.text()]
    assert labels and all(label.textInteractionFlags()
                          == Qt.TextInteractionFlag.TextSelectableByMouse for label in labels)
    # Tab reaches the region, every Copy button, Hide now and Close, in that order.
    seen = []
    for _ in range(20):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if QApplication.focusWidget() is panel.scroll:
            break  # round the whole panel and back
        seen.append(QApplication.focusWidget())
    copies = seen[:-3]
    assert seen[-3:] == [panel.hide_button, panel.close_button, panel.region_combo]
    assert [button.text() for button in copies] == ["Copy number"] * len(panel.numbers) == [
        "Copy number"] * 3  # the US: abuse, crisis and emergency lines
    copies[0].setFocus()
    qtbot.keyClick(copies[0], Qt.Key.Key_Space)
    assert QGuiApplication.clipboard().text() == panel.numbers[0].text()
    panel.scroll.setFocus()
    qtbot.keyClick(panel.scroll, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.safety_dialog is None)


def test_the_region_combo_changes_the_numbers_and_is_remembered(qtbot, journal_file: Path
                                                                ) -> None:
    first = MainWindow(open_journal(journal_file))
    qtbot.addWidget(first)
    first.show()
    panel = first.show_safety()
    assert panel.region_combo.currentData() == "us"  # from the locale
    combo = panel.region_combo
    combo.setFocus()
    while combo.currentData() != "uk":
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert panel.shown_numbers("abuse") == ["0808 2000 247", "0808 801 0327"]
    assert panel.shown_numbers("crisis") == ["116 123"]
    assert "1-800-799-7233" not in panel.shown_text()
    assert "Open 24 hours." in panel.shown_text()
    first.close()
    first.journal.close()

    again = MainWindow(open_journal(journal_file))
    qtbot.addWidget(again)
    again.show()
    panel = again.show_safety()
    assert panel.region_combo.currentData() == "uk"
    assert panel.shown_numbers("emergency") == ["999"]
    again.close()
    again.journal.close()


@pytest.mark.parametrize(
    ("locale", "region", "emergency"),
    [("de_DE", "de", ["112"]), ("fr_FR", "elsewhere", ["112"]), ("de_AT", "elsewhere", ["112"]),
     ("en_AU", "au", ["000"]), ("en_NZ", "nz", ["111"]), ("en_IE", "ie", ["112 or 999"]),
     ("en_CA", "ca", ["911"]), ("en_GB", "uk", ["999"]), ("pt_BR", "elsewhere", ["112"])],
)
def test_the_region_comes_from_the_system_locale(qtbot, locale: str, region: str,
                                                 emergency: list[str]) -> None:
    QLocale.setDefault(QLocale(locale))
    panel = SafetyDialog()
    qtbot.addWidget(panel)
    assert panel.region_id == region
    assert panel.shown_numbers("emergency") == emergency
    if region == "elsewhere":
        assert "local emergency number" in panel.shown_text()
        # Where no line of a kind is listed, the panel says what to do instead.
        assert builtin_safety().section("crisis").none_here in panel.shown_text()


def test_hide_now_locks_the_window_at_once(qtbot, journal_file: Path) -> None:
    secret = "Marmalade-Quietly-7"
    journal = open_journal(journal_file)
    journal.create_entry(title="Private", body=f"{secret} {HARM}")
    journal.close()
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.journal_ready, timeout=15_000):
        window.start(journal_file)
    window.show_page(PAGES.index("Journal"))
    panel = window.show_safety()
    qtbot.waitExposed(panel)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.scroll)
    with qtbot.waitSignal(window.locked):
        qtbot.keyClick(panel.scroll, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)
    assert window.journal is None  # closed, as with the lock shortcut
    assert window.outer.currentWidget() is window.gate
    qtbot.waitUntil(lambda: not panel.isVisible())
    shown = [w.text() for w in window.findChildren(QLabel) if w.isVisible()]
    assert not any(secret in text for text in shown)
    window.close()


def test_a_damaged_safety_file_still_shows_something_safe(qtbot, monkeypatch) -> None:
    from trustjournal.core.resources_data import ResourceFileError

    def damaged() -> None:
        raise ResourceFileError("safety.toml", "is not valid TOML")

    monkeypatch.setattr(safety_module, "builtin_safety", damaged)
    panel = SafetyDialog(focus="crisis")
    qtbot.addWidget(panel)
    text = panel.shown_text()
    assert "112" in text and "local emergency number" in text
    assert panel.section_ids()[:2] == ["crisis", "emergency"]
    assert "not therapy" in text


def test_the_safety_button_is_never_clipped_at_larger_font_sizes(qtbot, window) -> None:
    button = window.safety_button
    for size in (12, 16, 22):
        font = QFont(window.font())
        font.setPointSize(size)
        window.setFont(font)
        QApplication.processEvents()
        window.resize(1100, 720)
        qtbot.waitUntil(lambda: button.width() >= button.sizeHint().width())
        assert button.fontMetrics().horizontalAdvance(button.text()) < button.width()
        assert button.mapTo(window, QPoint(button.width(), 0)).x() <= window.width()
