"""The GUI's content comes through the language layer: in the pseudo-locale the privacy
page, the feelings and traps of the exercise steps and the urge alternatives all show
the pseudo form, and switching back shows English again (one cache per language)."""

from __future__ import annotations

import pytest

from trustjournal.core import i18n
from trustjournal.gui.exercises.context import builtin_context
from trustjournal.gui.privacy import PrivacyDialog
from trustjournal.gui.shipped import shipped_exercises
from trustjournal.gui.urges.alternatives import builtin_alternatives


@pytest.fixture
def pseudo_locale():
    i18n.install(None, i18n.PSEUDO)
    yield
    i18n.install(None)


def test_the_privacy_page_shows_the_pseudo_text(qtbot, pseudo_locale) -> None:
    dialog = PrivacyDialog()
    qtbot.addWidget(dialog)
    shown = dialog.text.toPlainText()
    first = shown.splitlines()[0]
    assert i18n.is_pseudo(first) and "What TrustJournal protects" not in shown
    assert "Ctrl+Shift+L" in shown  # a shortcut is kept as it is


def test_pickers_and_alternatives_follow_the_language(pseudo_locale) -> None:
    context = builtin_context()
    assert all(i18n.is_pseudo(f.label) for family in context.families
               for f in (family, *family.feelings))
    assert all(i18n.is_pseudo(trap.name) for trap in context.traps)
    assert all(i18n.is_pseudo(a.title) for a in builtin_alternatives())
    assert all(i18n.is_pseudo(e.title) for e in shipped_exercises().exercises)
    i18n.install(None)
    assert builtin_context().traps[0].name == "Mind reading"
    assert builtin_alternatives()[0].title == "Breathe slowly with the circle"
    assert shipped_exercises().get("acknowledge_feelings").title == "Acknowledge my feelings"
