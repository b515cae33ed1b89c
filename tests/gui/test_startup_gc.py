"""The cycle collector is held back only while the window starts (gui/startup_gc.py): it
is put back as it was once the journal is usable, and at the latest a few seconds after
start-up when the journal never becomes usable (first run, unlock screen)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.gui.test_window_startup import journal_with_entries
from trustjournal.gui import application, startup_gc
from trustjournal.gui.main_window import MainWindow


@pytest.fixture
def thresholds() -> Iterator[tuple[int, int, int]]:
    """The thresholds before the test; whatever the test does, they are put back."""
    before = gc.get_threshold()
    try:
        yield before
    finally:
        startup_gc.release()
        gc.set_threshold(*before)


def test_hold_raises_only_the_first_threshold_and_release_puts_all_back(
    thresholds: tuple[int, int, int],
) -> None:
    gc.set_threshold(700, 11, 12)
    startup_gc.hold()
    startup_gc.hold()  # nested: still one hold, released once
    assert startup_gc.held()
    assert gc.get_threshold() == (startup_gc.HELD_THRESHOLD, 11, 12)
    startup_gc.release()
    assert not startup_gc.held()
    assert gc.get_threshold() == (700, 11, 12)
    startup_gc.release()  # nothing held: nothing changes
    assert gc.get_threshold() == (700, 11, 12)


def test_the_collector_is_back_once_the_journal_is_usable(
    qtbot, journal_file: Path, thresholds: tuple[int, int, int]  # type: ignore[no-untyped-def]
) -> None:
    journal_with_entries(journal_file)
    startup_gc.hold()
    window = MainWindow()
    qtbot.addWidget(window)
    application.release_gc_once_usable(window)
    window.show()
    with qtbot.waitSignal(window.journal_ready, timeout=15_000):
        window.start(journal_file)
    qtbot.waitUntil(lambda: not startup_gc.held(), timeout=5_000)
    assert gc.get_threshold() == thresholds
    assert window.today_view.isVisible()
    window.close()
    window.shutdown()


def test_a_journal_that_never_becomes_usable_still_lets_it_go(
    qtbot, monkeypatch, thresholds: tuple[int, int, int]  # type: ignore[no-untyped-def]
) -> None:
    """Behind the unlock screen or on a first run no page becomes usable: run_gui's
    time limit puts the collector back all the same."""
    monkeypatch.setattr(application, "GC_HELD_LATEST_MS", 100)
    startup_gc.hold()
    application.release_gc_at_the_latest()
    assert startup_gc.held()  # not at once: when the event loop has run that long
    qtbot.waitUntil(lambda: not startup_gc.held(), timeout=5_000)
    assert gc.get_threshold() == thresholds
