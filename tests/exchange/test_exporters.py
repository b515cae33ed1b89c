"""The Markdown, CSV, HTML and PDF exporters: golden files, safety, and streaming.

Golden files under golden/ are the expected bytes of each format for SAMPLE. After a
deliberate change of output, regenerate them with `TJ_REGEN_GOLDEN=1 pytest
tests/exchange/test_exporters.py`, then read the diff before committing it.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import os
import re
import shutil
import subprocess
import sys
import tracemalloc
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from trustjournal.exchange import registry
from trustjournal.exchange.markdown_format import yaml_string
from trustjournal.exchange.model import (
    Cancelled,
    EntryRecord,
    ExportOptions,
    MetricRecord,
)

GOLDEN = Path(__file__).parent / "golden"
REGEN = os.environ.get("TJ_REGEN_GOLDEN") == "1"
UTC = dt.UTC


def at(day: str, time: str = "08:30:00") -> dt.datetime:
    return dt.datetime.fromisoformat(f"{day}T{time}").replace(tzinfo=UTC)


EXERCISE_BODY = """\
### What was happening

Saturday, 9 pm. She said she'd be home by 8.

### The thought

She doesn't want to be with me.

### How much I believed it

80 out of 100

### What I felt

- Jealous: 80 out of 100
- Scared: 60 out of 100

### Thinking traps

- Mind reading
- Assuming the worst (my own)

### What doesn't fit

- She texted at 8:40 that the meeting ran over.
- She has been open all month.

### How much I believe it now

30 out of 100 (was 80)
"""

CHECKIN_BODY = """\
### Trust

6 out of 10

### Anxiety

3 out of 10

### Connection

8 out of 10

### Feelings

- Hopeful: 60 out of 100

### Note

We planned the weekend together.
"""

SAMPLE = (
    EntryRecord(
        uuid="3f2a9c1e-7b4d-4e8a-9c0f-1a2b3c4d5e6f", kind="free",
        title="Café on Sunday — a good day 🌿",
        body="# Morning\n\nWe walked to the *little* café by the river. **Both** of us "
             "laughed.\nNew line, same paragraph: naïve, Ünïcödé, 日本語.\n\n"
             "- coffee\n- croissant\n  - with jam\n\n> Remember this one.\n\n"
             "I <3 days like this & want more.\n",
        local_date=dt.date(2024, 3, 3), created_utc=at("2024-03-03", "09:15:00"),
        updated_utc=at("2024-03-03", "10:02:30.250000"), tags=("us", "weekend")),
    EntryRecord(
        uuid="8b1d0c2e-55aa-4f3b-a1c9-0e9f8d7c6b5a", kind="exercise",
        title="Challenge a thought: Saturday, 9 pm. She said she'd be home by 8.",
        body=EXERCISE_BODY, local_date=dt.date(2024, 3, 5), created_utc=at("2024-03-05"),
        updated_utc=at("2024-03-05", "08:45:00"), exercise_id="challenge_a_thought",
        exercise_version=1,
        answers={"thought": "She doesn't want to be with me.", "belief": 80,
                 "belief_after": 30},
        metrics=(MetricRecord("belief_before", 80.0),
                 MetricRecord("feeling_before", 80.0, "jealous"),
                 MetricRecord("feeling_before", 60.0, "scared"),
                 MetricRecord("trap", None, "mind_reading"),
                 MetricRecord("trap", None, "other"),
                 MetricRecord("belief_after", 30.0))),
    EntryRecord(
        uuid="c4e5f6a7-1b2c-4d3e-8f90-a1b2c3d4e5f6", kind="checkin",
        title="Check-in · trust 6, anxiety 3, connection 8", body=CHECKIN_BODY,
        local_date=dt.date(2024, 3, 5), created_utc=at("2024-03-05", "21:00:00"),
        updated_utc=at("2024-03-05", "21:00:00"), exercise_id="checkin", exercise_version=1,
        answers={"trust": 6, "anxiety": 3, "connection": 8,
                 "feelings": [{"feeling": "hopeful", "intensity": 60}],
                 "note": "We planned the weekend together."},
        metrics=(MetricRecord("trust", 6.0), MetricRecord("anxiety", 3.0),
                 MetricRecord("connection", 8.0), MetricRecord("feeling", 60.0, "hopeful"))),
    EntryRecord(
        uuid="e9d8c7b6-a5f4-4e3d-9c2b-1a0f9e8d7c6b", kind="free",
        title='"quotes": and --- # not a comment', starred=True,
        body="A hard one.\n\n---\n\nStill here, though.\n",
        local_date=dt.date(2024, 4, 12), created_utc=at("2024-04-12", "22:10:00"),
        updated_utc=at("2024-04-13", "07:00:00"), tags=("hard day", "trust: 'us'")),
    EntryRecord(
        uuid="0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", kind="free", title="",
        body="Just a line.\nAnd another.",
        local_date=dt.date(2024, 4, 13), created_utc=at("2024-04-13", "06:00:00"),
        updated_utc=at("2024-04-13", "06:00:00"), deleted_utc=at("2024-04-14", "12:00:00")),
)


def export(name: str, records: object, target: Path, **options: object) -> int:
    exporter = registry.exporter(name)
    return exporter.write(records, target, ExportOptions(**options))  # type: ignore[arg-type]


def tree_bytes(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def check_golden(produced: Path, golden: Path) -> None:
    """Compare produced output (a file or a folder) with the golden copy, byte for byte."""
    if REGEN:
        if golden.is_dir():
            shutil.rmtree(golden)
        golden.parent.mkdir(parents=True, exist_ok=True)
        if produced.is_dir():
            shutil.copytree(produced, golden)
        else:
            shutil.copyfile(produced, golden)
    if produced.is_dir():
        assert tree_bytes(produced) == tree_bytes(golden)
    else:
        assert produced.read_bytes() == golden.read_bytes()


def test_the_formats_register_themselves() -> None:
    found = registry.exporters()
    for name, suffix, folder in (("markdown", "", True), ("markdown-single", ".md", False),
                                 ("csv", ".csv", False), ("html", ".html", False),
                                 ("pdf", ".pdf", False)):
        assert found[name].suffix == suffix
        assert found[name].folder is folder
        assert found[name].label


@pytest.mark.parametrize(("fmt", "golden"), [
    ("markdown", "markdown"),
    ("markdown-single", "markdown-single.md"),
    ("csv", "figures.csv"),
    ("html", "journal.html"),
])
def test_output_matches_the_golden_file(fmt: str, golden: str, tmp_path: Path) -> None:
    target = tmp_path / golden
    assert export(fmt, iter(SAMPLE), target, title="My journal") == len(SAMPLE)
    check_golden(target, GOLDEN / golden)
    assert [p.name for p in tmp_path.iterdir()] == [golden]  # no temporary file left over


def test_files_are_created_user_only(tmp_path: Path) -> None:
    for fmt in ("markdown-single", "csv", "html"):
        target = tmp_path / fmt
        export(fmt, iter(SAMPLE), target)
        assert target.stat().st_mode & 0o777 == 0o600, fmt
    export("markdown", iter(SAMPLE), tmp_path / "folder")
    assert (tmp_path / "folder").stat().st_mode & 0o777 == 0o700
    assert {p.stat().st_mode & 0o777 for p in (tmp_path / "folder").iterdir()} == {0o600}


# -- Markdown ---------------------------------------------------------------------------


def front_matter(text: str) -> dict[str, object]:
    import yaml
    assert text.startswith("---\n")
    block, _, _ = text[4:].partition("\n---\n")
    loaded = yaml.safe_load(block)
    assert isinstance(loaded, dict)
    return loaded


def test_front_matter_reads_back_with_yaml(tmp_path: Path) -> None:
    export("markdown", iter(SAMPLE), tmp_path / "out")
    files = {p.name: p.read_text(encoding="utf-8") for p in (tmp_path / "out").iterdir()}
    by_uuid = {str(front_matter(text)["uuid"]): text for text in files.values()}
    assert set(by_uuid) == {r.uuid for r in SAMPLE}
    for record in SAMPLE:
        meta = front_matter(by_uuid[record.uuid])
        assert meta["title"] == record.title
        assert meta["date"] == record.local_date
        assert meta["created"] == record.created_utc
        assert meta["updated"] == record.updated_utc
        assert meta["kind"] == record.kind
        assert meta.get("exercise") == record.exercise_id
        assert meta.get("exercise_version") == record.exercise_version
        assert meta["tags"] == list(record.tags)
        assert meta["starred"] is record.starred
        assert meta.get("deleted") == record.deleted_utc
        assert by_uuid[record.uuid].endswith(record.body if record.body.endswith("\n")
                                             else record.body + "\n")


@pytest.mark.parametrize("title", [
    "line\nbreak", "tab\there", 'back\\slash "and" quotes', "nel\x85and\u2028sep\u2029",
    "bell\x07 del\x7f bom\ufeff", "--- \n---", "key: value # comment", "[not, a, list]",
    "{no: map}", "*star &anchor !tag", "'single'", "yes", "null", "12:30", "2024-01-01",
    "emoji 🌿 and 日本語", "", " spaces ",
])
def test_any_title_survives_the_front_matter(title: str, tmp_path: Path) -> None:
    record = dataclasses.replace(SAMPLE[0], title=title, tags=(title or "x", "plain"))
    export("markdown", [record], tmp_path / "out")
    (written,) = (tmp_path / "out").iterdir()
    meta = front_matter(written.read_text(encoding="utf-8"))
    assert meta["title"] == title
    assert meta["tags"] == [title or "x", "plain"]


@settings(max_examples=300, deadline=None)
@given(st.text(st.characters(exclude_categories=("Cs",))))
def test_yaml_strings_read_back_unchanged(text: str) -> None:
    import yaml
    assert yaml.safe_load(f"key: {yaml_string(text)}\n") == {"key": text}


def test_file_names_are_unique_and_plain(tmp_path: Path) -> None:
    same = [dataclasses.replace(SAMPLE[0], uuid=f"aaaaaaaa-0000-4000-8000-00000000000{n}",
                                title="Same title") for n in range(3)]
    odd = [dataclasses.replace(SAMPLE[0], uuid=f"bbbbbbbb-0000-4000-8000-00000000000{n}",
                               title=title) for n, title in
           enumerate(["../../etc/passwd", 'CON:<>|?*"\\', "日本語だけ", "Ünïcödé ÀÉÎ", ""])]
    assert export("markdown", same + odd, tmp_path / "out") == 8
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert len(names) == 8
    assert all(re.fullmatch(r"2024-03-03-[a-z0-9-]+\.md", name) for name in names), names
    assert "2024-03-03-same-title-aaaaaaaa.md" in names
    assert "2024-03-03-same-title-aaaaaaaa-2.md" in names
    assert "2024-03-03-same-title-aaaaaaaa-3.md" in names
    assert "2024-03-03-unicode-aei-bbbbbbbb.md" in names
    assert "2024-03-03-entry-bbbbbbbb.md" in names  # no ASCII letters: the kind's name
    assert len({name.lower() for name in names}) == 8  # also on case-blind file systems


def test_single_file_puts_body_headings_under_the_entry(tmp_path: Path) -> None:
    target = tmp_path / "all.md"
    export("markdown-single", iter(SAMPLE), target, title="For Dr. Rao")
    text = target.read_text(encoding="utf-8")
    assert text.startswith("# For Dr. Rao\n")
    assert "\n## Café on Sunday — a good day 🌿\n" in text
    assert "\n### Morning\n" in text  # was '# Morning' in the body
    assert "\n### The thought\n" in text  # was '###' already
    assert "\n## Untitled entry\n" in text
    assert text.count("\n---\n") == len(SAMPLE) + 1  # one rule per entry + one in a body


# -- CSV --------------------------------------------------------------------------------


def test_csv_neutralises_formulas(tmp_path: Path) -> None:
    record = dataclasses.replace(
        SAMPLE[2], uuid="=cmd|' /C calc'!A0", exercise_id="+SUM(1,2)",
        metrics=(MetricRecord("@evil", -3.0, "=HYPERLINK(\"x\")"),
                 MetricRecord("-2+3", 2.5, "\tTAB"), MetricRecord("pride", None, "fine")))
    target = tmp_path / "f.csv"
    export("csv", [record], target)
    rows = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8"), newline="")))
    assert rows[0] == ["date", "entry_uuid", "kind", "exercise", "metric", "value", "label"]
    assert rows[1] == ["2024-03-05", "'=cmd|' /C calc'!A0", "checkin", "'+SUM(1,2)", "'@evil",
                       "-3", "'=HYPERLINK(\"x\")"]
    assert rows[2][4:] == ["'-2+3", "2.5", "'\tTAB"]
    assert rows[3][4:] == ["pride", "", "fine"]
    assert target.read_bytes().count(b"\r\n") == 4


def test_csv_has_one_row_per_metric(tmp_path: Path) -> None:
    target = tmp_path / "f.csv"
    export("csv", iter(SAMPLE), target)
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"), newline="")))
    assert len(rows) == sum(len(r.metrics) for r in SAMPLE)
    trust = [row for row in rows if row["metric"] == "trust"]
    assert trust == [{"date": "2024-03-05", "entry_uuid": SAMPLE[2].uuid, "kind": "checkin",
                      "exercise": "checkin", "metric": "trust", "value": "6", "label": ""}]


# -- HTML -------------------------------------------------------------------------------

HOSTILE = dataclasses.replace(
    SAMPLE[0], title="<script>alert('title')</script>", tags=("<b>tag</b>",),
    body="<script>alert(1)</script>\n\n<img src=x onerror=alert(2)>\n\n"
         "[click](javascript:alert(3)) ![pic](https://example.org/p.png) "
         "[site](http://example.org)\n\n*<iframe src=//evil>*\n\n"
         "```\n<style>@import url(x)</style>\n```\n")


class Tags(HTMLParser):
    """Every tag and attribute of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))


SAFE_TAGS = {"html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "h3",
             "h4", "h5", "h6", "p", "nav", "ol", "ul", "li", "a", "span", "main", "section",
             "article", "time", "div", "em", "strong", "s", "code", "pre", "blockquote", "br",
             "hr"}


def test_html_loads_nothing(tmp_path: Path) -> None:
    target = tmp_path / "page.html"
    export("html", iter(SAMPLE), target)
    page = target.read_text(encoding="utf-8").lower()
    for needle in ("http://", "https://", "src=", "url(", "@import", "<script", "<link",
                   "<img", "@font-face"):
        assert needle not in page, needle


def test_html_escapes_whatever_an_entry_holds(tmp_path: Path) -> None:
    target = tmp_path / "page.html"
    export("html", [*SAMPLE, HOSTILE], target)
    page = target.read_text(encoding="utf-8")
    parser = Tags()
    parser.feed(page)
    for tag, attrs in parser.tags:
        assert tag in SAFE_TAGS, tag
        for name, value in attrs:
            assert name in {"lang", "charset", "http-equiv", "content", "name", "class", "id",
                            "href", "datetime", "start"}, (tag, name)
            if name == "href":
                assert value and re.fullmatch(r"#[a-z0-9-]+", value), value
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;script&gt;alert(&#x27;title&#x27;)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=alert(2)&gt;" in page
    assert "&lt;b&gt;tag&lt;/b&gt;" in page
    assert "click [image: pic] site" in page
    assert "example.org" not in page  # link and image addresses are dropped
    assert "default-src 'none'" in page  # a browser would load nothing even so


def test_html_contents_are_grouped_by_month(tmp_path: Path) -> None:
    target = tmp_path / "page.html"
    later = dataclasses.replace(SAMPLE[0], uuid="f" * 8 + SAMPLE[0].uuid[8:],
                                local_date=dt.date(2024, 3, 30))
    export("html", [*SAMPLE, later], target)  # March again after April: out of order
    page = target.read_text(encoding="utf-8")
    toc = page[page.index('<nav class="toc">'):page.index("</nav>")]
    assert re.findall(r'<a href="#([^"]+)">([^<]+)</a> <span class="count">\(([^)]+)\)', toc) \
        == [("m2024-03", "March 2024", "3 entries"), ("m2024-04", "April 2024", "2 entries"),
            ("m2024-03-2", "March 2024", "1 entry")]
    for anchor in ("m2024-03", "m2024-04", "m2024-03-2"):
        assert page.count(f'id="{anchor}"') == 1
    assert "6 entries · Sunday, 3 March 2024 to Saturday, 13 April 2024" in page


@pytest.mark.parametrize("fmt", ["markdown", "markdown-single", "csv", "html", "pdf"])
def test_an_empty_export_is_still_a_valid_file(fmt: str, tmp_path: Path, qapp: object) -> None:
    target = tmp_path / "empty"
    assert export(fmt, iter(()), target) == 0
    assert target.exists()
    if fmt == "html":
        assert "There are no entries in this export." in target.read_text(encoding="utf-8")


@pytest.mark.parametrize("fmt", ["html", "pdf", "markdown-single", "csv"])
def test_a_cancel_leaves_no_temporary_file(fmt: str, tmp_path: Path, qapp: object) -> None:
    def stopping() -> Iterator[EntryRecord]:
        yield from SAMPLE
        raise Cancelled()

    work = tmp_path / "work"
    work.mkdir()
    with pytest.raises(Cancelled):
        export(fmt, stopping(), work / "out")
    assert [p.name for p in work.iterdir() if p.name != "out"] == []


# -- PDF --------------------------------------------------------------------------------


def pdf_pages(data: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", data))


_READ_PDF = """
import json, sys
from PySide6.QtGui import QGuiApplication
from PySide6.QtPdf import QPdfDocument
app = QGuiApplication([])
doc = QPdfDocument()
assert doc.load(sys.argv[1]) == QPdfDocument.Error.None_
print(json.dumps([doc.getAllText(page).text() for page in range(doc.pageCount())]))
"""


def pdf_text(path: Path) -> list[str]:
    """Each page's text, read back by QtPdf in a child process: QtPdf links Qt's network
    library, which the app's own process must never load (tests/test_no_network.py)."""
    import json
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-c", _READ_PDF, str(path)], capture_output=True,
                          text=True, timeout=120,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr[-800:]
    pages: list[str] = json.loads(done.stdout)
    return pages


def test_pdf_packet(tmp_path: Path, qapp: object) -> None:
    target = tmp_path / "packet.pdf"
    captions = ("Trust rose from 4 to 6 on average over these weeks.",
                "Anxiety is lower on days with a check-in note.")
    count = export("pdf", iter([*SAMPLE, HOSTILE]), target, title="For my therapist",
                   summary=captions)
    assert count == len(SAMPLE) + 1
    data = target.read_bytes()
    assert data.startswith(b"%PDF-")
    assert target.stat().st_mode & 0o777 == 0o600
    pages = pdf_text(target)
    assert len(pages) == pdf_pages(data) >= 3
    cover = " ".join(pages[0].split())
    assert "For my therapist" in cover
    assert "Entries from Sunday, 3 March 2024 to Saturday, 13 April 2024" in cover
    assert "6 entries" in cover and "private document" in cover
    # Said warmly on the cover, from the one place the words are kept (safety.toml).
    assert "self-help journal, not therapy" in cover and "couples counsellor" in cover
    assert "Page" not in cover
    assert "Progress summary" in pages[1] and "Trust rose from 4 to 6" in pages[1]
    assert "Page 2" in pages[1]
    rest = " ".join(" ".join(pages[2:]).split())
    assert "March 2024" in rest and "April 2024" in rest
    assert "Challenge a thought" in rest
    assert "How much I believe it now" in rest and "★ Starred" in rest
    assert "<script>alert(1)</script>" in rest  # shown as text, never as markup


def test_pdf_of_many_entries_has_many_pages(tmp_path: Path, qapp: object) -> None:
    target = tmp_path / "many.pdf"
    records = (dataclasses.replace(SAMPLE[n % len(SAMPLE)], uuid=f"{n:08x}-x",
                                   local_date=dt.date(2020, 1, 1) + dt.timedelta(days=n // 3))
               for n in range(600))
    assert export("pdf", records, target) == 600
    data = target.read_bytes()
    # each sample entry fills at least a fifth of a page
    assert data.startswith(b"%PDF-") and pdf_pages(data) >= 600 // 5


def test_pdf_from_the_command_line_starts_its_own_offscreen_app(tmp_path: Path) -> None:
    script = ("import sys, pathlib\n"
              "from PySide6.QtGui import QGuiApplication\n"
              "from trustjournal.exchange import registry\n"
              "from trustjournal.exchange.model import ExportOptions\n"
              "from tests.exchange.test_exporters import SAMPLE\n"
              "assert QGuiApplication.instance() is None\n"
              "n = registry.exporter('pdf').write(iter(SAMPLE), pathlib.Path(sys.argv[1]),"
              " ExportOptions())\n"
              "print(n, QGuiApplication.platformName())\n")
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY",
                                                           "WAYLAND_DISPLAY")}
    done = subprocess.run([sys.executable, "-c", script, str(tmp_path / "cli.pdf")],
                          capture_output=True, text=True, env=env, timeout=120,
                          cwd=Path(__file__).parents[2])
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == [str(len(SAMPLE)), "offscreen"]
    assert (tmp_path / "cli.pdf").read_bytes().startswith(b"%PDF-")


# -- streaming --------------------------------------------------------------------------


class Counted:
    """A generator of many large records that notes how many were handed out."""

    def __init__(self, total: int, body_size: int) -> None:
        self.total, self.body_size, self.given = total, body_size, 0

    def __iter__(self) -> Iterator[EntryRecord]:
        for n in range(self.total):
            self.given += 1
            yield dataclasses.replace(
                SAMPLE[1], uuid=f"{n:08x}-0000-4000-8000-000000000000", title=f"Entry {n}",
                body=f"Entry {n}. " + "words " * (self.body_size // 6),
                local_date=dt.date(2000, 1, 1) + dt.timedelta(days=n))


@pytest.mark.parametrize("fmt", ["markdown", "markdown-single", "csv", "html"])
def test_exporters_stream_ten_thousand_records(fmt: str, tmp_path: Path) -> None:
    source = Counted(10_000, body_size=3_000)  # ~30 MB of text if it were all kept
    tracemalloc.start()
    try:
        written = export(fmt, iter(source), tmp_path / "out")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert written == source.given == 10_000
    assert peak < 4_000_000, f"peak {peak:,} bytes: records were kept in memory"


def test_pdf_streams_its_records(tmp_path: Path, qapp: object,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    # Layout is Qt's (C++) work and is covered above; here only what Python holds counts.
    from trustjournal.exchange import pdf_format

    laid_out: list[int] = []
    monkeypatch.setattr(pdf_format._Pages, "document",
                        lambda self, html, numbered=True: laid_out.append(len(html)))
    source = Counted(2_000, body_size=20_000)  # ~40 MB of text if it were all kept
    tracemalloc.start()
    try:
        written = export("pdf", iter(source), tmp_path / "out.pdf")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert written == source.given == 2_000
    assert peak < 8_000_000, f"peak {peak:,} bytes: records were kept in memory"
    chunks = laid_out[1:]  # after the cover
    assert len(chunks) > 10 and max(chunks) < 2 * pdf_format.CHUNK_CHARS + 30_000
