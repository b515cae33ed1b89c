"""How Today is laid out cheaply: widgets shown only when that changes something, and an
entry link's height kept per width until its font or style changes."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from trustjournal.core.entries import EntryKind, EntrySummary
from trustjournal.gui.today_cards import REMEMBERED_WIDTHS, EntryLink
from trustjournal.gui.visibility import show_as

POLISHED = Qt.WidgetAttribute.WA_WState_Polished


def test_showing_what_shows_with_its_parent_does_nothing_yet(qtbot) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    label = QLabel("Never hidden", page)
    show_as(label, True)
    # Not styled or laid out on its own now: it is shown, once, with the page.
    assert not label.testAttribute(POLISHED)
    assert label.isVisibleTo(page) and not label.isHidden()
    hidden = QLabel("Hidden", page)
    show_as(hidden, False)
    assert hidden.isHidden()
    show_as(hidden, False)  # already so: nothing
    show_as(hidden, True)
    assert not hidden.isHidden() and hidden.isVisibleTo(page)
    page.show()
    qtbot.waitExposed(page)
    assert label.isVisible() and hidden.isVisible()
    # Made inside a page already on screen, a widget needs showing: it is shown now.
    late = QLabel("Late", page)
    assert not late.isVisible()
    show_as(late, True)
    assert late.isVisible()
    show_as(late, False)
    assert not late.isVisible()


def test_hiding_what_is_not_shown_yet_keeps_it_hidden(qtbot) -> None:
    # A widget made inside a page on screen, or with no parent, is not shown yet; hidden
    # now, it stays hidden when a layout or a parent would otherwise show it.
    page = QWidget()
    qtbot.addWidget(page)
    layout = QVBoxLayout(page)
    page.show()
    qtbot.waitExposed(page)
    made_inside = QLabel("Made inside a page on screen", page)
    show_as(made_inside, False)
    layout.addWidget(made_inside)
    orphan = QLabel("Made with no parent")
    show_as(orphan, False)
    layout.addWidget(orphan)
    qtbot.wait(50)  # the turns of the event loop a layout shows new widgets in
    assert not made_inside.isVisible() and not orphan.isVisible()
    assert made_inside.isHidden() and orphan.isHidden()


def test_the_check_in_card_shows_one_page_while_on_screen(qtbot, journal) -> None:
    from tests.gui.test_today_view import save_checkin
    from trustjournal.gui.checkin_card import InlineCheckIn
    from trustjournal.gui.events import AppEvents

    save_checkin(journal, {"trust": 6, "anxiety": 3, "connection": 7})
    holder = QWidget()
    qtbot.addWidget(holder)
    card = InlineCheckIn(journal, AppEvents(), holder)
    QVBoxLayout(holder).addWidget(card)
    holder.show()
    qtbot.waitExposed(holder)
    assert card.done.isVisible()
    card.note  # noqa: B018  (a part of the form, made on first asking, not shown)
    qtbot.wait(50)
    assert card.done.isVisible() and not card.form.isVisible()
    card.edit()
    qtbot.waitUntil(lambda: card.form.isVisible())
    assert not card.done.isVisible()


def _entry(title: str) -> EntrySummary:
    day = dt.date(2026, 3, 14)
    return EntrySummary("u-1", title, "", EntryKind.FREE, day,
                        dt.datetime(2026, 3, 14, 9, tzinfo=dt.UTC), False, 12)


def _fresh(link: EntryLink, width: int) -> int:
    return link.layout().totalHeightForWidth(width)


def test_an_entry_link_keeps_its_height_for_each_width(qtbot) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    link = EntryLink(_entry("A long title that wraps onto a second line when narrow " * 2),
                     "Yesterday · Entry")
    QVBoxLayout(holder).addWidget(link)
    widths = [90, 160, 300, 640]
    heights = [link.heightForWidth(width) for width in widths]
    assert heights == [_fresh(link, width) for width in widths]
    assert heights == sorted(heights, reverse=True) and heights[0] > heights[-1]
    assert link._heights == dict(zip(widths, heights, strict=True))  # kept for each width
    # A bigger font (a font-size setting, the theme) changes every answer.
    font = QFont(link.font())
    font.setPointSizeF(font.pointSizeF() * 2)
    link.setFont(font)
    bigger = [link.heightForWidth(width) for width in widths]
    assert bigger == [_fresh(link, width) for width in widths]
    assert all(b > h for b, h in zip(bigger, heights, strict=True))
    # So does a style sheet that sizes its caption.
    holder.setStyleSheet('QLabel[role="caption"] { font-size: 40px; }')
    styled = [link.heightForWidth(width) for width in widths]
    assert styled == [_fresh(link, width) for width in widths]
    assert styled[-1] > bigger[-1]


def test_an_entry_link_keeps_only_its_latest_widths(qtbot) -> None:
    link = EntryLink(_entry("Words enough to wrap at some of these widths"), "Today · Entry")
    qtbot.addWidget(link)
    for width in range(100, 100 + 5 * REMEMBERED_WIDTHS, 5):  # dragging a window wider
        assert link.heightForWidth(width) == _fresh(link, width)
    assert len(link._heights) == REMEMBERED_WIDTHS



class _Frames(QObject):
    """Each paint of Today's scrolled page, with the page's width then."""

    def __init__(self, page: QWidget) -> None:
        super().__init__(page)
        self.widths: list[int] = []
        page.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.widths.append(watched.width())  # type: ignore[attr-defined]
        return False


def _today_painted(qtbot, monkeypatch, journal, size: tuple[int, int]):  # type: ignore[no-untyped-def]
    """Open the journal in a window already on screen, as start-up does, watching every
    paint of Today's page from the first; gives the window and the page widths painted."""
    from trustjournal.gui import today_view
    from trustjournal.gui.main_window import MainWindow

    frames: list[_Frames] = []
    made = today_view.TodayView.__init__

    def watched(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        made(self, *args, **kwargs)
        frames.append(_Frames(self.scroll.widget()))

    monkeypatch.setattr(today_view.TodayView, "__init__", watched)
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    window.attach_journal(journal)
    scroll = window.today_view.scroll
    qtbot.waitUntil(lambda: bool(frames[0].widths))
    qtbot.waitUntil(lambda: scroll.verticalScrollBarPolicy()
                    == Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    qtbot.wait(100)
    return window, frames[0].widths


def test_a_long_today_is_painted_at_one_width_from_the_first_frame(
        qtbot, monkeypatch, journal) -> None:
    for n in range(12):
        journal.create_entry(title=f"Entry {n}", body="Words on a page. " * 30)
    window, widths = _today_painted(qtbot, monkeypatch, journal, (1100, 720))
    scroll = window.today_view.scroll
    assert scroll.verticalScrollBar().isVisible() and scroll.verticalScrollBar().maximum() > 0
    # Every frame at the width it keeps, beside the bar: the column never moves sideways.
    assert set(widths) == {scroll.viewport().width()}


def test_a_short_today_loses_the_scroll_bar_it_does_not_need(
        qtbot, monkeypatch, journal) -> None:
    window, _widths = _today_painted(qtbot, monkeypatch, journal, (1400, 2400))
    scroll = window.today_view.scroll
    qtbot.waitUntil(lambda: not scroll.verticalScrollBar().isVisible())
    assert scroll.widget().width() == scroll.viewport().width()
