"""The later "How did it go?" follow-up of "Communicate my feelings": offered on the card
while a prepared talk is still ahead, linked to that entry, gone once answered."""

from __future__ import annotations

from pathlib import Path

from tests.gui.exercises.helpers import click
from tests.gui.exercises.test_catalog_exercises import KEEP, drive, finish, saved, start
from trustjournal.core.exercises import FOLLOWS, Metric, builtin_exercises
from trustjournal.exchange import runner as exchange
from trustjournal.exchange.model import ExportFilter
from trustjournal.gui.dates import date_text
from trustjournal.gui.main_window import PAGES


def prepare(qtbot, window, talked: str) -> str:  # type: ignore[no-untyped-def]
    runner = start(qtbot, window, "communicate_feelings")
    drive(qtbot, runner, [
        ("feelings", {"hurt": 50}), ("when", "you look at your phone at dinner"),
        ("because", "I feel second"), ("need", "phones away while we eat"),
        ("statement", KEEP), ("questions", ["What do you need at dinner?"]),
        ("moment", "agreed"), ("talked", talked),
    ] + ([("how_it_went", "Fine."), ("heard", 6)] if talked == "done" else []))
    return finish(qtbot, window, runner)


def follow_up_button(window):  # type: ignore[no-untyped-def]
    window.show_page(PAGES.index("Exercises"))
    return window.exercises_view.cards["communicate_feelings"].follow_up_button


def test_follow_up_is_offered_linked_and_then_gone(qtbot, window, journal) -> None:
    original = prepare(qtbot, window, "not_yet")
    talk = journal.get_entry(original)
    view = window.exercises_view
    assert "talk_follow_up" not in view.cards  # never a card of its own
    button = follow_up_button(window)
    assert button is not None and button.text() == "How did it go?"
    click(qtbot, button)
    runner = view.runner
    assert runner is not None and runner.exercise.id == "talk_follow_up"
    drive(qtbot, runner, [
        ("went", "mixed"), ("went_well", "I said my sentence calmly."),
        ("differently", "Not right after work."), ("heard", 7),
    ])
    uuid = finish(qtbot, window, runner)
    entry, answers, metrics = saved(journal, uuid, "talk_follow_up")
    assert answers[FOLLOWS] == original
    assert Metric("talk_heard", 7.0) in metrics
    day = talk.local_date
    assert f"“{talk.title}”, saved on {date_text(day)}" in entry.body
    assert "I said my sentence calmly." in entry.body
    assert follow_up_button(window) is None


def test_a_talk_already_had_offers_no_follow_up(qtbot, window, journal) -> None:
    prepare(qtbot, window, "done")
    assert follow_up_button(window) is None


def test_follows_survives_json_export_and_import(qtbot, window, journal, tmp_path: Path
                                                 ) -> None:
    from trustjournal.storage import open_journal

    original = prepare(qtbot, window, "not_yet")
    click(qtbot, follow_up_button(window))
    drive(qtbot, window.exercises_view.runner, [
        ("went", "well"), ("went_well", None), ("differently", None), ("heard", 9)])
    uuid = finish(qtbot, window, window.exercises_view.runner)
    out = tmp_path / "out.json"
    exchange.export(journal, "json", out, ExportFilter())
    other = open_journal(tmp_path / "other" / "copy.db")
    try:
        assert exchange.import_file(other, out, "json").added == 2
        assert other.exercise_answers(uuid)[FOLLOWS] == original
        assert other.awaiting_follow_up("communicate_feelings", "talk_follow_up") == []
    finally:
        other.close()


def test_builtin_follow_up_uses_the_originals_metric() -> None:
    loaded = builtin_exercises()
    original, follow_up = loaded.get("communicate_feelings"), loaded.get("talk_follow_up")
    assert original is not None and follow_up is not None
    assert original.step("heard").metric == follow_up.step("heard").metric == "talk_heard"
    assert follow_up.follow_up is not None and follow_up.follow_up.exercise == original.id


def test_a_follow_up_cannot_start_without_its_entry(qtbot, window) -> None:
    assert window.exercises_view.start("talk_follow_up") is None
    assert window.exercises_view.runner is None


def test_the_entry_of_a_talk_not_yet_had_offers_the_follow_up(qtbot, window, journal
                                                              ) -> None:
    original = prepare(qtbot, window, "not_yet")
    window.open_entry(original)
    editor = window.journal_view.editor
    assert editor.follow_up_button.isVisible()
    click(qtbot, editor.follow_up_button)
    runner = window.exercises_view.runner
    assert window.current_page() == "Exercises" and runner.exercise.id == "talk_follow_up"
    drive(qtbot, runner, [
        ("went", "hard"), ("went_well", None), ("differently", "Start softer."),
        ("heard", 3)])
    uuid = finish(qtbot, window, runner)
    assert journal.exercise_answers(uuid)[FOLLOWS] == original
    window.open_entry(original)
    assert editor.answers_banner.isVisible() and not editor.follow_up_button.isVisible()
    window.open_entry(uuid)  # the follow-up itself is followed by nothing
    assert editor.answers_banner.isVisible() and not editor.follow_up_button.isVisible()


def test_the_entry_of_a_talk_already_had_offers_no_follow_up(qtbot, window) -> None:
    window.open_entry(prepare(qtbot, window, "done"))
    editor = window.journal_view.editor
    assert editor.answers_banner.isVisible() and not editor.follow_up_button.isVisible()
