"""Creating the QApplication and opening the journal: the one place that starts Qt."""

from __future__ import annotations

import argparse
import os
import sys
import threading
import traceback
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from trustjournal import APP_ID, APP_NAME, __version__
from trustjournal.core.i18n import translate
from trustjournal.gui import import_check, startup_gc
from trustjournal.paths import data_dir, journal_path
from trustjournal.resources import resource

# Before the window's modules load: each import after PySide6 pays for its check.
import_check.install()

if TYPE_CHECKING:
    from trustjournal.gui.main_window import MainWindow
    from trustjournal.gui.reminders import Reminders


def _name_qt() -> None:
    from PySide6.QtCore import Qt

    Qt.AlignmentFlag  # noqa: B018  (naming it is the point: see create_application)


def create_application(argv: list[str] | None = None,
                       data_folder: Path | None = None) -> QApplication:
    if data_folder is not None:
        # Before any widget reads or writes Qt's own settings (file dialog history).
        from trustjournal.gui.file_dialogs import contain_qt_settings

        contain_qt_settings(data_folder)
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    args = argv or [sys.argv[0]]
    if data_folder is not None:
        # Made with the Fusion style the theme below puts on it: that way the theme need
        # not ask the application for its style, and PySide6 does not build QStyle's
        # eleven enums (about 6 ms) before the first paint; only the pages need them.
        args = [*args, "-style", "fusion"]
    # The window names Qt's namespace (Qt.AlignmentFlag, Qt.Key, ...) before its first
    # paint, and PySide6 builds all 94 of its enums the first time anything does: about
    # 17 ms of Python. Built on a thread while QApplication starts up (C++ that lets go
    # of Python's lock), the two run side by side; the thread is done before this
    # returns, so nothing else ever meets the namespace half built.
    namer = threading.Thread(target=_name_qt, name="qt-names", daemon=True)
    namer.start()
    try:
        app = QApplication(args)
    finally:
        namer.join()
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    from trustjournal.gui.translation import install_app_language

    # Before any widget exists: every window builds its text once, in this language.
    install_app_language(app, data_folder)
    icon = resource("icons", "trustjournal.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    if data_folder is not None:
        from trustjournal.gui.theme import Appearance

        # Before the first window, so the first-run and unlock screens are themed too.
        Appearance(app, data_folder).apply(fusion_set=True)
    return app


def _install_excepthook() -> None:
    """An unexpected error shows a calm dialog; details name the error type only."""

    def hook(kind, value, tb) -> None:  # type: ignore[no-untyped-def]
        from PySide6.QtWidgets import QMessageBox

        # Frames and types only: exception messages can quote entry text.
        where = "".join(traceback.format_list(traceback.extract_tb(tb)[-3:]))
        sys.stderr.write(f"TrustJournal: unexpected {kind.__name__}\n{where}")
        box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME,
                          translate("Application", "Something went wrong inside TrustJournal. "
                                    "Your saved entries are safe. If this keeps happening, "
                                    "restart the app."))
        box.setDetailedText(f"{kind.__name__}\n{where}")
        box.exec()

    sys.excepthook = hook


def open_failed(app: QApplication, folder: Path, message: str) -> int:
    # Loaded here, not before the first paint: each Qt class brings its enums along.
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, message)
    show = box.addButton(translate("Application", "Show folder"),
                         QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if box.clickedButton() is show:
        # The nearest real folder: a file in the data folder's place opens nothing.
        shown = next((place for place in (folder, *folder.parents) if place.is_dir()), folder)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(shown)))
    return 1


def _unusable_folder(folder: Path, error: OSError) -> str:
    """What to say when the data folder cannot even be made or used at start-up: our own
    words for a file in its way, else the system's reason."""
    from trustjournal.gui.tasks import message_for
    from trustjournal.storage.errors import NotAFolderError
    from trustjournal.storage.presence import refuse_file_as_folder

    try:
        refuse_file_as_folder(folder)
    except NotAFolderError as refused:
        return str(refused)
    return message_for(error, folder)


def _add_reminders(window: MainWindow, folder: Path, started: float | None = None
                   ) -> Reminders:
    """The window's reminders; `started` (a time.time() stamp) is when the app started,
    so a reminder due while it was starting is shown, not put off to the next day."""
    import datetime as dt

    from trustjournal.gui.reminders import Reminders

    since = None if started is None else dt.datetime.fromtimestamp(started)
    window.reminders = Reminders(window, folder, since=since)
    return window.reminders


# The latest the reminders wait for, counted from the shell's paint: a journal that waits
# behind the unlock screen, or a page that never paints (window minimised).
REMINDERS_LATEST_MS = 1500


def add_reminders_once_usable(window: MainWindow, folder: Path,
                              started: float | None = None) -> None:
    """Set up the reminders' timer and tray once the first page is on screen (they
    cost about 6 ms of start-up, and nothing of them shows before a reminder is due), or
    REMINDERS_LATEST_MS after the shell's paint, whichever comes first. A reminder due
    since `started` (the app's start) is shown then."""
    from PySide6.QtCore import QTimer

    from trustjournal.gui.first_paint import once_settled

    def add() -> None:
        # Not for a window already closed or shut down (the benchmark's quit at usable).
        window.reminders_pending = None
        if window.reminders is None and window.isVisible():
            _add_reminders(window, folder, started)

    window.reminders_pending = add

    def usable() -> None:
        page = window.pages.currentWidget()
        if page is not None and page.isVisible():
            once_settled(page, add)
        else:
            QTimer.singleShot(0, window, add)

    window.journal_ready.connect(usable)
    window.shell_shown.connect(lambda: QTimer.singleShot(REMINDERS_LATEST_MS, window, add))


# The latest the cycle collector is held back (startup_gc), counted from the start of the
# event loop: a journal that waits behind the unlock screen, a window that never paints.
GC_HELD_LATEST_MS = 3000


def release_gc_once_usable(window: MainWindow) -> None:
    """Put the cycle collector back as it was (startup_gc) once the journal is usable:
    after the first page's paint and what waited for it, or at once when the page is
    not on screen."""
    from trustjournal.gui.first_paint import once_settled

    def usable() -> None:
        page = window.pages.currentWidget()
        if page is not None and page.isVisible():
            once_settled(page, startup_gc.release)
        else:
            startup_gc.release()

    window.journal_ready.connect(usable)


def release_gc_at_the_latest() -> None:
    """Put the cycle collector back GC_HELD_LATEST_MS into the event loop if nothing
    has by then (a journal behind the unlock screen, a first run)."""
    if startup_gc.held():
        from PySide6.QtCore import QTimer

        QTimer.singleShot(GC_HELD_LATEST_MS, startup_gc.release)


def run_gui(args: argparse.Namespace, started: float | None = None) -> int:
    """Open the window; `started` is when the app started (time.time()), which the
    reminders count from."""
    folder = data_dir(args.data_dir)
    try:
        app = create_application(data_folder=folder)
    except OSError as exc:
        # Qt's own settings go into the data folder first thing, so a folder that is a
        # file (or cannot be made) stops here: said in a dialog, and nothing created.
        return open_failed(create_application(), folder, _unusable_folder(folder, exc))
    release_gc_at_the_latest()
    # After the application: its start-up is what the Qt names are built beside.
    from trustjournal.gui.main_window import MainWindow

    path = journal_path(folder)
    probe = os.environ.get("TRUSTJOURNAL_STARTUP_PROBE", "")
    failure: list[int] = []
    damage: tuple[str, bool] | None = None
    hook_installed = False
    in_tray = bool(getattr(args, "in_tray", False))
    while True:
        window = MainWindow()
        if in_tray or damage is not None:
            _add_reminders(window, folder, started)
        else:
            add_reminders_once_usable(window, folder, started)
        release_gc_once_usable(window)
        # Started at login: wait in the tray, if there is one and reminders are on.
        if not (in_tray and window.reminders is not None
                and window.reminders.keeps_running()):
            window.show()
        in_tray = False
        if probe:  # the benchmark's stamps (startup_probe.py)
            from trustjournal.gui import startup_probe

            startup_probe.install(app, window, probe)

        def failed(message: str, window: MainWindow = window) -> None:
            window.hide()
            failure.append(open_failed(app, folder, message))
            app.quit()

        found: list[str] = []
        window.open_failed.connect(failed)
        window.damage_found.connect(found.append)
        if damage is None:
            # First run, unlock or a plain open: the window's gate asks for what is needed,
            # and the slow parts (SQLAlchemy's import, key derivation) run on a thread.
            window.start(path)
        else:
            window.show_damaged(path, damage[0], encrypted=damage[1])
        if not hook_installed:
            _install_excepthook()
            hook_installed = True
        try:
            code = app.exec()
        finally:
            try:
                startup_gc.release()
                window.shutdown()
            finally:
                # A quit asked for after the loop had ended (the window closing as it
                # shuts down) would end the next loop at once: the damaged screen's
                # window, or whatever runs the application's events next.
                from PySide6.QtCore import QCoreApplication, QEvent

                QCoreApplication.removePostedEvents(app, QEvent.Type.Quit)
        if not found or failure:
            return failure[0] if failure else code
        # The background check found damage after the journal opened: that window has
        # closed the journal; a new one shows the damaged screen with the ways on.
        damage = (found[0], window.encrypted)
        if window.reminders is not None:
            # The new window's reminders go on from this one's: none is shown twice.
            started = window.reminders.since.timestamp()
        window.deleteLater()
