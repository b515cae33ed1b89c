from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication


@pytest.fixture(autouse=True, scope="session")
def _same_locale_everywhere() -> Iterator[None]:
    """Dates and numbers follow the locale's own order (gui/dates.py): the tests read
    them in the C locale, as CI runs, whatever the machine's LANG says."""
    before = QLocale()
    QLocale.setDefault(QLocale.c())
    yield
    QLocale.setDefault(before)


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


@pytest.fixture
def restore_app(qapp: QApplication) -> Iterator[QApplication]:
    """The theme changes the whole application: put it back for the other tests."""
    style, palette, font = qapp.style().name(), QPalette(qapp.palette()), qapp.font()
    yield qapp
    qapp.setStyleSheet("")
    qapp.setStyle(style)
    qapp.setPalette(palette)
    qapp.setFont(font)
    qapp.setProperty("trustjournalTheme", None)
