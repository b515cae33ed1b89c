"""Everything the app writes into the data folder is the user's alone: files 0600,
folders 0700 — the journal, its WAL and shared-memory index while it is open, the lock,
the key slots, backups (daily, before an upgrade, before a conversion), and whatever an
interrupted conversion leaves behind. The recovery key saved from the window is 0600 too.
(There is no export feature yet; when there is, its files belong here.)

Already covered elsewhere, and not repeated: a plain journal open with its side files
(tests/storage/test_journal.py::test_files_and_folder_are_private), a single backup
(…::test_backup_is_a_complete_private_copy), and an encrypted folder after a backup and
a passphrase change, checked once closed (tests/storage/test_keys.py::
test_files_are_private). This file adds the open encrypted journal, conversions, every
interrupted conversion stage, the upgrade backup, and the recovery-key file — each under
the usual umask and under an empty one, so privacy never rests on the umask (only
`trustjournal.app.main` sets one; the library is also used without it).

On a system without POSIX permissions (Windows) the modes are not checked; the same
steps still run, and the files they should create are checked to exist.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from trustjournal.paths import ensure_private_dir
from trustjournal.storage import keyslots, open_journal
from trustjournal.storage.convert import DECRYPT_STAGES, ENCRYPT_STAGES, convert_path
from trustjournal.storage.keys import (
    change_passphrase,
    create_encrypted,
    decrypt_journal,
    encrypt_journal,
    is_encrypted,
    new_recovery_key,
    open_encrypted,
    unlock,
)

POSIX = os.name == "posix"
PASSPHRASE = "orchard lantern quiet harbour"


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keyslots, "DEFAULT_KDF", keyslots.KdfParams(1, 64, 1))


@pytest.fixture(params=[0o022, 0o000], ids=["umask-022", "umask-000"])
def umask(request: pytest.FixtureRequest) -> Iterator[int]:
    """The process umask for the test: the common one, and none at all."""
    old = os.umask(request.param)
    try:
        yield request.param
    finally:
        os.umask(old)


def not_private(folder: Path) -> list[str]:
    """Every file under folder not 0600 and every folder (itself included) not 0700."""
    wrong = []
    for path in [folder, *sorted(folder.rglob("*"))]:
        mode = stat.S_IMODE(path.lstat().st_mode)
        want = 0o700 if path.is_dir() else 0o600
        if mode != want:
            wrong.append(f"{path.relative_to(folder.parent)}: {oct(mode)}, want {oct(want)}")
    return wrong


def assert_private(folder: Path, *expected: str) -> None:
    """The named files exist (relative to folder), and everything is private."""
    missing = [name for name in expected if not (folder / name).exists()]
    assert missing == [], f"missing: {missing}; present: {names(folder)}"
    if POSIX:
        assert not_private(folder) == []


def names(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def write(journal, n: int, label: str) -> None:  # type: ignore[no-untyped-def]
    for i in range(n):
        journal.create_entry(title=f"{label} {i}", body=f"Private words {label} {i}.")


def test_an_encrypted_journal_through_its_life(journal_file: Path, umask: int) -> None:
    folder = journal_file.parent
    backups = folder / "backups"

    journal, _ = create_encrypted(journal_file, PASSPHRASE)
    with journal:
        write(journal, 5, "first")
        # Open and written to: the WAL, its index and the lock file exist beside it.
        assert_private(folder, "notes.db", "notes.db-wal", "notes.db-shm", "notes.db.lock",
                       "notes.keys")
        journal.backup(ensure_private_dir(backups) / "daily.db")
        write(journal, 2, "after backup")
        assert_private(folder, "notes.db-wal", "backups/daily.db")
    assert_private(folder, "notes.db", "notes.keys", "backups/daily.db")

    key = unlock(journal_file, PASSPHRASE)
    change_passphrase(journal_file, key, "a second good passphrase")
    key = unlock(journal_file, "a second good passphrase")
    new_recovery_key(journal_file, key, "a second good passphrase")
    key = unlock(journal_file, "a second good passphrase")
    assert_private(folder, "notes.db", "notes.keys", "backups/daily.db")

    # Remove the encryption, write plain, then encrypt again.
    decrypt_journal(journal_file, key)
    assert not is_encrypted(journal_file)
    assert list(backups.glob("before-decrypt-*.db"))
    assert_private(folder, "notes.db", "backups/daily.db")
    with open_journal(journal_file) as plain:
        write(plain, 3, "plain")
        assert_private(folder, "notes.db-wal", "notes.db-shm", "notes.db.lock")
    encrypt_journal(journal_file, PASSPHRASE)
    assert is_encrypted(journal_file)
    assert list(backups.glob("before-encrypt-*.db"))
    assert_private(folder, "notes.db", "notes.keys")

    with open_encrypted(journal_file, unlock(journal_file, PASSPHRASE)) as again:
        write(again, 2, "again")
        assert again.count_entries() == 12
        assert_private(folder, "notes.db-wal", "notes.db-shm", "notes.keys")
    assert_private(folder, "notes.db", "notes.keys")
    print(f"\nprivate (umask {umask:03o}): {names(folder)}")


def test_conversions_keep_every_file_private_at_every_stage(
    journal_file: Path, umask: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The folder is looked at after each stage of an encryption and a decryption: what
    a conversion stopped right there (an error, a crash, the power going) would leave,
    the half-made copy included, is private."""
    from trustjournal.storage import convert

    folder = journal_file.parent
    seen: list[tuple[str, list[str], list[str]]] = []
    real_reach = convert._reach

    def look(stage: str, fail_at: str | None) -> None:
        seen.append((stage, names(folder), not_private(folder) if POSIX else []))
        real_reach(stage, fail_at)

    monkeypatch.setattr(convert, "_reach", look)
    with open_journal(journal_file) as journal:
        write(journal, 4, "plain")
        journal.backup(ensure_private_dir(folder / "backups") / "daily.db")
    encrypt_journal(journal_file, PASSPHRASE)
    assert [stage for stage, _, _ in seen] == list(ENCRYPT_STAGES)
    decrypt_journal(journal_file, unlock(journal_file, PASSPHRASE))
    assert [stage for stage, _, _ in seen] == list(ENCRYPT_STAGES) + list(DECRYPT_STAGES)

    for stage, _present, wrong in seen:
        assert wrong == [], f"after {stage!r}: {wrong}"
    # The stages were looked at while the half-made copy existed.
    assert any(convert_path(journal_file).name in present for _, present, _ in seen)
    assert_private(folder, "notes.db", "backups/daily.db")
    assert list((folder / "backups").glob("before-encrypt-*.db"))
    assert list((folder / "backups").glob("before-decrypt-*.db"))


def test_the_backup_before_an_upgrade_is_private(journal_file: Path, umask: int) -> None:
    from alembic import command

    from trustjournal.storage import migrate
    from trustjournal.storage.database import create_journal_engine, create_private_file

    oldest = migrate.known_revisions()[-1]
    assert oldest != migrate.HEAD
    ensure_private_dir(journal_file.parent)
    create_private_file(journal_file)
    engine = create_journal_engine(journal_file)
    with engine.begin() as conn:
        conn.exec_driver_sql("PRAGMA application_id=0x544A524E")
        config = migrate.alembic_config()
        config.attributes["connection"] = conn
        command.upgrade(config, oldest)
        conn.exec_driver_sql(
            "INSERT INTO entries (uuid, title, body, local_date, created_utc, updated_utc) "
            "VALUES ('0b8c3a52-5c3e-4a39-9d55-0d3a9a4f7e11', 'Old', 'written long ago', "
            "'2020-02-02', '2020-02-02 10:00:00.000000', '2020-02-02 10:00:00.000000')"
        )
    engine.dispose()
    with open_journal(journal_file) as journal:
        assert journal.count_entries() == 1
    upgrade_backups = list((journal_file.parent / "backups").glob("before-upgrade-*.db"))
    assert len(upgrade_backups) == 1
    assert_private(journal_file.parent, "notes.db", f"backups/{upgrade_backups[0].name}")


# -- the recovery key, saved from the window ---------------------------------------------


def _saved_key_mode(qtbot, path: Path) -> int:  # type: ignore[no-untyped-def]
    from trustjournal.gui.access import RecoveryKeyView

    view = RecoveryKeyView("ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789")
    qtbot.addWidget(view)
    assert view.save_to_file(str(path))
    assert "ABCD-EFGH" in path.read_text(encoding="utf-8")
    return stat.S_IMODE(path.stat().st_mode)


def test_a_saved_recovery_key_is_private(qtbot, tmp_path: Path, umask: int) -> None:
    mode = _saved_key_mode(qtbot, tmp_path / "trustjournal-recovery-key.txt")
    if POSIX:
        assert mode == 0o600, oct(mode)


@pytest.mark.skipif(not POSIX, reason="POSIX permissions")
def test_a_recovery_key_saved_over_an_existing_file_is_private(
    qtbot, tmp_path: Path, umask: int
) -> None:
    path = tmp_path / "trustjournal-recovery-key.txt"
    path.write_text("an older file\n", encoding="utf-8")
    path.chmod(0o644)
    mode = _saved_key_mode(qtbot, path)
    assert mode == 0o600, oct(mode)
