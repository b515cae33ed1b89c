"""Encrypted journals: key slots, unlocking, passphrase and recovery-key changes, and the
promise that a failed attempt never changes a byte on disk."""

from __future__ import annotations

import json
import os
import shutil
import stat
import sys
import time
import unicodedata
from pathlib import Path

import pytest

from tests.storage.helpers import (
    MARKERS,
    PASSPHRASE,
    backups_dir,
    file_hashes,
    marker_hits,
    rows_of,
    write_markers,
)
from trustjournal.paths import keys_path
from trustjournal.storage import (
    JournalDamagedError,
    JournalError,
    JournalLockedError,
    KeyFileError,
    PassphraseError,
    PassphraseRefusedError,
    keyslots,
    open_journal,
)
from trustjournal.storage.keys import (
    change_passphrase,
    check_key_file,
    create_encrypted,
    is_encrypted,
    new_recovery_key,
    open_encrypted,
    unlock,
    unlock_with_recovery,
)

CROCKFORD = set("0123456789ABCDEFGHJKMNPQRSTVWXYZ")


def make(journal_file: Path, passphrase: str = PASSPHRASE, entries: int = 3) -> str:
    """A closed encrypted journal with a few entries; returns its recovery key."""
    journal, recovery = create_encrypted(journal_file, passphrase)
    with journal:
        for i in range(entries):
            journal.create_entry(title=f"entry {i}", body=f"text number {i}")
    return recovery


def test_create_unlock_and_search(journal_file: Path) -> None:
    journal, recovery = create_encrypted(journal_file, PASSPHRASE)
    with journal:
        journal.create_entry(title="Morning", body="We talked about the lighthouse calmly.")
        journal.create_entry(title="Evening", body="Nothing special.")
        assert [h.entry.title for h in journal.search("lighthouse")] == ["Morning"]
    assert is_encrypted(journal_file)
    assert journal_file.read_bytes()[:16] != b"SQLite format 3\x00"
    groups = recovery.split("-")
    assert len(groups) == 8 and all(len(g) == 4 and set(g) <= CROCKFORD for g in groups)

    key = unlock(journal_file, PASSPHRASE)
    assert len(key) == 32
    with open_encrypted(journal_file, key) as again:
        assert again.count_entries() == 2
        hits = again.search("lighthouse")
        assert [h.entry.title for h in hits] == ["Morning"]
        assert again.integrity_problems() == []
    # Without the key the file is not a database at all.
    with pytest.raises(JournalError):
        open_journal(journal_file, create=False)


def test_is_encrypted_reads_only_the_header(tmp_path: Path, journal_file: Path) -> None:
    assert not is_encrypted(tmp_path / "missing.db")
    with open_journal(journal_file) as journal:
        journal.create_entry(body="plain")
    assert not is_encrypted(journal_file)
    encrypted = tmp_path / "enc" / "notes.db"
    make(encrypted)
    before = file_hashes(encrypted.parent), file_hashes(journal_file.parent)
    assert is_encrypted(encrypted)
    assert (file_hashes(encrypted.parent), file_hashes(journal_file.parent)) == before
    # An empty file with a key file beside it (a creation that stopped early) needs a key.
    empty = tmp_path / "empty" / "notes.db"
    empty.parent.mkdir()
    empty.touch()
    assert not is_encrypted(empty)
    keys_path(empty).write_text("{}")
    assert is_encrypted(empty)


def test_files_are_private(journal_file: Path) -> None:
    journal, _ = create_encrypted(journal_file, PASSPHRASE)
    with journal:
        journal.create_entry(body="x")
        journal.backup(backups_dir(journal_file) / "copy.db")
    change_passphrase(journal_file, unlock(journal_file, PASSPHRASE), "another good one")
    folder = journal_file.parent
    for path in [folder, *folder.rglob("*")]:
        mode = stat.S_IMODE(path.stat().st_mode)
        if sys.platform != "win32":
            assert mode == (0o700 if path.is_dir() else 0o600), f"{path.name}: {oct(mode)}"


def test_wrong_passphrase_100_times_changes_nothing(journal_file: Path) -> None:
    make(journal_file)
    # Keep the journal open with fresh writes so a WAL and its index exist beside it.
    key = unlock(journal_file, PASSPHRASE)
    journal = open_encrypted(journal_file, key)
    try:
        journal.create_entry(body="still in the write-ahead log")
        assert (journal_file.parent / "notes.db-wal").stat().st_size > 0
        before = file_hashes(journal_file.parent)
        assert {"notes.db", "notes.db-wal", "notes.keys"} <= set(before)
        unchanged = 0
        wrong = [f"wrong {i}" for i in range(97)] + ["", PASSPHRASE.upper(), PASSPHRASE + " "]
        for attempt in wrong:
            with pytest.raises(PassphraseError) as caught:
                unlock(journal_file, attempt)
            assert attempt == "" or attempt not in str(caught.value)
            if file_hashes(journal_file.parent) == before:
                unchanged += 1
        assert unchanged == 100
        assert len(wrong) == 100
        print(f"\nwrong passphrase: 100 attempts, files unchanged after {unchanged}/100")
    finally:
        journal.close()


def test_wrong_recovery_keys_change_nothing(journal_file: Path) -> None:
    recovery = make(journal_file)
    before = file_hashes(journal_file.parent)
    other = keyslots.format_recovery(bytes(20))
    for attempt in (other, recovery[:-1] + ("0" if recovery[-1] != "0" else "1"), "", "hello"):
        with pytest.raises(PassphraseError):
            unlock_with_recovery(journal_file, attempt)
    assert file_hashes(journal_file.parent) == before


def test_recovery_key_as_people_type_it(journal_file: Path) -> None:
    recovery = make(journal_file)
    key = unlock(journal_file, PASSPHRASE)
    typed = [
        recovery,
        recovery.lower(),
        recovery.replace("-", " "),
        recovery.replace("-", ""),
        "  " + recovery.replace("-", " - ").lower() + "\n",
        recovery.replace("0", "O").replace("1", "l"),
    ]
    for text in typed:
        assert unlock_with_recovery(journal_file, text) == key
    with pytest.raises(PassphraseError, match="groups of four"):
        unlock_with_recovery(journal_file, recovery[:-5])
    with pytest.raises(PassphraseError, match="groups of four"):
        unlock_with_recovery(journal_file, recovery.replace(recovery[0], "U", 1))


def test_change_passphrase_rekeys_the_journal(journal_file: Path) -> None:
    recovery = make(journal_file)
    key = unlock(journal_file, PASSPHRASE)
    rows = rows_of(journal_file, key)
    result = change_passphrase(journal_file, key, "a brand new sentence")
    with pytest.raises(PassphraseError):
        unlock(journal_file, PASSPHRASE)
    new_key = unlock(journal_file, "a brand new sentence")
    assert new_key != key and len(new_key) == 32
    assert rows_of(journal_file, new_key) == rows
    # The recovery key had to change with the key: the new one opens, the old does not.
    assert unlock_with_recovery(journal_file, result.recovery) == new_key
    with pytest.raises(PassphraseError):
        unlock_with_recovery(journal_file, recovery)
    with open_encrypted(journal_file, new_key) as journal:
        assert journal.count_entries() == 3
    leftovers = [p.name for p in journal_file.parent.iterdir()
                 if p.name.endswith((".tmp", ".next", ".convert"))]
    assert leftovers == []


def test_forgot_passphrase_flow(journal_file: Path) -> None:
    recovery = make(journal_file)
    key = unlock_with_recovery(journal_file, recovery.lower())
    result = change_passphrase(journal_file, key, "remembered this time")
    assert unlock(journal_file, "remembered this time") == unlock_with_recovery(
        journal_file, result.recovery)


def test_new_recovery_key_retires_the_old_one(journal_file: Path) -> None:
    old = make(journal_file)
    key = unlock(journal_file, PASSPHRASE)
    new = new_recovery_key(journal_file, key, PASSPHRASE).recovery
    assert new != old
    with pytest.raises(PassphraseError):
        unlock_with_recovery(journal_file, old)
    new_key = unlock_with_recovery(journal_file, new)
    assert new_key != key
    assert unlock(journal_file, PASSPHRASE) == new_key


def test_a_key_that_is_not_this_journals_changes_nothing(journal_file: Path) -> None:
    make(journal_file)
    before = file_hashes(journal_file.parent)
    stranger = os.urandom(32)
    with pytest.raises(KeyFileError, match="does not belong"):
        change_passphrase(journal_file, stranger, "any new words")
    with pytest.raises(KeyFileError, match="does not belong"):
        new_recovery_key(journal_file, stranger, PASSPHRASE)
    with pytest.raises(KeyFileError, match="does not belong"):
        open_encrypted(journal_file, stranger)
    assert file_hashes(journal_file.parent) == before


@pytest.mark.parametrize(
    "passphrase",
    [
        "x" * 10_000,
        "Grüße aus Köln, Straße 5",
        "пароль для дневника",
        "日本語のパスフレーズ",
        "emoji 🌱🔒 garden",
        "  spaces around  ",
    ],
    ids=["10000-chars", "german", "russian", "japanese", "emoji", "spaces"],
)
def test_unusual_passphrases_round_trip(journal_file: Path, passphrase: str) -> None:
    make(journal_file, passphrase, entries=1)
    key = unlock(journal_file, passphrase)
    with open_encrypted(journal_file, key) as journal:
        assert journal.count_entries() == 1
    with pytest.raises(PassphraseError):
        unlock(journal_file, passphrase.strip() + "?")


def test_passphrases_are_nfc_normalised(journal_file: Path) -> None:
    composed = unicodedata.normalize("NFC", "Crème brûlée für Zoë")
    decomposed = unicodedata.normalize("NFD", composed)
    assert composed != decomposed
    make(journal_file, decomposed, entries=1)
    assert unlock(journal_file, composed) == unlock(journal_file, decomposed)


@pytest.mark.parametrize("empty", ["", " ", "\t\n"])
def test_empty_new_passphrases_are_refused(journal_file: Path, empty: str) -> None:
    with pytest.raises(PassphraseRefusedError, match="cannot be empty"):
        create_encrypted(journal_file, empty)
    assert not journal_file.exists() and not keys_path(journal_file).exists()
    make(journal_file)
    key = unlock(journal_file, PASSPHRASE)
    before = file_hashes(journal_file.parent)
    with pytest.raises(PassphraseRefusedError):
        change_passphrase(journal_file, key, empty)
    assert file_hashes(journal_file.parent) == before


def test_create_refuses_to_overwrite(journal_file: Path) -> None:
    make(journal_file)
    before = file_hashes(journal_file.parent)
    with pytest.raises(JournalError, match="already a journal"):
        create_encrypted(journal_file, "other words here")
    journal_file.unlink()
    with pytest.raises(KeyFileError, match="already a key file"):
        create_encrypted(journal_file, "other words here")
    del before["notes.db"]
    assert file_hashes(journal_file.parent) == before


# -- damaged, missing and foreign key files --------------------------------------------


def test_missing_key_file(journal_file: Path) -> None:
    make(journal_file)
    keys_path(journal_file).unlink()
    before = file_hashes(journal_file.parent)
    assert is_encrypted(journal_file)
    for attempt in (
        lambda: check_key_file(journal_file),
        lambda: unlock(journal_file, PASSPHRASE),
        lambda: unlock_with_recovery(journal_file, "0000-0000"),
        lambda: open_encrypted(journal_file, os.urandom(32)),
    ):
        with pytest.raises(KeyFileError) as caught:
            attempt()
        message = str(caught.value)
        assert "notes.keys" in message and "Nothing has been changed" in message
    assert file_hashes(journal_file.parent) == before


def _damage(text: str) -> list[str]:
    data = json.loads(text)
    slot = data["slots"]["passphrase"]
    variants = [
        "",
        "not json at all",
        text[: len(text) // 2],
        "\x00\xff" * 40,
        json.dumps([1, 2, 3]),
        json.dumps({**data, "format": "something-else"}),
        json.dumps({**data, "journal_id": "zz"}),
        json.dumps({**data, "slots": "none"}),
    ]
    for field, value in [
        ("salt", "***"),
        ("nonce", "AAAA"),
        ("memory_cost", 2**40),
        ("time_cost", 0),
        ("parallelism", "2"),
        ("kdf", "md5"),
        ("cipher", "rot13"),
    ]:
        variants.append(
            json.dumps({**data, "slots": {**data["slots"], "passphrase": {**slot, field: value}}})
        )
    return variants


def test_damaged_key_files_get_a_clear_message(journal_file: Path) -> None:
    make(journal_file)
    keys = keys_path(journal_file)
    original = keys.read_text()
    for damaged in _damage(original):
        keys.write_text(damaged)
        before = file_hashes(journal_file.parent)
        with pytest.raises(KeyFileError, match=r"damaged|newer") as caught:
            unlock(journal_file, PASSPHRASE)
        assert PASSPHRASE not in str(caught.value)
        assert file_hashes(journal_file.parent) == before
    keys.write_text(json.dumps({**json.loads(original), "version": 99}))
    with pytest.raises(KeyFileError, match="newer version"):
        unlock(journal_file, PASSPHRASE)
    keys.write_text(original)
    assert len(unlock(journal_file, PASSPHRASE)) == 32


def test_a_tampered_slot_is_not_accepted(journal_file: Path) -> None:
    """Weaker settings or another journal's id in a slot break its seal: no key comes out."""
    make(journal_file)
    keys = keys_path(journal_file)
    data = json.loads(keys.read_text())
    slot = data["slots"]["passphrase"]
    for edited in (
        {**data, "slots": {**data["slots"], "passphrase": {**slot, "time_cost": 2}}},
        {**data, "journal_id": "0" * 32},
    ):
        keys.write_text(json.dumps(edited))
        with pytest.raises((PassphraseError, KeyFileError)):
            unlock(journal_file, PASSPHRASE)


def test_key_file_from_another_journal(tmp_path: Path, journal_file: Path) -> None:
    make(journal_file)
    other = tmp_path / "other" / "notes.db"
    make(other, "the other passphrase")
    mine = keys_path(journal_file).read_bytes()
    shutil.copy(keys_path(other), keys_path(journal_file))
    before = file_hashes(journal_file.parent)

    with pytest.raises(KeyFileError, match="another journal"):
        check_key_file(journal_file)
    # Our passphrase does not fit the stranger's slot: said as a foreign key file.
    with pytest.raises(KeyFileError, match="another journal"):
        unlock(journal_file, PASSPHRASE)
    # Theirs fits, but the key it unwraps does not open our file.
    stranger_key = unlock(journal_file, "the other passphrase")
    for _ in range(5):
        with pytest.raises(KeyFileError, match="another journal"):
            open_encrypted(journal_file, stranger_key)
    assert file_hashes(journal_file.parent) == before

    keys_path(journal_file).write_bytes(mine)
    with open_encrypted(journal_file, unlock(journal_file, PASSPHRASE)) as journal:
        assert journal.count_entries() == 3


def test_damaged_journal_with_its_own_key_file(journal_file: Path) -> None:
    make(journal_file)
    key = unlock(journal_file, PASSPHRASE)
    data = bytearray(journal_file.read_bytes())
    data[100:400] = bytes(300)  # page 1 after SQLCipher's salt
    journal_file.write_bytes(bytes(data))
    before = file_hashes(journal_file.parent)
    with pytest.raises(JournalDamagedError, match="damaged"):
        open_encrypted(journal_file, key)
    assert file_hashes(journal_file.parent) == before


def test_open_encrypted_refuses_a_plain_file(journal_file: Path) -> None:
    make(journal_file)
    key = unlock(journal_file, PASSPHRASE)
    plain = journal_file.with_name("plain.db")
    with open_journal(plain) as journal:
        journal.create_entry(body="x")
    shutil.copy(keys_path(journal_file), keys_path(plain))
    with pytest.raises(JournalError, match="not encrypted"):
        open_encrypted(plain, key)


# -- nothing readable on disk ----------------------------------------------------------


def test_marker_words_never_reach_the_disk(journal_file: Path) -> None:
    journal, _ = create_encrypted(journal_file, PASSPHRASE)
    try:
        write_markers(journal)
        assert journal.search(MARKERS[2])  # the index holds them, encrypted
        journal.backup(backups_dir(journal_file) / "daily.db")
        open_hits = marker_hits(journal_file.parent)  # WAL and its index present
        assert (journal_file.parent / "notes.db-wal").exists()
    finally:
        journal.close()
    closed_hits = marker_hits(journal_file.parent)
    names = sorted(p.name for p in journal_file.parent.rglob("*") if p.is_file())
    print(f"\nmarker words found in {names} (open, then closed): {len(open_hits)}, "
          f"{len(closed_hits)}")
    assert open_hits == [] and closed_hits == []
    # …and they are really there, behind the key.
    key = unlock(journal_file, PASSPHRASE)
    with open_encrypted(journal_file, key) as journal:
        assert {h.entry.title for h in journal.search(MARKERS[3])} == {f"About {MARKERS[3]}"}


def test_backups_of_an_encrypted_journal_are_encrypted(journal_file: Path) -> None:
    journal, _ = create_encrypted(journal_file, PASSPHRASE)
    with journal:
        write_markers(journal)
        copy = journal.backup(backups_dir(journal_file) / "copy.db")
    data = copy.read_bytes()
    assert not data.startswith(b"SQLite format 3")
    assert marker_hits(copy.parent) == []
    key = unlock(journal_file, PASSPHRASE)
    assert rows_of(copy, key) == rows_of(journal_file, key)


def test_real_argon2_settings_are_stored_and_used(journal_file: Path, real_kdf) -> None:  # type: ignore[no-untyped-def]
    make(journal_file, entries=0)
    slot = json.loads(keys_path(journal_file).read_text())["slots"]["passphrase"]
    assert (slot["time_cost"], slot["memory_cost"], slot["parallelism"]) == (
        real_kdf.time_cost,
        real_kdf.memory_cost,
        real_kdf.parallelism,
    )
    started = time.perf_counter()
    key = unlock(journal_file, PASSPHRASE)
    seconds = time.perf_counter() - started
    print(f"\nunlock with {real_kdf}: {seconds:.3f} s")
    assert len(key) == 32


@pytest.mark.long
def test_wrong_passphrase_100_times_with_real_settings(journal_file: Path, real_kdf) -> None:  # type: ignore[no-untyped-def]
    make(journal_file)
    before = file_hashes(journal_file.parent)
    unchanged = 0
    started = time.perf_counter()
    for i in range(100):
        with pytest.raises(PassphraseError):
            unlock(journal_file, f"wrong {i}")
        unchanged += file_hashes(journal_file.parent) == before
    seconds = time.perf_counter() - started
    print(f"\nreal settings: 100 wrong attempts in {seconds:.1f} s "
          f"({seconds / 100:.3f} s each); files unchanged {unchanged}/100")
    assert unchanged == 100


def test_the_backup_before_an_upgrade_is_encrypted(journal_file: Path) -> None:
    """An encrypted journal made by an older schema: upgrading it backs it up, keyed."""
    from alembic import command

    from trustjournal.paths import ensure_private_dir
    from trustjournal.storage import migrate
    from trustjournal.storage.database import create_journal_engine, create_private_file

    oldest = migrate.known_revisions()[-1]
    assert oldest != migrate.HEAD
    ensure_private_dir(journal_file.parent)
    key = keyslots.new_key()
    keyfile = keyslots.new_key_file(key)
    keyslots.set_passphrase(keyfile, key, PASSPHRASE)
    keyslots.write_key_file(keys_path(journal_file), keyfile)
    create_private_file(journal_file)
    engine = create_journal_engine(journal_file, key)
    with engine.begin() as conn:
        conn.exec_driver_sql("PRAGMA application_id=0x544A524E")
        config = migrate.alembic_config()
        config.attributes["connection"] = conn
        command.upgrade(config, oldest)
        conn.exec_driver_sql(
            "INSERT INTO entries (uuid, title, body, local_date, created_utc, updated_utc) "
            f"VALUES ('0b8c3a52-5c3e-4a39-9d55-0d3a9a4f7e11', 'Old', '{MARKERS[0]}', "
            "'2020-02-02', '2020-02-02 10:00:00.000000', '2020-02-02 10:00:00.000000')"
        )
    engine.dispose()
    with open_encrypted(journal_file, unlock(journal_file, PASSPHRASE)) as journal:
        assert journal.search(MARKERS[0])
    backups = list((journal_file.parent / "backups").glob(f"before-upgrade-{oldest}-*.db"))
    assert len(backups) == 1
    assert not backups[0].read_bytes().startswith(b"SQLite format 3")
    assert marker_hits(journal_file.parent) == []
    assert rows_of(backups[0], key)["entries"][0] == 1


def test_an_open_journal_is_never_read_around_sqlite(
    journal_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While this process has the journal open, the key functions answer without opening
    the journal file themselves (closing such a descriptor would drop SQLite's locks)."""
    from trustjournal.storage import keys as keys_module

    make(journal_file)
    key = unlock(journal_file, PASSPHRASE)
    real_read = keys_module.read_header

    def guarded(path: Path, size: int = 16) -> bytes:
        assert Path(path).resolve() != journal_file.resolve(), "read an open journal"
        return real_read(path, size)

    with open_encrypted(journal_file, key) as journal:
        monkeypatch.setattr(keys_module, "read_header", guarded)
        assert is_encrypted(journal_file)
        check_key_file(journal_file)
        with pytest.raises(PassphraseError):
            unlock(journal_file, "wrong words")
        # A re-key rewrites the file: refused while it is open, even here.
        with pytest.raises(JournalLockedError):
            change_passphrase(journal_file, key, "changed while open")
        with pytest.raises(JournalLockedError):
            new_recovery_key(journal_file, key, PASSPHRASE)
        journal.create_entry(body="still fine")
    monkeypatch.undo()
    plain = journal_file.with_name("plain.db")
    with open_journal(plain):
        monkeypatch.setattr(keys_module, "read_header", lambda *a: pytest.fail("read"))
        assert not is_encrypted(plain)



def test_a_folder_where_the_key_file_should_be(journal_file: Path) -> None:
    make(journal_file)
    keys = keys_path(journal_file)
    keys.rename(keys.with_name("aside"))
    keys.mkdir()
    with pytest.raises(KeyFileError, match="damaged"):
        unlock(journal_file, PASSPHRASE)
    assert keys.is_dir()
