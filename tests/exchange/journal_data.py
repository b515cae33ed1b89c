"""A journal with every kind of data the JSON export must carry, built through the real
APIs, and a row-by-row picture of a journal to compare two of them."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path
from typing import Any

from trustjournal.core.entries import EntryEdit, EntryKind
from trustjournal.core.exercises import CheckIn, ExerciseRun, Metric, builtin_exercises, metrics

UNICODE = "Ünïcode — 日本語 ✓ 😊 שלום"


def fill(journal: Any) -> dict[str, str]:
    """Free entries, exercises with answers and metrics, check-ins, tags, stars, trash,
    edits (revisions) and unicode; returns the uuids by role."""
    made: dict[str, str] = {}
    first, _ = journal.create_entry(
        title="First evening", body="We talked calmly.\n\n- one\n- two", tags=["calm", "Talk"],
        local_date=dt.date(2023, 1, 5), starred=True,
    )
    journal.update_entry(first.uuid, EntryEdit(body="We talked calmly, then laughed."))
    journal.update_entry(first.uuid, EntryEdit(tags=["calm", "Talk", "laughter"]))
    made["edited"] = first.uuid
    uni, _ = journal.create_entry(
        title=f"Title {UNICODE}", body=f"Body {UNICODE}\nsecond line", tags=["Été", "日記"],
        local_date=dt.date(2023, 2, 1),
    )
    made["unicode"] = uni.uuid
    trashed, _ = journal.create_entry(title="Gone", body="to the trash", tags=["calm"],
                                      local_date=dt.date(2023, 3, 1))
    journal.trash_entry(trashed.uuid)
    made["trashed"] = trashed.uuid
    empty, _ = journal.create_entry(title="", body="", local_date=dt.date(2023, 3, 2))
    made["empty"] = empty.uuid

    exercise = builtin_exercises().get("challenge_a_thought")
    assert exercise is not None
    run = ExerciseRun(exercise)
    answers = {
        "situation": "Saturday night, she was late.",
        "thought": "She is always hiding something.",
        "belief": 80,
        "feelings": [{"feeling": "jealous", "intensity": 70}],
        "traps": ["overgeneralising", "mind_reading"],
        "evidence_for": ["She was an hour late."],
        "evidence_against": ["She told me about the meeting."],
        "balanced": "She was late, and she told me why.",
        "belief_after": 40,
        "feelings_after": {"jealous": 30},
    }
    steps = {s.id for s in exercise.steps}
    for step_id, value in answers.items():
        if step_id in steps:
            run.set_answer(step_id, value)
    entry, _ = journal.save_exercise_entry(
        exercise_id=exercise.id, exercise_version=exercise.version, title=exercise.title,
        body="rendered answers", answers=run.answers, metrics=metrics(exercise, run.answers),
        local_date=dt.date(2023, 4, 1), tags=["work"],
    )
    made["exercise"] = entry.uuid
    win, _ = journal.save_exercise_entry(
        exercise_id="celebrate_small_victory", exercise_version=1, title="A win",
        body="5 out of 10", answers={"pride": 5}, metrics=[Metric("pride", 5.0)],
        local_date=dt.date(2023, 4, 2),
    )
    journal.save_exercise_entry(  # saved again: the first answers become a revision
        exercise_id="celebrate_small_victory", exercise_version=1, title="A win",
        body="8 out of 10", answers={"pride": 8}, metrics=[Metric("pride", 8.0)],
        entry_uuid=win.uuid,
    )
    made["resaved"] = win.uuid
    for day, trust in ((dt.date(2023, 4, 3), 6), (dt.date(2023, 4, 4), 7)):
        checkin = CheckIn(trust=trust, anxiety=3, connection=8,
                          feelings=(("hopeful", 60),), note=f"steady {UNICODE}")
        entry, _ = journal.save_exercise_entry(
            exercise_id="checkin", exercise_version=1, kind=EntryKind.CHECKIN,
            title="Check-in", body=f"Trust {trust}", answers=checkin.answers(),
            metrics=checkin.metrics(), local_date=day,
        )
        made[f"checkin-{day.day}"] = entry.uuid
    return made


def snapshot(journal: Any) -> dict[str, Any]:
    """Every entry with its tags, metrics and revisions, keyed by uuid: all columns but
    the internal integer ids."""
    with journal._gateway.read() as cur:

        def dicts(sql: str) -> list[dict[str, Any]]:
            rows = cur.execute(sql).fetchall()
            names = [d[0] for d in cur.description]
            return [dict(zip(names, row, strict=True)) for row in rows]

        ids = dict(cur.execute("SELECT id, uuid FROM entries").fetchall())
        entries = {}
        for values in dicts("SELECT * FROM entries"):
            values.pop("id")
            entries[values["uuid"]] = values
        tags: dict[str, set[str]] = {u: set() for u in entries}
        for entry_id, name in cur.execute(
            "SELECT entry_tags.entry_id, tags.name FROM entry_tags "
            "JOIN tags ON tags.id = entry_tags.tag_id"
        ).fetchall():
            tags[ids[entry_id]].add(name)
        found_metrics: dict[str, list[tuple[Any, ...]]] = {u: [] for u in entries}
        for entry_id, name, value, label in cur.execute(
            "SELECT entry_id, name, value, label FROM metrics ORDER BY id"
        ).fetchall():
            found_metrics[ids[entry_id]].append((name, value, label))
        revisions: dict[str, list[dict[str, Any]]] = {u: [] for u in entries}
        for values in dicts("SELECT * FROM revisions ORDER BY saved_utc, id"):
            entry_id = values.pop("entry_id")
            values.pop("id")
            revisions[ids[entry_id]].append(values)
        tag_names = sorted(name for (name,) in cur.execute("SELECT name FROM tags"))
    return {"entries": entries, "tags": tags, "metrics": found_metrics,
            "revisions": revisions, "tag_names": tag_names}


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else ""


def journal_files(journal: Any) -> dict[str, str]:
    """Hashes of the journal file and its WAL, after moving the WAL into the file."""
    journal.sqlite_pragma("wal_checkpoint(TRUNCATE)")
    wal = journal.path.with_name(journal.path.name + "-wal")
    return {"db": sha256(journal.path), "wal": sha256(wal)}
