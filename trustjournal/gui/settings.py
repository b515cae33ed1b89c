"""Settings: auto-lock, whose trust, how many backups to keep, and the journal's protection.

Changing the passphrase or the recovery key re-keys the journal (a new random key, so a
saved copy of the old key file opens nothing new), and encrypting or removing encryption
rewrites it: for all four the window closes the journal, does the work on a thread
(the storage layer writes a new file, checks it, then swaps), showing its steps, and
opens the journal again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from trustjournal.core import rotation as rotation_rules
from trustjournal.core.i18n import translate
from trustjournal.gui.access import RecoveryKeyView
from trustjournal.gui.idle import CHOICES, SETTING, minutes_setting
from trustjournal.gui.language_setting import LanguageSetting
from trustjournal.gui.perspective import PerspectiveCombo
from trustjournal.gui.safety_watch import SETTING as SAFETY_SETTING
from trustjournal.gui.safety_watch import check_enabled, setting_label, setting_note
from trustjournal.gui.secret_dialog import SecretDialog
from trustjournal.gui.theme import set_role

if TYPE_CHECKING:
    from trustjournal.gui.main_window import MainWindow


def recovery_key_dialog(parent: QWidget, recovery_key: str) -> QDialog:
    """The recovery key shown once, in its own window, until the person confirms."""
    shown = QDialog(parent)
    shown.setWindowTitle(translate("Settings", "Your recovery key"))
    view = RecoveryKeyView(recovery_key, again=True)
    view.confirmed.connect(shown.accept)
    layout = QVBoxLayout(shown)
    layout.addWidget(view)
    shown.resize(680, 520)
    shown.open()
    return shown


def _with_note(field: QWidget, note: QLabel) -> QWidget:
    """A setting with its wrapped note under it, as one form field: a note in a form row
    of its own was given one line's height and cut."""
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(4)
    column.addWidget(field)
    column.addWidget(note)
    return box


class SettingsDialog(QDialog):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        journal = window.journal
        assert journal is not None
        self.path = journal.path
        self.setWindowTitle(translate("SettingsDialog", "Settings"))
        self.setMinimumWidth(520)

        self.auto_lock = QComboBox()
        self.auto_lock.setAccessibleName(translate("SettingsDialog", "Lock after"))
        for minutes in CHOICES:
            label = (translate("SettingsDialog", "Never") if minutes == 0
                     else translate("SettingsDialog", "%n minutes", None, minutes))
            self.auto_lock.addItem(label, minutes)
        current = minutes_setting(journal)
        index = self.auto_lock.findData(current)
        self.auto_lock.setCurrentIndex(index if index >= 0 else self.auto_lock.findData(5))
        self.auto_lock.activated.connect(self._auto_lock_changed)
        self.rotation = self._rotation_combo(journal)
        form = QFormLayout()
        self.language = LanguageSetting(journal, self.path.parent)
        form.addRow(translate("SettingsDialog", "App language:"), self.language)
        self.desktop_locks = QLabel(window.desktop_lock.describe())
        self.desktop_locks.setWordWrap(True)
        form.addRow(translate("SettingsDialog", "Lock after this long without use:"),
                    _with_note(self.auto_lock, self.desktop_locks))
        form.addRow(translate("SettingsDialog", "Exercises to show first:"),
                    PerspectiveCombo(journal))
        rotation_note = QLabel(translate(
            "SettingsDialog",
            "Old daily backups are removed only when newer ones replace them. Backups you "
            "make yourself are always kept."))
        rotation_note.setWordWrap(True)
        set_role(rotation_note, "secondary")
        form.addRow(translate("SettingsDialog", "Keep automatic backups:"),
                    _with_note(self.rotation, rotation_note))
        self.safety_check = QCheckBox(setting_label())
        self.safety_check.setChecked(check_enabled(journal))
        self.safety_check.toggled.connect(self._safety_check_changed)
        safety_note = QLabel(setting_note())
        safety_note.setWordWrap(True)
        set_role(safety_note, "secondary")
        form.addRow(translate("SettingsDialog", "Safety and support:"),
                    _with_note(self.safety_check, safety_note))
        general = QGroupBox(translate("SettingsDialog", "General"))
        general.setLayout(form)
        writing = self._writing_group(journal)

        protection = QGroupBox(translate("SettingsDialog", "Protection"))
        box = QVBoxLayout(protection)
        self.state = QLabel()
        self.state.setWordWrap(True)
        box.addWidget(self.state)
        self.buttons: dict[str, QPushButton] = {}
        if window.encrypted:
            self.state.setText(translate("SettingsDialog",
                                         "This journal is encrypted with your passphrase."))
            self._button(box, "passphrase",
                         translate("SettingsDialog", "Change the passphrase…"),
                         self.change_passphrase)
            self._button(box, "recovery",
                         translate("SettingsDialog", "Make a new recovery key…"),
                         self.new_recovery_key)
            self._button(box, "decrypt", translate("SettingsDialog", "Remove encryption…"),
                         self.remove_encryption)
        else:
            self.state.setText(translate("SettingsDialog",
                                         "This journal has no passphrase: anyone who can use "
                                         "this computer account can read it."))
            self._button(box, "encrypt", translate("SettingsDialog", "Encrypt this journal…"),
                         self.encrypt)
        self._button(box, "privacy",
                     translate("SettingsDialog", "What is protected, and what is not"),
                     window.show_privacy)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        # The groups scroll when the screen is shorter than they are: squeezed instead,
        # wrapped notes and drop-downs were cut to half a line.
        content = QWidget()
        groups = QVBoxLayout(content)
        groups.setContentsMargins(0, 0, 0, 0)
        groups.addWidget(general)
        groups.addWidget(writing)
        groups.addWidget(protection)
        self.reminders = None
        window.ensure_reminders()
        if window.reminders is not None:
            from trustjournal.gui.reminders import ReminderSettings

            self.reminders = ReminderSettings(window.reminders)
            groups.addWidget(self.reminders)
        groups.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(close)
        # Never narrower than the groups (they only scroll up and down); as tall as they
        # need, within the screen the dialog opens on.
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        margins = layout.contentsMargins()
        self.setMinimumWidth(max(520, content.minimumSizeHint().width() + bar
                                 + margins.left() + margins.right()))
        screen = window.screen().availableGeometry() if window.screen() else None
        wanted = (content.sizeHint().height() + close.sizeHint().height()
                  + margins.top() + margins.bottom() + layout.spacing())
        if screen is not None:
            wanted = min(wanted, screen.height() - 80)
        self.resize(max(self.minimumWidth(), content.sizeHint().width() + bar
                        + margins.left() + margins.right()), wanted)

    def _button(self, box: QVBoxLayout, key: str, text: str, slot: Callable[[], Any]) -> None:
        button = QPushButton(text)
        button.clicked.connect(slot)
        box.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        self.buttons[key] = button

    def _writing_group(self, journal: Any) -> QGroupBox:
        from trustjournal.gui import spelling

        self.spell_check = QCheckBox(translate("SettingsDialog",
                                               "Mark words that may be misspelt"))
        self.spell_check.setChecked(bool(journal.get_setting(spelling.SETTING_ON, True)))
        self.spell_check.toggled.connect(self._spelling_changed)
        self.spell_language = QComboBox()
        self.spell_language.setAccessibleName(translate("SettingsDialog", "Spelling language"))
        for code, name in spelling.languages().items():
            self.spell_language.addItem(name, code)
        chosen = journal.get_setting(spelling.SETTING_LANGUAGE)
        index = self.spell_language.findData(chosen)
        if index < 0:
            index = self.spell_language.findData(spelling.default_language())
        self.spell_language.setCurrentIndex(index)
        self.spell_language.activated.connect(self._spelling_changed)
        self.spell_language.setEnabled(self.spell_check.isChecked())
        note = QLabel(translate("SettingsDialog",
                                "Checked on this computer only. Words you add are kept inside "
                                "the journal, encrypted with it when it is encrypted."))
        note.setWordWrap(True)
        set_role(note, "secondary")
        form = QFormLayout()
        form.addRow(translate("SettingsDialog", "Spelling:"), self.spell_check)
        form.addRow(translate("SettingsDialog", "Language:"), self.spell_language)
        form.addRow("", note)
        group = QGroupBox(translate("SettingsDialog", "Writing"))
        group.setLayout(form)
        return group

    def _spelling_changed(self, *_: object) -> None:
        from trustjournal.gui import spelling

        journal = self.window_.journal
        if journal is None:
            return
        journal.set_setting(spelling.SETTING_ON, self.spell_check.isChecked())
        journal.set_setting(spelling.SETTING_LANGUAGE, self.spell_language.currentData())
        self.spell_language.setEnabled(self.spell_check.isChecked())
        for speller in self.window_.findChildren(spelling.Speller):
            speller.reload()

    def _rotation_combo(self, journal: Any) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(translate("SettingsDialog", "Keep automatic backups"))
        for key in rotation_rules.PRESETS:
            combo.addItem(rotation_rules.preset_label(key), key)
        current = rotation_rules.rotation_from_setting(
            journal.get_setting(rotation_rules.SETTING))
        key = rotation_rules.preset_of(current)
        if key is None:  # set by hand in the file: shown as it is, kept unless changed
            combo.addItem(translate("SettingsDialog",
                                    "As set: {daily} days, {weekly} weeks, {monthly} months")
                          .format(daily=current.daily, weekly=current.weekly,
                                  monthly=current.monthly), None)
            combo.setCurrentIndex(combo.count() - 1)
        else:
            combo.setCurrentIndex(combo.findData(key))
        combo.activated.connect(self._rotation_changed)
        return combo

    def _rotation_changed(self) -> None:
        key = self.rotation.currentData()
        journal = self.window_.journal
        if key is not None and journal is not None:
            preset = rotation_rules.PRESETS[key][1]
            journal.set_setting(rotation_rules.SETTING, rotation_rules.rotation_to_setting(preset))

    def _safety_check_changed(self, on: bool) -> None:
        journal = self.window_.journal
        if journal is not None:
            journal.set_setting(SAFETY_SETTING, bool(on))

    def _auto_lock_changed(self) -> None:
        minutes = int(self.auto_lock.currentData())
        journal = self.window_.journal
        if journal is not None:
            journal.set_setting(SETTING, minutes)
            self.window_.idle.set_minutes(minutes)

    # -- protection ------------------------------------------------------------------

    def secret_dialog(self, title: str, intro: str, *, current: bool, new: bool,
                      action: str, work: Callable[[str, str], Any]) -> SecretDialog:
        dialog = SecretDialog(self, title, intro, current=current, new=new, action=action)
        dialog.work = work
        return dialog

    def change_passphrase(self) -> SecretDialog:
        from trustjournal.storage.session import JournalSession

        path = self.path
        dialog: SecretDialog

        def work(current: str, new: str) -> tuple[Any, str, list[str], list[Any]]:
            session = JournalSession(path)
            session.unlock(current)
            result = session.change_passphrase(new, progress=dialog.report)
            return session.open(verify=False), result.recovery, [], result.left

        dialog = self.secret_dialog(
            translate("SettingsDialog", "Change the passphrase"),
            translate("SettingsDialog",
                      "TrustJournal writes your journal again under a new key, so that a copy "
                      "of the old key file and the old passphrase cannot read what you write "
                      "next. Your recovery key changes too: you will see the new one once. The "
                      "journal is closed until this is done."),
            current=True, new=True, action=translate("SettingsDialog", "Change it"),
            work=work)
        self._around_conversion(dialog, encrypted=True,
                                status=translate("SettingsDialog", "Passphrase changed."))
        dialog.open()
        return dialog

    def new_recovery_key(self) -> SecretDialog:
        from trustjournal.storage.session import JournalSession

        path = self.path
        dialog: SecretDialog

        def work(current: str, _new: str) -> tuple[Any, str, list[str], list[Any]]:
            session = JournalSession(path)
            session.unlock(current)
            result = session.new_recovery_key(current, progress=dialog.report)
            return session.open(verify=False), result.recovery, [], result.left

        dialog = self.secret_dialog(
            translate("SettingsDialog", "Make a new recovery key"),
            translate("SettingsDialog",
                      "The old recovery key stops working, and you will see the new one once. "
                      "TrustJournal writes your journal again under a new key for this; the "
                      "journal is closed until it is done."),
            current=True, new=False, action=translate("SettingsDialog", "Make a new key"),
            work=work)
        self._around_conversion(dialog, encrypted=True,
                                status=translate("SettingsDialog", "Made a new recovery key."))
        dialog.open()
        return dialog

    def encrypt(self) -> SecretDialog | None:
        from trustjournal.storage.session import JournalSession

        path = self.path
        try:
            doomed = JournalSession(path).plain_files_to_remove()
        except OSError as exc:
            QMessageBox.warning(
                self, translate("SettingsDialog", "Nothing was changed"),
                translate("SettingsDialog",
                          "A file in the journal's folder could not be read ({reason}: "
                          "{file}), so encrypting could not check that no plain copy would be "
                          "left. Your journal is as it was.")
                .format(reason=exc.strerror or type(exc).__name__, file=exc.filename))
            return None
        if doomed:
            listed = "\n".join(f"• {f.shown(path.parent)}" for f in doomed)
            answer = QMessageBox.question(
                self, translate("SettingsDialog", "Remove plain files?"),
                translate("SettingsDialog",
                          "These files in the journal's folder hold plain, readable data that "
                          "cannot be kept in encrypted form:\n\n{files}\n\nEncrypting "
                          "overwrites and removes them. Go on? (Cancel changes nothing.)")
                .format(files=listed),
                QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Yes,
                QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Yes:
                return None
        remove = [f.path for f in doomed]

        def work(_current: str, new: str) -> tuple[Any, str, list[str]]:
            session = JournalSession(path)
            result = session.encrypt(new, remove=remove)
            journal = session.open(verify=False)
            return journal, result.recovery, result.lines(path.parent)

        dialog = self.secret_dialog(
            translate("SettingsDialog", "Encrypt this journal"),
            translate("SettingsDialog",
                      "TrustJournal writes an encrypted copy, checks that every entry is in "
                      "it, and only then replaces the plain file. This can take a little while "
                      "for a big journal; the journal is closed until it is done."),
            current=False, new=True, action=translate("SettingsDialog", "Encrypt"), work=work)
        self._around_conversion(dialog, encrypted=True, status=translate(
            "SettingsDialog", "The journal is encrypted now."))
        dialog.open()
        return dialog

    def remove_encryption(self) -> SecretDialog | None:
        from trustjournal.storage.session import JournalSession

        answer = QMessageBox.question(
            self, translate("SettingsDialog", "Remove encryption?"),
            translate("SettingsDialog",
                      "Without encryption, anyone who can use this computer account or gets a "
                      "copy of the file can read your journal. Remove it anyway?"),
            QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Yes,
            QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return None
        path = self.path

        def work(current: str, _new: str) -> tuple[Any, None, list[str]]:
            session = JournalSession(path)
            session.unlock(current)
            left = session.decrypt()
            lines = [translate("SettingsDialog", "Still encrypted: {file} ({reason})")
                     .format(file=p.name, reason=why) for p, why in left.backups]
            if left.kept_keys is not None:
                lines.append(translate(
                    "SettingsDialog",
                    "Their key file was kept as backups/{file}; with your passphrase it "
                    "still opens them. Keep it while you keep those backups.")
                    .format(file=left.kept_keys.name))
            return session.open(verify=False), None, lines

        dialog = self.secret_dialog(
            translate("SettingsDialog", "Remove encryption"),
            translate("SettingsDialog", "Type your passphrase to confirm."),
            current=True, new=False, action=translate("SettingsDialog", "Remove encryption"),
            work=work)
        self._around_conversion(dialog, encrypted=False,
                                status=translate("SettingsDialog", "Encryption removed."))
        dialog.open()
        return dialog

    def _offer_removal(self, journal: Any, left: list[tuple[Any, str]]) -> None:
        """Backups a re-key could not re-encrypt (damaged ones): remove them, or keep
        them with their old key (sealed under the new one in the key file)."""
        from trustjournal.storage.session import JournalSession

        listed = "\n".join(f"• {path.name}: {why}" for path, why in left)
        answer = QMessageBox.question(
            self.window_, translate("SettingsDialog", "Remove backups under the old key?"),
            translate("SettingsDialog",
                      "These backups could not be re-encrypted and can be opened only with "
                      "the old key:\n\n{files}\n\nRemove them? If you keep them, the key "
                      "file keeps the old key for them (sealed under the new one) until they "
                      "are gone.").format(files=listed),
            QMessageBox.StandardButton.No | QMessageBox.StandardButton.Yes,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            self.window_.events.status.emit(
                translate("SettingsDialog", "The backups under the old key were kept."))
            return
        # The journal was opened under the new key: the session it gives removes them.
        session = JournalSession.around(journal)
        removed = session.remove_old_backups([path for path, _why in left])
        count = len(removed)
        self.window_.events.status.emit(translate(
            "SettingsDialog", "Removed %n backups under the old key.", None, count))

    def _wrong_passphrase(self, passphrase: str) -> str | None:
        from trustjournal.storage.errors import JournalError
        from trustjournal.storage.session import JournalSession

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            JournalSession(self.path).check_passphrase(passphrase)
        except JournalError as exc:
            return str(exc)
        finally:
            QApplication.restoreOverrideCursor()
        return None

    def _around_conversion(self, dialog: SecretDialog, *, encrypted: bool,
                           status: str) -> None:
        """Conversions need the journal closed: save and close it just before the work
        starts; afterwards attach the converted journal, or reopen the old one (it is
        intact whatever happened) and say what went wrong."""
        window, path = self.window_, self.path

        def before(current: str) -> str | None:
            if current and (wrong := self._wrong_passphrase(current)):
                return wrong  # checked before the journal is closed, so nothing moves
            if not window.close_for_conversion():
                return translate("SettingsDialog", "Your latest changes could not be saved, "
                                 "so nothing was changed.")
            return None

        was_encrypted = window.encrypted

        def failed(message: str) -> None:
            from trustjournal.storage.session import JournalSession

            self.reject()
            window.gate.start(path)
            if JournalSession(path).is_encrypted() != was_encrypted:
                # The journal itself was converted; the message says what is unfinished.
                QMessageBox.warning(window, translate("SettingsDialog",
                                                      "Not everything was finished"), message)
                return
            QMessageBox.warning(window, translate("SettingsDialog", "Nothing was changed"),
                                translate("SettingsDialog",
                                          "{message}\n\nYour journal is as it was.")
                                .format(message=message))

        def done() -> None:
            journal, recovery, lines, *more = dialog.result_value
            self.reject()
            window.attach_journal(journal, encrypted=encrypted)
            window.events.status.emit(status)
            if recovery:
                window.show_recovery_key(recovery)
            if lines:
                self.report_box = QMessageBox(
                    QMessageBox.Icon.Information, status, status + "\n\n"
                    + "\n".join(str(line) for line in lines), parent=window)
                self.report_box.open()
            if more and more[0]:
                self._offer_removal(journal, more[0])

        dialog.before = before
        dialog.after_failure = failed
        dialog.accepted.connect(done)
