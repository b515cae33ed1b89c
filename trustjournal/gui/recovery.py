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
from trustjournal.core.i18n import translate
from trustjournal.core.revisions import snapshot_differs
from trustjournal.gui.dates import date_text
from trustjournal.gui.history import diff_html, when_label
from trustjournal.storage.errors import EntryNotFoundError, JournalError

if TYPE_CHECKING:
    from trustjournal.storage import Journal

RESTORE, KEEP = "restore", "keep"


def pending_recovery(journal: Journal, snapshots: list[RecoverySnapshot] | None = None
                     ) -> list[tuple[RecoverySnapshot, Entry | None]]:
    """Snapshots worth offering (`snapshots`, already read, or the journal's), each with
    the entry as saved (None if it never was).

    A snapshot that matches what was saved (the app stopped between saving and tidying
    up) is dropped without asking. Errors reading the journal offer nothing now; the
    snapshots stay for next time.
    """
    try:
        found = []
        for snapshot in journal.recovered() if snapshots is None else snapshots:
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
        self.setWindowTitle(translate("RecoveryDialog", "Words kept from last time"))
        self.resize(720, 520)
        self.snapshot = snapshot
        self.saved_entry = saved
        self.choice = KEEP
        never_saved = saved is None

        self.heading = QLabel(translate(
            "RecoveryDialog", "<b>TrustJournal closed before these words were saved…</b>"))
        when = (when_label(snapshot.taken_utc) if snapshot.taken_utc
                else translate("RecoveryDialog", "just now"))
        self.explain = QLabel(translate(
            "RecoveryDialog",
            "…but they were kept safely inside your journal, so nothing is lost. {where} "
            "(Last kept: {when}.)").format(where=_where(saved), when=when))
        self.explain.setWordWrap(True)
        self.explain.setTextFormat(Qt.TextFormat.PlainText)

        self.text_view = QTextBrowser()
        self.text_view.setOpenLinks(False)
        if never_saved:
            self.text_view.setAccessibleName(
                translate("RecoveryDialog", "The words that were not saved"))
            title = f"<p><b>{escape(snapshot.title)}</b></p>" if snapshot.title.strip() else ""
            body = escape(snapshot.body)
            self.text_view.setHtml(f'{title}<div style="white-space:pre-wrap">{body}</div>')
        else:
            self.text_view.setAccessibleName(
                translate("RecoveryDialog", "What differs from the saved entry"))
            self.text_view.setHtml(diff_html(
                saved.body, snapshot.body,
                same=translate("RecoveryDialog", "The text itself is as it was saved; the "
                               "title, tags, day or star differ.")))

        self.restore_button = QPushButton(translate("RecoveryDialog", "&Restore these words"))
        self.restore_button.setDefault(True)
        self.restore_button.clicked.connect(self.restore)
        self.keep_button = QPushButton(
            translate("RecoveryDialog", "&Put them in the trash") if never_saved
            else translate("RecoveryDialog", "&Keep what was saved"))
        self.keep_button.setAutoDefault(False)
        self.keep_button.clicked.connect(self.reject)
        self.legend = QLabel(translate(
            "RecoveryDialog", "Lines marked + hold the words that were not saved; lines "
            "marked − are as the entry was saved."))
        self.legend.setWordWrap(True)
        self.legend.setVisible(not never_saved)
        if never_saved:
            note = translate(
                "RecoveryDialog", "Restoring opens them as a new entry and saves it. If you "
                "don't want them now, they go to the trash, where you can still find them; "
                "closing this window does that too.")
        else:
            note = translate(
                "RecoveryDialog", "Restoring puts them back in the entry and saves them; what "
                "was saved before stays in its History. If you keep what was saved (or close "
                "this window), these words go to its History instead, so you can still bring "
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


def _where(saved: Entry | None) -> str:
    """Whose words these are, as one whole sentence for each case."""
    if saved is None:
        return translate("Recovery", "They were in a new entry that had not been saved yet.")
    day = date_text(saved.local_date)
    if saved.title and saved.trashed:
        text = translate("Recovery", "They belong to the entry “{title}” of {day}, which is "
                         "now in the trash.")
    elif saved.title:
        text = translate("Recovery", "They belong to the entry “{title}” of {day}.")
    elif saved.trashed:
        text = translate("Recovery", "They belong to the entry without a title of {day}, "
                         "which is now in the trash.")
    else:
        text = translate("Recovery", "They belong to the entry without a title of {day}.")
    return text.format(title=saved.title, day=day)
