"""The daily check-in asks what fits whose trust the journal is about, and Progress keeps
every check-in readable under its own question after the perspective changes."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCharts import QLineSeries, QScatterSeries
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from tests.gui.exercises.helpers import next_step, slide
from trustjournal.core.entries import EntryEdit, EntryKind
from trustjournal.core.progress import week_summary
from trustjournal.gui.checkin import CheckInDialog
from trustjournal.gui.events import AppEvents
from trustjournal.gui.perspective import SETTING, PerspectiveCombo
from trustjournal.gui.progress_view import ProgressView

ASKED = {
    "distrusting": [("trust", "How much do you trust your partner today?"),
                    ("anxiety", "How anxious do you feel today?"),
                    ("connection", "How close to your partner do you feel today?")],
    "distrusted": [("felt_trusted", "How trusted did you feel today?"),
                   ("distrust_weight", "How heavy did the distrust between you feel today?"),
                   ("connection", "How close to your partner do you feel today?"),
                   ("needs_met", "How well were your own needs met today (rest, friends, "
                                 "being heard)?")],
    "both": [("trust", "How much do you trust your partner today?"),
             ("felt_trusted", "How trusted did you feel today?"),
             ("anxiety", "How anxious do you feel today?"),
             ("connection", "How close to your partner do you feel today?"),
             ("needs_met", "How well were your own needs met today (rest, friends, "
                           "being heard)?")],
}


def shown_texts(runner) -> list[str]:  # type: ignore[no-untyped-def]
    page = runner.stack.currentWidget()
    return [label.text() for label in page.findChildren(QLabel) if label.isVisible()]


def do_checkin(qtbot, journal, values: list[int]) -> tuple[list[tuple[str, str]], str]:  # type: ignore[no-untyped-def]
    """Answer each scale on screen (noting the question shown) and save; the rest skipped."""
    dialog = CheckInDialog(journal, AppEvents())
    qtbot.addWidget(dialog)
    dialog.show()
    runner = dialog.runner
    seen: list[tuple[str, str]] = []
    for value in values:
        step = runner.run.step
        assert step.kind == "scale"
        prompt = step.prompt
        assert prompt in shown_texts(runner)  # the question is on screen
        seen.append((step.id, prompt))
        slide(qtbot, runner.current.input.slider, value)
        next_step(qtbot, runner)
    assert runner.run.step.id == "feelings"  # every scale was asked before the feelings
    with qtbot.waitSignal(runner.finished):
        runner.finish()
    assert dialog.saved_uuid
    return seen, dialog.saved_uuid


def scale_rows(journal, uuid: str) -> dict[str, float]:  # type: ignore[no-untyped-def]
    return {m.name: m.value for m in journal.entry_metrics(uuid) if m.name != "feeling"}


@pytest.mark.parametrize("perspective", ["distrusting", "distrusted", "both"])
def test_each_perspective_is_asked_its_own_questions(qtbot, journal, perspective) -> None:  # type: ignore[no-untyped-def]
    journal.set_setting(SETTING, perspective)
    values = [3, 8, 5, 6, 2][:len(ASKED[perspective])]
    seen, uuid = do_checkin(qtbot, journal, values)
    assert seen == ASKED[perspective]
    entry = journal.get_entry(uuid)
    assert entry.kind == EntryKind.CHECKIN
    assert scale_rows(journal, uuid) == {
        name: float(value) for (name, _), value in zip(ASKED[perspective], values, strict=True)}


def test_the_heaviness_scale_names_its_ends(qtbot, journal) -> None:  # type: ignore[no-untyped-def]
    journal.set_setting(SETTING, "distrusted")
    dialog = CheckInDialog(journal, AppEvents())
    qtbot.addWidget(dialog)
    dialog.show()
    runner = dialog.runner
    slide(qtbot, runner.current.input.slider, 4)
    next_step(qtbot, runner)
    texts = shown_texts(runner)
    assert "0 · Light, hardly there" in texts and "Very heavy · 10" in texts


def test_switching_perspective_keeps_old_checkins_under_their_questions(qtbot, journal) -> None:  # type: ignore[no-untyped-def]
    today = dt.date.today()
    journal.set_setting(SETTING, "distrusting")
    _, old = do_checkin(qtbot, journal, [4, 7, 6])
    # It was yesterday's: today's check-in is then a new one, not an edit of it.
    journal.update_entry(old, EntryEdit(local_date=today - dt.timedelta(days=1)))

    combo = PerspectiveCombo(journal)
    qtbot.addWidget(combo)
    combo.activated.emit(combo.findData("distrusted"))  # as picking it in the list does
    assert journal.get_setting(SETTING) == "distrusted"
    seen, new = do_checkin(qtbot, journal, [6, 3, 5, 2])
    assert [name for name, _ in seen] == ["felt_trusted", "distrust_weight", "connection",
                                          "needs_met"]
    assert scale_rows(journal, old) == {"trust": 4.0, "anxiety": 7.0, "connection": 6.0}
    assert scale_rows(journal, new) == {"felt_trusted": 6.0, "distrust_weight": 3.0,
                                        "connection": 5.0, "needs_met": 2.0}

    view = ProgressView(journal, AppEvents(), today=today)
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    view.set_range("4w")
    series = list(view.cards["trend"].view.chart().series())
    lines = {s.name(): [p.y() for p in s.points()] for s in series
             if isinstance(s, QLineSeries) and not isinstance(s, QScatterSeries)}
    dots = {s.name(): [p.y() for p in s.points()] for s in series
            if isinstance(s, QScatterSeries)}
    # Each question its own line, under its own label; connection has both days.
    assert sorted(dots) == sorted(f"{name} (days)" for name in (
        "Trust", "Anxiety", "Connection", "Felt trusted", "Weight of the distrust",
        "My own needs met"))
    assert dots["Trust (days)"] == [4] and dots["Anxiety (days)"] == [7]
    assert dots["Felt trusted (days)"] == [6]
    assert dots["Weight of the distrust (days)"] == [3]
    assert dots["My own needs met (days)"] == [2]
    assert sorted(dots["Connection (days)"]) == [5, 6]
    assert "Weight of the distrust (weekly average)" in lines
    caption = view.cards["trend"].caption.text().lower()
    assert "weight of the distrust" in caption and "felt_trusted" not in caption

    # The weekly summary reads every question that was answered, by its words.
    data = journal.progress_data(today - dt.timedelta(days=14), today)
    text = week_summary(data, today - dt.timedelta(days=6))
    assert "**Check-ins:** 2 this week." in text
    assert "weight of the distrust 3.0" in text and "trust 4.0" in text
    assert "sense of being trusted 6.0" in text and "distrust_weight" not in text


def test_editing_todays_checkin_after_a_switch_keeps_its_answers(qtbot, journal) -> None:  # type: ignore[no-untyped-def]
    journal.set_setting(SETTING, "distrusting")
    _, uuid = do_checkin(qtbot, journal, [4, 7, 6])
    journal.set_setting(SETTING, "distrusted")
    dialog = CheckInDialog(journal, AppEvents())
    qtbot.addWidget(dialog)
    asked = [step.id for step in dialog.runner.exercise.steps if step.kind == "scale"]
    # Today's answers are still asked (not dropped), with the new perspective's questions.
    assert asked == ["trust", "anxiety", "connection", "felt_trusted", "distrust_weight",
                     "needs_met"]
    assert dialog.runner.run.answers["trust"] == 4
    assert [s.id for s in dialog.runner.run.missing_required()] == [
        "felt_trusted", "distrust_weight", "needs_met"]
    assert scale_rows(journal, uuid) == {"trust": 4.0, "anxiety": 7.0, "connection": 6.0}


def test_the_exercises_page_leads_with_what_fits_and_keeps_everything(qtbot, window,  # type: ignore[no-untyped-def]
                                                                      journal) -> None:
    view = window.exercises_view
    every = set(view.cards)
    assert len(every) == 15
    for key, first in (("distrusted", ["check_in_with_myself", "understand_their_distrust"]),
                       ("distrusting", ["get_to_the_root", "then_and_now",
                                        "trust_my_judgment"])):
        view.perspective.activated.emit(view.perspective.findData(key))  # picked in the list
        assert journal.get_setting(SETTING) == key
        order = list(view.cards)
        assert order[:len(first)] == first
        assert set(order) == every  # the others are still there, further down
        shown = [view._cards_box.itemAt(i).widget() for i in range(view._cards_box.count())]
        assert [card.exercise_id for card in shown][:len(first)] == first


def test_a_checkin_feeling_left_untouched_is_not_saved(qtbot, journal) -> None:  # type: ignore[no-untyped-def]
    journal.set_setting(SETTING, "distrusting")
    dialog = CheckInDialog(journal, AppEvents())
    qtbot.addWidget(dialog)
    dialog.show()
    runner = dialog.runner
    for value in (5, 5, 5):
        slide(qtbot, runner.current.input.slider, value)
        next_step(qtbot, runner)
    feelings = runner.current
    qtbot.keyClicks(feelings.find, "calm")
    qtbot.keyClick(feelings.find, Qt.Key.Key_Return)
    qtbot.keyClicks(feelings.find, "hope")
    qtbot.keyClick(feelings.find, Qt.Key.Key_Return)
    assert list(feelings.picked) == ["calm", "hopeful"]
    assert "pick one" in feelings.picked["calm"].shown.text()  # visibly not chosen yet
    slide(qtbot, feelings.picked["hopeful"].slider, 70)  # only this one is moved
    with qtbot.waitSignal(runner.finished):
        runner.finish()
    feelings_saved = {(m.label, m.value) for m in journal.entry_metrics(dialog.saved_uuid)
                      if m.name == "feeling"}
    assert feelings_saved == {("hopeful", 70.0)}
    answers = journal.exercise_answers(dialog.saved_uuid)
    assert answers["feelings"] == [{"feeling": "hopeful", "intensity": 70}]
