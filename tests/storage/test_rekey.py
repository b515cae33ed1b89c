"""Changing the passphrase or the recovery key re-keys the journal: a saved copy of the
old key file with the old passphrase or the old recovery key reads nothing written
afterwards, backups follow the new key, and an interruption leaves one key file that
opens the journal. Also: decrypt never drops a key an encrypted backup still needs."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest

from tests.storage.helpers import PASSPHRASE, backups_dir, rows_of
from trustjournal.paths import keys_path
from trustjournal.storage.database import DriverDatabaseError, connect_file
from trustjournal.storage.errors import PassphraseError
from trustjournal.storage.files import PLAIN_HEADER
from trustjournal.storage.keys import (
    change_passphrase,
    create_encrypted,
    decrypt_journal,
    new_recovery_key,
    open_encrypted,
    unlock,
    unlock_with_recovery,
)
from trustjournal.storage.keyslots import open_passphrase, open_recovery, read_key_file
from trustjournal.storage.rekey import (
    REKEY_STAGES,
    next_keys_path,
    rekey_journal,
    settle_rekey,
)

NEW = "a second sentence to type"
SECRET = "Written after the change"


def reads(path: Path, key: bytes) -> bool:
    try:
        conn = connect_file(path, key)
        try:
            conn.execute("SELECT count(*) FROM entries").fetchone()
        finally:
            conn.close()
    except DriverDatabaseError:
        return False
    return True


def made(journal_file: Path) -> str:
    journal, recovery = create_encrypted(journal_file, PASSPHRASE)
    with journal:
        journal.create_entry(title="Before", body="first words")
        journal.backup(backups_dir(journal_file) / "daily.db")
    return recovery


@pytest.mark.parametrize("how", ["passwd", "passwd-by-recovery", "recovery-key"])
def test_an_old_key_file_copy_reads_nothing_new(journal_file: Path, how: str) -> None:
    recovery = made(journal_file)
    saved = journal_file.parent.parent / "saved.keys"
    shutil.copy(keys_path(journal_file), saved)
    key = (unlock_with_recovery(journal_file, recovery) if how == "passwd-by-recovery"
           else unlock(journal_file, PASSPHRASE))
    if how == "recovery-key":
        result = new_recovery_key(journal_file, key, PASSPHRASE)
        words = PASSPHRASE
    else:
        result = change_passphrase(journal_file, key, NEW)
        words = NEW
    new_key = unlock(journal_file, words)
    with open_encrypted(journal_file, new_key) as journal:
        journal.create_entry(title="After", body=SECRET)
    # What an attacker holding the old key file and the old secrets gets:
    old = read_key_file(saved)
    for old_key in (open_passphrase(old, PASSPHRASE), open_recovery(old, recovery)):
        assert not reads(journal_file, old_key)
        assert not reads(backups_dir(journal_file) / "daily.db", old_key)
    # The backup made under the old key follows the new one.
    assert reads(backups_dir(journal_file) / "daily.db", new_key)
    assert unlock_with_recovery(journal_file, result.recovery) == new_key
    assert read_key_file(keys_path(journal_file)).retired == []
    assert not next_keys_path(journal_file).exists()


@pytest.mark.parametrize("stage", REKEY_STAGES)
def test_interrupted_at_each_stage_one_key_file_opens_it(journal_file: Path,
                                                         stage: str) -> None:
    made(journal_file)
    key = unlock(journal_file, PASSPHRASE)
    rows = rows_of(journal_file, key)
    with pytest.raises(RuntimeError, match=stage):
        rekey_journal(journal_file, key, NEW, fail_at=stage)
    done = REKEY_STAGES.index(stage) >= REKEY_STAGES.index("swap")
    words = NEW if done else PASSPHRASE
    now = unlock(journal_file, words)
    assert (now != key) == done
    assert rows_of(journal_file, now) == rows
    with open_encrypted(journal_file, now) as journal:
        assert journal.count_entries() == 1
    assert reads(backups_dir(journal_file) / "daily.db", now)
    assert not next_keys_path(journal_file).exists()


def test_killed_between_swap_and_commit(journal_file: Path) -> None:
    """As if the power went after the swap: notes.keys.next is the key file that fits,
    and the next read of the key file puts it in place."""
    made(journal_file)
    key = unlock(journal_file, PASSPHRASE)
    from trustjournal.storage import rekey

    real = rekey._settle_locked
    rekey._settle_locked = lambda path: None  # type: ignore[assignment]
    try:
        with pytest.raises(RuntimeError):
            rekey_journal(journal_file, key, NEW, fail_at="swap")
    finally:
        rekey._settle_locked = real  # type: ignore[assignment]
    assert next_keys_path(journal_file).exists()
    new_key = unlock(journal_file, NEW)  # settles first
    assert not next_keys_path(journal_file).exists()
    with open_encrypted(journal_file, new_key) as journal:
        assert journal.count_entries() == 1
        # The backups left under the old key are re-encrypted on this open.
    assert reads(backups_dir(journal_file) / "daily.db", new_key)


def test_a_damaged_old_backup_keeps_its_key_until_it_is_gone(journal_file: Path) -> None:
    made(journal_file)
    folder = backups_dir(journal_file)
    damaged = folder / "weekly-20240101-101010.db"
    data = bytearray((folder / "daily.db").read_bytes())
    data[4096 * 2 : 4096 * 2 + 100] = b"\x00" * 100  # a page its key can no longer verify
    damaged.write_bytes(bytes(data))
    key = unlock(journal_file, PASSPHRASE)
    result = change_passphrase(journal_file, key, NEW)
    assert [p.name for p, _why in result.left] == [damaged.name]
    new_key = unlock(journal_file, NEW)
    keyfile = read_key_file(keys_path(journal_file))
    from trustjournal.storage.keyslots import open_retired

    assert open_retired(keyfile, new_key) == [key]  # kept for that backup only
    damaged.unlink()
    with open_encrypted(journal_file, new_key):
        pass
    assert read_key_file(keys_path(journal_file)).retired == []


@pytest.mark.perf
def test_rekey_time_for_20k_entries(journal_file: Path) -> None:
    """Not a budget: prints the figure (pytest -m perf -s -k 20k)."""
    from trustjournal.storage.bulk import insert_demo

    journal, _ = create_encrypted(journal_file, PASSPHRASE)
    with journal:
        insert_demo(journal, 20_000, 2, seed=1)
    key = unlock(journal_file, PASSPHRASE)
    started = time.monotonic()
    result = change_passphrase(journal_file, key, NEW)
    seconds = time.monotonic() - started
    print(f"\nre-key of 20k entries: {seconds:.1f} s (inside: {result.seconds:.1f} s)")
    with open_encrypted(journal_file, unlock(journal_file, NEW)) as journal:
        assert journal.count_entries() + journal.count_entries(trashed=True) == 20_000


def test_decrypt_keeps_the_key_a_backup_still_needs(journal_file: Path) -> None:
    made(journal_file)
    folder = backups_dir(journal_file)
    damaged = folder / "weekly-20240101-101010.db"
    data = bytearray((folder / "daily.db").read_bytes())
    data[4096 * 2 : 4096 * 2 + 100] = b"\x00" * 100
    damaged.write_bytes(bytes(data))
    key = unlock(journal_file, PASSPHRASE)
    old_keys = keys_path(journal_file).read_bytes()
    left = decrypt_journal(journal_file, key)
    assert [p.name for p, _why in left.backups] == [damaged.name]
    assert "damaged" in left.backups[0][1]
    assert (folder / "daily.db").read_bytes()[:16] == PLAIN_HEADER
    assert not keys_path(journal_file).exists()
    assert left.kept_keys is not None and left.kept_keys.read_bytes() == old_keys
    # The kept key file and the passphrase still open what is left of that backup.
    assert open_passphrase(read_key_file(left.kept_keys), PASSPHRASE) == key


KILL_SCRIPT = """
import os, sys
from pathlib import Path
from trustjournal.storage import convert, keyslots, rekey

keyslots.DEFAULT_KDF = keyslots.KdfParams(1, 64, 1)
def die(stage, fail_at):
    if stage == fail_at:
        os._exit(9)  # no clean-up at all, as if the power went
rekey._reach = convert._reach = die
rekey.rekey_journal(Path(sys.argv[1]), bytes.fromhex(sys.argv[2]), sys.argv[3],
                    fail_at=sys.argv[4])
"""


@pytest.mark.parametrize("stage", REKEY_STAGES)
def test_killed_at_each_stage_the_journal_opens(journal_file: Path, stage: str) -> None:
    import subprocess
    import sys

    made(journal_file)
    key = unlock(journal_file, PASSPHRASE)
    rows = rows_of(journal_file, key)
    result = subprocess.run(
        [sys.executable, "-c", KILL_SCRIPT, str(journal_file), key.hex(), NEW, stage],
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 9, result.stderr
    done = REKEY_STAGES.index(stage) >= REKEY_STAGES.index("swap")
    now = unlock(journal_file, NEW if done else PASSPHRASE)
    with pytest.raises(PassphraseError):
        unlock(journal_file, PASSPHRASE if done else NEW)
    with open_encrypted(journal_file, now) as journal:
        assert journal.count_entries() == 1
    assert rows_of(journal_file, now) == rows
    # After that open, the backup is under the key that opens the journal.
    assert reads(backups_dir(journal_file) / "daily.db", now)
    assert not next_keys_path(journal_file).exists()
    assert not (journal_file.parent / "notes.db.convert").exists()


def test_a_damaged_pending_key_file_is_never_thrown_away_blindly(journal_file: Path) -> None:
    """If notes.keys.next is unreadable and notes.keys does not fit the journal either,
    nothing is removed: one of them may be the only way in."""
    made(journal_file)
    key = unlock(journal_file, PASSPHRASE)
    pending = next_keys_path(journal_file)
    pending.write_text("not a key file")
    unlock(journal_file, PASSPHRASE)  # notes.keys fits the journal: the leftover goes
    assert not pending.exists()
    pending.write_text("not a key file")
    data = bytearray(journal_file.read_bytes())
    data[:16] = bytes(16)  # the journal's salt no longer matches notes.keys
    journal_file.write_bytes(bytes(data))
    settle_rekey(journal_file)
    assert pending.read_text() == "not a key file" and keys_path(journal_file).exists()
    assert unlock(journal_file, PASSPHRASE) == key
