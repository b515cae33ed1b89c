"""The urges logged so far, newest first: change one in the same form, or delete one with
a way back. Built to sit in a tab of the Trackers page; it needs only the journal and the
window's events."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from trustjournal.core.entries import Change
from trustjournal.core.i18n import translate
from trustjournal.core.trackers import Urge
from trustjournal.gui.dates import time_text
from trustjournal.gui.events import AppEvents
from trustjournal.gui.theme import set_primary, set_role
from trustjournal.gui.urges.form import UrgeForm
from trustjournal.gui.urges.words import day_text, duration_text, safety_key, summary_line
from trustjournal.storage.errors import JournalError

if TYPE_CHECKING:
    from trustjournal.gui.safety_watch import SafetyWatch
    from trustjournal.storage import Journal

UUID_ROLE = Qt.ItemDataRole.UserRole


def urge_text(urge: Urge) -> str:
    """The list's words for one urge: when, what and how, then the person's notes."""
    lines = [translate("UrgeLog", "{day}, {time} · {summary}").format(
        day=day_text(urge.local_date), time=time_text(urge.started_utc.astimezone()),
        summary=summary_line(urge))]
    if urge.instead.strip():
        lines.append(translate("UrgeLog", "Instead: {words}").format(
            words=" ".join(urge.instead.split())))
    if urge.feeling_after and urge.feeling_after.strip():
        lines.append(translate("UrgeLog", "Later: {words}").format(
            words=" ".join(urge.feeling_after.split())))
    return "\n".join(lines)


class UrgeEditDialog(QDialog):
    """One logged urge in the form it was logged with; Save replaces it."""

    def __init__(self, urge: Urge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("UrgeEditDialog", "Change this urge"))
        self.resize(620, 560)
        self.urge = urge
        values = {"day": day_text(urge.local_date),
                  "time": time_text(urge.started_utc.astimezone()),
                  "spent": duration_text(urge.surfed_seconds)}
        when = QLabel((translate("UrgeEditDialog", "{day}, {time} · {spent} with the timer")
                       if urge.surfed_seconds else
                       translate("UrgeEditDialog", "{day}, {time}")).format(**values))
        set_role(when, "secondary")
        self.form = UrgeForm()
        self.form.show_urge(urge)
        content = QWidget()
        column = QVBoxLayout(content)
        column.addWidget(when)
        column.addWidget(self.form)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("urgeEditSave")
        set_primary(self.save_button)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)
        self.result_urge: Urge | None = None

    def _save(self) -> None:
        problems = self.form.problems()
        if problems:
            self.form.say(" ".join(problems))
            return
        self.result_urge = self.form.urge(self.urge)
        self.accept()


class UrgeLogView(QWidget):
    """Every logged urge, newest first, with Change… and Delete (and Undo after it)."""

    surf_requested = Signal()  # the host opens the "I want to check" window
    safety_requested = Signal(str)  # a safety panel section to offer after an edit

    def __init__(self, journal: Journal, events: AppEvents, parent: QWidget | None = None,
                 *, watch: SafetyWatch | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("urgeLog")
        self.journal = journal
        self.events = events
        self.watch = watch
        self.deleted: Urge | None = None  # the last one deleted, until Undo or the next
        self.edit_dialog: UrgeEditDialog | None = None

        intro = QLabel(translate("UrgeLogView", "Every urge you noted, newest first. Noticing "
                                                "one is already a step."))
        intro.setWordWrap(True)
        set_role(intro, "secondary")
        self.list = QListWidget()
        self.list.setObjectName("urgeList")
        self.list.setAccessibleName(translate("UrgeLogView", "Logged urges"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(4)
        self.list.itemActivated.connect(lambda _item: self.edit_selected())
        self.list.currentRowChanged.connect(lambda _row: self._enable())
        self.empty = QLabel(translate("UrgeLogView", "Nothing logged yet. When the urge to "
                                      "check comes, the “I want to check” button is there "
                                      "for you."))
        self.empty.setObjectName("urgeLogEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_role(self.empty, "secondary")

        self.surf_button = QPushButton(translate("UrgeLogView", "I want to check"))
        self.surf_button.setObjectName("urgeLogSurf")
        self.surf_button.clicked.connect(self.surf_requested)
        self.edit_button = QPushButton(translate("UrgeLogView", "Change…"))
        self.edit_button.setObjectName("urgeLogEdit")
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(translate("UrgeLogView", "Delete"))
        self.delete_button.setObjectName("urgeLogDelete")
        self.delete_button.setToolTip(translate(
            "UrgeLogView", "Delete this urge (you can undo it straight after)"))
        self.delete_button.clicked.connect(self.delete_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.surf_button)
        buttons.addStretch(1)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)

        self.undo_bar = QFrame()
        self.undo_bar.setObjectName("urgeUndoBar")
        self.undo_text = QLabel("")
        self.undo_text.setWordWrap(True)
        self.undo_button = QPushButton(translate("UrgeLogView", "Undo"))
        self.undo_button.setObjectName("urgeUndo")
        self.undo_button.clicked.connect(self.undo_delete)
        undo_row = QHBoxLayout(self.undo_bar)
        undo_row.setContentsMargins(0, 0, 0, 0)
        undo_row.addWidget(self.undo_text, 1)
        undo_row.addWidget(self.undo_button)
        self.undo_bar.hide()
        self.message = QLabel("")
        self.message.setObjectName("urgeLogMessage")
        self.message.setWordWrap(True)
        set_role(self.message, "secondary")
        self.message.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.undo_bar)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        events.changed.connect(self._changed)
        self.reload()

    # -- showing -----------------------------------------------------------------------

    def reload(self) -> None:
        """Read the urges again, keeping the selected one selected."""
        keep = self.selected_uuid()
        self.list.clear()
        for urge in self.journal.urges():
            item = QListWidgetItem(urge_text(urge))
            item.setData(UUID_ROLE, urge.uuid)
            self.list.addItem(item)
            if urge.uuid == keep:
                self.list.setCurrentItem(item)
        has_any = self.list.count() > 0
        self.list.setVisible(has_any)
        self.empty.setVisible(not has_any)
        self._enable()

    def texts(self) -> list[str]:
        """What the list shows, row by row."""
        return [self.list.item(row).text() for row in range(self.list.count())]

    def selected_uuid(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else item.data(UUID_ROLE)

    def select(self, urge_uuid: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(UUID_ROLE) == urge_uuid:
                self.list.setCurrentRow(row)
                return

    def _enable(self) -> None:
        chosen = self.selected_uuid() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def _changed(self, change: Change) -> None:
        if change.trackers:
            self.reload()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # -- changing ------------------------------------------------------------------------

    def edit_selected(self) -> UrgeEditDialog | None:
        """Open the selected urge in its form; Save there replaces it."""
        urge_uuid = self.selected_uuid()
        if urge_uuid is None:
            return None
        try:
            urge = self.journal.get_urge(urge_uuid)
        except JournalError:
            self.reload()  # gone meanwhile (deleted elsewhere)
            return None
        dialog = UrgeEditDialog(urge, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda d=dialog: self._edited(d))
        dialog.finished.connect(lambda _r: setattr(self, "edit_dialog", None))
        self.edit_dialog = dialog
        dialog.open()
        return dialog

    def _edited(self, dialog: UrgeEditDialog) -> None:
        urge = dialog.result_urge
        if urge is None:
            return
        try:
            change = self.journal.save_urge(urge)
        except JournalError as exc:
            self._say(translate("UrgeLogView", "The change could not be saved just now "
                                               "({reason}).").format(reason=exc))
            return
        self._say("")
        section = (self.watch.check(safety_key(urge.uuid), dialog.form.written_text())
                   if self.watch is not None else None)
        self.events.emit_change(change)
        self.select(urge.uuid)
        if section:
            self.safety_requested.emit(section)

    def delete_selected(self) -> None:
        """Delete the selected urge at once; Undo brings it back as it was."""
        urge_uuid = self.selected_uuid()
        if urge_uuid is None:
            return
        try:
            urge = self.journal.get_urge(urge_uuid)
            change = self.journal.delete_urge(urge_uuid)
        except JournalError as exc:
            self._say(translate("UrgeLogView", "It could not be deleted just now ({reason})."
                                ).format(reason=exc))
            return
        self._say("")
        self.deleted = urge
        today = dt.date.today()
        if urge.local_date == today:
            deleted = translate("UrgeLogView", "Deleted the urge from today.")
        elif urge.local_date == today - dt.timedelta(days=1):
            deleted = translate("UrgeLogView", "Deleted the urge from yesterday.")
        else:
            deleted = translate("UrgeLogView", "Deleted the urge from {date}.").format(
                date=day_text(urge.local_date))
        self.undo_text.setText(deleted)
        self.undo_bar.show()
        self.events.emit_change(change)
        self.undo_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def undo_delete(self) -> None:
        """Put the urge deleted last back, exactly as it was."""
        urge = self.deleted
        if urge is None:
            return
        try:
            change = self.journal.save_urge(urge)
        except JournalError as exc:
            self._say(translate("UrgeLogView", "It could not be brought back just now "
                                               "({reason}).").format(reason=exc))
            return
        self.deleted = None
        self.undo_bar.hide()
        self.events.emit_change(change)
        self.select(urge.uuid)
