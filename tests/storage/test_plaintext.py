"""No plain SQLite file survives `encrypt` in the journal's folder, whatever kind it is:
unfinished backups, damaged plain backups, conversion logs, strays. What cannot be kept
encrypted is removed only after consent; leftovers are cleaned when a journal opens."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.storage.helpers import PASSPHRASE, backups_dir, marker_hits, rows_of
from tests.storage.test_convert import plain_journal
from trustjournal.storage import open_journal
from trustjournal.storage.files import PLAIN_HEADER
from trustjournal.storage.keys import (
    encrypt_journal,
    open_encrypted,
    plain_files_to_remove,
    unlock,
)
from trustjournal.storage.plaintext import PlainFilesError, find_plain


def plain_files(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*")
                  if p.is_file() and p.read_bytes()[:16] == PLAIN_HEADER)


def spoil(path: Path) -> None:
    """Damage a plain journal copy past its first pages (it still starts plainly)."""
    data = bytearray(path.read_bytes())
    data[4096 * 3 : 4096 * 3 + 300] = b"\xff" * 300
    path.write_bytes(bytes(data))


def test_every_kind_of_plain_leftover_is_dealt_with(journal_file: Path) -> None:
    plain_journal(journal_file)
    folder = journal_file.parent
    backups = backups_dir(journal_file)
    # An interrupted backup, a damaged plain backup, logs of a conversion, a stray copy
    # elsewhere in the folder, and something that is not a journal at all.
    shutil.copy(backups / "daily.db", backups / "manual-20240101-101010.db.partial")
    shutil.copy(backups / "daily.db", backups / "weekly-20240101-101010.db")
    spoil(backups / "weekly-20240101-101010.db")
    shutil.copy(backups / "daily.db", folder / "notes.db.convert-journal")
    (folder / "old").mkdir()
    shutil.copy(backups / "daily.db", folder / "old" / "copy.db")
    from trustjournal.storage.database import connect_file

    other = connect_file(folder / "old" / "unrelated.sqlite", None)
    other.execute("CREATE TABLE t(x)")
    other.execute("INSERT INTO t VALUES ('Zephyrquill')")
    other.close()
    assert len(plain_files(folder)) >= 7

    doomed = {p.path.name for p in plain_files_to_remove(journal_file)}
    assert doomed == {"manual-20240101-101010.db.partial", "notes.db.convert-journal",
                      "unrelated.sqlite"}
    before = {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()}
    with pytest.raises(PlainFilesError, match=r"unrelated\.sqlite"):
        encrypt_journal(journal_file, PASSPHRASE)
    assert {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()} == before

    result = encrypt_journal(journal_file, PASSPHRASE,
                             remove=[p.path for p in plain_files_to_remove(journal_file)])
    assert plain_files(folder) == []
    assert marker_hits(folder) == []
    assert find_plain(journal_file) == []
    text = "\n".join(result.lines(folder))
    assert "Encrypted: backups/daily.db" in text
    assert "old/copy.db" in text and "unrelated.sqlite" in text
    assert "weekly-20240101-101010.db" in text and "Saved" in text
    # The damaged backup's readable rows were saved, encrypted, as a backup.
    key = unlock(journal_file, PASSPHRASE)
    salvaged = list(backups.glob("salvaged-*.db"))
    assert len(salvaged) == 1
    assert rows_of(salvaged[0], key)["entries"][0] > 0


def test_a_plain_write_ahead_log_is_folded_in_and_overwritten(journal_file: Path) -> None:
    """A plain journal whose last session died leaves its words in notes.db-wal."""
    rows = plain_journal(journal_file, with_backup=False)
    wal = journal_file.with_name("notes.db-wal")
    import subprocess
    import sys
    script = (
        "import os, sys\n"
        "from trustjournal.storage import open_journal\n"
        "j = open_journal(__import__('pathlib').Path(sys.argv[1]))\n"
        "j.create_entry(title='Late', body='Zephyrquill in the log only')\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", script, str(journal_file)], check=True)
    assert wal.exists() and b"Zephyrquill" in wal.read_bytes()
    encrypt_journal(journal_file, PASSPHRASE)
    assert not wal.exists()
    assert marker_hits(journal_file.parent) == []
    key = unlock(journal_file, PASSPHRASE)
    with open_encrypted(journal_file, key) as journal:
        assert journal.count_entries() + journal.count_entries(trashed=True) == \
            rows["entries"][0] + 1
        assert journal.search("Zephyrquill")


def test_leftovers_are_cleaned_when_the_journal_opens(journal_file: Path) -> None:
    plain_journal(journal_file)
    backups = backups_dir(journal_file)
    partial = backups / "daily-20240101-101010.db.partial"
    shutil.copy(backups / "daily.db", partial)
    convert_log = journal_file.with_name("notes.db.convert-journal")
    convert_log.write_bytes(b"x" * 100)
    with open_journal(journal_file):
        assert not partial.exists() and not convert_log.exists()
        # A copy being written while the journal is open is not touched.
        shutil.copy(backups / "daily.db", partial)
    assert partial.exists()


def test_leftovers_of_another_open_journal_are_left_alone(journal_file: Path) -> None:
    # Another journal in the same folder, made first (a journal file missing beside
    # backups would be damage, not a new journal).
    open_journal(journal_file.with_name("other.db")).close()
    plain_journal(journal_file)
    backups = backups_dir(journal_file)
    partial = backups / "daily-20240101-101010.db.partial"
    with open_journal(journal_file.with_name("other.db")):
        shutil.copy(backups / "daily.db", partial)
        with open_journal(journal_file):
            assert partial.exists()  # the other journal may be writing it right now


def test_a_stale_rollback_log_of_the_journal_is_overwritten(journal_file: Path) -> None:
    plain_journal(journal_file, with_backup=False)
    stale = journal_file.with_name("notes.db-journal")
    stale.write_bytes(bytes(512) + b"old words: Zephyrquill" * 50)
    encrypt_journal(journal_file, PASSPHRASE)
    assert not stale.exists()
    assert marker_hits(journal_file.parent) == []


def test_a_foreign_database_with_an_entries_table_is_not_salvaged(journal_file: Path) -> None:
    from trustjournal.storage.database import connect_file

    plain_journal(journal_file, with_backup=False)
    other = journal_file.with_name("someone-elses.db")
    conn = connect_file(other, None)
    conn.execute("CREATE TABLE entries(body)")
    conn.execute("INSERT INTO entries VALUES ('not ours')")
    conn.close()
    assert [f.path.name for f in plain_files_to_remove(journal_file)] == ["someone-elses.db"]
    with pytest.raises(PlainFilesError):
        encrypt_journal(journal_file, PASSPHRASE)
    assert other.exists()


def test_a_backup_being_written_here_is_not_offered_for_removal(journal_file: Path) -> None:
    plain_journal(journal_file)
    backups = backups_dir(journal_file)
    partial = backups / "daily-20240101-101010.db.partial"
    with open_journal(journal_file):
        shutil.copy(backups / "daily.db", partial)  # as if a backup were being written
        assert plain_files_to_remove(journal_file) == []
    # Closed, it is a leftover: encrypting would remove it, so it is asked about.
    assert [f.path for f in plain_files_to_remove(journal_file)] == [partial]


def test_a_backups_folder_moved_elsewhere_by_a_link_is_swept_too(journal_file: Path,
                                                                 tmp_path: Path) -> None:
    plain_journal(journal_file)
    backups = journal_file.parent / "backups"
    moved = tmp_path / "other-disk" / "backups"
    moved.parent.mkdir()
    shutil.move(backups, moved)
    backups.symlink_to(moved, target_is_directory=True)
    assert plain_files(moved)
    encrypt_journal(journal_file, PASSPHRASE)
    assert plain_files(moved) == []
    assert marker_hits(moved) == []
