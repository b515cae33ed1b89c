"""The PyInstaller one-folder build, run as a person would run it.

Run after a build: `TRUSTJOURNAL_FROZEN=dist/trustjournal pytest -m frozen tests/frozen`
(.ci/run does). A build that lacks the migrations, the resources or a module loaded with
importlib fails here rather than at someone's first start.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.frozen
PASSPHRASE = "quiet harbour lantern"


@pytest.fixture(scope="module")
def build() -> Path:
    named = os.environ.get("TRUSTJOURNAL_FROZEN")
    if not named:
        pytest.fail("set TRUSTJOURNAL_FROZEN to the build folder (dist/trustjournal)")
    folder = Path(named).resolve()
    assert folder.is_dir(), folder
    return folder


def program(build: Path) -> Path:
    return build / ("trustjournal-cli.exe" if sys.platform == "win32" else "trustjournal")


def run(build: Path, *argv: str, stdin: str | None = None,
        env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    # Nothing from this test's Python may help the frozen program find its modules.
    clean = {k: v for k, v in os.environ.items()
             if not k.startswith(("PYTHON", "TRUSTJOURNAL_", "VIRTUAL_ENV"))}
    clean.update(env or {})
    return subprocess.run([str(program(build)), *argv], input=stdin, capture_output=True,
                          text=True, timeout=120, env=clean, cwd=build.parent)


def test_the_build_carries_migrations_resources_icons_and_licence(build: Path) -> None:
    inside = build / "_internal" / "trustjournal"
    versions = {p.name for p in (inside / "storage/migrations/versions").glob("0*.py")}
    source = Path(__file__).resolve().parents[2] / "trustjournal/storage/migrations/versions"
    assert versions == {p.name for p in source.glob("0*.py")}
    assert (inside / "storage/migrations/env.py").is_file()
    exercises = {p.name for p in (inside / "_resources/exercises").glob("*.toml")}
    shipped = Path(__file__).resolve().parents[2] / "resources/exercises"
    assert exercises == {p.name for p in shipped.glob("*.toml")}
    hicolor = inside / "_resources/icons/hicolor"
    for size in (16, 32, 48, 128, 256, 512):
        png = hicolor / f"{size}x{size}/apps/io.github.trustjournal.TrustJournal.png"
        assert png.read_bytes().startswith(b"\x89PNG")
    assert "GNU GENERAL PUBLIC LICENSE" in (build / "LICENSE").read_text()


def test_help_version_and_completion(build: Path) -> None:
    helped = run(build, "--help")
    assert helped.returncode == 0 and "export" in helped.stdout and "show" in helped.stdout
    assert run(build, "--version").stdout.startswith("TrustJournal ")
    completion = run(build, "completion", "bash")
    assert completion.returncode == 0 and "complete -F _trustjournal" in completion.stdout


def test_init_add_list_show_export_check(build: Path, tmp_path: Path) -> None:
    data = str(tmp_path / "journal")
    assert run(build, "--data-dir", data, "init").returncode == 0
    added = run(build, "--data-dir", data, "add", "--title", "Frozen", "--tags", "calm",
                stdin="Written into the frozen build.\n")
    assert added.returncode == 0, added.stderr
    listed = run(build, "--data-dir", data, "list", "--json")
    assert listed.returncode == 0, listed.stderr
    (entry,) = json.loads(listed.stdout)
    assert entry["title"] == "Frozen" and entry["tags"] == ["calm"]
    shown = run(build, "--data-dir", data, "show", entry["uuid"][:8])
    assert "Written into the frozen build." in shown.stdout
    out = tmp_path / "all.json"
    exported = run(build, "--data-dir", data, "export", "--format", "json", "--out", str(out))
    assert exported.returncode == 0, exported.stderr
    assert [e["body"] for e in json.loads(out.read_text("utf-8"))["entries"]] == [
        "Written into the frozen build.\n"]
    # Reading it back goes through the C JSON reader, which the build must carry.
    other = str(tmp_path / "other")
    imported = run(build, "--data-dir", other, "import", str(out))
    assert imported.returncode == 0, imported.stderr
    relisted = run(build, "--data-dir", other, "list", "--json")
    assert [e["title"] for e in json.loads(relisted.stdout)] == ["Frozen"]
    pdf = tmp_path / "packet.pdf"  # the one format that draws with Qt
    made = run(build, "--data-dir", data, "export", "--format", "pdf", "--out", str(pdf))
    assert made.returncode == 0, made.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
    checked = run(build, "--data-dir", data, "check")
    assert checked.returncode == 0 and "healthy — 1 entry" in checked.stdout


def test_encrypted_init_and_list(build: Path, tmp_path: Path) -> None:
    data = str(tmp_path / "locked")
    made = run(build, "--data-dir", data, "init", "--encrypt",
               env={"TRUSTJOURNAL_NEW_PASSPHRASE": PASSPHRASE})
    assert made.returncode == 0, made.stderr
    assert "recovery key" in made.stdout
    added = run(build, "--data-dir", data, "add", "--title", "Locked", stdin="secret words\n",
                env={"TRUSTJOURNAL_PASSPHRASE": PASSPHRASE})
    assert added.returncode == 0, added.stderr
    listed = run(build, "--data-dir", data, "list", "--json",
                 env={"TRUSTJOURNAL_PASSPHRASE": PASSPHRASE})
    assert [e["title"] for e in json.loads(listed.stdout)] == ["Locked"]
    wrong = run(build, "--data-dir", data, "list", env={"TRUSTJOURNAL_PASSPHRASE": "nope"})
    assert wrong.returncode != 0 and "Traceback" not in wrong.stderr
    assert b"secret words" not in (tmp_path / "locked" / "notes.db").read_bytes()


def test_the_window_opens_offscreen_to_a_usable_journal(build: Path, tmp_path: Path) -> None:
    data = str(tmp_path / "journal")
    assert run(build, "--data-dir", data, "add", "--title", "Seen", stdin="x\n").returncode == 0
    opened = run(build, "--data-dir", data,
                 env={"QT_QPA_PLATFORM": "offscreen", "TRUSTJOURNAL_STARTUP_PROBE": "ready"})
    assert opened.returncode == 0, opened.stderr
    assert "Traceback" not in opened.stderr and "unexpected" not in opened.stderr


def test_the_build_carries_our_catalogues_and_qts_own(build: Path, tmp_path: Path) -> None:
    inside = build / "_internal"
    for language in ("en", "en_XA"):
        catalogue = inside / f"trustjournal/_resources/translations/trustjournal_{language}.qm"
        assert catalogue.read_bytes() == (
            Path(__file__).resolve().parents[2] / "resources/translations" / catalogue.name
        ).read_bytes()
    # Where gui/translation.py looks for Qt's own (standard buttons, file dialogs).
    assert (inside / "PySide6/Qt/translations/qtbase_de.qm").is_file()
    data = str(tmp_path / "journal")
    assert run(build, "--data-dir", data, "init").returncode == 0
    for language in ("en_XA", "de_DE"):
        opened = run(build, "--data-dir", data,
                     env={"QT_QPA_PLATFORM": "offscreen", "TRUSTJOURNAL_LANGUAGE": language,
                          "TRUSTJOURNAL_STARTUP_PROBE": "ready"})
        assert opened.returncode == 0, opened.stderr
        assert "Traceback" not in opened.stderr and "unexpected" not in opened.stderr


def _schema(path: Path) -> tuple[list[tuple[str, str]], str, int]:
    from sqlcipher3 import dbapi2  # the journals' own driver (the stdlib's is not used)

    with dbapi2.connect(str(path)) as conn:
        tables = sorted(conn.execute(
            "SELECT name, sql FROM sqlite_schema WHERE sql IS NOT NULL").fetchall())
        (version,) = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        (entries,) = conn.execute("SELECT count(*) FROM entries").fetchone()
    return tables, version, entries


def test_an_old_journal_upgrades_exactly_as_from_the_wheel(build: Path, tmp_path: Path) -> None:
    from alembic import command

    from trustjournal.storage import migrate, open_journal
    from trustjournal.storage.database import create_journal_engine, create_private_file

    oldest = migrate.known_revisions()[-1]  # walked from head down to the first
    made = tmp_path / "old" / "notes.db"
    made.parent.mkdir()
    create_private_file(made)
    engine = create_journal_engine(made)
    with engine.begin() as conn:
        conn.exec_driver_sql("PRAGMA application_id=0x544A524E")
        config = migrate.alembic_config()
        config.attributes["connection"] = conn
        command.upgrade(config, oldest)
        conn.exec_driver_sql(
            "INSERT INTO entries (uuid, title, body, local_date, created_utc, updated_utc) "
            "VALUES ('0f0f0f0f-0000-4000-8000-000000000000', 'Old', 'written long ago', "
            "'2020-02-02', '2020-02-02 10:00:00.000000', '2020-02-02 10:00:00.000000')")
    engine.dispose()
    frozen_copy, wheel_copy = tmp_path / "frozen", tmp_path / "wheel"
    for folder in (frozen_copy, wheel_copy):
        folder.mkdir()
        (folder / "notes.db").write_bytes(made.read_bytes())
    listed = run(build, "--data-dir", str(frozen_copy), "list", "--json")
    assert listed.returncode == 0, listed.stderr
    assert [e["title"] for e in json.loads(listed.stdout)] == ["Old"]
    with open_journal(wheel_copy / "notes.db") as journal:
        assert journal.count_entries() == 1
    frozen_schema = _schema(frozen_copy / "notes.db")
    assert frozen_schema == _schema(wheel_copy / "notes.db")
    assert frozen_schema[1] == migrate.HEAD
    for folder in (frozen_copy, wheel_copy):
        assert len(list((folder / "backups").glob(f"before-upgrade-{oldest}-*.db"))) == 1
