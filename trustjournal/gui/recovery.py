"""Words typed but not saved when TrustJournal last closed: offered back, calmly."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from trustjournal.core.entries import Entry, RecoverySnapshot
from trustjournal.core.revisions import snapshot_differs
from trustjournal.gui.dates import date_text
from trustjournal.gui.history import diff_html, when_label
from trustjournal.storage.errors import EntryNotFoundError, JournalError

if TYPE_CHECKING:
    from trustjournal.storage import Journal

RESTORE, KEEP = "restore", "keep"


def pending_recovery(journal: Journal) -> list[tuple[RecoverySnapshot, Entry | None]]:
    """Snapshots worth offering, each with the entry as saved (None if it never was).

    A snapshot that matches what was saved (the app stopped between saving and tidying
    up) is dropped without asking. Errors reading the journal offer nothing now; the
    snapshots stay for next time.
    """
    try:
        found = []
        for snapshot in journal.recovered():
            try:
                saved: Entry | None = journal.get_entry(snapshot.entry_uuid)
            except EntryNotFoundError:
                saved = None
            if snapshot_differs(snapshot, saved):
                found.append((snapshot, saved))
            else:
                journal.clear_recovery(snapshot.entry_uuid)
        return found
    except JournalError:
        return []


class RecoveryDialog(QDialog):
    """Offers one snapshot back. `choice` says what the person picked: RESTORE, or KEEP
    (also when the window is closed: nothing is lost either way, see the note)."""

    def __init__(self, snapshot: RecoverySnapshot, saved: Entry | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Words kept from last time")
        self.resize(720, 520)
        self.snapshot = snapshot
        self.saved_entry = saved
        self.choice = KEEP
        never_saved = saved is None

        self.heading = QLabel("<b>TrustJournal closed before these words were saved…</b>")
        when = when_label(snapshot.taken_utc) if snapshot.taken_utc else "just now"
        if never_saved:
            where = "They were in a new entry that had not been saved yet."
        else:
            name = f"“{saved.title}”" if saved.title else "without a title"
            where = (f"They belong to the entry {name} of "
                     f"{date_text(saved.local_date)}")
            where += ", which is now in the trash." if saved.trashed else "."
        self.explain = QLabel(
            f"…but they were kept safely inside your journal, so nothing is lost. {where} "
            f"(Last kept: {when}.)")
        self.explain.setWordWrap(True)
        self.explain.setTextFormat(Qt.TextFormat.PlainText)

        self.text_view = QTextBrowser()
        self.text_view.setOpenLinks(False)
        if never_saved:
            self.text_view.setAccessibleName("The words that were not saved")
            title = f"<p><b>{escape(snapshot.title)}</b></p>" if snapshot.title.strip() else ""
            body = escape(snapshot.body)
            self.text_view.setHtml(f'{title}<div style="white-space:pre-wrap">{body}</div>')
        else:
            self.text_view.setAccessibleName("What differs from the saved entry")
            self.text_view.setHtml(diff_html(
                saved.body, snapshot.body,
                same="The text itself is as it was saved; the title, tags, day or star "
                     "differ."))

        self.restore_button = QPushButton("&Restore these words")
        self.restore_button.setDefault(True)
        self.restore_button.clicked.connect(self.restore)
        self.keep_button = QPushButton(
            "&Put them in the trash" if never_saved else "&Keep what was saved")
        self.keep_button.setAutoDefault(False)
        self.keep_button.clicked.connect(self.reject)
        self.legend = QLabel(
            "Lines marked + hold the words that were not saved; lines marked − are as the "
            "entry was saved.")
        self.legend.setWordWrap(True)
        self.legend.setVisible(not never_saved)
        if never_saved:
            note = ("Restoring opens them as a new entry and saves it. If you don't want "
                    "them now, they go to the trash, where you can still find them; "
                    "closing this window does that too.")
        else:
            note = ("Restoring puts them back in the entry and saves them; what was saved "
                    "before stays in its History. If you keep what was saved (or close this "
                    "window), these words go to its History instead, so you can still bring "
                    "them back later.")
        self.note = QLabel(note)
        self.note.setWordWrap(True)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.explain)
        layout.addWidget(self.text_view, 1)
        layout.addWidget(self.legend)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        self.restore_button.setFocus()

    def restore(self) -> None:
        self.choice = RESTORE
        self.accept()

    def reject(self) -> None:
        self.choice = KEEP
        super().reject()
