"""The main window's pages, each built on the open journal the first time it is shown.

Today and the Journal page (with the timeline's first page; its editor when the page is
first shown) are built when the journal is attached; Exercises, Trackers, Progress and
Search on first show, so start-up pays for neither them nor QtCharts (the Progress
page's charts)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QStackedWidget, QWidget

from trustjournal.gui.page_names import PAGES

if TYPE_CHECKING:
    from trustjournal.gui.editor import EditorWidget
    from trustjournal.gui.main_window import MainWindow
    from trustjournal.storage import Journal

FIRST = ("Today", "Journal")  # built with the journal; the rest when first shown


class Pages:
    """The window's stack of pages: placeholders until each page is built."""

    def __init__(self, window: MainWindow, stack: QStackedWidget) -> None:
        self.window = window
        self.stack = stack
        self._built: dict[str, QWidget] = {}
        # The pages of the journal that was closed (locking): still reachable, as they
        # were before pages were built lazily, but nothing is built without a journal.
        self._dropped: dict[str, QWidget] = {}

    def attach(self) -> None:
        """Placeholders for every page, then the first ones on the window's journal."""
        self.drop()
        for _ in PAGES:
            self.stack.addWidget(QWidget())
        for name in FIRST:
            self.build(name)

    def built(self, name: str) -> QWidget | None:
        return self._built.get(name)

    def get(self, name: str) -> QWidget:
        """The page, built now if it was not yet."""
        page = self._built.get(name)
        if page is not None:
            return page
        if self.window.journal is None:
            page = self._dropped.get(name)
            if page is None:
                raise RuntimeError(f"the {name} page needs an open journal")
            return page
        return self.build(name)

    def show_row(self, row: int) -> None:
        """The sidebar chose a row: build its page if needed, then show it."""
        if 0 <= row < len(PAGES) and self.window.journal is not None:
            page = self.get(PAGES[row])
            if PAGES[row] == "Journal":
                page.editor  # type: ignore[attr-defined]  # noqa: B018  (made while hidden)
        self.stack.setCurrentIndex(row)

    def build(self, name: str) -> QWidget:
        """Build one page on the open journal, in its place in the stack, and wire it."""
        journal = self.window.journal
        if journal is None:
            raise RuntimeError(f"the {name} page needs an open journal")
        # Made inside the stack from the start: a page made on its own and then put in
        # the stack was styled again, with everything in it, as it was placed (a
        # stylesheet restyles a widget's whole tree each time it changes parent).
        before = set(self.stack.children())
        try:
            view = _MAKERS[name](self.window, journal, self.stack)
        except BaseException:
            # A page whose making failed (a damaged journal) must not stay behind as a
            # half-made child of the stack, with its connections, for Qt to style and
            # keep: what the failed maker left there goes (never a page in the stack).
            for child in self.stack.children():
                if (child not in before and isinstance(child, QWidget)
                        and self.stack.indexOf(child) < 0):
                    shiboken6.delete(child)
            raise
        index = PAGES.index(name)
        placeholder = self.stack.widget(index)
        current = self.stack.currentIndex()
        self.stack.insertWidget(index, view)
        if placeholder is not None:
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
        self.stack.setCurrentIndex(current)
        self._built[name] = view
        return view

    def drop(self) -> None:
        """Throw away every page (built or not) of the journal that is going away."""
        self._dropped, self._built = self._built, {}
        while self.stack.count():
            view = self.stack.widget(0)
            self.stack.removeWidget(view)
            view.deleteLater()


def _today(window: MainWindow, journal: Journal, parent: QWidget) -> QWidget:
    # Page modules load with their page: the window's shell paints before any of them.
    from trustjournal.gui.today_view import TodayView

    view = TodayView(journal, window.events, parent, watch=window.safety_watch)
    view.write_requested.connect(window.write_new)
    view.checkin_requested.connect(window.open_checkin)
    view.safety_requested.connect(window.offer_safety)
    view.exercise_requested.connect(window.start_exercise)
    view.tracker_requested.connect(window.show_tracker_item)
    return view


def _journal(window: MainWindow, journal: Journal, parent: QWidget) -> QWidget:
    from trustjournal.gui.distraction_free import DistractionFree
    from trustjournal.gui.journal_view import JournalView

    view = JournalView(journal, window.events, parent, watch=window.safety_watch)
    # The timeline's first page now, so the journal is usable before the page is shown;
    # read before the window is given anything of the page's, so that a read that fails
    # (a damaged journal) leaves nothing outside the stack pointing at it.
    if view.model.rowCount() == 0 and view.model.canFetchMore(QModelIndex()):
        view.model.fetchMore(QModelIndex())
    DistractionFree.install(window, view)
    window.new_action = view.new_action
    window.addAction(window.new_action)
    window.new_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    window.new_action.triggered.connect(lambda: window.show_page(PAGES.index("Journal")))

    def wire(editor: EditorWidget) -> None:
        editor.safety_offered.connect(window.offer_safety)
        editor.edit_answers_requested.connect(window.edit_answers)
        editor.follow_up_check = (
            lambda uuid: window.exercises_view.follow_up_for(uuid) is not None)
        editor.follow_up_requested.connect(window.follow_up)
        editor.status_changed.connect(window._editor_status)

    view.when_editor_made(wire)  # the editor is made when the page is first shown
    return view


def _exercises(window: MainWindow, journal: Journal, parent: QWidget) -> QWidget:
    from trustjournal.gui.exercises_view import ExercisesView

    view = ExercisesView(journal, window.events, parent, watch=window.safety_watch)
    # The weekly review's summary comes from Progress, built only if it is asked for.
    view.prefill_provider = lambda: window.progress_view.week_summary()
    view.entry_saved.connect(window._exercise_saved)  # a victory goes to Today
    view.entry_changed.connect(window.open_entry)  # a changed one is read again, not feted
    view.safety_requested.connect(window.offer_safety)
    return view


def _trackers(window: MainWindow, journal: Journal, parent: QWidget) -> QWidget:
    from trustjournal.gui.trackers.view import TrackersView

    view = TrackersView(journal, window.events, parent, watch=window.safety_watch)
    view.safety_requested.connect(window.offer_safety)
    surf = getattr(window, "show_urge_timer", None)  # comes with the urge log
    if surf is not None:
        view.surf_requested.connect(surf)
    return view


def _progress(window: MainWindow, journal: Journal, parent: QWidget) -> QWidget:
    from trustjournal.gui.progress_view import ProgressView  # QtCharts comes with it

    view = ProgressView(journal, window.events, parent)
    view.review_requested.connect(window.start_weekly_review)
    return view


def _search(window: MainWindow, journal: Journal, parent: QWidget) -> QWidget:
    from trustjournal.gui.search_view import SearchView

    view = SearchView(journal, window.events, parent)
    view.tracker_requested.connect(window.show_tracker_item)
    return view


_MAKERS = {"Today": _today, "Journal": _journal, "Exercises": _exercises,
           "Trackers": _trackers, "Progress": _progress, "Search": _search}
