"""`--install-desktop-entry` puts a valid menu entry, metainfo and icons in place."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

from trustjournal import APP_ID
from trustjournal.gui.icons import HICOLOR_SIZES


def run(tmp_path: Path, flag: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update(HOME=str(tmp_path), XDG_DATA_HOME=str(tmp_path / "share"))
    env.pop("QT_QPA_PLATFORM", None)  # it must not need a screen, nor be told so
    return subprocess.run([sys.executable, "-m", "trustjournal", flag], env=env,
                          capture_output=True, text=True, timeout=120)


def test_install_then_remove(tmp_path: Path) -> None:
    done = run(tmp_path, "--install-desktop-entry")
    assert done.returncode == 0, done.stderr
    share = tmp_path / "share"
    desktop = share / "applications" / f"{APP_ID}.desktop"
    checked = subprocess.run([shutil.which("desktop-file-validate") or "desktop-file-validate",
                              str(desktop)], capture_output=True, text=True)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    fields = dict(line.split("=", 1) for line in desktop.read_text().splitlines()
                  if "=" in line)
    assert fields["Icon"] == APP_ID
    command = shlex.split(fields["Exec"])
    assert Path(command[0]).is_absolute()
    started = subprocess.run([*command, "--version"], capture_output=True, text=True,
                             timeout=60)
    assert started.stdout.startswith("TrustJournal ")
    assert (share / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    for size in HICOLOR_SIZES:
        png = share / f"icons/hicolor/{size}x{size}/apps/{APP_ID}.png"
        assert png.read_bytes().startswith(b"\x89PNG")
    assert (share / f"icons/hicolor/scalable/apps/{APP_ID}.svg").is_file()
    assert str(desktop) in done.stdout

    mine = share / "applications" / "someone-else.desktop"
    mine.write_text("[Desktop Entry]\n")
    gone = run(tmp_path, "--remove-desktop-entry")
    assert gone.returncode == 0 and "Removed" in gone.stdout
    left = sorted(p.relative_to(share).as_posix() for p in share.rglob("*") if p.is_file())
    # mimeinfo.cache is update-desktop-database's own index, where the desktop has it.
    assert [p for p in left if p != "applications/mimeinfo.cache"] == [
        "applications/someone-else.desktop"]


def test_the_packaged_files_are_named_after_the_app_id() -> None:
    from trustjournal.resources import resource

    desktop = resource("desktop", f"{APP_ID}.desktop").read_text()
    metainfo = resource("desktop", f"{APP_ID}.metainfo.xml").read_text()
    assert f"Icon={APP_ID}\n" in desktop
    assert f"<id>{APP_ID}</id>" in metainfo
    assert f'<launchable type="desktop-id">{APP_ID}.desktop</launchable>' in metainfo
