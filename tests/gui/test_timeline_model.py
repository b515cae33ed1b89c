from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, Qt

from trustjournal.gui.timeline_model import ENTRY_ROLE, HEADER_ROLE, TimelineModel, day_label


def fill(journal, count: int) -> list[str]:  # type: ignore[no-untyped-def]
    start = dt.date(2024, 1, 1)
    return [
        journal.create_entry(title=f"Entry {i}", body="words " * i,
                             local_date=start + dt.timedelta(days=i // 3))[0].uuid
        for i in range(count)
    ]


def test_model_passes_qt_model_checks(qtmodeltester, journal) -> None:
    fill(journal, 30)
    model = TimelineModel(journal, page_size=10)
    qtmodeltester.check(model, force_py=True)
    model.fetchMore(QModelIndex())
    qtmodeltester.check(model, force_py=True)


def test_loads_lazily_page_by_page(journal) -> None:
    fill(journal, 45)
    model = TimelineModel(journal, page_size=20)
    assert model.rowCount() == 0 and model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.entries_loaded() == 20
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.entries_loaded() == 45
    assert not model.canFetchMore(QModelIndex())


def test_day_headers_group_entries(journal) -> None:
    fill(journal, 9)  # three entries a day over three days
    model = TimelineModel(journal)
    model.fetchMore(QModelIndex())
    kinds = [bool(model.index(r).data(HEADER_ROLE)) for r in range(model.rowCount())]
    assert kinds == [True, False, False, False] * 3
    dates = [model.index(r).data(ENTRY_ROLE).local_date for r in range(model.rowCount())
             if not model.index(r).data(HEADER_ROLE)]
    assert dates == sorted(dates, reverse=True)
    selectable = Qt.ItemFlag.ItemIsSelectable
    assert not model.flags(model.index(0)) & selectable  # a day header cannot be selected
    assert model.flags(model.index(1)) & selectable


def test_headers_are_not_repeated_across_pages(journal) -> None:
    fill(journal, 30)
    model = TimelineModel(journal, page_size=4)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    headers = [model.index(r).data() for r in range(model.rowCount())
               if model.index(r).data(HEADER_ROLE)]
    assert len(headers) == len(set(headers)) == 10


def test_load_until_reaches_a_deep_entry(journal) -> None:
    uuids = fill(journal, 60)
    model = TimelineModel(journal, page_size=10)
    row = model.load_until(uuids[0])  # the oldest entry: the last page
    assert row >= 0 and model.index(row).data(ENTRY_ROLE).uuid == uuids[0]


def test_day_label() -> None:
    today = dt.date(2026, 5, 10)
    assert day_label(today, today) == "Today"
    assert day_label(dt.date(2026, 5, 9), today) == "Yesterday"
    assert day_label(dt.date(2026, 3, 2), today) == "Monday, 2 March"
    assert day_label(dt.date(2025, 3, 2), today) == "Sunday, 2 March 2025"


def test_the_first_page_can_be_smaller_than_the_pages_after_it(journal) -> None:  # type: ignore[no-untyped-def]
    for i in range(30):
        journal.create_entry(title=f"entry {i}")
    model = TimelineModel(journal, page_size=10, first_page=4)
    model.fetchMore(QModelIndex())
    assert model.entries_loaded() == 4
    model.fetchMore(QModelIndex())
    assert model.entries_loaded() == 14
    model.reload()  # as many as were loaded before
    assert model.entries_loaded() == 14
    fresh = TimelineModel(journal, page_size=10, first_page=4)
    fresh.reload()  # nothing loaded yet: the first page
    assert fresh.entries_loaded() == 4


def test_the_journal_page_reads_a_short_first_page_then_two_hundred(qtbot, journal) -> None:  # type: ignore[no-untyped-def]
    from trustjournal.gui.events import AppEvents
    from trustjournal.gui.journal_view import FIRST_PAGE, JournalView

    for i in range(FIRST_PAGE + 210):
        journal.create_entry(title=f"entry {i}")
    view = JournalView(journal, AppEvents())
    qtbot.addWidget(view)
    model = view.model
    if model.rowCount() == 0:
        model.fetchMore(QModelIndex())
    assert model.entries_loaded() == FIRST_PAGE
    model.fetchMore(QModelIndex())
    assert model.entries_loaded() == FIRST_PAGE + 200
