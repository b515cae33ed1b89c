"""jrnl, Day One and Markdown-folder importers on realistic samples: exact records out."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import uuid
import zipfile
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from trustjournal.exchange import registry
from trustjournal.exchange.dayone_format import DayOneImporter, unescape
from trustjournal.exchange.jrnl_format import JRNL_NAMESPACE, JrnlImporter
from trustjournal.exchange.markdown_folder import MarkdownFolderImporter
from trustjournal.exchange.model import EntryRecord, ImportFormatError

SAMPLES = Path(__file__).parent / "samples"
BERLIN = ZoneInfo("Europe/Berlin")
UTC = dt.UTC


def utc(*parts: int) -> dt.datetime:
    return dt.datetime(*parts, tzinfo=UTC)


def read(importer: object, path: Path) -> list[EntryRecord]:
    return list(importer.read(path))  # type: ignore[attr-defined]


# -- registry ---------------------------------------------------------------------------


def test_importers_are_registered_and_detect_their_samples(tmp_path: Path) -> None:
    importers = registry.importers()
    assert {"jrnl", "dayone", "markdown"} <= set(importers)
    archive = tmp_path / "export.zip"
    with zipfile.ZipFile(archive, "w") as out:
        out.write(SAMPLES / "dayone" / "Journal.json", "Journal.json")
    assert registry.detect(SAMPLES / "jrnl_export.json").name == "jrnl"
    assert registry.detect(SAMPLES / "dayone" / "Journal.json").name == "dayone"
    assert registry.detect(archive).name == "dayone"
    assert registry.detect(SAMPLES / "markdown").name == "markdown"
    assert registry.detect(SAMPLES / "markdown" / "2021-03-04.md").name == "markdown"
    for name in ("jrnl", "dayone", "markdown"):
        assert importers[name].detect(tmp_path / "missing") == 0.0


# -- jrnl -------------------------------------------------------------------------------


def test_jrnl_sample_gives_exact_records() -> None:
    records = read(JrnlImporter(BERLIN), SAMPLES / "jrnl_export.json")
    assert [
        (r.title, r.local_date, r.created_utc, r.tags, r.starred, r.kind) for r in records
    ] == [
        ("Talked with @partner about the phone thing.", dt.date(2021, 3, 4),
         utc(2021, 3, 4, 19, 11), ("partner",), True, "free"),
        # 02:30 does not exist in Berlin that night (clocks jump 02:00 → 03:00): read
        # with the offset before the change.
        ("Clocks went forward.", dt.date(2021, 3, 28), utc(2021, 3, 28, 1, 30),
         ("therapy",), False, "free"),
        ("Überstunden — again", dt.date(2021, 7, 15), utc(2021, 7, 15, 21, 45),
         ("work", "partner"), False, "free"),
        # Five past midnight local time is still the day before in UTC.
        ("Just a title.", dt.date(2021, 12, 31), utc(2021, 12, 30, 23, 5), (), False, "free"),
    ]
    assert records[0].body == (
        "It went better than I feared. We agreed to check in on Sunday.\n\n"
        "Still a knot in my stomach though."
    )
    assert records[2].body == "Late at the office. @work 😩\n@partner picked me up."
    assert records[3].body == ""
    assert all(r.updated_utc == r.created_utc for r in records)
    assert [r.source for r in records] == ["entry 1", "entry 2", "entry 3", "entry 4"]


def test_jrnl_ids_are_stable_and_follow_the_content(tmp_path: Path) -> None:
    first = read(JrnlImporter(BERLIN), SAMPLES / "jrnl_export.json")
    again = read(JrnlImporter(ZoneInfo("Asia/Tokyo")), SAMPLES / "jrnl_export.json")
    assert [r.uuid for r in first] == [r.uuid for r in again]  # zone does not change ids
    assert len({r.uuid for r in first}) == 4
    expected = uuid.uuid5(JRNL_NAMESPACE, json.dumps(
        ["jrnl", "2021-12-31T00:05:00", "Just a title.", ""]))
    assert first[3].uuid == str(expected)

    data = json.loads((SAMPLES / "jrnl_export.json").read_text("utf-8"))
    data["entries"][0]["body"] += " Edited."
    data["entries"].append(dict(data["entries"][3]))  # an identical entry, twice
    data["entries"][1]["uuid"] = "0F3A9E6C2B1D4E7F8A9B0C1D2E3F4A5B"  # kept in Day One
    changed = tmp_path / "changed.json"
    changed.write_text(json.dumps(data), "utf-8")
    records = read(JrnlImporter(BERLIN), changed)
    assert records[0].uuid != first[0].uuid
    assert records[1].uuid == "0f3a9e6c-2b1d-4e7f-8a9b-0c1d2e3f4a5b"
    assert records[3].uuid == first[3].uuid
    assert records[4].uuid not in {r.uuid for r in records[:4]}
    assert records[4] == read(JrnlImporter(BERLIN), changed)[4]


def test_jrnl_times_default_to_this_machines_zone(monkeypatch: pytest.MonkeyPatch) -> None:
    import time

    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    try:
        records = read(JrnlImporter(), SAMPLES / "jrnl_export.json")
    finally:
        monkeypatch.undo()
        time.tzset()
    assert records[0].created_utc == utc(2021, 3, 5, 1, 11)  # EST, UTC-5
    assert records[2].created_utc == utc(2021, 7, 16, 3, 45)  # EDT, UTC-4
    assert records[2].local_date == dt.date(2021, 7, 15)


def test_jrnl_overlong_title_moves_into_the_body(tmp_path: Path) -> None:
    long_title = "word " * 150
    path = tmp_path / "long.json"
    path.write_text(json.dumps({"entries": [
        {"title": long_title, "body": "rest", "date": "2022-01-02", "time": "10:00",
         "tags": [], "starred": False}]}), "utf-8")
    (record,) = read(JrnlImporter(UTC), path)
    assert record.title == ""
    assert record.body == long_title.strip() + "\n\nrest"


@pytest.mark.parametrize("field", ["title", "body", "tags"])
def test_jrnl_refuses_a_lone_surrogate_by_entry(tmp_path: Path, field: str) -> None:
    entry = {"title": "t", "body": "b", "date": "2022-01-02", "time": "10:00", "tags": [],
             "starred": False}
    entry[field] = ["@ok", "\ud800"] if field == "tags" else "a \ud800 b"
    path = tmp_path / "odd.json"
    path.write_text(json.dumps({"entries": [entry]}), "utf-8")  # an escape, as jrnl could
    with pytest.raises(ImportFormatError) as caught:
        read(JrnlImporter(UTC), path)
    assert caught.value.entry == "entry 1"
    assert caught.value.reason == (f"'{field}' holds characters that are not text (lone "
                                   "surrogates)")


def test_jrnl_export_made_by_the_real_jrnl_imports(
    tmp_path: Path, journal: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Three entries written with the jrnl CLI, exported as JSON, imported twice."""
    import subprocess
    import sys

    from trustjournal.exchange import runner

    home = tmp_path / "jrnl-home"
    home.mkdir()
    config = home / "jrnl.yaml"
    config.write_text(
        "colors: {body: none, date: none, tags: none, title: none}\n"
        "default_hour: 9\ndefault_minute: 0\neditor: ''\nencrypt: false\nhighlight: false\n"
        "indent_character: '|'\n"
        f"journals:\n  default:\n    journal: {home / 'journal.txt'}\n"
        "linewrap: 79\ntagsymbols: '#@'\ntemplate: false\ntimeformat: '%F %r'\n"
        "version: v4.6\n",
        "utf-8",
    )
    env = {"HOME": str(home), "XDG_CONFIG_HOME": str(home), "XDG_DATA_HOME": str(home),
           "PATH": "/usr/bin:/bin", "TZ": "UTC", "NO_COLOR": "1"}

    def jrnl(*args: str) -> str:
        done = subprocess.run(
            [sys.executable, "-m", "jrnl", "--config-file", str(config), *args],
            env=env, capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL,
        )
        assert done.returncode == 0, done.stderr[-500:]
        return done.stdout

    jrnl("2021-03-04 20:11: Called @Mom. She was glad to hear from me. @family")
    jrnl("2021-03-28 02:30: Über Nacht *\nZweite Zeile")
    jrnl("2022-01-01 09:00: New year, new habits.")
    export = tmp_path / "export.json"
    export.write_text(jrnl("--format", "json"), "utf-8")

    records = read(JrnlImporter(UTC), export)
    # jrnl lists an entry's tags in no fixed order.
    assert [
        (r.title, r.local_date, r.created_utc, sorted(r.tags), r.starred) for r in records
    ] == [
        ("Called @Mom.", dt.date(2021, 3, 4), utc(2021, 3, 4, 20, 11), ["family", "mom"],
         False),
        ("Über Nacht", dt.date(2021, 3, 28), utc(2021, 3, 28, 2, 30), [], True),
        ("New year, new habits.", dt.date(2022, 1, 1), utc(2022, 1, 1, 9, 0), [], False),
    ]
    assert records[0].body == "She was glad to hear from me. @family"
    assert records[1].body == "Zweite Zeile"

    monkeypatch.setenv("TZ", "UTC")
    first = runner.import_file(journal, export, "auto")  # type: ignore[arg-type]
    second = runner.import_file(journal, export, "auto")  # type: ignore[arg-type]
    assert (first.added, second.added) == (3, 0)
    assert journal.count_entries() == 3  # type: ignore[attr-defined]


# -- Day One ----------------------------------------------------------------------------


def test_dayone_sample_gives_exact_records() -> None:
    records = read(DayOneImporter(), SAMPLES / "dayone" / "Journal.json")
    first, second, third, fourth = records
    assert first == EntryRecord(
        uuid="6b1c4c7f-7a1b-4f5e-9d3b-0d2a1c6e4f11",
        kind="free",
        title="A hard talk",
        body=(
            "We finally talked about it. I said what I needed - without shouting!\n\n"
            "[Photo not imported: photos/0cc175b9c0f1b6a831c399e269772661.jpeg]\n\n"
            "Next step: counselling on the 12th (maybe)."
        ),
        local_date=dt.date(2021, 3, 4),
        created_utc=utc(2021, 3, 4, 20, 11, 5),
        updated_utc=utc(2021, 3, 5, 8, 2, 10),
        tags=("partner", "Talks"),
        starred=True,
    )
    # 22:30 UTC on the night clocks went forward is 00:30 the next day in Berlin (UTC+2);
    # with winter time it would still have been the 28th.
    assert second.local_date == dt.date(2021, 3, 29)
    assert second.title == ""
    assert second.body == (
        "Night the clocks changed. Couldn’t sleep.\n\n"
        "\\- not a list\n1\\. not a list either\n\\#notaheading and a literal \\*star\\*\n\n"
        "[Video not imported: videos/92eb5ffee6ae2fec3ad71c777531578f.mov]\n"
        "[Audio not imported: audios/4a8a08f09d37b73795649038408b5f33.m4a]\n"
        "[Photo not imported]"
    )
    assert (third.title, third.local_date, third.tags) == (
        "Late call with Mia 🌙", dt.date(2021, 7, 15), ("friends",))
    assert third.body == "She asked how we’re doing. Honestly? Better."
    assert third.updated_utc == third.created_utc == utc(2021, 7, 16, 5, 30)
    # An unknown time zone is read as UTC, not refused.
    assert (fourth.local_date, fourth.body) == (dt.date(2022, 1, 1),
                                                "Zone unknown here, so UTC it is.")
    assert "dayone-moment" not in "".join(r.body for r in records)


def test_dayone_zip_with_photos_reads_like_the_json(tmp_path: Path) -> None:
    archive = tmp_path / "Export-Journal.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as out:
        out.write(SAMPLES / "dayone" / "Journal.json", "Journal.json")
        out.writestr("photos/0cc175b9c0f1b6a831c399e269772661.jpeg", b"\xff\xd8\xff" * 100)
        out.writestr("videos/92eb5ffee6ae2fec3ad71c777531578f.mov", b"\x00" * 300)
        out.writestr("../escape.json", b"{}")  # never read
    assert read(DayOneImporter(), archive) == read(
        DayOneImporter(), SAMPLES / "dayone" / "Journal.json")
    assert DayOneImporter().detect(archive) == 0.9
    assert list(tmp_path.iterdir()) == [archive]  # nothing extracted


def test_dayone_zip_with_two_journals(tmp_path: Path) -> None:
    data = json.loads((SAMPLES / "dayone" / "Journal.json").read_text("utf-8"))
    other = {"metadata": {"version": "1.0"}, "entries": [dict(
        data["entries"][2], uuid="ABCDEF0123456789ABCDEF0123456789", tags=["work"])]}
    archive = tmp_path / "two.zip"
    with zipfile.ZipFile(archive, "w") as out:
        out.writestr("Work.json", json.dumps(other))
        out.write(SAMPLES / "dayone" / "Journal.json", "Journal.json")
    records = read(DayOneImporter(), archive)
    assert [r.uuid[:8] for r in records] == ["6b1c4c7f", "0f3a9e6c", "c0ffee00", "d00dd00d",
                                             "abcdef01"]
    assert [r.source for r in records][-1] == "entry 1"


def test_dayone_errors_name_file_entry_and_reason(tmp_path: Path) -> None:
    data = json.loads((SAMPLES / "dayone" / "Journal.json").read_text("utf-8"))
    data["entries"][2]["uuid"] = data["entries"][0]["uuid"]
    path = tmp_path / "Journal.json"
    path.write_text(json.dumps(data), "utf-8")
    with pytest.raises(ImportFormatError) as caught:
        read(DayOneImporter(), path)
    assert str(caught.value) == (
        f"{path}, entry 3: the uuid 6B1C4C7F7A1B4F5E9D3B0D2A1C6E4F11 appears twice "
        f"(first at {path}, entry 1)"
    )
    empty_zip = tmp_path / "photos-only.zip"
    with zipfile.ZipFile(empty_zip, "w") as out:
        out.writestr("photos/0cc175b9c0f1b6a831c399e269772661.jpeg", b"\xff\xd8")
    with pytest.raises(ImportFormatError, match=r"contains no Journal\.json") as caught:
        read(DayOneImporter(), empty_zip)
    assert caught.value.file == str(empty_zip)


def test_dayone_zip_bomb_is_refused_before_inflating(tmp_path: Path) -> None:
    archive = tmp_path / "bomb.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as out:
        out.writestr("Journal.json", '{"entries": []' + " " * (4 * 1024**2) + "}")
    with pytest.raises(ImportFormatError, match="compressed suspiciously well"):
        read(DayOneImporter(), archive)


def test_dayone_unescape() -> None:
    assert unescape(r"Fine\. Really\! A \- dash \(see\) 3\+4") == "Fine. Really! A - dash (see) 3+4"
    assert unescape(r"a \*literal\* \_x\_ and \\.") == r"a \*literal\* \_x\_ and \\."
    assert unescape("\\# no heading\n\\- no item\n12\\. no list") == (
        "\\# no heading\n\\- no item\n12\\. no list")
    assert unescape(r"\*all\* \#gone\.", keep_markup=False) == "*all* #gone."


# -- Markdown folder ---------------------------------------------------------------------


@pytest.fixture
def notes(tmp_path: Path) -> Path:
    """The sample folder plus things to skip: hidden files and folders, other files."""
    folder = tmp_path / "notes"
    shutil.copytree(SAMPLES / "markdown", folder)
    (folder / ".hidden.md").write_bytes(b"\x00\x01 not read")
    (folder / ".obsidian").mkdir()
    (folder / ".obsidian" / "2021-01-01.md").write_text("hidden folder", "utf-8")
    (folder / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (folder / "empty-2021-01-02.md").write_text("  \n", "utf-8")
    return folder


def test_markdown_folder_gives_exact_records(notes: Path) -> None:
    records = read(MarkdownFolderImporter(BERLIN), notes)
    assert [r.source for r in records] == [
        "2021-03-04.md", "2021-03-05-walk-in-the-park.md", "exported-entry.md",
        "notes/20210306.txt", "tagged-note.markdown", "weekend-reflection.md",
    ]
    by_file = {r.source: r for r in records}
    r = by_file["2021-03-04.md"]
    assert (r.title, r.body) == ("First evening after the talk",
                                 "I kept replaying what was said.\n\n- breathe\n- write it down")
    assert (r.local_date, r.created_utc) == (dt.date(2021, 3, 4), utc(2021, 3, 4, 11))
    r = by_file["2021-03-05-walk-in-the-park.md"]
    assert (r.title, r.local_date) == ("Walk in the park", dt.date(2021, 3, 5))
    r = by_file["exported-entry.md"]
    assert r == EntryRecord(
        uuid="5e1c2d3a-4b5c-4d6e-8f70-8192a3b4c5d6", kind="free", title="Morning pages",
        body="Slept six hours. Woke up less anxious.", local_date=dt.date(2021, 3, 8),
        created_utc=utc(2021, 3, 8, 6, 45), updated_utc=utc(2021, 3, 9, 7),
        tags=("morning", "sleep"), starred=False,
    )
    r = by_file["notes/20210306.txt"]
    assert (r.title, r.local_date) == ("", dt.date(2021, 3, 6))
    assert r.body == "Plain text note from my old notes app.\nSecond line — with CRLF endings."
    r = by_file["tagged-note.markdown"]
    assert (r.title, r.tags, r.starred) == ("Tagged note", ("gratitude", "small wins"), False)
    r = by_file["weekend-reflection.md"]
    assert (r.title, r.local_date, r.created_utc, r.tags, r.starred) == (
        "Weekend reflection", dt.date(2021, 3, 7), utc(2021, 3, 7, 20, 15),
        ("trust", "Weekend"), True)
    assert r.body == "# A heading inside the body\n\nSaturday was calm. Sunday less so."


def test_markdown_ids_are_stable_per_relative_path(notes: Path, tmp_path: Path) -> None:
    first = read(MarkdownFolderImporter(BERLIN), notes)
    moved = shutil.copytree(notes, tmp_path / "elsewhere" / "notes")
    assert [r.uuid for r in read(MarkdownFolderImporter(UTC), moved)] == [r.uuid for r in first]
    assert len({r.uuid for r in first}) == len(first)
    (moved / "2021-03-04.md").write_text("# Changed\n", "utf-8")
    assert read(MarkdownFolderImporter(UTC), moved)[0].uuid != first[0].uuid


@pytest.mark.parametrize(
    ("name", "day", "title"),
    [
        ("2021-03-04.md", dt.date(2021, 3, 4), ""),
        ("2021-03-04-some-title.md", dt.date(2021, 3, 4), "Some title"),
        ("20210304.md", dt.date(2021, 3, 4), ""),
        ("journal 2021_03_04 evening.markdown", dt.date(2021, 3, 4), "Journal evening"),
        ("notes-2021-3-4.txt", dt.date(2021, 3, 4), "Notes"),
    ],
)
def test_markdown_date_and_title_from_the_file_name(
    tmp_path: Path, name: str, day: dt.date, title: str
) -> None:
    path = tmp_path / name
    path.write_text("Only a body.\n", "utf-8")
    (record,) = read(MarkdownFolderImporter(UTC), path)
    assert (record.local_date, record.title, record.body) == (day, title, "Only a body.")
    assert record.created_utc == utc(day.year, day.month, day.day, 12)


def test_markdown_export_imports_back_unchanged(tmp_path: Path) -> None:
    exporter = registry.exporter("markdown")
    assert exporter.folder
    from trustjournal.exchange.model import ExportOptions

    originals = [
        EntryRecord(uuid=str(uuid.UUID(int=n + 1)), kind="free", title=title, body=body,
                    local_date=dt.date(2023, 5, n + 1), created_utc=utc(2023, 5, n + 1, 22),
                    updated_utc=utc(2023, 6, 1, 8), tags=tags, starred=n % 2 == 0,
                    deleted_utc=utc(2023, 7, 1) if n == 2 else None)
        for n, (title, body, tags) in enumerate([
            ("Ein schwerer Abend: \"Vertrauen\"", "Zeile 1\n\n# Eigene Überschrift", ("a",)),
            ("", "# Heading in a body without title\ntext", ()),
            ("yes", "- list\n- items", ("trust", "small wins")),
        ])
    ]
    target = tmp_path / "export"
    exporter.write(iter(originals), target, ExportOptions())
    assert read(MarkdownFolderImporter(UTC), target) == originals


def test_markdown_errors_name_the_file(tmp_path: Path) -> None:
    cases = {
        "undated.md": ("Some text.", "no date in front matter or file name"),
        "relative.md": ("---\ndate: yesterday\n---\nx", "'yesterday'"),
        "zero.md": ("---\ndate: 0000-01-01\n---\nx", "year 0 in 'date'"),
        "0000-01-01.md": ("x", "year 0 in the file name"),
        "2021-02-30.md": ("x", "impossible date: '2021-02-30'"),
        "2021-01-01-yaml.md": ("---\ntags: [a, b\n---\nx", "front matter is not valid YAML"),
        "2021-01-01-list.md": ("---\n- a\n- b\n---\nx", "must be 'key: value' lines"),
        "2021-01-01-star.md": ("---\nstarred: maybe\n---\nx", "'starred'"),
        "2021-01-01-id.md": ("---\nuuid: not-an-id\n---\nx", "not a valid id: 'not-an-id'"),
    }
    for name, (text, reason) in cases.items():
        path = tmp_path / name
        path.write_text(text, "utf-8")
        with pytest.raises(ImportFormatError, match=reason) as caught:
            read(MarkdownFolderImporter(UTC), path)
        assert caught.value.file == str(path)


def test_markdown_folder_with_a_binary_or_duplicate_file_fails_whole(tmp_path: Path) -> None:
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "2021-01-01.md").write_text("Good note.", "utf-8")
    (folder / "2021-01-02.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(ImportFormatError, match="binary data") as caught:
        read(MarkdownFolderImporter(UTC), folder)
    assert caught.value.file == str(folder / "2021-01-02.md")

    (folder / "2021-01-02.md").write_bytes("caf\xe9".encode("latin-1"))
    with pytest.raises(ImportFormatError, match="not UTF-8"):
        read(MarkdownFolderImporter(UTC), folder)

    same = "---\nuuid: 5e1c2d3a-4b5c-4d6e-8f70-8192a3b4c5d6\n---\nx"
    (folder / "2021-01-02.md").write_text(same, "utf-8")
    (folder / "2021-01-03.md").write_text(same, "utf-8")
    with pytest.raises(ImportFormatError, match=r"also used by 2021-01-02\.md") as caught:
        read(MarkdownFolderImporter(UTC), folder)
    assert caught.value.file == str(folder / "2021-01-03.md")

    empty = tmp_path / "nothing"
    empty.mkdir()
    (empty / "readme.rst").write_text("x", "utf-8")
    with pytest.raises(ImportFormatError, match=r"no \.md, \.markdown or \.txt files"):
        read(MarkdownFolderImporter(UTC), empty)


def test_dayone_text_with_a_nul_is_refused_naming_the_entry(tmp_path: Path) -> None:
    """A NUL in an entry's text is refused while reading, as the other importers refuse
    it, never yielded as a body (found by test_malformed's damaged samples)."""
    data = json.loads((SAMPLES / "dayone" / "Journal.json").read_text("utf-8"))
    data["entries"][1]["text"] = "\x00"
    path = tmp_path / "Journal.json"
    path.write_text(json.dumps(data), "utf-8")
    with pytest.raises(ImportFormatError) as caught:
        list(DayOneImporter().read(path))
    assert "'text' contains a NUL character" in str(caught.value)
    assert str(caught.value).startswith(str(path))


@pytest.mark.parametrize(("front", "field"), [('title: "a \\ud800 b"', "title"),
                                              ('tags: "calm, \\udc00"', "tags"),
                                              ('tags: ["ok", "\\ud800"]', "tags")])
def test_markdown_front_matter_refuses_a_lone_surrogate(tmp_path: Path, front: str,
                                                        field: str) -> None:
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "2021-03-04.md").write_text(f"---\n{front}\n---\nText.\n", "utf-8")
    with pytest.raises(ImportFormatError) as caught:
        read(MarkdownFolderImporter(UTC), notes)
    assert caught.value.reason == (f"'{field}' holds characters that are not text (lone "
                                   "surrogates)")


def test_markdown_front_matter_joins_an_escaped_surrogate_pair(tmp_path: Path) -> None:
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "2021-03-04.md").write_text('---\ntitle: "Smile \\ud83d\\ude00"\ntags: '
                                         '["\\ud83c\\udf3f"]\n---\nText.\n', "utf-8")
    (record,) = read(MarkdownFolderImporter(UTC), notes)
    assert record.title == "Smile 😀" and record.tags == ("🌿",)
