"""The timeline: entries grouped by day, loaded page by page as the view scrolls."""

from __future__ import annotations

import datetime as dt
from functools import cache
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from trustjournal.core.entries import Change, EntryKind, EntrySummary, TimelineCursor
from trustjournal.core.exercises import CHECKIN
from trustjournal.core.i18n import translate
from trustjournal.gui.dates import date_text, long_day_text
from trustjournal.gui.shipped import shipped_exercises

if TYPE_CHECKING:
    from trustjournal.storage import Journal

Index = QModelIndex | QPersistentModelIndex

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
UUID_ROLE = Qt.ItemDataRole.UserRole + 2
HEADER_ROLE = Qt.ItemDataRole.UserRole + 3


def day_label(day: dt.date, today: dt.date | None = None) -> str:
    today = today or dt.date.today()
    if day == today:
        return translate("TimelineModel", "Today")
    if day == today - dt.timedelta(days=1):
        return translate("TimelineModel", "Yesterday")
    return long_day_text(day, this_year=today.year)


@cache
def _exercise_names() -> dict[str, str]:
    return {ex.id: ex.title for ex in shipped_exercises().exercises}


def is_checkin(summary: EntrySummary) -> bool:
    return summary.kind is EntryKind.CHECKIN or summary.exercise_id == CHECKIN.id


def entry_word() -> str:
    """The badge of a plain entry (a row with nothing more particular to name)."""
    return translate("TimelineModel", "Entry")


def untitled() -> str:
    return translate("TimelineModel", "Untitled")


def kind_label(summary: EntrySummary) -> str:
    """What kind of entry a row is, in words: "Entry", "Check-in" or the exercise's name."""
    if is_checkin(summary):
        return translate("TimelineModel", "Check-in")
    if summary.kind is EntryKind.EXERCISE:
        exercise_id = summary.exercise_id or ""
        return _exercise_names().get(exercise_id) or \
            (exercise_id.replace("_", " ").capitalize()
             or translate("TimelineModel", "Exercise"))
    return entry_word()


class TimelineModel(QAbstractListModel):
    """A flat list of day headers and entry rows. Never loads more than is scrolled to."""

    def __init__(self, journal: Journal, *, trashed: bool = False, page_size: int = 200,
                 first_page: int | None = None, parent: Any = None) -> None:
        """page_size entries are read each time the view asks for more; first_page (if
        smaller) the first time, enough to fill the view (read on the way to a usable
        window at start-up)."""
        super().__init__(parent)
        self._journal = journal
        self._trashed = trashed
        self._page_size = page_size
        self._first_page = min(page_size, first_page or page_size)
        self._rows: list[EntrySummary | dt.date] = []
        self._cursor: TimelineCursor | None = None
        self._exhausted = False
        self._entries_loaded = 0

    # -- Qt model API ----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def canFetchMore(self, parent: Index) -> bool:
        # A locked journal is closed while its views wait to be deleted: fetch nothing.
        return not parent.isValid() and not self._exhausted and not self._journal.closed

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid() or self._exhausted or self._journal.closed:
            return
        size = self._page_size if self._rows else self._first_page
        page = self._journal.timeline_page(self._cursor, size, trashed=self._trashed)
        self._cursor = page.next_cursor
        self._exhausted = page.next_cursor is None
        new_rows: list[EntrySummary | dt.date] = []
        last_day = self._last_day()
        for summary in page.entries:
            if summary.local_date != last_day:
                new_rows.append(summary.local_date)
                last_day = summary.local_date
            new_rows.append(summary)
        if new_rows:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(new_rows) - 1)
            self._rows.extend(new_rows)
            self._entries_loaded += len(page.entries)
            self.endInsertRows()

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if isinstance(self._rows[index.row()], dt.date):
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if isinstance(row, dt.date):
            if role == Qt.ItemDataRole.DisplayRole:
                return day_label(row)
            if role == HEADER_ROLE:
                return True
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return translate("TimelineModel", "Day: {day}").format(day=day_label(row))
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return row.title or untitled()
        if role == Qt.ItemDataRole.ToolTipRole:
            word_count = row.word_count
            return translate("TimelineModel", "{date} · %n words", None, word_count).format(
                date=date_text(row.local_date))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return translate("TimelineModel", "{kind}, {date}: {title}").format(
                kind=kind_label(row), date=date_text(row.local_date),
                title=row.title or untitled())
        if role == ENTRY_ROLE:
            return row
        if role == UUID_ROLE:
            return row.uuid
        if role == HEADER_ROLE:
            return False
        return None

    # -- refreshes -------------------------------------------------------------------

    @property
    def trashed(self) -> bool:
        return self._trashed

    @property
    def exhausted(self) -> bool:
        return self._exhausted

    def entries_loaded(self) -> int:
        return self._entries_loaded

    def reload(self) -> None:
        """Start over, loading as many entries as were loaded before."""
        keep = max(self._entries_loaded, self._first_page)
        self.beginResetModel()
        self._rows, self._cursor, self._exhausted, self._entries_loaded = [], None, False, 0
        self.endResetModel()
        while not self._exhausted and self._entries_loaded < keep:
            self.fetchMore(QModelIndex())

    def apply_change(self, change: Change) -> None:
        """Reload when membership or order changed; otherwise refresh touched rows in place."""
        if change.order or change.trash:
            self.reload()
            return
        touched = {u: row for u, row in self._uuid_rows() if u in change.entries}
        if not touched:
            return
        fresh = self._journal.summaries(touched)
        for entry_uuid, row in touched.items():
            summary = fresh.get(entry_uuid)
            if summary is None:
                self.reload()
                return
            self._rows[row] = summary
            index = self.index(row)
            self.dataChanged.emit(index, index)

    def row_of(self, entry_uuid: str) -> int:
        for row, value in enumerate(self._rows):
            if isinstance(value, EntrySummary) and value.uuid == entry_uuid:
                return row
        return -1

    def load_until(self, entry_uuid: str) -> int:
        """Fetch pages until the entry is loaded; its row, or -1 if it is not listed here."""
        row = self.row_of(entry_uuid)
        while row < 0 and not self._exhausted:
            before = len(self._rows)
            self.fetchMore(QModelIndex())
            for i in range(before, len(self._rows)):
                value = self._rows[i]
                if isinstance(value, EntrySummary) and value.uuid == entry_uuid:
                    return i
        return row

    def first_entry_row(self) -> int:
        for row, value in enumerate(self._rows):
            if isinstance(value, EntrySummary):
                return row
        return -1

    def _uuid_rows(self) -> list[tuple[str, int]]:
        return [(v.uuid, i) for i, v in enumerate(self._rows) if isinstance(v, EntrySummary)]

    def _last_day(self) -> dt.date | None:
        for value in reversed(self._rows):
            if isinstance(value, EntrySummary):
                return value.local_date
        return None
