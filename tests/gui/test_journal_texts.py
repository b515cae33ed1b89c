"""The Today, check-in, journal, editor and search pages say everything through the
translation door (issue 20): their plurals read right in English for 1 and for 5, and
under a pseudo-language every fixed text they show comes out translated."""

from __future__ import annotations

import ast
import datetime as dt
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit

from trustjournal.core import i18n
from trustjournal.core.i18n import (
    english_plural_forms,
    install,
    is_pseudo,
    pseudo,
    substitute_count,
    translate,
)
from trustjournal.gui.events import AppEvents
from trustjournal.gui.journal_view import JournalView
from trustjournal.gui.search_view import SearchView
from trustjournal.gui.today_view import TodayView

GUI = Path(__file__).resolve().parents[2] / "trustjournal" / "gui"
MODULES = ("today_view", "today_cards", "checkin_card", "checkin", "journal_view",
           "timeline_model", "delegates", "editor", "writing", "distraction_free",
           "search_view", "application")


def translate_calls(module: str) -> Iterator[ast.Call]:
    tree = ast.parse((GUI / f"{module}.py").read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "translate":
            yield node


@pytest.mark.parametrize("module", MODULES)
def test_every_message_is_written_as_the_catalogue_tool_reads_it(module: str) -> None:
    calls = list(translate_calls(module))
    assert calls, f"{module} says nothing through translate()"
    for call in calls:
        context, *_ = call.args
        assert isinstance(context, ast.Constant) and isinstance(context.value, str), (
            f"{module}:{call.lineno}: the context must be a string literal")


PLURALS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "en_plurals"


@pytest.mark.parametrize("module", MODULES)
def test_every_plural_has_its_english_forms(module: str) -> None:
    with (PLURALS / "journal.toml").open("rb") as handle:
        listed = tomllib.load(handle)
    for call in translate_calls(module):
        if len(call.args) < 4:
            continue
        context, text = call.args[0], call.args[1]
        assert isinstance(context, ast.Constant) and isinstance(text, ast.Constant), (
            f"{module}:{call.lineno}")
        forms = listed.get(context.value, {}).get(text.value)
        assert forms is not None, f"{module}:{call.lineno}: no English forms listed"
        one, other = forms
        assert other == text.value  # the source text is the English plural
        if "entries" in other or "words" in other or "minutes" in other:
            assert one != other, f"{module}:{call.lineno}: the singular reads as a plural"


@pytest.mark.parametrize(("context", "text", "n", "expected"), [
    ("TodayView", "%Ln entries in your journal so far.", 1, "1 entry in your journal so far."),
    ("TodayView", "%Ln entries in your journal so far.", 5, "5 entries in your journal so far."),
    ("SearchView", "%Ln entries found.", 1, "1 entry found."),
    ("SearchView", "%Ln entries found.", 5, "5 entries found."),
    ("EditorWidget", "%Ln words", 1, "1 word"),
    ("EditorWidget", "%Ln words", 5, "5 words"),
    ("EditorWidget", "%Ln words", 12345, "12,345 words"),
    ("TimelineModel", "{date} · %n words", 1, "{date} · 1 word"),
])
def test_plurals_read_right_for_one_and_five(context: str, text: str, n: int,
                                             expected: str) -> None:
    assert translate(context, text, None, n) == expected


def test_todays_summary_counts_one_entry_and_five(qtbot, journal) -> None:
    events = AppEvents()
    journal.create_entry(title="Morning", body="A walk.", local_date=dt.date.today())
    today = TodayView(journal, events)
    qtbot.addWidget(today)
    assert today.summary.text() == "You have written 1 entry today. 1 in your journal so far."
    for n in range(4):
        journal.create_entry(title=f"Note {n}", body="More.", local_date=dt.date.today())
    today.refresh()
    assert today.summary.text() == "You have written 5 entries today. 5 in your journal so far."


def _pseudo_backend(context: str, text: str, _disambiguation: str | None, n: int) -> str:
    if n >= 0:
        one, other = english_plural_forms(context, text)
        return pseudo(substitute_count(one if n == 1 else other, n))
    return pseudo(text)


@pytest.fixture
def pseudo_language() -> Iterator[None]:
    install(_pseudo_backend, i18n.PSEUDO)
    yield
    install(None)


def fixed_texts(widget) -> list[str]:  # type: ignore[no-untyped-def]
    """The fixed words a person meets on `widget`: labels, buttons, placeholders,
    tooltips and accessible names, wherever they are set."""
    found = []
    for child in [widget, *widget.findChildren(QLabel), *widget.findChildren(QAbstractButton),
                  *widget.findChildren(QLineEdit)]:
        if isinstance(child, QLabel | QAbstractButton) and child.text().strip():
            found.append(child.text())
        if isinstance(child, QLineEdit) and child.placeholderText():
            found.append(child.placeholderText())
        found += [t for t in (child.toolTip(), child.accessibleName()) if t.strip()]
    return found


def test_the_check_in_card_and_search_page_say_nothing_untranslated(qtbot, journal,
                                                                   pseudo_language) -> None:
    events = AppEvents()
    search = SearchView(journal, events)
    qtbot.addWidget(search)
    today = TodayView(journal, events)
    qtbot.addWidget(today)
    card = today.checkin
    assert card.form is not None  # made on demand, as when a check-in is changed
    mine = [card.heading.text(), card.keys_hint.text(), card.more_button.text(),
            card.more_button.toolTip(), card.checkin_button.text(),
            card.checkin_button.toolTip(), card.save_button.text(), card.note.accessibleName(),
            card.done_heading.text(), card.edit_button.text(), card.edit_button.toolTip(),
            today.write_button.text(), today.write_button.toolTip(), today.summary.text(),
            today.recent.title.text(), today.title.text(), today.on_this_day.title.text()]
    untranslated = [t for t in mine if not is_pseudo(t)]
    assert not untranslated
    search.show()  # the tag filter is filled when the page is shown
    qtbot.waitExposed(search)
    search_texts = [*fixed_texts(search), search.tag_combo.itemText(0)]
    assert search_texts and not [t for t in search_texts if not is_pseudo(t)]


def test_the_journal_page_and_editor_say_nothing_untranslated(qtbot, journal,
                                                              pseudo_language) -> None:
    view = JournalView(journal, AppEvents())
    qtbot.addWidget(view)
    editor = view.editor
    actions = [a for a in (view.new_action, view.trash_action, view.show_trash_action,
                           view.restore_action, view.purge_action, view.empty_trash_action)]
    texts = [a.text() for a in actions] + [view.new_action.toolTip(),
                                           view.timeline.accessibleName()]
    texts += [editor.title_edit.placeholderText(), editor.title_edit.accessibleName(),
              editor.tags_edit.placeholderText(), editor.date_edit.toolTip(),
              editor.star_button.toolTip(), editor.body_edit.toolTip(),
              editor.body_edit.placeholderText(), editor.preview_button.text(),
              editor.history_button.text(), editor.history_button.toolTip(),
              editor.answers_button.text(), editor.follow_up_button.text(),
              editor.words_label.text(), editor.status_label.accessibleName()]
    assert [t for t in texts if not is_pseudo(t)] == []
