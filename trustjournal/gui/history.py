"""An entry's history: earlier versions, what changed since each, and bringing one back."""

from __future__ import annotations

import datetime as dt
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from trustjournal.core.entries import Revision
from trustjournal.core.i18n import translate
from trustjournal.core.revisions import DiffLine, LineKind, compare, field_changes
from trustjournal.core.text import preview
from trustjournal.gui.dates import date_time_text, time_text
from trustjournal.storage.errors import JournalError

if TYPE_CHECKING:
    from trustjournal.storage import Journal

# Soft backgrounds for whole lines, stronger ones for the words that changed. The text
# colour is set too, so the lines stay readable in a dark theme.
REMOVED_LINE, REMOVED_WORDS = "#fbe4e4", "#f0b4b4"
ADDED_LINE, ADDED_WORDS = "#e2f3e2", "#b3dfb3"
INK = "#1d1d1d"


def when_label(moment: dt.datetime, now: dt.datetime | None = None) -> str:
    """A saved time in the person's own clock: "Today, 14:32", "Mon 3 Mar 2024, 09:10"."""
    local = moment.astimezone()
    today = (now or dt.datetime.now().astimezone()).date()
    clock = time_text(local)
    if local.date() == today:
        return translate("History", "Today, {time}").format(time=clock)
    if local.date() == today - dt.timedelta(days=1):
        return translate("History", "Yesterday, {time}").format(time=clock)
    return date_time_text(local)


def _words(count: int) -> str:
    return translate("History", "%Ln words", None, count)


def field_line(name: str, then: str, now: str) -> str:
    """One changed field (core's FieldChange name) as a whole sentence, "none" for empty."""
    then = then or translate("History", "none")
    now = now or translate("History", "none")
    if name == "title":
        text = translate("History", "Title then: {then} · now: {now}")
    elif name == "tags":
        text = translate("History", "Tags then: {then} · now: {now}")
    elif name == "day":
        text = translate("History", "Day then: {then} · now: {now}")
    else:
        text = translate("History", "Star then: {then} · now: {now}")
    return text.format(then=then, now=now)


def _line_html(line: DiffLine) -> str:
    if line.kind is LineKind.SAME:
        return f'<div style="white-space:pre-wrap">  {escape(line.text) or "&nbsp;"}</div>'
    removed = line.kind is LineKind.REMOVED
    mark, background, strong = ("−", REMOVED_LINE, REMOVED_WORDS) if removed else (
        "+", ADDED_LINE, ADDED_WORDS)
    tag = "s" if removed else "b"
    parts = []
    for segment in line.segments:
        words = segment.text.strip()
        if segment.changed and words:
            # Spaces around the changed words stay unmarked.
            before, _, after = segment.text.partition(words)
            parts.append(f'{escape(before)}<{tag} style="background-color:{strong}">'
                         f"{escape(words)}</{tag}>{escape(after)}")
        else:
            parts.append(escape(segment.text))
    body = "".join(parts) or "&nbsp;"
    return (f'<div style="white-space:pre-wrap; background-color:{background}; color:{INK}">'
            f"{mark} {body}</div>")


def diff_html(old: str, new: str, *, same: str | None = None) -> str:
    """The changes from `old` to `new` as rich text: − lines only in the old text,
    + lines only in the new one, changed words marked within them."""
    hunks = compare(old, new)
    if not hunks:
        if same is None:
            same = translate("History", "The text is the same as now.")
        return f"<p>{escape(same)}</p>"
    gap = '<div style="color:#888888">  ⋯</div>'
    parts: list[str] = []
    old_lines = old.count("\n") + 1 if old else 0
    for number, hunk in enumerate(hunks):
        if number or hunk.old_start > 1:
            parts.append(gap)
        parts.extend(_line_html(line) for line in hunk.lines)
    last = hunks[-1]
    if last.old_start + last.old_count - 1 < old_lines:
        parts.append(gap)
    return "".join(parts)


class HistoryDialog(QDialog):
    """Lists an entry's earlier versions, newest first; shows what changed since the
    selected one (or its whole text) and can bring it back."""

    restored = Signal(object, object)  # Entry, Change

    def __init__(self, journal: Journal, entry_uuid: str, parent: QWidget | None = None,
                 *, read_only: bool = False) -> None:
        super().__init__(parent)
        # Never the entry's own title.
        self.setWindowTitle(translate("HistoryDialog", "History"))
        self.resize(960, 620)
        self._journal = journal
        self._uuid = entry_uuid
        self._read_only = read_only
        self.current = journal.get_entry(entry_uuid)
        self.revisions: list[Revision] = journal.history(entry_uuid)

        intro = QLabel(translate(
            "HistoryDialog", "Each time this entry was saved with changes, the version "
            "before was kept. Pick one to see what has changed since."))
        intro.setWordWrap(True)

        self.versions = QListWidget()
        self.versions.setAccessibleName(translate("HistoryDialog", "Earlier versions"))
        self.versions.setWordWrap(True)
        for revision in self.revisions:
            first = preview(revision.body, 60) or translate("HistoryDialog", "(no text)")
            item = QListWidgetItem(
                f"{when_label(revision.saved_utc)}\n{_words(revision.word_count)} · {first}")
            item.setData(Qt.ItemDataRole.UserRole, revision.id)
            self.versions.addItem(item)
        self.empty_label = QLabel(translate(
            "HistoryDialog", "No earlier versions yet. Each time this entry is saved with "
            "changes, the version before is kept here."))
        self.empty_label.setWordWrap(True)
        self.empty_label.setVisible(not self.revisions)

        self.fields_label = QLabel()
        self.fields_label.setWordWrap(True)
        self.fields_label.setTextFormat(Qt.TextFormat.PlainText)
        self.diff_view = QTextBrowser()
        self.diff_view.setOpenLinks(False)
        self.diff_view.setAccessibleName(
            translate("HistoryDialog", "Changes since this version"))
        self.version_view = QPlainTextEdit()
        self.version_view.setReadOnly(True)
        self.version_view.setAccessibleName(translate("HistoryDialog", "This version's text"))
        self.tabs = QTabWidget()
        self.tabs.addTab(self.diff_view, translate("HistoryDialog", "&Changes since then"))
        self.tabs.addTab(self.version_view, translate("HistoryDialog", "This &version"))
        self.legend = QLabel(translate(
            "HistoryDialog", "Lines marked − are in this version but not in your text now; "
            "lines marked + were written since. Changed words are crossed out or in bold."))
        self.legend.setWordWrap(True)

        self.restore_button = QPushButton(translate("HistoryDialog", "&Restore this version"))
        self.restore_button.setAutoDefault(False)
        self.restore_button.clicked.connect(self.restore_selected)
        self.note = QLabel(translate(
            "HistoryDialog", "Restoring is a save like any other: your text as it is now is "
            "kept in this history first, so you can always come back to it."))
        self.note.setWordWrap(True)
        if read_only:
            self.note.setText(translate(
                "HistoryDialog", "This entry is in the trash. Restore it from the trash to "
                "bring back an earlier version."))
        self.close_button = QPushButton(translate("HistoryDialog", "Close"))
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.versions, 1)
        left_layout.addWidget(self.empty_label)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.fields_label)
        right_layout.addWidget(self.tabs, 1)
        right_layout.addWidget(self.legend)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([300, 640])
        buttons = QHBoxLayout()
        buttons.addWidget(self.note, 1)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

        self.versions.currentRowChanged.connect(self._show_version)
        if self.revisions:
            self.versions.setCurrentRow(0)
        else:
            self._show_version(-1)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.versions.setFocus()  # Up and Down walk through the versions at once

    def selected(self) -> Revision | None:
        row = self.versions.currentRow()
        return self.revisions[row] if 0 <= row < len(self.revisions) else None

    def restore_selected(self) -> bool:
        """Bring back the selected version (the text now is kept as a version first)."""
        revision = self.selected()
        if revision is None or self._read_only:
            return False
        try:
            entry, change = self._journal.restore_revision(self._uuid, revision.id)
        except JournalError as exc:
            QMessageBox.warning(
                self, translate("HistoryDialog", "History"),
                translate("HistoryDialog", "That version could not be restored: {reason}").format(
                    reason=exc))
            return False
        self.restored.emit(entry, change)
        self.accept()
        return True

    def _show_version(self, row: int) -> None:
        revision = self.revisions[row] if 0 <= row < len(self.revisions) else None
        self.restore_button.setEnabled(revision is not None and not self._read_only)
        self.tabs.setEnabled(revision is not None)
        if revision is None:
            self.diff_view.clear()
            self.version_view.clear()
            self.fields_label.clear()
            return
        now = self.current
        self.diff_view.setHtml(diff_html(revision.body, now.body))
        self.version_view.setPlainText(revision.body)
        changes = field_changes(
            revision.title, revision.tags, revision.local_date, revision.starred,
            now.title, now.tags, now.local_date, now.starred)
        lines = [field_line(c.name, c.then, c.now) for c in changes]
        self.fields_label.setText("\n".join(lines))
        self.fields_label.setVisible(bool(lines))
