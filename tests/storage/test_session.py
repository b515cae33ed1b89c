"""The journal session: what a probe finds, unlocking that keeps the key to itself, and
the open / lock / close / restore / re-key / encrypt steps the gate and the CLI share."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.storage.helpers import MARKERS, PASSPHRASE, marker_hits, write_markers
from trustjournal.storage import (
    JournalError,
    JournalNewerError,
    PassphraseError,
    open_journal,
)
from trustjournal.storage.archive import make_backup
from trustjournal.storage.database import connect_file
from trustjournal.storage.keys import create_encrypted, unlock
from trustjournal.storage.lock import held_here, kept_lock
from trustjournal.storage.session import (
    DAMAGED,
    ENCRYPTED,
    LOCKED,
    NEW,
    NEWER,
    PLAIN,
    JournalSession,
)

ROOT = Path(__file__).resolve().parents[2]
NEW_PASSPHRASE = "cedar window morning tide"


def encrypted_journal(path: Path, titles: tuple[str, ...] = ("One", "Two")) -> None:
    journal, _recovery = create_encrypted(path, PASSPHRASE)
    with journal:
        for title in titles:
            journal.create_entry(title=title, body=f"Words about {title}.")


def titles(journal) -> list[str]:  # type: ignore[no-untyped-def]
    return sorted(s.title for s in journal.iter_entries())


def test_probe_tells_new_plain_encrypted_and_damaged(tmp_path: Path) -> None:
    plain, secret, cut = (tmp_path / name / "notes.db" for name in ("a", "b", "c"))
    assert JournalSession(plain).probe().kind == NEW
    open_journal(plain).close()
    assert JournalSession(plain).probe().kind == PLAIN
    encrypted_journal(secret)
    assert JournalSession(secret).probe().kind == ENCRYPTED
    with open_journal(cut) as journal:
        journal.create_entry(title="x", body="y " * 2000)
    os.truncate(cut, cut.stat().st_size // 2 + 100)
    found = JournalSession(cut).probe()
    assert found.kind == DAMAGED and "cut off" in (found.reason or "")


def test_probe_says_another_process_has_it_open(journal_file: Path) -> None:
    open_journal(journal_file).close()
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys; from pathlib import Path; from trustjournal.storage import open_journal;"
         "j = open_journal(Path(sys.argv[1])); print('ready', flush=True); sys.stdin.read();"
         "j.close()", str(journal_file)],
        cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        found = JournalSession(journal_file).probe()
        assert found.kind == LOCKED and "already open" in (found.reason or "")
    finally:
        holder.communicate("", timeout=30)
    assert JournalSession(journal_file).probe().kind == PLAIN


def test_probe_says_a_newer_app_wrote_a_plain_journal(journal_file: Path) -> None:
    open_journal(journal_file).close()
    conn = connect_file(journal_file, None)
    try:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    finally:
        conn.close()
    before = journal_file.read_bytes()
    found = JournalSession(journal_file).probe()
    assert found.kind == NEWER and "newer version" in (found.reason or "")
    with pytest.raises(JournalNewerError) as opened:
        JournalSession(journal_file).open()
    assert str(opened.value) == found.reason  # the same words either way
    assert journal_file.read_bytes() == before
    assert not journal_file.with_name("notes.db-wal").exists()


def test_unlocking_keeps_the_key_inside(journal_file: Path) -> None:
    encrypted_journal(journal_file)
    key = unlock(journal_file, PASSPHRASE)
    session = JournalSession(journal_file)
    with pytest.raises(PassphraseError):
        session.unlock("not the words")
    assert not session.unlocked
    session.unlock(PASSPHRASE)
    assert session.unlocked
    public = {name: getattr(session, name) for name in dir(session) if not name.startswith("_")}
    assert not [name for name, value in public.items() if isinstance(value, (bytes, bytearray))]
    assert key.hex() not in repr(session) and repr(key) not in repr(session)
    with session.open(verify=False) as journal:
        assert titles(journal) == ["One", "Two"]


def test_lock_keeps_the_process_lock_and_forgets_the_key(journal_file: Path) -> None:
    encrypted_journal(journal_file)
    session = JournalSession(journal_file)
    session.unlock(PASSPHRASE)
    journal = session.open()
    session.lock()
    assert journal.closed and session.journal is None and not session.unlocked
    assert kept_lock(journal_file) is not None  # no other process may open it meanwhile
    with pytest.raises(JournalError):
        session.open()  # no key: an encrypted file does not open as a plain one
    assert kept_lock(journal_file) is not None
    session.unlock(PASSPHRASE)
    assert titles(session.open(verify=False)) == ["One", "Two"]  # takes the kept lock back
    session.close()
    assert held_here(journal_file) is None


def test_a_locked_window_lets_go_of_its_lock(journal_file: Path) -> None:
    open_journal(journal_file).close()
    session = JournalSession(journal_file)
    session.open()
    session.lock()
    assert kept_lock(journal_file) is not None
    session.release()
    assert held_here(journal_file) is None


def test_a_session_around_an_open_journal_reopens_it_without_the_passphrase(
        journal_file: Path) -> None:
    encrypted_journal(journal_file, ("Kept",))
    journal = JournalSession(journal_file)
    journal.unlock(PASSPHRASE)
    opened = journal.open()
    make_backup(opened, "manual")
    opened.create_entry(title="Later", body="after the backup")
    session = JournalSession.around(opened)
    assert [b.entries for b in session.backups(counted=True)] == [1]
    session.close()
    result = session.restore_latest()
    assert result.restored.entries == 1 and result.before is not None
    with session.open() as again:
        assert titles(again) == ["Kept"]


def test_change_passphrase_through_the_session(journal_file: Path) -> None:
    encrypted_journal(journal_file)
    session = JournalSession(journal_file)
    with pytest.raises(JournalError, match="not unlocked"):
        session.change_passphrase(NEW_PASSPHRASE)
    session.unlock(PASSPHRASE)
    result = session.change_passphrase(NEW_PASSPHRASE)
    assert result.recovery and session.unlocked
    with pytest.raises(PassphraseError):
        unlock(journal_file, PASSPHRASE)
    with session.open() as journal:  # the session holds the new key
        assert titles(journal) == ["One", "Two"]
    recovered = JournalSession(journal_file)
    recovered.unlock_with_recovery(result.recovery)
    with recovered.open() as journal:
        assert titles(journal) == ["One", "Two"]


def test_encrypt_and_decrypt_through_the_session(journal_file: Path) -> None:
    with open_journal(journal_file) as journal:
        write_markers(journal)
    session = JournalSession(journal_file)
    result = session.encrypt(PASSPHRASE)
    assert result.recovery and session.unlocked
    assert marker_hits(journal_file.parent) == []  # no word readable in any file
    with session.open() as journal:
        assert any(MARKERS[2] in s.title for s in journal.iter_entries())
    assert marker_hits(journal_file.parent) == []
    left = session.decrypt()
    assert not left.backups and not session.unlocked
    assert JournalSession(journal_file).probe().kind == PLAIN
    with session.open() as journal:
        assert any(MARKERS[2] in s.title for s in journal.iter_entries())
