"""Every test runs against temporary folders: nothing touches the user's real journal."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def process_umask() -> Iterator[None]:
    """The umask each test began with comes back after it: `app.main` sets the
    process's to 077 (the app's files are the user's alone), and a test that runs it
    must not decide what the tests after it see."""
    before = os.umask(0o022)
    os.umask(before)
    yield
    os.umask(before)


@pytest.fixture(autouse=True)
def private_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the journal folder and the platform folders at a temp dir for each test."""
    home = tmp_path / "home"
    monkeypatch.setenv("TRUSTJOURNAL_HOME", str(home / "journal"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    return home


@pytest.fixture
def journal_file(private_home: Path) -> Path:
    return private_home / "journal" / "notes.db"


@pytest.fixture
def journal(journal_file: Path):  # type: ignore[no-untyped-def]
    from trustjournal.storage import open_journal

    opened = open_journal(journal_file)
    yield opened
    opened.close()


@pytest.fixture
def other_disk(tmp_path: Path) -> Iterator[Path]:
    """A folder on another file system than the journal (so an export's last step is a
    copy, not a rename); skipped where /dev/shm is not one."""
    import shutil
    import tempfile

    shm = Path("/dev/shm")
    if not shm.is_dir() or not os.access(shm, os.W_OK) or \
            shm.stat().st_dev == tmp_path.stat().st_dev:
        pytest.skip("needs /dev/shm on another file system")
    folder = Path(tempfile.mkdtemp(dir=shm, prefix="tj-export-"))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)
