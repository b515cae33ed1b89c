from __future__ import annotations

import pytest


@pytest.fixture
def window(qtbot, journal):  # type: ignore[no-untyped-def]
    from trustjournal.gui.main_window import MainWindow

    win = MainWindow(journal)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.journal_view.editor.save()
    win.search_view.shutdown()
