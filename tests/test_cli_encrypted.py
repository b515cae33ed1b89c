"""The headless commands on an encrypted journal: init, passwd, encrypt, decrypt, and the
everyday commands unlocking with a passphrase from the environment, a file or a prompt."""

from __future__ import annotations

import hashlib
import io
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from trustjournal import cli
from trustjournal.storage import keyslots

PASSPHRASE = "quiet harbour lantern"
NEW = "morning tea on the step"
MARKER = "Zephyrquill"


def call(*argv: str) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.run(cli.parse(list(argv)), out=out, err=err)
    return code, out.getvalue() + err.getvalue()


def hashes(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def recovery_in(text: str) -> str:
    lines = [line.strip() for line in text.splitlines()]
    found = [line for line in lines if len(line) == 39 and line.count("-") == 7]
    assert len(found) == 1, text
    return found[0]


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keyslots, "DEFAULT_KDF", keyslots.KdfParams(1, 64, 1))
    for name in (cli.ENV_PASSPHRASE, cli.ENV_NEW_PASSPHRASE, cli.ENV_RECOVERY_KEY):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An encrypted journal with one entry; the passphrase is in the environment."""
    d = tmp_path / "journal"
    monkeypatch.setenv(cli.ENV_NEW_PASSPHRASE, PASSPHRASE)
    code, out = call("--data-dir", str(d), "init", "--encrypt")
    assert code == 0, out
    monkeypatch.delenv(cli.ENV_NEW_PASSPHRASE)
    monkeypatch.setenv(cli.ENV_PASSPHRASE, PASSPHRASE)
    code, out = call("--data-dir", str(d), "add", "--title", "First", f"about {MARKER} today")
    assert code == 0, out
    monkeypatch.delenv(cli.ENV_PASSPHRASE)
    return d


class Terminal:
    """Stands in for a person at a terminal: stdin is a tty and getpass gets answers."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.answers: list[str] = []
        self.prompts: list[str] = []
        tty = io.StringIO()
        tty.isatty = lambda: True  # type: ignore[method-assign]
        monkeypatch.setattr(sys, "stdin", tty)
        monkeypatch.setattr("getpass.getpass", self._getpass)

    def _getpass(self, prompt: str = "") -> str:
        self.prompts.append(prompt)
        return self.answers.pop(0)


@pytest.fixture
def terminal(monkeypatch: pytest.MonkeyPatch) -> Iterator[Terminal]:
    yield Terminal(monkeypatch)


# -- init and the everyday commands ---------------------------------------------------------


def test_init_encrypt_prints_the_recovery_key_once(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv(cli.ENV_NEW_PASSPHRASE, PASSPHRASE)
    code, out = call("--data-dir", str(tmp_path), "init", "--encrypt")
    assert code == 0
    recovery = recovery_in(out)
    assert "shown only this once" in out and "somewhere safe" in out
    assert PASSPHRASE not in out
    assert (tmp_path / "notes.keys").exists()
    assert not (tmp_path / "notes.db").read_bytes().startswith(b"SQLite format 3")
    # The recovery key printed is the one that works.
    from trustjournal.storage.keys import unlock, unlock_with_recovery

    db = tmp_path / "notes.db"
    assert unlock_with_recovery(db, recovery) == unlock(db, PASSPHRASE)
    code, out = call("--data-dir", str(tmp_path), "init", "--encrypt")
    assert code == 2 and "already a journal" in out


def test_init_plain_says_what_that_means(tmp_path: Path) -> None:
    code, out = call("--data-dir", str(tmp_path), "init")
    assert code == 0 and "not encrypted" in out
    assert (tmp_path / "notes.db").read_bytes().startswith(b"SQLite format 3")


def test_everyday_commands_on_an_encrypted_journal(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    d = str(folder)
    monkeypatch.setenv(cli.ENV_PASSPHRASE, PASSPHRASE)
    code, out = call("--data-dir", d, "list", "--json")
    assert code == 0 and [e["title"] for e in json.loads(out)] == ["First"]
    code, out = call("--data-dir", d, "search", MARKER)
    assert code == 0 and f"[{MARKER}]" in out
    code, out = call("--data-dir", d, "check")
    assert code == 0 and "healthy — 1 entry" in out
    monkeypatch.delenv(cli.ENV_PASSPHRASE)
    # The same from a file, given before or after the command name.
    secret = tmp_path / "secret.txt"
    secret.write_text(PASSPHRASE + "\n")
    for argv in (
        ("--data-dir", d, "--passphrase-file", str(secret), "list"),
        ("--data-dir", d, "list", "--passphrase-file", str(secret)),
    ):
        code, out = call(*argv)
        assert code == 0 and "First" in out and PASSPHRASE not in out


def test_demo_refuses_an_encrypted_journal_with_own_entries(folder: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv(cli.ENV_PASSPHRASE, PASSPHRASE)
    code, out = call("--data-dir", str(folder), "demo", "--entries", "5")
    assert code == 2 and "already holds your own entries" in out


def test_demo_into_a_new_encrypted_journal(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv(cli.ENV_NEW_PASSPHRASE, PASSPHRASE)
    monkeypatch.setenv(cli.ENV_PASSPHRASE, PASSPHRASE)
    assert call("--data-dir", str(tmp_path), "init", "--encrypt")[0] == 0
    code, out = call("--data-dir", str(tmp_path), "demo", "--entries", "40")
    assert code == 0, out
    code, out = call("--data-dir", str(tmp_path), "list", "-n", "100", "--json")
    assert len(json.loads(out)) == 40


def test_wrong_or_missing_passphrase_changes_nothing(folder: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    before = hashes(folder)
    monkeypatch.setenv(cli.ENV_PASSPHRASE, "not the one")
    for command in (["list"], ["add", "more"], ["search", MARKER], ["check"], ["decrypt"]):
        code, out = call("--data-dir", str(folder), *command)
        assert code == 1, command
        assert "does not unlock" in out and "not the one" not in out and MARKER not in out
    monkeypatch.delenv(cli.ENV_PASSPHRASE)
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))  # not a terminal: cannot ask
    code, out = call("--data-dir", str(folder), "list")
    assert code == 2 and cli.ENV_PASSPHRASE in out and "--passphrase-file" in out
    assert hashes(folder) == before


def test_missing_and_foreign_key_files(folder: Path, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv(cli.ENV_PASSPHRASE, PASSPHRASE)
    keys = folder / "notes.keys"
    saved = keys.read_bytes()
    keys.unlink()
    before = hashes(folder)
    code, out = call("--data-dir", str(folder), "list")
    assert code == 1 and "notes.keys" in out and "Nothing has been changed" in out
    assert hashes(folder) == before
    monkeypatch.setenv(cli.ENV_NEW_PASSPHRASE, "someone else's words")
    other = tmp_path / "other"
    assert call("--data-dir", str(other), "init", "--encrypt")[0] == 0
    keys.write_bytes((other / "notes.keys").read_bytes())
    before = hashes(folder)
    code, out = call("--data-dir", str(folder), "list")
    # The same judgement as `check`: the first bytes and the key file disagree.
    assert code == cli.EXIT_DAMAGED and "another journal" in out
    assert hashes(folder) == before
    keys.write_bytes(saved)
    assert call("--data-dir", str(folder), "list")[0] == 0


# -- prompts --------------------------------------------------------------------------------


def test_prompts_without_echo(folder: Path, terminal: Terminal) -> None:
    terminal.answers = [PASSPHRASE]
    code, out = call("--data-dir", str(folder), "list")
    assert code == 0 and "First" in out
    assert terminal.prompts == ["Passphrase: "]


def test_passwd_asks_current_then_new_twice(folder: Path, terminal: Terminal) -> None:
    terminal.answers = [PASSPHRASE, NEW, NEW]
    code, out = call("--data-dir", str(folder), "passwd")
    assert code == 0, out
    assert "Passphrase changed" in out and NEW not in out
    assert terminal.prompts == ["Current passphrase: ", "New passphrase: ",
                                "The same passphrase again: "]
    terminal.answers = [PASSPHRASE]
    assert call("--data-dir", str(folder), "list")[0] == 1
    terminal.answers = [NEW]
    assert call("--data-dir", str(folder), "list")[0] == 0


@pytest.mark.parametrize(
    ("answers", "message"),
    [
        ([PASSPHRASE, NEW, NEW + "x"], "not the same"),
        ([PASSPHRASE, ""], "cannot be empty"),
        ([PASSPHRASE, "   "], "cannot be empty"),
        ([PASSPHRASE, "short"], "at least 8 characters"),
        (["wrong words"], "does not unlock"),
    ],
    ids=["mismatch", "empty", "blank", "short", "wrong-current"],
)
def test_passwd_refusals_change_nothing(
    folder: Path, terminal: Terminal, answers: list[str], message: str
) -> None:
    before = hashes(folder)
    terminal.answers = answers
    code, out = call("--data-dir", str(folder), "passwd")
    assert code in (1, 2) and message in out
    assert hashes(folder) == before


def test_passwd_with_the_recovery_key(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv(cli.ENV_NEW_PASSPHRASE, PASSPHRASE)
    code, out = call("--data-dir", str(tmp_path), "init", "--encrypt")
    recovery = recovery_in(out)
    monkeypatch.setenv(cli.ENV_RECOVERY_KEY, recovery.lower().replace("-", " "))
    monkeypatch.setenv(cli.ENV_NEW_PASSPHRASE, NEW)
    code, out = call("--data-dir", str(tmp_path), "passwd", "--recovery")
    assert code == 0, out
    monkeypatch.setenv(cli.ENV_PASSPHRASE, NEW)
    assert call("--data-dir", str(tmp_path), "list")[0] == 0
    # A new recovery key replaces the old one.
    code, out = call("--data-dir", str(tmp_path), "recovery-key")
    assert code == 0 and recovery_in(out) != recovery
    code, out = call("--data-dir", str(tmp_path), "passwd", "--recovery")
    assert code == 1 and "recovery key does not unlock" in out


def test_new_passphrase_from_a_file(folder: Path, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    long = "🌱 grüne Wiese " * 800  # over 10,000 characters, not ASCII
    assert len(long) > 10_000
    new_file = tmp_path / "new.txt"
    new_file.write_text(long + "\r\n", encoding="utf-8")
    monkeypatch.setenv(cli.ENV_PASSPHRASE, PASSPHRASE)
    code, out = call("--data-dir", str(folder), "passwd", "--new-passphrase-file", str(new_file))
    assert code == 0, out
    monkeypatch.delenv(cli.ENV_PASSPHRASE)
    code, out = call("--data-dir", str(folder), "--passphrase-file", str(new_file), "list")
    assert code == 0 and "First" in out


# -- converting -----------------------------------------------------------------------------


def test_encrypt_then_decrypt_commands(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    d = str(tmp_path)
    assert call("--data-dir", d, "add", "--title", "Plain", f"{MARKER} in plain text")[0] == 0
    code, out = call("--data-dir", d, "encrypt")
    assert code == 2 and cli.ENV_NEW_PASSPHRASE in out  # nowhere to get a passphrase from
    monkeypatch.setenv(cli.ENV_NEW_PASSPHRASE, PASSPHRASE)
    code, out = call("--data-dir", d, "encrypt")
    assert code == 0, out
    recovery_in(out)
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert MARKER.encode() not in path.read_bytes(), path.name
    code, out = call("--data-dir", d, "encrypt")
    assert code == 2 and "already encrypted" in out
    monkeypatch.setenv(cli.ENV_PASSPHRASE, PASSPHRASE)
    code, out = call("--data-dir", d, "search", MARKER)
    assert code == 0 and "Plain" in out
    code, out = call("--data-dir", d, "decrypt")
    assert code == 0 and "no longer encrypted" in out
    monkeypatch.delenv(cli.ENV_PASSPHRASE)
    code, out = call("--data-dir", d, "list")
    assert code == 0 and "Plain" in out
    code, out = call("--data-dir", d, "passwd")
    assert code == 2 and "not encrypted" in out


def test_encrypt_refuses_a_journal_open_elsewhere(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from trustjournal.storage import open_journal

    assert call("--data-dir", str(tmp_path), "add", "text")[0] == 0
    monkeypatch.setenv(cli.ENV_NEW_PASSPHRASE, PASSPHRASE)
    with open_journal(tmp_path / "notes.db"):
        before = (tmp_path / "notes.db").read_bytes()
        code, out = call("--data-dir", str(tmp_path), "encrypt")
        assert code == 1 and "already open" in out
        assert (tmp_path / "notes.db").read_bytes() == before


# -- as a separate process, with the real key-derivation settings ---------------------------


def run_cli(*argv: str, env: dict[str, str], stdin: str = "") -> subprocess.CompletedProcess[str]:
    import os

    full = {k: v for k, v in os.environ.items() if not k.startswith("TRUSTJOURNAL_")}
    return subprocess.run(
        [sys.executable, "-m", "trustjournal", *argv],
        input=stdin, capture_output=True, text=True, timeout=120, env={**full, **env},
    )


def test_real_process_wrong_passphrase(tmp_path: Path) -> None:
    d = str(tmp_path)
    made = run_cli("--data-dir", d, "init", "--encrypt", env={cli.ENV_NEW_PASSPHRASE: PASSPHRASE})
    assert made.returncode == 0, made.stderr
    before = hashes(tmp_path)
    wrong = run_cli("--data-dir", d, "list", env={cli.ENV_PASSPHRASE: "wrong"})
    assert wrong.returncode == 1
    assert "does not unlock" in wrong.stderr and "Traceback" not in wrong.stderr
    assert wrong.stdout == "" and "wrong" not in wrong.stderr.replace("does not", "")
    missing = run_cli("--data-dir", d, "list", env={})
    assert missing.returncode == 2 and "Traceback" not in missing.stderr
    assert hashes(tmp_path) == before
    right = run_cli("--data-dir", d, "list", env={cli.ENV_PASSPHRASE: PASSPHRASE})
    assert right.returncode == 0 and "No entries yet." in right.stdout


def test_help_and_plain_commands_load_no_crypto(tmp_path: Path) -> None:
    probe = (
        "import sys; from trustjournal.app import main\n"
        "try:\n    main(sys.argv[1:])\nexcept SystemExit:\n    pass\n"
        "heavy = [m for m in sys.modules if m.split('.')[0] in "
        "('argon2', 'cryptography', '_argon2_cffi_bindings', 'PySide6')]\n"
        "assert not heavy, heavy\n"
    )
    for argv in (["--help"], ["init", "--help"], ["--data-dir", str(tmp_path), "add", "x"],
                 ["--data-dir", str(tmp_path), "list"]):
        result = subprocess.run([sys.executable, "-c", probe, *argv], capture_output=True,
                                text=True, timeout=60)
        assert result.returncode == 0, (argv, result.stderr)


def test_ctrl_d_at_the_prompt(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    tty = io.StringIO()
    tty.isatty = lambda: True  # type: ignore[method-assign]
    monkeypatch.setattr(sys, "stdin", tty)

    def eof(prompt: str = "") -> str:
        raise EOFError

    monkeypatch.setattr("getpass.getpass", eof)
    code, out = call("--data-dir", str(folder), "list")
    assert code == 2 and "nothing was typed" in out


# -- no plaintext left, re-keying, keys kept for backups ------------------------------------


def _plain_in(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*")
                  if p.is_file() and p.read_bytes()[:16] == b"SQLite format 3\x00")


def test_encrypt_asks_before_removing_what_it_cannot_keep(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import shutil

    d = str(tmp_path)
    assert call("--data-dir", d, "add", "--title", "Plain", f"{MARKER} in plain text")[0] == 0
    assert call("--data-dir", d, "backup")[0] == 0
    backup = next((tmp_path / "backups").glob("manual-*.db"))
    # An interrupted backup's leftover and a damaged plain backup.
    shutil.copy(backup, tmp_path / "backups" / (backup.name + ".partial"))
    damaged = tmp_path / "backups" / "weekly-20240101-101010.db"
    data = bytearray(backup.read_bytes())
    data[4096 * 3 : 4096 * 3 + 300] = b"\xff" * 300
    damaged.write_bytes(bytes(data))
    monkeypatch.setenv(cli.ENV_NEW_PASSPHRASE, PASSPHRASE)
    before = hashes(tmp_path)

    code, out = call("--data-dir", d, "encrypt")  # no terminal, no --yes
    assert code == 2 and "--yes" in out and backup.name + ".partial" in out
    assert hashes(tmp_path) == before

    tty = io.StringIO("n\n")
    tty.isatty = lambda: True  # type: ignore[method-assign]
    monkeypatch.setattr(sys, "stdin", tty)
    code, out = call("--data-dir", d, "encrypt")
    assert code == 2 and "not encrypted" in out
    assert hashes(tmp_path) == before

    code, out = call("--data-dir", d, "encrypt", "--yes")
    assert code == 0, out
    assert _plain_in(tmp_path) == []
    assert f"Overwritten and removed: backups/{backup.name}.partial" in out
    assert f"the damaged backups/{damaged.name}" in out
    assert f"Encrypted: backups/{backup.name}" in out
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert MARKER.encode() not in path.read_bytes(), path.name


def test_passwd_makes_the_old_key_file_useless_for_new_entries(folder: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import shutil

    from trustjournal.storage.database import DriverDatabaseError, connect_file
    from trustjournal.storage.keyslots import open_passphrase, read_key_file

    saved = folder.parent / "saved.keys"
    shutil.copy(folder / "notes.keys", saved)
    monkeypatch.setenv(cli.ENV_PASSPHRASE, PASSPHRASE)
    monkeypatch.setenv(cli.ENV_NEW_PASSPHRASE, NEW)
    code, out = call("--data-dir", str(folder), "passwd")
    assert code == 0, out
    assert "old recovery key no longer works" in out
    recovery_in(out)
    monkeypatch.setenv(cli.ENV_PASSPHRASE, NEW)
    assert call("--data-dir", str(folder), "add", "--title", "After", "written later")[0] == 0
    old_key = open_passphrase(read_key_file(saved), PASSPHRASE)
    conn = connect_file(folder / "notes.db", old_key)
    with pytest.raises(DriverDatabaseError):
        conn.execute("SELECT title FROM entries").fetchall()
    conn.close()
    code, out = call("--data-dir", str(folder), "list")
    assert code == 0 and "After" in out and "First" in out


def test_decrypt_says_which_backups_keep_their_key(folder: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv(cli.ENV_PASSPHRASE, PASSPHRASE)
    assert call("--data-dir", str(folder), "backup")[0] == 0
    backup = next((folder / "backups").glob("manual-*.db"))
    damaged = folder / "backups" / "weekly-20240101-101010.db"
    data = bytearray(backup.read_bytes())
    data[4096 * 2 : 4096 * 2 + 100] = b"\x00" * 100
    damaged.write_bytes(bytes(data))
    code, out = call("--data-dir", str(folder), "decrypt")
    assert code == 1
    assert damaged.name in out and "damaged" in out
    kept = list((folder / "backups").glob("before-decrypt-*.keys"))
    assert len(kept) == 1 and kept[0].name in out
    assert not (folder / "notes.keys").exists()
    monkeypatch.delenv(cli.ENV_PASSPHRASE)
    assert call("--data-dir", str(folder), "list")[0] == 0  # the journal is plain now


@pytest.mark.parametrize("command", ["passwd", "recovery-key", "decrypt"])
def test_a_full_disk_during_a_rewrite_is_a_message(folder: Path, monkeypatch, command: str) -> None:  # type: ignore[no-untyped-def]
    from trustjournal.storage import convert
    from trustjournal.storage.database import DriverDatabaseError

    def full(*_args: object) -> None:
        raise DriverDatabaseError("database or disk is full")

    monkeypatch.setattr(convert, "export_copy", full)
    monkeypatch.setenv(cli.ENV_PASSPHRASE, PASSPHRASE)
    monkeypatch.setenv(cli.ENV_NEW_PASSPHRASE, NEW)
    before = hashes(folder)
    code, out = call("--data-dir", str(folder), command)
    assert code == 1 and "disk is full" in out and "Traceback" not in out
    changed = {k for k in set(before) | set(hashes(folder))
               if before.get(k) != hashes(folder).get(k)}
    # Only the backup taken before decrypting may be new; the journal and keys are as were.
    assert changed <= {k for k in hashes(folder) if k.startswith("backups/before-decrypt")}
    monkeypatch.setenv(cli.ENV_PASSPHRASE, PASSPHRASE)
    code, out = call("--data-dir", str(folder), "list")
    assert code == 0 and "First" in out


def test_passwd_refuses_while_the_journal_is_open_elsewhere(folder: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from trustjournal.storage.keys import open_encrypted, unlock

    monkeypatch.setenv(cli.ENV_PASSPHRASE, PASSPHRASE)
    monkeypatch.setenv(cli.ENV_NEW_PASSPHRASE, NEW)
    journal_file = folder / "notes.db"
    with open_encrypted(journal_file, unlock(journal_file, PASSPHRASE)):
        before = hashes(folder)
        code, out = call("--data-dir", str(folder), "passwd")
        assert code == 1 and "already open" in out
        assert hashes(folder) == before


def _damaged_backup(folder: Path) -> Path:
    assert call("--data-dir", str(folder), "backup")[0] == 0
    backup = next((folder / "backups").glob("manual-*.db"))
    damaged = folder / "backups" / "weekly-20240101-101010.db"
    data = bytearray(backup.read_bytes())
    data[4096 * 2 : 4096 * 2 + 100] = b"\x00" * 100
    damaged.write_bytes(bytes(data))
    return damaged


@pytest.mark.parametrize("agree", ["flag", "prompt-yes", "prompt-no"])
def test_passwd_asks_before_removing_backups_it_could_not_rekey(
    folder: Path, monkeypatch, agree: str  # type: ignore[no-untyped-def]
) -> None:
    from trustjournal.storage.keyslots import read_key_file

    monkeypatch.setenv(cli.ENV_PASSPHRASE, PASSPHRASE)
    damaged = _damaged_backup(folder)
    monkeypatch.setenv(cli.ENV_NEW_PASSPHRASE, NEW)
    argv = ["--data-dir", str(folder), "passwd"]
    if agree == "flag":
        argv.append("--remove-old-backups")
    else:
        tty = io.StringIO("y\n" if agree == "prompt-yes" else "n\n")
        tty.isatty = lambda: True  # type: ignore[method-assign]
        monkeypatch.setattr(sys, "stdin", tty)
    code, out = call(*argv)
    assert code == 0, out
    assert damaged.name in out and "damaged" in out
    retired = read_key_file(folder / "notes.keys").retired
    if agree == "prompt-no":
        assert damaged.exists() and "Kept" in out and len(retired) == 1
    else:
        assert not damaged.exists() and f"Removed: backups/{damaged.name}" in out
        assert retired == []
    monkeypatch.setenv(cli.ENV_PASSPHRASE, NEW)
    assert call("--data-dir", str(folder), "list")[0] == 0
