"""The main window's dialogs: settings, backups, export and import, the daily check-in,
the safety panel and the small informational ones. A part of MainWindow (mixed into
it), kept apart so the window's module stays about its shell and its pages."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QWidget

from trustjournal.core.i18n import translate

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from trustjournal.gui.checkin import CheckInDialog
    from trustjournal.gui.events import AppEvents
    from trustjournal.gui.exercises_view import ExercisesView
    from trustjournal.gui.safety import SafetyDialog
    from trustjournal.gui.safety_watch import SafetyWatch
    from trustjournal.storage import Journal


class WindowDialogs:
    """Opening the window's dialogs; each asks for an open journal where it needs one."""

    journal: Journal | None
    encrypted: bool
    events: AppEvents
    safety_watch: SafetyWatch
    checkin_dialog: CheckInDialog | None
    recovery_dialog: QDialog | None
    safety_dialog: SafetyDialog | None
    exercises_view: ExercisesView

    if TYPE_CHECKING:  # the QMainWindow side of MainWindow
        def menuBar(self) -> QWidget: ...
        def lock(self) -> bool: ...
        def raise_(self) -> None: ...

    def show_recovery_key(self, recovery_key: str) -> None:
        from trustjournal.gui.settings import recovery_key_dialog

        self.recovery_dialog = recovery_key_dialog(self, recovery_key)

    def show_settings(self) -> None:
        from trustjournal.gui.settings import SettingsDialog

        if self.journal is not None:
            SettingsDialog(self).exec()

    def show_backups(self) -> QDialog | None:
        from trustjournal.gui.backups_dialog import BackupsDialog

        if self.journal is None:
            return None
        dialog = BackupsDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_export(self) -> QDialog | None:
        from trustjournal.gui.export_dialog import ExportDialog

        if self.journal is None:
            return None
        titles = {ex.id: ex.title for ex in self.exercises_view.exercises()}
        dialog = ExportDialog(self.journal, encrypted=self.encrypted, parent=self,
                              exercise_titles=titles)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_import(self) -> QDialog | None:
        from trustjournal.gui.import_dialog import ImportDialog

        if self.journal is None:
            return None
        dialog = ImportDialog(self.journal, self.events, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_privacy(self) -> None:
        from trustjournal.gui.privacy import PrivacyDialog

        PrivacyDialog(self).exec()

    def show_about(self) -> None:
        from trustjournal.gui.about import AboutDialog

        AboutDialog(self.journal.path.parent if self.journal else None, self).exec()

    def show_shortcuts(self) -> QDialog:
        from trustjournal.gui.shortcuts import ShortcutsDialog

        dialog = ShortcutsDialog(self.menuBar(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_not_therapy(self) -> QMessageBox:
        from trustjournal.gui.menus import show_not_therapy

        return show_not_therapy(self)

    def show_safety(self) -> SafetyDialog:
        """The safety panel with every section, in a calm order (sidebar button, F1)."""
        if self.safety_dialog is not None:
            self.safety_dialog.raise_()
            self.safety_dialog.activateWindow()
            return self.safety_dialog
        return self._open_safety(None, self)

    def offer_safety(self, section: str) -> None:
        """Something just saved sounds like it calls for help: offer the panel, opening
        on the section that answers it ("" for every section). It comes after the save
        has finished, in the window the person is writing in, never while locked."""
        QTimer.singleShot(0, self, lambda: self._offer_safety(section))

    def _offer_safety(self, section: str) -> None:
        if self.journal is None or self.safety_dialog is not None:
            return
        checkin = self.checkin_dialog
        parent = checkin if checkin is not None and checkin.isVisible() else self
        self._open_safety(section or None, parent)

    def _open_safety(self, focus: str | None, parent: QWidget) -> SafetyDialog:
        from trustjournal.gui.safety import SafetyDialog

        dialog = SafetyDialog(parent, journal=self.journal, focus=focus)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.hide_requested.connect(self.lock)
        dialog.finished.connect(lambda _result, d=dialog: self._safety_closed(d))
        self.safety_dialog = dialog
        dialog.open()
        return dialog

    def _safety_closed(self, dialog: SafetyDialog) -> None:
        if self.safety_dialog is dialog:
            self.safety_dialog = None

    def open_checkin(self) -> None:
        """The daily check-in in a small window; today's is edited rather than repeated."""
        from trustjournal.gui.checkin import CheckInDialog

        if self.journal is None:
            return
        if self.checkin_dialog is not None:
            self.checkin_dialog.raise_()
            self.checkin_dialog.activateWindow()
            return
        dialog = CheckInDialog(self.journal, self.events, self, watch=self.safety_watch)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.runner.safety_requested.connect(self.offer_safety)
        dialog.finished.connect(self._checkin_closed)
        self.checkin_dialog = dialog
        dialog.open()

    def _checkin_closed(self) -> None:
        dialog, self.checkin_dialog = self.checkin_dialog, None
        if dialog is not None and dialog.saved_uuid:
            self.events.status.emit(translate(
                "WindowDialogs", "Check-in saved. Thank you for taking a minute."))
