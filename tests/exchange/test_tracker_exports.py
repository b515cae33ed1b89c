"""Tracker figures in the CSV file and the PDF packet's "Trackers" section: the rows and
the words that land in the files, and which records an export's dates take."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
from pathlib import Path

from tests.exchange.test_exporters import SAMPLE, pdf_text
from tests.exchange.tracker_data import FULL, PROMISES, URGES, WORRIES
from trustjournal.core.trackers import TrackerSet
from trustjournal.exchange import registry
from trustjournal.exchange.model import ExportOptions
from trustjournal.exchange.pdf_trackers import trackers_html
from trustjournal.exchange.tracker_figures import trackers_between, urge_weeks


def csv_rows(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text("utf-8"), newline="")))


def test_csv_has_a_row_per_tracker_figure_after_the_entries(tmp_path: Path) -> None:
    target = tmp_path / "f.csv"
    registry.exporter("csv").write(iter(SAMPLE), target, ExportOptions(tracker_set=FULL))
    rows = csv_rows(target)
    entry_rows = sum(len(r.metrics) for r in SAMPLE)
    assert all(row["kind"] in {"checkin", "exercise"} for row in rows[:entry_rows])
    tracker = rows[entry_rows:]
    assert len(tracker) == 3 * len(URGES) + len(PROMISES) + 3 + len(WORRIES)
    assert [row["date"] for row in tracker] == sorted(row["date"] for row in tracker)
    first = URGES[0].uuid
    assert [row for row in tracker if row["entry_uuid"] == first] == [
        {"date": "2024-03-04", "entry_uuid": first, "kind": "urge", "exercise": "",
         "metric": "peak", "value": "8", "label": "check_phone"},
        {"date": "2024-03-04", "entry_uuid": first, "kind": "urge", "exercise": "",
         "metric": "outcome", "value": "", "label": "resisted"},
        {"date": "2024-03-04", "entry_uuid": first, "kind": "urge", "exercise": "",
         "metric": "surfed_seconds", "value": "600", "label": ""},
    ]
    promises = {(r["date"], r["metric"], r["label"]) for r in tracker if r["kind"] == "promise"}
    assert promises == {("2024-03-08", "promise_by_me", "kept"),
                        ("2024-03-09", "promise_by_partner", "renegotiated"),
                        ("2024-03-03", "promise_by_us", "open"),
                        ("2024-03-07", "promise_by_me", "broken")}
    intentions = [(r["date"], r["label"]) for r in tracker if r["kind"] == "intention"]
    assert intentions == [("2024-03-04", "done"), ("2024-03-05", "not_today"),
                          ("2024-03-06", "")]
    worries = [(r["date"], r["value"], r["label"]) for r in tracker if r["kind"] == "worry"]
    assert worries == [("2024-03-08", "90", "did_not"), ("2024-03-09", "100", "partly"),
                       ("2024-03-10", "0", "")]
    # Figures only: no tracker text ever reaches the spreadsheet.
    text = target.read_text("utf-8")
    for words in ("Walked round", "Call when", "Écouter", "She will cancel", "evening_calm"):
        assert words not in text


def test_csv_without_trackers_is_as_before(tmp_path: Path) -> None:
    with_none, with_empty = tmp_path / "a.csv", tmp_path / "b.csv"
    registry.exporter("csv").write(iter(SAMPLE), with_none, ExportOptions())
    registry.exporter("csv").write(iter(SAMPLE), with_empty,
                                   ExportOptions(tracker_set=TrackerSet()))
    assert with_none.read_bytes() == with_empty.read_bytes()
    assert {row["kind"] for row in csv_rows(with_none)} == {"checkin", "exercise"}


def test_the_dates_take_records_made_or_settled_within_them() -> None:
    picked = trackers_between(FULL, dt.date(2024, 3, 6), dt.date(2024, 3, 8))
    assert [u.uuid[-1] for u in picked.urges] == ["2"]
    # made 1 March, settled 8 March: in; made 3 March and open: out; settled 7 March: in
    assert [p.uuid[-1] for p in picked.promises] == ["1", "4"]
    assert [i.uuid[-1] for i in picked.intentions] == ["3"]
    assert [w.uuid[-1] for w in picked.worries] == ["1"]
    assert picked.exercises == FULL.exercises
    assert trackers_between(FULL, None, None) == FULL
    assert trackers_between(FULL, dt.date(2025, 1, 1), None).urges == ()


def test_urges_are_counted_week_by_week() -> None:
    weeks = urge_weeks(URGES)  # Monday weeks: 4 and 6 March together, 12 March alone
    assert [(w.start, w.urges, w.resisted, w.partly, w.acted) for w in weeks] == [
        (dt.date(2024, 3, 4), 2, 1, 0, 1), (dt.date(2024, 3, 11), 1, 0, 1, 0)]
    assert weeks[0].peak_mean == 4.0
    sunday = urge_weeks(URGES, first_weekday=6)
    assert [w.start for w in sunday] == [dt.date(2024, 3, 3), dt.date(2024, 3, 10)]


def test_the_section_escapes_every_text_and_says_when_a_part_is_empty() -> None:
    hostile = dataclasses.replace(PROMISES[0], text="<b>not bold</b>", note="a & b")
    html = trackers_html(TrackerSet(promises=(hostile,)))
    assert "&lt;b&gt;not bold&lt;/b&gt;" in html and "<b>" not in html
    assert "a &amp; b" in html
    assert "No urges were logged in these dates." in html
    assert "No intentions were set in these dates." in html
    assert "No worries were written down in these dates." in html


def test_pdf_packet_with_the_trackers_section(tmp_path: Path, qapp: object) -> None:
    target = tmp_path / "packet.pdf"
    hostile = dataclasses.replace(WORRIES[0], what_happened="<i>fine</i> after all")
    trackers = dataclasses.replace(FULL, worries=(hostile, *WORRIES[1:]))
    count = registry.exporter("pdf").write(iter(SAMPLE), target,
                                           ExportOptions(tracker_set=trackers))
    assert count == len(SAMPLE)
    pages = pdf_text(target)
    cover = " ".join(pages[0].split())
    assert "Trackers" not in cover
    section = " ".join(pages[1].split())
    assert section.startswith("Trackers")
    assert "Urges to check, week by week" in section
    assert "3 urges were logged; 1 of them passed without acting on them." in section
    assert "4 Mar 2024" in section and "11 Mar 2024" in section
    assert "checking the phone (1)" in section and "asking for reassurance (1)" in section
    assert "Promises" in section and "Sunday walk, no phones" in section
    assert "Not kept" in section and "Renegotiated" in section and "My partner" in section
    assert "Daily intentions" in section and "Ask about her day and listen" in section
    assert "Not checked off" in section and "Not today" in section
    assert "Worries and what happened" in section and "She will cancel Friday" in section
    assert "<i>fine</i> after all" in section  # shown as text, never as markup
    assert "To look at again on 1 Apr 2024" in section
    assert ("Of the 2 looked at again that were written at least 80 % sure, 0 came true."
            in section)
    rest = " ".join(" ".join(pages[2:]).split())
    assert "March 2024" in rest  # the entries follow


def test_pdf_packet_without_trackers_has_no_section(tmp_path: Path, qapp: object) -> None:
    target = tmp_path / "packet.pdf"
    registry.exporter("pdf").write(iter(SAMPLE), target, ExportOptions())
    assert "Trackers" not in " ".join(pdf_text(target))
