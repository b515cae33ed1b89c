"""Finished exercises keep their answers whole and their figures as rows."""

from __future__ import annotations

import datetime as dt

import pytest

from trustjournal.core.entries import EntryKind
from trustjournal.core.exercises import CheckIn, ExerciseRun, Metric, builtin_exercises, metrics
from trustjournal.storage import JournalError


def thought_record_answers() -> dict:
    return {
        "situation": "Saturday night, she was late.",
        "thought": "She is always hiding something from me.",
        "belief": 80,
        "feelings": [
            {"feeling": "jealous", "intensity": 70},
            {"feeling": "scared", "intensity": 60},
        ],
        "traps": ["overgeneralising", "mind_reading"],
        "evidence_for": ["She was an hour late."],
        "evidence_against": ["She told me about the meeting."],
        "balanced": "She was late, and she told me why.",
        "belief_after": 40,
        "feelings_after": {"jealous": 30, "scared": 20},
    }


def test_save_exercise_entry_keeps_answers_and_metrics(journal) -> None:
    exercise = builtin_exercises().get("challenge_a_thought")
    assert exercise is not None
    answers = thought_record_answers()
    run = ExerciseRun(exercise)
    for step_id, value in answers.items():
        if step_id in {s.id for s in exercise.steps}:
            run.set_answer(step_id, value)
    figures = metrics(exercise, run.answers)
    entry, change = journal.save_exercise_entry(
        exercise_id=exercise.id, exercise_version=exercise.version, title=exercise.title,
        body="rendered answers: hiding", answers=run.answers, metrics=figures,
        local_date=dt.date(2024, 6, 1),
    )
    assert change.exercises and change.order
    assert entry.kind is EntryKind.EXERCISE
    assert entry.exercise_id == "challenge_a_thought" and entry.exercise_version == 1
    assert journal.exercise_answers(entry.uuid) == run.answers
    stored = journal.entry_metrics(entry.uuid)
    assert stored == figures
    names = {m.name for m in stored}
    assert {"belief_before", "belief_after"} <= names
    assert journal.search("hiding")[0].entry.uuid == entry.uuid
    assert journal.last_done() == {"challenge_a_thought": dt.date(2024, 6, 1)}


def test_resaving_replaces_metrics_and_removes_the_draft(journal) -> None:
    journal.save_draft("celebrate_small_victory", 1, {"step": 2, "answers": {"what": "x"}})
    assert [d.exercise_id for d in journal.drafts()] == ["celebrate_small_victory"]
    entry, _ = journal.save_exercise_entry(
        exercise_id="celebrate_small_victory", exercise_version=1, title="A win", body="b",
        answers={"pride": 6}, metrics=[Metric("pride", 6.0)],
    )
    assert journal.drafts() == []
    journal.save_exercise_entry(
        exercise_id="celebrate_small_victory", exercise_version=1, title="A win", body="b",
        answers={"pride": 9}, metrics=[Metric("pride", 9.0)], entry_uuid=entry.uuid,
    )
    assert journal.entry_metrics(entry.uuid) == [Metric("pride", 9.0)]
    with pytest.raises(JournalError):
        journal.save_exercise_entry(
            exercise_id="other", exercise_version=1, title="", body="", answers={},
            metrics=[], entry_uuid=entry.uuid,
        )


def test_metrics_go_with_purged_entries(journal) -> None:
    entry, _ = journal.save_exercise_entry(
        exercise_id="x", exercise_version=1, title="t", body="b", answers={},
        metrics=[Metric("pride", 3.0)],
    )
    journal.trash_entry(entry.uuid)
    assert journal.last_done() == {}
    journal.purge_entry(entry.uuid)
    with journal._gateway.read() as cur:
        assert cur.execute("SELECT count(*) FROM metrics").fetchone()[0] == 0


def test_drafts_round_trip_and_discard(journal) -> None:
    state = {"format": 1, "exercise_id": "x", "answers": {"thought": "שלום 😊"}}
    journal.save_draft("x", 1, state)
    journal.save_draft("x", 1, {**state, "step": 3})
    assert journal.load_draft("x") == {**state, "step": 3}
    assert len(journal.drafts()) == 1
    journal.discard_draft("x")
    assert journal.load_draft("x") is None


def test_checkin_of_the_day(journal) -> None:
    today = dt.date(2024, 3, 3)
    checkin = CheckIn(trust=6, anxiety=3, connection=7, note="steady day")
    entry, _ = journal.save_exercise_entry(
        exercise_id="checkin", exercise_version=1, kind=EntryKind.CHECKIN, title="Check-in",
        body="Trust 6", answers=checkin.answers(), metrics=checkin.metrics(), local_date=today,
    )
    assert journal.checkin_on(today) == entry
    assert journal.checkin_on(today + dt.timedelta(days=1)) is None
    assert CheckIn.from_answers(journal.exercise_answers(entry.uuid)) == checkin


def test_saving_an_exercise_again_keeps_the_earlier_answers_in_history(journal) -> None:
    from trustjournal.core.exercises import Metric

    first, _ = journal.save_exercise_entry(
        exercise_id="celebrate_small_victory", exercise_version=1, title="A win",
        body="### How proud\n\n5 out of 10\n", answers={"pride": 5},
        metrics=[Metric("pride", 5.0)])
    journal.save_exercise_entry(
        exercise_id="celebrate_small_victory", exercise_version=1, title="A win",
        body="### How proud\n\n8 out of 10\n", answers={"pride": 8},
        metrics=[Metric("pride", 8.0)], entry_uuid=first.uuid)
    history = journal.history(first.uuid)
    assert len(history) == 1 and "5 out of 10" in history[0].body
    journal.restore_revision(first.uuid, history[0].id)
    assert journal.exercise_answers(first.uuid) == {"pride": 5}
    assert journal.entry_metrics(first.uuid) == [Metric("pride", 5.0)]


def test_latest_answers_before_a_day_skips_trashed_and_later_entries(journal) -> None:
    def review(day: dt.date, focus: str) -> str:
        entry, _ = journal.save_exercise_entry(
            exercise_id="weekly_review", exercise_version=2, title="Weekly review",
            body=focus, answers={"focus": focus}, metrics=[], local_date=day)
        return entry.uuid

    assert journal.latest_answers("weekly_review", before=dt.date(2024, 3, 11)) is None
    review(dt.date(2024, 2, 26), "older")
    newest = review(dt.date(2024, 3, 4), "newest before")
    review(dt.date(2024, 3, 11), "on the day itself")
    before = dt.date(2024, 3, 11)
    assert journal.latest_answers("weekly_review", before=before) == {"focus": "newest before"}
    journal.trash_entry(newest)
    assert journal.latest_answers("weekly_review", before=before) == {"focus": "older"}
    assert journal.latest_answers("get_to_the_root", before=before) is None


def test_entries_awaiting_a_follow_up_skip_followed_and_trashed_ones(journal) -> None:
    def save(exercise_id: str, answers: dict, day: dt.date) -> str:
        entry, _ = journal.save_exercise_entry(
            exercise_id=exercise_id, exercise_version=1, title=f"Talk {day.day}", body="b",
            answers=answers, metrics=[], local_date=day)
        return entry.uuid

    older = save("communicate_feelings", {"talked": "not_yet"}, dt.date(2026, 3, 1))
    newer = save("communicate_feelings", {"talked": "not_yet"}, dt.date(2026, 3, 5))
    gone = save("communicate_feelings", {"talked": "not_yet"}, dt.date(2026, 3, 7))
    journal.trash_entry(gone)
    awaiting = journal.awaiting_follow_up("communicate_feelings", "talk_follow_up")
    assert [(uuid, day, title) for uuid, day, title, _a in awaiting] == [
        (newer, dt.date(2026, 3, 5), "Talk 5"), (older, dt.date(2026, 3, 1), "Talk 1")]
    follow_up = save("talk_follow_up", {"follows": newer}, dt.date(2026, 3, 8))
    awaiting = journal.awaiting_follow_up("communicate_feelings", "talk_follow_up")
    assert [uuid for uuid, *_ in awaiting] == [older]
    journal.trash_entry(follow_up)  # a trashed follow-up no longer counts
    awaiting = journal.awaiting_follow_up("communicate_feelings", "talk_follow_up")
    assert [uuid for uuid, *_ in awaiting] == [newer, older]


def test_last_done_skips_trashed_days_and_reads_only_the_exercise_index(journal) -> None:
    def done(exercise_id: str, day: dt.date) -> str:
        entry, _ = journal.save_exercise_entry(
            exercise_id=exercise_id, exercise_version=1, title="t", body="b", answers={},
            metrics=[], local_date=day)
        return entry.uuid

    done("celebrate_small_victory", dt.date(2024, 3, 1))
    newest = done("celebrate_small_victory", dt.date(2024, 5, 1))
    done("challenge_a_thought", dt.date(2024, 4, 2))
    gone = done("get_to_the_root", dt.date(2024, 6, 3))
    journal.create_entry(body="a free entry", local_date=dt.date(2024, 7, 1))
    journal.trash_entry(newest)
    journal.trash_entry(gone)

    statements: list[str] = []
    with journal._gateway.watch(statements.append):
        last = journal.last_done()
    assert last == {"celebrate_small_victory": dt.date(2024, 3, 1),
                    "challenge_a_thought": dt.date(2024, 4, 2)}
    # Today asks this at start-up: it must not read every entry (a quarter of a second
    # at 100 k entries), only the exercise index and one row per exercise.
    (sql,) = [s for s in statements if "entries" in s]
    with journal._gateway.read() as cur:
        plan = [row[-1] for row in cur.execute(f"EXPLAIN QUERY PLAN {sql}")]
    reads = [step for step in plan if " entries" in step]
    assert reads and all("ix_entries_exercise" in step for step in reads), plan
