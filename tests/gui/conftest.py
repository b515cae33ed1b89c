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


@pytest.fixture(autouse=True)
def _no_shared_appearance_left(qapp: QApplication) -> Iterator[None]:
    """An Appearance a test puts on the application (a theme test, run_gui) is taken off
    it afterwards. Otherwise every later test's window shares it (MainWindow looks for
    one on the application first) and stays connected to it after the window is gone: a
    later theme change then ran the handlers of earlier tests' windows, and reached
    menus already deleted (the failures the last two stops' notes describe)."""
    from PySide6.QtCore import Qt

    from trustjournal.gui.theme import Appearance

    direct = Qt.FindChildOption.FindDirectChildrenOnly
    before = set(qapp.findChildren(Appearance, options=direct))
    yield
    for appearance in qapp.findChildren(Appearance, options=direct):
        if appearance not in before:
            # Off the application, kept only by the windows of this test that use it.
            appearance.setParent(None)


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
