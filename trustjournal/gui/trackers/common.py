"""What the tracker tabs share: a list beside a form, an undo bar for deletions, the
safety check of what was typed, and the words for whose promise and how it ended."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from trustjournal.core.entries import Change
from trustjournal.core.i18n import QT_TRANSLATE_NOOP, translate
from trustjournal.core.trackers import (
    IntentionOutcome,
    PromiseBy,
    PromiseStatus,
    TrackerKind,
    WorryOutcome,
)
from trustjournal.gui.dates import date_format, qdate
from trustjournal.gui.events import AppEvents
from trustjournal.gui.safety_watch import SafetyWatch
from trustjournal.gui.today_cards import GAP, label
from trustjournal.storage.errors import JournalError

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDateEdit

    from trustjournal.storage import Journal

UNDO_MS = 15_000  # how long the "Undo" offer stays after a deletion

# The words for whose promise and how things ended: source texts, shown through the
# functions below (context "TrackerWords"), so every screen says them the same way.
BY_WORDS = {PromiseBy.ME: QT_TRANSLATE_NOOP("TrackerWords", "Me"),
            PromiseBy.PARTNER: QT_TRANSLATE_NOOP("TrackerWords", "My partner"),
            PromiseBy.US: QT_TRANSLATE_NOOP("TrackerWords", "Us")}
BY_CAPTION = {PromiseBy.ME: QT_TRANSLATE_NOOP("TrackerWords", "By me"),
              PromiseBy.PARTNER: QT_TRANSLATE_NOOP("TrackerWords", "By my partner"),
              PromiseBy.US: QT_TRANSLATE_NOOP("TrackerWords", "By both of us")}
STATUS_WORDS = {PromiseStatus.OPEN: QT_TRANSLATE_NOOP("TrackerWords", "Open"),
                PromiseStatus.KEPT: QT_TRANSLATE_NOOP("TrackerWords", "Kept"),
                PromiseStatus.BROKEN: QT_TRANSLATE_NOOP("TrackerWords", "Not kept"),
                PromiseStatus.RENEGOTIATED: QT_TRANSLATE_NOOP("TrackerWords", "Renegotiated")}
INTENTION_WORDS = {IntentionOutcome.DONE: QT_TRANSLATE_NOOP("TrackerWords", "Done"),
                   IntentionOutcome.PARTLY: QT_TRANSLATE_NOOP("TrackerWords", "Partly"),
                   IntentionOutcome.NOT_TODAY: QT_TRANSLATE_NOOP("TrackerWords", "Not today")}
WORRY_WORDS = {WorryOutcome.CAME_TRUE: QT_TRANSLATE_NOOP("TrackerWords", "It came true"),
               WorryOutcome.DID_NOT: QT_TRANSLATE_NOOP("TrackerWords", "It didn't"),
               WorryOutcome.PARTLY: QT_TRANSLATE_NOOP("TrackerWords", "Partly")}
UUID_ROLE = Qt.ItemDataRole.UserRole


def by_word(by: PromiseBy) -> str:
    """Whose promise, as the form's choice says it ('My partner')."""
    return translate("TrackerWords", BY_WORDS[by])


def by_caption(by: PromiseBy) -> str:
    """Whose promise, as a list row's caption says it ('By my partner')."""
    return translate("TrackerWords", BY_CAPTION[by])


def status_word(status: PromiseStatus) -> str:
    return translate("TrackerWords", STATUS_WORDS[status])


def intention_word(outcome: IntentionOutcome) -> str:
    return translate("TrackerWords", INTENTION_WORDS[outcome])


def worry_word(outcome: WorryOutcome) -> str:
    return translate("TrackerWords", WORRY_WORDS[outcome])


def now_utc() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def date_edit(day: dt.date, name: str) -> QDateEdit:
    """A date picker in the window's one date format."""
    # Imported here: its class brings five enums, and Today's cards need none of it.
    from PySide6.QtWidgets import QDateEdit

    edit = QDateEdit(qdate(day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(date_format())
    edit.setAccessibleName(name)
    return edit


def safety_key(kind: TrackerKind, uuid: str) -> str:
    """The safety watch's key for one tracker record (never the same as an entry's)."""
    return f"{kind.value}:{uuid}"


def one_line(text: str) -> str:
    return " ".join(text.split())


class UndoBar(QFrame):
    """A quiet line after a deletion: what went, and a way to bring it back."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("undoBar")
        self._undo: Callable[[], None] | None = None
        self.text = label("", "secondary")
        self.button = QPushButton(translate("UndoBar", "Undo"))
        self.button.setAccessibleName(translate("UndoBar", "Undo the deletion"))
        self.button.clicked.connect(self.undo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(UNDO_MS)
        self._timer.timeout.connect(self.dismiss)
        self.hide()

    def offer(self, text: str, undo: Callable[[], None]) -> None:
        self._undo = undo
        self.text.setText(text)
        self.show()
        self._timer.start()

    def undo(self) -> None:
        undo, self._undo = self._undo, None
        self.dismiss()
        if undo is not None:
            undo()

    def dismiss(self) -> None:
        self._timer.stop()
        self._undo = None
        self.hide()


class TrackerTab(QWidget):
    """One tracker: its records in a list, the chosen (or a new) one in a form beside it.

    Subclasses build the form into `form_layout`, and fill in `records`, `item_text`,
    `load`, `clear_form`, `collect` (the record to save, or a message) and `remove`."""

    safety_requested = Signal(str)  # a safety panel section to offer after saving
    kind: TrackerKind

    def __init__(self, journal: Journal, events: AppEvents, parent: QWidget | None = None,
                 *, watch: SafetyWatch | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.events = events
        self.watch = watch or SafetyWatch(journal)
        self.current: object | None = None  # the record in the form; None: a new one
        self._stale = False

        self.list = QListWidget()
        self.list.setObjectName(f"{self.kind.value}List")
        self.list.setAccessibleName(self.list_name())
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(GAP // 2)
        self.list.currentItemChanged.connect(self._chosen)
        self.empty = label("", "secondary")
        self.empty.setObjectName(f"{self.kind.value}Empty")
        self.undo_bar = UndoBar()

        self.form_title = label("", "section-title")
        self.message = label("", "error")
        self.message.setObjectName(f"{self.kind.value}Message")
        self.message.hide()
        self.form_layout = QVBoxLayout()
        self.form_layout.setSpacing(GAP)
        self.save_button = QPushButton(translate("TrackerTab", "Save"))
        self.save_button.setProperty("primary", True)
        self.save_button.setToolTip(translate("TrackerTab", "Save (Enter)"))
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton(translate("TrackerTab", "Cancel"))
        self.cancel_button.setToolTip(translate("TrackerTab", "Put back what was saved (Esc)"))
        self.cancel_button.clicked.connect(self.cancel)
        self.delete_button = QPushButton(translate("TrackerTab", "Delete"))
        self.delete_button.setToolTip(translate("TrackerTab",
                                                "Delete it (Del in the list); you can undo"))
        self.delete_button.clicked.connect(self.delete)
        self.buttons = QHBoxLayout()
        self.buttons.setSpacing(GAP)
        self.buttons.addWidget(self.delete_button)
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.cancel_button)
        self.buttons.addWidget(self.save_button)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.empty)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.undo_bar)
        form = QFrame()
        form.setObjectName(f"{self.kind.value}Form")
        form.setProperty("role", "card")
        outer_form = QVBoxLayout(form)
        outer_form.setContentsMargins(3 * GAP, 3 * GAP, 3 * GAP, 3 * GAP)
        outer_form.setSpacing(GAP)
        outer_form.addWidget(self.form_title)
        outer_form.addLayout(self.form_layout)
        outer_form.addWidget(self.message)
        outer_form.addStretch(1)
        outer_form.addLayout(self.buttons)
        self.form = form
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(form)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, GAP, 0, 0)
        layout.addWidget(splitter)
        events.changed.connect(self._changed)

    # -- what each tracker fills in ------------------------------------------------------

    def records(self) -> list[object]:
        raise NotImplementedError

    def list_name(self) -> str:
        """How the list of records is read out ("Your promises")."""
        return translate("TrackerTab", "Your records")

    def deleted_text(self) -> str:
        """The undo bar's sentence after a deletion ("The promise was deleted.")."""
        return translate("TrackerTab", "The record was deleted.")

    def item_text(self, record: object) -> tuple[str, str]:
        """(the record's own words, a caption) for its row in the list."""
        raise NotImplementedError

    def uuid_of(self, record: object) -> str:
        return record.uuid  # type: ignore[attr-defined, no-any-return]

    def load(self, record: object) -> None:
        raise NotImplementedError

    def clear_form(self) -> None:
        raise NotImplementedError

    def collect(self) -> object | str:
        """The record the form describes, or what to tell the person if it can't be."""
        raise NotImplementedError

    def save_record(self, record: object) -> Change:
        raise NotImplementedError

    def remove(self, record: object) -> Change:
        raise NotImplementedError

    def get(self, uuid: str) -> object:
        raise NotImplementedError

    def typed_text(self, record: object) -> str:
        """Everything the person wrote into the record, for the safety check."""
        raise NotImplementedError

    def first_field(self) -> QWidget:
        raise NotImplementedError

    # -- list ----------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the records again, keeping the chosen one chosen."""
        self._stale = False
        keep = self.uuid_of(self.current) if self.current is not None else None
        try:
            found = self.records()
        except JournalError as exc:
            self.show_message(translate("TrackerTab", "Could not read the list just now "
                                                      "({reason}).").format(reason=exc))
            return
        self.list.blockSignals(True)
        self.list.clear()
        for heading, records in self.grouped(found):
            if heading:
                head = QListWidgetItem(heading)
                head.setFlags(Qt.ItemFlag.NoItemFlags)
                font = head.font()
                font.setBold(True)
                head.setFont(font)
                self.list.addItem(head)
            for record in records:
                words, caption = self.item_text(record)
                item = QListWidgetItem(f"{words}\n{caption}")
                item.setData(UUID_ROLE, self.uuid_of(record))
                item.setToolTip(caption)
                self.list.addItem(item)
                if self.uuid_of(record) == keep:
                    self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self.empty.setVisible(not found)
        self.list.setVisible(bool(found))

    def grouped(self, records: list[object]) -> list[tuple[str, list[object]]]:
        """The records under headings, in the order storage gave them."""
        return [("", records)]

    def shown_uuids(self) -> list[str]:
        return [self.list.item(r).data(UUID_ROLE) for r in range(self.list.count())
                if self.list.item(r).data(UUID_ROLE)]

    def row_texts(self) -> list[str]:
        return [self.list.item(r).text() for r in range(self.list.count())]

    def select(self, uuid: str) -> bool:
        """Choose the record with this uuid in the list and the form; False if gone."""
        if self._stale:
            self.reload()
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(UUID_ROLE) == uuid:
                self.list.blockSignals(True)
                self.list.setCurrentItem(item)
                self.list.blockSignals(False)
                self.list.scrollToItem(item)
                self._chosen(item)  # read again even when it was already chosen
                return True
        return False

    def _chosen(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        uuid = item.data(UUID_ROLE) if item is not None else None
        if not uuid:
            return
        try:
            record = self.get(uuid)
        except JournalError:
            self.reload()
            return
        self.current = record
        self.hide_message()
        self.load(record)
        self._editing(True)

    # -- form ----------------------------------------------------------------------------

    def new(self) -> None:
        """An empty form for a new record, with the keyboard in its first field."""
        self.current = None
        self.list.blockSignals(True)
        self.list.setCurrentItem(None)
        self.list.clearSelection()
        self.list.blockSignals(False)
        self.hide_message()
        self.clear_form()
        self._editing(False)
        self.first_field().setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _editing(self, existing: bool) -> None:
        self.delete_button.setEnabled(existing)
        self.editing_changed(existing)

    def editing_changed(self, existing: bool) -> None:
        """A saved record (True) or a new one (False) is now in the form."""

    def cancel(self) -> None:
        """Put the form back to what was saved (or empty it for a new record)."""
        self.hide_message()
        if self.current is not None:
            self.load(self.current)
        else:
            self.clear_form()

    def save(self) -> bool:
        """Save what the form says; a clear message instead when it can't be."""
        record = self.collect()
        if isinstance(record, str):
            self.show_message(record)
            return False
        return self.store(record)

    def store(self, record: object) -> bool:
        try:
            change = self.save_record(record)
        except JournalError as exc:
            self.show_message(str(exc))
            return False
        self.hide_message()
        self.current = record
        self.events.emit_change(change)
        self.reload()
        self.select(self.uuid_of(record))
        self._editing(True)
        self.check_safety(record)
        return True

    def check_safety(self, record: object) -> None:
        # Only after the words are safely written, like the editor's check.
        section = self.watch.check(safety_key(self.kind, self.uuid_of(record)),
                                   self.typed_text(record))
        if section:
            self.safety_requested.emit(section)

    def delete(self) -> None:
        """Delete the chosen record; the undo bar can save it back as it was."""
        record = self.current
        if record is None:
            return
        try:
            change = self.remove(record)
        except JournalError as exc:
            self.show_message(str(exc))
            return
        self.current = None
        self.events.emit_change(change)
        self.reload()
        self.clear_form()
        self._editing(False)
        self.undo_bar.offer(self.deleted_text(), lambda: self._restore(record))
        self.undo_bar.button.setFocus()

    def _restore(self, record: object) -> None:
        try:
            change = self.save_record(record)
        except JournalError as exc:
            self.show_message(str(exc))
            return
        self.events.emit_change(change)
        self.reload()
        self.select(self.uuid_of(record))

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def hide_message(self) -> None:
        self.message.clear()
        self.message.hide()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.cancel()
            return
        if event.key() == Qt.Key.Key_Delete and self.list.hasFocus():
            self.delete()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.list.hasFocus():
            focused = self.focusWidget()
            if isinstance(focused, QPushButton):  # Enter on a button presses that button
                focused.click()
            else:
                self.save()
            return
        super().keyPressEvent(event)

    # -- refreshing ----------------------------------------------------------------------

    def _changed(self, change: Change) -> None:
        if not change.trackers:
            return
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        if self._stale:
            self.reload()


def caption_label(text: str = "") -> QLabel:
    return label(text, "caption", wrap=False)
