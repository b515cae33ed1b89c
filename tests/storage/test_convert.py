"""Encrypting and decrypting an existing journal: every row survives, and an interruption
at any stage (an exception, or the process killed outright) leaves a journal that opens
with what the user knows."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.storage.conftest import FAST_KDF
from tests.storage.helpers import (
    PASSPHRASE,
    backups_dir,
    marker_hits,
    rows_of,
    write_markers,
)
from trustjournal.paths import building_path, keys_path
from trustjournal.storage import (
    JournalDamagedError,
    JournalError,
    JournalLockedError,
    KeyFileError,
    PassphraseRefusedError,
    open_journal,
)
from trustjournal.storage.bulk import insert_demo
from trustjournal.storage.convert import (
    DECRYPT_STAGES,
    ENCRYPT_STAGES,
    PLAIN_HEADER,
    convert_path,
)
from trustjournal.storage.keys import (
    create_encrypted,
    decrypt_journal,
    encrypt_journal,
    is_encrypted,
    open_encrypted,
    unlock,
    unlock_with_recovery,
)


def plain_journal(journal_file: Path, with_backup: bool = True) -> dict[str, tuple[int, int]]:
    """A plain journal with demo entries, marker entries and an older plain backup."""
    with open_journal(journal_file) as journal:
        insert_demo(journal, 120, 2, seed=3)
        write_markers(journal)
        if with_backup:
            journal.backup(backups_dir(journal_file) / "daily.db")
    return rows_of(journal_file, None)


def encrypted_journal(journal_file: Path) -> tuple[dict[str, tuple[int, int]], bytes]:
    journal, _ = create_encrypted(journal_file, PASSPHRASE)
    with journal:
        insert_demo(journal, 120, 2, seed=3)
        write_markers(journal)
        journal.backup(backups_dir(journal_file) / "daily.db")
    key = unlock(journal_file, PASSPHRASE)
    return rows_of(journal_file, key), key


def reopen_with_what_the_user_knows(journal_file: Path) -> tuple[bool, dict[str, tuple[int, int]]]:
    """Open the journal the way the app would; returns (encrypted, its rows)."""
    if is_encrypted(journal_file):
        key = unlock(journal_file, PASSPHRASE)
        with open_encrypted(journal_file, key) as journal:
            assert journal.integrity_problems() == []
            assert journal.search("Zephyrquill")
        return True, rows_of(journal_file, key)
    with open_journal(journal_file) as journal:
        assert journal.integrity_problems() == []
        assert journal.search("Zephyrquill")
    return False, rows_of(journal_file, None)


def backup_headers(journal_file: Path) -> set[bool]:
    """For each backup: is it plain?"""
    folder = journal_file.parent / "backups"
    return {p.read_bytes()[:16] == PLAIN_HEADER for p in folder.glob("*.db")}


# -- whole conversions -------------------------------------------------------------------


def test_encrypt_keeps_every_row_and_hides_every_word(journal_file: Path) -> None:
    rows = plain_journal(journal_file)
    assert marker_hits(journal_file.parent)  # the test itself can see plain text
    recovery = encrypt_journal(journal_file, PASSPHRASE).recovery
    assert is_encrypted(journal_file)
    encrypted, after = reopen_with_what_the_user_knows(journal_file)
    assert encrypted and after == rows
    assert unlock_with_recovery(journal_file, recovery) == unlock(journal_file, PASSPHRASE)
    assert backup_headers(journal_file) == {False}
    assert marker_hits(journal_file.parent) == []
    assert not convert_path(journal_file).exists()
    backups = sorted(p.name for p in (journal_file.parent / "backups").iterdir())
    assert backups[0] == "before-encrypt-" + backups[0][len("before-encrypt-"):]
    assert "daily.db" in backups


def test_encrypt_removes_a_new_file_a_killed_first_import_left(journal_file: Path) -> None:
    # Not a copy of the journal to encrypt (nor, half-filled, to salvage rows from): it
    # goes, overwritten, like any leftover of interrupted work.
    rows = plain_journal(journal_file)
    building = building_path(journal_file)
    shutil.copyfile(journal_file, building)
    result = encrypt_journal(journal_file, PASSPHRASE)
    assert not building.exists()
    assert not any(building.name in line for line in result.lines(journal_file.parent))
    assert reopen_with_what_the_user_knows(journal_file) == (True, rows)
    assert marker_hits(journal_file.parent) == []


def test_decrypt_keeps_every_row(journal_file: Path) -> None:
    rows, key = encrypted_journal(journal_file)
    decrypt_journal(journal_file, key)
    assert not is_encrypted(journal_file)
    assert not keys_path(journal_file).exists()
    encrypted, after = reopen_with_what_the_user_knows(journal_file)
    assert not encrypted and after == rows
    assert backup_headers(journal_file) == {True}  # they would be unreadable without keys


def test_round_trip_twice(journal_file: Path) -> None:
    rows = plain_journal(journal_file)
    for _ in range(2):
        encrypt_journal(journal_file, PASSPHRASE)
        decrypt_journal(journal_file, unlock(journal_file, PASSPHRASE))
    assert reopen_with_what_the_user_knows(journal_file) == (False, rows)


# -- interrupted ---------------------------------------------------------------------------


@pytest.mark.parametrize("stage", ENCRYPT_STAGES)
def test_encrypt_interrupted_at_each_stage(journal_file: Path, stage: str) -> None:
    rows = plain_journal(journal_file)
    with pytest.raises(RuntimeError, match=stage):
        encrypt_journal(journal_file, PASSPHRASE, fail_at=stage)
    assert not convert_path(journal_file).exists()
    encrypted, after = reopen_with_what_the_user_knows(journal_file)
    assert after == rows
    assert encrypted == (ENCRYPT_STAGES.index(stage) >= ENCRYPT_STAGES.index("swap"))
    if encrypted:
        # Opening finished the work: no plain copy is left in the folder.
        assert backup_headers(journal_file) == {False}
        assert marker_hits(journal_file.parent) == []
    else:
        encrypt_journal(journal_file, PASSPHRASE)  # trying again just works
        assert reopen_with_what_the_user_knows(journal_file) == (True, rows)
        assert marker_hits(journal_file.parent) == []


@pytest.mark.parametrize("stage", DECRYPT_STAGES)
def test_decrypt_interrupted_at_each_stage(journal_file: Path, stage: str) -> None:
    rows, key = encrypted_journal(journal_file)
    with pytest.raises(RuntimeError, match=stage):
        decrypt_journal(journal_file, key, fail_at=stage)
    assert not convert_path(journal_file).exists()
    encrypted, after = reopen_with_what_the_user_knows(journal_file)
    assert after == rows
    assert encrypted == (DECRYPT_STAGES.index(stage) < DECRYPT_STAGES.index("swap"))
    if encrypted:
        assert marker_hits(journal_file.parent) == []
    if stage == "keys":  # the last stage: all was done
        with pytest.raises(JournalError, match="not encrypted"):
            decrypt_journal(journal_file, key)
    else:
        decrypt_journal(journal_file, key)  # again, or to finish: both work
    assert reopen_with_what_the_user_knows(journal_file) == (False, rows)
    assert not keys_path(journal_file).exists()
    assert backup_headers(journal_file) == {True}


KILL_SCRIPT = """
import os, sys
from pathlib import Path
from trustjournal.storage import convert, keyslots
from trustjournal.storage.keys import decrypt_journal, encrypt_journal

keyslots.DEFAULT_KDF = keyslots.KdfParams({t}, {m}, {p})
def die(stage, fail_at):
    if stage == fail_at:
        os._exit(9)  # no clean-up at all, as if the power went
convert._reach = die
path, action, stage = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
if action == "encrypt":
    encrypt_journal(path, {passphrase!r}, fail_at=stage)
else:
    decrypt_journal(path, bytes.fromhex(sys.argv[4]), fail_at=stage)
"""


def _kill_at(journal_file: Path, action: str, stage: str, key: bytes = b"") -> None:
    script = textwrap.dedent(KILL_SCRIPT).format(
        t=FAST_KDF.time_cost, m=FAST_KDF.memory_cost, p=FAST_KDF.parallelism,
        passphrase=PASSPHRASE,
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(journal_file), action, stage, key.hex()],
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 9, result.stderr


@pytest.mark.parametrize("stage", ENCRYPT_STAGES)
def test_encrypt_killed_at_each_stage(journal_file: Path, stage: str) -> None:
    rows = plain_journal(journal_file)
    _kill_at(journal_file, "encrypt", stage)
    encrypted, after = reopen_with_what_the_user_knows(journal_file)
    assert after == rows
    if encrypted:
        assert marker_hits(journal_file.parent) == []
    else:
        encrypt_journal(journal_file, PASSPHRASE)
        assert reopen_with_what_the_user_knows(journal_file) == (True, rows)
    assert marker_hits(journal_file.parent) == []
    assert not convert_path(journal_file).exists()


@pytest.mark.parametrize("stage", DECRYPT_STAGES)
def test_decrypt_killed_at_each_stage(journal_file: Path, stage: str) -> None:
    rows, key = encrypted_journal(journal_file)
    _kill_at(journal_file, "decrypt", stage, key)
    encrypted, after = reopen_with_what_the_user_knows(journal_file)
    assert after == rows
    if encrypted:
        # The plain copy a killed run left behind is gone once the journal is opened.
        assert not convert_path(journal_file).exists()
        assert marker_hits(journal_file.parent) == []
    if keys_path(journal_file).exists():
        decrypt_journal(journal_file, key)
    assert reopen_with_what_the_user_knows(journal_file) == (False, rows)
    assert not convert_path(journal_file).exists()


def test_encrypting_after_an_unfinished_decrypt_keeps_the_old_key_file(
    journal_file: Path,
) -> None:
    rows, key = encrypted_journal(journal_file)
    old_keys = keys_path(journal_file).read_bytes()
    with pytest.raises(RuntimeError):
        decrypt_journal(journal_file, key, fail_at="swap")
    assert not is_encrypted(journal_file)
    encrypt_journal(journal_file, "a different sentence")
    kept = list((journal_file.parent / "backups").glob("before-encrypt-*.keys"))
    assert [p.read_bytes() for p in kept] == [old_keys]
    new_key = unlock(journal_file, "a different sentence")
    assert rows_of(journal_file, new_key) == rows


# -- refusals ------------------------------------------------------------------------------


def test_refuses_while_the_journal_is_open(journal_file: Path) -> None:
    plain_journal(journal_file, with_backup=False)
    with open_journal(journal_file):
        before = journal_file.read_bytes()
        with pytest.raises(JournalLockedError):
            encrypt_journal(journal_file, PASSPHRASE)
        assert journal_file.read_bytes() == before
    assert not keys_path(journal_file).exists()


def test_refusals_change_nothing(journal_file: Path, tmp_path: Path) -> None:
    with pytest.raises(JournalError, match="no journal"):
        encrypt_journal(tmp_path / "nothing.db", PASSPHRASE)
    plain_journal(journal_file, with_backup=False)
    before = journal_file.read_bytes()
    with pytest.raises(PassphraseRefusedError):
        encrypt_journal(journal_file, "")
    with pytest.raises(ValueError, match="fail_at"):
        encrypt_journal(journal_file, PASSPHRASE, fail_at="halfway")
    with pytest.raises(JournalError, match="not encrypted"):
        decrypt_journal(journal_file, bytes(32))
    assert journal_file.read_bytes() == before
    encrypt_journal(journal_file, PASSPHRASE)
    with pytest.raises(JournalError, match="already encrypted"):
        encrypt_journal(journal_file, PASSPHRASE)
    encrypted = journal_file.read_bytes()
    with pytest.raises(KeyFileError, match="does not belong"):
        decrypt_journal(journal_file, bytes(32))
    assert journal_file.read_bytes() == encrypted


def test_a_damaged_journal_is_not_converted(journal_file: Path) -> None:
    plain_journal(journal_file, with_backup=False)
    data = bytearray(journal_file.read_bytes())
    page = 4096
    data[page * 3 : page * 3 + 200] = b"\xff" * 200
    journal_file.write_bytes(bytes(data))
    with pytest.raises(JournalDamagedError):
        encrypt_journal(journal_file, PASSPHRASE)
    assert journal_file.read_bytes() == bytes(data)
    assert not keys_path(journal_file).exists()
