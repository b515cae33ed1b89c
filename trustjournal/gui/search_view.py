"""The Search page: full-text search with tag and date filters, off the GUI thread, and
the tracker records (promises, intentions, worries, urges) whose words match, beside."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from trustjournal.core.entries import Change, SearchHit
from trustjournal.core.i18n import QT_TRANSLATE_NOOP, translate
from trustjournal.core.trackers import TrackerHit, TrackerKind
from trustjournal.gui.dates import date_format, date_text
from trustjournal.gui.delegates import SNIPPET_ROLE, EntryDelegate
from trustjournal.gui.editor import pydate
from trustjournal.gui.events import AppEvents
from trustjournal.gui.tasks import Task, Tasks
from trustjournal.gui.timeline_model import ENTRY_ROLE, UUID_ROLE
from trustjournal.storage.errors import JournalError

if TYPE_CHECKING:
    from trustjournal.storage import Journal

Index = QModelIndex | QPersistentModelIndex
TYPING_DELAY_MS = 200
# The first page of matches comes quickly (snippets are most of a broad search's cost);
# scrolling to its end asks for the rest, up to RESULT_LIMIT.
FIRST_PAGE = 50
RESULT_LIMIT = 200
TRACKER_LIMIT = 50
TRACKER_ROWS = 5  # the tracker section's height in rows: it sits beside, not over, entries
# Translated where shown (_show_tracker_hits).
TRACKER_WORDS = {TrackerKind.URGE: QT_TRANSLATE_NOOP("SearchView", "Urge"),
                 TrackerKind.PROMISE: QT_TRANSLATE_NOOP("SearchView", "Promise"),
                 TrackerKind.INTENTION: QT_TRANSLATE_NOOP("SearchView", "Intention"),
                 TrackerKind.WORRY: QT_TRANSLATE_NOOP("SearchView", "Worry")}
KIND_ROLE = Qt.ItemDataRole.UserRole + 1


class SearchResultsModel(QAbstractListModel):
    """The hits shown; when the search stopped at its page size, the view's scrolling
    to the end asks (more_wanted) for the next page."""

    more_wanted = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit] = []
        self._more = False
        self._asked = False

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._more and not self._asked

    def fetchMore(self, parent: Index) -> None:
        if self.canFetchMore(parent):
            self._asked = True
            self.more_wanted.emit()

    def extend(self, hits: list[SearchHit], more: bool) -> None:
        """The longer answer to the same search: its first rows are the ones shown (the
        order does not depend on the page size), so only the new ones are added and the
        view keeps its place."""
        self._more, self._asked = more, False
        shown = len(self._hits)
        if [h.entry.uuid for h in hits[:shown]] != [h.entry.uuid for h in self._hits]:
            self.set_hits(hits, more)
            return
        if len(hits) > shown:
            self.beginInsertRows(QModelIndex(), shown, len(hits) - 1)
            self._hits.extend(hits[shown:])
            self.endInsertRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return hit.entry.title or translate("SearchResultsModel", "Untitled")
        if role == ENTRY_ROLE:
            return hit.entry
        if role == UUID_ROLE:
            return hit.entry.uuid
        if role == SNIPPET_ROLE:
            return hit.snippet
        return None

    def set_hits(self, hits: list[SearchHit], more: bool = False) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self._more, self._asked = more, False
        self.endResetModel()

    def hits(self) -> list[SearchHit]:
        return list(self._hits)


def _search(journal: Journal, query: str, tags: list[str], date_from: dt.date | None,
            date_to: dt.date | None, limit: int) -> list[SearchHit] | str:
    """One search, on a task's thread: the hits, or what to say when it failed."""
    try:
        return journal.search(query, tags=tags, date_from=date_from, date_to=date_to,
                              limit=limit)
    except (JournalError, OSError) as exc:
        return translate("SearchView", "Search failed: {error}").format(error=exc)
    except Exception as exc:  # reported on the page, never raised
        return translate("SearchView", "Search failed ({error_type}).").format(
            error_type=type(exc).__name__)


def _tracker_search(journal: Journal, query: str, tags: list[str], date_from: dt.date | None,
                    date_to: dt.date | None) -> list[TrackerHit]:
    """Tracker records matching the words (they carry no tags: none under a tag filter)."""
    if tags or not query.strip():
        return []
    hits = journal.search_trackers(query, limit=TRACKER_LIMIT)
    return [hit for hit in hits if (date_from is None or hit.day >= date_from)
            and (date_to is None or hit.day <= date_to)]


def _search_all(journal: Journal, query: str, tags: list[str], date_from: dt.date | None,
                date_to: dt.date | None, limit: int
                ) -> tuple[list[SearchHit], list[TrackerHit]] | str:
    found = _search(journal, query, tags, date_from, date_to, limit)
    if isinstance(found, str):
        return found
    try:
        trackers = _tracker_search(journal, query, tags, date_from, date_to)
    except (JournalError, OSError):
        trackers = []  # the entries found still count; trackers are the small extra
    return found, trackers


class SearchView(QWidget):
    """Results update as you type; only the newest search's answer is shown."""

    search_finished = Signal(int)  # number of hits
    tracker_requested = Signal(str, str)  # a tracker hit chosen: (TrackerKind value, uuid)

    def __init__(self, journal: Journal, events: AppEvents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._events = events
        self._generation = 0
        # One search at a time; while one runs, only the newest request waits its turn.
        self._tasks = Tasks(self)
        self._running: Task | None = None
        self._queued: tuple[Any, ...] | None = None
        # The last search asked for, and how many matches it asked for.
        self._asked: tuple[Any, ...] | None = None
        self._limit = FIRST_PAGE

        self.query_edit = QLineEdit()
        self.query_edit.setPlaceholderText(translate("SearchView", "Search your journal…"))
        self.query_edit.setClearButtonEnabled(True)
        self.query_edit.setAccessibleName(translate("SearchView", "Search words"))
        self.tag_combo = QComboBox()
        self.tag_combo.setAccessibleName(translate("SearchView", "Tag filter"))
        self.from_check = QCheckBox(translate("SearchView", "From", "dates"))
        self.from_date = QDateEdit(QDate.currentDate().addMonths(-1))
        self.to_check = QCheckBox(translate("SearchView", "To", "dates"))
        self.to_date = QDateEdit(QDate.currentDate())
        for edit in (self.from_date, self.to_date):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_format())
            edit.setEnabled(False)
        self.from_check.toggled.connect(self.from_date.setEnabled)
        self.to_check.toggled.connect(self.to_date.setEnabled)

        self.results = QListView()
        self.model = SearchResultsModel(self)
        self.model.more_wanted.connect(self._more)
        self.results.setModel(self.model)
        self.results.setItemDelegate(EntryDelegate(self.results, show_date=True))
        self.results.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.results.setAccessibleName(translate("SearchView", "Search results"))
        self.count_label = QLabel(translate("SearchView", "Type a word to search every entry."))
        self.count_label.setAccessibleName(translate("SearchView", "Search summary"))
        self.tracker_title = QLabel("")
        self.tracker_title.setObjectName("trackerHitsTitle")
        self.tracker_title.setProperty("role", "secondary")
        self.tracker_results = QListWidget()
        self.tracker_results.setObjectName("trackerResults")
        self.tracker_results.setAccessibleName(
            translate("SearchView", "Matching tracker records"))
        self.tracker_results.setWordWrap(True)
        self.tracker_results.itemActivated.connect(self._open_tracker)
        self.tracker_results.itemClicked.connect(self._open_tracker)
        self.tracker_section = QWidget()
        tracker_layout = QVBoxLayout(self.tracker_section)
        tracker_layout.setContentsMargins(0, 0, 0, 0)
        tracker_layout.addWidget(self.tracker_title)
        tracker_layout.addWidget(self.tracker_results)
        self.tracker_section.hide()

        filters = QHBoxLayout()
        filters.addWidget(self.tag_combo)
        filters.addWidget(self.from_check)
        filters.addWidget(self.from_date)
        filters.addWidget(self.to_check)
        filters.addWidget(self.to_date)
        filters.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.query_edit)
        layout.addLayout(filters)
        layout.addWidget(self.count_label)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.tracker_section)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.query_edit.textChanged.connect(self._timer.start)
        self.query_edit.returnPressed.connect(self._open_first)
        self.tag_combo.currentIndexChanged.connect(self._timer.start)
        for widget in (self.from_check, self.to_check):
            widget.toggled.connect(self._timer.start)
        for edit in (self.from_date, self.to_date):
            edit.dateChanged.connect(self._timer.start)
        self.results.activated.connect(self._open)
        self.results.clicked.connect(self._open)
        events.changed.connect(self._apply_change)
        self._tags_stale = True

    def focus_query(self) -> None:
        self.query_edit.setFocus()
        self.query_edit.selectAll()

    def refresh_tags(self) -> None:
        """The tag filter's list is read when the page is shown, not at start."""
        self._tags_stale = True
        if self.isVisible():
            self._load_tags()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._load_tags()

    def _load_tags(self) -> None:
        if not self._tags_stale:
            return
        self._tags_stale = False
        current = self.tag_combo.currentText()
        self.tag_combo.blockSignals(True)
        self.tag_combo.clear()
        self.tag_combo.addItem(translate("SearchView", "Any tag"))
        self.tag_combo.addItems([t.name for t in self._journal.tag_counts()])
        index = self.tag_combo.findText(current)
        self.tag_combo.setCurrentIndex(max(index, 0))
        self.tag_combo.blockSignals(False)

    def run_search(self) -> None:
        self._timer.stop()
        self._generation += 1
        query = self.query_edit.text()
        tag = self.tag_combo.currentText()
        tags = [] if self.tag_combo.currentIndex() <= 0 else [tag]
        date_from = pydate(self.from_date.date()) if self.from_check.isChecked() else None
        date_to = pydate(self.to_date.date()) if self.to_check.isChecked() else None
        if not query.strip() and not tags and not date_from and not date_to:
            self._asked = None
            self.model.set_hits([])
            self._show_tracker_hits([])
            self.count_label.setText(
                translate("SearchView", "Type a word to search every entry."))
            self.search_finished.emit(0)
            return
        asked = (query, tags, date_from, date_to)
        if asked != self._asked:
            # A new search starts with its first page; the same one again (after an edit)
            # keeps the pages already scrolled through.
            self._asked, self._limit = asked, FIRST_PAGE
            self.count_label.setText(translate("SearchView", "Searching…"))
        self._queued = (self._generation, *asked, self._limit)
        if self._running is None:
            self._next()

    def _more(self) -> None:
        """The view scrolled to the end of a page: the same search, with the next page."""
        if self._asked is None or self._limit >= RESULT_LIMIT:
            return
        self._generation += 1
        self._limit = min(RESULT_LIMIT, self._limit + FIRST_PAGE * 3)
        self._queued = (self._generation, *self._asked, self._limit)
        if self._running is None:
            self._next()

    def _next(self) -> None:
        request, self._queued = self._queued, None
        if request is None:
            return
        generation, *args, limit = request
        journal = self._journal
        self._running = self._tasks.run(
            lambda: _search_all(journal, *args, limit), name="search",
            done=lambda result: self._show_results(generation, limit, result),
            failed=lambda message, _error: self._show_results(generation, limit, message))
        self._running.finished.connect(self._ran)

    def _ran(self) -> None:
        self._running = None
        self._next()

    def wait_idle(self, msecs: int = 5000) -> bool:
        return self._tasks.wait_all(msecs / 1000)

    def _show_results(self, generation: int, limit: int, result: object) -> None:
        if generation != self._generation:
            return  # a newer search is on its way
        if isinstance(result, str):
            self.model.set_hits([])
            self._show_tracker_hits([])
            self.count_label.setText(result)
            self.search_finished.emit(0)
            return
        hits, tracker_hits = result  # type: ignore[misc]
        more = len(hits) >= limit and limit < RESULT_LIMIT
        if self.model.rowCount() and limit > FIRST_PAGE:
            self.model.extend(hits, more)
        else:
            self.model.set_hits(hits, more)
        self._show_tracker_hits(tracker_hits)
        if not hits and tracker_hits:
            self.count_label.setText(translate(
                "SearchView", "No entries found; some of your trackers match, below."))
        elif not hits:
            self.count_label.setText(
                translate("SearchView", "Nothing found. Try fewer or different words."))
        elif more:
            count = len(hits)
            self.count_label.setText(translate(
                "SearchView", "Showing the first %Ln matches; scroll down for more.", None,
                count))
        elif len(hits) >= RESULT_LIMIT:
            self.count_label.setText(translate(
                "SearchView", "Showing %Ln matches: the best ones, or the newest when very "
                "many entries match. Add a word or a filter to narrow.", None, RESULT_LIMIT))
        else:
            count = len(hits)
            self.count_label.setText(
                translate("SearchView", "%Ln entries found.", None, count))
        self.search_finished.emit(len(hits))

    def _open(self, index: QModelIndex) -> None:
        entry_uuid = index.data(UUID_ROLE)
        if entry_uuid:
            self._events.open_entry.emit(entry_uuid)

    def _open_first(self) -> None:
        if self.model.rowCount():
            self._open(self.model.index(0))
        elif self.tracker_results.count():
            self._open_tracker(self.tracker_results.item(0))

    def _show_tracker_hits(self, hits: list[TrackerHit]) -> None:
        self.tracker_results.clear()
        for hit in hits:
            words = " ".join(hit.text.split())
            item = QListWidgetItem(translate("SearchView", "{words}\n{kind} · {date}").format(
                words=words, kind=translate("SearchView", TRACKER_WORDS[hit.kind]),
                date=date_text(hit.day)))
            item.setData(Qt.ItemDataRole.UserRole, hit.uuid)
            item.setData(KIND_ROLE, hit.kind.value)
            self.tracker_results.addItem(item)
        count = len(hits)
        self.tracker_title.setText(
            translate("SearchView", "In your trackers (%Ln)", None, count)
            if len(hits) < TRACKER_LIMIT
            else translate("SearchView", "In your trackers (the newest %Ln)", None,
                           TRACKER_LIMIT))
        if hits:
            row = self.tracker_results.sizeHintForRow(0)
            frame = 2 * self.tracker_results.frameWidth()
            self.tracker_results.setMaximumHeight(
                row * min(len(hits), TRACKER_ROWS) + frame + 2)
        self.tracker_section.setVisible(bool(hits))

    def tracker_texts(self) -> list[str]:
        """The tracker hits as shown, top to bottom."""
        return [self.tracker_results.item(r).text()
                for r in range(self.tracker_results.count())]

    def _open_tracker(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.tracker_requested.emit(item.data(KIND_ROLE), item.data(Qt.ItemDataRole.UserRole))

    def _apply_change(self, change: Change) -> None:
        if change.tags:
            self.refresh_tags()
        shown = self.model.rowCount() or self.tracker_results.count()
        if shown and (change.entries or change.order or change.trackers):
            self._timer.start()

    def shutdown(self) -> None:
        self._generation += 1
        self._queued = None
        self._tasks.shutdown(5)
