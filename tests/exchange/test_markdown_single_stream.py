"""The combined Markdown file is written from EntryTexts streamed by storage (no whole
records): the bytes must be exactly what the record-by-record writer it replaced wrote.
That writer is kept here as the reference, word for word as it was."""

from __future__ import annotations

import datetime as dt
import errno
import os
import threading
import time
from collections.abc import Iterable
from pathlib import Path

import pytest

from tests.exchange.journal_data import UNICODE, fill
from tests.exchange.test_markdown_headings import line_by_line
from trustjournal.core.entries import EntryKind
from trustjournal.core.i18n import translate
from trustjournal.core.records import EntryRecord, EntryText, ExportFilter
from trustjournal.exchange import markdown_format, markup, runner
from trustjournal.exchange.markup import display_title, kind_label, long_date, private_text
from trustjournal.exchange.model import ExportOptions, ExportTargetError
from trustjournal.storage.bulk import insert_demo

TODAY = dt.date(2026, 6, 30)

# -- the writer before streaming (reference) -------------------------------------------


def _old_body(record: EntryRecord) -> str:
    text = record.body
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.strip("\n")
    return text + "\n" if text else ""


def _old_summary_line(record: EntryRecord) -> str:
    parts = [long_date(record.local_date), kind_label(record)]
    if record.starred:
        parts.append(translate("MarkdownExport", "★ Starred"))
    if record.tags:
        parts.append(translate("MarkdownExport", "Tags: {tags}").format(
            tags=", ".join(record.tags)))
    if record.deleted_utc is not None:
        parts.append(translate("MarkdownExport", "In the trash"))
    return " · ".join(parts)


def _old_entry_text(record: EntryRecord) -> str:
    text = f"## {display_title(record)}\n\n{_old_summary_line(record)}\n"
    body = _old_body(record)
    if body:
        text += "\n" + line_by_line(body)
    return text


def old_markdown_single(records: Iterable[EntryRecord], target: Path, title: str) -> None:
    with private_text(target) as out:
        out.write(f"# {' '.join(title.split()) or 'TrustJournal'}\n")
        for record in records:
            out.write("\n---\n\n")
            out.write(_old_entry_text(record))


# -- a journal with every shape the combined file treats apart -------------------------

BODIES = [
    "# Big\ntext under it\n## Smaller\n###### Six",
    "### Only small ones\n#### and smaller",
    "#no space is not a heading\n   ## three spaces is\n    # four spaces is code",
    "```\n# inside a fence\n```\n# after the fence\n~~~\n## tilde fence\n~~~\n### last",
    "Windows lines\r\n# heading\r\nend\rold Mac",
    "\n\n\nleading and trailing newlines\n\n\n",
    f"★ {UNICODE} body with ## not at the start",
    "",
    "\n\n",
    "plain text, one line",
    "##\tTab heading\n## closing ##",
    "    indented code comes first\n\nthe last line ends in a hard break  ",
    "\t\n  \n# spaces and tabs around  \n\t",
]


def shaped(journal) -> None:  # type: ignore[no-untyped-def]
    """Entries for each body above, and titles, tags, stars and trash that vary."""
    day = dt.date(2024, 5, 1)
    titles = ["A title", "  spaced\tout\n title  ", "", "\u2003", f"Ünï {UNICODE}"]
    tag_sets = [[], ["b", "A", "c"], ["Été", "ete", "Zed", "日記"], ["calm"]]
    for n, body in enumerate(BODIES):
        entry, _ = journal.create_entry(
            title=titles[n % len(titles)], body=body, tags=tag_sets[n % len(tag_sets)],
            local_date=day + dt.timedelta(days=n), starred=n % 3 == 0)
        if n % 4 == 1:
            journal.trash_entry(entry.uuid)
    for exercise_id in ("challenge_a_thought", "no_such_exercise"):
        journal.save_exercise_entry(
            exercise_id=exercise_id, exercise_version=1, title="", body="# Answers\n- one",
            answers={"situation": "late"}, metrics=[], local_date=day)
    journal.save_exercise_entry(
        exercise_id="checkin", exercise_version=1, kind=EntryKind.CHECKIN, title="",
        body="", answers={}, metrics=[], local_date=day)


def filled(journal) -> dict[str, str]:  # type: ignore[no-untyped-def]
    insert_demo(journal, 400, 2, 11, today=TODAY)
    made = fill(journal)
    shaped(journal)
    return made


def filters(made: dict[str, str]) -> list[ExportFilter]:
    return [
        ExportFilter(),
        ExportFilter(include_trash=True),
        ExportFilter(include_trash=True, include_revisions=True),
        ExportFilter(tags=("calm", "ÉTÉ"), exclude=frozenset({made["edited"]})),
        ExportFilter(kinds=("exercise", "checkin"), start=dt.date(2023, 1, 1)),
        ExportFilter(start=TODAY - dt.timedelta(days=90), end=TODAY),
    ]


def assert_same_as_before(journal, tmp_path: Path, made: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    for n, flt in enumerate(filters(made)):
        new, old = tmp_path / f"new-{n}.md", tmp_path / f"old-{n}.md"
        count = runner.export(journal, "markdown-single", new, flt,
                              ExportOptions(title="  For\tDr. Rao "))
        old_markdown_single(journal.iter_records(flt), old, "  For\tDr. Rao ")
        assert count == journal.export_count(flt)
        assert count > 0
        assert new.read_bytes() == old.read_bytes(), flt
        assert new.stat().st_mode & 0o777 == 0o600


def test_combined_file_is_byte_for_byte_the_record_writers(journal, tmp_path: Path) -> None:
    made = filled(journal)
    assert_same_as_before(journal, tmp_path, made)
    text = (tmp_path / "new-1.md").read_text(encoding="utf-8")
    # The shapes really are in the file: renumbered headings, fences kept, trash shown.
    assert "\n### Big\ntext under it\n#### Smaller\n###### Six\n" in text
    assert "```\n# inside a fence\n```\n### after the fence\n" in text
    assert "Windows lines\n### heading\nend\nold Mac\n" in text
    assert "In the trash" in text and "★ Starred" in text
    assert "Tags: A, b, c" in text


def test_encrypted_journal_exports_the_same_bytes(tmp_path: Path) -> None:
    from trustjournal.storage.keys import create_encrypted

    journal, _ = create_encrypted(tmp_path / "secret" / "notes.db", "a long passphrase here")
    try:
        made = filled(journal)
        assert_same_as_before(journal, tmp_path, made)
    finally:
        journal.close()


@pytest.mark.parametrize("batch", [1, 7, 500])
def test_texts_follow_the_records_in_order_and_filter(journal, batch: int) -> None:
    made = filled(journal)
    for flt in filters(made):
        texts = list(journal.transfer.iter_texts(flt, batch))
        records = list(journal.iter_records(flt, batch))
        assert texts == [EntryText.of(r) for r in records]
        assert len(texts) == journal.export_count(flt)
    trashed = [t for t in journal.transfer.iter_texts(ExportFilter(include_trash=True))
               if t.in_trash]
    assert {t.body for t in trashed} >= {"to the trash", BODIES[1]}


# -- the disk starts saving a big export early, and a failure then is not lost ----------


def small_steps(monkeypatch: pytest.MonkeyPatch, every: int) -> None:
    monkeypatch.setattr(markdown_format, "SavingAhead",
                        lambda path: markup.SavingAhead(path, every=every))


def test_big_export_is_flushed_while_written(journal, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    filled(journal)
    flushed: list[int] = []
    real = getattr(os, "fdatasync", os.fsync)

    def counting(fd: int) -> None:
        flushed.append(os.fstat(fd).st_size)
        real(fd)

    monkeypatch.setattr(os, "fdatasync", counting, raising=False)
    monkeypatch.setattr(os, "fsync", counting)
    small_steps(monkeypatch, 4096)

    def progress(done: int, total: int | None) -> bool:
        deadline = time.monotonic() + 10  # see the test below
        while done == total and not flushed and time.monotonic() < deadline:
            time.sleep(0.01)
        return True

    new, old = tmp_path / "new.md", tmp_path / "old.md"
    runner.export(journal, "markdown-single", new, progress=progress)
    old_markdown_single(journal.iter_records(ExportFilter()), old, "TrustJournal")
    assert new.read_bytes() == old.read_bytes()
    written = new.stat().st_size
    # Flushed part-way (the file was smaller then), and whole after the last byte.
    assert any(0 < size < written for size in flushed)
    assert written in flushed


def test_an_early_flush_failure_fails_the_export(journal, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    filled(journal)
    small_steps(monkeypatch, 4096)

    real_fdatasync = getattr(os, "fdatasync", None)
    real_fsync = os.fsync
    early: list[str] = []

    def failing_early(real):  # type: ignore[no-untyped-def]
        def flush(fd: int) -> None:
            if threading.current_thread() is not threading.main_thread():
                early.append(threading.current_thread().name)
                # The kernel reports a failed write-back once; a later flush succeeds.
                raise OSError(errno.EIO, "Input/output error")
            real(fd)
        return flush

    if real_fdatasync is not None:
        monkeypatch.setattr(os, "fdatasync", failing_early(real_fdatasync))
    monkeypatch.setattr(os, "fsync", failing_early(real_fsync))
    target = tmp_path / "out" / "all.md"
    target.parent.mkdir()

    def progress(done: int, total: int | None) -> bool:
        # By the last entry a first batch is written; let the helper meet the failure
        # before the file is closed (else close may end it before its first flush).
        deadline = time.monotonic() + 10
        while done == total and not early and time.monotonic() < deadline:
            time.sleep(0.01)
        return True

    with pytest.raises(ExportTargetError, match="Input/output error"):
        runner.export(journal, "markdown-single", target, progress=progress)
    assert early  # the failure came from the early flush, not the final one
    assert list(target.parent.iterdir()) == []
