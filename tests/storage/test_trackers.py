"""The tracker store: every call against the rows it leaves in the journal."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from trustjournal.core.entries import Change
from trustjournal.core.trackers import (
    FOLLOW_UP_AFTER,
    IntentionDay,
    IntentionOutcome,
    PromiseBy,
    PromiseDay,
    PromiseStatus,
    TrackerData,
    TrackerKind,
    UrgeDay,
    UrgeKind,
    UrgeOutcome,
    WorryCount,
    WorryOutcome,
)
from trustjournal.storage import EntryNotFoundError, JournalError
from trustjournal.storage.errors import TrackerNotFoundError

from .tracker_records import NOW, UTC, D, count_rows, intention, promise, raw, urge, worry

CHANGED = Change(trackers=True)


# -- urges ---------------------------------------------------------------------------


def test_an_urge_is_stored_as_its_columns_and_reads_back_equal(journal) -> None:
    made = urge(other="", instead="walked round the block", surfed_seconds=600,
                feeling_after=None)
    assert journal.save_urge(made) == CHANGED
    row = raw(journal, "urges", made.uuid)
    assert row == {
        "uuid": made.uuid, "local_date": "2024-03-09",
        "started_utc": "2024-03-09 21:05:07.120034", "kind": "check_phone", "peak": 6,
        "outcome": "resisted", "other": "", "instead": "walked round the block",
        "surfed_seconds": 600, "feeling_after": None, "followed_up_utc": None,
        "updated_utc": "2024-03-10 12:00:00.250000",
    }
    back = journal.get_urge(made.uuid)
    assert back == made and back.started_utc.tzinfo is UTC


def test_saving_an_urge_again_replaces_it(journal) -> None:
    made = urge()
    journal.save_urge(made)
    later = dataclasses.replace(made, feeling_after="calmer", followed_up_utc=NOW)
    journal.save_urge(later)
    assert count_rows(journal)["urges"] == 1
    assert raw(journal, "urges", made.uuid)["feeling_after"] == "calmer"
    assert raw(journal, "urges", made.uuid)["followed_up_utc"] == "2024-03-10 12:00:00.250000"
    assert journal.get_urge(made.uuid) == later


def test_a_bad_urge_is_refused_with_the_reason_and_nothing_is_written(journal) -> None:
    with pytest.raises(JournalError, match="strength must be between 0 and 10"):
        journal.save_urge(urge(peak=11))
    with pytest.raises(JournalError, match="Say in a few words"):
        journal.save_urge(urge(kind=UrgeKind.OTHER, other="  "))
    with pytest.raises(JournalError, match="do not hold what they should"):
        journal.save_urge(urge(peak="6"))  # type: ignore[arg-type]
    assert count_rows(journal)["urges"] == 0


def test_urges_list_newest_first_within_a_range_and_limit(journal) -> None:
    early = urge(D(2024, 3, 1), at=dt.datetime(2024, 3, 1, 8, tzinfo=UTC))
    late_same_day = urge(D(2024, 3, 1), at=dt.datetime(2024, 3, 1, 20, tzinfo=UTC))
    middle = urge(D(2024, 3, 5))
    last = urge(D(2024, 3, 9))
    for u in (middle, early, last, late_same_day):
        journal.save_urge(u)
    assert journal.urges() == [last, middle, late_same_day, early]
    assert journal.urges(D(2024, 3, 2), D(2024, 3, 9)) == [last, middle]
    assert journal.urges(end=D(2024, 3, 1)) == [late_same_day, early]
    assert journal.urges(limit=2) == [last, middle]


def test_get_and_delete_an_urge(journal) -> None:
    made = urge()
    journal.save_urge(made)
    assert journal.delete_urge(made.uuid) == CHANGED
    assert count_rows(journal)["urges"] == 0
    with pytest.raises(TrackerNotFoundError, match="That urge no longer exists"):
        journal.get_urge(made.uuid)
    with pytest.raises(EntryNotFoundError):  # callers that catch "not found" catch it
        journal.get_urge(made.uuid)
    assert journal.delete_urge(made.uuid) == Change()  # nothing there: nothing changed
    journal.save_urge(made)  # the GUI's undo
    assert journal.get_urge(made.uuid) == made


def test_urges_wait_an_hour_before_the_follow_up(journal) -> None:
    now = dt.datetime(2024, 3, 9, 22, 0, tzinfo=UTC)
    just_now = urge(at=now - FOLLOW_UP_AFTER + dt.timedelta(seconds=1))
    an_hour_ago = urge(at=now - FOLLOW_UP_AFTER)
    earlier = urge(at=now - dt.timedelta(hours=5))
    asked = urge(at=now - dt.timedelta(hours=3), followed_up_utc=now, feeling_after="ok")
    yesterday = urge(D(2024, 3, 8), at=now - dt.timedelta(days=1))
    for u in (just_now, an_hour_ago, earlier, asked, yesterday):
        journal.save_urge(u)
    assert journal.urges_to_follow_up(now) == [an_hour_ago, earlier, yesterday]
    assert journal.urges_to_follow_up(now, limit=1) == [an_hour_ago]  # Today asks one
    assert journal.urges_to_follow_up(now, limit=2) == [an_hour_ago, earlier]
    # Another time zone for "now" is the same moment.
    cest = dt.timezone(dt.timedelta(hours=2))
    assert journal.urges_to_follow_up(now.astimezone(cest)) == [an_hour_ago, earlier, yesterday]
    journal.save_urge(dataclasses.replace(earlier, followed_up_utc=now))
    assert journal.urges_to_follow_up(now) == [an_hour_ago, yesterday]


# -- promises ------------------------------------------------------------------------


def test_a_promise_is_stored_and_read_back(journal) -> None:
    made = promise(due=D(2024, 3, 8), by=PromiseBy.PARTNER, note="after work")
    assert journal.save_promise(made) == CHANGED
    row = raw(journal, "promises", made.uuid)
    assert (row["made_by"], row["made_on"], row["due"], row["status"], row["settled_on"]) == (
        "partner", "2024-03-01", "2024-03-08", "open", None)
    assert journal.get_promise(made.uuid) == made
    kept = dataclasses.replace(made, status=PromiseStatus.KEPT, settled_on=D(2024, 3, 7))
    journal.save_promise(kept)
    assert raw(journal, "promises", made.uuid)["settled_on"] == "2024-03-07"
    assert journal.get_promise(made.uuid) == kept
    assert journal.delete_promise(made.uuid) == CHANGED
    with pytest.raises(TrackerNotFoundError, match="promise"):
        journal.get_promise(made.uuid)


def test_bad_promises_are_refused(journal) -> None:
    with pytest.raises(JournalError, match="Write what was promised"):
        journal.save_promise(promise(text=" "))
    with pytest.raises(JournalError, match="due before the day it was made"):
        journal.save_promise(promise(D(2024, 3, 5), due=D(2024, 3, 4)))
    with pytest.raises(JournalError, match="settled"):
        journal.save_promise(promise(status=PromiseStatus.KEPT))
    assert count_rows(journal)["promises"] == 0


def test_promises_open_first_by_due_then_settled_newest_first(journal) -> None:
    no_due = promise(D(2024, 3, 1))
    due_late = promise(D(2024, 3, 1), due=D(2024, 3, 20))
    due_soon_made_later = promise(D(2024, 3, 3), due=D(2024, 3, 10))
    due_soon_made_first = promise(D(2024, 3, 2), due=D(2024, 3, 10))
    kept_long_ago = promise(D(2024, 2, 1), status=PromiseStatus.KEPT, settled_on=D(2024, 2, 3))
    broken_lately = promise(D(2024, 2, 1), status=PromiseStatus.BROKEN,
                            settled_on=D(2024, 3, 4))
    for p in (kept_long_ago, no_due, broken_lately, due_late, due_soon_made_later,
              due_soon_made_first):
        journal.save_promise(p)
    assert journal.promises() == [due_soon_made_first, due_soon_made_later, due_late, no_due,
                                  broken_lately, kept_long_ago]
    assert journal.promises(PromiseStatus.OPEN) == [due_soon_made_first, due_soon_made_later,
                                                    due_late, no_due]
    assert journal.promises(PromiseStatus.KEPT) == [kept_long_ago]
    assert journal.promises_due(D(2024, 3, 9)) == []
    assert journal.promises_due(D(2024, 3, 10)) == [due_soon_made_first, due_soon_made_later]
    assert journal.promises_due(D(2024, 4, 1)) == [due_soon_made_first, due_soon_made_later,
                                                   due_late]


# -- intentions ----------------------------------------------------------------------


def test_an_intention_is_stored_and_checked_off(journal) -> None:
    made = intention()
    assert journal.save_intention(made) == CHANGED
    row = raw(journal, "intentions", made.uuid)
    assert (row["local_date"], row["text"], row["outcome"], row["note"]) == (
        "2024-03-09", "Say thank you once", None, "")
    assert journal.intention_on(D(2024, 3, 9)) == made
    assert journal.intention_on(D(2024, 3, 10)) is None
    done = dataclasses.replace(made, outcome=IntentionOutcome.DONE, note="at breakfast")
    journal.save_intention(done)
    assert raw(journal, "intentions", made.uuid)["outcome"] == "done"
    assert journal.get_intention(made.uuid) == done
    assert journal.delete_intention(made.uuid) == CHANGED
    assert journal.intention_on(D(2024, 3, 9)) is None


def test_one_intention_per_day(journal) -> None:
    first = intention(D(2024, 3, 9))
    journal.save_intention(first)
    with pytest.raises(JournalError, match="already an intention for 2024-03-09"):
        journal.save_intention(intention(D(2024, 3, 9), text="Another"))
    moved_onto = intention(D(2024, 3, 10))
    journal.save_intention(moved_onto)
    with pytest.raises(JournalError, match="already an intention"):
        journal.save_intention(dataclasses.replace(moved_onto, local_date=D(2024, 3, 9)))
    assert journal.intentions() == [moved_onto, first]  # neither was replaced
    assert count_rows(journal)["intentions"] == 2
    with pytest.raises(JournalError, match="Write the one thing"):
        journal.save_intention(intention(D(2024, 3, 11), text=""))


def test_intentions_newest_first_and_those_to_check(journal) -> None:
    days = [intention(D(2024, 3, d)) for d in (1, 2, 3, 4)]
    days[1] = dataclasses.replace(days[1], outcome=IntentionOutcome.PARTLY)
    for i in days:
        journal.save_intention(i)
    assert journal.intentions() == days[::-1]
    assert journal.intentions(D(2024, 3, 2), D(2024, 3, 3)) == [days[2], days[1]]
    # Today's own intention is not checked off yet; yesterday's comes first.
    assert journal.intentions_to_check(D(2024, 3, 4)) == [days[2], days[0]]
    assert journal.intentions_to_check(D(2024, 3, 5)) == [days[3], days[2], days[0]]
    assert journal.intentions_to_check(D(2024, 3, 1)) == []


# -- worries -------------------------------------------------------------------------


def test_a_worry_is_stored_and_settled(journal) -> None:
    made = worry(look_on=D(2024, 3, 5))
    assert journal.save_worry(made) == CHANGED
    row = raw(journal, "worries", made.uuid)
    assert (row["sureness"], row["made_on"], row["look_on"], row["outcome"]) == (
        80, "2024-03-01", "2024-03-05", None)
    settled = dataclasses.replace(made, outcome=WorryOutcome.DID_NOT, settled_on=D(2024, 3, 5),
                                  what_happened="She called at six.")
    journal.save_worry(settled)
    assert raw(journal, "worries", made.uuid)["outcome"] == "did_not"
    assert journal.get_worry(made.uuid) == settled
    assert journal.delete_worry(made.uuid) == CHANGED
    with pytest.raises(TrackerNotFoundError, match="worry"):
        journal.get_worry(made.uuid)


def test_bad_worries_are_refused(journal) -> None:
    with pytest.raises(JournalError, match="between 0 and 100"):
        journal.save_worry(worry(sureness=101))
    with pytest.raises(JournalError, match="cannot be before"):
        journal.save_worry(worry(D(2024, 3, 5), look_on=D(2024, 3, 4)))
    assert count_rows(journal)["worries"] == 0


def test_worries_open_first_and_those_due(journal) -> None:
    look_soon = worry(D(2024, 3, 1), look_on=D(2024, 3, 3))
    look_later = worry(D(2024, 3, 1), look_on=D(2024, 3, 9))
    settled_old = worry(D(2024, 2, 1), look_on=D(2024, 2, 2), outcome=WorryOutcome.CAME_TRUE,
                        settled_on=D(2024, 2, 2))
    settled_new = worry(D(2024, 2, 1), look_on=D(2024, 2, 2), outcome=WorryOutcome.PARTLY,
                        settled_on=D(2024, 2, 20))
    for w in (settled_old, look_later, settled_new, look_soon):
        journal.save_worry(w)
    assert journal.worries() == [look_soon, look_later, settled_new, settled_old]
    assert journal.worries(open_only=True) == [look_soon, look_later]
    assert journal.worries_due(D(2024, 3, 2)) == []
    assert journal.worries_due(D(2024, 3, 3)) == [look_soon]
    assert journal.worries_due(D(2024, 3, 30)) == [look_soon, look_later]


# -- everything at once --------------------------------------------------------------


def test_tracker_set_holds_everything_in_stable_order(journal) -> None:
    u2 = urge(D(2024, 3, 2), at=dt.datetime(2024, 3, 2, 9, tzinfo=UTC))
    u1 = urge(D(2024, 3, 1), at=dt.datetime(2024, 3, 1, 9, tzinfo=UTC))
    p2, p1 = promise(D(2024, 3, 2)), promise(D(2024, 3, 1))
    i2, i1 = intention(D(2024, 3, 2)), intention(D(2024, 3, 1))
    w2, w1 = worry(D(2024, 3, 2)), worry(D(2024, 3, 1))
    for record, save in ((u2, journal.save_urge), (u1, journal.save_urge),
                         (p2, journal.save_promise), (p1, journal.save_promise),
                         (i2, journal.save_intention), (i1, journal.save_intention),
                         (w2, journal.save_worry), (w1, journal.save_worry)):
        save(record)
    journal.save_user_exercise("mine", "[exercise]\nid = 'mine'\n")
    journal.save_user_exercise("mine", "[exercise]\nid = 'mine'\n# v2\n")
    journal.save_user_exercise("a_first", "[exercise]\nid = 'a_first'\n")
    found = journal.tracker_set()
    assert found.urges == (u1, u2)
    assert found.promises == (p1, p2)
    assert found.intentions == (i1, i2)
    assert found.worries == (w1, w2)
    assert [(v.exercise_id, v.version) for v in found.exercises] == [
        ("a_first", 1), ("mine", 1), ("mine", 2)]
    assert not found.empty


def test_a_new_journal_has_an_empty_tracker_set_and_data(journal) -> None:
    assert journal.tracker_set().empty
    assert journal.tracker_data() == TrackerData()


# -- Progress aggregates -------------------------------------------------------------


def test_tracker_data_counts_per_day(journal) -> None:
    for u in (urge(D(2024, 3, 1), peak=8, outcome=UrgeOutcome.RESISTED),
              urge(D(2024, 3, 1), peak=4, outcome=UrgeOutcome.ACTED),
              urge(D(2024, 3, 1), peak=5, outcome=UrgeOutcome.RESISTED),
              urge(D(2024, 3, 3), peak=2, outcome=UrgeOutcome.PARTLY),
              urge(D(2024, 2, 1), peak=9, outcome=UrgeOutcome.ACTED)):
        journal.save_urge(u)
    for p in (promise(D(2024, 2, 20), status=PromiseStatus.KEPT, settled_on=D(2024, 3, 2)),
              promise(D(2024, 2, 20), status=PromiseStatus.BROKEN, settled_on=D(2024, 3, 2)),
              promise(D(2024, 2, 20), by=PromiseBy.PARTNER, status=PromiseStatus.KEPT,
                      settled_on=D(2024, 3, 2)),
              promise(D(2024, 2, 20), by=PromiseBy.US, status=PromiseStatus.RENEGOTIATED,
                      settled_on=D(2024, 3, 5)),
              promise(D(2024, 3, 1)), promise(D(2024, 3, 1))):
        journal.save_promise(p)
    journal.save_intention(intention(D(2024, 3, 1), outcome=IntentionOutcome.DONE))
    journal.save_intention(intention(D(2024, 3, 2)))
    journal.save_intention(intention(D(2024, 1, 2), outcome=IntentionOutcome.NOT_TODAY))
    for w in (worry(D(2024, 2, 25), sureness=90, outcome=WorryOutcome.DID_NOT,
                    settled_on=D(2024, 3, 3)),
              worry(D(2024, 2, 25), sureness=90, outcome=WorryOutcome.DID_NOT,
                    settled_on=D(2024, 3, 4)),
              worry(D(2024, 2, 25), sureness=90, outcome=WorryOutcome.CAME_TRUE,
                    settled_on=D(2024, 3, 4)),
              worry(D(2024, 2, 25), sureness=30, outcome=WorryOutcome.PARTLY,
                    settled_on=D(2024, 3, 4)),
              worry(D(2023, 12, 25), sureness=50, outcome=WorryOutcome.CAME_TRUE,
                    settled_on=D(2023, 12, 30)),
              worry(D(2024, 3, 1))):
        journal.save_worry(w)

    march = journal.tracker_data(D(2024, 3, 1), D(2024, 3, 31))
    assert march.urges == (UrgeDay(D(2024, 3, 1), 3, 2, 0, 1, 17),
                           UrgeDay(D(2024, 3, 3), 1, 0, 1, 0, 2))
    assert march.promises == (PromiseDay(D(2024, 3, 2), "me", 1, 1, 0),
                              PromiseDay(D(2024, 3, 2), "partner", 1, 0, 0),
                              PromiseDay(D(2024, 3, 5), "us", 0, 0, 1))
    assert march.intentions == (IntentionDay(D(2024, 3, 1), "done"),
                                IntentionDay(D(2024, 3, 2), None))
    assert march.worries == (WorryCount(30, "partly", 1), WorryCount(90, "came_true", 1),
                             WorryCount(90, "did_not", 2))
    assert (march.open_worries, march.open_promises) == (1, 2)
    assert march.first_day == D(2023, 12, 25)

    everything = journal.tracker_data()
    assert [d.day for d in everything.urges] == [D(2024, 2, 1), D(2024, 3, 1), D(2024, 3, 3)]
    assert sum(c.count for c in everything.worries) == 5
    assert everything.intentions[0] == IntentionDay(D(2024, 1, 2), "not_today")


def test_tracker_data_first_day_with_only_one_kind(journal) -> None:
    journal.save_promise(promise(D(2022, 5, 6)))
    assert journal.tracker_data().first_day == D(2022, 5, 6)


# -- search --------------------------------------------------------------------------


def test_search_finds_every_word_as_a_word_start_regardless_of_case(journal) -> None:
    u = urge(D(2024, 3, 1), kind=UrgeKind.OTHER, other="Wanted to read her Messages",
             instead="Breathing", feeling_after="Calmer now")
    p = promise(D(2024, 3, 2), text="Tell her about the MEETING", note="done by phone")
    i = intention(D(2024, 3, 3), text="Listen without checking", note="Über alles")
    w = worry(D(2024, 3, 4), text="She is meeting him", what_happened="50%_off sale")
    journal.save_urge(u)
    journal.save_promise(p)
    journal.save_intention(i)
    journal.save_worry(w)

    hits = journal.search_trackers("meet")
    assert [(h.kind, h.uuid) for h in hits] == [(TrackerKind.WORRY, w.uuid),
                                                (TrackerKind.PROMISE, p.uuid)]
    assert hits[0].day == D(2024, 3, 4) and "She is meeting him" in hits[0].text
    assert [h.uuid for h in journal.search_trackers("her meeting")] == [p.uuid]
    assert [h.uuid for h in journal.search_trackers("messages CALM")] == [u.uuid]
    assert journal.search_trackers("essages") == []  # word starts only
    assert [h.uuid for h in journal.search_trackers("über")] == [i.uuid]  # beyond ASCII
    assert [h.uuid for h in journal.search_trackers("ÜBER listen")] == [i.uuid]
    assert journal.search_trackers("100%") == []
    assert [h.uuid for h in journal.search_trackers("50%_")] == [w.uuid]
    assert journal.search_trackers("5_%") == []  # _ and % are no wildcards
    assert journal.search_trackers("   ") == []
    assert len(journal.search_trackers("her", limit=1)) == 1


# -- own exercises -------------------------------------------------------------------

TOML_1 = "[exercise]\nid = 'letter'\ntitle = 'A letter'\n"
TOML_2 = TOML_1 + "# a second step\n"


def test_user_exercise_versions(journal) -> None:
    first = journal.save_user_exercise("letter", TOML_1, based_on="thought_record")
    assert (first.exercise_id, first.version, first.toml, first.based_on) == (
        "letter", 1, TOML_1, "thought_record")
    assert first.saved_utc.tzinfo is UTC and first.removed_utc is None
    assert journal.save_user_exercise("letter", TOML_1) == first  # unchanged: nothing stored
    second = journal.save_user_exercise("letter", TOML_2)
    assert (second.version, second.based_on) == (2, "thought_record")
    with journal._gateway.read() as cur:
        rows = cur.execute("SELECT exercise_id, version, toml FROM user_exercises "
                           "ORDER BY version").fetchall()
    assert rows == [("letter", 1, TOML_1), ("letter", 2, TOML_2)]
    assert journal.user_exercise_versions("letter") == [first, second]
    assert journal.user_exercise("letter") == second
    assert journal.user_exercise("letter", 1) == first
    assert journal.user_exercise("letter", 3) is None
    assert journal.user_exercise("nothing") is None
    other = journal.save_user_exercise("calm", "[exercise]\nid = 'calm'\n")
    assert journal.user_exercises() == [other, second]


def test_a_removed_exercise_keeps_its_versions_and_comes_back_when_saved(journal) -> None:
    journal.save_user_exercise("letter", TOML_1)
    journal.save_user_exercise("letter", TOML_2)
    assert journal.remove_user_exercise("letter") == Change(exercises=True)
    assert journal.user_exercises() == []
    with journal._gateway.read() as cur:
        assert cur.execute("SELECT count(*) FROM user_exercises WHERE removed_utc IS NOT NULL"
                           ).fetchone()[0] == 2
    old = journal.user_exercise("letter", 1)
    assert old is not None and old.toml == TOML_1 and old.removed_utc is not None
    assert journal.remove_user_exercise("letter") == Change()  # already removed
    again = journal.save_user_exercise("letter", TOML_2)  # same text: back, no new version
    assert (again.version, again.removed_utc) == (2, None)
    assert [v.version for v in journal.user_exercises()] == [2]
    assert all(v.removed_utc is None for v in journal.user_exercise_versions("letter"))


def test_a_user_exercise_without_id_or_text_is_refused(journal) -> None:
    with pytest.raises(JournalError, match="needs an id"):
        journal.save_user_exercise(" ", TOML_1)
    with pytest.raises(JournalError, match="no text"):
        journal.save_user_exercise("letter", "  \n")
    with pytest.raises(JournalError, match="longer than 80"):
        journal.save_user_exercise("x" * 81, TOML_1)
    assert count_rows(journal)["user_exercises"] == 0


# -- the demo journal ----------------------------------------------------------------


def test_the_demo_journal_holds_tracker_records(journal) -> None:
    from trustjournal.core.demo_trackers import demo_trackers
    from trustjournal.storage.bulk import insert_demo

    day = D(2026, 6, 30)
    assert insert_demo(journal, 200, 2, seed=3, today=day) == 200
    made = demo_trackers(2, seed=3, today=day)
    found = journal.tracker_set()
    assert set(found.urges) == set(made.urges) and set(found.worries) == set(made.worries)
    assert set(found.promises) == set(made.promises)
    assert set(found.intentions) == set(made.intentions)
    rows = count_rows(journal)
    assert insert_demo(journal, 10, 2, seed=3, today=day) == 10  # again: no tracker twice
    assert {t: n for t, n in count_rows(journal).items() if t != "entries"} == {
        t: n for t, n in rows.items() if t != "entries"}
    data = journal.tracker_data()
    assert data.first_day == min(
        [u.local_date for u in made.urges] + [p.made_on for p in made.promises]
        + [i.local_date for i in made.intentions] + [w.made_on for w in made.worries])
    assert sum(d.urges for d in data.urges) == len(made.urges)


def test_a_demo_without_trackers(journal) -> None:
    from trustjournal.storage.bulk import insert_demo

    insert_demo(journal, 20, 1, seed=3, today=D(2026, 6, 30), trackers=False)
    assert journal.tracker_set().empty
