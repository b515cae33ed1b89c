"""The pruning policy as tables, the text comparison, and the recovery check."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from trustjournal.core.entries import Entry, EntryKind, RecoverySnapshot
from trustjournal.core.revisions import (
    MAX_WORD_TOKENS,
    FieldChange,
    LineKind,
    Segment,
    compare,
    field_changes,
    revisions_to_prune,
    snapshot_differs,
    word_changes,
)

UTC = dt.UTC
NOW = dt.datetime(2024, 6, 15, 12, 0, tzinfo=UTC)  # a Saturday


def at(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=UTC)


def kept(times: list[str], now: dt.datetime = NOW, tz: dt.tzinfo | None = UTC) -> list[str]:
    """Which of the versions (numbered by position, saved at `times`) survive."""
    versions = [(i, at(t)) for i, t in enumerate(times)]
    doomed = revisions_to_prune(versions, now, tz)
    return [t for i, t in enumerate(times) if i not in doomed]


# -- pruning -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("times", "expected"),
    [
        pytest.param([], [], id="no history"),
        pytest.param(
            ["2024-06-15T11:59", "2024-06-15T11:30", "2024-06-15T11:01", "2024-06-15T11:00:01"],
            ["2024-06-15T11:59", "2024-06-15T11:30", "2024-06-15T11:01", "2024-06-15T11:00:01"],
            id="the last hour keeps every version",
        ),
        pytest.param(
            ["2024-06-15T08:50", "2024-06-15T08:20", "2024-06-15T08:05"],
            ["2024-06-15T08:50"],
            id="earlier today: the last of each clock hour",
        ),
        pytest.param(
            ["2024-06-15T09:30", "2024-06-15T08:30", "2024-06-14T13:00"],
            ["2024-06-15T09:30", "2024-06-15T08:30", "2024-06-14T13:00"],
            id="different hours of the last day are all kept",
        ),
        pytest.param(
            ["2024-06-10T09:00", "2024-06-10T17:00", "2024-06-10T12:00"],
            ["2024-06-10T17:00"],
            id="last month: the last version of each day",
        ),
        pytest.param(
            ["2024-06-10T09:00", "2024-06-09T09:00", "2024-05-20T23:59"],
            ["2024-06-10T09:00", "2024-06-09T09:00", "2024-05-20T23:59"],
            id="different days of the last month are all kept",
        ),
        pytest.param(
            # 2024-04-29 is a Monday; 05-01 the Wednesday and 05-05 the Sunday of that week.
            ["2024-04-29T08:00", "2024-05-01T20:00", "2024-05-05T10:00", "2024-04-28T10:00"],
            ["2024-05-05T10:00", "2024-04-28T10:00"],
            id="older: the last version of each ISO week",
        ),
        pytest.param(
            ["2022-12-31T10:00", "2023-01-01T10:00", "2023-01-02T10:00"],
            ["2023-01-01T10:00", "2023-01-02T10:00"],
            id="ISO weeks cross the new year",
        ),
        pytest.param(
            ["2024-06-15T13:00", "2030-01-01T00:00"],
            ["2024-06-15T13:00", "2030-01-01T00:00"],
            id="versions from the future (a clock was wrong) are kept",
        ),
    ],
)
def test_pruning_policy(times: list[str], expected: list[str]) -> None:
    assert kept(times) == expected


def test_exactly_an_hour_old_is_no_longer_kept_for_sure() -> None:
    now = at("2024-06-15T12:30")
    times = ["2024-06-15T11:31", "2024-06-15T11:30", "2024-06-15T11:10"]
    assert kept(times, now) == ["2024-06-15T11:31", "2024-06-15T11:30"]


def test_a_tie_keeps_the_later_id() -> None:
    same = at("2024-06-01T10:00")
    assert revisions_to_prune([(7, same), (9, same), (8, same)], NOW, UTC) == {7, 8}


def test_days_are_local_days() -> None:
    # 23:30 and 00:30 in Sydney (UTC+10): two days there, one day in UTC.
    times = ["2024-06-09T13:30", "2024-06-09T14:30"]
    sydney = dt.timezone(dt.timedelta(hours=10))
    assert kept(times, tz=sydney) == times
    assert kept(times, tz=UTC) == ["2024-06-09T14:30"]


def test_a_month_of_busy_writing_stays_small() -> None:
    """Saved every 5 minutes for 40 days: what is left is what the README promises."""
    start = NOW - dt.timedelta(days=40)
    times = [start + dt.timedelta(minutes=5 * i) for i in range(40 * 24 * 12)]
    versions = list(enumerate(times))
    doomed = revisions_to_prune(versions, NOW, UTC)
    left = sorted(t for i, t in versions if i not in doomed)
    last_hour = [t for t in left if NOW - t < dt.timedelta(hours=1)]
    assert len(last_hour) == 11  # 11:05 … 11:55; 11:00 is an hour old
    # then one per hour for a day, one per day for a month, one per week before that
    assert len(left) <= 11 + 24 + 30 + 3
    assert left[-1] == times[-1]  # the newest always stays


versions_strategy = st.lists(
    st.tuples(
        st.integers(min_value=0, max_value=10_000),
        st.datetimes(min_value=dt.datetime(2020, 1, 1), max_value=dt.datetime(2024, 7, 1),
                     timezones=st.just(UTC)),
    ),
    unique_by=lambda v: v[0],
    max_size=60,
)


@settings(max_examples=200, deadline=None)
@given(versions_strategy)
def test_pruning_keeps_the_newest_and_is_stable(versions: list[tuple[int, dt.datetime]]) -> None:
    doomed = revisions_to_prune(versions, NOW, UTC)
    left = [v for v in versions if v[0] not in doomed]
    if versions:
        newest = max(versions, key=lambda v: (v[1], v[0]))
        assert newest in left
    assert revisions_to_prune(left, NOW, UTC) == set()  # pruning twice changes nothing
    later = NOW + dt.timedelta(days=3)
    assert revisions_to_prune(left, later, UTC) <= {v[0] for v in left}


# -- comparing ---------------------------------------------------------------------------


def kinds(hunk) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(line.kind.value, line.text) for line in hunk.lines]


def test_equal_texts_have_no_differences() -> None:
    assert compare("same\ntext", "same\ntext") == []
    assert compare("", "") == []


def test_one_changed_line_with_context() -> None:
    old = "\n".join(f"line {n}" for n in range(1, 11))
    new = old.replace("line 5", "line five")
    [hunk] = compare(old, new, context=2)
    assert kinds(hunk) == [
        ("same", "line 3"), ("same", "line 4"),
        ("removed", "line 5"), ("added", "line five"),
        ("same", "line 6"), ("same", "line 7"),
    ]
    assert (hunk.old_start, hunk.old_count, hunk.new_start, hunk.new_count) == (3, 5, 3, 5)
    removed, added = hunk.lines[2], hunk.lines[3]
    assert (removed.old_number, removed.new_number) == (5, None)
    assert (added.old_number, added.new_number) == (None, 5)
    assert removed.segments == (Segment("line ", False), Segment("5", True))
    assert added.segments == (Segment("line ", False), Segment("five", True))
    assert hunk.lines[0].segments == (Segment("line 3", False),)


def test_added_and_removed_lines() -> None:
    [hunk] = compare("", "one\ntwo")
    assert kinds(hunk) == [("added", "one"), ("added", "two")]
    assert hunk.lines[0].segments == (Segment("one", True),)
    [hunk] = compare("one\ntwo", "")
    assert kinds(hunk) == [("removed", "one"), ("removed", "two")]
    [hunk] = compare("a\nb\nc", "a\nb\nc\nd")
    assert kinds(hunk)[-1] == ("added", "d") and hunk.lines[-1].new_number == 4
    [hunk] = compare("x\na\nb", "a\nb")
    assert kinds(hunk) == [("removed", "x"), ("same", "a"), ("same", "b")]


def test_far_apart_changes_make_separate_hunks() -> None:
    old = [f"l{n}" for n in range(30)]
    new = list(old)
    new[2], new[25] = "changed early", "changed late"
    hunks = compare("\n".join(old), "\n".join(new), context=2)
    assert len(hunks) == 2
    assert [hunk.old_start for hunk in hunks] == [1, 24]
    near = list(old)
    near[2], near[5] = "a", "b"
    assert len(compare("\n".join(old), "\n".join(near), context=2)) == 1


def test_words_in_any_script_are_compared_whole() -> None:
    left, right = word_changes("Ich war so müde 😊 heute", "Ich war so wach 😊 heute")
    assert [s.text for s in left if s.changed] == ["müde"]
    assert [s.text for s in right if s.changed] == ["wach"]
    left, right = word_changes("שלום עולם", "שלום חבר")
    assert [s.text for s in right if s.changed] == ["חבר"]


def test_a_long_line_with_one_change_is_compared_word_by_word() -> None:
    long_line = "word " * (MAX_WORD_TOKENS * 3)
    left, right = word_changes(long_line + "end", long_line + "finish")
    assert left == (Segment(long_line, False), Segment("end", True))
    assert right == (Segment(long_line, False), Segment("finish", True))


def test_a_line_rewritten_throughout_is_marked_whole() -> None:
    old = " ".join(f"a{n}" for n in range(MAX_WORD_TOKENS))
    new = " ".join(f"b{n}" for n in range(MAX_WORD_TOKENS))
    left, right = word_changes("same " + old + " same", "same " + new + " same")
    assert left == (Segment("same ", False), Segment(old, True), Segment(" same", False))
    assert right == (Segment("same ", False), Segment(new, True), Segment(" same", False))


line_text = st.text(alphabet=st.sampled_from("ab ,\n"), max_size=40)


@settings(max_examples=300, deadline=None)
@given(line_text, line_text)
def test_the_hunks_rebuild_both_texts(old: str, new: str) -> None:
    hunks = compare(old, new, context=10**6)  # one hunk holding every line
    if old == new:
        assert hunks == []
        return
    [hunk] = hunks
    then = [line.text for line in hunk.lines if line.kind is not LineKind.ADDED]
    now = [line.text for line in hunk.lines if line.kind is not LineKind.REMOVED]
    assert "\n".join(then) == old
    assert "\n".join(now) == new
    for line in hunk.lines:
        assert "".join(s.text for s in line.segments) == line.text


def test_field_changes_in_words() -> None:
    day = dt.date(2024, 3, 1)
    assert field_changes("A", ["calm"], day, False, "A", ["Calm"], day, False) == []
    assert field_changes("Old", ["calm"], day, True, "New", ["calm", "work"],
                         dt.date(2024, 3, 2), False) == [
        FieldChange("title", "Old", "New"),
        FieldChange("tags", "calm", "calm, work"),
        FieldChange("day", "2024-03-01", "2024-03-02"),
        FieldChange("star", "starred", "not starred"),
    ]


# -- crash recovery ----------------------------------------------------------------------


def entry(**fields: object) -> Entry:
    values: dict[str, object] = {
        "uuid": "u1", "title": "Evening", "body": "I trusted him.", "kind": EntryKind.FREE,
        "local_date": dt.date(2024, 3, 1), "created_utc": NOW, "updated_utc": NOW,
        "tags": ("calm",), "starred": False,
    }
    values.update(fields)
    return Entry(**values)  # type: ignore[arg-type]


def snap(**fields: object) -> RecoverySnapshot:
    values: dict[str, object] = {
        "entry_uuid": "u1", "title": "Evening", "body": "I trusted him.", "tags": ("calm",),
        "local_date": dt.date(2024, 3, 1), "starred": False,
    }
    values.update(fields)
    return RecoverySnapshot(**values)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("snapshot", "differs"),
    [
        pytest.param(snap(), False, id="same as saved"),
        pytest.param(snap(title="  Evening "), False, id="title cleaned the same way"),
        pytest.param(snap(tags=("Calm", " calm")), False, id="tags compared as saved"),
        pytest.param(snap(body="I trusted him. More"), True, id="more words"),
        pytest.param(snap(body="I trusted him.\n"), True, id="a new line"),
        pytest.param(snap(title="Night"), True, id="title"),
        pytest.param(snap(tags=("calm", "hope")), True, id="tags"),
        pytest.param(snap(local_date=dt.date(2024, 2, 29)), True, id="day"),
        pytest.param(snap(starred=True), True, id="star"),
    ],
)
def test_snapshot_differs_from_the_saved_entry(snapshot: RecoverySnapshot, differs: bool) -> None:
    assert snapshot_differs(snapshot, entry()) is differs


def test_a_snapshot_of_a_never_saved_entry_counts_if_it_has_words() -> None:
    assert snapshot_differs(snap(), None)
    assert not snapshot_differs(snap(title=" ", body="\n ", tags=()), None)
