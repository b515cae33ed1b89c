"""The scratch area: what an interrupted export left is removed at the next open, and
nothing outside it is touched unless the export's own note names it."""

from __future__ import annotations

import json
from pathlib import Path

from trustjournal.storage import open_journal, scratch


def _interrupted(journal_file: Path, target: Path) -> scratch.Workdir:
    """An export that was killed after its hidden copy beside the target was made."""
    work = scratch.new_workdir(journal_file, target)
    work.staged.write_text("plain text", encoding="utf-8")
    work.beside.write_text("plain text", encoding="utf-8")
    scratch._LIVE.discard(work.folder.name)  # its process is gone
    return work


def test_leftovers_beside_a_disk_that_is_away_are_removed_when_it_is_back(
        journal_file: Path, tmp_path: Path) -> None:
    open_journal(journal_file).close()
    stick = tmp_path / "stick"
    stick.mkdir()
    work = _interrupted(journal_file, stick / "a.json")
    stick.rename(tmp_path / "unplugged")
    open_journal(journal_file).close()
    # The plain text in the scratch area is gone at once; the note waits for the disk.
    assert sorted(p.name for p in work.folder.iterdir()) == [scratch.NOTE]
    (tmp_path / "unplugged").rename(stick)
    open_journal(journal_file).close()
    assert list(stick.iterdir()) == []
    assert list(scratch.scratch_dir(journal_file.parent).iterdir()) == []


def test_a_note_never_makes_the_open_remove_other_files(journal_file: Path,
                                                        tmp_path: Path) -> None:
    open_journal(journal_file).close()
    mine = tmp_path / "mine.txt"
    mine.write_text("keep", encoding="utf-8")
    work = _interrupted(journal_file, tmp_path / "a.json")
    note = work.folder / scratch.NOTE
    data = json.loads(note.read_text(encoding="utf-8"))
    data["beside"] = str(mine)
    note.write_text(json.dumps(data), encoding="utf-8")
    open_journal(journal_file).close()
    assert mine.read_text(encoding="utf-8") == "keep"
    assert list(scratch.scratch_dir(journal_file.parent).iterdir()) == []
