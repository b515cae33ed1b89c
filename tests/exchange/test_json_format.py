"""Our own JSON: the golden file, strict reading, streaming, and every kind of bad file."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import tracemalloc
from pathlib import Path

import pytest

from trustjournal.exchange import json_format, json_stream, registry
from trustjournal.exchange.json_format import JsonExporter, JsonImporter
from trustjournal.exchange.model import (
    EntryRecord,
    ExportFilter,
    ExportOptions,
    ImportFormatError,
    MetricRecord,
    RevisionRecord,
)

GOLDEN = Path(__file__).parent / "golden" / "export.json"
EXPORTED_AT = dt.datetime(2024, 7, 1, 12, 0, tzinfo=dt.UTC)
UPDATE = os.environ.get("TJ_UPDATE_GOLDEN") == "1"


def utc(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=dt.UTC)


RECORDS = (
    EntryRecord(
        uuid="0b7c6f1e-4a0e-4f7e-9a51-2d8f3c1e0001", kind="free", title="A calm evening ✓",
        body="We talked — really talked.\n\n* Été, 日記 😊\n* \"quotes\" and \\ slashes",
        local_date=dt.date(2024, 3, 18), created_utc=utc(2024, 3, 18, 20, 4, 0, 123456),
        updated_utc=utc(2024, 3, 19, 7, 0), tags=("calm", "Été"), starred=True,
        revisions=(RevisionRecord(
            saved_utc=utc(2024, 3, 18, 20, 4, 0, 123456), replaced_utc=utc(2024, 3, 19, 7, 0),
            kind="free", title="A calm evening", body="We talked.",
            local_date=dt.date(2024, 3, 18), tags=("calm",), starred=False),),
    ),
    EntryRecord(
        uuid="0b7c6f1e-4a0e-4f7e-9a51-2d8f3c1e0002", kind="exercise", title="Challenge a thought",
        body="### Situation\n\nShe was late.", local_date=dt.date(2024, 3, 20),
        created_utc=utc(2024, 3, 20, 21, 0), updated_utc=utc(2024, 3, 20, 21, 0),
        tags=("work",), exercise_id="challenge_a_thought", exercise_version=1,
        answers={"belief": 80, "feelings": [{"feeling": "jealous", "intensity": 70}],
                 "situation": "She was late.", "traps": ["mind_reading"]},
        metrics=(MetricRecord("belief_before", 80.0), MetricRecord("feeling", 70.0, "jealous")),
    ),
    EntryRecord(
        uuid="0b7c6f1e-4a0e-4f7e-9a51-2d8f3c1e0003", kind="checkin", title="Check-in",
        body="Trust 6", local_date=dt.date(2024, 3, 21), created_utc=utc(2024, 3, 21, 8, 30),
        updated_utc=utc(2024, 3, 21, 8, 30), exercise_id="checkin", exercise_version=1,
        answers={"anxiety": 3, "connection": 7, "trust": 6},
        metrics=(MetricRecord("trust", 6.0), MetricRecord("anxiety", 3.0),
                 MetricRecord("connection", 7.0)),
    ),
    EntryRecord(
        uuid="0b7c6f1e-4a0e-4f7e-9a51-2d8f3c1e0004", kind="free", title="", body="",
        local_date=dt.date(2024, 3, 22), created_utc=utc(2024, 3, 22, 9, 0),
        updated_utc=utc(2024, 3, 22, 9, 0), deleted_utc=utc(2024, 3, 23, 10, 0),
    ),
)


@pytest.fixture(autouse=True)
def fixed_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(json_format, "utc_now", lambda: EXPORTED_AT)


def write(records: object, path: Path) -> int:
    return JsonExporter().write(records, path, ExportOptions())  # type: ignore[arg-type]


def read(path: Path) -> list[EntryRecord]:
    return list(JsonImporter().read(path))


def test_registered_under_json() -> None:
    assert isinstance(registry.exporter("json"), JsonExporter)
    assert isinstance(registry.importer("json"), JsonImporter)


def test_golden_file(tmp_path: Path) -> None:
    out = tmp_path / "export.json"
    assert write(iter(RECORDS), out) == len(RECORDS)
    if UPDATE:
        GOLDEN.parent.mkdir(exist_ok=True)
        GOLDEN.write_bytes(out.read_bytes())
    assert out.read_text(encoding="utf-8") == GOLDEN.read_text(encoding="utf-8")
    assert tuple(read(GOLDEN)) == RECORDS
    assert [r.source for r in read(GOLDEN)] == ["entry 1", "entry 2", "entry 3", "entry 4"]
    # Plain JSON any tool can read, one entry per line.
    document = json.loads(GOLDEN.read_text(encoding="utf-8"))
    assert (document["format"], document["version"]) == ("trustjournal", 1)
    assert document["exported_utc"] == "2024-07-01T12:00:00Z"
    assert len(GOLDEN.read_text(encoding="utf-8").splitlines()) == 5 + len(RECORDS) + 2


def test_golden_file_through_a_journal(journal, tmp_path: Path) -> None:
    added, _, _ = journal.import_records(read(GOLDEN))
    assert added == len(RECORDS)
    out = tmp_path / "again.json"
    write(journal.iter_records(ExportFilter(include_trash=True, include_revisions=True)), out)
    assert out.read_bytes() == GOLDEN.read_bytes()


def test_empty_export_is_valid(tmp_path: Path) -> None:
    out = tmp_path / "none.json"
    assert write([], out) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["entries"] == []
    assert read(out) == []


def test_detect(tmp_path: Path) -> None:
    imp = JsonImporter()
    assert imp.detect(GOLDEN) == 1.0
    other = tmp_path / "other.json"
    other.write_text('[{"date": "2024-01-01"}]', encoding="utf-8")
    assert imp.detect(other) == 0.0
    assert imp.detect(tmp_path) == 0.0
    assert imp.detect(tmp_path / "missing.json") == 0.0
    binary = tmp_path / "b.bin"
    binary.write_bytes(bytes(range(256)))
    assert imp.detect(binary) == 0.0


def test_any_layout_and_field_order_is_read(tmp_path: Path) -> None:
    document = json.loads(GOLDEN.read_text(encoding="utf-8"))
    pretty = tmp_path / "pretty.json"
    text = json.dumps({"format": "trustjournal", "version": 1, "note": "extra top-level keys "
                       "are ignored", "entries": [dict(reversed(list(e.items())))
                                                  for e in document["entries"]]}, indent=4)
    pretty.write_text("\ufeff" + text, encoding="utf-8")  # with a byte-order mark too
    assert tuple(read(pretty)) == RECORDS


def test_entries_split_across_reads(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(json_stream, "READ_SIZE", 7)  # every value crosses a read boundary
    assert tuple(read(GOLDEN)) == RECORDS


def test_optional_fields_may_be_left_out(tmp_path: Path) -> None:
    path = tmp_path / "min.json"
    path.write_text(json.dumps({"format": "trustjournal", "version": 1, "entries": [{
        "uuid": "0b7c6f1e-4a0e-4f7e-9a51-2d8f3c1e0009", "kind": "free", "title": "t",
        "body": "b", "local_date": "2024-01-01", "created_utc": "2024-01-01T10:00:00+02:00",
        "updated_utc": "2024-01-01T08:00:00Z"}]}), encoding="utf-8")
    [rec] = read(path)
    assert rec.created_utc == rec.updated_utc == utc(2024, 1, 1, 8, 0)
    assert (rec.tags, rec.starred, rec.answers, rec.metrics, rec.revisions) == (
        (), False, None, (), ())


def test_reading_streams_one_entry_at_a_time(tmp_path: Path) -> None:
    path = tmp_path / "big.json"
    # ASCII only: one non-ASCII character makes Python store a whole text chunk at 2-4
    # bytes a character, which would measure the chunk size rather than the streaming.
    base = dataclasses.replace(RECORDS[1], title="plain", body="word " * 400)
    write((dataclasses.replace(base, uuid=f"0b7c6f1e-4a0e-4f7e-9a51-{n:012d}")
           for n in range(5000)), path)
    size = path.stat().st_size
    assert size > 10_000_000
    tracemalloc.start()
    try:
        count = sum(1 for _ in JsonImporter().read(path))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 5000
    assert peak < size / 4, f"reading held {peak:,} bytes for a {size:,}-byte file"


def entry(**changes: object) -> dict[str, object]:
    base = json_format.entry_dict(RECORDS[0])
    base.update(changes)
    return base


def document(*entries: object, **head: object) -> str:
    return json.dumps({"format": "trustjournal", "version": 1, **head, "entries": list(entries)},
                      ensure_ascii=False)


def failure(tmp_path: Path, content: str | bytes) -> ImportFormatError:
    path = tmp_path / "bad.json"
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    with pytest.raises(ImportFormatError) as caught:
        read(path)
    error = caught.value
    assert error.file == str(path)
    assert str(path) in str(error) and "Traceback" not in str(error)
    return error


DEEP: object = 1
for _ in range(40):
    DEEP = [DEEP]
GOOD = entry()
SECOND = entry(uuid="0b7c6f1e-4a0e-4f7e-9a51-2d8f3c1e0099")


@pytest.mark.parametrize(("content", "reason"), [
    ("", "the file is empty"),
    ("  \n ", "the file is empty"),
    (document(GOOD)[:-40], "ends too early"),
    (document(GOOD)[:25], "ends too early"),
    (b'{"format": "trustjournal", "version": 1, "entries": [\xff\xfe]}', "not UTF-8"),
    ('{"format": "trustjournal", "version": 1, "entries": [' + "[" * 200_000, "nested too"),
    ("[" * 200_000, "not a TrustJournal export"),
    ("[]", "not a TrustJournal export"),
    ('{"entries": [], "format": "trustjournal", "version": 1}', "must come first"),
    ('{"format": "trustjournal", "version": 3, "entries": []}', "newer TrustJournal"),
    ('{"format": "trustjournal", "version": "1", "entries": []}', "'version' must be"),
    ('{"format": "trustjournal", "version": 1}', "no 'entries' list"),
    ('{"format": "trustjournal", "version": 1, "entries": []} trailing', "more data after"),
    ('{"format": "trustjournal", "version": 1, "entries": [} ', "not valid JSON"),
    ('{"format": "trustjournal", "version": 1, "entries": {}}', "expected a list"),
    ('{"format": "trustjournal", "version": 1, "entries": [], "entries": []}', "two 'entries'"),
])
def test_bad_documents(tmp_path: Path, content: str | bytes, reason: str) -> None:
    error = failure(tmp_path, content)
    assert reason in error.reason


@pytest.mark.parametrize(("changes", "reason"), [
    ({"title": 5}, "'title' must be text, not a number"),
    ({"body": None}, "'body' must be text, not null"),
    ({"starred": "yes"}, "'starred' must be true or false, not text"),
    ({"tags": "calm"}, "'tags' must be a list of texts"),
    ({"tags": ["calm", 3]}, "'tags' must be a list of texts"),
    ({"local_date": "yesterday"}, "'local_date' is not a date like 2024-03-18: 'yesterday'"),
    ({"local_date": "0000-01-01"}, "'local_date' is not a date like 2024-03-18: '0000-01-01'"),
    ({"local_date": 20240101}, "'local_date' must be text, not a number"),
    ({"created_utc": "2024-03-18 20:04"}, "'created_utc' is not a UTC time"),
    ({"created_utc": "tomorrow"}, "'created_utc' is not a UTC time"),
    ({"exercise_version": 1.5}, "'exercise_version' must be a whole number or null"),
    ({"exercise_version": True}, "'exercise_version' must be a whole number or null"),
    ({"answers": [1]}, "'answers' must be an object or null, not a list"),
    ({"answers": {"a": DEEP}}, "nested more than 32 levels"),
    ({"metrics": [{"name": "x", "value": "high"}]}, "'metrics[1].value' must be a number"),
    ({"metrics": [{"value": 1}]}, "metrics[1]: the field 'name' is missing"),
    ({"metrics": {}}, "'metrics' must be a list"),
    ({"revisions": [{"title": "x"}]}, "the field 'body' is missing"),
    ({"revisions": [5]}, "'revisions' must be a list of objects"),
    ({"mood": "happy"}, "unknown field 'mood'"),
])
def test_wrong_types_name_the_entry_and_field(tmp_path: Path, changes: dict, reason: str) -> None:
    error = failure(tmp_path, document(SECOND, entry(**changes)))
    assert error.entry is not None and error.entry.startswith("entry 2 (0b7c6f1e-")
    assert reason in error.reason


def test_missing_field_and_non_object_entry(tmp_path: Path) -> None:
    no_kind = {k: v for k, v in GOOD.items() if k != "kind"}
    assert "the field 'kind' is missing" in failure(tmp_path, document(no_kind)).reason
    error = failure(tmp_path, document(GOOD, "just text"))
    assert error.entry == "entry 2" and "must be an object, not text" in error.reason


def test_not_a_number_constants_are_refused(tmp_path: Path) -> None:
    text = document(entry(metrics=[{"name": "x", "value": 1.0, "label": None}]))
    error = failure(tmp_path, text.replace('"value": 1.0', '"value": NaN'))
    assert "NaN is not a number" in error.reason


def test_duplicate_uuids_in_one_file(tmp_path: Path) -> None:
    error = failure(tmp_path, document(GOOD, SECOND, GOOD))
    assert error.entry == f"entry 3 ({GOOD['uuid']})"
    assert "same uuid as entry 1" in error.reason


def test_error_lines_point_at_the_problem(tmp_path: Path) -> None:
    text = '{\n "format": "trustjournal",\n "version": 1,\n "entries": [\n  {"uuid": tru}\n ]\n}'
    error = failure(tmp_path, text)
    assert "line 5" in error.reason


def test_unreadable_paths(tmp_path: Path) -> None:
    with pytest.raises(ImportFormatError, match="no such file"):
        read(tmp_path / "missing.json")
    with pytest.raises(ImportFormatError, match="a folder, not a file"):
        read(tmp_path)


_GOOD = {"uuid": "6b1c4c7f-7a1b-4f5e-9d3b-0d2a1c6e4f11", "kind": "exercise", "title": "T",
         "body": "B", "local_date": "2024-03-18", "created_utc": "2024-03-18T21:04:00Z",
         "updated_utc": "2024-03-18T23:04:00.123456+02:00", "deleted_utc": None,
         "starred": True, "tags": ["a", "B"], "exercise_id": "x", "exercise_version": 2,
         "answers": {"q": [1, {"r": "s"}]},
         "metrics": [{"name": "m", "value": 3, "label": None}, {"name": "n"}],
         "revisions": []}
_VARIANTS = [
    {}, {"deleted_utc": "2024-03-19T01:00:00Z"}, {"deleted_utc": "2024-03-19"},
    {"created_utc": "2024-03-18T21:04:00"}, {"created_utc": "9999-12-31T23:00:00-05:00"},
    {"updated_utc": 5}, {"local_date": "2024-02-30"}, {"starred": 1}, {"tags": ["a", 1]},
    {"tags": "a"}, {"exercise_version": True}, {"exercise_version": None}, {"answers": []},
    {"answers": {"a": json.loads("[" * 40 + "]" * 40)}}, {"metrics": [{"name": 1}]},
    {"metrics": [{"name": "m", "value": True}]}, {"metrics": [{"name": "m", "x": 1}]},
    {"metrics": [{"name": "m", "value": 1e308 * 10}]}, {"metrics": {}}, {"other": 1},
    {"uuid": None}, {"revisions": None},
    {"revisions": [{"saved_utc": "2024-03-18T21:04:00Z", "replaced_utc": "2024-03-18T22:00Z",
                    "kind": "free", "title": "o", "body": "p", "local_date": "2024-03-18"}]},
]


@pytest.mark.parametrize("change", _VARIANTS, ids=lambda c: ",".join(c) or "as-is")
def test_the_quick_entry_check_agrees_with_the_careful_one(change: dict, monkeypatch) -> None:
    """record_from tries a quick check of a well-formed entry first; whatever it accepts
    must be the careful check's record exactly, and everything else must reach the
    careful check (same record, same error message)."""
    obj = {**_GOOD, **change}

    def outcome() -> object:
        try:
            record = json_format.record_from(obj, "f.json", 4)
        except ImportFormatError as error:
            return str(error)
        return (record, record.source)

    quick = outcome()
    if not change:
        assert json_format._fast_record(obj, 4) is not None  # the quick path ran
    monkeypatch.setattr(json_format, "_fast_record", lambda *_: None)
    assert quick == outcome()


@pytest.mark.parametrize("field", sorted(json_format.REQUIRED))
def test_the_quick_entry_check_leaves_missing_fields_to_the_careful_one(field: str) -> None:
    obj = {k: v for k, v in _GOOD.items() if k != field}
    assert json_format._fast_record(obj, 1) is None
    with pytest.raises(ImportFormatError, match=f"the field '{field}' is missing"):
        json_format.record_from(obj, "f.json", 1)
