"""The journal list lays out real rows: no overlap at any width or text size."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import QListView, QStyleOptionViewItem

from trustjournal.core.entries import EntryKind
from trustjournal.core.exercises import CHECKIN, CheckIn, builtin_exercises, render_answers
from trustjournal.core.search import HIT_END, HIT_START
from trustjournal.gui.delegates import (
    GAP,
    PAD,
    PREVIEW_LINES,
    TITLE_LINES,
    EntryDelegate,
    kind_label,
    shown_title,
    snippet_pieces,
)
from trustjournal.gui.timeline_model import ENTRY_ROLE, HEADER_ROLE, TimelineModel

LONG_TITLE = ("A long evening of talking things through after the message that came so "
              "late, and what I noticed in myself while we talked")


def fill(journal) -> None:  # type: ignore[no-untyped-def]
    start = dt.date(2025, 3, 1)
    feelings = builtin_exercises().get("acknowledge_feelings")
    assert feelings is not None
    step = next(s for s in feelings.steps if s.kind.value == "feelings")
    answers = {step.id: [{"feeling": "anxious", "intensity": 85},
                         {"feeling": "lonely", "intensity": 40}]}
    checkin = CheckIn(6, 3, 8)
    for day in range(6):
        date = start + dt.timedelta(days=day)
        journal.create_entry(title=LONG_TITLE if day % 2 else "Short", local_date=date,
                             body="**Bold** start of a body. " + "More words here. " * 30)
        journal.save_exercise_entry(
            exercise_id=feelings.id, exercise_version=feelings.version,
            title=f"{feelings.title}: {LONG_TITLE}", body=render_answers(feelings, answers),
            answers=answers, metrics=[], local_date=date)
        journal.save_exercise_entry(
            exercise_id=CHECKIN.id, exercise_version=CHECKIN.version,
            title="Check-in · trust 6, anxiety 3, connection 8",
            body=render_answers(CHECKIN, checkin.answers()), answers=checkin.answers(),
            metrics=checkin.metrics(), kind=EntryKind.CHECKIN, local_date=date)


def text_height(text: str, font: QFont, width: int, max_lines: int) -> int:
    """How tall the text is when wrapped at `width`, counted independently of the delegate."""
    fm = QFontMetrics(font)
    wrapped = fm.boundingRect(QRect(0, 0, width, 100_000),
                              Qt.TextFlag.TextWordWrap | Qt.TextFlag.TextWrapAnywhere, text)
    lines = max(1, round(wrapped.height() / fm.lineSpacing()))
    return min(lines, max_lines) * fm.lineSpacing()


@pytest.fixture
def listed(qtbot, journal):  # type: ignore[no-untyped-def]
    fill(journal)
    view = QListView()
    model = TimelineModel(journal, parent=view)
    view.setModel(model)
    view.setItemDelegate(EntryDelegate(view))
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    model.fetchMore(QModelIndex())
    return view


@pytest.mark.parametrize("point_size", [8, 11, 16])
@pytest.mark.parametrize(("width", "dark"), [(300, False), (600, True), (900, False),
                                             (900, True)])
def test_rows_never_overlap_and_fit_their_text(qtbot, listed, width, dark, point_size) -> None:
    view = listed
    if dark:
        palette = QPalette(view.palette())
        palette.setColor(QPalette.ColorRole.Base, QColor("#1f1f23"))
        palette.setColor(QPalette.ColorRole.Text, QColor("#eeeeee"))
        view.setPalette(palette)
    font = QFont(view.font())
    font.setPointSize(point_size)
    view.setFont(font)
    view.resize(width, 700)
    qtbot.wait(10)
    view.doItemsLayout()
    model = view.model()
    inner = view.viewport().width() - 2 * PAD
    bold = QFont(font)
    bold.setBold(True)
    rects = [view.visualRect(model.index(row, 0)) for row in range(model.rowCount())]
    assert len(rects) == 6 * 4
    for above, below in itertools.pairwise(rects):
        assert not above.intersects(below)
        assert below.top() > above.bottom()
    view.viewport().grab()  # paints every visible row in this palette and font
    for row, rect in enumerate(rects):
        index = model.index(row, 0)
        assert rect.width() == view.viewport().width()
        if index.data(HEADER_ROLE):
            assert rect.height() >= QFontMetrics(bold).height() + PAD
            continue
        summary = index.data(ENTRY_ROLE)
        shown = shown_title(summary, kind_label(summary))
        title = text_height(shown, bold, inner, TITLE_LINES)
        body = text_height(summary.preview, font, inner, PREVIEW_LINES)
        # A caption line (badge, date, words), the title, the preview, the padding.
        need = 2 * PAD + 2 * GAP + QFontMetrics(font).lineSpacing() * 0.7 + title + body
        assert rect.height() >= need - 2, (row, summary.title, width, point_size)


def test_a_wrapping_title_grows_its_row(qtbot, listed) -> None:
    view = listed
    view.resize(300, 700)
    qtbot.wait(10)
    view.doItemsLayout()
    model = view.model()
    heights = {}
    for row in range(model.rowCount()):
        summary = model.index(row, 0).data(ENTRY_ROLE)
        if summary is not None and summary.kind is EntryKind.FREE:
            heights[summary.title] = view.visualRect(model.index(row, 0)).height()
    line = QFontMetrics(view.font()).lineSpacing()
    assert heights[LONG_TITLE] >= heights["Short"] + line - 1
    view.resize(900, 700)
    qtbot.wait(10)
    view.doItemsLayout()
    wide = view.visualRect(model.index(1, 0)).height()
    # The same rows measured again at the new width: never stale from the old one.
    option = QStyleOptionViewItem()
    option.initFrom(view)
    assert wide == view.itemDelegate().sizeHint(option, model.index(1, 0)).height()


def test_kind_badges_tell_the_three_apart(listed) -> None:
    model = listed.model()
    summaries = [model.index(r, 0).data(ENTRY_ROLE) for r in range(model.rowCount())]
    labels = {s.kind: kind_label(s) for s in summaries if s is not None}
    assert labels == {EntryKind.FREE: "Entry", EntryKind.EXERCISE: "Acknowledge my feelings",
                      EntryKind.CHECKIN: "Check-in"}
    titles = {s.kind: shown_title(s, kind_label(s)) for s in summaries if s is not None}
    # The badge names the kind, so the title does not repeat it.
    assert titles[EntryKind.CHECKIN] == "Trust 6, anxiety 3, connection 8"
    assert titles[EntryKind.EXERCISE] == LONG_TITLE
    previews = {s.kind: s.preview for s in summaries if s is not None}
    assert previews[EntryKind.EXERCISE] == "Anxious 85 · Lonely 40"
    assert previews[EntryKind.CHECKIN].startswith("Trust 6 · Anxiety 3 · Connection 8")
    assert previews[EntryKind.FREE].startswith("Bold start of a body.")


def test_search_snippet_is_plain_text_with_matches_marked() -> None:
    snippet = f"…late.\n\n### {HIT_START}Where{HIT_END} it may come from\n\n- Family…"
    assert snippet_pieces(snippet) == [("…late. · ", False), ("Where", True),
                                       (" it may come from · Family…", False)]
