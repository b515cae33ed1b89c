"""CSV export of the numbers: one row per metric of every check-in and exercise.

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

Entries without metrics (free writing) add no rows. Spreadsheets run a cell that starts
with = + - @ (or a tab or carriage return) as a formula, so such text cells get a
leading apostrophe; numbers are written as numbers.
"""

from __future__ import annotations

import csv
import math
from collections.abc import Iterable
from pathlib import Path

from trustjournal.core.records import EntryRecord
from trustjournal.exchange.markup import private_text
from trustjournal.exchange.model import ExportOptions
from trustjournal.exchange.registry import register_exporter

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


class CsvExporter:
    """Check-in and exercise figures for spreadsheets, one row per figure."""

    name = "csv"
    label = "CSV (check-in and exercise figures)"
    suffix = ".csv"
    folder = False

    def write(self, records: Iterable[EntryRecord], target: Path, options: ExportOptions) -> int:
        """Write the header and a row per metric; return how many entries were read."""
        count = 0
        with private_text(target, newline="") as out:
            writer = csv.writer(out, lineterminator="\r\n")
            writer.writerow(COLUMNS)
            for record in records:
                writer.writerows(rows(record))
                count += 1
        return count


register_exporter(CsvExporter())
