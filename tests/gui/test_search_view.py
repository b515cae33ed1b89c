from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QStyleOptionViewItem

from trustjournal.core.search import HIT_START
from trustjournal.gui.delegates import SNIPPET_ROLE, snippet_pieces


def seed(journal) -> dict[str, str]:  # type: ignore[no-untyped-def]
    made = {}
    for title, body, tags, day in [
        ("Late text", "He was late and my chest went tight.", ["anxiety"], dt.date(2024, 1, 5)),
        ("Dinner", "We kept the promise to eat together.", ["promise"], dt.date(2024, 2, 5)),
        ("Calm", "A calm talk about the late nights.", ["talk"], dt.date(2024, 3, 5)),
    ]:
        entry, _ = journal.create_entry(title=title, body=body, tags=tags, local_date=day)
        made[title] = entry.uuid
    return made


def test_typing_shows_highlighted_results(qtbot, window, journal) -> None:
    seed(journal)
    view = window.search_view
    view.refresh_tags()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == "Search"
    assert view.query_edit.hasFocus()
    with qtbot.waitSignal(view.search_finished, timeout=5000) as blocker:
        qtbot.keyClicks(view.query_edit, "late")
    assert blocker.args == [2]
    titles = {view.model.index(r).data() for r in range(view.model.rowCount())}
    assert titles == {"Late text", "Calm"}
    snippet = view.model.index(0).data(SNIPPET_ROLE)
    assert HIT_START in snippet
    assert ("late", True) in [(text.lower(), match) for text, match in snippet_pieces(snippet)]
    assert view.count_label.text() == "2 entries found."


def test_tag_and_date_filters(qtbot, window, journal) -> None:
    seed(journal)
    window.show_search()  # the tag list is read when the page is shown
    view = window.search_view
    view.refresh_tags()
    assert view.tag_combo.findText("talk") > 0
    view.query_edit.setText("late")
    view.tag_combo.setCurrentText("talk")
    with qtbot.waitSignal(view.search_finished, timeout=5000) as blocker:
        view.run_search()
    assert blocker.args == [1]
    view.tag_combo.setCurrentIndex(0)
    view.to_check.setChecked(True)
    view.to_date.setDate(QDate(2024, 1, 31))
    with qtbot.waitSignal(view.search_finished, timeout=5000) as blocker:
        view.run_search()
    assert blocker.args == [1]
    assert view.model.index(0).data() == "Late text"


def test_nothing_found_and_silly_input(qtbot, window, journal) -> None:
    seed(journal)
    view = window.search_view
    for text in ('"unbalanced', "NEAR(", "zzzz", "*"):
        view.query_edit.setText(text)
        with qtbot.waitSignal(view.search_finished, timeout=5000):
            view.run_search()
        assert view.model.rowCount() == 0
        assert "Traceback" not in view.count_label.text()
    assert view.count_label.text() in (
        "Nothing found. Try fewer or different words.", "Type a word to search every entry."
    )


def test_opening_a_result_selects_the_entry(qtbot, window, journal) -> None:
    made = seed(journal)
    view = window.search_view
    window.show_search()
    with qtbot.waitSignal(view.search_finished, timeout=5000):
        qtbot.keyClicks(view.query_edit, "promise")
    qtbot.keyClick(view.query_edit, Qt.Key.Key_Return)
    assert window.current_page() == "Journal"
    editor = window.journal_view.editor
    assert editor.entry_uuid == made["Dinner"]
    assert editor.title_edit.text() == "Dinner"
    current = window.journal_view.timeline.currentIndex()
    assert current.data() == "Dinner"


def test_results_follow_edits(qtbot, window, journal) -> None:
    seed(journal)
    view = window.search_view
    view.query_edit.setText("chest")
    with qtbot.waitSignal(view.search_finished, timeout=5000):
        view.run_search()
    assert view.model.rowCount() == 1
    uuid = view.model.index(0).data(Qt.ItemDataRole.UserRole + 2)
    with qtbot.waitSignal(view.search_finished, timeout=5000):
        window.events.emit_change(journal.trash_entry(uuid))
    assert view.model.rowCount() == 0


def test_snippets_show_plain_text_not_markdown(qtbot, window, journal) -> None:
    journal.create_entry(title="Root", body="### Where it may come from\n\n- **Late** nights\n"
                         "- Family\n")
    window.show_search()
    view = window.search_view
    view.query_edit.setText("late")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=5000)
    option = QStyleOptionViewItem()
    option.initFrom(view.results)
    shown = view.results.itemDelegate().shown_texts(option, view.model.index(0))
    assert shown[3] == "Where it may come from · Late nights · Family"
    assert ("Late", True) in snippet_pieces(view.model.index(0).data(SNIPPET_ROLE))


def test_tracker_hits_sit_beside_entries_and_open_on_the_trackers_page(qtbot, window,  # type: ignore[no-untyped-def]
                                                                        journal) -> None:
    import uuid as uuidlib

    from trustjournal.core.trackers import Promise, PromiseBy, TrackerKind, Worry
    from trustjournal.gui.dates import date_text

    seed(journal)
    now = dt.datetime.now(dt.UTC)
    today = dt.date.today()
    late = Promise(uuid=str(uuidlib.uuid4()), text="Text when running late", by=PromiseBy.ME,
                   made_on=today, updated_utc=now)
    journal.save_promise(late)
    worry = Worry(uuid=str(uuidlib.uuid4()), text="The late nights mean something",
                  sureness=70, made_on=today, look_on=today, updated_utc=now)
    journal.save_worry(worry)
    window.show_search()
    view = window.search_view
    assert not view.tracker_section.isVisible()
    with qtbot.waitSignal(view.search_finished, timeout=5000) as blocker:
        qtbot.keyClicks(view.query_edit, "late")
    assert blocker.args == [2]  # the entries; the trackers have their own small section
    assert view.tracker_section.isVisible()
    assert view.tracker_title.text() == "In your trackers (2)"
    assert sorted(view.tracker_texts()) == sorted([
        f"Text when running late\nPromise · {date_text(today)}",
        f"The late nights mean something\nWorry · {date_text(today)}"])
    # A tag filter is about entries only: tracker records carry no tags.
    view.tag_combo.setCurrentText("talk")
    with qtbot.waitSignal(view.search_finished, timeout=5000):
        view.run_search()
    assert not view.tracker_section.isVisible()
    view.tag_combo.setCurrentIndex(0)
    with qtbot.waitSignal(view.search_finished, timeout=5000):
        view.run_search()

    row = next(r for r in range(view.tracker_results.count())
               if view.tracker_results.item(r).text().startswith("The late nights"))
    item = view.tracker_results.item(row)
    qtbot.mouseClick(view.tracker_results.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.tracker_results.visualItemRect(item).center())
    assert window.current_page() == "Trackers"
    tab = window.trackers_view.tab(TrackerKind.WORRY)
    assert window.trackers_view.tabs.currentWidget() is tab
    assert tab.current.uuid == worry.uuid
    assert tab.text_edit.text() == "The late nights mean something"


def test_only_trackers_match(qtbot, window, journal) -> None:  # type: ignore[no-untyped-def]
    import uuid as uuidlib

    from trustjournal.core.trackers import Intention, TrackerKind

    seed(journal)
    made = Intention(uuid=str(uuidlib.uuid4()), local_date=dt.date.today(),
                     text="Wait ten minutes before asking", updated_utc=dt.datetime.now(dt.UTC))
    journal.save_intention(made)
    window.show_search()
    view = window.search_view
    with qtbot.waitSignal(view.search_finished, timeout=5000) as blocker:
        qtbot.keyClicks(view.query_edit, "minutes")
    assert blocker.args == [0]
    assert view.count_label.text() == "No entries found; some of your trackers match, below."
    qtbot.keyClick(view.query_edit, Qt.Key.Key_Return)  # Enter opens the first hit
    assert window.current_page() == "Trackers"
    tab = window.trackers_view.tab(TrackerKind.INTENTION)
    assert tab.current.uuid == made.uuid


def test_many_matches_come_a_page_at_a_time_as_the_list_scrolls(qtbot, window, journal) -> None:  # type: ignore[no-untyped-def]
    """The first page is what a broad search pays for at once; scrolling to its end
    brings the next matches below the ones shown, which stay where they were."""
    from trustjournal.gui.search_view import FIRST_PAGE, RESULT_LIMIT

    total = FIRST_PAGE * 2 + 7
    start = dt.date(2024, 1, 1)
    for n in range(total):
        journal.create_entry(title=f"Walk {n}", body=f"A long walk, number {n}.",
                             local_date=start + dt.timedelta(days=n))
    window.show_search()
    view = window.search_view
    with qtbot.waitSignal(view.search_finished, timeout=5000) as blocker:
        qtbot.keyClicks(view.query_edit, "walk")
    assert blocker.args == [FIRST_PAGE]
    assert view.model.rowCount() == FIRST_PAGE
    assert view.count_label.text() == (
        f"Showing the first {FIRST_PAGE} matches; scroll down for more.")
    first = [view.model.index(r).data() for r in range(FIRST_PAGE)]

    with qtbot.waitSignal(view.search_finished, timeout=5000) as blocker:
        bar = view.results.verticalScrollBar()
        qtbot.waitUntil(lambda: bar.maximum() > 0)
        bar.setValue(bar.maximum())
    assert blocker.args == [total] and total < RESULT_LIMIT
    assert [view.model.index(r).data() for r in range(FIRST_PAGE)] == first
    titles = {view.model.index(r).data() for r in range(view.model.rowCount())}
    assert titles == {f"Walk {n}" for n in range(total)}
    assert view.count_label.text() == f"{total} entries found."
    assert not view.model.canFetchMore(view.model.index(0).parent())
