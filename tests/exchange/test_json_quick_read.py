"""The quick paths of an import of our own JSON against the careful ones they stand in for.

An entry alone on its line (as our exports write each one) is decoded by msgspec and
checked by the JSON reader's quick check; a record already in the stored form passes
validate_record's quick check. Each may only ever say "take it as it is": whatever else
they meet goes the careful way, so every file must give the same records, or the same
refusal word for word, with the quick paths as without them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.exchange.test_hostile_values import (
    DEEP,
    METRIC,
    OWN_ENTRY,
    OWN_REVISION,
    Raw,
    dump,
    with_extremes,
)
from trustjournal.core.records import EntryRecord, MetricRecord, RevisionRecord
from trustjournal.exchange import json_format, record_checks
from trustjournal.exchange.importing import _checked
from trustjournal.exchange.json_stream import JsonStream
from trustjournal.exchange.model import ImportFormatError


def _document(entries: list[str], newline: str = "\n") -> str:
    """A document laid out as our exports lay it out: one entry per line."""
    head = f'{{{newline} "format": "trustjournal",{newline} "version": 1,{newline}'
    lines = f",{newline}  ".join(entries)
    return f'{head} "entries": [{newline}  {lines}{newline} ]{newline}}}{newline}'


def _outcome(path: Path) -> object:
    """The checked records of a file with their names, or the refusal's words (records
    the reader vetted skip validate_record, as in an import)."""
    importer = json_format.JsonImporter()
    try:
        return [(r, r.source) for r in _checked(importer.read(path), path, importer.vetted)]
    except ImportFormatError as error:
        return str(error)


def _both_ways(path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[object, object, int]:
    """The outcome with the quick paths, without them, and how many entries the quick
    reader took."""
    taken = 0
    original = JsonStream.quick_object

    def counted(self: JsonStream, *shape: Any) -> Any:
        nonlocal taken
        found = original(self, *shape)
        taken += found is not None
        return found

    with monkeypatch.context() as patch:
        patch.setattr(JsonStream, "quick_object", counted)
        quick = _outcome(path)
    with monkeypatch.context() as patch:
        patch.setattr(JsonStream, "quick_object", lambda self, *shape: None)
        patch.setattr(json_format, "_fast_record", lambda *_: None)
        patch.setattr(record_checks, "_passes_as_stored", lambda _: False)
        careful = _outcome(path)
    return quick, careful, taken


GOOD = {**OWN_ENTRY, "metrics": [METRIC], "tags": ["a", "B"],
        "answers": {"q": [1, {"r": "s", "n": -2.5}], "w": 10**39}}


def _entry(**change: Any) -> str:
    return dump({**GOOD, **change})


VARIANTS = {
    "as exported": [_entry(), _entry(uuid="6b1c4c7f-7a1b-4f5e-9d3b-0d2a1c6e4f11")],
    "41 digits in the answers": [_entry(answers={"x": Raw("9" * 41)})],
    "40 digits in the answers": [_entry(answers={"x": Raw("-" + "9" * 40)})],
    "41 digits as the version": [_entry(exercise_version=Raw("1" + "0" * 40))],
    "40 digits as the version": [_entry(exercise_version=Raw("9" * 40))],
    "5,000 digits": [_entry(exercise_version=Raw("9" * 5000))],
    "41 digits as a figure": [_entry(metrics=[{"name": "m", "value": Raw("9" * 41)}])],
    "a long fraction": [_entry(answers={"x": Raw("1" + "0" * 400 + ".5")})],
    "a long fraction as a figure": [_entry(metrics=[{"name": "m",
                                                     "value": Raw("0." + "1" * 400)}])],
    "a fraction too large": [_entry(answers={"x": Raw("1e999")})],
    "a figure too large": [_entry(metrics=[{"name": "m", "value": Raw("-1e999")}])],
    "NaN": [_entry(answers={"x": Raw("NaN")})],
    "a lone surrogate": [_entry(title="\ud800")],
    "a surrogate pair": [_entry(body="\U0001f600 ok")],
    "a NUL": [_entry(body="a\x00b")],
    "one field twice": ['{"uuid": "x", ' + _entry()[1:]],
    "nested deep": [_entry(answers={"x": DEEP})],
    "nested 33 levels": [_entry(answers={"x": Raw("[" * 32 + "]" * 32)})],
    "an unknown field": [_entry(mood=1)],
    "a revision": [_entry(revisions=[OWN_REVISION])],
    "upper-case id": [_entry(uuid=OWN_ENTRY["uuid"].upper())],
    "tags to clean": [_entry(tags=["a, b", "A"])],
    "a time in another zone": [_entry(created_utc="2022-05-01T22:00:00+02:00")],
    "a time without a zone": [_entry(created_utc="2022-05-01T22:00:00")],
    "two entries on a line": [_entry() + ", " + _entry(uuid=OWN_ENTRY["uuid"][:-1] + "7")],
    "an entry over two lines": [_entry().replace(', "title"', ',\n  "title"')],
    "space before the comma": [_entry() + "  ", _entry(uuid=OWN_ENTRY["uuid"][:-1] + "7")],
    "the same id twice": [_entry(), _entry()],
    "not an object": ["[1, 2]", "3"],
    "broken": [_entry()[:-5]],
    "a number to end a line": ["5"],
}


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
@pytest.mark.parametrize("name", list(VARIANTS))
def test_the_quick_read_gives_what_the_careful_one_gives(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, newline: str) -> None:
    path = tmp_path / "export.json"
    path.write_text(_document(VARIANTS[name], newline), encoding="utf-8", newline="")
    quick, careful, taken = _both_ways(path, monkeypatch)
    assert quick == careful
    if name == "as exported":
        assert taken == 2  # the quick reader did read them
        assert [r.answers["w"] for r, _ in quick] == [10**39] * 2  # type: ignore[union-attr]


def test_a_whole_export_is_read_alike(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Our own exporter's layout, with the kinds of records a journal holds."""
    from tests.exchange.journal_data import fill
    from trustjournal.core.records import ExportFilter
    from trustjournal.exchange.model import ExportOptions
    from trustjournal.storage import open_journal

    journal = open_journal(tmp_path / "j" / "notes.db")
    with journal:
        fill(journal)
        records = list(journal.iter_records(ExportFilter(include_trash=True)))
        path = tmp_path / "export.json"
        json_format.JsonExporter().write(records, path, ExportOptions())
    quick, careful, taken = _both_ways(path, monkeypatch)
    assert quick == careful
    assert taken == len(records) > 5


@st.composite
def _entries(draw: st.DrawFn) -> list[str]:
    out = []
    for _ in range(draw(st.integers(1, 3))):
        entry = with_extremes(draw, GOOD, list(GOOD))
        if draw(st.booleans()):
            entry["metrics"] = [with_extremes(draw, METRIC, list(METRIC))]
        out.append(dump(entry))
    return out


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(entries=_entries())
def test_extreme_values_are_read_alike(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                       entries: list[str]) -> None:
    path = tmp_path / "export.json"
    path.write_text(_document(entries), encoding="utf-8")
    quick, careful, _ = _both_ways(path, monkeypatch)
    assert quick == careful


# -- validate_record's quick check -------------------------------------------------------

T0 = dt.datetime(2024, 3, 18, 21, 4, tzinfo=dt.UTC)
_RECORD = EntryRecord(
    uuid="6b1c4c7f-7a1b-4f5e-9d3b-0d2a1c6e4f11", kind="exercise", title="T", body="B é",
    local_date=dt.date(2024, 3, 18), created_utc=T0, updated_utc=T0, tags=("a", "B"),
    starred=True, exercise_id="x", exercise_version=2, answers={"q": [1, {"r": "s"}]},
    metrics=(MetricRecord("m", 3.0), MetricRecord("n", None, "label")), source="entry 3")
_BERLIN = dt.timezone(dt.timedelta(hours=1))
_RECORD_CHANGES = [
    {}, {"uuid": _RECORD.uuid.upper()}, {"uuid": "{" + _RECORD.uuid + "}"}, {"uuid": 5},
    {"uuid": _RECORD.uuid.replace("-", "")}, {"kind": "diary"},
    {"title": None}, {"title": "a\x00"}, {"body": "\ud800"}, {"body": "x" * 10_000},
    {"local_date": dt.date(1899, 12, 31)}, {"local_date": T0},
    {"created_utc": T0.replace(tzinfo=None)}, {"created_utc": T0.astimezone(_BERLIN)},
    {"updated_utc": dt.datetime(1, 1, 2, tzinfo=dt.UTC)}, {"deleted_utc": T0},
    {"deleted_utc": "2024"}, {"tags": ["a"]}, {"tags": ("a", "A")}, {"tags": ("a,b",)},
    {"tags": ("",)}, {"tags": ("x\x00",)}, {"tags": ("\udfff",)}, {"tags": "ab"},
    {"tags": tuple(f"t{i}" for i in range(1001))}, {"tags": (["a"],)}, {"starred": 1},
    {"exercise_id": " "}, {"exercise_id": "x" * 81}, {"exercise_id": 3},
    {"exercise_version": True}, {"exercise_version": -1}, {"exercise_version": 2**63},
    {"answers": {1: 2}}, {"answers": {"x": float("nan")}}, {"answers": []},
    {"answers": {"x": json.loads("[" * 40 + "]" * 40)}},
    {"metrics": [MetricRecord("m")]}, {"metrics": (MetricRecord(""),)},
    {"metrics": (MetricRecord("m", 2),)}, {"metrics": (MetricRecord("m", True),)},
    {"metrics": (MetricRecord("m", float("inf")),)}, {"metrics": (MetricRecord("m", 10**400),)},
    {"metrics": (MetricRecord("m", 1.0, "x" * 121),)}, {"metrics": ("m",)},
    {"revisions": (RevisionRecord(T0, T0, "free", "t", "b", dt.date(1, 1, 1)),)},
    {"revisions": (RevisionRecord(T0, T0, "free", "t", "b", dt.date(2024, 1, 1)),)},
    {"revisions": []}, {"revisions": None},
]


@pytest.mark.parametrize("change", _RECORD_CHANGES, ids=lambda c: ",".join(c) or "as-is")
def test_the_quick_record_check_agrees_with_the_careful_one(
        change: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    record = dataclasses.replace(_RECORD, **change)

    def outcome() -> object:
        try:
            checked = record_checks.validate_record(record, "f.json", 3)
        except ImportFormatError as error:
            return str(error)
        return (checked, checked.source, type(checked.tags), checked is record)

    quick = outcome()
    if not change:
        assert record_checks._passes_as_stored(record)
    monkeypatch.setattr(record_checks, "_passes_as_stored", lambda _: False)
    assert quick == outcome()


@pytest.mark.parametrize("name", list(VARIANTS))
def test_an_entry_line_decoded_into_its_shape_gives_the_quick_check_record(name: str) -> None:
    """Where an entry fits the line shape, the record made from it is the one the quick
    check makes of the same entry decoded as a plain object (or both say no)."""
    for line in VARIANTS[name]:
        _same_record_both_ways(line)


def test_the_shape_comparison_compares_records() -> None:
    """The comparison above skips lines either reader refuses; most must get through
    it, and most of those as records, or it would pass comparing nothing."""
    results = [_same_record_both_ways(line) for lines in VARIANTS.values() for line in lines]
    compared = [record for record in results if record is not False]
    assert len(compared) >= len(results) // 2
    assert sum(record is not None for record in compared) >= len(compared) // 3


def _same_record_both_ways(line: bytes) -> object:
    """The record both ways of reading `line` make (asserted equal), or False when one
    of the readers refuses the line."""
    from trustjournal.exchange.json_stream import _quick_reader

    plain, _ = _quick_reader()
    shaped, refusals = _quick_reader(json_format._line_shape())
    try:
        obj = plain.decode(line)
        fitted = shaped.decode(line)
    except refusals:
        return False
    record = json_format._line_record(fitted, "entry 1")
    assert record == json_format._fast_record(obj, 1, "entry 1")
    return record


def test_entries_as_exported_are_vetted_by_the_reader_and_others_are_not(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Our own entries skip validate_record (the reader checked them whole); one that
    validate_record would change or refuse is never vetted, and nor is any other object."""
    path = tmp_path / "export.json"
    entries = [_entry(), _entry(uuid=OWN_ENTRY["uuid"].upper()[:-1] + "7"),
               _entry(uuid="6b1c4c7f-7a1b-4f5e-9d3b-0d2a1c6e4f11", tags=["a, b"]),
               _entry(uuid="6b1c4c7f-7a1b-4f5e-9d3b-0d2a1c6e4f12",
                      local_date="1899-12-31")]
    path.write_text(_document(entries), encoding="utf-8")
    importer = json_format.JsonImporter()
    calls: list[str] = []
    original = record_checks.validate_record

    def counted(record: EntryRecord, file: Any, index: int) -> EntryRecord:
        calls.append(record.uuid)
        return original(record, file, index)

    monkeypatch.setattr("trustjournal.exchange.importing.validate_record", counted)
    seen = []
    with pytest.raises(ImportFormatError, match="out of range"):
        for record in _checked(importer.read(path), path, importer.vetted):
            seen.append(record)
    assert [r.uuid for r in seen] == [OWN_ENTRY["uuid"], OWN_ENTRY["uuid"][:-1] + "7",
                                      "6b1c4c7f-7a1b-4f5e-9d3b-0d2a1c6e4f11"]
    assert calls == [OWN_ENTRY["uuid"].upper()[:-1] + "7",
                     "6b1c4c7f-7a1b-4f5e-9d3b-0d2a1c6e4f11",
                     "6b1c4c7f-7a1b-4f5e-9d3b-0d2a1c6e4f12"]
    assert not importer.vetted(dataclasses.replace(seen[0]))


def test_the_importer_keeps_no_entry_once_the_read_ends(tmp_path: Path) -> None:
    """The importer is one object for the whole app: the record it vetted last (entry
    text) is let go when the reading ends, whether it ends or stops early."""
    path = tmp_path / "export.json"
    path.write_text(_document([_entry(), _entry(uuid=OWN_ENTRY["uuid"][:-1] + "7")]),
                    encoding="utf-8")
    importer = json_format.JsonImporter()
    records = list(importer.read(path))
    assert len(records) == 2 and importer._vetted is None
    reading = importer.read(path)
    first = next(reading)
    assert importer.vetted(first)
    reading.close()
    assert importer._vetted is None
