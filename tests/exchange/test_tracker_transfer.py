"""Trackers through real journals: a JSON export and import gives back every tracker
record and own exercise version, a second import adds nothing, a malformed tracker
record anywhere leaves every table as it was, and the CSV and PDF carry the records
within the export's dates."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import json
from pathlib import Path
from typing import Any

import pytest

from tests.exchange.journal_data import fill, journal_files, snapshot
from tests.exchange.test_exporters import pdf_text
from tests.exchange.test_tracker_json import MALFORMED
from tests.exchange.tracker_data import FULL, own_toml, save_trackers
from trustjournal.core.trackers import TrackerSet
from trustjournal.exchange import json_format, runner
from trustjournal.exchange.model import ExportFilter, ExportOptions, ImportFormatError

EVERYTHING = ExportFilter(include_trash=True, include_revisions=True)


@pytest.fixture(autouse=True)
def fixed_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(json_format, "utc_now", lambda: dt.datetime(2024, 7, 1, tzinfo=dt.UTC))


@pytest.fixture
def other(tmp_path: Path):  # type: ignore[no-untyped-def]
    from trustjournal.storage import open_journal

    opened = open_journal(tmp_path / "other" / "notes.db")
    yield opened
    opened.close()


def fill_trackers(journal: Any) -> TrackerSet:
    """Every tracker of tracker_data saved through the journal's API, and own exercises
    in several versions (one removed); returns what the journal now holds."""
    save_trackers(journal, FULL)
    journal.save_user_exercise("evening_calm", own_toml())
    journal.save_user_exercise("evening_calm", own_toml(version=2, title="Evening calm, 2"))
    journal.save_user_exercise("evening_calm", own_toml(version=3, title="Abend — 日記"))
    journal.save_user_exercise("my_reassurance", own_toml("my_reassurance"),
                               based_on="reassurance_for_two")
    journal.remove_user_exercise("my_reassurance")
    held = journal.tracker_set()
    assert len(held.exercises) == 4 and held.exercises[3].removed_utc is not None
    return held


def table_counts(journal: Any) -> dict[str, int]:
    """Rows in every table of the journal (the search index's own tables included)."""
    with journal._gateway.read() as cur:
        names = [n for (n,) in cur.execute(
            "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")]
        return {n: cur.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}


def test_json_round_trip_gives_back_every_tracker_record(journal, other,
                                                         tmp_path: Path) -> None:
    fill(journal)
    held = fill_trackers(journal)
    path = tmp_path / "all.json"
    count = runner.export(journal, "json", path, EVERYTHING)
    document = json.loads(path.read_bytes())
    assert document["version"] == 2
    assert [len(document[k]) for k in ("urges", "promises", "intentions", "worries",
                                       "own_exercises")] == [3, 4, 3, 3, 4]
    assert "Abend — 日記" in document["own_exercises"][2]["toml"]

    result = runner.import_file(other, path)
    assert (result.added, result.skipped) == (count, 0)
    assert result.preview.trackers == (("urges", 3), ("promises", 4), ("intentions", 3),
                                       ("worries", 3), ("own_exercises", 4))
    assert other.tracker_set() == held
    for mine, theirs in zip(dataclasses.astuple(other.tracker_set()),
                            dataclasses.astuple(held), strict=True):
        assert list(mine) == list(theirs)  # record for record, in the same order
    assert snapshot(other) == snapshot(journal)
    assert other.user_exercise("evening_calm", 1).toml == own_toml()
    second = tmp_path / "again.json"
    runner.export(other, "json", second, EVERYTHING)
    assert second.read_bytes() == path.read_bytes()


def test_a_second_import_adds_no_tracker_record(journal, other, tmp_path: Path) -> None:
    fill_trackers(journal)
    path = tmp_path / "all.json"
    runner.export(journal, "json", path)
    runner.import_file(other, path)
    before, files = table_counts(other), journal_files(other)
    _, preview = runner.preview_import(other, path)
    assert preview.trackers == () and preview.describe_trackers() == ""
    again = runner.import_file(other, path)
    assert again.preview.new_trackers == 0
    assert table_counts(other) == before and journal_files(other) == files


def test_trackers_alone_are_imported(journal, other, tmp_path: Path) -> None:
    fill_trackers(journal)
    path = tmp_path / "trackers.json"
    assert runner.export(journal, "json", path) == 0
    _, preview = runner.preview_import(other, path)
    assert preview.describe() == ("0 entries, 0 tags, and from the trackers 3 urges, 4 "
                                  "promises, 3 intentions, 3 worries and 4 own exercise "
                                  "versions")
    runner.import_file(other, path)
    assert other.tracker_set() == journal.tracker_set()


def malformed(document: dict[str, Any], key: str, index: int, **changes: Any) -> None:
    document[key][index].update(changes)


BAD = [
    ("urges", 2, {"kind": "check_email"}, "urge 3 (", "'kind' must be one of"),
    ("urges", 0, {"peak": 12}, "urge 1 (", "'peak' must be from 0 to 10, not 12"),
    ("promises", 3, {"made_on": "2024-13-01"}, "promise 4 (", "'made_on' is not a date"),
    ("intentions", 1, {"text": 5}, "intention 2 (", "'text' must be text, not a number"),
    ("worries", 2, {"sureness": 100.5}, "worry 3 (", "'sureness' must be a whole number"),
    ("own_exercises", 3, {"toml": "id = [unclosed"}, "own exercise 4 (my_reassurance)",
     "is not valid TOML"),
    ("own_exercises", 0, {"exercise_id": "trust_my_judgment",
                          "toml": own_toml("trust_my_judgment")},
     "own exercise 1 (trust_my_judgment)", "is the id of a built-in exercise"),
]


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One export of a filled journal, shared by the malformed cases (each edits a copy)."""
    from trustjournal.storage import open_journal

    folder = tmp_path_factory.mktemp("source")
    target = tmp_path_factory.mktemp("exports") / "all.json"
    journal = open_journal(folder / "notes.db")
    try:
        fill(journal)
        fill_trackers(journal)
        runner.export(journal, "json", target, EVERYTHING)
    finally:
        journal.close()
    return target


# Every malformed case of the format's own tests, and a few more, through a real journal.
@pytest.mark.parametrize(("key", "index", "changes", "label", "reason"), MALFORMED + BAD)
def test_a_malformed_tracker_record_changes_nothing(source: Path, other, tmp_path: Path,
                                                    key: str, index: int,
                                                    changes: dict[str, Any], label: str,
                                                    reason: str) -> None:
    path = tmp_path / "all.json"
    document = json.loads(source.read_bytes())
    malformed(document, key, index, **changes)
    path.write_text(json.dumps(document, ensure_ascii=False), "utf-8")
    other.create_entry(title="mine", body="already here", local_date=dt.date(2024, 1, 2))
    other.save_urge(FULL.urges[0])
    before, files = table_counts(other), journal_files(other)
    for attempt in (runner.preview_import, runner.import_file):
        with pytest.raises(ImportFormatError) as caught:
            attempt(other, path)
        assert caught.value.entry is not None and caught.value.entry.startswith(label)
        assert reason in caught.value.reason
        assert table_counts(other) == before and journal_files(other) == files


def test_an_own_exercise_version_with_other_text_is_refused(journal, other,
                                                            tmp_path: Path) -> None:
    fill(journal)
    fill_trackers(journal)
    path = tmp_path / "all.json"
    runner.export(journal, "json", path, EVERYTHING)
    other.save_user_exercise("evening_calm", own_toml(title="My own first version"))
    before, files = table_counts(other), journal_files(other)
    with pytest.raises(ImportFormatError, match="is in the journal with other questions"):
        runner.import_file(other, path)
    assert table_counts(other) == before and journal_files(other) == files


def test_the_dates_of_an_export_pick_the_trackers(journal, tmp_path: Path) -> None:
    fill_trackers(journal)
    path = tmp_path / "week.json"
    runner.export(journal, "json", path, ExportFilter(start=dt.date(2024, 3, 6),
                                                      end=dt.date(2024, 3, 8)))
    document = json.loads(path.read_bytes())
    assert [u["uuid"][-1] for u in document["urges"]] == ["2"]
    assert [p["uuid"][-1] for p in document["promises"]] == ["1", "4"]
    assert len(document["own_exercises"]) == 4  # entries of any day may use them
    without = tmp_path / "without.json"
    runner.export(journal, "json", without, options=ExportOptions(trackers=False))
    document = json.loads(without.read_bytes())
    assert "urges" not in document and len(document["own_exercises"]) == 4


def test_csv_and_pdf_from_the_journal(journal, tmp_path: Path, qapp: object) -> None:
    fill(journal)
    fill_trackers(journal)
    table = tmp_path / "figures.csv"
    runner.export(journal, "csv", table)
    rows = list(csv.DictReader(io.StringIO(table.read_text("utf-8"), newline="")))
    assert sum(r["kind"] == "urge" and r["metric"] == "outcome" and r["label"] == "resisted"
               for r in rows) == 1
    assert {r["kind"] for r in rows} == {"checkin", "exercise", "urge", "promise",
                                         "intention", "worry"}
    plain = tmp_path / "figures-only-entries.csv"
    runner.export(journal, "csv", plain, options=ExportOptions(trackers=False))
    assert {r["kind"] for r in csv.DictReader(io.StringIO(plain.read_text("utf-8")))} == {
        "checkin", "exercise"}

    packet = tmp_path / "packet.pdf"
    runner.export(journal, "pdf", packet)
    assert "Trackers" not in " ".join(pdf_text(packet))  # off unless asked for
    runner.export(journal, "pdf", packet, options=ExportOptions(trackers=True),
                  overwrite=True)
    text = " ".join(" ".join(pdf_text(packet)).split())
    assert "Urges to check, week by week" in text and "Sunday walk, no phones" in text


def test_an_intention_for_a_day_that_has_one_is_refused(journal, other,
                                                        tmp_path: Path) -> None:
    fill_trackers(journal)
    path = tmp_path / "all.json"
    runner.export(journal, "json", path)
    mine = dataclasses.replace(FULL.intentions[1], uuid="30000000-0000-4000-8000-0000000000ff",
                               text="My own for that day")
    other.save_intention(mine)
    before, files = table_counts(other), journal_files(other)
    for attempt in (runner.preview_import, runner.import_file):
        with pytest.raises(ImportFormatError) as caught:
            attempt(other, path)
        assert caught.value.entry == "intention 2 (30000000-0000-4000-8000-000000000002)"
        assert "already has an intention for 2024-03-05" in caught.value.reason
        assert table_counts(other) == before and journal_files(other) == files
