"""`trustjournal --install-desktop-entry`: put TrustJournal in the person's app menu.

For an install that no package manager made (pip, a checkout, the PyInstaller folder):
the desktop file (its Exec pointing at this very program), the AppStream metainfo and
the icons at every hicolor size (drawn now from the SVG) go into the user's own data
folder ($XDG_DATA_HOME, else ~/.local/share). `--remove-desktop-entry` takes them away.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

from trustjournal import APP_ID
from trustjournal.core.i18n import translate
from trustjournal.resources import resource


def data_home() -> Path:
    value = os.environ.get("XDG_DATA_HOME")
    return Path(value) if value and Path(value).is_absolute() else Path.home() / ".local/share"


def launch_command() -> list[str]:
    """How to start the program that is running now, as an absolute command."""
    if getattr(sys, "frozen", False):  # the PyInstaller build
        return [str(Path(sys.executable).resolve())]
    script = Path(sys.argv[0])
    if script.name in ("trustjournal", "trustjournal-cli") and script.exists():
        return [str(script.resolve())]
    return [str(Path(sys.executable).resolve()), "-m", "trustjournal"]


def _exec_line(command: list[str]) -> str:
    # The desktop-entry spec quotes like a shell, with its own reserved characters.
    def quoted(arg: str) -> str:
        if all(ch.isalnum() or ch in "/._-+" for ch in arg):
            return arg
        inner = "".join("\\" + ch if ch in '"`$\\' else ch for ch in arg)
        return f'"{inner}"'

    return " ".join(quoted(arg) for arg in command)


def _targets(root: Path) -> tuple[Path, Path]:
    return (root / "applications" / f"{APP_ID}.desktop",
            root / "metainfo" / f"{APP_ID}.metainfo.xml")


def _icon_files(root: Path) -> list[Path]:
    from trustjournal.gui.icons import HICOLOR_SIZES

    hicolor = root / "icons" / "hicolor"
    return ([hicolor / f"{s}x{s}" / "apps" / f"{APP_ID}.png" for s in HICOLOR_SIZES]
            + [hicolor / "scalable" / "apps" / f"{APP_ID}.svg"])


def _refresh(root: Path) -> None:
    # Menus and icon caches notice new files by the folders' times; the tools, where a
    # desktop has them, make it immediate. Neither is required.
    os.utime(root / "icons" / "hicolor")
    tool = shutil.which("update-desktop-database")
    if tool:
        subprocess.run([tool, "-q", str(root / "applications")], check=False,
                       capture_output=True, timeout=60)


def install(root: Path | None = None, out=sys.stdout) -> int:  # type: ignore[no-untyped-def]
    """Write the desktop file, metainfo and icons under `root` (the user's data folder)."""
    from PySide6.QtGui import QGuiApplication

    from trustjournal.gui.icons import app_svg, write_hicolor

    root = root or data_home()
    if QGuiApplication.instance() is None:
        # Drawing icons needs no screen: this works over ssh and in a build, too.
        QGuiApplication([sys.argv[0] or "trustjournal", "-platform", "offscreen"])
    desktop, metainfo = _targets(root)
    template = resource("desktop", f"{APP_ID}.desktop").read_text("utf-8")
    lines = [f"Exec={_exec_line(launch_command())}" if line.startswith("Exec=") else line
             for line in template.splitlines()]
    desktop.parent.mkdir(parents=True, exist_ok=True)
    desktop.write_text("\n".join(lines) + "\n", "utf-8")
    metainfo.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(resource("desktop", f"{APP_ID}.metainfo.xml"), metainfo)
    write_hicolor(app_svg(), root / "icons", APP_ID)
    _refresh(root)
    print(translate("DesktopEntry", "TrustJournal is in your app menu now ({file}); it "
                    "starts {command}. `trustjournal --remove-desktop-entry` takes it out "
                    "again.").format(file=desktop, command=shlex.join(launch_command())),
          file=out)
    return 0


def remove(root: Path | None = None, out=sys.stdout) -> int:  # type: ignore[no-untyped-def]
    """Remove what install() wrote; files it did not write are left alone."""
    root = root or data_home()
    gone = 0
    for path in (*_targets(root), *_icon_files(root)):
        if path.exists():
            path.unlink()
            gone += 1
    if (root / "icons" / "hicolor").exists():
        _refresh(root)
    print(translate("DesktopEntry", "Removed TrustJournal from your app menu.") if gone
          else translate("DesktopEntry", "TrustJournal was not in your app menu."), file=out)
    return 0
