"""The Today page: the day's check-in, one gentle next step, the trackers' cards (the day's
intention, promises around now, worries to look at again), what was written on this day
in earlier years, the latest entries, and a quiet moment after a small victory."""

from __future__ import annotations

import datetime as dt
import itertools
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from trustjournal.core.entries import Change, EntryKind, EntrySummary
from trustjournal.core.i18n import translate
from trustjournal.core.today import (
    VICTORY,
    WRITE,
    Activity,
    RecentCheckin,
    TodayWords,
    TodayWordsError,
    Wording,
    builtin_today_words,
    suggest,
    years_ago,
)
from trustjournal.gui.checkin_card import InlineCheckIn
from trustjournal.gui.dates import long_day_text, number_text
from trustjournal.gui.events import AppEvents
from trustjournal.gui.first_paint import once_settled
from trustjournal.gui.focus_chain import focusables
from trustjournal.gui.perspective import CHOICES, SETTING, choice_label, current
from trustjournal.gui.shipped import shipped_exercise
from trustjournal.gui.today_cards import (
    GAP,
    Card,
    CelebrationCard,
    EntryList,
    NextStepCard,
    bigger,
    day_text,
    kind_text,
    label,
)
from trustjournal.gui.trackers.today import TrackerCards
from trustjournal.gui.visibility import show_as
from trustjournal.storage.errors import JournalError

if TYPE_CHECKING:
    from trustjournal.gui.safety_watch import SafetyWatch
    from trustjournal.storage import Journal

RECENT = 5  # entries under "Recently"
ON_THIS_DAY = 3  # entries under "On this day"
COLUMN_WIDTH = 90 * GAP  # the page reads as one calm column, even on a wide screen
# Plain words in case resources/today.toml can't be read: the page still offers a step.
def fallback_wording() -> Wording:
    return Wording(translate("TodayView", "Something for today"),
                   translate("TodayView", "Whenever you like, write a few lines about how "
                             "things are."))




def greeting(now: dt.datetime) -> str:
    if now.hour < 5:
        return translate("TodayView", "Still up? Be gentle with yourself tonight.")
    if now.hour < 12:
        return translate("TodayView", "Good morning.")
    if now.hour < 18:
        return translate("TodayView", "Good afternoon.")
    return translate("TodayView", "Good evening.")


class PerspectiveCard(QFrame):
    """Asked once, at first run; changeable later on the Exercises page."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("perspectiveCard")
        self.setProperty("role", "card")
        question = label(translate("PerspectiveCard", "Who is this journal about, for you?"),
                         "section-title")
        bigger(question, 1.25)
        hint = label(translate("PerspectiveCard", "It only changes which exercises come "
                               "first. Every exercise stays open to you, and you can change "
                               "this any time."), "secondary")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(3 * GAP, 3 * GAP, 3 * GAP, 3 * GAP)
        layout.setSpacing(GAP)
        layout.addWidget(question)
        layout.addWidget(hint)
        self.buttons: dict[str, QPushButton] = {}
        # One under the other: side by side, the longer answers were cut short.
        for key, _text in CHOICES:
            button = QPushButton(choice_label(key))
            button.clicked.connect(lambda _=False, k=key: self.chosen.emit(k))
            row = QHBoxLayout()
            row.addWidget(button)
            row.addStretch(1)
            layout.addLayout(row)
            self.buttons[key] = button


class TodayView(QWidget):
    write_requested = Signal()
    checkin_requested = Signal()  # the step-by-step check-in window
    exercise_requested = Signal(str)  # start this exercise on the Exercises page
    safety_requested = Signal(str)  # a safety panel section, after a check-in note
    tracker_requested = Signal(str, str)  # (TrackerKind value, uuid): open it on Trackers

    def __init__(self, journal: Journal, events: AppEvents, parent: QWidget | None = None,
                 *, watch: SafetyWatch | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("todayPage")
        self._journal = journal
        self._events = events
        self._stale = False
        try:
            self._words: TodayWords | None = builtin_today_words()
        except TodayWordsError:
            self._words = None

        # The frame first, the cards into it: a widget is styled again, with everything
        # inside it, each time it is placed in another; made from the outside in, each
        # card is placed once (made from the inside out, the page was styled ~2,000 times).
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setObjectName("todayScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes straight to the cards
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Today nearly always runs taller than the window. With its scroll bar shown only
        # as needed from the start, the page was laid out at two widths before its first
        # paint (without the bar, then with it), and that first frame showed it 12 px
        # wider than the next, the column moving as the bar came. The bar is there from
        # the start; once the page has been painted, it comes and goes as needed again.
        scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        once_settled(self, lambda: scroll.setVerticalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAsNeeded))
        outer.addWidget(scroll)
        self.scroll = scroll
        page = QWidget()
        centre = QHBoxLayout(page)
        centre.setContentsMargins(0, 0, 0, 0)
        column = QWidget()
        column.setObjectName("todayColumn")
        column.setMaximumWidth(COLUMN_WIDTH)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(4 * GAP, 4 * GAP, 4 * GAP, 4 * GAP)
        layout.setSpacing(2 * GAP)
        centre.addStretch(1)
        centre.addWidget(column, 100)
        centre.addStretch(1)
        scroll.setWidget(page)  # with its layout already set, as QScrollArea needs

        self.title = label("", "page-title")
        self.title.setObjectName("todayGreeting")
        bigger(self.title, 1.8)
        self.date_label = label("", "secondary")
        self.summary = label("", "secondary")
        self.summary.setObjectName("todaySummary")
        header = QVBoxLayout()
        header.setSpacing(GAP // 2)
        layout.addLayout(header)
        header.addWidget(self.title)
        header.addWidget(self.date_label)
        header.addWidget(self.summary)

        # In the order Tab visits them.
        self.perspective_card = PerspectiveCard(column)
        self.perspective_card.chosen.connect(self._perspective_chosen)
        layout.addWidget(self.perspective_card)
        self.celebration = CelebrationCard(column)
        self.celebration.open_entry.connect(events.open_entry)
        layout.addWidget(self.celebration)
        self.checkin = InlineCheckIn(journal, events, column, watch=watch)
        self.checkin.full_requested.connect(self.checkin_requested)
        self.checkin.safety_requested.connect(self.safety_requested)
        self.checkin.saved.connect(self._checked_in)
        layout.addWidget(self.checkin)
        self.next_step = NextStepCard(column)
        self.next_step.start.connect(self._start)
        layout.addWidget(self.next_step)

        # The trackers' cards sit between the next step and the look back.
        self.promises_slot = QVBoxLayout()
        self.promises_slot.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.promises_slot)
        self.trackers = TrackerCards(journal, events, column, watch=watch)
        self.trackers.open_record.connect(self.tracker_requested)
        self.trackers.safety_requested.connect(self.safety_requested)
        self.promises_slot.addWidget(self.trackers)

        self.on_this_day = Card("onThisDayCard", translate("TodayView", "On this day"), column)
        self.on_this_day_list = EntryList()
        self.on_this_day_list.open_entry.connect(events.open_entry)
        self.on_this_day.body.addWidget(self.on_this_day_list)
        layout.addWidget(self.on_this_day)

        self.recent = Card("recentCard", translate("TodayView", "Recently"), column)
        self.write_button = QPushButton(translate("TodayView", "Write an entry"))
        self.write_button.setObjectName("writeButton")
        self.write_button.setToolTip(translate("TodayView", "Start a new entry for today "
                                               "(Ctrl+N)"))
        self.write_button.clicked.connect(self.write_requested)
        self.recent_empty = label("", "secondary")
        self.recent_empty.setObjectName("recentEmpty")
        self.recent_list = EntryList()
        self.recent_list.open_entry.connect(events.open_entry)
        self.recent.body.addWidget(self.recent_empty)
        self.recent.body.addWidget(self.recent_list)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.write_button)
        self.recent.body.addLayout(row)
        layout.addWidget(self.recent)

        note = label(translate("TodayView", "This journal lives only on this computer. "
                               "Nothing you write here is sent anywhere."), "caption")
        layout.addStretch(1)
        layout.addWidget(note)

        events.changed.connect(self._changed)
        self.refresh(checkin=False)  # the check-in card has just read its day itself

    @property
    def checkin_button(self) -> QPushButton:
        """The check-in card's "Step by step…" (its form is made when first asked for)."""
        return self.checkin.checkin_button

    # -- filling in ------------------------------------------------------------------

    def refresh(self, *, checkin: bool = True) -> None:
        """Read everything Today shows again (checkin=False: all but the check-in card)."""
        self._stale = False
        now = dt.datetime.now()
        self.title.setText(greeting(now))
        self.date_label.setText(long_day_text(now.date()))
        today = now.date()
        try:
            page = self._journal.timeline_page(limit=60)
            total = self._journal.count_entries()
        except JournalError:
            return  # a busy or closing journal: the next change or visit fills the page
        self._show_summary(page.entries, total, today)
        show_as(self.perspective_card, current(self._journal) is None)
        if checkin:
            self.checkin.reload()
        self._show_next_step(page.entries, total, today)
        self.trackers.refresh(today)
        self._show_on_this_day(today)
        self._show_recent(page.entries, total, today)
        self._put_made_in_tab_order()

    def _put_made_in_tab_order(self) -> None:
        """Tab visits the page as it reads. What a refresh makes (the trackers' rows, the
        entries' links) joined the window's tab order at its very end, after "Write an
        entry" (made with the page, below them) and after the other pages: it is put back
        in place, after the tracker cards made with the page."""
        # The intention card's own controls, made with the page, are in its order: its
        # last is the last of the tracker cards (the urge card's come before it).
        made_with_page = focusables(self.trackers.intention)
        if not made_with_page:
            return
        anchor = made_with_page[-1]
        made = [*self.trackers.rows(), *self.on_this_day_list.links, *self.recent_list.links]
        order = [widget for block in made for widget in focusables(block)]
        for before, after in itertools.pairwise([anchor, *order, self.write_button]):
            QWidget.setTabOrder(before, after)

    def _show_summary(self, entries: tuple[EntrySummary, ...], total: int,
                      today: dt.date) -> None:
        # A check-in is shown on its own card, not counted as something written.
        written = sum(1 for e in entries if e.local_date == today and e.kind != EntryKind.CHECKIN)
        if total == 0:
            self.summary.setText(translate(
                "TodayView", "Welcome. This is a private place to notice what you feel and "
                "think, at your own pace."))
        elif written:
            self.summary.setText(translate(
                "TodayView", "You have written %n entries today. {total} in your journal "
                "so far.", None, written).format(total=number_text(total)))
        else:
            self.summary.setText(translate(
                "TodayView", "%Ln entries in your journal so far.", None, total))

    def activity(self, entries: tuple[EntrySummary, ...], total: int,
                 today: dt.date) -> Activity:
        """What the next-step rules look at, read from the journal."""
        last_written = next((e.local_date for e in entries if e.kind == EntryKind.FREE), None)
        checkins = []
        for entry in entries:
            if entry.kind == EntryKind.CHECKIN and 0 <= (today - entry.local_date).days < 7:
                answers = self._journal.exercise_answers(entry.uuid) or {}
                checkins.append(RecentCheckin(entry.local_date, answers))
        return Activity(today=today, entry_count=total, last_written=last_written,
                        checkins=tuple(checkins), last_done=self._journal.last_done())

    def _show_next_step(self, entries: tuple[EntrySummary, ...], total: int,
                        today: dt.date) -> None:
        perspective = current(self._journal)
        suggestion = suggest(perspective, self.activity(entries, total, today))
        exercise = None if suggestion.action == WRITE else shipped_exercise(suggestion.action)
        wording = (self._words.for_reason(suggestion.reason, perspective)
                   if self._words is not None else fallback_wording())
        if exercise is None:
            self.next_step.show_step(wording, WRITE, translate("TodayView", "Write a few lines"))
            return
        minutes = exercise.minutes
        about = translate("TodayView", "{title} · about %n minutes", None,
                          minutes).format(title=exercise.title)
        self.next_step.show_step(
            wording, exercise.id,
            translate("TodayView", "Open “{title}”").format(title=exercise.title), about)

    def _show_on_this_day(self, today: dt.date) -> None:
        try:
            found = self._journal.on_this_day(today, ON_THIS_DAY)
        except JournalError:
            found = []
        self.on_this_day_list.show_entries(
            [(e, translate("TodayView", "{years_ago} · {day} · {kind}").format(
                years_ago=years_ago(e.local_date, today), day=day_text(e.local_date, today),
                kind=kind_text(e.kind))) for e in found])
        show_as(self.on_this_day, bool(found))

    def _show_recent(self, entries: tuple[EntrySummary, ...], total: int,
                     today: dt.date) -> None:
        shown = entries[:RECENT]
        self.recent_list.show_entries(
            [(e, translate("TodayView", "{day} · {kind}").format(
                day=day_text(e.local_date, today), kind=kind_text(e.kind))) for e in shown])
        self.recent_empty.setText(
            translate("TodayView", "Nothing written yet, and that's fine. When you write, "
                      "your latest entries wait for you here.") if total == 0 else "")
        show_as(self.recent_empty, total == 0)
        self.recent.title.setText(translate("TodayView", "Recently") if total
                                  else translate("TodayView", "Your journal"))

    # -- celebration -----------------------------------------------------------------

    def celebrate(self, entry_uuid: str) -> bool:
        """Show the quiet card if this saved entry is a small victory; True if shown."""
        try:
            entry = self._journal.get_entry(entry_uuid)
            answers: dict[str, Any] = self._journal.exercise_answers(entry_uuid) or {}
        except JournalError:
            return False
        if entry.exercise_id != VICTORY:
            return False
        wording = (self._words.celebration if self._words is not None
                   else Wording(translate("TodayView", "A small victory, noticed"),
                                translate("TodayView", "Well done for seeing it.")))
        what = answers.get("what")
        pride = answers.get("pride")
        self.refresh()
        self.scroll.ensureWidgetVisible(self.celebration)
        self.celebration.celebrate(entry_uuid, wording, what if isinstance(what, str) else "",
                                   pride if isinstance(pride, int) else None)
        return True

    # -- events ----------------------------------------------------------------------

    def _checked_in(self, _uuid: str) -> None:
        self.refresh()
        self.scroll.ensureWidgetVisible(self.checkin)

    def _start(self, action: str) -> None:
        if action == WRITE:
            self.write_requested.emit()
        else:
            self.exercise_requested.emit(action)

    def _perspective_chosen(self, key: str) -> None:
        self._journal.set_setting(SETTING, key)
        self.perspective_card.hide()
        self._events.emit_change(Change(exercises=True))

    def _changed(self, change: Change) -> None:
        if change.empty:
            return
        if change == Change(trackers=True):
            self._trackers_changed()
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True  # filled in when the page is shown again

    def _trackers_changed(self) -> None:
        # Only the tracker cards read anything tracker-related: the rest stays as it is.
        if self.isVisible():
            self.trackers.refresh()
            self._put_made_in_tab_order()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale or self.checkin.day != dt.date.today():
            self.refresh()

    def leave(self) -> None:
        """The window is closing or locking: keep a half-done check-in as a draft."""
        self.checkin.leave()


