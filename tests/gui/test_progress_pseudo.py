"""The Progress page, the Trackers page, Today's tracker cards and the urge timer in the
pseudo-locale: every text they put on screen went through translate (it carries the
pseudo brackets), apart from what the person wrote and the shipped content, which other
files translate."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLineEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from tests.gui.test_progress_view import make_view
from tests.gui.urges.helpers import FakeClock, saved_urge
from tests.tracker_records import fill_month
from trustjournal.core import i18n
from trustjournal.core.trackers import UrgeKind, UrgeOutcome
from trustjournal.gui.events import AppEvents
from trustjournal.gui.trackers.today import TrackerCards
from trustjournal.gui.trackers.view import TrackersView
from trustjournal.gui.urges import UrgeSurfDialog
from trustjournal.gui.urges.alternatives import builtin_alternatives

MONDAY = dt.date(2024, 3, 4)


def pseudo_backend(context: str, text: str, disambiguation: str | None, n: int) -> str:
    del context, disambiguation
    shown = i18n.pseudo(text)
    return i18n.substitute_count(shown, n) if n >= 0 else shown


@pytest.fixture
def pseudo_locale():  # type: ignore[no-untyped-def]
    i18n.install(pseudo_backend, i18n.PSEUDO)
    yield
    i18n.install(None)


def shown_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) of every text a visible widget under `root` shows or reads out."""
    found: list[tuple[str, str]] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        name = f"{type(widget).__name__} {widget.objectName()}"
        texts = [widget.toolTip(), widget.accessibleName(), widget.windowTitle()
                 if widget.isWindow() else ""]
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit | QTextEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        found += [(name, text) for text in texts if text.strip()]
    return found


def untranslated(root: QWidget, allowed: set[str]) -> list[tuple[str, str]]:
    """Texts without the pseudo brackets, other than the person's words and content."""
    def own_or_content(text: str) -> bool:
        return any(part in text for part in allowed)
    return [(where, text) for where, text in shown_texts(root)
            if not i18n.is_pseudo(text) and not own_or_content(text)
            and any(ch.isalpha() for ch in text)]


def test_the_progress_page_is_translated(qtbot, journal, pseudo_locale) -> None:  # type: ignore[no-untyped-def]
    fill_month(journal, MONDAY)
    view = make_view(qtbot, journal)
    for card in view.cards.values():  # the tables too
        card.table_button.setChecked(True)
    assert untranslated(view, set()) == []
    for card in view.cards.values():
        if card.table.columnCount():
            for header in card.table_headers():
                assert i18n.is_pseudo(header), header


def test_the_trackers_page_and_todays_cards_are_translated(qtbot, journal, pseudo_locale) -> None:  # type: ignore[no-untyped-def]
    fill_month(journal, MONDAY)
    today = dt.date.today()
    saved_urge(journal, hours_ago=3, kind=UrgeKind.SOCIAL_MEDIA,
               outcome=UrgeOutcome.PARTLY)
    page = TrackersView(journal, AppEvents())
    qtbot.addWidget(page)
    page.resize(1100, 800)
    page.show()
    # The person's own words in the records: left as they wrote them.
    own = {"Call if late", "Be home by six", "Ask instead", "Worry"}
    records = [*journal.promises(), *journal.intentions(), *journal.worries()]
    own |= {record.text for record in records}
    for kind in page.by_kind:
        page.show_tab(kind)
        tab = page.tab(kind)
        if hasattr(tab, "list") and hasattr(tab, "select") and getattr(tab, "shown_uuids",
                                                                       None):
            uuids = tab.shown_uuids()
            if uuids:
                tab.select(uuids[0])
        assert untranslated(page, own) == [], kind
    cards = TrackerCards(journal, AppEvents())
    qtbot.addWidget(cards)
    cards.show()
    cards.refresh(today)
    assert untranslated(cards, own) == []


def test_the_urge_timer_is_translated(qtbot, journal, pseudo_locale) -> None:  # type: ignore[no-untyped-def]
    dialog = UrgeSurfDialog(journal, AppEvents(), clock=FakeClock(), seconds=60)
    qtbot.addWidget(dialog)
    dialog.show()
    # The things to do instead come from resources/urge_alternatives.toml (content).
    content = {text for item in builtin_alternatives()
               for text in (item.title, item.line)}
    assert untranslated(dialog, content) == []
    dialog.stop()
    assert untranslated(dialog, content) == []
