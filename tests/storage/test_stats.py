"""The Progress aggregates, on a journal filled through the same save calls as the app."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from trustjournal.core.entries import EntryKind
from trustjournal.core.exercises import CheckIn, Metric, builtin_exercises, metrics
from trustjournal.core.progress import (
    ActivityDay,
    CheckinDay,
    ExerciseDay,
    LabelCount,
    ProgressData,
    ThoughtRecord,
    Victory,
    build_dashboard,
)

D = dt.date
MARCH = (D(2024, 3, 1), D(2024, 3, 31))


def checkin(journal, day: dt.date, trust: int, anxiety: int, connection: int,  # type: ignore[no-untyped-def]
            feelings: tuple[tuple[str, int], ...] = ()) -> str:
    made = CheckIn(trust, anxiety, connection, feelings)
    entry, _ = journal.save_exercise_entry(
        exercise_id="checkin", exercise_version=1, kind=EntryKind.CHECKIN,
        title=f"Check-in · trust {trust}", body="", answers=made.answers(),
        metrics=made.metrics(), local_date=day)
    return entry.uuid


def exercise(journal, exercise_id: str, day: dt.date, answers: dict[str, Any],  # type: ignore[no-untyped-def]
             figures: list[Metric] | None = None, title: str = "") -> str:
    found = builtin_exercises().get(exercise_id)
    assert found is not None
    entry, _ = journal.save_exercise_entry(
        exercise_id=exercise_id, exercise_version=found.version, title=title or found.title,
        body="answers", answers=answers,
        metrics=metrics(found, answers) if figures is None else figures, local_date=day)
    return entry.uuid


THOUGHT = {
    "situation": "Saturday night, she was late.",
    "thought": "She is always hiding something from me.",
    "belief": 80,
    "feelings": [{"feeling": "jealous", "intensity": 70}, {"feeling": "scared", "intensity": 60}],
    "traps": ["overgeneralising", "mind_reading"],
    "evidence_for": ["She was an hour late."],
    "evidence_against": ["She told me about the meeting."],
    "balanced": "She was late, and she told me why.",
    "belief_after": 40,
    "feelings_after": {"jealous": 30, "scared": 20},
}
ROOT = {"moment": "Her phone buzzed.", "facts": "A message came in.",
        "sources": ["family", "fear_of_being_left"], "where": "past"}
VICTORY = {"what": "Asked instead of guessing", "kind": "asked", "pride": 7}


@pytest.fixture
def seeded(journal):  # type: ignore[no-untyped-def]
    """A month of everything, plus trashed entries and entries outside March."""
    ids = {
        "outside": checkin(journal, D(2024, 2, 1), 1, 9, 1),
        "a": checkin(journal, D(2024, 3, 4), 6, 3, 7),
        "b": checkin(journal, D(2024, 3, 4), 8, 5, 7),
        "thought": exercise(journal, "challenge_a_thought", D(2024, 3, 5), THOUGHT),
        "root": exercise(journal, "get_to_the_root", D(2024, 3, 6), ROOT),
        "victory": exercise(journal, "celebrate_small_victory", D(2024, 3, 6), VICTORY,
                            title="Celebrate a small victory: Asked"),
        "trashed_checkin": checkin(journal, D(2024, 3, 7), 2, 9, 1),
        "trashed_thought": exercise(journal, "challenge_a_thought", D(2024, 3, 7),
                                    {**THOUGHT, "belief": 100, "belief_after": 0}),
        "feelings": checkin(journal, D(2024, 3, 8), 5, 5, 5, (("hopeful", 40),)),
    }
    journal.create_entry(title="Just writing", body="A quiet day.", local_date=D(2024, 3, 7))
    journal.create_entry(title="Later", body="April already.", local_date=D(2024, 4, 1))
    journal.trash_entry(ids["trashed_checkin"])
    journal.trash_entry(ids["trashed_thought"])
    return ids


def test_march_in_exact_figures(journal, seeded) -> None:  # type: ignore[no-untyped-def]
    data = journal.progress_data(*MARCH)
    assert (data.start, data.end, data.first_day, data.last_day) == (
        *MARCH, D(2024, 2, 1), D(2024, 4, 1))
    assert data.checkins == (CheckinDay(D(2024, 3, 4), 2, 7.0, 4.0, 7.0, 2, 2, 2),
                             CheckinDay(D(2024, 3, 8), 1, 5.0, 5.0, 5.0, 1, 1, 1))
    assert data.exercises == (ExerciseDay(D(2024, 3, 5), "challenge_a_thought", 1),
                              ExerciseDay(D(2024, 3, 6), "celebrate_small_victory", 1),
                              ExerciseDay(D(2024, 3, 6), "get_to_the_root", 1))
    # Feelings 70 and 60 before, 30 and 20 after: 65 → 25.
    assert data.thought_records == (
        ThoughtRecord(D(2024, 3, 5), seeded["thought"], 80.0, 40.0, 65.0, 25.0),)
    assert data.labels == (
        LabelCount(D(2024, 3, 5), "trap", "mind_reading", 1),
        LabelCount(D(2024, 3, 5), "trap", "overgeneralising", 1),
        LabelCount(D(2024, 3, 6), "root_source", "family", 1),
        LabelCount(D(2024, 3, 6), "root_source", "fear_of_being_left", 1),
        LabelCount(D(2024, 3, 6), "root_where", "past", 1),
        LabelCount(D(2024, 3, 6), "victory_kind", "asked", 1))
    assert data.victories == (
        Victory(D(2024, 3, 6), seeded["victory"], "Asked instead of guessing", "asked", 7.0),)
    assert data.activity == (ActivityDay(D(2024, 3, 4), 2, 2), ActivityDay(D(2024, 3, 5), 1, 0),
                             ActivityDay(D(2024, 3, 6), 2, 0), ActivityDay(D(2024, 3, 7), 1, 0),
                             ActivityDay(D(2024, 3, 8), 1, 1))


def test_no_bounds_means_everything_and_trash_comes_back_when_restored(  # type: ignore[no-untyped-def]
        journal, seeded) -> None:
    everything = journal.progress_data()
    assert everything.start is None and everything.end is None
    assert [row.day for row in everything.checkins] == [D(2024, 2, 1), D(2024, 3, 4),
                                                        D(2024, 3, 8)]
    assert everything.activity[-1] == ActivityDay(D(2024, 4, 1), 1, 0)
    journal.restore_entry(seeded["trashed_checkin"])
    back = journal.progress_data(D(2024, 3, 7), D(2024, 3, 7))
    assert back.checkins == (CheckinDay(D(2024, 3, 7), 1, 2.0, 9.0, 1.0, 1, 1, 1),)
    assert back.activity == (ActivityDay(D(2024, 3, 7), 2, 1),)
    assert back.thought_records == ()  # that one is still in the trash


def test_the_same_figures_make_the_dashboard(journal, seeded) -> None:  # type: ignore[no-untyped-def]
    dash = build_dashboard(journal.progress_data(*MARCH), today=D(2024, 3, 31),
                           range_key="all")
    assert dash.thoughts.caption == (
        "In your thought record, belief in the first thought dropped by 40 points (80 → 40) "
        "and the feelings with it eased by 40 points (65 → 25).")
    assert dash.traps.top() == [("Mind reading", 1), ("Overgeneralising", 1)]
    assert [(i.name, i.count) for i in dash.where.items] == [("About my past", 1)]
    assert dash.heatmap.days == 5 and dash.checkin_days == 2
    assert dash.victories.wall[0].kind_name == "I asked instead of assuming"


def test_feelings_are_paired_by_feeling(journal) -> None:  # type: ignore[no-untyped-def]
    # Scared was rated before but not after: only jealous (80 → 40) is compared.
    figures = [Metric("belief_before", 70.0), Metric("feeling_before", 80.0, "jealous"),
               Metric("feeling_before", 60.0, "scared"), Metric("feeling_after", 40.0, "jealous")]
    paired = exercise(journal, "challenge_a_thought", D(2024, 3, 2), {}, figures)
    # Never re-rated at all: belief and feelings have no "after".
    alone = exercise(journal, "challenge_a_thought", D(2024, 3, 3), {},
                     [Metric("belief_before", 90.0), Metric("feeling_before", 50.0, "sad")])
    data = journal.progress_data(*MARCH)
    assert data.thought_records == (
        ThoughtRecord(D(2024, 3, 2), paired, 70.0, None, 80.0, 40.0),
        ThoughtRecord(D(2024, 3, 3), alone, 90.0, None, None, None))
    assert data.thought_records[0].feeling_drop == 40.0
    assert data.thought_records[0].belief_drop is None


def test_a_victory_without_words_or_with_damaged_answers_uses_its_title(journal) -> None:  # type: ignore[no-untyped-def]
    plain = exercise(journal, "celebrate_small_victory", D(2024, 3, 2), {"pride": 5},
                     [Metric("pride", 5.0)], title="A quiet win")
    damaged = exercise(journal, "celebrate_small_victory", D(2024, 3, 3), VICTORY,
                       title="Kept my word")
    with journal._gateway.write() as cur:
        cur.execute("UPDATE entries SET answers_json = '{not json' WHERE uuid = ?", (damaged,))
    data = journal.progress_data(*MARCH)
    assert [(v.uuid, v.text, v.kind, v.pride) for v in data.victories] == [
        (plain, "A quiet win", None, 5.0), (damaged, "Kept my word", "asked", 7.0)]


def test_an_empty_journal(journal) -> None:  # type: ignore[no-untyped-def]
    assert journal.progress_data(*MARCH) == ProgressData(*MARCH, None, None)
    assert journal.progress_data().journal_is_empty


def test_a_journal_with_one_free_entry(journal) -> None:  # type: ignore[no-untyped-def]
    journal.create_entry(title="First", body="Hello.", local_date=D(2024, 3, 9))
    data = journal.progress_data()
    assert (data.first_day, data.last_day) == (D(2024, 3, 9), D(2024, 3, 9))
    assert data.activity == (ActivityDay(D(2024, 3, 9), 1, 0),)
    assert data.checkins == data.exercises == data.labels == ()


def test_entries_in_the_far_future_and_decades_back(journal) -> None:  # type: ignore[no-untyped-def]
    checkin(journal, D(1990, 5, 2), 3, 7, 3)
    checkin(journal, D(2024, 3, 4), 6, 3, 7)
    journal.create_entry(title="Someday", body="Dated ahead.", local_date=D(2099, 1, 1))
    data = journal.progress_data()
    assert (data.first_day, data.last_day) == (D(1990, 5, 2), D(2099, 1, 1))
    dash = build_dashboard(data, today=D(2024, 3, 10), range_key="all")
    assert dash.periods.gaps == 2 and len(dash.periods) < 20
    march = journal.progress_data(*MARCH)
    notes = build_dashboard(march, today=D(2024, 3, 31), range_key="4w").notes
    assert any("dated after 31 Mar 2024" in note for note in notes)


def test_the_demo_journal_is_full_of_figures(journal) -> None:  # type: ignore[no-untyped-def]
    from trustjournal.storage.bulk import insert_demo

    assert insert_demo(journal, 600, 2, seed=3) == 600
    data = journal.progress_data()
    checkins = sum(row.checkins for row in data.checkins)
    exercises = sum(row.count for row in data.exercises)
    assert checkins == 240 and exercises == 90  # 40 % and 15 % of the entries
    assert sum(row.entries for row in data.activity) == 600
    assert {row.exercise_id for row in data.exercises} == {
        "challenge_a_thought", "get_to_the_root", "celebrate_small_victory",
        "acknowledge_feelings"}
    records = data.thought_records
    assert records and all(r.belief_drop is not None and r.belief_drop >= 0 for r in records)
    assert all(r.feeling_drop is not None for r in records)
    assert {row.metric for row in data.labels} == {"trap", "root_source", "root_where",
                                                   "victory_kind"}
    assert all(v.text and v.kind for v in data.victories)
    dash = build_dashboard(data, today=dt.date.today(), range_key="all")
    assert not dash.trend.is_empty and not dash.where.is_empty
