"""`trustjournal stats`, headless: friendly on an empty journal, exact on a seeded one."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest

from trustjournal import cli
from trustjournal.core.entries import EntryKind
from trustjournal.core.exercises import CheckIn, builtin_exercises, metrics
from trustjournal.core.progress import EMPTY_JOURNAL, week_start
from trustjournal.storage import open_journal


def call(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.run(cli.parse(list(argv)), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(autouse=True)
def monday_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    """A locale whose weeks start on Monday, unless a test says otherwise."""
    for name in ("LC_ALL", "LC_TIME"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "en_GB.UTF-8")


TODAY = dt.date.today()
THIS_WEEK = week_start(TODAY, 0)
LAST_WEEK = THIS_WEEK - dt.timedelta(weeks=1)


def seed(folder: Path) -> None:
    """Check-ins last week and this week, a thought record and a victory last week."""
    with open_journal(folder / "notes.db") as journal:
        for day, (trust, anxiety, connection) in ((LAST_WEEK, (4, 7, 5)),
                                                  (LAST_WEEK + dt.timedelta(days=1), (6, 5, 5)),
                                                  (THIS_WEEK, (7, 3, 8))):
            made = CheckIn(trust, anxiety, connection)
            journal.save_exercise_entry(
                exercise_id="checkin", exercise_version=1, kind=EntryKind.CHECKIN,
                title="Check-in", body="", answers=made.answers(), metrics=made.metrics(),
                local_date=day)
        for exercise_id, answers in (
            ("challenge_a_thought", {
                "situation": "Late again.", "thought": "He never tells me anything.",
                "belief": 90, "feelings": [{"feeling": "scared", "intensity": 80}],
                "traps": ["mind_reading"], "evidence_for": ["Late."],
                "evidence_against": ["He texted."], "balanced": "He was busy.",
                "belief_after": 50, "feelings_after": {"scared": 40}}),
            ("celebrate_small_victory", {"what": "I waited and asked calmly.",
                                         "kind": "asked", "pride": 8}),
        ):
            exercise = builtin_exercises().get(exercise_id)
            assert exercise is not None
            journal.save_exercise_entry(
                exercise_id=exercise_id, exercise_version=1, title=exercise.title, body="",
                answers=answers, metrics=metrics(exercise, answers), local_date=LAST_WEEK)


def test_an_empty_journal_gets_a_friendly_word(tmp_path: Path) -> None:
    missing = tmp_path / "nothing-here"
    code, out, err = call("--data-dir", str(missing), "stats")
    assert (code, out) == (1, "") and "There is no journal here" in err
    assert not missing.exists()  # asking never creates a journal
    assert call("--data-dir", str(tmp_path), "init")[0] == 0
    code, out, _ = call("--data-dir", str(tmp_path), "stats")
    assert (code, out) == (0, EMPTY_JOURNAL + "\n")
    code, out, _ = call("--data-dir", str(tmp_path), "stats", "--json")
    data = json.loads(out)
    assert code == 0 and data["empty_journal"] is True
    assert data["checkins"]["empty"] is True and data["checkins"]["count"] == 0
    assert data["range"]["key"] == "12w" and len(data["periods"]) == 12


def test_text_report_of_a_seeded_journal(tmp_path: Path) -> None:
    seed(tmp_path)
    code, out, err = call("--data-dir", str(tmp_path), "stats", "--weeks", "2")
    assert code == 0 and err == ""
    assert out.startswith("Progress in the last 2 weeks (")
    assert "weeks start on Mon)" in out
    assert ("Your average trust rose from 5.0 to 7.0 over 2 weeks. Your average anxiety fell "
            "from 6.0 to 3.0 over 2 weeks. Your average connection rose from 5.0 to 8.0 over "
            "2 weeks.") in out
    assert ("In your thought record, belief in the first thought dropped by 40 points "
            "(90 → 50) and the feelings with it eased by 40 points (80 → 40).") in out
    assert "Most often, the thought fell into mind reading (once)." in out
    assert f"  - {LAST_WEEK.isoformat()}  I waited and asked calmly. (I asked instead of " \
           "assuming)" in out
    assert "Do “Get to the root” to see where distrust tends to come from." in out


def test_json_of_a_seeded_journal(tmp_path: Path) -> None:
    seed(tmp_path)
    code, out, _ = call("--data-dir", str(tmp_path), "stats", "--weeks", "2", "--json")
    data = json.loads(out)
    assert code == 0 and data["format"] == 1 and data["empty_journal"] is False
    assert data["range"]["start"] == LAST_WEEK.isoformat()
    assert data["range"]["end"] == TODAY.isoformat()
    assert [p["start"] for p in data["periods"]] == [LAST_WEEK.isoformat(),
                                                      THIS_WEEK.isoformat()]
    assert data["checkins"]["scales"] == {
        "trust": {"averages": [5.0, 7.0], "answers": [2, 1]},
        "anxiety": {"averages": [6.0, 3.0], "answers": [2, 1]},
        "connection": {"averages": [5.0, 8.0], "answers": [2, 1]}}
    assert data["checkins"]["count"] == 3 and data["consistency"]["days_with_checkin"] == 3
    assert data["exercises"]["by_exercise"] == [
        {"id": "celebrate_small_victory", "name": "Celebrate a small victory", "total": 1,
         "per_period": [1, 0]},
        {"id": "challenge_a_thought", "name": "Challenge a thought", "total": 1,
         "per_period": [1, 0]}]
    assert data["thought_records"]["belief"] == {"before": 90.0, "after": 50.0}
    assert data["traps"]["items"] == [{"id": "mind_reading", "name": "Mind reading",
                                       "count": 1}]
    assert data["victories"]["wall"][0]["text"] == "I waited and asked calmly."
    assert data["days_with_entries"]["days"] == 3


def test_week_start_and_all(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seed(tmp_path)
    sunday = week_start(TODAY, 6)
    code, out, _ = call("--data-dir", str(tmp_path), "stats", "--weeks", "1", "--json",
                        "--week-start", "sun")
    data = json.loads(out)
    assert data["range"]["week_starts_on"] == "sun"
    assert data["periods"][0]["start"] == sunday.isoformat()
    monkeypatch.setenv("LANG", "en_US.UTF-8")  # the locale says Sunday, too
    assert json.loads(call("--data-dir", str(tmp_path), "stats", "--weeks", "1",
                           "--json")[1])["range"]["week_starts_on"] == "sun"
    code, out, _ = call("--data-dir", str(tmp_path), "stats", "--all")
    assert code == 0 and out.startswith(f"Progress since {LAST_WEEK.day} ")


@pytest.mark.parametrize("argv", [["--weeks", "0"], ["--weeks", "many"],
                                  ["--weeks", "9999"], ["--weeks", "3", "--all"],
                                  ["--week-start", "tue"]])
def test_bad_options_are_usage_errors(tmp_path: Path, argv: list[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        cli.parse(["--data-dir", str(tmp_path), "stats", *argv])
    assert caught.value.code == 2


def test_stats_runs_as_its_own_process_without_qt(tmp_path: Path) -> None:
    import subprocess
    import sys

    seed(tmp_path)
    probe = (
        "import sys; from trustjournal.app import main\n"
        f"code = main(['--data-dir', {str(tmp_path)!r}, 'stats', '--json'])\n"
        "assert code == 0\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt was loaded'\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["checkins"]["count"] == 3


def seed_trackers(folder: Path) -> None:
    """Urges last week (one resisted, one acted on) and this week (resisted), a kept
    promise, a done intention and a strong fear that did not come true."""
    from tests.tracker_records import intention, promise, urge, worry
    from trustjournal.core.trackers import (
        IntentionOutcome,
        PromiseBy,
        PromiseStatus,
        UrgeOutcome,
        WorryOutcome,
    )

    with open_journal(folder / "notes.db") as journal:
        urge(journal, LAST_WEEK, UrgeOutcome.RESISTED, 8)
        urge(journal, LAST_WEEK + dt.timedelta(days=1), UrgeOutcome.ACTED, 6)
        urge(journal, THIS_WEEK, UrgeOutcome.RESISTED, 3)
        promise(journal, PromiseBy.ME, LAST_WEEK, PromiseStatus.KEPT, LAST_WEEK)
        promise(journal, PromiseBy.PARTNER, LAST_WEEK)
        intention(journal, LAST_WEEK, IntentionOutcome.DONE)
        worry(journal, 90, LAST_WEEK, WorryOutcome.DID_NOT, LAST_WEEK)


def test_json_and_text_carry_the_tracker_figures(tmp_path: Path) -> None:
    seed(tmp_path)
    seed_trackers(tmp_path)
    code, out, _ = call("--data-dir", str(tmp_path), "stats", "--weeks", "2", "--json")
    trackers = json.loads(out)["trackers"]
    assert code == 0 and trackers["has_records"] is True
    urges = trackers["urges"]
    assert (urges["total"], urges["resisted"], urges["acted"]) == (3, 2, 1)
    assert urges["resisted_share"] == 0.6667 and urges["mean_strength"] == 5.67
    assert [(p["resisted"], p["acted"], p["mean_strength"]) for p in urges["per_period"]] == [
        (1, 1, 7.0), (1, 0, 3.0)]
    assert urges["caption"].startswith("You resisted 2 of 3 urges in the last 2 weeks (67 %).")
    me = trackers["promises"]["by"]["me"]
    assert (me["kept"], me["kept_share"], trackers["promises"]["open"]) == (1, 1.0, 1)
    assert trackers["intentions"]["done"] == 1
    worries = trackers["worries"]
    assert worries["looked_at_again"] == 1 and worries["came_true"] == 0
    assert worries["bands"][2]["total"] == 1
    assert worries["caption"].startswith(
        "You looked again at one fear you were at least 80 % sure of, and it did not come "
        "true.")

    code, text, err = call("--data-dir", str(tmp_path), "stats", "--weeks", "2")
    assert code == 0 and err == ""
    assert "\nUrges to check\n--------------\nYou resisted 2 of 3 urges" in text
    assert "  - Yours: 1 of 1 kept (100 %)\n" in text
    assert "\nDaily intentions\n----------------\nOne intention in the last 2 weeks, and you " \
           "did it.\n" in text
    assert "  - 80 % or more sure: 1 looked at again, 0 came true, 0 partly\n" in text


def test_a_journal_without_trackers_prints_no_tracker_sections(tmp_path: Path) -> None:
    seed(tmp_path)
    code, out, _ = call("--data-dir", str(tmp_path), "stats", "--weeks", "2")
    assert code == 0 and "Urges to check" not in out and "Promises kept" not in out
    data = json.loads(call("--data-dir", str(tmp_path), "stats", "--weeks", "2", "--json")[1])
    assert data["trackers"]["has_records"] is False and data["trackers"]["urges"]["total"] == 0
