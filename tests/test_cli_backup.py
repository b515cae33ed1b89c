"""`trustjournal backup`, `trustjournal restore` and `check` on a damaged journal."""

from __future__ import annotations

import hashlib
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from trustjournal import cli
from trustjournal.storage import keyslots

PASSPHRASE = "quiet harbour lantern"


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keyslots, "DEFAULT_KDF", keyslots.KdfParams(1, 64, 1))


def call(*argv: str) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.run(cli.parse(list(argv)), out=out, err=err)
    return code, out.getvalue() + err.getvalue()


def titles(folder: Path) -> list[str]:
    code, out = call("--data-dir", str(folder), "list", "--json", "-n", "100")
    assert code == 0, out
    return sorted(entry["title"] for entry in json.loads(out))


def hashes(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*")) if p.is_file()
    }


def test_backup_then_restore_by_name_and_latest(tmp_path: Path) -> None:
    d = str(tmp_path)
    assert call("--data-dir", d, "add", "--title", "One", "first")[0] == 0
    code, out = call("--data-dir", d, "backup")
    assert code == 0 and "checked it against your journal" in out and "1 entry," in out
    made = Path(out.strip().splitlines()[-1].strip())
    assert made.parent == tmp_path / "backups" and made.exists()

    assert call("--data-dir", d, "add", "--title", "Two", "second")[0] == 0
    code, out = call("--data-dir", d, "restore", "--list")
    assert code == 0 and made.name in out and "Backup you made" in out and "1 entry" in out

    code, out = call("--data-dir", d, "restore", made.name.removesuffix(".db"))
    assert code == 0, out
    assert "Restored the backup from" in out and "as it was is kept as" in out
    assert titles(tmp_path) == ["One"]
    # --latest is now the copy made just before that restore: both entries come back.
    code, out = call("--data-dir", d, "restore", "--latest")
    assert code == 0, out
    assert titles(tmp_path) == ["One", "Two"]


def test_restore_needs_to_know_which_and_refuses_clearly(tmp_path: Path) -> None:
    d = str(tmp_path)
    call("--data-dir", d, "add", "text")
    before = hashes(tmp_path)
    code, out = call("--data-dir", d, "restore")
    assert code == cli.EXIT_USAGE and "--latest" in out
    code, out = call("--data-dir", d, "restore", "--latest")
    assert code == cli.EXIT_ERROR and "no backups" in out
    code, out = call("--data-dir", d, "restore", "--list")
    assert code == 0 and "no backups yet" in out
    not_one = tmp_path / "letter.txt"
    not_one.write_text("Dear diary\n" * 100)
    code, out = call("--data-dir", d, "restore", str(not_one))
    assert code == cli.EXIT_ERROR and "not a TrustJournal backup" in out
    code, out = call("--data-dir", d, "restore", "no-such-backup")
    assert code == cli.EXIT_ERROR and "no backup at" in out
    before[not_one.name] = hashlib.sha256(not_one.read_bytes()).hexdigest()
    assert hashes(tmp_path) == before
    assert "Traceback" not in out


def test_check_reports_damage_and_points_at_the_backups(tmp_path: Path) -> None:
    d = str(tmp_path)
    call("--data-dir", d, "add", "--title", "Kept", "words")
    call("--data-dir", d, "backup")
    journal = tmp_path / "notes.db"
    data = bytearray(journal.read_bytes())
    data[:16] = os.urandom(16)
    journal.write_bytes(bytes(data))
    spoiled = hashlib.sha256(journal.read_bytes()).hexdigest()

    result = subprocess.run([sys.executable, "-m", "trustjournal", "--data-dir", d, "check"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == cli.EXIT_DAMAGED
    assert "damaged" in result.stdout and "restore --latest" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr
    assert hashlib.sha256(journal.read_bytes()).hexdigest() == spoiled

    code, out = call("--data-dir", d, "restore", "--latest")
    assert code == 0 and "moved, unchanged" in out
    kept = next((tmp_path / "backups").glob("damaged-*.db"))
    assert hashlib.sha256(kept.read_bytes()).hexdigest() == spoiled
    assert titles(tmp_path) == ["Kept"]
    assert call("--data-dir", d, "check")[0] == cli.EXIT_OK


def test_check_on_damage_found_inside_mentions_backups(tmp_path: Path) -> None:
    d = str(tmp_path)
    for n in range(40):
        call("--data-dir", d, "add", "--title", f"Day {n}", "Words. " * 400 + f"MARK-{n:02}")
    journal = tmp_path / "notes.db"
    data = bytearray(journal.read_bytes())
    page = data.find(b"MARK-20") // 4096
    data[page * 4096:(page + 1) * 4096] = b"\xff" * 4096
    journal.write_bytes(bytes(data))
    code, out = call("--data-dir", d, "check")
    assert code == cli.EXIT_DAMAGED
    assert "no backups of this journal" in out


def test_encrypted_backup_and_restore_ask_for_the_passphrase(tmp_path: Path, monkeypatch
                                                             ) -> None:
    d = str(tmp_path)
    monkeypatch.setenv(cli.ENV_NEW_PASSPHRASE, PASSPHRASE)
    assert call("--data-dir", d, "init", "--encrypt")[0] == 0
    monkeypatch.setenv(cli.ENV_PASSPHRASE, PASSPHRASE)
    call("--data-dir", d, "add", "--title", "Secret Zephyrquill", "body Zephyrquill")
    code, out = call("--data-dir", d, "backup")
    assert code == 0, out
    backup = Path(out.strip().splitlines()[-1].strip())
    assert b"Zephyrquill" not in backup.read_bytes()
    call("--data-dir", d, "add", "--title", "Later", "more")

    monkeypatch.setenv(cli.ENV_PASSPHRASE, "not the one")
    before = hashes(tmp_path)
    code, out = call("--data-dir", d, "restore", "--latest")
    assert code == cli.EXIT_ERROR and "does not unlock" in out
    assert hashes(tmp_path) == before

    monkeypatch.setenv(cli.ENV_PASSPHRASE, PASSPHRASE)
    code, out = call("--data-dir", d, "restore", backup.name)
    assert code == 0, out
    assert titles(tmp_path) == ["Secret Zephyrquill"]
    code, out = call("--data-dir", d, "restore", "--list")
    assert code == 0 and "Before restoring a backup" in out
