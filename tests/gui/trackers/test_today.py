"""The trackers' cards on Today: promises around now (calm, kept in one click, or opened
on the Trackers page), and nothing shown when nothing is due."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from tests.gui.trackers.helpers import click
from trustjournal.core.trackers import Promise, PromiseBy, PromiseStatus, TrackerKind
from trustjournal.gui.dates import date_text

TODAY = dt.date.today()


def promise(journal, text: str, due: dt.date | None, made_on: dt.date = TODAY,  # type: ignore[no-untyped-def]
            by: PromiseBy = PromiseBy.ME) -> Promise:
    made = Promise(uuid=str(uuid.uuid4()), text=text, by=by, made_on=made_on, due=due,
                   updated_utc=dt.datetime.now(dt.UTC))
    journal.save_promise(made)
    return made


def card_words(card) -> str:  # type: ignore[no-untyped-def]
    return "\n".join(label.text() for label in card.findChildren(QLabel) if label.isVisible())


def test_nothing_due_shows_no_promise_or_worry_card(window) -> None:  # type: ignore[no-untyped-def]
    cards = window.today_view.trackers
    assert not cards.promises.isVisible() and not cards.worries.isVisible()
    assert cards.intention.isVisible()


def test_promises_around_now_are_shown_calmly_and_kept_in_one_click(qtbot, window, journal  # type: ignore[no-untyped-def]
                                                                    ) -> None:
    week_ago = TODAY - dt.timedelta(days=7)
    earlier = promise(journal, "Book the table for Friday", TODAY - dt.timedelta(days=2),
                      made_on=week_ago, by=PromiseBy.PARTNER)
    today = promise(journal, "Be home by seven", TODAY)
    promise(journal, "Plan the holiday together", TODAY + dt.timedelta(days=5))
    promise(journal, "No day set for this one", None)
    window.today_view.refresh()
    card = window.today_view.trackers.promises
    assert card.isVisible()
    assert [row.promise.uuid for row in card.rows] == [earlier.uuid, today.uuid]
    assert [(row.text.text(), row.caption.text()) for row in card.rows] == [
        ("Book the table for Friday",
         f"By my partner · set for {date_text(TODAY - dt.timedelta(days=2))}"),
        ("Be home by seven", "By me · for today"),
    ]
    words = card_words(card).lower()
    for nag in ("overdue", "late", "missed", "failed", "broken"):
        assert nag not in words, nag

    click(qtbot, card.rows[1].kept_button)
    kept = journal.get_promise(today.uuid)
    assert (kept.status, kept.settled_on) == (PromiseStatus.KEPT, TODAY)
    assert [row.promise.uuid for row in card.rows] == [earlier.uuid]
    assert card.note.text() == "Kept: “Be home by seven”. Nicely done."

    # "More…" opens the promise on the Trackers page, chosen in its tab.
    click(qtbot, card.rows[0].open_button)
    assert window.current_page() == "Trackers"
    tab = window.trackers_view.tab(TrackerKind.PROMISE)
    assert window.trackers_view.tabs.currentWidget() is tab
    assert tab.current.uuid == earlier.uuid
    assert tab.text_edit.text() == "Book the table for Friday"


def test_a_tracker_change_refreshes_only_the_tracker_cards(qtbot, window, journal,  # type: ignore[no-untyped-def]
                                                           monkeypatch) -> None:
    from trustjournal.storage import Journal

    reads: list[str] = []
    real = Journal.timeline_page

    def counted(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        reads.append("timeline")
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Journal, "timeline_page", counted)
    card = window.today_view.trackers.promises
    assert not card.isVisible()
    made = Promise(uuid=str(uuid.uuid4()), text="Be home by seven", by=PromiseBy.ME,
                   made_on=TODAY, due=TODAY, updated_utc=dt.datetime.now(dt.UTC))
    window.events.emit_change(journal.save_promise(made))
    assert card.isVisible()
    assert [row.promise.uuid for row in card.rows] == [made.uuid]
    assert reads == []  # the entries, the check-in and the next step were not read again


def test_the_urge_follow_up_card_sits_above_the_other_cards(qtbot, journal) -> None:  # type: ignore[no-untyped-def]
    from trustjournal.gui.events import AppEvents
    from trustjournal.gui.safety_watch import SafetyWatch
    from trustjournal.gui.trackers import today as today_cards
    from trustjournal.gui.urges.follow_up import UrgeFollowUpCard

    events, watch = AppEvents(), SafetyWatch(journal)
    cards = today_cards.TrackerCards(journal, events, watch=watch)
    qtbot.addWidget(cards)
    assert isinstance(cards.urge_card, UrgeFollowUpCard)
    assert cards.layout().indexOf(cards.urge_card) == 0  # above the other cards
    with qtbot.waitSignal(cards.safety_requested) as offered:
        cards.urge_card.safety_requested.emit("crisis")
    assert offered.args == ["crisis"]


def test_worrying_words_in_todays_intention_offer_the_safety_panel(qtbot, window, journal  # type: ignore[no-untyped-def]
                                                                   ) -> None:
    card = window.today_view.trackers.intention
    qtbot.keyClicks(card.edit, "Stop saying I want to kill myself when we argue")
    qtbot.keyClick(card.edit, Qt.Key.Key_Return)
    assert journal.intention_on(TODAY) is not None  # saved first; the offer comes after
    qtbot.waitUntil(lambda: window.safety_dialog is not None, timeout=5000)
    assert window.safety_dialog.section_ids()[0] == "crisis"


def test_tab_visits_todays_rows_and_links_in_the_order_they_read(qtbot, window, journal  # type: ignore[no-untyped-def]
                                                                ) -> None:
    """Rows and links a refresh makes join the window's tab order at its very end; Tab
    still goes down the page as it reads: the intention, the promises and worries due,
    the entries' links, then "Write an entry"."""
    from PySide6.QtWidgets import QWidget

    from trustjournal.core.entries import EntryEdit
    from trustjournal.core.trackers import Worry

    promise(journal, "Be home by seven", TODAY)
    journal.save_worry(Worry(uuid=str(uuid.uuid4()), text="They forgot our date",
                             sureness=60, made_on=TODAY, look_on=TODAY,
                             updated_utc=dt.datetime.now(dt.UTC)))
    journal.create_entry(body="Written today")
    old, _ = journal.create_entry(body="From last year")
    journal.update_entry(old.uuid, EntryEdit(local_date=TODAY.replace(year=TODAY.year - 1)))
    today = window.today_view
    today.refresh()
    today.refresh()  # a second refresh makes every row and link anew
    cards = today.trackers
    links = [*today.on_this_day_list.links, *today.recent_list.links]
    assert cards.promises.rows and cards.worries.rows and len(links) >= 2
    qtbot.waitUntil(lambda: all(link.isVisible() for link in links))

    def visible_tab_stops(start: QWidget) -> list[QWidget]:
        found, widget = [], start.nextInFocusChain()
        while widget is not start and widget is not today.write_button:
            if (widget.isVisible() and widget.isEnabled()
                    and widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
                found.append(widget)
            widget = widget.nextInFocusChain()
        return [*found, widget]

    promise_row, worry_row = cards.promises.rows[0], cards.worries.rows[0]
    assert visible_tab_stops(cards.intention.set_button) == [
        promise_row.kept_button, promise_row.open_button, worry_row.look_button, *links,
        today.write_button]
