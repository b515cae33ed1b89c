"""open_journal and create_encrypted make a journal only where nothing of one is.

The CLI and the window go through these; tests/test_cli_no_journal.py runs the commands.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

import pytest

from trustjournal.storage import (
    JournalDamagedError,
    JournalMissingError,
    NoJournalError,
    NotAFolderError,
    NotAJournalError,
    open_journal,
)
from trustjournal.storage.archive import make_backup
from trustjournal.storage.keys import create_encrypted, open_encrypted, unlock
from trustjournal.storage.presence import file_in_the_way
from trustjournal.storage.session import JournalSession

PASSPHRASE = "lantern harbour quiet stone"


def names(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def every_way_in(journal_file: Path) -> list[Callable[[], object]]:
    """The probe (the window's first look), opening, creating, encrypted too."""
    return [lambda: JournalSession(journal_file).probe(),
            lambda: open_journal(journal_file),
            lambda: open_journal(journal_file, create=False),
            lambda: JournalSession(journal_file).create(None),
            lambda: create_encrypted(journal_file, PASSPHRASE)]


def test_opening_where_nothing_is_creates_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    with pytest.raises(NoJournalError, match="There is no journal here"):
        open_journal(folder / "notes.db", create=False)
    assert not folder.exists()
    folder.mkdir(mode=0o755)
    with pytest.raises(NoJournalError):
        open_journal(folder / "notes.db", create=False)
    assert names(folder) == [] and (folder.stat().st_mode & 0o777) == 0o755


@pytest.mark.parametrize("create", [True, False])
def test_an_emptied_file_is_damage_even_alone(journal_file: Path, create: bool) -> None:
    journal_file.parent.mkdir(parents=True)
    journal_file.write_bytes(b"")
    with pytest.raises(JournalDamagedError, match="is empty"):
        open_journal(journal_file, create=create)
    assert journal_file.read_bytes() == b""


def test_a_bare_sqlite_file_is_not_taken_over(journal_file: Path) -> None:
    from sqlcipher3 import dbapi2

    journal_file.parent.mkdir(parents=True)
    conn = dbapi2.connect(str(journal_file))
    conn.execute("VACUUM")
    conn.close()
    before = hashlib.sha256(journal_file.read_bytes()).hexdigest()
    with pytest.raises(NotAJournalError, match="empty database"):
        open_journal(journal_file)
    assert hashlib.sha256(journal_file.read_bytes()).hexdigest() == before


@pytest.mark.parametrize("encrypted", [False, True], ids=["plain", "encrypted"])
def test_a_missing_file_beside_its_backups_is_not_made_again(journal_file: Path,
                                                              encrypted: bool) -> None:
    journal = (create_encrypted(journal_file, PASSPHRASE)[0] if encrypted
               else open_journal(journal_file))
    with journal:
        journal.create_entry(title="kept")
        make_backup(journal, "manual")
    key = unlock(journal_file, PASSPHRASE) if encrypted else None
    journal_file.unlink()
    left = names(journal_file.parent)
    attempts = [lambda: open_journal(journal_file), lambda: open_journal(journal_file,
                                                                         create=False)]
    if encrypted:
        attempts.append(lambda: open_encrypted(journal_file, key))  # type: ignore[arg-type]
    else:
        attempts.append(lambda: create_encrypted(journal_file, PASSPHRASE))
    for attempt in attempts:
        with pytest.raises(JournalMissingError, match=r"notes\.db is missing"):
            attempt()
        assert names(journal_file.parent) == left


def test_a_new_journal_appears_whole(journal_file: Path) -> None:
    with open_journal(journal_file) as journal:
        assert journal.count_entries() == 0
        assert isinstance(journal.get_setting("journal_id"), str)  # born with its id
    assert journal_file.stat().st_size > 0
    assert not journal_file.with_name(".notes.db.new").exists()
    encrypted = journal_file.parent.parent / "enc" / "notes.db"
    journal, _recovery = create_encrypted(encrypted, PASSPHRASE)
    journal.close()
    with open_encrypted(encrypted, unlock(encrypted, PASSPHRASE)) as again:
        assert again.count_entries() == 0


@pytest.mark.parametrize("where", ["the folder itself", "a folder above it"])
def test_a_link_to_nothing_as_the_folder_is_refused_and_nothing_made(tmp_path: Path,
                                                                      where: str) -> None:
    """A data folder that is a symbolic link to a folder not there (a drive not
    connected): said in our words, and nothing made, not even the folder it points to."""
    gone = tmp_path / "drive" / "journal"
    link = tmp_path / "data"
    link.symlink_to(gone)
    folder = link if where == "the folder itself" else link / "a" / "b"
    journal_file = folder / "notes.db"
    assert file_in_the_way(folder) == link
    for attempt in every_way_in(journal_file):
        with pytest.raises(NotAFolderError) as refused:
            attempt()
        assert refused.value.path == link
        said = str(refused.value)
        assert said.startswith(f"{link} is a link to {gone}, which is not there"), said
        assert "Nothing was created or changed" in said and "connect it" in said
        assert names(tmp_path) == ["data"] and link.is_symlink() and not gone.exists()
    # Once the folder it points to is there, the link is an ordinary way in.
    gone.mkdir(parents=True)
    assert file_in_the_way(folder) is None
    open_journal(journal_file).close()
    assert (gone / ("notes.db" if folder == link else "a/b/notes.db")).is_file()


def test_a_loop_of_links_and_a_relative_link_are_said_as_they_are(tmp_path: Path) -> None:
    """A loop of links is said as a loop (not "not there", with advice that cannot
    work); a relative link's target is named as a whole path."""
    (tmp_path / "a").symlink_to("b")
    (tmp_path / "b").symlink_to("a")
    with pytest.raises(NotAFolderError) as refused:
        open_journal(tmp_path / "a" / "notes.db")
    assert str(refused.value).startswith(f"{tmp_path / 'a'} is a symbolic link that leads "
                                         "back to itself")
    (tmp_path / "rel").symlink_to("drive/journal")
    with pytest.raises(NotAFolderError) as refused:
        JournalSession(tmp_path / "rel" / "notes.db").create(None)
    assert str(refused.value).startswith(
        f"{tmp_path / 'rel'} is a link to {tmp_path / 'drive' / 'journal'}, which is not")
    assert names(tmp_path) == ["a", "b", "rel"]


@pytest.mark.parametrize("where", ["the folder itself", "a folder above it"])
def test_a_folder_that_is_a_file_is_refused_in_our_words(tmp_path: Path, where: str) -> None:
    in_the_way = tmp_path / "data"
    in_the_way.write_bytes(b"not a folder")
    folder = in_the_way if where == "the folder itself" else in_the_way / "a" / "b"
    journal_file = folder / "notes.db"
    assert file_in_the_way(folder) == in_the_way
    assert file_in_the_way(tmp_path) is None and file_in_the_way(tmp_path / "x" / "y") is None
    for attempt in every_way_in(journal_file):
        with pytest.raises(NotAFolderError) as refused:
            attempt()
        assert refused.value.path == in_the_way
        assert str(refused.value).startswith(f"{in_the_way} is a file, not a folder")
        assert "Nothing was created or changed" in str(refused.value)
        assert names(tmp_path) == ["data"] and in_the_way.read_bytes() == b"not a folder"
