"""File dialogs that leave no trace outside the journal's folder.

A file dialog remembers: Qt's own dialog keeps the last folder and a history of folders
in its settings (`~/.config/QtProject.conf` on Linux), and the desktop's native dialogs
add chosen files to the desktop's list of recent files. Names of exports and of the
folders they go to can say a lot, so every dialog here is Qt's own, Qt's settings are kept
inside the data folder, and the dialog's group is wiped after each use (which also covers
Windows and macOS, where Qt's settings live in the registry or a plist that no path can
move). The last folder used is kept inside the journal instead.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

# QFileDialog is imported where a dialog opens: the window imports this module before
# its first paint, and a Qt class brings its enums along when first imported.
from trustjournal.paths import ensure_private_dir

if TYPE_CHECKING:
    from trustjournal.storage.journal import Journal

QT_SETTINGS_DIR = "qt"
LAST_FOLDER_SETTING = "last_exchange_folder"
_QT_ORGANISATION = "QtProject"  # where Qt's widgets keep their state
_DIALOG_GROUP = "FileDialog"


def contain_qt_settings(data_folder: Path) -> Path:
    """Make Qt keep its own settings in a private folder inside `data_folder`."""
    target = ensure_private_dir(data_folder / QT_SETTINGS_DIR)
    for kind in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        QSettings.setPath(kind, QSettings.Scope.UserScope, str(target))
    return target


def _forget() -> None:
    settings = QSettings(QSettings.Scope.UserScope, _QT_ORGANISATION)
    settings.remove(_DIALOG_GROUP)
    settings.sync()


def save_file(parent: QWidget | None, caption: str, start: Path, filters: str) -> Path | None:
    """Ask where to save; None if cancelled. `start` may name a file to suggest."""
    from PySide6.QtWidgets import QFileDialog

    chosen, _ = QFileDialog.getSaveFileName(parent, caption, str(start), filters,
                                            "", QFileDialog.Option.DontUseNativeDialog)
    _forget()
    return Path(chosen) if chosen else None


def open_file(parent: QWidget | None, caption: str, start: Path, filters: str) -> Path | None:
    """Ask for an existing file; None if cancelled."""
    from PySide6.QtWidgets import QFileDialog

    chosen, _ = QFileDialog.getOpenFileName(parent, caption, str(start), filters,
                                            "", QFileDialog.Option.DontUseNativeDialog)
    _forget()
    return Path(chosen) if chosen else None


def folder(parent: QWidget | None, caption: str, start: Path) -> Path | None:
    """Ask for a folder; None if cancelled."""
    from PySide6.QtWidgets import QFileDialog

    chosen = QFileDialog.getExistingDirectory(
        parent, caption, str(start),
        QFileDialog.Option.DontUseNativeDialog | QFileDialog.Option.ShowDirsOnly)
    _forget()
    return Path(chosen) if chosen else None


def last_folder(journal: Journal | None) -> Path:
    """The folder of the last export or import, kept in the journal; else home."""
    value = journal.get_setting(LAST_FOLDER_SETTING) if journal is not None else None
    if isinstance(value, str) and value and Path(value).is_dir():
        return Path(value)
    return Path.home()


def remember_folder(journal: Journal, chosen: Path) -> None:
    """Keep `chosen` (a folder) as where the next export or import dialog opens."""
    journal.set_setting(LAST_FOLDER_SETTING, str(chosen))
