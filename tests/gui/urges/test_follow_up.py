"""The Today card that asks, an hour or more later, how the person feels now: standalone,
in a page-like host, as the Today page will hold it."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from tests.gui.exercises.helpers import click, type_into
from tests.gui.urges.helpers import HARM, saved_urge
from trustjournal.core.entries import Change
from trustjournal.core.trackers import Urge, UrgeKind, UrgeOutcome
from trustjournal.gui.events import AppEvents
from trustjournal.gui.safety_watch import SafetyWatch
from trustjournal.gui.urges import UrgeFollowUpCard
from trustjournal.gui.urges.follow_up import asking_text


class Clock:
    def __init__(self) -> None:
        self.now = dt.datetime.now(dt.UTC).replace(microsecond=0)

    def __call__(self) -> dt.datetime:
        return self.now


@pytest.fixture
def events() -> AppEvents:
    return AppEvents()


@pytest.fixture
def clock() -> Clock:
    return Clock()


PAGES: list[QWidget] = []  # qtbot holds widgets weakly; the pages must live to the end


@pytest.fixture(autouse=True)
def _pages():  # type: ignore[no-untyped-def]
    yield
    PAGES.clear()


def hosted(qtbot, journal, events, clock) -> UrgeFollowUpCard:  # type: ignore[no-untyped-def]
    page = QWidget()
    PAGES.append(page)
    qtbot.addWidget(page)
    card = UrgeFollowUpCard(journal, events, watch=SafetyWatch(journal), now=clock)
    QVBoxLayout(page).addWidget(card)
    page.resize(700, 320)
    page.show()
    qtbot.waitExposed(page)
    return card


def test_nothing_to_ask_keeps_the_card_hidden(qtbot, journal, events, clock) -> None:  # type: ignore[no-untyped-def]
    saved_urge(journal, hours_ago=0.5)  # too soon to ask
    card = hosted(qtbot, journal, events, clock)
    assert not card.isVisible() and not card.asking()


def test_built_before_a_page_holds_it_the_card_never_opens_a_window(qtbot, journal,  # type: ignore[no-untyped-def]
                                                                    events, clock) -> None:
    saved_urge(journal)
    card = UrgeFollowUpCard(journal, events, now=clock)
    qtbot.addWidget(card)
    assert card.asking() and not card.isVisible()
    page = QWidget()
    PAGES.append(page)
    qtbot.addWidget(page)
    QVBoxLayout(page).addWidget(card)
    page.show()
    qtbot.waitExposed(page)
    assert card.isVisible() and not card.isWindow()


def test_an_answer_is_kept_as_how_the_person_feels_now(qtbot, journal, events, clock) -> None:  # type: ignore[no-untyped-def]
    urge = saved_urge(journal)
    card = hosted(qtbot, journal, events, clock)
    assert card.isVisible()
    when = "Earlier today" if urge.local_date == clock.now.astimezone().date() else "Yesterday"
    assert card.text.text() == f"{when} you noticed an urge to check their phone, and let " \
        "it pass."
    assert not card.save_button.isEnabled()  # nothing typed: only "not now" makes sense
    changes = []
    events.changed.connect(changes.append)
    type_into(qtbot, card.feeling, "Calmer, a bit tired")
    with qtbot.waitSignal(card.settled) as settled:
        click(qtbot, card.save_button)
    assert settled.args == [urge.uuid]
    stored = journal.get_urge(urge.uuid)
    assert stored.feeling_after == "Calmer, a bit tired"
    assert stored.followed_up_utc == clock.now
    assert (stored.kind, stored.peak, stored.outcome) == (urge.kind, urge.peak, urge.outcome)
    assert any(change.trackers for change in changes)
    assert not card.isVisible() and journal.urges_to_follow_up(clock.now) == []


def test_not_now_declines_and_the_question_does_not_come_back(qtbot, journal, events,  # type: ignore[no-untyped-def]
                                                              clock) -> None:
    urge = saved_urge(journal, kind=UrgeKind.OTHER, other="Scroll back through old texts",
                      outcome=UrgeOutcome.ACTED)
    card = hosted(qtbot, journal, events, clock)
    assert "an urge: “Scroll back through old texts”." in card.text.text()
    assert "let it pass" not in card.text.text()  # nothing said about acting on it
    click(qtbot, card.later_button)
    stored = journal.get_urge(urge.uuid)
    assert stored.feeling_after is None and stored.followed_up_utc == clock.now
    clock.now += dt.timedelta(days=1)
    card.refresh()
    assert not card.isVisible()


def test_one_question_for_the_latest_and_older_ones_close_quietly(qtbot, journal, events,  # type: ignore[no-untyped-def]
                                                                 clock) -> None:
    oldest = saved_urge(journal, hours_ago=50)
    older = saved_urge(journal, hours_ago=26, kind=UrgeKind.CHECK_LOCATION)
    latest = saved_urge(journal, hours_ago=2, kind=UrgeKind.SOCIAL_MEDIA,
                        outcome=UrgeOutcome.PARTLY)
    recent = saved_urge(journal, hours_ago=0.2)  # asked about later, not now
    card = hosted(qtbot, journal, events, clock)
    assert "look at their social media, and partly went with it" in card.text.text()
    type_into(qtbot, card.feeling, "Okay now")
    click(qtbot, card.save_button)
    assert journal.get_urge(latest.uuid).feeling_after == "Okay now"
    for quiet in (oldest, older):
        stored = journal.get_urge(quiet.uuid)
        assert stored.followed_up_utc == clock.now and stored.feeling_after is None
    assert journal.get_urge(recent.uuid).followed_up_utc is None
    assert not card.isVisible()
    clock.now += dt.timedelta(hours=1)
    events.emit_change(Change(trackers=True))  # something changed: the card looks again
    assert card.isVisible() and card.urge is not None and card.urge.uuid == recent.uuid


def test_a_harm_answer_offers_the_safety_panel(qtbot, journal, events, clock) -> None:  # type: ignore[no-untyped-def]
    urge = saved_urge(journal)
    card = hosted(qtbot, journal, events, clock)
    type_into(qtbot, card.feeling, HARM)
    with qtbot.waitSignal(card.safety_requested) as offered:
        click(qtbot, card.save_button)
    assert offered.args == ["crisis"]
    assert journal.get_urge(urge.uuid).feeling_after == HARM


def test_the_words_say_when_without_a_count_of_days() -> None:
    urge = Urge(uuid="u", local_date=dt.date(2026, 12, 1), kind=UrgeKind.INTERROGATE,
                started_utc=dt.datetime(2026, 12, 1, 9, tzinfo=dt.UTC), peak=3,
                outcome=UrgeOutcome.RESISTED, updated_utc=dt.datetime(2026, 12, 1, 9,
                                                                      tzinfo=dt.UTC))
    assert asking_text(urge, dt.date(2026, 12, 1)).startswith("Earlier today you noticed an "
                                                              "urge to question them closely")
    assert asking_text(urge, dt.date(2026, 12, 2)).startswith("Yesterday you noticed")
    assert asking_text(urge, dt.date(2026, 12, 6)).startswith("A little while ago you")


def test_enter_saves_the_answer(qtbot, journal, events, clock) -> None:  # type: ignore[no-untyped-def]
    urge = saved_urge(journal)
    card = hosted(qtbot, journal, events, clock)
    type_into(qtbot, card.feeling, "Fine")
    qtbot.keyClick(card.feeling, Qt.Key.Key_Return)
    assert journal.get_urge(urge.uuid).feeling_after == "Fine"


def test_the_page_shown_again_an_hour_later_asks(qtbot, journal, events, clock) -> None:  # type: ignore[no-untyped-def]
    urge = saved_urge(journal, hours_ago=0.5)
    card = hosted(qtbot, journal, events, clock)
    assert not card.isVisible()
    page = card.parentWidget()
    page.hide()
    clock.now += dt.timedelta(hours=1)
    page.show()
    qtbot.waitExposed(page)
    assert card.isVisible() and card.urge is not None and card.urge.uuid == urge.uuid


def test_building_and_showing_the_card_reads_only_the_urge_it_asks_about(  # type: ignore[no-untyped-def]
        qtbot, journal, events, clock, monkeypatch) -> None:
    for hours in range(2, 42):  # a long-kept journal: many still waiting
        saved_urge(journal, hours_ago=hours)
    latest = saved_urge(journal, hours_ago=1.5, kind=UrgeKind.SOCIAL_MEDIA)
    read = []
    ask = journal.urges_to_follow_up

    def counted(*args, **kwargs):  # type: ignore[no-untyped-def]
        urges = ask(*args, **kwargs)
        read.append(len(urges))
        return urges

    monkeypatch.setattr(journal, "urges_to_follow_up", counted)
    card = hosted(qtbot, journal, events, clock)
    assert card.isVisible() and card.urge is not None and card.urge.uuid == latest.uuid
    assert read and max(read) == 1  # the 40 older ones were never loaded
    click(qtbot, card.later_button)  # closing them all still reaches every one
    assert journal.urges_to_follow_up(clock.now) == []


def test_an_urge_that_became_due_after_the_question_stays_open(qtbot, journal, events,  # type: ignore[no-untyped-def]
                                                               clock) -> None:
    asked = saved_urge(journal, hours_ago=3)
    later = saved_urge(journal, hours_ago=0.5)
    card = hosted(qtbot, journal, events, clock)
    clock.now += dt.timedelta(hours=1)  # `later` is due now, but was not behind the question
    click(qtbot, card.later_button)
    assert journal.get_urge(asked.uuid).followed_up_utc == clock.now
    assert journal.get_urge(later.uuid).followed_up_utc is None
