"""The entry editor: title, day, star, tags and the Markdown body, with autosave."""

from __future__ import annotations

import contextlib
import datetime as dt
import uuid as uuidlib
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QDate,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QGuiApplication, QHideEvent, QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QCompleter,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from trustjournal.core.entries import Change, Entry, EntryEdit, EntryKind, RecoverySnapshot
from trustjournal.core.i18n import translate
from trustjournal.core.text import split_tags, word_count
from trustjournal.gui import shortcuts
from trustjournal.gui.dates import date_format
from trustjournal.gui.events import AppEvents
from trustjournal.gui.markdown import MarkdownHighlighter
from trustjournal.gui.preview import show_preview
from trustjournal.gui.safety_watch import SafetyWatch
from trustjournal.gui.spelling import Speller
from trustjournal.gui.theme import current_theme
from trustjournal.gui.writing import WritingEdit
from trustjournal.storage.errors import JournalError

if TYPE_CHECKING:
    from trustjournal.gui.history import HistoryDialog
    from trustjournal.storage import Journal

# Read each time a timer starts, so tests can shorten them.
AUTOSAVE_MS = 1500  # save this long after typing pauses
SNAPSHOT_MS = 2000  # while unsaved, keep a recovery snapshot at most this often
MAX_UNSAVED_MS = 10_000  # typing without a pause still saves this often
COUNT_DELAY_MS = 300
HISTORY_SHORTCUT = shortcuts.HISTORY


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


class TagCompleter(QCompleter):
    """Completes the tag being typed after the last comma."""

    def splitPath(self, path: str) -> list[str]:
        return [path.split(",")[-1].strip()]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        widget = self.widget()
        done = widget.text().split(",")[:-1] if isinstance(widget, QLineEdit) else []
        parts = [p.strip() for p in done if p.strip()] + [str(index.data())]
        return ", ".join(parts) + ", "


class EditorWidget(QWidget):
    """Edits one entry. New entries exist only once there is something to save."""

    saved = Signal(str)  # uuid
    status_changed = Signal(str)
    edit_answers_requested = Signal(str)  # uuid of an exercise or check-in entry
    follow_up_requested = Signal(str)  # uuid of an entry that awaits a follow-up
    snapshot_written = Signal(str)  # uuid: unsaved text is now kept in the journal
    safety_offered = Signal(str)  # a safety panel section, once per entry (safety_watch)

    def __init__(self, journal: Journal, events: AppEvents, parent: QWidget | None = None,
                 *, watch: SafetyWatch | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self.watch = watch or SafetyWatch(journal)
        self._events = events
        self._uuid: str | None = None
        self._entry: Entry | None = None
        self._dirty = False
        self._loading = False
        self._read_only = False
        self._structured = False  # an exercise entry: its text comes from the answers
        # A new entry's uuid is chosen up front, so its recovery snapshot and its first
        # save name the same entry (a crash between the two cannot make a duplicate).
        self._new_uuid = str(uuidlib.uuid4())
        self._generation = 0  # counts edits, so a save knows whether more came meanwhile
        self._saving = False
        self._snapshot_uuid: str | None = None  # the entry whose snapshot we last wrote
        self._last_snapshot: RecoverySnapshot | None = None
        self.history_dialog: HistoryDialog | None = None
        self._chrome_hidden: list[QWidget] = []

        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(translate("EditorWidget", "Title (optional)"))
        self.title_edit.setAccessibleName(translate("EditorWidget", "Entry title"))
        title_font = self.title_edit.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.3)
        self.title_edit.setFont(title_font)

        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(date_format())
        self.date_edit.setAccessibleName(translate("EditorWidget", "Entry day"))
        self.date_edit.setToolTip(
            translate("EditorWidget", "The day this entry belongs to (change it to backdate)"))
        self.date_edit.setMaximumDate(QDate.currentDate().addYears(1))

        self.star_button = QToolButton()
        self.star_button.setCheckable(True)
        self.star_button.setText("☆")
        self.star_button.setToolTip(translate("EditorWidget", "Star this entry"))
        self.star_button.setAccessibleName(translate("EditorWidget", "Star"))

        self.tags_edit = QLineEdit()
        self.tags_edit.setPlaceholderText(translate("EditorWidget", "Tags, separated by commas"))
        self.tags_edit.setAccessibleName(translate("EditorWidget", "Tags"))
        self._tag_model = QStringListModel(self)
        completer = TagCompleter(self._tag_model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.tags_edit.setCompleter(completer)
        self._tags_stale = True
        self.tags_edit.installEventFilter(self)

        self.body_edit = WritingEdit()
        self.body_edit.setAccessibleName(translate("EditorWidget", "Entry text"))
        self.body_edit.setToolTip(translate(
            "EditorWidget", "Markdown works: **bold**, *italic*, # headings, - lists"))
        self.body_edit.setTabChangesFocus(False)
        self.speller = Speller(journal, self)
        self.body_edit.speller = self.speller
        self._highlighter = MarkdownHighlighter(
            self.body_edit.document(), theme=current_theme(), speller=self.speller)
        self.speller.changed.connect(self.restyle)
        self.preview = QTextBrowser()
        self.preview.setOpenLinks(False)
        self.preview.setAccessibleName(translate("EditorWidget", "Preview"))
        self.body_stack = QStackedWidget()
        self.body_stack.addWidget(self.body_edit)
        self.body_stack.addWidget(self.preview)

        self.answers_banner = QFrame()
        self.answers_banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.answers_label = QLabel()
        self.answers_label.setWordWrap(True)
        self.answers_button = QPushButton(translate("EditorWidget", "Change the answers"))
        self.answers_button.setToolTip(
            translate("EditorWidget", "Open the exercise again with these answers"))
        self.answers_button.clicked.connect(
            lambda: self._uuid and self.edit_answers_requested.emit(self._uuid))
        # Tells whether an entry awaits a later follow-up (set by the window, which
        # knows the exercises); the editor itself knows nothing about them.
        self.follow_up_check: Callable[[str], bool] | None = None
        self.follow_up_button = QPushButton(translate("EditorWidget", "How did it go?"))
        self.follow_up_button.clicked.connect(
            lambda: self._uuid and self.follow_up_requested.emit(self._uuid))
        self.follow_up_button.hide()
        banner = QHBoxLayout(self.answers_banner)
        banner.addWidget(self.answers_label, 1)
        banner.addWidget(self.follow_up_button)
        banner.addWidget(self.answers_button)
        self.answers_banner.hide()

        self.preview_button = QPushButton(translate("EditorWidget", "Preview"))
        self.preview_button.setCheckable(True)
        self.preview_button.setToolTip(
            translate("EditorWidget", "Show the formatted text (Ctrl+Shift+P)"))
        self.history_button = QPushButton(translate("EditorWidget", "History…"))
        self.history_button.setToolTip(translate(
            "EditorWidget", "Earlier versions of this entry, to compare or bring back "
            "({shortcut})").format(shortcut=HISTORY_SHORTCUT))
        self.history_button.setEnabled(False)
        self.history_button.clicked.connect(self.show_history)
        self.words_label = QLabel(translate("EditorWidget", "%Ln words", None, 0))
        self.status_label = QLabel("")
        self.status_label.setAccessibleName(translate("EditorWidget", "Save status"))

        top = QHBoxLayout()
        top.addWidget(self.title_edit, 1)
        top.addWidget(self.date_edit)
        top.addWidget(self.star_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.words_label)
        bottom.addStretch(1)
        bottom.addWidget(self.status_label)
        bottom.addWidget(self.history_button)
        bottom.addWidget(self.preview_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.tags_edit)
        layout.addWidget(self.answers_banner)
        layout.addWidget(self.body_stack, 1)
        layout.addLayout(bottom)

        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.timeout.connect(self.save)
        self._snapshot_timer = QTimer(self)
        self._snapshot_timer.setSingleShot(True)
        self._snapshot_timer.timeout.connect(self.snapshot_now)
        self._unsaved_timer = QTimer(self)
        self._unsaved_timer.setSingleShot(True)
        self._unsaved_timer.timeout.connect(self.save)
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(COUNT_DELAY_MS)
        self._count_timer.timeout.connect(self._update_count)

        self.title_edit.textEdited.connect(self._edited)
        self.tags_edit.textEdited.connect(self._edited)
        self.body_edit.textChanged.connect(self._body_changed)
        self.date_edit.dateChanged.connect(self._edited)
        self.star_button.toggled.connect(self._star_toggled)
        self.preview_button.toggled.connect(self._show_preview)
        # Keyboard path for writing: title, (Return or Tab) tags, body. The day and the
        # star come before the title (Shift+Tab), so they never stand in the way.
        QWidget.setTabOrder(self.date_edit, self.star_button)
        QWidget.setTabOrder(self.star_button, self.title_edit)
        QWidget.setTabOrder(self.title_edit, self.tags_edit)
        QWidget.setTabOrder(self.tags_edit, self.body_edit)
        self.title_edit.returnPressed.connect(self.body_edit.setFocus)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        QShortcut(QKeySequence("Ctrl+Shift+P"), self, self.preview_button.toggle)
        QShortcut(QKeySequence(HISTORY_SHORTCUT), self, self.show_history)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            # Switching to another window is when a laptop gets closed or a battery
            # runs out: keep the unsaved text first.
            app.applicationStateChanged.connect(self._application_state)

        self.refresh_tags()
        self.new_entry()

    # -- public ----------------------------------------------------------------------

    @property
    def entry_uuid(self) -> str | None:
        return self._uuid

    @property
    def dirty(self) -> bool:
        return self._dirty

    def new_entry(self, day: dt.date | None = None) -> None:
        """A blank page; it becomes an entry when there is something to save."""
        self._show(None, day or dt.date.today())
        self.title_edit.setFocus()

    def load(self, entry_uuid: str) -> bool:
        """Show an entry (after saving the current one). False if saving failed."""
        if entry_uuid == self._uuid:
            return True
        if not self.save():
            return False
        self._show(self._journal.get_entry(entry_uuid), None)
        return True

    def refresh_tags(self) -> None:
        """The tag list for completion is read when the tags field is first used (counting
        every tag of a big journal is work the window need not do at start)."""
        self._tags_stale = True
        if self.tags_edit.hasFocus():
            self._load_tags()

    def _load_tags(self) -> None:
        if self._tags_stale:
            try:
                names = [t.name for t in self._journal.tag_counts()]
            except JournalError:
                # A journal closing (the focus moves here as the window closes) or busy:
                # the list is read the next time the field is used.
                return
            self._tags_stale = False
            self._tag_model.setStringList(names)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.tags_edit and event.type() == QEvent.Type.FocusIn:
            self._load_tags()
        return False

    def save(self) -> bool:
        """Write pending edits now. False (and the text kept) if the write failed.

        Autosave, Ctrl+S, switching entries and closing all come here, one at a time on
        the GUI thread: a pending autosave is cancelled by any save, so the same text is
        never saved twice, and edits made while a save runs stay marked unsaved.
        """
        self._autosave.stop()
        if self._saving:
            # Only reachable from an event loop nested inside the running save: let it
            # finish, then look again.
            self._autosave.start(0)
            return False
        if not self._dirty or self._read_only:
            return True
        title, body = self.title_edit.text(), self.body_edit.toPlainText()
        tags = split_tags(self.tags_edit.text())
        day = pydate(self.date_edit.date())
        starred = self.star_button.isChecked()
        generation = self._generation
        self._saving = True
        try:
            if self._uuid is None:
                if not (title.strip() or body.strip() or tags):
                    self._dirty = False  # nothing to keep, not even a snapshot of it
                    self._stop_timers()
                    self._forget_snapshot()
                    return True
                entry, change = self._journal.create_entry(
                    title=title, body=body, tags=tags, local_date=day, starred=starred,
                    entry_uuid=self._new_uuid,
                )
            else:
                entry, change = self._journal.update_entry(
                    self._uuid,
                    EntryEdit(title=title, body=body, tags=tags, starred=starred, local_date=day),
                )
        except (JournalError, OSError) as exc:
            self._set_status(translate(
                "EditorWidget", "Not saved yet — your text is safe here. ({reason})").format(
                reason=_reason(exc)))
            self._autosave.start(AUTOSAVE_MS * 4)
            self.snapshot_now()
            return False
        finally:
            self._saving = False
        self._uuid, self._entry = entry.uuid, entry
        self._dirty = self._generation != generation
        if self._dirty:
            self._autosave.start(AUTOSAVE_MS)
        else:
            self._stop_timers()
            self._forget_snapshot()
        self.history_button.setEnabled(True)
        self._set_status(saved_text())
        self._events.emit_change(change)
        if change.tags:
            self.refresh_tags()
        self.saved.emit(entry.uuid)
        # Only after the words are safely written: the check never delays or stops a save.
        written = [title, ", ".join(tags)] + ([] if self._structured else [body])
        if section := self.watch.check(entry.uuid, "\n".join(written)):
            self.safety_offered.emit(section)
        return True

    def snapshot_now(self) -> bool:
        """Keep the unsaved text inside the journal now, so a crash or a power cut cannot
        take it (never in a file of its own: the journal may be encrypted). True if the
        text is kept (or there is nothing unsaved)."""
        self._snapshot_timer.stop()
        if not self._dirty or self._read_only or self._journal.closed:
            return True
        snapshot = self.current_snapshot()
        if snapshot == self._last_snapshot:
            return True
        try:
            self._journal.save_recovery(snapshot)
        except Exception:  # a safety net must never break typing; a failing save says why
            return False
        self._last_snapshot = snapshot
        self._snapshot_uuid = snapshot.entry_uuid
        self.snapshot_written.emit(snapshot.entry_uuid)
        return True

    def current_snapshot(self) -> RecoverySnapshot:
        """What the editor holds right now, as a recovery snapshot."""
        return RecoverySnapshot(
            entry_uuid=self._uuid or self._new_uuid,
            title=self.title_edit.text(),
            body=self.body_edit.toPlainText(),
            tags=split_tags(self.tags_edit.text()),
            local_date=pydate(self.date_edit.date()),
            starred=self.star_button.isChecked(),
            is_new=self._uuid is None,
        )

    def fill(self, snapshot: RecoverySnapshot, *, keep_uuid: bool = False) -> None:
        """Put recovered text in the editor as if it had just been typed (unsaved; the
        caller saves). keep_uuid: a blank page takes the snapshot's uuid for its entry.
        The body is replaced in one undoable step."""
        if self._uuid is None and keep_uuid:
            self._new_uuid = snapshot.entry_uuid
        self.title_edit.setText(snapshot.title)
        self.tags_edit.setText(", ".join(snapshot.tags))
        self.date_edit.setDate(qdate(snapshot.local_date))
        self.star_button.setChecked(snapshot.starred)
        if not self._structured and snapshot.body != self.body_edit.toPlainText():
            cursor = QTextCursor(self.body_edit.document())
            cursor.beginEditBlock()
            cursor.select(QTextCursor.SelectionType.Document)
            cursor.insertText(snapshot.body)
            cursor.endEditBlock()
        self._edited()

    def show_history(self) -> HistoryDialog | None:
        """Open the entry's earlier versions (after saving what is typed)."""
        from trustjournal.gui.history import HistoryDialog

        if self._uuid is None:
            self._set_status(
                translate("EditorWidget", "History starts once this entry is saved."))
            return None
        if not self.save():
            return None
        dialog = HistoryDialog(self._journal, self._uuid, self, read_only=self._read_only)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.restored.connect(self._restored)
        dialog.destroyed.connect(self._history_closed)
        self.history_dialog = dialog
        dialog.open()
        return dialog

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for widget in (self.title_edit, self.tags_edit, self.date_edit, self.star_button):
            widget.setEnabled(not read_only)
        self.body_edit.setReadOnly(read_only or self._structured)
        self.answers_button.setEnabled(not read_only)

    def clear_if_showing(self, uuids: frozenset[str]) -> None:
        """Forget the shown entry if it was purged or trashed elsewhere."""
        if self._uuid in uuids:
            self._dirty = False
            self.new_entry()

    def restyle(self) -> None:
        """Draw the Markdown and the spelling marks again (theme, font or speller
        changed). Only the drawing changes, so it is not an edit to save."""
        self._highlighter.set_theme(current_theme())
        loading, self._loading = self._loading, True
        try:
            self._highlighter.rehighlight()
        finally:
            self._loading = loading

    def set_distraction_free(self, on: bool) -> None:
        """Only the writing column (on), or everything the editor had before (off)."""
        if on:
            self._chrome_hidden = [w for w in self._chrome() if w.isVisible()]
            for widget in self._chrome_hidden:
                widget.hide()
            if self.body_stack.currentIndex() != 0 and not self._structured:
                self.preview_button.setChecked(False)
        else:
            for widget in self._chrome_hidden:
                widget.show()
            self._chrome_hidden = []

    def _chrome(self) -> list[QWidget]:
        # The answers banner stays: it explains why an exercise's text cannot be typed.
        return [self.title_edit, self.date_edit, self.star_button, self.tags_edit,
                self.words_label, self.status_label,
                self.history_button, self.preview_button]

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # The theme arrives as a new application palette; a new text size as a font.
        if (event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange)
                and hasattr(self, "_highlighter")):
            self.restyle()

    def hideEvent(self, event: QHideEvent) -> None:
        self.snapshot_now()  # leaving the page with unsaved text
        super().hideEvent(event)

    # -- internals -------------------------------------------------------------------

    def _show(self, entry: Entry | None, day: dt.date | None) -> None:
        self._loading = True
        try:
            self._uuid = entry.uuid if entry else None
            self._entry = entry
            self._new_uuid = str(uuidlib.uuid4())
            self._stop_timers()
            self._snapshot_uuid, self._last_snapshot = None, None
            self.history_button.setEnabled(entry is not None)
            self.title_edit.setText(entry.title if entry else "")
            self.title_edit.setCursorPosition(0)  # a long title shows its beginning
            self.date_edit.setDate(qdate(entry.local_date if entry else day or dt.date.today()))
            self.star_button.setChecked(bool(entry and entry.starred))
            self.tags_edit.setText(", ".join(entry.tags) if entry else "")
            self.body_edit.setPlainText(entry.body if entry else "")
            self.body_edit.apply_line_height()
            self.body_edit.document().clearUndoRedoStacks()
            self.preview_button.setChecked(False)
            self._dirty = False
            self._structured = bool(entry and entry.exercise_id)
            self.answers_banner.setVisible(self._structured)
            if entry and self._structured:
                self.answers_label.setText(translate(
                    "EditorWidget", "This entry holds the answers of a check-in. Its text is "
                    "made from them, so change them in the exercise itself; the title, tags, "
                    "day and star can be changed here.") if entry.kind == EntryKind.CHECKIN
                    else translate(
                    "EditorWidget", "This entry holds the answers of an exercise. Its text is "
                    "made from them, so change them in the exercise itself; the title, tags, "
                    "day and star can be changed here."))
                self.preview_button.setChecked(True)
            self.follow_up_button.setVisible(bool(
                entry and self._structured and not entry.trashed and self.follow_up_check
                and self.follow_up_check(entry.uuid)))
            self.set_read_only(bool(entry and entry.trashed))
            self._set_status(translate("EditorWidget", "In the trash")
                             if entry and entry.trashed else "")
            self._update_count()
        finally:
            self._loading = False

    def _edited(self, *_: object) -> None:
        if self._loading or self._read_only:
            return
        self._generation += 1
        if not self._unsaved_timer.isActive():  # the first edit since the last save
            self._unsaved_timer.start(MAX_UNSAVED_MS)
        self._dirty = True
        self._set_status(translate("EditorWidget", "Editing…"))
        self._autosave.start(AUTOSAVE_MS)
        if not self._snapshot_timer.isActive():
            self._snapshot_timer.start(SNAPSHOT_MS)

    def _stop_timers(self) -> None:
        for timer in (self._autosave, self._snapshot_timer, self._unsaved_timer):
            timer.stop()

    def _forget_snapshot(self) -> None:
        """Saved: the snapshot is not needed any more. (If removing it fails, the next
        start sees it matches the saved entry and drops it without asking.)"""
        uuid, self._snapshot_uuid, self._last_snapshot = self._snapshot_uuid, None, None
        if uuid is not None:
            with contextlib.suppress(Exception):  # see the docstring
                self._journal.clear_recovery(uuid)

    def _application_state(self, state: Qt.ApplicationState) -> None:
        if state != Qt.ApplicationState.ApplicationActive:
            self.snapshot_now()

    def _restored(self, entry: Entry, change: Change) -> None:
        self._show(entry, None)
        self._events.emit_change(change)
        self._set_status(translate("EditorWidget", "Earlier version restored. The text you "
                                   "had is kept in History."))
        self.saved.emit(entry.uuid)

    def _history_closed(self) -> None:
        self.history_dialog = None

    def _body_changed(self) -> None:
        self._edited()
        if not self._loading:
            self._count_timer.start()

    def _star_toggled(self, on: bool) -> None:
        self.star_button.setText("★" if on else "☆")
        self._edited()

    def _show_preview(self, on: bool) -> None:
        if on:
            show_preview(self.preview, self.body_edit.toPlainText())
        self.body_stack.setCurrentIndex(1 if on else 0)

    def _update_count(self) -> None:
        count = word_count(self.body_edit.toPlainText())
        self.words_label.setText(translate("EditorWidget", "%Ln words", None, count))

    def _set_status(self, text: str) -> None:
        self.status_label.setText(text)
        self.status_changed.emit(text)


def saved_text() -> str:
    """The editor's status once the entry is saved (the window echoes it)."""
    return translate("EditorWidget", "Saved")


def _reason(exc: Exception) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc) or type(exc).__name__
