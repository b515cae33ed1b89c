"""Tracker lists in our JSON: the bytes written, the records read back field for field,
and a clear refusal naming the record for every kind of bad value."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
from pathlib import Path
from typing import Any

import pytest

from tests.exchange.tracker_data import EXERCISES, FULL, URGES, own_toml
from trustjournal.core.trackers import TrackerSet
from trustjournal.exchange import json_format, tracker_json
from trustjournal.exchange.json_format import JsonExporter, JsonImporter
from trustjournal.exchange.model import EntryRecord, ExportOptions, ImportFormatError

GOLDEN = Path(__file__).parent / "golden" / "export_trackers.json"
UPDATE = os.environ.get("TJ_UPDATE_GOLDEN") == "1"
ENTRY = EntryRecord(
    uuid="0b7c6f1e-4a0e-4f7e-9a51-2d8f3c1e0001", kind="free", title="A calm evening",
    body="We talked.", local_date=dt.date(2024, 3, 18),
    created_utc=dt.datetime(2024, 3, 18, 20, 4, tzinfo=dt.UTC),
    updated_utc=dt.datetime(2024, 3, 18, 20, 4, tzinfo=dt.UTC))


@pytest.fixture(autouse=True)
def fixed_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(json_format, "utc_now",
                        lambda: dt.datetime(2024, 7, 1, 12, 0, tzinfo=dt.UTC))


def export(tmp_path: Path, trackers: TrackerSet | None,
           entries: tuple[EntryRecord, ...] = (ENTRY,)) -> Path:
    target = tmp_path / "out.json"
    JsonExporter().write(iter(entries), target, ExportOptions(tracker_set=trackers))
    return target


def read(path: Path) -> tuple[TrackerSet, list[EntryRecord]]:
    trackers, records = JsonImporter().read_with_trackers(path)
    return trackers, list(records)


def test_the_export_matches_the_golden_file(tmp_path: Path) -> None:
    written = export(tmp_path, FULL).read_bytes()
    if UPDATE:
        GOLDEN.write_bytes(written)
    assert written == GOLDEN.read_bytes()
    document = json.loads(written)
    assert list(document) == ["format", "version", "exported_utc", "urges", "promises",
                              "intentions", "worries", "own_exercises", "entries"]
    assert document["version"] == 2
    assert document["urges"][0]["started_utc"] == "2024-03-04T21:05:07.250000Z"
    assert document["urges"][0]["kind"] == "check_phone"
    assert document["urges"][1]["feeling_after"] is None
    assert document["promises"][2]["due"] is None
    assert document["own_exercises"][2]["based_on"] == "reassurance_for_two"
    assert "日記" in document["own_exercises"][0]["toml"]


def test_every_record_reads_back_equal(tmp_path: Path) -> None:
    trackers, records = read(export(tmp_path, FULL))
    assert trackers == FULL
    assert records == [dataclasses.replace(ENTRY, source="entry 1")]


def test_without_trackers_the_file_stays_version_1(tmp_path: Path) -> None:
    path = export(tmp_path, TrackerSet())
    document = json.loads(path.read_bytes())
    assert document["version"] == 1
    assert not set(tracker_json.KEYS) & set(document)
    trackers, records = read(path)
    assert trackers == TrackerSet() and len(records) == 1


def test_an_older_file_without_the_lists_imports(tmp_path: Path) -> None:
    path = tmp_path / "old.json"
    entry = json_format.entry_dict(ENTRY)
    path.write_text(json.dumps({"format": "trustjournal", "version": 1,
                                "entries": [entry]}), "utf-8")
    trackers, records = read(path)
    assert trackers.empty
    assert [r.uuid for r in records] == [ENTRY.uuid]


def test_no_entries_still_carries_the_trackers(tmp_path: Path) -> None:
    trackers, records = read(export(tmp_path, FULL, entries=()))
    assert trackers == FULL and records == []


def test_plain_read_checks_the_lists_too(tmp_path: Path) -> None:
    path = export(tmp_path, FULL)
    document = json.loads(path.read_bytes())
    document["urges"][1]["peak"] = 11
    path.write_text(json.dumps(document), "utf-8")
    with pytest.raises(ImportFormatError, match="urge 2"):
        list(JsonImporter().read(path))


def document_with(tmp_path: Path, key: str, index: int, changes: dict[str, Any],
                  drop: tuple[str, ...] = ()) -> Path:
    path = export(tmp_path, FULL)
    document = json.loads(path.read_bytes())
    record = document[key][index]
    record.update(changes)
    for name in drop:
        del record[name]
    path.write_text(json.dumps(document, ensure_ascii=False), "utf-8")
    return path


URGE_1 = "urge 1 (10000000-0000-4000-8000-000000000001)"
PROMISE_2 = "promise 2 (20000000-0000-4000-8000-000000000002)"
INTENTION_3 = "intention 3 (30000000-0000-4000-8000-000000000003)"
WORRY_1 = "worry 1 (40000000-0000-4000-8000-000000000001)"
OWN_2 = "own exercise 2 (evening_calm)"

MALFORMED = [
    ("urges", 0, {"kind": "check_email"}, URGE_1,
     "'kind' must be one of check_phone, check_location, social_media, ask_reassurance, "
     "interrogate, other, not 'check_email'"),
    ("urges", 0, {"peak": 11}, URGE_1, "'peak' must be from 0 to 10, not 11"),
    ("urges", 0, {"peak": -1}, URGE_1, "'peak' must be from 0 to 10, not -1"),
    ("urges", 0, {"peak": "8"}, URGE_1, "'peak' must be a whole number, not text"),
    ("urges", 0, {"peak": 7.5}, URGE_1, "'peak' must be a whole number, not a number"),
    ("urges", 0, {"peak": True}, URGE_1, "'peak' must be a whole number, not true/false"),
    ("urges", 0, {"surfed_seconds": -5}, URGE_1, "'surfed_seconds' must be 0 or more"),
    ("urges", 0, {"local_date": "2024-02-30"}, URGE_1,
     "'local_date' is not a date like 2024-03-18: '2024-02-30'"),
    ("urges", 0, {"local_date": "0001-01-01"}, URGE_1, "'local_date' (0001-01-01) is out of"),
    ("urges", 0, {"started_utc": "2024-03-04T21:05:07"}, URGE_1,
     "'started_utc' is not a UTC time like 2024-03-18T21:04:00Z"),
    ("urges", 0, {"followed_up_utc": 5}, URGE_1,
     "'followed_up_utc' must be a date and time text, not a number"),
    ("urges", 0, {"uuid": "not-a-uuid"}, "urge 1 (not-a-uuid)", "'uuid' is not a UUID"),
    ("urges", 0, {"instead": "a\x00b"}, URGE_1, "'instead' contains a NUL character"),
    ("urges", 0, {"feeling_after": ["fine"]}, URGE_1,
     "'feeling_after' must be text, not a list"),
    ("urges", 0, {"kind": "other", "other": " "}, URGE_1,
     "Say in a few words what the urge was."),
    ("urges", 0, {"mood": 3}, URGE_1, "unknown field 'mood'"),
    ("promises", 1, {"by": "neighbour"}, PROMISE_2,
     "'by' must be one of me, partner, us, not 'neighbour'"),
    ("promises", 1, {"status": None}, PROMISE_2,
     "'status' must be one of open, kept, broken, renegotiated, not null"),
    ("promises", 1, {"settled_on": None}, PROMISE_2,
     "Only a settled promise has a day it was settled."),
    ("promises", 1, {"due": "2024-01-01"}, PROMISE_2,
     "A promise cannot be due before the day it was made."),
    ("promises", 1, {"text": ""}, PROMISE_2, "Write what was promised."),
    ("intentions", 2, {"outcome": "maybe"}, INTENTION_3,
     "'outcome' must be one of done, partly, not_today or null, not 'maybe'"),
    ("intentions", 2, {"local_date": "2024-03-05"}, INTENTION_3,
     "a second intention for 2024-03-05 (intention 2 is for that day too)"),
    ("worries", 0, {"sureness": 101}, WORRY_1, "'sureness' must be from 0 to 100, not 101"),
    ("worries", 0, {"outcome": "came true"}, WORRY_1, "'outcome' must be one of came_true"),
    ("worries", 0, {"look_on": "2024-02-01"}, WORRY_1,
     "The day to look again cannot be before the day it was written."),
    ("own_exercises", 1, {"toml": 'id = "evening_calm"\nversion = ='}, OWN_2,
     "its exercise definition ('toml') is not valid TOML"),
    ("own_exercises", 1, {"toml": own_toml().replace('kind = "text"', 'kind = "poem"')}, OWN_2,
     "its exercise definition has a problem"),
    ("own_exercises", 1, {"toml": own_toml("another_one")}, OWN_2,
     "its definition has the id 'another_one', not 'evening_calm'"),
    ("own_exercises", 1, {"version": 0}, OWN_2, "'version' must be 1 or more, not 0"),
    ("own_exercises", 1, {"exercise_id": "challenge_a_thought",
                          "toml": own_toml("challenge_a_thought")},
     "own exercise 2 (challenge_a_thought)",
     "'challenge_a_thought' is the id of a built-in exercise"),
    ("own_exercises", 1, {"version": 1}, OWN_2,
     "the same id and version as own exercise 1"),
    ("worries", 2, {"uuid": "40000000-0000-4000-8000-000000000001"},
     "worry 3 (40000000-0000-4000-8000-000000000001)", "the same uuid as worry 1"),
]


@pytest.mark.parametrize(("key", "index", "changes", "label", "reason"), MALFORMED)
def test_a_malformed_record_is_refused_by_name(tmp_path: Path, key: str, index: int,
                                               changes: dict[str, Any], label: str,
                                               reason: str) -> None:
    path = document_with(tmp_path, key, index, changes)
    with pytest.raises(ImportFormatError) as caught:
        read(path)
    assert caught.value.entry == label
    assert reason in caught.value.reason
    assert str(caught.value).startswith(f"{path}, {label}: ")


@pytest.mark.parametrize(("key", "field"), [("urges", "peak"), ("promises", "by"),
                                            ("intentions", "text"), ("worries", "look_on"),
                                            ("own_exercises", "toml")])
def test_a_missing_field_is_named(tmp_path: Path, key: str, field: str) -> None:
    path = document_with(tmp_path, key, 0, {}, drop=(field,))
    with pytest.raises(ImportFormatError, match=f"the field '{field}' is missing"):
        read(path)


def test_optional_fields_may_be_left_out(tmp_path: Path) -> None:
    path = document_with(tmp_path, "urges", 1, {}, drop=(
        "instead", "surfed_seconds", "feeling_after", "followed_up_utc"))
    trackers, _ = read(path)
    assert trackers.urges[1] == dataclasses.replace(URGES[1], instead="", surfed_seconds=0)


@pytest.mark.parametrize(("document", "reason"), [
    ({"urges": {"a": 1}}, "'urges' must be a list, not an object"),
    ({"worries": ["fear"]}, "a worry must be an object, not text"),
])
def test_a_list_of_the_wrong_shape_is_refused(tmp_path: Path, document: dict[str, Any],
                                              reason: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({"format": "trustjournal", "version": 2, **document,
                                "entries": []}), "utf-8")
    with pytest.raises(ImportFormatError, match=reason):
        read(path)


def test_lists_after_the_entries_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "late.json"
    path.write_text(json.dumps({"format": "trustjournal", "version": 2, "entries": [],
                                "urges": []}), "utf-8")
    with pytest.raises(ImportFormatError, match="'urges' comes after 'entries'"):
        read(path)


def test_a_list_twice_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "twice.json"
    path.write_text('{"format": "trustjournal", "version": 2, "urges": [], "urges": [], '
                    '"entries": []}', "utf-8")
    with pytest.raises(ImportFormatError, match="two 'urges' lists"):
        read(path)


def test_a_uuid_in_another_spelling_reads_in_canonical_form(tmp_path: Path) -> None:
    path = document_with(tmp_path, "urges", 0,
                         {"uuid": "{10000000-0000-4000-8000-000000000001}".upper()})
    trackers, _ = read(path)
    assert trackers.urges[0].uuid == URGES[0].uuid


def test_own_exercise_versions_keep_their_order(tmp_path: Path) -> None:
    trackers, _ = read(export(tmp_path, TrackerSet(exercises=EXERCISES)))
    assert [(v.exercise_id, v.version) for v in trackers.exercises] == [
        ("evening_calm", 1), ("evening_calm", 2), ("my_reassurance", 1)]
