"""The Journal page: the timeline on the left, the editor on the right."""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

# QMessageBox and QItemSelectionModel are imported where they are used: a Qt class builds
# its enums the first time it is named, and start-up needs neither.
from trustjournal.core.entries import Change, Entry
from trustjournal.core.i18n import translate
from trustjournal.gui.delegates import EntryDelegate
from trustjournal.gui.events import AppEvents
from trustjournal.gui.timeline_model import UUID_ROLE, TimelineModel
from trustjournal.storage.errors import JournalError

if TYPE_CHECKING:
    from collections.abc import Callable

    from trustjournal.core.entry_values import RecoverySnapshot
    from trustjournal.gui.editor import EditorWidget
    from trustjournal.gui.recovery import RecoveryDialog
    from trustjournal.gui.safety_watch import SafetyWatch
    from trustjournal.storage import Journal

# The timeline's first page, read as the journal opens: more than the tallest window
# shows (the rest, 200 at a time, as the list is scrolled). Reading 200 rows then cost
# three times as much at 100 k entries, on the way to a usable window.
FIRST_PAGE = 60


class TimelineList(QListView):
    """The timeline's list. While it is hidden in a window on screen (the Journal page at
    start-up, behind Today), its rows are not measured: measuring the first page's couple
    of hundred cards kept Today from being used for about a tenth of a second. They are
    measured when the list is first shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout_waiting = False

    def doItemsLayout(self) -> None:
        if not self.isVisible() and self.window().isVisible():
            self._layout_waiting = True
            return
        self._layout_waiting = False
        super().doItemsLayout()

    def showEvent(self, event: QShowEvent) -> None:
        if self._layout_waiting:
            self.doItemsLayout()
        super().showEvent(event)


class JournalView(QWidget):
    """The timeline (its first page loaded with the view) beside the editor. The editor
    is made the first time it is needed: the page about to be shown (window_pages), an
    entry opened, a new one started. Until then there is nothing in it to save."""

    def __init__(self, journal: Journal, events: AppEvents, parent: QWidget | None = None,
                 *, watch: SafetyWatch | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._events = events
        self._watch = watch
        self._editor: EditorWidget | None = None
        self._editor_made: list[Callable[[EditorWidget], object]] = []
        self._live_model = TimelineModel(journal, first_page=FIRST_PAGE, parent=self)
        self._trash_model = TimelineModel(journal, trashed=True, parent=self)

        self.toolbar = QToolBar(translate("JournalView", "Journal"))
        self.new_action = QAction(translate("JournalView", "New entry"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.setToolTip(translate("JournalView", "Start a new entry (Ctrl+N)"))
        self.trash_action = QAction(translate("JournalView", "Move to trash"), self)
        self.trash_action.setShortcut(QKeySequence(Qt.Key.Key_Delete))
        self.trash_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.show_trash_action = QAction(translate("JournalView", "Show trash"), self)
        self.show_trash_action.setCheckable(True)
        self.restore_action = QAction(translate("JournalView", "Restore"), self)
        self.purge_action = QAction(translate("JournalView", "Delete forever…"), self)
        self.empty_trash_action = QAction(translate("JournalView", "Empty trash…"), self)
        for action in (self.new_action, self.trash_action, self.show_trash_action,
                       self.restore_action, self.purge_action, self.empty_trash_action):
            self.toolbar.addAction(action)

        self.timeline = TimelineList()
        self.timeline.setModel(self._live_model)
        self.timeline.setItemDelegate(EntryDelegate(self.timeline))
        self.timeline.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.timeline.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.timeline.setUniformItemSizes(False)
        self.timeline.setAccessibleName(translate("JournalView", "Timeline"))
        self.timeline.addAction(self.trash_action)
        self.empty_label = QLabel("")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.timeline, 1)
        left_layout.addWidget(self.empty_label)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.setStretchFactor(0, 1)
        self._splitter = splitter  # the editor joins it when made (editor)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(splitter, 1)

        self.new_action.triggered.connect(self.new_entry)
        self.trash_action.triggered.connect(self.trash_current)
        self.show_trash_action.toggled.connect(self.show_trash)
        self.restore_action.triggered.connect(self.restore_current)
        self.purge_action.triggered.connect(self.purge_current)
        self.empty_trash_action.triggered.connect(self.empty_trash)
        self.timeline.selectionModel().currentChanged.connect(self._current_changed)
        events.changed.connect(self._apply_change)
        self._update_actions()
        # Words left unsaved by a crash are offered once the window is up.
        self.recovery_offer: RecoveryDialog | None = None
        self._offered: set[str] = set()
        QTimer.singleShot(0, self, self.offer_recovery)

    @property
    def editor(self) -> EditorWidget:
        """The editor, made now if it was not yet (with its module: about 15 ms that
        start-up need not spend on a page behind Today)."""
        if self._editor is None:
            from trustjournal.gui.editor import EditorWidget

            editor = EditorWidget(self._journal, self._events, watch=self._watch)
            self._editor = editor
            # As it was when made with the page: the page is laid out only when shown.
            self._splitter.addWidget(editor)
            self._splitter.setStretchFactor(1, 2)
            self._splitter.setSizes([320, 640])
            for made in self._editor_made:
                made(editor)
        return self._editor

    def built_editor(self) -> EditorWidget | None:
        """The editor if it has been made, without making it."""
        return self._editor

    def when_editor_made(self, then: Callable[[EditorWidget], object]) -> None:
        """Call `then(editor)` once the editor is made (now, if it is)."""
        self._editor_made.append(then)
        if self._editor is not None:
            then(self._editor)

    def save_editor(self) -> bool:
        """Save the editor's words (True: saved, or nothing to save)."""
        return self._editor is None or self._editor.save()

    def showEvent(self, event: QShowEvent) -> None:
        # The window makes it before showing the page (window_pages); any other way in
        # gets it here, before the first paint.
        if self._editor is None:
            self.editor  # noqa: B018
        super().showEvent(event)

    @property
    def model(self) -> TimelineModel:
        return self.timeline.model()  # type: ignore[return-value]

    # -- actions ---------------------------------------------------------------------

    def new_entry(self) -> None:
        if self.show_trash_action.isChecked():
            self.show_trash_action.setChecked(False)
        if not self.editor.save():
            return
        self.timeline.clearSelection()
        self.timeline.setCurrentIndex(QModelIndex())
        self.editor.new_entry()
        self._update_actions()

    def select_entry(self, entry_uuid: str) -> bool:
        """Select and open an entry, loading the timeline down to it if needed."""
        from PySide6.QtCore import QItemSelectionModel

        model = self.model
        row = model.load_until(entry_uuid)
        if row < 0:  # written elsewhere since the list was loaded
            model.reload()
            row = model.load_until(entry_uuid)
        if row >= 0:
            index = model.index(row)
            self.timeline.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
            self.timeline.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        else:
            self.editor.load(entry_uuid)
        self._update_actions()
        return self.editor.entry_uuid == entry_uuid

    def trash_current(self) -> None:
        entry_uuid = self.editor.entry_uuid
        if entry_uuid is None or self.model.trashed:
            return
        if not self.editor.save():
            return
        self._run(lambda: self._journal.trash_entry(entry_uuid))
        self.editor.new_entry()
        self._events.status.emit(
            translate("JournalView", "Moved to the trash. Open “Show trash” to restore it."))

    def restore_current(self) -> None:
        entry_uuid = self.editor.entry_uuid
        if entry_uuid is None or not self.model.trashed:
            return
        self._run(lambda: self._journal.restore_entry(entry_uuid))
        self.editor.new_entry()

    def purge_current(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        entry_uuid = self.editor.entry_uuid
        if entry_uuid is None or not self.model.trashed:
            return
        answer = QMessageBox.question(
            self,
            translate("JournalView", "Delete forever?"),
            translate("JournalView", "This entry will be deleted for good. This cannot be "
                      "undone."),
            QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Yes,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._run(lambda: self._journal.purge_entry(entry_uuid))
            self.editor.new_entry()

    def empty_trash(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        count = self._journal.count_entries(trashed=True)
        if not count:
            return
        answer = QMessageBox.question(
            self,
            translate("JournalView", "Empty the trash?"),
            translate("JournalView", "%Ln entries in the trash will be deleted for good. "
                      "This cannot be undone.", None, count),
            QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Yes,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._run(self._journal.empty_trash)
            self.editor.new_entry()

    def show_trash(self, on: bool) -> None:
        if not self.editor.save():
            self.show_trash_action.setChecked(not on)
            return
        model = self._trash_model if on else self._live_model
        model.reload()
        self.timeline.setModel(model)
        self.timeline.selectionModel().currentChanged.connect(self._current_changed)
        self.editor.new_entry()
        self._update_actions()

    # -- crash recovery --------------------------------------------------------------

    def offer_recovery(self) -> RecoveryDialog | None:
        """If the app stopped with unsaved words last time, offer them back (one entry at
        a time, without blocking: the dialog is `recovery_offer` until answered)."""
        if self.recovery_offer is not None:
            return self.recovery_offer
        if self._journal.closed:  # locked or closed before the window got this far
            return None
        try:
            snapshots = self._journal.recovered()
        except JournalError:
            return None  # as pending_recovery does: offered the next time
        if not snapshots:  # the usual case: the dialog's code stays out
            return None
        from trustjournal.gui.recovery import RecoveryDialog, pending_recovery

        pending = [(s, e) for s, e in pending_recovery(self._journal, snapshots)
                   if s.entry_uuid not in self._offered]
        if not pending:
            return None
        snapshot, saved = pending[0]
        self._offered.add(snapshot.entry_uuid)
        dialog = RecoveryDialog(snapshot, saved, self)  # goes when the page goes (lock)
        dialog.finished.connect(lambda _result: self._recovery_answered(dialog))
        self.recovery_offer = dialog
        dialog.open()
        return dialog

    def _recovery_answered(self, dialog: RecoveryDialog) -> None:
        self.recovery_offer = None
        dialog.deleteLater()
        from trustjournal.gui.recovery import RESTORE

        if dialog.choice == RESTORE:
            self.restore_recovered(dialog.snapshot, dialog.saved_entry)
        else:
            self.set_aside_recovered(dialog.snapshot, dialog.saved_entry)
        QTimer.singleShot(0, self, self.offer_recovery)  # another entry's, if any

    def set_aside_recovered(self, snapshot: RecoverySnapshot, saved: Entry | None) -> bool:
        """Keep what was saved; the recovered words go to the entry's History (or, if it
        was never saved, to the trash), so they can still be brought back."""
        from PySide6.QtWidgets import QMessageBox

        try:
            change = self._journal.set_aside_recovery(snapshot.entry_uuid)
        except JournalError as exc:
            QMessageBox.warning(self, "TrustJournal", translate(
                "JournalView", "{error} The words are still kept and will be offered again "
                "next time.").format(error=exc))
            return False
        self._events.emit_change(change)
        self._events.status.emit(
            translate("JournalView", "The unsaved words are in the trash, if you want them "
                      "later.") if saved is None
            else translate("JournalView", "Kept what was saved; the unsaved words are in the "
                           "entry's History."))
        return True

    def restore_recovered(self, snapshot: RecoverySnapshot, saved: Entry | None) -> bool:
        """Put recovered words in the editor and save them (the saved version before
        becomes a revision). An entry now in the trash gets a new entry instead."""
        if self.show_trash_action.isChecked():
            self.show_trash_action.setChecked(False)
        if saved is not None and not saved.trashed:
            if not self.select_entry(snapshot.entry_uuid):
                return False
            self.editor.fill(snapshot)
        else:
            self.new_entry()
            self.editor.fill(snapshot, keep_uuid=saved is None)
        if not self.editor.save():
            return False  # the words stay in the editor; it says why and tries again
        with contextlib.suppress(JournalError):
            self._journal.clear_recovery(snapshot.entry_uuid)
        if self.editor.entry_uuid is not None:
            self._events.open_entry.emit(self.editor.entry_uuid)
        self._events.status.emit(translate("JournalView", "Your words are back, and saved."))
        return True

    # -- internals -------------------------------------------------------------------

    def _run(self, call) -> None:  # type: ignore[no-untyped-def]
        from PySide6.QtWidgets import QMessageBox

        try:
            change = call()
        except JournalError as exc:
            QMessageBox.warning(self, "TrustJournal", str(exc))
            return
        self._events.emit_change(change)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        from PySide6.QtWidgets import QMessageBox

        entry_uuid = current.data(UUID_ROLE) if current.isValid() else None
        switching = entry_uuid and entry_uuid != self.editor.entry_uuid
        if switching and not self.editor.load(entry_uuid):
            QMessageBox.warning(
                self, "TrustJournal",
                translate("JournalView", "The current entry could not be saved, so it "
                          "stays open. Your text is still in the editor."),
            )
            self._select_quietly(self.editor.entry_uuid)
        self._update_actions()

    def _apply_change(self, change: Change) -> None:
        # The hidden model is reloaded when it is shown again (show_trash).
        self.model.apply_change(change)
        editor = self._editor  # not made yet: no entry open, no tags offered yet
        self._select_quietly(editor.entry_uuid if editor is not None else None)
        if change.tags and editor is not None:
            editor.refresh_tags()
        self._update_actions()

    def _select_quietly(self, entry_uuid: str | None) -> None:
        """Mark the editor's entry as current in the list without reloading the editor."""
        row = self.model.row_of(entry_uuid) if entry_uuid else -1
        selection = self.timeline.selectionModel()
        selection.blockSignals(True)
        if row >= 0:
            self.timeline.setCurrentIndex(self.model.index(row))
        else:
            self.timeline.clearSelection()
        selection.blockSignals(False)
        self.timeline.viewport().update()

    def _update_actions(self) -> None:
        trash = self.model.trashed
        has = self._editor is not None and self._editor.entry_uuid is not None
        self.trash_action.setVisible(not trash)
        self.trash_action.setEnabled(has and not trash)
        self.restore_action.setVisible(trash)
        self.restore_action.setEnabled(has and trash)
        self.purge_action.setVisible(trash)
        self.purge_action.setEnabled(has and trash)
        self.empty_trash_action.setVisible(trash)
        if self.model.rowCount() == 0 and not self.model.canFetchMore(QModelIndex()):
            self.empty_label.setText(
                translate("JournalView", "The trash is empty.") if trash
                else translate("JournalView", "No entries yet. Press Ctrl+N, or just start "
                               "typing on the right.")
            )
            self.empty_label.show()
        else:
            self.empty_label.hide()
