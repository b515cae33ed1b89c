"""Extreme values in every field of every import format, through the real import into a
real journal: either a clean import (that reads back and exports) or an ImportFormatError
naming the file, and then not one byte of the journal's folder changed (no backup, no
settings row, nothing)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from trustjournal.exchange import runner
from trustjournal.exchange.model import (
    EntryRecord,
    ExportFilter,
    ImportFormatError,
    MetricRecord,
    RevisionRecord,
)
from trustjournal.storage import transfer as transfer_module

SETTINGS = settings(max_examples=60, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow,
                                           HealthCheck.function_scoped_fixture])
UUID = "5e1c2d3a-4b5c-4d6e-8f70-8192a3b4c5d6"


class Raw(str):
    """JSON text put into a document as is (numbers Python's json would refuse to write)."""


def dump(value: Any) -> str:
    """JSON with Raw pieces kept verbatim; lone surrogates become \\ud800 escapes, so the
    file is valid UTF-8 that decodes to text Python cannot encode."""
    if isinstance(value, Raw):
        return str(value)
    if isinstance(value, dict):
        return "{" + ", ".join(f"{json.dumps(str(k))}: {dump(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(dump(v) for v in value) + "]"
    return json.dumps(value)


def folder_state(folder: Path) -> dict[str, str]:
    """Every file under `folder` by content hash. Left out: the lock file (it holds the
    id of whichever process last opened the journal) and SQLite's -shm file (the shared
    index of an open journal, which every read updates; it is not data and goes at close).
    The -wal file, which does hold data, is compared."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.name.endswith((".lock", "-shm"))
    }


@pytest.fixture(scope="module")
def shared_journal() -> Iterator[Any]:
    """One journal for all examples of a test (opening one per example is slow); it
    holds an entry, so a passing import would make its before-import backup."""
    from trustjournal.storage import open_journal

    with tempfile.TemporaryDirectory() as folder:
        journal = open_journal(Path(folder) / "journal" / "notes.db")
        journal.create_entry(title="Already here", body="Mine.")
        yield journal
        journal.close()


def import_cleanly(journal: Any, path: Path, fmt: str) -> None:
    """The import either lands whole and reads back, or is refused naming the file with
    the journal's folder byte for byte as it was."""
    folder = journal.path.parent
    before = folder_state(folder)
    try:
        runner.import_file(journal, path, fmt)
    except ImportFormatError as error:
        event("refused")
        assert str(error).startswith(str(path)), str(error)
        assert error.reason
        assert folder_state(folder) == before, str(error)
        return
    event("imported")
    records = list(journal.iter_records(ExportFilter(include_trash=True,
                                                     include_revisions=True)))
    assert records


# -- extreme values ---------------------------------------------------------------------

ODD_TIMES = [
    "9999-12-31T23:59:59-05:00", "0001-01-01T00:30:00+05:00", "9999-12-31T23:59:59Z",
    "1900-01-01T00:00:00+14:00", "0001-01-01T00:00:00Z", "9999-12-31", "0001-01-01",
    "2021-03-04T10:00:00+23:59", "2021-03-04T10:00:00-23:59", "2021-02-30T00:00:00Z",
    "2021-03-04T10:00:00.999999999Z", "+2021-03-04", "2021-W09-4", "20210304T100000Z",
]
ODD_TEXT = ["\ud800", "\udfff", "a\ud800b", "a\x00b", "\x00", "", " ", "\u202e\u2066",
            "x" * 70_000, "\U0010ffff", "Europe/../../etc/passwd", "6B1C4C7F7A1B4F5E9D3B0D2A"
            "1C6E4F1\ud800", f"{UUID}\x00", UUID.upper(), "{" + UUID + "}", "@" * 100]
ODD_NUMBERS = [Raw("9" * 5000), Raw("-" + "9" * 4400), Raw("1e999"), Raw("-1e999"),
               Raw("NaN"), Raw("Infinity"), Raw("-Infinity"), Raw("1" + "0" * 400 + ".5"),
               Raw("1e-999"), Raw("-0"), 2**63, 2**63 - 1, -(2**63) - 1, 2**64, 0, -1]
DEEP = Raw("[" * 200 + "]" * 200)
HUGE_TAGS = [f"t{i}" for i in range(1500)]

any_text = st.text(st.characters(min_codepoint=0, max_codepoint=0x10FFFF,
                                 blacklist_categories=()), max_size=20)
scalars = (st.sampled_from(ODD_TIMES) | st.sampled_from(ODD_TEXT) | st.sampled_from(ODD_NUMBERS)
           | any_text | st.integers() | st.floats() | st.booleans() | st.none())
extremes = st.recursive(
    scalars | st.just(DEEP) | st.just(HUGE_TAGS),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(any_text, inner, max_size=3),
    max_leaves=8,
)


def with_extremes(draw: st.DrawFn, base: dict[str, Any], fields: list[str]) -> dict[str, Any]:
    """`base` with one to three of `fields` given extreme values (or removed)."""
    out = dict(base)
    for name in draw(st.lists(st.sampled_from(fields), min_size=1, max_size=3, unique=True)):
        if draw(st.integers(0, 9)) == 0:
            out.pop(name, None)
        else:
            out[name] = draw(extremes)
    return out


# -- each format ---------------------------------------------------------------------------

OWN_ENTRY = {"uuid": UUID, "kind": "exercise", "title": "t", "body": "b",
             "local_date": "2022-05-01", "created_utc": "2022-05-01T20:00:00Z",
             "updated_utc": "2022-05-01T20:00:00Z", "deleted_utc": None, "starred": False,
             "tags": ["a"], "exercise_id": "values", "exercise_version": 1,
             "answers": {"q": "a"}, "metrics": [], "revisions": []}
OWN_REVISION = {key: OWN_ENTRY[key] for key in ("kind", "title", "body", "local_date",
                                                "tags", "starred", "exercise_version",
                                                "answers", "metrics")}
OWN_REVISION.update(saved_utc="2022-05-01T20:00:00Z", replaced_utc="2022-05-01T21:00:00Z")
METRIC = {"name": "calm", "value": 3, "label": "Calm"}


@st.composite
def own_documents(draw: st.DrawFn) -> str:
    entry = with_extremes(draw, OWN_ENTRY, list(OWN_ENTRY))
    if draw(st.booleans()):
        entry["metrics"] = [with_extremes(draw, METRIC, list(METRIC))]
    if draw(st.booleans()):
        entry["revisions"] = [with_extremes(draw, OWN_REVISION, list(OWN_REVISION))]
    head = {"format": "trustjournal", "version": 1}
    if draw(st.integers(0, 9)) == 0:
        head["version"] = draw(extremes)
    return dump({**head, "entries": [entry]})


JRNL_ENTRY = {"date": "2021-03-04", "time": "10:00", "title": "t", "body": "b",
              "tags": ["@a"], "starred": False, "uuid": "6B1C4C7F7A1B4F5E9D3B0D2A1C6E4F11"}


@st.composite
def jrnl_documents(draw: st.DrawFn) -> str:
    tags: Any = {"@a": 1}
    if draw(st.integers(0, 4)) == 0:
        tags = draw(extremes)
    return dump({"tags": tags, "entries": [with_extremes(draw, JRNL_ENTRY, list(JRNL_ENTRY))]})


DAYONE_ENTRY = {"uuid": "6B1C4C7F7A1B4F5E9D3B0D2A1C6E4F11",
                "creationDate": "2021-03-04T10:00:00Z", "modifiedDate": "2021-03-05T10:00:00Z",
                "timeZone": "Europe/Berlin", "text": "# t\nb ![](dayone-moment://P1)",
                "tags": ["a"], "starred": False,
                "photos": [{"identifier": "P1", "md5": "0cc175b9c0f1b6a831c399e269772661",
                            "type": "jpeg"}]}


@st.composite
def dayone_documents(draw: st.DrawFn) -> str:
    entry = with_extremes(draw, DAYONE_ENTRY, list(DAYONE_ENTRY))
    if draw(st.booleans()):
        photo = DAYONE_ENTRY["photos"][0]  # type: ignore[index]
        entry["photos"] = [with_extremes(draw, photo, list(photo))]
    return dump({"metadata": {"version": "1.0"}, "entries": [entry]})


YAML_VALUES = [
    '"\\ud800"', '"a\\0b"', '"\\udfff tag"', "9" * 5000, "-" + "9" * 5000, ".inf", ".nan",
    "-.inf", "1e999", "0x1F", "0o17", "1_000", "!!float 1e999", "!!int " + "9" * 5000,
    "9999-12-31T23:59:59-05:00", "0001-01-01T00:30:00+05:00", "9999-12-31", "0001-01-01",
    "!!timestamp 2001-12-14", "!!binary AAAA", "&a [x, *a]", "&a x", "*a", "[" * 40 + "]" * 40,
    "{? [a]: b}", "!!set {a, b}", "!!omap [a: 1]", "[" + ", ".join(HUGE_TAGS) + "]",
    "2021-02-30", "!!python/object/apply:os.system [ls]", "true", "~", "[]", "{}", "'  '",
    '"' + UUID + '\\0"', UUID, "[[a]]", "{a: b}",
]
YAML_KEYS = ["title", "date", "created", "updated", "deleted", "tags", "starred", "uuid",
             "kind", "? [a]", "!!binary AAAA", "1", "~", "&k title"]
NOTE_NAMES = ["2021-03-04.md", "9999-12-31.md", "0001-01-01.md", "1900-01-01 a.md",
              "99991231.txt", "2021-02-30.md", "notes.markdown"]


@st.composite
def markdown_notes(draw: st.DrawFn) -> tuple[str, str]:
    lines = [f"{draw(st.sampled_from(YAML_KEYS))}: {draw(st.sampled_from(YAML_VALUES))}"
             for _ in range(draw(st.integers(1, 3)))]
    body = draw(st.sampled_from(["# Heading\ntext", "text", "#", "\ud800", "a\x00b"]))
    return draw(st.sampled_from(NOTE_NAMES)), "---\n" + "\n".join(lines) + "\n---\n" + body


# -- the properties ------------------------------------------------------------------------


@SETTINGS
@given(text=own_documents())
def test_own_json_extremes(shared_journal: Any, text: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "export.json"
        path.write_text(text, "utf-8")
        import_cleanly(shared_journal, path, "json")


@SETTINGS
@given(text=jrnl_documents())
def test_jrnl_extremes(shared_journal: Any, text: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "jrnl.json"
        path.write_text(text, "utf-8")
        import_cleanly(shared_journal, path, "jrnl")


@SETTINGS
@given(text=dayone_documents(), zipped=st.booleans())
def test_dayone_extremes(shared_journal: Any, text: str, zipped: bool) -> None:
    import zipfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / ("export.zip" if zipped else "Journal.json")
        if zipped:
            with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
                archive.writestr("Journal.json", text.encode())
        else:
            path.write_text(text, "utf-8")
        import_cleanly(shared_journal, path, "dayone")


@SETTINGS
@given(notes=st.lists(markdown_notes(), min_size=1, max_size=3))
def test_markdown_extremes(shared_journal: Any, notes: list[tuple[str, str]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "notes"
        root.mkdir()
        for n, (name, text) in enumerate(notes):
            (root / f"{n}-{name}").write_text(text, "utf-8", errors="surrogatepass")
        import_cleanly(shared_journal, root, "markdown")


# -- the cases the issue names, each with its message ------------------------------------


def _own(**change: Any) -> str:
    return dump({"format": "trustjournal", "version": 1, "entries": [{**OWN_ENTRY, **change}]})


def _jrnl(**change: Any) -> str:
    return dump({"tags": {}, "entries": [{**JRNL_ENTRY, **change}]})


def _dayone(**change: Any) -> str:
    return dump({"entries": [{**DAYONE_ENTRY, **change}]})


def _note(front: str) -> str:
    return f"---\n{front}\n---\nbody"


NAMED = [
    ("json", _own(created_utc="9999-12-31T23:00:00-05:00"),
     "'created_utc' is out of range (it cannot be placed in UTC)"),
    ("json", _own(updated_utc="0001-01-01T00:30:00+05:00"),
     "'updated_utc' is out of range (it cannot be placed in UTC)"),
    ("json", _own(exercise_version=Raw("9" * 5000)), "a number is longer than 40 digits"),
    ("json", _own(exercise_version=2**64), "'exercise_version' is out of range"),
    ("json", _own(exercise_version=-1), "'exercise_version' is out of range"),
    ("json", _own(answers={"x": Raw("1e999")}), "the number 1e999 is too large"),
    ("json", _own(answers={"x": Raw("NaN")}), "NaN is not a number"),
    ("json", _own(answers={"x": Raw("-" + "9" * 41)}), "a number is longer than 40 digits"),
    ("json", _own(answers={"\ud800": 1}), "'answers' hold characters that are not text"),
    ("json", _own(answers={"x": DEEP}), "nested"),
    ("json", _own(title="\ud800"), "'title' holds characters that are not text"),
    ("json", _own(body="ok \udc80"), "'body' holds characters that are not text"),
    ("json", _own(tags=["\ud800"]), "'tags' holds characters that are not text"),
    ("json", _own(tags=HUGE_TAGS), "the entry has 1,500 tags; at most 1,000 are allowed"),
    ("json", _own(exercise_id="\ud800"), "'exercise_id' holds characters that are not text"),
    ("json", _own(exercise_id="x" * 81), "'exercise_id' is longer than 80 characters"),
    ("json", _own(metrics=[{"name": "\ud800", "value": 1}]), "'metrics.name' holds"),
    ("json", _own(metrics=[{"name": "m", "value": 1, "label": "\ud800"}]), "'metrics.label'"),
    ("json", _own(revisions=[{**OWN_REVISION, "saved_utc": "9999-12-31T23:59:00-01:00"}]),
     "revision 1: 'saved_utc' is out of range"),
    ("json", _own(revisions=[{**OWN_REVISION, "tags": ["\udfff"]}]), "revision 1: 'tags'"),
    ("json", _own(uuid=f"{UUID}\x00"), "the id is not a UUID"),
    ("json", _own(title="a\x00b"), "'title' contains a NUL character"),
    ("jrnl", _jrnl(title="\ud800"), "'title' holds characters that are not text"),
    ("jrnl", _jrnl(tags=["@\ud800"]), "'tags' holds characters that are not text"),
    ("jrnl", _jrnl(starred=Raw("9" * 5000)), "a number is longer than 40 digits"),
    ("jrnl", _jrnl(body=Raw("1e999")), "the number 1e999 is too large"),
    ("jrnl", _jrnl(tags=HUGE_TAGS), "at most 1,000 are allowed"),
    ("dayone", _dayone(creationDate="9999-12-31T23:00:00-05:00"),
     "'creationDate' is out of range (it cannot be placed in UTC)"),
    ("dayone", _dayone(modifiedDate="0001-01-01T00:30:00+05:00"), "'modifiedDate' is out"),
    ("dayone", _dayone(text="\ud800"), "'text' holds characters that are not text"),
    ("dayone", _dayone(tags=["\udfff"]), "'tags' holds characters that are not text"),
    ("dayone", _dayone(photos=[{"identifier": "P1", "md5": Raw("9" * 5000)}]),
     "a number is longer than 40 digits"),
    ("markdown", _note('title: "\\ud800"'), "'title' holds characters that are not text"),
    ("markdown", _note('tags: ["\\udfff"]'), "'tags' holds characters that are not text"),
    ("markdown", _note("created: 9999-12-31T23:00:00-05:00"), "'created' is out of range"),
    ("markdown", _note("date: 0001-01-01T00:30:00+05:00"), "outside 1900–9999"),
    ("markdown", _note("a: &a [x, x]\nb: [*a, *a]\ntags: *a"), "aliases"),
    ("markdown", _note("tags: " + "[" * 40 + "]" * 40), "nested too deeply"),
    ("markdown", _note("tags: [" + ", ".join(HUGE_TAGS) + "]"), "at most 1,000 are allowed"),
]


@pytest.mark.parametrize(("fmt", "text", "reason"), NAMED)
def test_named_cases_leave_the_folder_untouched(journal: Any, tmp_path: Path, fmt: str,
                                                text: str, reason: str) -> None:
    journal.create_entry(title="Already here", body="Mine.")
    if fmt == "markdown":
        folder = tmp_path / "notes"
        folder.mkdir()
        (folder / "2021-03-04.md").write_text(text, "utf-8", errors="surrogatepass")
        path, shown = folder, str(folder)
    else:
        path = tmp_path / "export.json"
        path.write_text(text, "utf-8")
        shown = str(path)
    before = folder_state(journal.path.parent)
    with pytest.raises(ImportFormatError) as caught:
        runner.import_file(journal, path, fmt)
    message = str(caught.value)
    assert message.startswith(shown) and reason in message, message
    assert folder_state(journal.path.parent) == before
    assert journal.count_entries() == 1


def test_odd_but_valid_values_import(journal: Any, tmp_path: Path) -> None:
    """Front-matter numbers stay the words written; the last moments of 9999 in UTC and
    a day at the edge of the zones import whole."""
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "2021-03-04.md").write_text(_note("title: 1e999\ntags: [0x1F, .nan, 1_000]"))
    (folder / "2021-03-05.md").write_text(_note("title: " + "9" * 60))
    (folder / "2021-03-06.md").write_text(_note("created: 9999-12-31T23:59:59Z"))
    result = runner.import_file(journal, folder, "markdown")
    assert result.added == 3
    records = list(journal.iter_records(ExportFilter()))
    assert sorted(r.title for r in records) == ["", "1e999", "9" * 60]
    tagged = next(r for r in records if r.title == "1e999")
    assert set(tagged.tags) == {"0x1F", ".nan", "1_000"}
    last = next(r for r in records if r.title == "")
    assert last.created_utc == dt.datetime(9999, 12, 31, 23, 59, 59, tzinfo=dt.UTC)


def _rewrite_when_checked(path: Path, text: str) -> Any:
    """A progress callback that rewrites `path` once the check has read all of it: what
    another program writing to the file meanwhile would do."""
    def progress(done: int, total: int | None) -> bool:
        if total is not None and done == total and path.read_text("utf-8") != text:
            path.write_text(text, "utf-8")
        return True

    return progress


def test_a_file_changed_after_its_check_imports_nothing(journal: Any, tmp_path: Path) -> None:
    journal.create_entry(title="Already here", body="Mine.")
    path = tmp_path / "export.json"
    path.write_text(_own(), "utf-8")
    before = folder_state(journal.path.parent)
    with pytest.raises(ImportFormatError, match="it changed while it was being checked"):
        runner.import_file(journal, path, "json",
                           _rewrite_when_checked(path, _own(title="a\x00b", body="longer")))
    assert folder_state(journal.path.parent) == before
    assert journal.count_entries() == 1


def _many(count: int, bad_at: int) -> str:
    """Our export with `count` entries, the one at `bad_at` (1-based) holding a NUL."""
    entries = [{**OWN_ENTRY, "uuid": str(uuid.UUID(int=n + 1)), "title": f"Entry {n + 1}"}
               for n in range(count)]
    entries[bad_at - 1]["title"] = "a\x00b"
    return dump({"format": "trustjournal", "version": 1, "entries": entries})


def test_a_bad_record_after_the_backup_leaves_no_backup(journal: Any, tmp_path: Path) -> None:
    """The file is read once, as it is inserted: a bad record far in (after the backup
    was made and many rows were written) still means nothing lands, and the backup made
    for the import goes again (the journal is as it was)."""
    from trustjournal.storage.archive import make_backup

    journal.create_entry(title="Already here", body="Mine.")
    make_backup(journal, "manual")  # the journal has its id and a backup already
    path = tmp_path / "export.json"
    path.write_text(_many(2500, bad_at=2400), "utf-8")
    before = folder_state(journal.path.parent)
    made: list[Path] = []
    real_backup = transfer_module.TransferStore._backup_for_import

    def watched_backup(self: Any) -> Any:
        result = real_backup(self)
        made.append(result[0])
        return result

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(transfer_module.TransferStore, "_backup_for_import", watched_backup)
        with pytest.raises(ImportFormatError, match=r"entry 2400 .*'title' contains a NUL"):
            runner.import_file(journal, path, "json")
    assert made and not made[0].exists()  # a backup was made, then removed again
    assert folder_state(journal.path.parent) == before
    assert journal.count_entries() == 1
    assert journal.search("Entry") == []


_MOMENT = dt.datetime(2022, 5, 1, 20, 0, tzinfo=dt.UTC)
_MINUS_5 = dt.timezone(dt.timedelta(hours=-5))


@pytest.mark.parametrize(("change", "reason"), [
    ({"answers": {1: "x"}}, "'answers' have a key that is not text"),
    ({"answers": {"a": float("inf")}}, "not finite"),
    ({"answers": {"a": [float("nan")]}}, "not finite"),
    ({"answers": {"a": {1, 2}}}, "not JSON"),
    ({"answers": {"a": "\udc80"}}, "'answers' hold characters that are not text"),
    ({"metrics": (MetricRecord("m", 10**400),)}, "not a finite number"),
    ({"metrics": (MetricRecord("m", float("nan")),)}, "not a finite number"),
    ({"metrics": (MetricRecord("m", True),)}, "is not a number"),
    ({"exercise_version": 2**63}, "'exercise_version' is out of range"),
    ({"created_utc": dt.datetime(9999, 12, 31, 23, tzinfo=_MINUS_5)},
     "'created_utc' is out of range (it cannot be placed in UTC)"),
    ({"updated_utc": dt.datetime(2022, 5, 1)}, "must be a date and time with a time zone"),
    ({"tags": tuple(HUGE_TAGS)}, "at most 1,000 are allowed"),
    ({"tags": ("ok", "\ud800")}, "'tags' holds characters that are not text"),
    ({"exercise_id": "a\x00b"}, "'exercise_id' contains a NUL character"),
    ({"revisions": (RevisionRecord(_MOMENT, _MOMENT, "free", "\ud800", "", _MOMENT.date()),)},
     "revision 1: 'title' holds characters that are not text"),
])
def test_the_common_check_guards_every_importer(change: dict[str, Any], reason: str) -> None:
    """A record from any importer, even one that hands over Python values no file
    format would, passes the insert-safe check or is refused with a reason."""
    record = EntryRecord(uuid=UUID, kind="exercise", title="t", body="b",
                         local_date=_MOMENT.date(), created_utc=_MOMENT, updated_utc=_MOMENT,
                         exercise_id="values", exercise_version=1, answers={"q": "a"})
    with pytest.raises(ImportFormatError) as caught:
        runner.validate_record(dataclasses.replace(record, **change), "file.json", 3)
    assert str(caught.value).startswith(f"file.json, entry 3 ({UUID}): ")
    assert reason in str(caught.value)


def test_a_cancelled_import_leaves_no_backup(journal: Any, tmp_path: Path) -> None:
    from trustjournal.exchange.model import Cancelled
    from trustjournal.storage.archive import make_backup

    journal.create_entry(title="Already here", body="Mine.")
    make_backup(journal, "manual")
    path = tmp_path / "export.json"
    path.write_text(_own(), "utf-8")
    reports: list[tuple[int, int | None]] = []

    def cancel_once_all_are_in(done: int, total: int | None) -> bool:
        reports.append((done, total))
        return total is None  # the user cancels as the last entries are being added

    before = folder_state(journal.path.parent)
    with pytest.raises(Cancelled):
        runner.import_file(journal, path, "json", cancel_once_all_are_in)
    assert reports[-1] == (1, 1)
    assert folder_state(journal.path.parent) == before
    assert journal.count_entries() == 1
