"""Tracker records as the export formats other than JSON want them: the ones that fall
within an export's dates, their CSV rows, and urges counted week by week.

A record falls within the dates when the day it was made (an urge's or an intention's
own day, the day a promise or a worry was written) or the day it was settled lies
within them: a packet for the last three months shows the promise made in January and
kept in March.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator

from trustjournal.core.lazy_dataclass import lazy_dataclass
from trustjournal.core.progress.weeks import week_start
from trustjournal.core.trackers import (
    Intention,
    Promise,
    TrackerSet,
    Urge,
    UrgeOutcome,
    Worry,
)


def _within(days: Iterable[dt.date | None], start: dt.date | None,
            end: dt.date | None) -> bool:
    return any(day is not None and (start is None or day >= start)
               and (end is None or day <= end) for day in days)


def trackers_between(trackers: TrackerSet, start: dt.date | None,
                     end: dt.date | None) -> TrackerSet:
    """The tracker records made or settled within start..end (None: open-ended); own
    exercise versions are kept whole, as entries of any date may use them."""
    if start is None and end is None:
        return trackers
    return TrackerSet(
        urges=tuple(u for u in trackers.urges if _within((u.local_date,), start, end)),
        promises=tuple(p for p in trackers.promises
                       if _within((p.made_on, p.settled_on), start, end)),
        intentions=tuple(i for i in trackers.intentions
                         if _within((i.local_date,), start, end)),
        worries=tuple(w for w in trackers.worries
                      if _within((w.made_on, w.settled_on), start, end)),
        exercises=trackers.exercises,
    )


# -- CSV --------------------------------------------------------------------------------

Row = tuple[dt.date, str, str, str, int | None, str]  # day, uuid, kind, metric, value, label


def _urge_rows(urge: Urge) -> Iterator[Row]:
    yield urge.local_date, urge.uuid, "urge", "peak", urge.peak, str(urge.kind)
    yield urge.local_date, urge.uuid, "urge", "outcome", None, str(urge.outcome)
    yield urge.local_date, urge.uuid, "urge", "surfed_seconds", urge.surfed_seconds, ""


def _promise_row(promise: Promise) -> Row:
    day = promise.settled_on or promise.made_on
    return day, promise.uuid, "promise", f"promise_by_{promise.by}", None, str(promise.status)


def _intention_row(intention: Intention) -> Row:
    outcome = "" if intention.outcome is None else str(intention.outcome)
    return intention.local_date, intention.uuid, "intention", "intention", None, outcome


def _worry_row(worry: Worry) -> Row:
    outcome = "" if worry.outcome is None else str(worry.outcome)
    day = worry.settled_on or worry.made_on
    return day, worry.uuid, "worry", "sureness", worry.sureness, outcome


def tracker_rows(trackers: TrackerSet) -> list[Row]:
    """Every figure of the tracker records, one row each, by day (see csv_format)."""
    rows: list[Row] = []
    for urge in trackers.urges:
        rows.extend(_urge_rows(urge))
    rows.extend(_promise_row(p) for p in trackers.promises)
    rows.extend(_intention_row(i) for i in trackers.intentions)
    rows.extend(_worry_row(w) for w in trackers.worries)
    order = {"urge": 0, "promise": 1, "intention": 2, "worry": 3}
    # Stable: an urge's three rows stay together and in their order.
    return sorted(rows, key=lambda row: (row[0], order[row[2]], row[1]))


# -- weeks ------------------------------------------------------------------------------


@lazy_dataclass(frozen=True, slots=True)
class UrgeWeek:
    """The urges of one week: how many, how each ended, and their average peak."""

    start: dt.date
    urges: int
    resisted: int
    partly: int
    acted: int
    peak_mean: float


def urge_weeks(urges: Iterable[Urge], first_weekday: int = 0) -> list[UrgeWeek]:
    """Urges counted per week (weeks with none left out), oldest first."""
    weeks: dict[dt.date, list[Urge]] = {}
    for urge in urges:
        weeks.setdefault(week_start(urge.local_date, first_weekday), []).append(urge)
    out = []
    for start in sorted(weeks):
        these = weeks[start]
        ended = [u.outcome for u in these]
        out.append(UrgeWeek(start, len(these), ended.count(UrgeOutcome.RESISTED),
                            ended.count(UrgeOutcome.PARTLY), ended.count(UrgeOutcome.ACTED),
                            sum(u.peak for u in these) / len(these)))
    return out


__all__ = ["UrgeWeek", "tracker_rows", "trackers_between", "urge_weeks"]
