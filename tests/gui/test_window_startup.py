"""Window start-up: shell first, Today and the timeline, other pages when first shown,
QtCharts only with Progress, the check and the daily backup after the journal is usable
and stopped (with no backup left half made) when the window closes or locks."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication

from trustjournal.gui.main_window import PAGES, MainWindow
from trustjournal.storage import Journal, open_journal
from trustjournal.storage.archive import list_backups


def test_only_today_and_the_journal_page_are_built_at_first(qtbot, journal) -> None:  # type: ignore[no-untyped-def]
    journal.create_entry(title="First", body="one")
    window = MainWindow(journal)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.current_page() == "Today"
    built = {name for name in PAGES if window.built_page(name) is not None}
    assert built == {"Today", "Journal"}
    assert window.journal_view.model.entries_loaded() == 1  # the timeline's first page
    window.show_page(PAGES.index("Search"))
    assert window.built_page("Search") is not None
    assert window.pages.currentWidget() is window.search_view
    assert window.built_page("Progress") is None and window.built_page("Exercises") is None
    window.show_page(PAGES.index("Progress"))
    assert window.current_page() == "Progress"
    assert window.pages.currentWidget() is window.built_page("Progress")


def test_a_page_made_in_the_stack_that_fails_leaves_nothing_behind(
        qtbot, journal, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Pages are made inside the stack (placing a finished page would style its whole tree
    again). One whose making fails half way, as on a damaged journal, must not stay as a
    child of the stack: Qt would go on styling and painting what Python gave up on."""
    from PySide6.QtWidgets import QLabel, QWidget

    from trustjournal.gui import window_pages

    window = MainWindow(journal)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    stack = window.pages
    made: list[QWidget] = []

    def half_made(_window, _journal, parent):  # type: ignore[no-untyped-def]
        page = QWidget(parent)
        QLabel("half", page)
        made.append(page)
        raise RuntimeError("the journal could not be read")

    monkeypatch.setitem(window_pages._MAKERS, "Search", half_made)
    children = set(stack.children())
    try:
        window.page_stack.build("Search")
    except RuntimeError as exc:
        assert "could not be read" in str(exc)
    else:
        raise AssertionError("the failure was swallowed")
    assert made and set(stack.children()) == children
    assert window.built_page("Search") is None
    monkeypatch.undo()
    window.show_page(PAGES.index("Search"))  # made again, properly, when next asked for
    assert window.pages.currentWidget() is window.built_page("Search") is not None


# A window on a journal in a fresh process, so no other test has imported QtCharts yet.
CHARTS_PROBE = """\
import json, sys
from PySide6.QtWidgets import QApplication
from trustjournal.gui.main_window import PAGES, MainWindow
from trustjournal.storage import open_journal

app = QApplication([])
journal = open_journal(sys.argv[1])
journal.create_entry(title="x", body="y")
window = MainWindow(journal)
window.show()
for _ in range(5):
    app.processEvents()
seen = {"usable": "PySide6.QtCharts" in sys.modules}
for name in ("Journal", "Exercises", "Search"):
    window.show_page(PAGES.index(name))
    app.processEvents()
seen["other_pages"] = "PySide6.QtCharts" in sys.modules
window.show_page(PAGES.index("Progress"))
app.processEvents()
seen["progress"] = "PySide6.QtCharts" in sys.modules
print(json.dumps(seen))
window.close()
window.shutdown()
"""


def test_qtcharts_is_imported_only_when_progress_is_shown(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", CHARTS_PROBE, str(tmp_path / "notes.db")],
                          capture_output=True, text=True, timeout=120, env=env)
    assert done.returncode == 0, done.stderr[-2000:]
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen == {"usable": False, "other_pages": False, "progress": True}


def journal_with_entries(path: Path) -> Path:
    with open_journal(path) as journal:
        for day in range(3):
            journal.create_entry(title=f"Day {day}", body="kept in the backup")
    return path


def check_in_today(path: Path) -> None:
    from trustjournal.core.entries import EntryKind
    from trustjournal.core.exercises import CHECKIN, CheckIn

    checkin = CheckIn(6, 3, 8)
    with open_journal(path) as journal:
        journal.save_exercise_entry(
            exercise_id=CHECKIN.id, exercise_version=CHECKIN.version, title="Check-in",
            body="", answers=checkin.answers(), metrics=checkin.metrics(),
            kind=EntryKind.CHECKIN)


def open_window(qtbot, path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.journal_ready, timeout=15_000):
        window.start(path)
    return window


def test_the_check_and_backup_start_after_the_journal_is_usable(
    qtbot, journal_file: Path, monkeypatch  # type: ignore[no-untyped-def]
) -> None:
    journal_with_entries(journal_file)
    calls: list[tuple[bool, bool]] = []
    real = Journal.integrity_problems
    window_box: list[MainWindow] = []

    def recorded(self: Journal, quick: bool = False) -> list[str]:
        usable = bool(window_box) and window_box[0].built_page("Today") is not None
        on_gui = QThread.currentThread() is QApplication.instance().thread()  # type: ignore[union-attr]
        calls.append((usable, on_gui))
        return real(self, quick=quick)

    monkeypatch.setattr(Journal, "integrity_problems", recorded)
    window = MainWindow()
    window_box.append(window)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.journal_ready, timeout=15_000):
        window.start(journal_file)
    assert window.background_task is None  # nothing started before Today was painted
    qtbot.waitUntil(lambda: bool(calls), timeout=15_000)
    qtbot.waitUntil(window.background_idle, timeout=15_000)
    assert calls[0] == (True, False)  # after usable, off the GUI thread
    assert len(list_backups(journal_file)) == 1  # today's automatic one (its first: monthly)
    window.close()
    window.shutdown()


def slow_check(monkeypatch, started: threading.Event) -> None:  # type: ignore[no-untyped-def]
    real = Journal.integrity_problems

    def slow(self: Journal, quick: bool = False) -> list[str]:
        if QThread.currentThread() is not QApplication.instance().thread():  # type: ignore[union-attr]
            started.set()
            time.sleep(0.4)  # a big journal's check: the window closes meanwhile
        return real(self, quick=quick)

    monkeypatch.setattr(Journal, "integrity_problems", slow)


def test_closing_while_the_check_runs_stops_before_the_backup(
    qtbot, journal_file: Path, monkeypatch, capfd  # type: ignore[no-untyped-def]
) -> None:
    journal_with_entries(journal_file)
    started = threading.Event()
    slow_check(monkeypatch, started)
    window = open_window(qtbot, journal_file)
    qtbot.waitUntil(started.is_set, timeout=15_000)
    assert window.background_task is not None
    assert window.close()  # waits for the check to let go, then the journal closes
    window.shutdown()
    assert window.background_task is None or not window.background_task.running
    assert list_backups(journal_file) == []  # cancelled before the backup: none at all
    assert not any(journal_file.parent.rglob("*.partial"))
    assert "Traceback" not in capfd.readouterr().err
    with open_journal(journal_file, create=False) as again:  # closed and released
        assert again.count_entries() == 3


def test_locking_while_the_check_runs_stops_it_too(
    qtbot, journal_file: Path, monkeypatch, capfd  # type: ignore[no-untyped-def]
) -> None:
    journal_with_entries(journal_file)
    started = threading.Event()
    slow_check(monkeypatch, started)
    window = open_window(qtbot, journal_file)
    qtbot.waitUntil(started.is_set, timeout=15_000)
    assert window.lock()
    assert window.journal is None and window.background_idle()
    qtbot.wait(500)  # nothing is delivered to the locked window afterwards
    assert list_backups(journal_file) == []
    assert "Traceback" not in capfd.readouterr().err
    window.close()
    window.shutdown()


def test_warm_ups_wait_until_today_is_painted(
    qtbot, journal_file: Path, monkeypatch  # type: ignore[no-untyped-def]
) -> None:
    """The safety tables and the word list load after Today is on screen, the tables
    off the GUI thread: before, both competed with building the first pages."""
    from trustjournal.gui import spelling, warm_up

    journal_with_entries(journal_file)
    happened: list[tuple[str, bool, bool]] = []
    window_box: list[MainWindow] = []

    def seen(what: str) -> None:
        today = window_box[0].built_page("Today")
        on_gui = QThread.currentThread() is QApplication.instance().thread()  # type: ignore[union-attr]
        happened.append((what, today is not None and today.isVisible(), on_gui))

    monkeypatch.setattr(spelling, "preload", lambda language: seen(f"words {language}"))
    monkeypatch.setattr(warm_up, "warm_safety_check", lambda: seen("safety tables"))
    monkeypatch.setattr(warm_up, "warm_feelings_picker", lambda: seen("feelings picker"))
    window = MainWindow()
    window_box.append(window)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.journal_ready, timeout=15_000):
        window.start(journal_file)
    assert happened == []  # the pages are built, Today is not painted yet
    qtbot.waitUntil(lambda: len(happened) == 3, timeout=15_000)
    language = window.journal_view.editor.speller.language
    assert sorted(happened) == [("feelings picker", True, False), ("safety tables", True, False),
                                (f"words {language}", True, True)]
    window.close()
    window.shutdown()


def test_closing_interrupts_sqlites_check_where_it_is(
    qtbot, journal_file: Path, monkeypatch  # type: ignore[no-untyped-def]
) -> None:
    """A big journal's check runs inside SQLite for seconds: closing stops it there
    (Journal.interrupt) instead of waiting for it, and the journal is left as it was."""
    journal_with_entries(journal_file)
    started, interrupted = threading.Event(), threading.Event()
    real_interrupt = Journal.interrupt

    def interrupt(self: Journal) -> None:
        real_interrupt(self)
        interrupted.set()

    monkeypatch.setattr(Journal, "interrupt", interrupt)

    def hold(statement: str) -> None:
        if "quick_check" in statement and QThread.currentThread() \
                is not QApplication.instance().thread():  # type: ignore[union-attr]
            started.set()
            interrupted.wait(20)  # the check "runs" until it is interrupted

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.journal_ready, timeout=15_000):
        window.start(journal_file)
    assert window.journal is not None
    with window.journal._gateway.watch(hold):
        qtbot.waitUntil(started.is_set, timeout=15_000)
        began = time.monotonic()
        assert window.close()
        took = time.monotonic() - began
    window.shutdown()
    assert took < 5.0 and interrupted.is_set()
    assert list_backups(journal_file) == []  # stopped before the backup: none at all
    with open_journal(journal_file) as journal:
        assert journal.integrity_problems() == [] and journal.count_entries() == 3


# What the window has paid for once the journal is usable, in a fresh process.
USABLE_PROBE = """\
import json, sys
from PySide6.QtWidgets import QApplication
from trustjournal.core.exercises import loader

reads = []
real_read = loader.read_exercise
def counted(*args, **kwargs):
    reads.append(1)
    return real_read(*args, **kwargs)
loader.read_exercise = counted

from trustjournal.core import traps
from trustjournal.gui.main_window import MainWindow
from trustjournal.storage import open_journal

app = QApplication([])
journal = open_journal(sys.argv[1])
journal.create_entry(title="x", body="y")
journal.save_exercise_entry(exercise_id="celebrate_small_victory", exercise_version=1,
                            title="A win", body="b", answers={}, metrics=[])
window = MainWindow(journal)
window.show()
for _ in range(5):
    app.processEvents()
at_usable = len(reads)
from trustjournal.gui.timeline_model import kind_label  # the timeline's row labels
labels = [kind_label(s) for s in journal.timeline_page(None, 5).entries]
after_labels = len(reads)
shipped = len(loader.builtin_exercises().exercises)
print(json.dumps({
    "timeline": window.journal_view.model.entries_loaded(),
    "labels": sorted(labels),
    "exercise_files_read_at_usable": at_usable,
    "exercise_files_read_for_labels": after_labels - at_usable,
    "shipped": shipped,
    "markdown_parser": "markdown_it" in sys.modules,
    "trap_patterns": traps._compiled.cache_info().currsize,
}))
window.close()
window.shutdown()
"""


def test_usable_reads_the_exercises_once_and_leaves_parsers_for_later(tmp_path: Path) -> None:
    """Today and the timeline both name exercises. Until usable, at most the one file of
    Today's next step is read; the whole set once, for the timeline's labels. The
    Markdown parser (the editor's preview) and the thinking-trap patterns (exercises)
    load when first used, not with the window."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", USABLE_PROBE, str(tmp_path / "notes.db")],
                          capture_output=True, text=True, timeout=120, env=env)
    assert done.returncode == 0, done.stderr[-2000:]
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["timeline"] == 2 and seen["labels"] == ["Celebrate a small victory", "Entry"]
    assert seen["exercise_files_read_at_usable"] <= 1
    assert seen["exercise_files_read_for_labels"] == seen["shipped"] > 1
    assert seen["markdown_parser"] is False and seen["trap_patterns"] == 0


def test_the_shell_is_painted_before_the_journal_starts_opening(
    qtbot, journal_file: Path  # type: ignore[no-untyped-def]
) -> None:
    """The benchmark's "painted" moment (startup_probe) is the shell's first paint: the
    gate (its modules, the opening thread) comes on the next turn of the event loop."""
    from trustjournal.gui.first_paint import after_first_paint

    journal_with_entries(journal_file)
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    at_paint: list[bool] = []
    after_first_paint(window, lambda: at_paint.append(window._gate is None))
    with qtbot.waitSignal(window.journal_ready, timeout=15_000):
        window.start(journal_file)
    assert at_paint == [True]
    window.close()
    window.shutdown()


# What has been imported at one of the benchmark's moments ("painted" or "usable").
MODULES_PROBE = """\
import json, sys
from trustjournal.gui import startup_probe

moment_wanted, watch = sys.argv[2], json.loads(sys.argv[3])
seen = {}
stamp = startup_probe.stamp

def watched(moment):
    if moment == moment_wanted:
        seen.update({name: name in sys.modules for name in watch})
    stamp(moment)

startup_probe.stamp = watched
from trustjournal.app import main
code = main(["--data-dir", sys.argv[1]])
print(json.dumps(seen))
sys.exit(code)
"""


def modules_at(journal_file: Path, moment: str, watch: list[str], *,
               checked_in: bool = False) -> dict[str, object]:
    """Run the app on `journal_file`'s folder up to `moment` (with today's check-in
    done if `checked_in`); which of `watch` are loaded then."""
    journal_with_entries(journal_file)
    if checked_in:
        check_in_today(journal_file)
    mode = "shown" if moment == "painted" else "ready"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TRUSTJOURNAL_STARTUP_PROBE": mode}
    done = subprocess.run([sys.executable, "-c", MODULES_PROBE, str(journal_file.parent),
                           moment, json.dumps(watch)],
                          capture_output=True, text=True, timeout=120, env=env)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_shell_paints_before_the_cli_reminders_and_desktop_lock_load(
    journal_file: Path,
) -> None:
    """Starting the window parses only the program's own options (no command module),
    and the reminders' tray and the desktop's lock signals (D-Bus) are set up once the
    shell is on screen: none of them is loaded when it is first painted."""
    watch = ["trustjournal.cli", "trustjournal.gui.reminders", "trustjournal.gui.desktop_lock",
             "PySide6.QtDBus", "trustjournal.storage.journal"]
    seen = modules_at(journal_file, "painted", watch)
    assert {name: seen[name] for name in watch} == dict.fromkeys(watch, False)


# Modules the journal does not need until someone acts (a new record, a broken
# resource file's message) or that only shortcut a little code: each one costs start-up
# milliseconds when it comes back to an import at the top of a module on the way.
NOT_BEFORE_USABLE = [
    "uuid", "platform",  # new records only (uuid loads platform)
    "difflib",  # the "did you mean" of a broken resource or exercise file
    "calendar",  # anniversary_keys needs only the leap-year rule
    # The thinking-trap hints (a distortions step); the backups' naming rules (a backup,
    # a salvage).
    "trustjournal.core.traps", "trustjournal.core.rotation",
    "sqlalchemy", "alembic",  # a journal being created or upgraded
    "trustjournal.cli", "trustjournal.core.danger",  # the safety check warms up later
    # Titles, tags, previews and word counts are worked out when something is written;
    # the plain-text snippets when something is searched.
    "trustjournal.core.text", "trustjournal.core.plain",
    # Types no one makes before then: an edit, a search hit, a tag's count, an earlier
    # version, a recovery snapshot; the trackers taken together (export, Progress's
    # figures, search hits); the safety panel's lines (each type about a millisecond).
    "trustjournal.core.entry_values", "trustjournal.core.tracker_sets",
    "trustjournal.core.safety_info",
    # A check-in form still to fill in needs the sliders; the feelings picker waits
    # behind More, and the other step kinds wait for an exercise.
    *(f"trustjournal.gui.exercises.steps.{kind}"
      for kind in ("choices", "columns", "feelings", "lists", "sort", "summary", "text",
                   "traps")),
]

# With the day's check-in done, the card shows its figures: the form's step widgets
# (sliders, the feelings picker, the note) are not loaded either.
NOT_BEFORE_USABLE_CHECKED_IN = [
    *NOT_BEFORE_USABLE, "trustjournal.gui.exercises.steps",
    "trustjournal.gui.exercises.steps.base", "trustjournal.gui.exercises.steps.sliders",
]


def test_usable_loads_no_module_it_does_not_need(journal_file: Path) -> None:
    """When Today and the timeline are usable, none of NOT_BEFORE_USABLE is loaded."""
    seen = modules_at(journal_file, "usable", NOT_BEFORE_USABLE)
    assert [name for name in NOT_BEFORE_USABLE if seen[name]] == []


def test_usable_after_the_check_in_loads_no_step_widgets(journal_file: Path) -> None:
    """With today's check-in done, none of NOT_BEFORE_USABLE_CHECKED_IN is loaded."""
    seen = modules_at(journal_file, "usable", NOT_BEFORE_USABLE_CHECKED_IN, checked_in=True)
    assert [name for name in NOT_BEFORE_USABLE_CHECKED_IN if seen[name]] == []


# Which Python enums PySide6 builds while the timeline's delegate, the check-in's
# slider and a role on a new widget are made and shown: each Qt class builds its own the
# first time it is named, QStyle about fifteen of them (about 10 ms). A click on an
# unset slider maps the click through QStyle, and builds them then.
STYLE_ENUMS_PROBE = """\
import enum, json, sys
made = []
create = enum.EnumType._create_
def counted(cls, class_name, *args, **kwargs):
    made.append(class_name)
    return create(cls, class_name, *args, **kwargs)
enum.EnumType._create_ = counted

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QListView, QSlider
app = QApplication([sys.argv[0], "-style", "fusion"])
from trustjournal.gui.delegates import EntryDelegate
from trustjournal.gui.exercises.steps.sliders import UnsetSlider
from trustjournal.gui.theme import set_role
view = QListView()
view.setItemDelegate(EntryDelegate(view))
slider = UnsetSlider()
slider.setRange(0, 10)
slider.setTickPosition(QSlider.TickPosition.TicksBelow)
slider.resize(220, 24)
picked = []
slider.picked.connect(picked.append)
label = QLabel("x")
set_role(label, "caption")
before = sorted(set(made))
made.clear()
view.show()
slider.show()
label.show()
app.processEvents()
painted = slider.grab().toImage()
shown = sorted(set(made))
made.clear()
QTest.mouseClick(slider, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                 QPoint(slider.width() - 3, slider.height() // 2))
print(json.dumps({"before": before, "shown": shown, "clicked": sorted(set(made)),
                  "picked": picked, "role": label.property("role"),
                  # The first tick mark's column and a column between two marks, under
                  # the track; the track's top edge and a row above it, mid-way along.
                  "tick": [painted.pixel(7, 21), painted.pixel(17, 21)],
                  "track": [painted.pixel(110, 7), painted.pixel(110, 2)]}))
"""


def test_the_timeline_and_the_check_in_name_qstyle_only_when_clicked() -> None:
    """Making and showing the timeline's delegate and an unset check-in slider, or giving
    a new widget a role, builds none of QStyle's enums: Today's first paint needs none.
    The unset slider still draws its track and its tick marks, and a click near its
    right end picks the top value (QStyle maps the click)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", STYLE_ENUMS_PROBE], capture_output=True,
                          text=True, timeout=120, env=env)
    assert done.returncode == 0, done.stderr[-2000:]
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    style = {"PixelMetric", "SubControl", "ControlElement", "PrimitiveElement"}  # QStyle's
    assert "SelectionMode" in seen["before"]  # the hook did see PySide6's enums
    assert not style & set(seen["before"])
    assert not style & set(seen["shown"])
    tick, gap = seen["tick"]
    edge, above = seen["track"]
    assert tick != gap and edge != above
    assert style <= set(seen["clicked"])
    assert seen["picked"] == [10]
    assert seen["role"] == "caption"


# Enums only QStyle has (PySide6 builds all of a class's enums the first time the class
# is named; QFont has a StyleHint too, so that name is left out).
QSTYLE_ENUMS = ["PixelMetric", "SubControl", "ControlElement", "PrimitiveElement",
                "ComplexControl", "ContentsType"]
ENUMS_PROBE = """\
import enum, json, sys
from trustjournal.gui import startup_probe

made = set()
create = enum.EnumType._create_
def counted(cls, class_name, *args, **kwargs):
    made.add(class_name)
    return create(cls, class_name, *args, **kwargs)
enum.EnumType._create_ = counted
seen = {}
stamp = startup_probe.stamp

def watched(moment):
    if moment == "usable":
        seen.update({name: name in made for name in json.loads(sys.argv[2])})
        seen["SelectionMode"] = "SelectionMode" in made
    stamp(moment)

startup_probe.stamp = watched
from trustjournal.app import main
code = main(["--data-dir", sys.argv[1]])
print(json.dumps(seen))
sys.exit(code)
"""


def test_usable_builds_none_of_qstyles_enums(journal_file: Path) -> None:
    """Up to usable (Today with its unset check-in sliders, the timeline's first page),
    nothing names QStyle, so none of its enums is built before the person can start."""
    journal_with_entries(journal_file)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TRUSTJOURNAL_STARTUP_PROBE": "ready"}
    done = subprocess.run([sys.executable, "-c", ENUMS_PROBE, str(journal_file.parent),
                           json.dumps(QSTYLE_ENUMS)],
                          capture_output=True, text=True, timeout=120, env=env)
    assert done.returncode == 0, done.stderr[-2000:]
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen.pop("SelectionMode")  # the hook did see PySide6's enums
    assert [name for name, made in seen.items() if made] == []


def awaiting_reminders(qtbot, folder: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    """A window whose reminders wait for their turn in start-up, as run_gui sets it up."""
    from trustjournal.gui.application import add_reminders_once_usable

    window = MainWindow()
    qtbot.addWidget(window)
    add_reminders_once_usable(window, folder)
    return window


def test_reminders_and_the_desktop_lock_come_once_usable(
    qtbot, journal_file: Path  # type: ignore[no-untyped-def]
) -> None:
    journal_with_entries(journal_file)
    window = awaiting_reminders(qtbot, journal_file.parent)
    at_ready: list[bool] = []
    # Connected after the reminders' own wiring: runs after it, still before the paint.
    window.journal_ready.connect(lambda: at_ready.append(window.reminders is None))
    assert window._desktop_lock is None and window.reminders is None
    window.show()
    with qtbot.waitSignal(window.journal_ready, timeout=15_000):
        window.start(journal_file)
    # Not part of becoming usable: they come once Today has been painted.
    assert at_ready == [True]
    qtbot.waitUntil(lambda: window.reminders is not None, timeout=5000)
    assert window.reminders.timer.parent() is window.reminders
    qtbot.waitUntil(lambda: window._desktop_lock is not None, timeout=5000)
    # Its lock signal locks the window, as it did when it was made with the window.
    window.desktop_lock.lock_requested.emit("sleep")
    qtbot.waitUntil(lambda: window.journal is None, timeout=5000)
    window.close()
    window.shutdown()


def test_reminders_come_without_a_usable_journal(
    qtbot, journal_file: Path  # type: ignore[no-untyped-def]
) -> None:
    # As behind the unlock screen: the shell is on screen, the journal never attached.
    window = awaiting_reminders(qtbot, journal_file.parent)
    window.show()
    window.shell_shown.emit()
    assert window.reminders is None
    qtbot.waitUntil(lambda: window.reminders is not None, timeout=5000)
    assert window.journal is None
    window.close()
    window.shutdown()


def test_reminders_are_set_up_at_once_when_needed_before_their_turn(
    qtbot, journal_file: Path  # type: ignore[no-untyped-def]
) -> None:
    # Settings, or closing the window (to the tray, when reminders are on), before
    # start-up has got to the reminders: they are set up then, not left out.
    from trustjournal.gui.settings import SettingsDialog

    journal_with_entries(journal_file)
    window = awaiting_reminders(qtbot, journal_file.parent)
    opened: list[tuple[bool, SettingsDialog]] = []
    # As soon as the journal is usable, before Today's paint brings the reminders.
    window.journal_ready.connect(
        lambda: opened.append((window.reminders is None, SettingsDialog(window))))
    window.show()
    with qtbot.waitSignal(window.journal_ready, timeout=15_000):
        window.start(journal_file)
    [(before, settings)] = opened
    assert before and settings.reminders is not None and window.reminders is not None
    settings.close()
    window.close()
    window.shutdown()

    early = awaiting_reminders(qtbot, journal_file.parent)
    early.show()
    early.close()
    assert early.reminders is not None
    early.shutdown()


def test_the_desktop_lock_listens_even_if_the_page_never_paints(
    qtbot, journal_file: Path  # type: ignore[no-untyped-def]
) -> None:
    # As when the window is minimised or on another workspace while the journal opens:
    # the page is visible to Qt but is never painted.
    journal_with_entries(journal_file)
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.journal_ready.connect(lambda: window.setUpdatesEnabled(False))
    with qtbot.waitSignal(window.journal_ready, timeout=15_000):
        window.start(journal_file)
    qtbot.waitUntil(lambda: window._desktop_lock is not None, timeout=5000)
    window.desktop_lock.lock_requested.emit("screen")
    qtbot.waitUntil(lambda: window.journal is None, timeout=5000)
    window.setUpdatesEnabled(True)
    window.close()
    window.shutdown()


def test_background_work_starts_after_the_usable_moment(
    qtbot, journal_file: Path, monkeypatch  # type: ignore[no-untyped-def]
) -> None:
    """What waits for Today's paint to be usable (the benchmark's "usable" stamp, a
    person's first click) comes before the check's thread, the warm-up threads and the
    desktop lock's set-up: those start one turn of the event loop later."""
    from trustjournal.gui import warm_up
    from trustjournal.gui.first_paint import after_first_paint

    journal_with_entries(journal_file)
    order: list[str] = []
    monkeypatch.setattr(warm_up, "warm_safety_check", lambda: order.append("warm-up"))
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()

    def usable() -> None:
        page = window.pages.currentWidget()
        after_first_paint(page, lambda: order.append(
            f"usable: check {window.after_open.task is not None}, "
            f"lock {window._desktop_lock is not None}"))

    window.journal_ready.connect(usable)
    with qtbot.waitSignal(window.journal_ready, timeout=15_000):
        window.start(journal_file)
    qtbot.waitUntil(lambda: "warm-up" in order and window._desktop_lock is not None,
                    timeout=15_000)
    assert order[0] == "usable: check False, lock False"
    qtbot.waitUntil(window.background_idle, timeout=15_000)
    window.close()
    window.shutdown()


def test_damage_met_by_the_timelines_first_read_shows_the_damaged_screen(
        qtbot, journal_file: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The Journal page reads the timeline's first page while it is made. If that read
    meets damage, the damaged screen comes (no error), and nothing of the page stays on
    the window: a journal opened afterwards gets its own New action and locks cleanly."""
    from trustjournal.gui.damaged import DamagedView
    from trustjournal.gui.timeline_model import TimelineModel
    from trustjournal.storage.errors import JournalDamagedError

    journal_with_entries(journal_file)
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    fetch = TimelineModel.fetchMore
    calls: list[int] = []

    def failing_once(self, parent):  # type: ignore[no-untyped-def]
        calls.append(1)
        if len(calls) == 1:
            raise JournalDamagedError("a page of the file could not be read")
        return fetch(self, parent)

    monkeypatch.setattr(TimelineModel, "fetchMore", failing_once)
    damaged = open_journal(journal_file)
    monkeypatch.setattr(damaged, "integrity_problems", lambda quick=False: ["page 7"])
    window._gate_opened(damaged, False)
    assert isinstance(window.gate.view, DamagedView)
    assert window.journal is None and window.built_page("Journal") is None
    assert "new_action" not in window.__dict__

    journal = open_journal(journal_file)  # the file itself was fine: it opens again
    window._gate_opened(journal, False)
    assert window.journal is journal and window.built_page("Journal") is not None
    assert window.journal_view.model.rowCount() > 0
    assert window.new_action in window.actions()
    assert window.lock()
    assert "new_action" not in window.__dict__


def test_no_widget_is_a_window_of_its_own_for_a_moment(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Every widget of the pages is shown only once it is inside the window: one shown
    before it was placed (each titled card's title, at the last stop's start-up) is a
    window of its own for a moment, and takes the keyboard from the journal's window as
    it opens."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QWidget

    shown: list[str] = []

    class Watch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if (event.type() == QEvent.Type.Show and isinstance(watched, QWidget)
                    and watched.isWindow() and not isinstance(watched, MainWindow)):
                shown.append(f"{type(watched).__name__} {watched.objectName()!r}")
            return False

    app = QApplication.instance()
    watch = Watch()
    app.installEventFilter(watch)
    try:
        window = open_window(qtbot, journal_with_entries(tmp_path / "journal.db"))
        qtbot.waitUntil(lambda: window.today_view.isVisible())
        assert QApplication.activeWindow() is window
        for name in PAGES:
            window.show_page(PAGES.index(name))
            qtbot.waitUntil(lambda: window.pages.currentWidget().isVisible())
    finally:
        app.removeEventFilter(watch)
    assert shown == []
    assert QApplication.activeWindow() is window
