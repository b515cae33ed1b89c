"""Malformed input for every registered importer: a full read or an ImportFormatError that
names the file, never another exception, and never a partial import."""

from __future__ import annotations

import datetime as dt
import io
import json
import tempfile
import warnings
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trustjournal.exchange import registry
from trustjournal.exchange.model import EntryRecord, ExportOptions, ImportFormatError

SAMPLES = Path(__file__).parent / "samples"
MINE = ("jrnl", "dayone", "markdown")
FIELDS = (
    "entries", "metadata", "tags", "title", "body", "date", "time", "starred", "uuid",
    "creationDate", "modifiedDate", "timeZone", "text", "photos", "identifier", "md5",
    "type", "version", "kind", "local_date", "created_utc", "updated_utc",
)
SETTINGS = settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


def _own_json_sample() -> bytes | None:
    """A small export in our own JSON format, when that exporter is registered."""
    exporter = registry.exporters().get("json")
    if exporter is None:
        return None
    moment = dt.datetime(2022, 5, 1, 20, 0, tzinfo=dt.UTC)
    record = EntryRecord(uuid="5e1c2d3a-4b5c-4d6e-8f70-8192a3b4c5d6", kind="free",
                         title="Ein Titel", body="Text.", local_date=moment.date(),
                         created_utc=moment, updated_utc=moment, tags=("a",))
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "own.json"
        exporter.write(iter([record]), target, ExportOptions())
        return target.read_bytes()


SAMPLE_BYTES = [
    (SAMPLES / "jrnl_export.json").read_bytes(),
    (SAMPLES / "dayone" / "Journal.json").read_bytes(),
    *filter(None, [_own_json_sample()]),
]


def validate(record: EntryRecord, path: Path, index: int) -> None:
    """The checks every import goes through, when the runner provides them."""
    try:
        from trustjournal.exchange.runner import validate_record
    except ImportError:
        return
    validate_record(record, path, index)


def assert_clean_outcome(path: Path) -> None:
    """Every importer reads `path` whole (twice, identically) or refuses it plainly."""
    for name, importer in sorted(registry.importers().items()):
        score = importer.detect(path)
        assert 0.0 <= score <= 1.0, name
        try:
            records = list(importer.read(path))
        except ImportFormatError as error:
            assert error.reason and error.file, name
            assert str(error).startswith(error.file), name
            continue
        assert all(isinstance(record, EntryRecord) for record in records), name
        assert list(importer.read(path)) == records, name
        if name in MINE:
            for index, record in enumerate(records, 1):
                validate(record, path, index)  # our importers never yield nonsense


def assert_refused(path: Path, reason: str = "") -> None:
    """Every importer refuses `path`; the JSON ones of this module say `reason`."""
    for name, importer in sorted(registry.importers().items()):
        with pytest.raises(ImportFormatError) as caught:
            list(importer.read(path))
        assert str(caught.value).startswith(str(path)), name
        if reason and name in {"jrnl", "dayone"}:
            assert reason in str(caught.value), (name, str(caught.value))


@pytest.fixture
def scratch() -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as folder:
        yield Path(folder)


def write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


# -- strategies -------------------------------------------------------------------------

scalars = (
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False)
    | st.text(max_size=12)
    | st.sampled_from(["2021-03-04", "2021-03-04T20:11:05Z", "20:11", "yesterday",
                       "0000-01-01", "9999-12-31T23:59:59-05:00", "Europe/Berlin",
                       "6B1C4C7F7A1B4F5E9D3B0D2A1C6E4F11", "@tag", "\ud800", "a\x00b"])
)
json_values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4)
    | st.dictionaries(st.sampled_from(FIELDS) | st.text(max_size=6), inner, max_size=5),
    max_leaves=25,
)
entry_like = st.dictionaries(st.sampled_from(FIELDS), json_values, max_size=8)
documents = st.one_of(
    json_values,
    st.fixed_dictionaries(
        {"entries": st.lists(entry_like, max_size=4)},
        optional={"metadata": json_values, "tags": json_values, "version": json_values},
    ),
)
names = st.sampled_from(["export.json", "Journal.json", "2021-03-04.md", "notes.txt", "x"])


def _path_to(data: Any, path: list[Any]) -> Any:
    for step in path:
        data = data[step]
    return data


@st.composite
def mutated_samples(draw: st.DrawFn) -> bytes:
    """A valid sample, damaged: bytes cut, dropped, inserted or changed, or a field deleted
    or given a value of the wrong type."""
    data = draw(st.sampled_from(SAMPLE_BYTES))
    how = draw(st.sampled_from(["truncate", "drop", "insert", "flip", "delete", "retype"]))
    if how in {"truncate", "drop", "insert", "flip"}:
        at = draw(st.integers(0, len(data) - 1))
        if how == "truncate":
            return data[:at]
        if how == "drop":
            return data[:at] + data[at + draw(st.integers(1, 50)):]
        if how == "insert":
            return data[:at] + draw(st.binary(min_size=1, max_size=8)) + data[at:]
        return data[:at] + bytes([data[at] ^ draw(st.integers(1, 255))]) + data[at + 1:]
    parsed = json.loads(data)
    containers: list[list[Any]] = []  # paths to every dict and list in the document

    def walk(node: Any, path: list[Any]) -> None:
        if isinstance(node, dict | list):
            containers.append(path)
            for key in node if isinstance(node, dict) else range(len(node)):
                walk(node[key], [*path, key])

    walk(parsed, [])
    target = _path_to(parsed, draw(st.sampled_from(containers)))
    if not target:
        return json.dumps(parsed).encode()
    key = draw(st.sampled_from(sorted(target) if isinstance(target, dict)
                               else list(range(len(target)))))
    if how == "delete":
        del target[key]
    else:
        target[key] = draw(json_values)
    return json.dumps(parsed).encode()


front_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=12)
    | st.sampled_from(["2021-03-04", "2021-03-04 20:11", "0000-01-01", "yesterday",
                       "2021-02-30", "5e1c2d3a-4b5c-4d6e-8f70-8192a3b4c5d6"]),
    lambda inner: st.lists(inner, max_size=3),
    max_leaves=6,
)


@st.composite
def markdown_notes(draw: st.DrawFn) -> str:
    """A note with random front matter (valid or not) and random text."""
    parts = []
    if draw(st.booleans()):
        keys = st.sampled_from(["title", "date", "created", "updated", "deleted", "tags",
                                "starred", "uuid", "kind"])
        front = draw(st.dictionaries(keys, front_values, max_size=5))
        lines = [f"{key}: {json.dumps(value)}" for key, value in front.items()]
        lines += draw(st.lists(st.sampled_from(
            ["date: 2021-03-04", "tags: [a, b", "&a [x, *a]", "- item", "date: !!timestamp 0",
             "title: !!binary AAAA", "? [a]\n: b", "starred: maybe", "\t- bad"]), max_size=2))
        parts.append("---\n" + "\n".join(lines) + "\n---\n")
    parts.append(draw(st.sampled_from(["", "# Title\n", "#\n", "#tag\n"])))
    parts.append(draw(st.text(max_size=60)))
    return "".join(parts)


# -- property tests ----------------------------------------------------------------------


@settings(SETTINGS, max_examples=150)
@given(document=documents, name=names)
def test_random_json_documents(document: Any, name: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        assert_clean_outcome(write(Path(folder), name, json.dumps(document).encode()))


@settings(SETTINGS, max_examples=300)
@given(data=mutated_samples(), name=names)
def test_damaged_samples(data: bytes, name: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        assert_clean_outcome(write(Path(folder), name, data))


@SETTINGS
@given(data=st.binary(max_size=200), name=names)
def test_random_bytes(data: bytes, name: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        assert_clean_outcome(write(Path(folder), name, data))


@SETTINGS
@given(notes=st.lists(st.tuples(st.sampled_from(
    ["2021-03-04.md", "2021-03-05-a.markdown", "sub/20210306.txt", "undated.md",
     "0000-01-01.md", ".hidden.md", "image.png"]), markdown_notes()), max_size=4))
def test_random_markdown_folders(notes: list[tuple[str, str]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "notes"
        (root / "sub").mkdir(parents=True)
        for name, text in notes:
            (root / name).write_text(text, "utf-8", errors="surrogatepass")
        assert_clean_outcome(root)
        for name, _text in notes:
            assert_clean_outcome(root / name)


@settings(SETTINGS, max_examples=150)
@given(
    members=st.lists(
        st.tuples(
            st.sampled_from(["Journal.json", "Work.json", "../up.json", "/abs.json",
                             "photos/a.jpeg", "__MACOSX/._Journal.json", "dir/"]),
            st.one_of(mutated_samples(), st.binary(max_size=40), st.just(SAMPLE_BYTES[1])),
        ),
        max_size=3,
    ),
    cut=st.none() | st.integers(0, 400),
)
def test_random_zip_files(members: list[tuple[str, bytes]], cut: int | None) -> None:
    buffer = io.BytesIO()
    with warnings.catch_warnings(), zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        warnings.simplefilter("ignore")  # a name twice in one zip is one of the cases
        for name, data in members:
            archive.writestr(name, data)
    data = buffer.getvalue()
    if cut is not None:
        data = data[:cut] + data[cut + 20:]
    with tempfile.TemporaryDirectory() as folder:
        assert_clean_outcome(write(Path(folder), "export.zip", data))


# -- the cases the issue names ------------------------------------------------------------


def test_truncated_json(scratch: Path) -> None:
    data = (SAMPLES / "dayone" / "Journal.json").read_bytes()
    assert_refused(write(scratch, "Journal.json", data[: len(data) // 2]),
                   "the file ends too early")


def test_invalid_utf8(scratch: Path) -> None:
    data = (SAMPLES / "jrnl_export.json").read_bytes().replace("Ü".encode(), b"\xdc")
    assert_refused(write(scratch, "export.json", data), "this is not UTF-8 text")


def test_deeply_nested_array(scratch: Path) -> None:
    data = b"[" * 200_000 + b"]" * 200_000
    assert_refused(write(scratch, "deep.json", data), "nested more than")


def test_deep_nesting_inside_an_entry(scratch: Path) -> None:
    data = b'{"entries": [{"text": ' + b"[" * 200_000 + b"]" * 200_000 + b"}]}"
    assert_refused(write(scratch, "deep.json", data), "nested more than")


def test_empty_file(scratch: Path) -> None:
    path = write(scratch, "2021-03-04.md", b" \n")
    assert_refused(path)
    for name in MINE:
        with pytest.raises(ImportFormatError) as caught:
            list(registry.importer(name).read(path))
        assert str(caught.value) == f"{path}: the file is empty"


@pytest.mark.parametrize(
    ("name", "change", "reason"),
    [
        ("jrnl", {"date": "yesterday"}, "entry 2: 'date' is not a date like 2024-03-18: "
                                        "'yesterday'"),
        ("jrnl", {"date": "0000-01-01"}, "entry 2: 'date' is not a date"),
        ("jrnl", {"date": "1066-10-14"}, "entry 2: the year 1066 is outside 1900–9999"),
        ("jrnl", {"time": "25:00"}, "entry 2: 'time' is not a time like 21:04: '25:00'"),
        ("jrnl", {"starred": "yes"}, "entry 2: 'starred' must be true or false"),
        ("jrnl", {"tags": "@work"}, "entry 2: 'tags' must be a list of texts"),
        ("jrnl", {"body": ["x"]}, "entry 2: 'body' must be text, not list"),
        ("dayone", {"creationDate": "yesterday"}, "entry 2: 'creationDate' is not a date"),
        ("dayone", {"creationDate": "0000-01-01T00:00:00Z"}, "entry 2: 'creationDate' is not"),
        ("dayone", {"creationDate": 1614888665}, "entry 2: 'creationDate' must be a date"),
        ("dayone", {"uuid": 5}, "entry 2: 'uuid' must be text"),
        ("dayone", {"uuid": "not-hex"}, "entry 2: 'uuid' is not a valid id: 'not-hex'"),
        ("dayone", {"text": 5}, "entry 2: 'text' must be text"),
        ("dayone", {"tags": [1]}, "entry 2: 'tags' must be a list of texts"),
        ("dayone", {"starred": 1}, "entry 2: 'starred' must be true or false"),
        ("dayone", {"text": "\ud800"}, "entry 2: 'text' holds characters that are not text"),
    ],
)
def test_bad_values_are_named(scratch: Path, name: str, change: dict[str, Any],
                              reason: str) -> None:
    sample = "jrnl_export.json" if name == "jrnl" else "dayone/Journal.json"
    data = json.loads((SAMPLES / sample).read_text("utf-8"))
    data["entries"][1].update(change)
    path = write(scratch, "export.json", json.dumps(data).encode())
    with pytest.raises(ImportFormatError) as caught:
        list(registry.importer(name).read(path))
    assert str(caught.value).startswith(f"{path}, {reason}")


def test_wrong_top_level_types(scratch: Path) -> None:
    for document in ([], {"entries": {}}, {"entries": [5]}, "text", {"tags": []}):
        path = write(scratch, "export.json", json.dumps(document).encode())
        for name in ("jrnl", "dayone"):
            with pytest.raises(ImportFormatError, match=r"not a (jrnl|Day One) export|entry 1"):
                list(registry.importer(name).read(path))


def test_duplicate_ids_in_a_jrnl_file(scratch: Path) -> None:
    data = json.loads((SAMPLES / "jrnl_export.json").read_text("utf-8"))
    for entry in data["entries"][:3]:
        entry["uuid"] = "0F3A9E6C2B1D4E7F8A9B0C1D2E3F4A5" + str(data["entries"].index(entry))
    data["entries"][2]["uuid"] = data["entries"][0]["uuid"]
    path = write(scratch, "export.json", json.dumps(data).encode())
    with pytest.raises(ImportFormatError, match="entry 3: the id .* appears twice "
                                                r"\(also entry 1\)"):
        list(registry.importer("jrnl").read(path))


def test_dayone_zip_without_journal(scratch: Path) -> None:
    path = scratch / "export.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("photos/0cc175b9c0f1b6a831c399e269772661.jpeg", b"\xff\xd8\xff")
        archive.writestr("../Journal.json", (SAMPLES / "dayone" / "Journal.json").read_bytes())
    assert registry.detect(path).name == "dayone"
    with pytest.raises(ImportFormatError, match=r"contains no Journal\.json"):
        list(registry.importer("dayone").read(path))


def test_a_bad_entry_imports_nothing(scratch: Path, journal: Any) -> None:
    """All-or-nothing through the real import: the journal stays empty."""
    from trustjournal.exchange import runner

    data = json.loads((SAMPLES / "dayone" / "Journal.json").read_text("utf-8"))
    data["entries"][3]["creationDate"] = "yesterday"
    path = write(scratch, "Journal.json", json.dumps(data).encode())
    with pytest.raises(ImportFormatError, match="entry 4"):
        runner.import_file(journal, path, "auto")
    notes = scratch / "notes"
    notes.mkdir()
    (notes / "2021-01-01.md").write_text("fine", "utf-8")
    (notes / "2021-01-02.md").write_bytes(b"GIF89a\x00\x01")
    with pytest.raises(ImportFormatError, match="binary data"):
        runner.import_file(journal, notes, "markdown")
    assert journal.count_entries() == 0
    assert runner.import_file(journal, SAMPLES / "dayone" / "Journal.json", "auto").added == 4
    assert runner.import_file(journal, SAMPLES / "dayone" / "Journal.json", "auto").added == 0


@pytest.mark.parametrize("levels", [61, 62, 100])
def test_jrnl_nesting_is_bounded_as_when_read_whole(scratch: Path, levels: int) -> None:
    """jrnl's export is read as a stream now, one entry at a time; a value nested past
    the document's bound (64 levels, counting the document and its list) is still
    refused by name, and one within it is not."""
    from trustjournal.exchange.parsing import MAX_DEPTH

    entry = {"date": "2021-03-04", "time": "20:11", "title": "t", "body": "b",
             "tags": [], "starred": False, "extra": 0}
    data = json.dumps({"tags": {}, "entries": [entry]})
    data = data.replace('"extra": 0', '"extra": ' + "[" * levels + "]" * levels)
    path = write(scratch, "export.json", data.encode())
    too_deep = 2 + 1 + levels > MAX_DEPTH  # document, list, entry, then the value
    if too_deep:
        with pytest.raises(ImportFormatError, match="nested more than 64 levels deep"):
            list(registry.importer("jrnl").read(path))
    else:
        assert [r.title for r in registry.importer("jrnl").read(path)] == ["t"]
