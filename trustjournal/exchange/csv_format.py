"""CSV export of the numbers: one row per metric of every check-in and exercise, and
one row per figure of the trackers (urges, promises, intentions, worries).

A UTF-8 file (no byte-order mark) with a header row, quoted as RFC 4180 describes and
with CRLF line endings. Columns:

    date        the day the entry is filed under (YYYY-MM-DD)
    entry_uuid  the entry's id, the same for every row of one entry
    kind        "checkin" or "exercise"
    exercise    the exercise id ("checkin", "challenge_a_thought", ...)
    metric      what was measured: trust, anxiety, connection, felt_trusted,
                distrust_weight, needs_met (0–10) and feeling (0–100) for check-ins;
                belief_before/after, feeling_before/after, trap, root_source,
                root_where, victory_kind, pride, feeling ... for exercises
    value       the number, written without a needless ".0"; empty for picks
    label       which one: the feeling id for feelings, the option or trap id for
                picks ("other" for an own answer); empty for plain scales

Entries without metrics (free writing) add no rows.

Tracker rows follow the entry rows, by day, in the same columns, so one pivot table
counts either. No tracker text goes in, only figures and choices. `entry_uuid` holds
the tracker record's id and `exercise` is empty; `kind` says which tracker:

    urge        three rows on the urge's day: metric "peak" (0–10) with the label saying
                what the urge was (check_phone, check_location, social_media,
                ask_reassurance, interrogate, other); "outcome" with the label
                resisted, partly or acted; "surfed_seconds" (time spent with it)
    promise     one row: metric "promise_by_me", "promise_by_partner" or
                "promise_by_us"; label open, kept, broken or renegotiated; dated the
                day it was settled, or the day it was made while still open
    intention   one row on its day: metric "intention", label done, partly or
                not_today (empty while not checked off)
    worry       one row: metric "sureness" (0–100 %), label came_true, did_not or
                partly (empty while it waits for its day); dated the day it was
                settled, or the day it was written while open

So "urges resisted per week" counts kind=urge, metric=outcome, label=resisted by week
of the date; "kept promises of mine" counts metric=promise_by_me, label=kept. Which
trackers go in follows the export's dates (see tracker_figures); `--no-trackers` (or
the export dialog's box) leaves them out.

Spreadsheets run a cell that starts with = + - @ (or a tab or carriage return) as a
formula, so such text cells get a leading apostrophe; numbers are written as numbers.
"""

from __future__ import annotations

import csv
import math
from collections.abc import Iterable
from pathlib import Path

from trustjournal.core.i18n import translate
from trustjournal.core.records import EntryRecord
from trustjournal.core.trackers import TrackerSet
from trustjournal.exchange.markup import private_text
from trustjournal.exchange.model import ExportOptions
from trustjournal.exchange.registry import register_exporter
from trustjournal.exchange.tracker_figures import tracker_rows

COLUMNS = ("date", "entry_uuid", "kind", "exercise", "metric", "value", "label")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def text_cell(text: str | None) -> str:
    """A text cell a spreadsheet shows as text, never runs as a formula."""
    if not text:
        return ""
    return "'" + text if text.startswith(_FORMULA_START) else text


def number_cell(value: float | None) -> str:
    """A number as plain digits: 7.0 → '7', 6.5 → '6.5'; None (and NaN) → ''."""
    if value is None or math.isnan(value):
        return ""
    if math.isinf(value):
        return ""
    if float(value).is_integer():
        return str(int(value))
    return repr(float(value))


def rows(record: EntryRecord) -> Iterable[list[str]]:
    """The CSV rows of one entry, one per metric."""
    for metric in record.metrics:
        yield [
            record.local_date.isoformat(),
            text_cell(record.uuid),
            text_cell(record.kind),
            text_cell(record.exercise_id),
            text_cell(metric.name),
            number_cell(metric.value),
            text_cell(metric.label),
        ]


def tracker_csv_rows(trackers: TrackerSet) -> Iterable[list[str]]:
    """The CSV rows of the tracker records, by day (see the module's notes)."""
    for day, uuid, kind, metric, value, label in tracker_rows(trackers):
        yield [day.isoformat(), text_cell(uuid), kind, "", metric,
               number_cell(None if value is None else float(value)), text_cell(label)]


class CsvExporter:
    """Check-in, exercise and tracker figures for spreadsheets, one row per figure."""

    name = "csv"

    @property
    def label(self) -> str:
        """The format's name in lists of formats."""
        return translate("CsvExporter", "CSV (check-in, exercise and tracker figures)")

    suffix = ".csv"
    folder = False
    trackers_default = True  # figures only, no text: as safe as the rest of the file

    def write(self, records: Iterable[EntryRecord], target: Path, options: ExportOptions) -> int:
        """Write the header and a row per metric; return how many entries were read."""
        count = 0
        with private_text(target, newline="") as out:
            writer = csv.writer(out, lineterminator="\r\n")
            writer.writerow(COLUMNS)
            for record in records:
                writer.writerows(rows(record))
                count += 1
            if options.tracker_set is not None:
                writer.writerows(tracker_csv_rows(options.tracker_set))
        return count


register_exporter(CsvExporter())
