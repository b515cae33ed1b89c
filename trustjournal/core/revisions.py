"""Earlier versions of entries: which ones to keep, and how two texts differ.

Standard library only. Storage keeps a version on every save that changes an entry and
asks `revisions_to_prune` which ones have become redundant; the history window shows
`compare` between a version and the text now.

The pruning policy, measured from now and by each version's own save time:

- everything saved in the last hour is kept;
- older than an hour but less than a day: the last version of each clock hour;
- older than a day but less than 30 days: the last version of each day;
- older than that: the last version of each week (ISO weeks, Monday first).

Days and hours are the person's local ones. A version is only ever removed because a
newer one of the same hour, day or week is kept, so the newest version always stays,
and pruning again later never brings back or loses more than the policy says.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Iterable, Sequence
from enum import StrEnum

from trustjournal.core.entries import Entry, RecoverySnapshot
from trustjournal.core.i18n import translate
from trustjournal.core.lazy_dataclass import lazy_dataclass
from trustjournal.core.search import strip_markers
from trustjournal.core.text import clean_tags, clean_title

KEEP_EVERY = dt.timedelta(hours=1)
KEEP_HOURLY = dt.timedelta(days=1)
KEEP_DAILY = dt.timedelta(days=30)


# -- pruning ---------------------------------------------------------------------------


def _bucket(saved: dt.datetime, now: dt.datetime, tz: dt.tzinfo | None) -> tuple[object, ...]:
    age = now - saved
    local = saved.astimezone(tz)
    if age < KEEP_EVERY:
        return ("every",)  # never shared: see revisions_to_prune
    if age < KEEP_HOURLY:
        return ("hour", local.date(), local.hour)
    if age < KEEP_DAILY:
        return ("day", local.date())
    year, week, _ = local.isocalendar()
    return ("week", year, week)


def revisions_to_prune(
    versions: Iterable[tuple[int, dt.datetime]],
    now: dt.datetime,
    tz: dt.tzinfo | None = None,
) -> set[int]:
    """The ids of versions the policy above no longer keeps.

    `versions` are (id, saved time) pairs with aware times; `tz` is the zone whose days
    count (None: this computer's). Within an hour, day or week the newest version is
    kept (by time, then by id for versions saved in the same instant).
    """
    newest: dict[tuple[object, ...], tuple[dt.datetime, int]] = {}
    prune: set[int] = set()
    for version_id, saved in versions:
        bucket = _bucket(saved, now, tz)
        if bucket == ("every",):
            continue
        key = (saved, version_id)
        kept = newest.get(bucket)
        if kept is None:
            newest[bucket] = key
        elif key > kept:
            prune.add(kept[1])
            newest[bucket] = key
        else:
            prune.add(version_id)
    return prune


# -- comparing ---------------------------------------------------------------------------


class LineKind(StrEnum):
    SAME = "same"
    REMOVED = "removed"  # in the older text only
    ADDED = "added"  # in the newer text only


@lazy_dataclass(frozen=True, slots=True)
class Segment:
    """A run of a line's text; `changed` marks words that differ from the paired line."""

    text: str
    changed: bool


@lazy_dataclass(frozen=True, slots=True)
class DiffLine:
    kind: LineKind
    text: str
    old_number: int | None  # 1-based line number in the older text
    new_number: int | None  # 1-based line number in the newer text
    segments: tuple[Segment, ...]


@lazy_dataclass(frozen=True, slots=True)
class Hunk:
    """One stretch of changes with a little unchanged text around it."""

    old_start: int  # 1-based; the first line of this stretch in the older text
    old_count: int
    new_start: int
    new_count: int
    lines: tuple[DiffLine, ...]


_TOKEN = re.compile(r"\w+|\s+|[^\w\s]", re.UNICODE)
# Word-level comparison is quadratic at worst; when the part of a line that differs
# (after the common beginning and end are set aside) has more tokens than this, it is
# marked as changed as a whole.
MAX_WORD_TOKENS = 1000


def _lines(text: str) -> list[str]:
    return text.split("\n") if text else []


def _merge(parts: Iterable[tuple[str, bool]]) -> tuple[Segment, ...]:
    out: list[Segment] = []
    for text, changed in parts:
        if not text:
            continue
        if out and out[-1].changed == changed:
            out[-1] = Segment(out[-1].text + text, changed)
        else:
            out.append(Segment(text, changed))
    return tuple(out)


def word_changes(old: str, new: str) -> tuple[tuple[Segment, ...], tuple[Segment, ...]]:
    """The two lines cut into segments, with the words that differ marked as changed."""
    a, b = _TOKEN.findall(old), _TOKEN.findall(new)
    # Most edits touch one place: set aside the common beginning and end first.
    start = 0
    while start < len(a) and start < len(b) and a[start] == b[start]:
        start += 1
    end = 0
    while end < len(a) - start and end < len(b) - start and a[-1 - end] == b[-1 - end]:
        end += 1
    head, tail = "".join(a[:start]), "".join(a[len(a) - end:])
    mid_a, mid_b = a[start:len(a) - end], b[start:len(b) - end]
    left: list[tuple[str, bool]] = [(head, False)]
    right: list[tuple[str, bool]] = [(head, False)]
    if len(mid_a) > MAX_WORD_TOKENS or len(mid_b) > MAX_WORD_TOKENS:
        left.append(("".join(mid_a), True))
        right.append(("".join(mid_b), True))
    else:
        matcher = difflib.SequenceMatcher(None, mid_a, mid_b, autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            same = tag == "equal"
            left.append(("".join(mid_a[i1:i2]), not same))
            right.append(("".join(mid_b[j1:j2]), not same))
    left.append((tail, False))
    right.append((tail, False))
    return _merge(left), _merge(right)


def compare(old: str, new: str, context: int = 2) -> list[Hunk]:
    """Line-by-line differences from `old` to `new`, grouped into hunks with `context`
    unchanged lines around each change. Lines replaced one for one also carry word-level
    segments. Equal texts give no hunks."""
    a, b = _lines(old), _lines(new)
    if a == b:
        return []
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    hunks: list[Hunk] = []
    for group in matcher.get_grouped_opcodes(context):
        lines: list[DiffLine] = []
        for tag, i1, i2, j1, j2 in group:
            if tag == "equal":
                lines.extend(
                    DiffLine(LineKind.SAME, a[i], i + 1, j1 + (i - i1) + 1,
                             _merge([(a[i], False)]))
                    for i in range(i1, i2)
                )
                continue
            removed, added = a[i1:i2], b[j1:j2]
            pairs = min(len(removed), len(added)) if tag == "replace" else 0
            left_segments: list[tuple[Segment, ...]] = []
            right_segments: list[tuple[Segment, ...]] = []
            for k in range(pairs):
                left, right = word_changes(removed[k], added[k])
                left_segments.append(left)
                right_segments.append(right)
            for k, text in enumerate(removed):
                segments = left_segments[k] if k < pairs else _merge([(text, True)])
                lines.append(DiffLine(LineKind.REMOVED, text, i1 + k + 1, None, segments))
            for k, text in enumerate(added):
                segments = right_segments[k] if k < pairs else _merge([(text, True)])
                lines.append(DiffLine(LineKind.ADDED, text, None, j1 + k + 1, segments))
        first, last = group[0], group[-1]
        hunks.append(Hunk(old_start=first[1] + 1, old_count=last[2] - first[1],
                          new_start=first[3] + 1, new_count=last[4] - first[3],
                          lines=tuple(lines)))
    return hunks


@lazy_dataclass(frozen=True, slots=True)
class FieldChange:
    """A field other than the text that differs between a version and now."""

    name: str  # "title", "tags", "day", "star"
    then: str
    now: str


def field_changes(
    then_title: str, then_tags: Sequence[str], then_day: dt.date, then_starred: bool,
    now_title: str, now_tags: Sequence[str], now_day: dt.date, now_starred: bool,
) -> list[FieldChange]:
    """Title, tags, day and star: the ones that differ, in words for the history window."""
    out: list[FieldChange] = []
    if then_title != now_title:
        out.append(FieldChange("title", then_title, now_title))
    if _tag_key(then_tags) != _tag_key(now_tags):
        out.append(FieldChange("tags", ", ".join(then_tags), ", ".join(now_tags)))
    if then_day != now_day:
        out.append(FieldChange("day", then_day.isoformat(), now_day.isoformat()))
    if bool(then_starred) != bool(now_starred):
        out.append(FieldChange("star", _star(then_starred), _star(now_starred)))
    return out


def _star(on: bool) -> str:
    return (translate("RevisionChanges", "starred") if on
            else translate("RevisionChanges", "not starred"))


def _tag_key(tags: Iterable[str]) -> list[str]:
    return sorted(t.casefold() for t in clean_tags(tags))


# -- crash recovery ----------------------------------------------------------------------


def snapshot_differs(snapshot: RecoverySnapshot, entry: Entry | None) -> bool:
    """Whether a recovery snapshot holds anything the saved entry does not (None: the
    entry was never saved, so any words at all count)."""
    title = clean_title(strip_markers(snapshot.title))
    body = strip_markers(snapshot.body.replace("\x00", ""))
    if entry is None:
        return bool(title or body.strip() or clean_tags(snapshot.tags))
    return (
        title != entry.title
        or body != entry.body
        or _tag_key(snapshot.tags) != _tag_key(entry.tags)
        or snapshot.local_date != entry.local_date
        or bool(snapshot.starred) != bool(entry.starred)
    )


__all__ = [
    "DiffLine",
    "FieldChange",
    "Hunk",
    "LineKind",
    "Segment",
    "compare",
    "field_changes",
    "revisions_to_prune",
    "snapshot_differs",
    "word_changes",
]
