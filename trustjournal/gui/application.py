"""Creating the QApplication and opening the journal: the one place that starts Qt."""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from trustjournal import APP_NAME, __version__
from trustjournal.paths import data_dir, journal_path
from trustjournal.resources import resource


def create_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv or [sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("trustjournal")
    icon = resource("icons", "trustjournal.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def _install_excepthook() -> None:
    """An unexpected error shows a calm dialog; details name the error type only."""

    def hook(kind, value, tb) -> None:  # type: ignore[no-untyped-def]
        # Frames and types only: exception messages can quote entry text.
        where = "".join(traceback.format_list(traceback.extract_tb(tb)[-3:]))
        sys.stderr.write(f"TrustJournal: unexpected {kind.__name__}\n{where}")
        box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME,
                          "Something went wrong inside TrustJournal. Your saved entries are "
                          "safe. If this keeps happening, restart the app.")
        box.setDetailedText(f"{kind.__name__}\n{where}")
        box.exec()

    sys.excepthook = hook


def open_failed(app: QApplication, folder: Path, message: str) -> int:
    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, message)
    show = box.addButton("Show folder", QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if box.clickedButton() is show:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
    return 1


def run_gui(args: argparse.Namespace) -> int:
    from trustjournal.gui.main_window import MainWindow

    app = create_application()
    folder = data_dir(args.data_dir)
    probe = os.environ.get("TRUSTJOURNAL_STARTUP_PROBE", "")
    window = MainWindow()
    window.show()
    if probe == "shown":  # benchmark: the window shell is on screen
        QTimer.singleShot(0, app.quit)
    if probe in ("1", "ready"):  # benchmark: the journal's pages are usable
        window.journal_ready.connect(lambda: QTimer.singleShot(0, app.quit))
    failure: list[int] = []

    def failed(message: str) -> None:
        window.hide()
        failure.append(open_failed(app, folder, message))
        app.quit()

    window.open_failed.connect(failed)
    # First run, unlock or a plain open: the window's gate asks for what is needed, and
    # the slow parts (SQLAlchemy's import, key derivation) run on a thread.
    window.start(journal_path(folder))
    _install_excepthook()
    try:
        code = app.exec()
    finally:
        window.shutdown()
    return failure[0] if failure else code
