"""Start-up work that waits for its moment: the timeline behind Today is measured when
the Journal page is first shown, the first pages' code is read while the journal opens,
and message boxes' classes load only when one is needed."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

from PySide6.QtWidgets import QApplication

from trustjournal.gui import warm_up
from trustjournal.gui.main_window import PAGES, MainWindow


def test_the_hidden_timeline_is_measured_when_first_shown(qtbot, journal) -> None:
    for n in range(3):
        journal.create_entry(title=f"Entry {n}", body="Words on a page. " * 20)
    window = MainWindow(journal)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    QApplication.processEvents()
    assert window.current_page() == "Today"
    view = window.built_page("Journal")
    assert view is not None and view.model.rowCount() == 4  # a day and its three entries
    delegate = view.timeline.itemDelegate()
    measured: list[int] = []
    original = delegate.sizeHint

    def counting(option, index):  # type: ignore[no-untyped-def]
        measured.append(index.row())
        return original(option, index)

    delegate.sizeHint = counting
    QApplication.processEvents()
    view.timeline.doItemsLayout()  # what Qt does when rows arrive or the list resizes
    assert measured == []  # hidden behind Today: nothing laid out

    window.show_page(PAGES.index("Journal"))
    qtbot.waitUntil(lambda: view.timeline.isVisible())
    assert sorted(set(measured)) == [0, 1, 2, 3]
    rects = [view.timeline.visualRect(view.model.index(row)) for row in range(4)]
    assert all(r.height() > 0 for r in rects)
    # Each card sits below the one before, as a laid-out list does.
    assert [r.top() for r in rects] == sorted(r.top() for r in rects)
    assert len({r.top() for r in rects}) == 4


def _reading_recorded(monkeypatch) -> list[tuple[str, bool]]:
    """Each reading of the first pages' code: its thread, and whether the gate had
    handed a journal to the window by then."""
    from trustjournal.gui import main_window

    reads: list[tuple[str, bool]] = []
    windows: list[MainWindow] = []
    real_init = main_window.MainWindow.__init__

    def init(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        real_init(self, *args, **kwargs)
        windows.append(self)

    def read() -> None:
        reads.append((threading.current_thread().name,
                      any(window.journal is not None for window in windows)))
        warm_up.import_first_pages.__wrapped__()  # type: ignore[attr-defined]

    read.__wrapped__ = warm_up.import_first_pages  # type: ignore[attr-defined]
    monkeypatch.setattr(main_window.MainWindow, "__init__", init)
    monkeypatch.setattr(warm_up, "import_first_pages", read)
    return reads


def _started(qtbot, monkeypatch, path: Path) -> tuple[MainWindow, list[tuple[str, bool]]]:
    """A window on screen opening the journal at path, as the app starts; the first
    pages' readings recorded."""
    reads = _reading_recorded(monkeypatch)
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.start(path)
    return window, reads


def test_a_plain_journal_reads_the_first_pages_on_its_opening_thread(
        qtbot, monkeypatch, tmp_path: Path, journal) -> None:
    journal.create_entry(title="Kept", body="Words.")
    path = journal.path
    journal.close()
    window, reads = _started(qtbot, monkeypatch, path)
    qtbot.waitUntil(lambda: window.journal is not None, timeout=15000)
    # Once, on the gate's own thread, before the journal reached the window: no second
    # thread taking turns with it for Python's lock.
    assert reads == [("journal-gate", False)]
    assert window.today_view.isVisible()
    window.close()


def test_an_encrypted_journal_reads_the_first_pages_while_asking(
        qtbot, monkeypatch, journal_file: Path) -> None:
    from trustjournal.gui.access import UnlockView
    from trustjournal.storage.keys import create_encrypted

    made, _recovery = create_encrypted(journal_file, "correct horse battery")
    made.close()
    window, reads = _started(qtbot, monkeypatch, journal_file)
    qtbot.waitUntil(lambda: isinstance(window.gate.view, UnlockView), timeout=15000)
    # Read on a thread of its own while the passphrase is asked, not after unlocking.
    qtbot.waitUntil(lambda: reads == [("first-pages", False)])
    window.gate.wait()


def test_a_new_journal_reads_the_first_pages_while_the_person_chooses(
        qtbot, monkeypatch, tmp_path: Path) -> None:
    window, reads = _started(qtbot, monkeypatch, tmp_path / "journal" / "notes.db")
    # The first-run screen asks before anything opens: the code is read meanwhile.
    qtbot.waitUntil(lambda: reads == [("first-pages", False)])
    assert window.journal is None
    window.gate.wait()


def test_reading_the_first_pages_loads_their_code_but_not_every_exercise() -> None:
    from trustjournal.core.i18n import language
    from trustjournal.gui import shipped
    from trustjournal.gui.exercises import context

    shipped.forget()
    context._builtin_context.cache_clear()
    warm_up.import_first_pages()
    assert "trustjournal.gui.today_view" in sys.modules
    assert "trustjournal.gui.journal_view" in sys.modules
    # Every shipped exercise waits until Today is on screen (about 11 ms of parsing),
    # and so do the feelings and thinking traps.
    assert language() not in shipped._read
    assert context._builtin_context.cache_info().currsize == 0
    warm_up.warm_shipped_exercises()
    kept = shipped._read[language()]
    assert kept.exercises and shipped.shipped_exercises() is kept
    warm_up.warm_feelings_picker()
    assert context._builtin_context.cache_info().currsize == 1
    assert context.builtin_context().families  # the words, read once


def test_one_shipped_exercise_alone_is_the_same_as_from_all_of_them(monkeypatch) -> None:
    from trustjournal.core import i18n
    from trustjournal.gui import shipped

    def read_all(*_args: object) -> None:
        raise AssertionError("every exercise was read for one")

    # English, languages with a chain of their own, and the pseudo-locale.
    for code in ("en", "de", "pt_BR", i18n.PSEUDO):
        monkeypatch.setattr(shipped, "language", lambda code=code: code)
        shipped.forget()
        everything = shipped.shipped_exercises()
        ids = [ex.id for ex in everything.exercises]
        follow_ups = {ex.id for ex in everything.exercises if ex.follow_up}
        assert len(ids) >= 10 and follow_ups
        shipped.forget()
        with monkeypatch.context() as patch:
            patch.setattr(shipped, "builtin_exercises", read_all)
            alone = {exercise_id: shipped.shipped_exercise(exercise_id)
                     for exercise_id in ids if exercise_id not in follow_ups}
        for exercise_id, exercise in alone.items():
            assert exercise is not None
            assert exercise == everything.get(exercise_id), (code, exercise_id)
        # A follow-up is checked against the others: from the whole set.
        for exercise_id in follow_ups:
            assert shipped.shipped_exercise(exercise_id) == everything.get(exercise_id)
        assert shipped.shipped_exercise("no_such_exercise") is None
    shipped.forget()


def test_message_boxes_load_only_when_one_is_shown() -> None:
    from trustjournal.gui import application

    # Each Qt class made Python enums of its own when imported, before the first paint.
    assert not {"QMessageBox", "QDesktopServices", "QUrl"} & set(vars(application))


def test_the_window_events_need_no_entry_records_before_the_first_paint() -> None:
    import subprocess

    code = ("import sys, trustjournal.gui.events; "
            "print('trustjournal.core.entries' in sys.modules)")
    found = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                           check=True, timeout=60)
    assert found.stdout.strip() == "False"


def test_the_editor_is_made_when_the_journal_page_is_first_shown(qtbot, journal) -> None:
    """The timeline's first page is there with the window; the editor beside it (about
    15 ms of code and widgets) only when the Journal page is first shown. Saving or
    locking before that has nothing to write and makes no editor."""
    journal.create_entry(title="Kept", body="Words on a page.")
    window = MainWindow(journal)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    view = window.built_page("Journal")
    assert view is not None and view.model.entries_loaded() == 1
    assert view.built_editor() is None
    window.save_now()  # Ctrl+S on Today
    assert view.built_editor() is None
    window.show_page(PAGES.index("Journal"))
    editor = view.built_editor()
    assert editor is not None and view.editor is editor
    qtbot.waitUntil(editor.isVisible)
    assert editor.follow_up_check is not None  # wired to the window as it is made
    # Beside the timeline, a third of the width to two thirds, as before.
    assert 0 < view.timeline.width() < editor.width()
    qtbot.keyClicks(editor.body_edit, "Typed at once")
    assert editor.save()
    assert journal.count_entries() == 2
    assert window.built_page("Journal").editor is editor  # made once


def test_ctrl_n_right_after_start_up_starts_an_entry(qtbot, tmp_path: Path) -> None:
    from PySide6.QtCore import Qt

    from trustjournal.storage import open_journal

    path = tmp_path / "journal" / "notes.db"
    with open_journal(path) as made:
        made.create_entry(title="Earlier", body="Kept before.")
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.journal_ready, timeout=15_000):
        window.start(path)
    assert window.built_page("Journal").built_editor() is None  # type: ignore[union-attr]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == "Journal"
    editor = window.journal_view.editor
    qtbot.waitUntil(editor.isVisible)
    editor.title_edit.setText("Straight away")
    qtbot.keyClicks(editor.body_edit, "Written the moment the window was usable.")
    assert editor.save()
    assert window.journal is not None
    titles = {s.title for s in window.journal.timeline_page(None, 10).entries}
    assert titles == {"Earlier", "Straight away"}
    window.close()
    window.shutdown()
