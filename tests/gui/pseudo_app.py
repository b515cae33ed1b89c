"""Drives the real main window in the pseudo-locale on a demo journal: every page
(Ctrl+1…Ctrl+6, through their actions), every dialog its menus open and the first-run
screen, each walked by tests/gui/pseudo_walk.py."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QWidget

from tests.gui.pseudo_walk import Exempt, Finding, user_texts_of, walk
from trustjournal.core import i18n
from trustjournal.gui import translation

DEMO_ENTRIES = 60
TODAY = dt.date(2026, 6, 30)


def wait_until(condition: Callable[[], object], timeout: float = 10) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        QTest.qWait(20)
    return bool(condition())


def make_demo(folder: Path) -> Path:
    """A plain demo journal in `folder` (its file)."""
    from trustjournal.storage import open_journal
    from trustjournal.storage.bulk import insert_demo

    path = folder / "notes.db"
    with open_journal(path) as journal:
        insert_demo(journal, DEMO_ENTRIES, 1, seed=20, today=TODAY)
    return path


def menu_actions(menus: list[QAction]) -> list[QAction]:
    """Every action in the menu bar, submenus followed, in menu order."""
    found: list[QAction] = []
    stack = list(reversed(menus))
    while stack:
        action = stack.pop()
        if action.isSeparator() or action in found:
            continue
        menu = action.menu()
        if isinstance(menu, QMenu):
            stack.extend(reversed(menu.actions()))
            continue
        found.append(action)
    return found


class DialogCatcher:
    """Walks and closes every window that shows up while an action runs (a modal one
    blocks the action's call, so a timer does it from inside its event loop). Windows
    are marked with a property once seen: Python ids and C++ addresses of closed
    dialogs come back for new ones."""

    SEEN = "pseudoWalkSeen"

    def __init__(self, app: QApplication, main: QWidget, exempt: Exempt) -> None:
        self.app, self.main, self.exempt = app, main, exempt
        self.findings: list[Finding] = []
        self.visited: list[str] = []
        self.label = ""
        self.timer = QTimer()
        self.timer.setInterval(60)
        self.timer.timeout.connect(self._tick)

    def windows(self) -> list[QWidget]:
        return [w for w in self.app.topLevelWidgets()
                if w.isVisible() and w is not self.main and not isinstance(w, QMenu)]

    def _unseen(self) -> list[QWidget]:
        return [w for w in self.windows() if w.property(self.SEEN) is None]

    def _tick(self) -> None:
        for window in self.windows():
            if window.property(self.SEEN) == "walked":  # did not close: ask again
                _close(window)
        for window in self._unseen():
            # Walked on the second tick after it showed: laid out and polished.
            ticks = int(window.property("pseudoWalkTicks") or 0) + 1
            window.setProperty("pseudoWalkTicks", ticks)
            if ticks < 2:
                continue
            window.setProperty(self.SEEN, "walked")
            where = f"dialog {type(window).__name__} (from {self.label})"
            self.visited.append(where)
            self.findings += walk(window, where, self.exempt)
            _close(window)

    def run(self, action: QAction, label: str) -> None:
        self.label = label
        for window in self.windows():
            window.setProperty(self.SEEN, "before")
        self.timer.start()
        try:
            action.trigger()
            QTest.qWait(250)
            wait_until(lambda: not self._unseen(), 5)
            QTest.qWait(100)
        finally:
            self.timer.stop()


def _close(window: QWidget) -> None:
    if isinstance(window, QDialog):
        window.reject()
    else:
        window.close()


def walk_whole_app(folder: Path, *, themed: bool) -> tuple[list[Finding], list[str]]:
    """All findings of the pseudo-locale walk over the real window on a demo journal;
    `themed`: in the app's own look (its fonts decide what is clipped), which changes the
    whole application. Also gives the pages and dialogs it visited."""
    from trustjournal.gui.main_window import MainWindow
    from trustjournal.gui.window_pages import PAGES
    from trustjournal.storage import open_journal

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    if themed:
        from trustjournal.gui.theme import Appearance

        Appearance(app, None).apply()
    path = make_demo(folder)
    exempt = Exempt(user_texts_of(path))
    translation.install_language(app, i18n.PSEUDO)
    journal = open_journal(path)
    window = MainWindow(journal)
    findings: list[Finding] = []
    visited: list[str] = []
    try:
        window.resize(1280, 860)
        window.show()
        wait_until(window.isVisible)
        QTest.qWait(200)
        for number, name in enumerate(PAGES):
            window.page_actions[number].trigger()
            wait_until(lambda name=name: window.built_page(name) is not None)
            QTest.qWait(300)
            visited.append(f"page {name} (Ctrl+{number + 1})")
            findings += walk(window, visited[-1], exempt, with_actions=number == 0)
        findings += walk_exercises(window, exempt, visited)
        skip = {id(a) for a in (window.quit_action, window.lock_action,
                                *window.page_actions, *window.theme_actions.values())}
        catcher = DialogCatcher(app, window, exempt)
        for action in menu_actions(window.menuBar().actions()):
            if id(action) in skip or not action.isEnabled() or not action.isVisible():
                continue
            catcher.run(action, f"menu item {action.text().replace('&', '')!r}")
        findings += catcher.findings
        visited += catcher.visited
    finally:
        for name in ("Journal", "Search"):
            page = window.built_page(name)
            if name == "Journal" and page is not None:
                page.editor.save()
            if name == "Search" and page is not None:
                page.shutdown()
        window.close()
        window.deleteLater()
        QTest.qWait(50)
        journal.close()
        translation.uninstall(app)
    findings += walk_first_run(folder / "first-run", exempt, visited)
    return unique(findings), visited


def walk_exercises(window: QWidget, exempt: Exempt, visited: list[str]) -> list[Finding]:
    """Every shipped exercise opened in the runner and each of its steps shown in turn
    (the content from the pseudo-locale's content files, the rest from the catalogue),
    then the recap a refused Next gives, and the exercise left again as a draft."""
    from trustjournal.gui.shipped import shipped_exercises
    from trustjournal.gui.window_pages import PAGES

    window.page_actions[PAGES.index("Exercises")].trigger()  # type: ignore[attr-defined]
    view = window.exercises_view  # type: ignore[attr-defined]
    found: list[Finding] = []
    for exercise in shipped_exercises().exercises:
        runner = view.start(exercise.id)
        if runner is None:
            continue  # a follow-up: it opens from the entry it follows
        for step in exercise.steps:
            runner.go_to(step.id)
            QTest.qWait(30)
            visited.append(f"exercise {exercise.id}, step {step.id}")
            found += walk(window, visited[-1], exempt, with_actions=False)
        runner.finish()  # with steps unanswered: it says which one still needs an answer
        QTest.qWait(30)
        found += walk(window, f"exercise {exercise.id}, saving too early", exempt,
                      with_actions=False)
        runner.leave()
        QTest.qWait(30)
    return found


def walk_first_run(folder: Path, exempt: Exempt, visited: list[str]) -> list[Finding]:
    """The first-run screen (no journal yet), where the person chooses a passphrase."""
    from trustjournal.gui.main_window import MainWindow

    app = QApplication.instance()
    translation.install_language(app, i18n.PSEUDO)
    window = MainWindow()
    try:
        window.resize(1024, 700)
        window.show()
        window.start(folder / "notes.db")
        # Past "Opening your journal…": the first-run screen is its own page of the gate.
        wait_until(lambda: window._gate is not None and window.gate.isVisible()
                   and window.gate.currentWidget() is not window.gate.loading)
        QTest.qWait(300)
        visited.append("first-run screen")
        return walk(window, visited[-1], exempt, with_actions=False)
    finally:
        window.close()
        window.deleteLater()
        QTest.qWait(50)
        translation.uninstall(app)


def unique(findings: list[Finding]) -> list[Finding]:
    """Each finding once, where it was first seen (the sidebar is on every page)."""
    seen: set[tuple[str, str, str, str, str]] = set()
    kept = []
    for f in findings:
        key = (f.problem, f.widget, f.path, f.what, f.text)
        if key not in seen:
            seen.add(key)
            kept.append(f)
    return kept
