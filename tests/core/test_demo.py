import datetime as dt
from collections import Counter

from trustjournal.core.demo import DEMO_TAG, demo_entries


def test_demo_is_deterministic_and_marked() -> None:
    today = dt.date(2026, 1, 31)
    first = list(demo_entries(50, 2, seed=7, today=today))
    again = list(demo_entries(50, 2, seed=7, today=today))
    other = list(demo_entries(50, 2, seed=8, today=today))
    assert first == again
    assert first != other
    assert all(DEMO_TAG in e.tags for e in first)
    assert len({e.uuid for e in first}) == 50


def test_demo_spans_the_years_up_to_today() -> None:
    today = dt.date(2026, 1, 31)
    entries = list(demo_entries(1000, 10, seed=1, today=today))
    dates = [e.local_date for e in entries]
    assert max(dates) <= today
    assert min(dates) <= today - dt.timedelta(days=9 * 365)
    assert dates == sorted(dates)


def test_demo_mixes_check_ins_exercises_and_free_entries() -> None:
    today = dt.date(2026, 1, 31)
    entries = list(demo_entries(1000, 2, seed=3, today=today))
    kinds = Counter(e.kind for e in entries)
    assert kinds == {"checkin": 400, "exercise": 150, "free": 450}
    checkin_days = [e.local_date for e in entries if e.kind == "checkin"]
    assert len(set(checkin_days)) == 400 and max(checkin_days) <= today
    # Check-ins sit on most of the latest days: 400 of them within about 445 days.
    assert (today - min(checkin_days)).days < 460
    assert all(DEMO_TAG in e.tags for e in entries)


def test_demo_exercises_are_what_the_app_would_store() -> None:
    from trustjournal.core.exercises import (
        CHECKIN,
        CheckIn,
        ExerciseRun,
        builtin_exercises,
        metrics,
        render_answers,
    )
    from trustjournal.core.resources_data import (
        builtin_feelings,
        builtin_traps,
        feeling_names,
        trap_names,
    )

    loaded = {exercise.id: exercise for exercise in builtin_exercises().exercises}
    feelings, traps = feeling_names(builtin_feelings()), trap_names(builtin_traps())
    seen: Counter[str] = Counter()
    for entry in demo_entries(2000, 3, seed=11, today=dt.date(2026, 1, 31)):
        if entry.kind == "free":
            assert entry.answers is None and entry.metrics == ()
            continue
        exercise = CHECKIN if entry.kind == "checkin" else loaded[entry.exercise_id]
        assert entry.exercise_id == exercise.id
        assert entry.exercise_version == exercise.version
        run = ExerciseRun(exercise, entry.answers)  # every answer fits its step
        assert run.is_complete, entry.exercise_id
        assert list(entry.metrics) == metrics(exercise, entry.answers)
        assert entry.body == render_answers(exercise, entry.answers, feeling_names=feelings,
                                            trap_names=traps)
        if entry.kind == "checkin":
            assert CheckIn.from_answers(entry.answers).metrics() == list(entry.metrics)
            assert entry.title.startswith("Check-in · trust ")
        else:
            assert entry.title.startswith(exercise.title)
        seen[entry.exercise_id] += 1
    assert set(seen) == {"checkin", "challenge_a_thought", "get_to_the_root",
                         "celebrate_small_victory", "acknowledge_feelings"}


def test_demo_check_ins_improve_gently_over_the_years() -> None:
    checkins = [e for e in demo_entries(6000, 10, seed=1, today=dt.date(2026, 1, 31))
                if e.kind == "checkin"]
    quarter = len(checkins) // 4

    def mean(rows, key: str) -> float:  # type: ignore[no-untyped-def]
        return sum(e.answers[key] for e in rows) / len(rows)

    early, late = checkins[:quarter], checkins[-quarter:]
    assert mean(late, "trust") > mean(early, "trust") + 1
    assert mean(late, "anxiety") < mean(early, "anxiety") - 1
    assert mean(late, "connection") > mean(early, "connection") + 1
    # … with noise: plenty of days go against the trend.
    assert len({e.answers["trust"] for e in late}) >= 5


def test_demo_free_entries_are_as_long_as_real_ones() -> None:
    # The benchmark runs on demo journals: short bodies would flatter every figure.
    free = [e for e in demo_entries(3000, 10, seed=1, today=dt.date(2026, 1, 31))
            if e.kind == "free"]
    words = [len(e.body.split()) for e in free]
    kib = sum(len(e.body.encode()) for e in free) / len(free) / 1024
    assert 260 <= sum(words) / len(words) <= 320
    assert 1.3 <= kib <= 1.7
    assert sum(1 for w in words if w >= 900) >= len(free) // 100  # a few long ones
    assert min(words) >= 40
