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
    # Pages are built when first shown: only the built ones have work to finish.
    journal_view, search_view = win.built_page("Journal"), win.built_page("Search")
    if journal_view is not None:
        journal_view.editor.save()
    if search_view is not None:
        search_view.shutdown()
