"""The Today page driven as a person would: the one-screen check-in by keyboard, the next
step, on this day, the latest entries and the quiet moment after a small victory."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QWidget

from tests.gui.exercises.helpers import click, next_step, slide, type_into
from trustjournal.core.entries import Change, EntryKind
from trustjournal.core.exercises import CHECKIN, Metric, checkin_for, metrics
from trustjournal.gui.main_window import PAGES, MainWindow
from trustjournal.gui.perspective import SETTING
from trustjournal.gui.today_view import TodayView

HARM = "He hit me last night."


def press(qtbot, keys: list[str | Qt.Key]) -> int:  # type: ignore[no-untyped-def]
    """Press each key on whatever has the keyboard now; returns how many were pressed."""
    for key in keys:
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard"
        qtbot.keyClick(widget, key)
    return len(keys)


def shown_text(widget: QWidget) -> str:
    return " ".join(label.text() for label in widget.findChildren(QLabel) if label.isVisible())


def checkins(journal) -> list:  # type: ignore[no-untyped-def]
    return [e for e in journal.iter_entries() if e.kind == EntryKind.CHECKIN]


def open_today(window: MainWindow, perspective: str | None = None) -> TodayView:
    if perspective:
        window.journal.set_setting(SETTING, perspective)
        window.events.emit_change(Change(exercises=True))
    window.show_page(PAGES.index("Today"))
    return window.today_view


def save_checkin(journal, answers: dict, day: dt.date | None = None) -> str:  # type: ignore[no-untyped-def]
    exercise = checkin_for(None, answers)
    entry, _ = journal.save_exercise_entry(
        exercise_id=CHECKIN.id, exercise_version=CHECKIN.version, title="Check-in", body="",
        answers=answers, metrics=metrics(exercise, answers), kind=EntryKind.CHECKIN,
        local_date=day)
    return entry.uuid


# -- the one-screen check-in ---------------------------------------------------------------


@pytest.mark.parametrize(("perspective", "keys", "expected"), [
    # From the sidebar, where the keyboard is when the window opens: Tab past the Safety
    # button to the first slider, a digit per slider, Enter to go on, Enter to save.
    ("distrusting", [Qt.Key.Key_Tab, Qt.Key.Key_Tab, "6", Qt.Key.Key_Return, "3",
                     Qt.Key.Key_Return, "8", Qt.Key.Key_Return],
     {"trust": 6.0, "anxiety": 3.0, "connection": 8.0}),
    ("distrusted", [Qt.Key.Key_Tab, Qt.Key.Key_Tab, "7", Qt.Key.Key_Return, "2",
                    Qt.Key.Key_Return, "9", Qt.Key.Key_Return, "4", Qt.Key.Key_Return],
     {"felt_trusted": 7.0, "distrust_weight": 2.0, "connection": 9.0, "needs_met": 4.0}),
])
def test_a_checkin_by_keyboard_takes_ten_presses_at_most(qtbot, window, journal, perspective,
                                                        keys, expected) -> None:
    today = open_today(window, perspective)
    window.sidebar.setFocus()
    count = press(qtbot, keys)
    saved = checkins(journal)
    assert len(saved) == 1
    rows = {m.name: m.value for m in journal.entry_metrics(saved[0].uuid)}
    assert rows == expected
    assert journal.exercise_answers(saved[0].uuid) == {k: int(v) for k, v in expected.items()}
    assert count <= 10  # ten for four questions, eight for three
    # Done: the card says so, with the day's figures on screen.
    assert today.checkin.stack.currentWidget() is today.checkin.done
    assert "You checked in today" in shown_text(today.checkin)
    first = next(iter(expected))
    assert f"{checkin_for(perspective).step(first).heading} {int(expected[first])}" in (
        today.checkin.figures.text())
    assert journal.load_draft(CHECKIN.id) is None  # nothing left half-done


TAB, ENTER = Qt.Key.Key_Tab, Qt.Key.Key_Return


@pytest.mark.parametrize(("perspective", "keys", "expected"), [
    # The quick way: a digit that can't grow into 10 moves on by itself, Enter saves.
    ("distrusting", [TAB, TAB, "6", "3", "8", ENTER],
     {"trust": 6, "anxiety": 3, "connection": 8}),
    ("distrusting", [TAB, TAB, "1", "0", "0", "2", ENTER],
     {"trust": 10, "anxiety": 0, "connection": 2}),
    ("distrusted", [TAB, TAB, "7", "2", "9", "4", ENTER],
     {"felt_trusted": 7, "distrust_weight": 2, "connection": 9, "needs_met": 4}),
    # "1" waits for a possible "0"; "1" then "5" can't be 15, so the 5 is the next one's.
    ("both", [TAB, TAB, "1", "5", "3", "1", "0", "2", ENTER],
     {"trust": 1, "felt_trusted": 5, "anxiety": 3, "connection": 10, "needs_met": 2}),
    ("both", [TAB, TAB, "6", "7", "4", "8", "5", ENTER],
     {"trust": 6, "felt_trusted": 7, "anxiety": 4, "connection": 8, "needs_met": 5}),
    # Old habits still work: Enter (or Tab) after each number is taken as done already.
    ("both", [TAB, TAB, "6", ENTER, "7", TAB, "4", ENTER, "8", ENTER, "5", ENTER],
     {"trust": 6, "felt_trusted": 7, "anxiety": 4, "connection": 8, "needs_met": 5}),
])
def test_every_perspective_checks_in_within_ten_key_presses(qtbot, window, journal,
                                                             perspective, keys,
                                                             expected) -> None:
    today = open_today(window, perspective)
    asked = [s.id for s in checkin_for(perspective).steps if s.id in today.checkin.scales]
    assert asked == list(expected)  # the card asks exactly the perspective's questions
    window.sidebar.setFocus()
    count = press(qtbot, keys)
    (saved,) = checkins(journal)
    assert journal.exercise_answers(saved.uuid) == expected
    assert {m.name: m.value for m in journal.entry_metrics(saved.uuid)} == {
        k: float(v) for k, v in expected.items()}
    assert today.checkin.stack.currentWidget() is today.checkin.done
    old_habit = ENTER in keys[:-1]  # Enter after each number: twelve for five questions
    assert count <= 10 or old_habit


def test_the_card_says_how_the_keyboard_works(qtbot, window) -> None:
    today = open_today(window, "both")
    hint = today.checkin.keys_hint
    assert hint.isVisible()
    assert "number from 0 to 10" in hint.text() and "Enter saves" in hint.text()


def test_a_digit_moves_on_only_while_questions_are_open(qtbot, window, journal) -> None:
    today = open_today(window, "distrusting")
    card = today.checkin
    card.scales["connection"].slider.setFocus()
    press(qtbot, ["4"])  # the last question: the keyboard stays for the note or Enter
    assert QApplication.focusWidget() is card.scales["connection"].slider
    card.scales["trust"].slider.setFocus()
    press(qtbot, ["5"])  # on to the next one still open, past none that is answered
    assert QApplication.focusWidget() is card.scales["anxiety"].slider
    press(qtbot, ["1"])  # might become 10: it waits
    assert QApplication.focusWidget() is card.scales["anxiety"].slider
    press(qtbot, [Qt.Key.Key_Backtab])  # Shift+Tab goes back as it always did
    assert QApplication.focusWidget() is card.scales["trust"].slider
    press(qtbot, ["7", TAB])  # nothing left open after it: Tab goes on as usual
    assert QApplication.focusWidget() is card.scales["anxiety"].slider
    assert checkins(journal) == []
    press(qtbot, [ENTER])
    (saved,) = checkins(journal)
    assert journal.exercise_answers(saved.uuid) == {"trust": 7, "anxiety": 1,
                                                    "connection": 4}


def test_alt_d_reaches_the_first_slider_and_a_note_saves_with_enter(qtbot, window,
                                                                     journal) -> None:
    today = open_today(window, "distrusting")
    window.journal_view.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is today.checkin.scales["trust"].slider
    press(qtbot, ["1", "0", Qt.Key.Key_Tab, "0", Qt.Key.Key_Tab, "5", Qt.Key.Key_Tab])
    assert QApplication.focusWidget() is today.checkin.more_button
    press(qtbot, [Qt.Key.Key_Tab])  # the feelings are folded away: straight to the note
    assert QApplication.focusWidget() is today.checkin.note
    qtbot.keyClicks(today.checkin.note, "We planned the weekend together.")
    qtbot.keyClick(today.checkin.note, Qt.Key.Key_Return)
    (entry,) = checkins(journal)
    assert journal.exercise_answers(entry.uuid) == {
        "trust": 10, "anxiety": 0, "connection": 5, "note": "We planned the weekend together."}
    assert "We planned the weekend together." in journal.get_entry(entry.uuid).body
    assert "We planned the weekend together." in shown_text(today.checkin)


def test_the_feelings_opened_with_more_sit_between_more_and_the_note(qtbot, window,
                                                                      journal) -> None:
    today = open_today(window, "distrusting")
    card = today.checkin
    assert card.findChildren(QCheckBox) == []  # folded away: not made until asked for
    card.more_button.setFocus()
    qtbot.keyClick(card.more_button, Qt.Key.Key_Space)
    feelings = card.feelings
    assert len(feelings.findChildren(QCheckBox)) > 50
    assert QApplication.focusWidget() is feelings.find
    card.more_button.setFocus()
    press(qtbot, [Qt.Key.Key_Tab])  # More, then the first thing of the feelings
    assert QApplication.focusWidget() is feelings.find
    for _ in range(400):  # through every feeling: the note comes straight after them
        if not feelings.isAncestorOf(QApplication.focusWidget()):
            break
        press(qtbot, [Qt.Key.Key_Tab])
    assert QApplication.focusWidget() is card.note
    press(qtbot, [Qt.Key.Key_Backtab])
    assert feelings.isAncestorOf(QApplication.focusWidget())


def test_a_draft_with_feelings_brings_them_back_into_the_picker(qtbot, window,
                                                                journal) -> None:
    today = open_today(window, "distrusting")
    card = today.checkin
    card.more_button.setFocus()
    qtbot.keyClick(card.more_button, Qt.Key.Key_Space)
    qtbot.keyClicks(card.feelings.find, "hope")
    qtbot.keyClick(card.feelings.find, Qt.Key.Key_Return)
    slide(qtbot, card.feelings.picked["hopeful"].slider, 40)
    assert window._save_everything()  # what the window does when it closes or locks
    fresh = TodayView(journal, window.events)
    qtbot.addWidget(fresh)
    fresh.show()
    assert fresh.checkin.more_button.isChecked() and fresh.checkin.more_box.isVisible()
    assert fresh.checkin.feelings.value() == [{"feeling": "hopeful", "intensity": 40}]
    assert fresh.checkin.answers_now()["feelings"] == [{"feeling": "hopeful",
                                                         "intensity": 40}]


def test_enter_with_a_question_open_moves_there_and_saves_nothing(qtbot, window,
                                                                  journal) -> None:
    today = open_today(window, "distrusting")
    card = today.checkin
    card.scales["anxiety"].slider.setFocus()
    press(qtbot, ["4", Qt.Key.Key_Return])
    assert QApplication.focusWidget() is card.scales["connection"].slider
    click(qtbot, card.save_button)
    assert checkins(journal) == []
    assert card.message.isVisible() and "Trust" in card.message.text()
    assert QApplication.focusWidget() is card.scales["trust"].slider


def test_more_opens_the_feelings_and_they_are_saved(qtbot, window, journal) -> None:
    today = open_today(window, "distrusting")
    card = today.checkin
    assert not card.more_box.isVisible()  # collapsed until asked for
    for step_id, value in (("trust", 6), ("anxiety", 4), ("connection", 7)):
        card.scales[step_id].slider.setFocus()
        press(qtbot, [str(value)])
    card.more_button.setFocus()
    qtbot.keyClick(card.more_button, Qt.Key.Key_Space)
    assert card.more_box.isVisible() and card.feelings.isVisible()
    feelings = card.feelings
    assert QApplication.focusWidget() is feelings.find
    qtbot.keyClicks(feelings.find, "hope")
    qtbot.keyClick(feelings.find, Qt.Key.Key_Return)
    slide(qtbot, feelings.picked["hopeful"].slider, 60)
    click(qtbot, card.save_button)
    (entry,) = checkins(journal)
    assert Metric("feeling", 60.0, "hopeful") in journal.entry_metrics(entry.uuid)
    assert "Feelings: Hopeful 60" in card.figures.text()


def test_changing_the_days_checkin_keeps_one_entry(qtbot, window, journal) -> None:
    today = open_today(window, "distrusting")
    card = today.checkin
    for step_id, value in (("trust", 2), ("anxiety", 8), ("connection", 3)):
        card.scales[step_id].slider.setFocus()
        press(qtbot, [str(value)])
    click(qtbot, card.save_button)
    (first,) = checkins(journal)
    click(qtbot, card.edit_button)
    assert card.stack.currentWidget() is card.form
    assert card.scales["trust"].value() == 2  # the saved figures come back to change
    card.scales["trust"].slider.setFocus()
    press(qtbot, ["5"])
    click(qtbot, card.save_button)
    (again,) = checkins(journal)
    assert again.uuid == first.uuid
    rows = {m.name: m.value for m in journal.entry_metrics(first.uuid)}
    assert rows == {"trust": 5.0, "anxiety": 8.0, "connection": 3.0}
    assert card.figures.text() == "Trust 5 · Anxiety 8 · Connection 3"


def test_a_checkin_saved_in_its_window_shows_as_done_and_is_not_doubled(qtbot, window,
                                                                       journal) -> None:
    today = open_today(window, "distrusting")
    card = today.checkin
    card.scales["trust"].slider.setFocus()
    press(qtbot, ["9"])  # started here, then finished in the step-by-step window
    uuid = save_checkin(journal, {"trust": 4, "anxiety": 4, "connection": 4})
    for step_id in ("anxiety", "connection"):
        card.scales[step_id].slider.setFocus()
        press(qtbot, ["1"])
    click(qtbot, card.save_button)
    (entry,) = checkins(journal)
    assert entry.uuid == uuid
    assert journal.exercise_answers(uuid) == {"trust": 9, "anxiety": 1, "connection": 1}


def test_a_half_done_checkin_is_kept_as_a_draft(qtbot, window, journal) -> None:
    today = open_today(window, "distrusting")
    card = today.checkin
    card.scales["trust"].slider.setFocus()
    press(qtbot, ["3"])
    type_into(qtbot, card.note, "Tired after the call.")
    assert window._save_everything()  # what the window does when it closes or locks
    draft = journal.load_draft(CHECKIN.id)
    assert draft is not None
    assert draft["answers"] == {"trust": 3, "note": "Tired after the call."}
    fresh = TodayView(journal, window.events)
    qtbot.addWidget(fresh)
    assert fresh.checkin.scales["trust"].value() == 3
    assert fresh.checkin.note.text() == "Tired after the call."
    assert fresh.checkin.scales["anxiety"].value() is None


def test_the_checkin_note_still_offers_the_safety_panel(qtbot, window, journal) -> None:
    today = open_today(window, "distrusting")
    card = today.checkin
    for step_id in ("trust", "anxiety", "connection"):
        card.scales[step_id].slider.setFocus()
        press(qtbot, ["3"])
    type_into(qtbot, card.note, HARM)
    qtbot.keyClick(card.note, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.safety_dialog is not None
                    and window.safety_dialog.isVisible())
    assert window.safety_dialog.section_ids()[0] == "abuse"
    (entry,) = checkins(journal)
    assert HARM in journal.get_entry(entry.uuid).body


def test_step_by_step_carries_what_is_set_and_its_save_shows_here(qtbot, window,
                                                                  journal) -> None:
    today = open_today(window, "distrusting")
    card = today.checkin
    card.scales["trust"].slider.setFocus()
    press(qtbot, ["7"])
    click(qtbot, today.checkin_button)
    dialog = window.checkin_dialog
    assert dialog is not None and dialog.isVisible()
    runner = dialog.runner
    assert runner.run.answers == {"trust": 7}  # what was set on Today comes along
    next_step(qtbot, runner)
    for value in (2, 6):
        slide(qtbot, runner.current.input.slider, value)
        next_step(qtbot, runner)
    with qtbot.waitSignal(runner.finished):
        click(qtbot, runner.save_now_button)
    (entry,) = checkins(journal)
    assert journal.exercise_answers(entry.uuid) == {"trust": 7, "anxiety": 2, "connection": 6}
    assert card.stack.currentWidget() is card.done
    assert card.figures.text() == "Trust 7 · Anxiety 2 · Connection 6"


# -- the rest of the page --------------------------------------------------------------


def test_a_fresh_journal_is_greeted_kindly(qtbot, window) -> None:
    today = open_today(window)
    text = shown_text(today)
    assert "Nothing written yet, and that's fine." in text
    assert "Start wherever you are" in text
    assert today.next_step.button.text() == "Write a few lines"
    assert not today.on_this_day.isVisible()
    click(qtbot, today.next_step.button)
    assert window.current_page() == "Journal"


def test_the_next_step_follows_recent_activity(qtbot, window, journal) -> None:
    today = open_today(window, "distrusting")
    card = today.next_step
    yesterday = dt.date.today() - dt.timedelta(days=1)
    journal.create_entry(title="A few words", body="Slept badly.",
                         local_date=dt.date.today() - dt.timedelta(days=5))
    window.events.emit_change(Change(order=True))
    assert card.title.text() == "A few lines, if you feel like it"  # quiet for 5 days
    journal.create_entry(title="Today", body="Calmer.")
    window.events.emit_change(Change(order=True))
    assert card.title.text() == "Something to try when you have a few minutes"
    assert card.button.text() == "Open “Then and now”"
    save_checkin(journal, {"trust": 1, "anxiety": 9, "connection": 2}, yesterday)
    window.events.emit_change(Change(order=True, exercises=True))
    assert card.title.text() == "Go gently today"
    assert card.button.text() == "Open “Acknowledge my feelings”"
    click(qtbot, card.button)
    assert window.current_page() == "Exercises"
    runner = window.exercises_view.runner
    assert runner is not None and runner.exercise.id == "acknowledge_feelings"
    runner.leave()


def test_a_good_week_invites_a_small_victory(qtbot, window, journal) -> None:
    today = open_today(window, "distrusted")
    journal.create_entry(title="Today", body="Fine.")
    for back in range(3):
        save_checkin(journal, {"felt_trusted": 8, "distrust_weight": 2, "connection": 8,
                               "needs_met": 7},
                     dt.date.today() - dt.timedelta(days=back))
    window.events.emit_change(Change(order=True, exercises=True))
    assert today.next_step.title.text() == "Something is going well"
    assert today.next_step.action == "celebrate_small_victory"


def test_on_this_day_shows_earlier_years_only(qtbot, window, journal) -> None:
    day = dt.date.today()
    try:
        year_ago = day.replace(year=day.year - 1)
    except ValueError:  # 29 February: the year before has none
        year_ago = day.replace(year=day.year - 1, day=28)
    old, _ = journal.create_entry(title="The lake trip", body="Quiet water.",
                                  local_date=year_ago)
    journal.create_entry(title="Yesterday's note", body="Rain.",
                         local_date=day - dt.timedelta(days=1))
    today = open_today(window)
    window.events.emit_change(Change(order=True))
    assert today.on_this_day.isVisible()
    links = today.on_this_day_list.links
    assert [link.uuid for link in links] == [old.uuid]
    assert links[0].title.text() == "The lake trip"
    assert links[0].caption.text().startswith("A year ago")
    assert "Yesterday's note" not in shown_text(today.on_this_day)
    click(qtbot, links[0])
    assert window.current_page() == "Journal"
    assert window.journal_view.editor.entry_uuid == old.uuid


def test_recent_entries_open_on_click(qtbot, window, journal) -> None:
    entries = [journal.create_entry(title=f"Note {n}", body="Words.")[0] for n in range(7)]
    today = open_today(window)
    window.events.emit_change(Change(order=True))
    links = today.recent_list.links
    assert len(links) == 5
    assert links[0].title.text() == "Note 6"
    assert "Today · Entry" in links[0].caption.text()
    links[2].setFocus()
    qtbot.keyClick(links[2], Qt.Key.Key_Space)
    assert window.current_page() == "Journal"
    assert window.journal_view.editor.entry_uuid == entries[4].uuid


# -- a small victory -------------------------------------------------------------------


def test_a_saved_victory_gets_a_quiet_moment_that_can_be_closed(qtbot, window,
                                                                journal) -> None:
    window.show_page(PAGES.index("Exercises"))
    click(qtbot, window.exercises_view.cards["celebrate_small_victory"].start_button)
    runner = window.exercises_view.runner
    type_into(qtbot, runner.current.editor, "I asked instead of checking his phone.")
    next_step(qtbot, runner)
    click(qtbot, runner.current.buttons["asked"])
    next_step(qtbot, runner)
    slide(qtbot, runner.current.input.slider, 8)
    next_step(qtbot, runner)
    next_step(qtbot, runner)
    with qtbot.waitSignal(runner.finished) as saved:
        click(qtbot, runner.next_button)
    uuid = saved.args[0]
    assert journal.get_entry(uuid).exercise_id == "celebrate_small_victory"
    assert window.current_page() == "Today"
    card = window.today_view.celebration
    assert card.isVisible()
    text = shown_text(card)
    assert "A small victory, noticed" in text
    assert "“I asked instead of checking his phone.”" in text
    assert "Proud of it: 8 out of 10" in text
    qtbot.waitUntil(lambda: QApplication.focusWidget() is card.close_button)
    qtbot.keyClick(card.close_button, Qt.Key.Key_Space)
    assert not card.isVisible()


def test_the_celebration_opens_the_victory_and_escape_closes_it(qtbot, window,
                                                                journal) -> None:
    entry, _ = journal.save_exercise_entry(
        exercise_id="celebrate_small_victory", exercise_version=2, title="Victory",
        body="", answers={"what": "Slept without checking.", "kind": "trusted", "pride": 6},
        metrics=[])
    other, _ = journal.save_exercise_entry(
        exercise_id="good_moments", exercise_version=1, title="Good", body="",
        answers={}, metrics=[])
    today = open_today(window)
    assert not today.celebrate(other.uuid)  # only a victory is celebrated
    assert not today.celebration.isVisible()
    assert today.celebrate(entry.uuid)
    card = today.celebration
    assert card.isVisible()
    click(qtbot, card.read_button)
    assert window.current_page() == "Journal"
    assert window.journal_view.editor.entry_uuid == entry.uuid
    window.show_page(PAGES.index("Today"))
    card.close_button.setFocus()
    qtbot.keyClick(card.close_button, Qt.Key.Key_Escape)
    assert not card.isVisible()


def test_only_a_new_victory_is_celebrated_a_changed_one_is_not(qtbot, window,
                                                               journal) -> None:
    entry, _ = journal.save_exercise_entry(
        exercise_id="celebrate_small_victory", exercise_version=2, title="Victory",
        body="", answers={"what": "I asked instead of guessing.", "kind": "asked",
                          "pride": 5}, metrics=[])
    card = window.today_view.celebration
    # Changed through the journal's "edit answers", as a person would reopen it.
    window.edit_answers(entry.uuid)
    runner = window.exercises_view.runner
    assert runner is not None and runner.entry_uuid == entry.uuid
    runner.go_to("pride")
    slide(qtbot, runner.current.input.slider, 9)
    runner.go_to(runner.exercise.steps[-1].id)
    with qtbot.waitSignal(runner.finished):
        click(qtbot, runner.next_button)
    assert journal.exercise_answers(entry.uuid)["pride"] == 9  # the change is saved
    assert [e.uuid for e in journal.iter_entries()
            if e.exercise_id == "celebrate_small_victory"] == [entry.uuid]
    assert not card.isVisible()  # no celebration for a change
    assert window.current_page() == "Journal"
    assert window.journal_view.editor.entry_uuid == entry.uuid
    # A new victory, saved from the start, still gets its moment.
    window.show_page(PAGES.index("Exercises"))
    QApplication.processEvents()  # the list is rebuilt after the change
    click(qtbot, window.exercises_view.cards["celebrate_small_victory"].start_button)
    runner = window.exercises_view.runner
    assert runner.entry_uuid is None
    type_into(qtbot, runner.current.editor, "Slept without checking.")
    next_step(qtbot, runner)
    click(qtbot, runner.current.buttons["asked"])
    next_step(qtbot, runner)
    slide(qtbot, runner.current.input.slider, 7)
    next_step(qtbot, runner)
    next_step(qtbot, runner)
    with qtbot.waitSignal(runner.finished) as saved:
        click(qtbot, runner.next_button)
    assert saved.args[0] != entry.uuid
    assert window.current_page() == "Today"
    assert card.isVisible()
    assert "“Slept without checking.”" in shown_text(card)


def test_building_today_reads_each_thing_once(qtbot, journal, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The page, the check-in card and the urge card each used to read the day again as
    the page was built: each read costs on the way to a usable window."""
    from collections import Counter

    from trustjournal.gui.events import AppEvents

    calls: Counter[str] = Counter()
    for name in ("checkin_on", "load_draft", "urges_to_follow_up", "timeline_page",
                 "promises_due", "count_entries"):
        real = getattr(journal, name)
        monkeypatch.setattr(journal, name, lambda *a, _real=real, _name=name, **k: (
            calls.update([_name]), _real(*a, **k))[1])
    view = TodayView(journal, AppEvents())
    qtbot.addWidget(view)
    assert calls == {"checkin_on": 1, "load_draft": 1, "urges_to_follow_up": 1,
                     "timeline_page": 1, "promises_due": 1, "count_entries": 1}
    # Shown, the urge card looks again (time may have passed while the page was away).
    view.show()
    qtbot.waitExposed(view)
    assert calls["urges_to_follow_up"] == 2 and calls["checkin_on"] == 1
