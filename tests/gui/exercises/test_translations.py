"""Issue 20 in the exercises area: every sentence goes through `translate`, plurals read
right in English (1 and 5), and a language installed at run time reaches the widgets.

"A language" here is the pseudo transform installed as a backend under a made-up name,
so nothing depends on the catalogues being built or on the content helper's files."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QAbstractButton, QComboBox, QGroupBox, QLabel, QLineEdit, QWidget

from tests.gui.exercises.helpers import click, slide
from trustjournal.core import i18n
from trustjournal.core.exercises import (
    StepKind,
    check_answer,
    checkin_for,
    checkin_title,
    join_words,
    parse_exercise,
)
from trustjournal.core.i18n import install, is_pseudo, pseudo, substitute_count
from trustjournal.gui.builder.builder import ExerciseBuilder
from trustjournal.gui.builder.transfer import _refused
from trustjournal.gui.events import AppEvents
from trustjournal.gui.exercises.context import StepContext
from trustjournal.gui.exercises.runner import ExerciseRunner
from trustjournal.gui.exercises.steps import create_step_widget
from trustjournal.gui.perspective import PerspectiveCombo
from trustjournal.gui.safety import SafetyDialog, fallback_info


def _fake(context: str, text: str, disambiguation: str | None, n: int) -> str:
    """A stand-in for Qt's translators: the pseudo form, the count put in as Qt does."""
    del context, disambiguation
    return pseudo(text if n < 0 else substitute_count(text, n))


@pytest.fixture
def pseudo_language() -> Iterator[None]:
    install(_fake, "xx")
    try:
        yield
    finally:
        install(None)


def _exercise(steps: list[dict], exercise_id: str = "tiny"):  # type: ignore[no-untyped-def]
    exercise, errors = parse_exercise({
        "id": exercise_id, "version": 1, "title": "Tiny", "why": "For the test.",
        "minutes": 2, "audiences": ["both"], "steps": steps}, "<test>")
    assert exercise is not None, errors
    return exercise


def _shown_texts(root: QWidget) -> list[str]:
    """Every visible piece of text the app wrote on these widgets."""
    texts: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
            texts.append(widget.toolTip())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        texts.append(widget.accessibleName())
    return [text for text in texts if text.strip() and text.strip() not in ("×", "•")]


# -- English plurals: one and five ------------------------------------------------------


def test_the_character_counter_says_character_for_one(qtbot) -> None:
    for most, words in ((1, "0 of 1 character"), (5, "0 of 5 characters")):
        step = _exercise([{"id": "line", "kind": "text", "prompt": "One line?",
                           "single_line": True, "max_length": most}]).steps[0]
        widget = create_step_widget(step, StepContext())
        qtbot.addWidget(widget)
        widget._count()
        assert widget.counter.text() == words


def test_the_unmoved_sliders_hint_is_it_for_one_feeling_and_them_for_more(qtbot) -> None:
    step = _exercise([{"id": "feelings", "kind": "feelings", "prompt": "Feelings?"}]).steps[0]
    widget = create_step_widget(step, StepContext())
    qtbot.addWidget(widget)
    widget._add_row("calm")
    widget._show_unmoved()
    assert widget.unmoved_hint.text() == ("Move the slider for Calm to keep it; until then "
                                          "it counts as not answered.")
    for name in ("tense", "sad", "glad", "tired"):
        widget._add_row(name)
    widget._show_unmoved()
    assert widget.unmoved_hint.text() == (
        "Move the slider for Calm, Tense, Sad, Glad, Tired to keep them; until then they "
        "count as not answered.")


def test_too_long_an_answer_names_one_character_or_a_grouped_number() -> None:
    for most, words in ((1, "must be at most 1 character"),
                        (5, "must be at most 5 characters"),
                        (5000, "must be at most 5,000 characters")):
        step = _exercise([{"id": "line", "kind": "text", "prompt": "Words?",
                           "max_length": most}]).steps[0]
        assert check_answer(step, "x" * (most + 1)) == words


def test_an_import_with_many_problems_counts_the_ones_left_unnamed() -> None:
    for extra, words in ((1, "• …and 1 more"), (5, "• …and 5 more")):
        result = _refused("big.toml", [f"problem {n}" for n in range(12 + extra)])
        assert result.message.startswith("“big.toml” was not imported, and your journal is "
                                         "unchanged:\n• problem 0")
        assert result.message.endswith(words)


# -- sentences rebuilt whole --------------------------------------------------------------


def test_rebuilt_sentences_read_as_before_in_english() -> None:
    assert join_words(["a"]) == "a" and join_words(["a", "b", "c"]) == "a, b and c"
    assert checkin_title({"trust": 4, "anxiety": 7}) == "Check-in · trust 4, anxiety 7"
    assert checkin_title({}) == "Check-in"


# -- a language installed later reaches every sentence -----------------------------------


def test_the_runner_speaks_the_installed_language(qtbot, journal, pseudo_language) -> None:
    exercise = _exercise([
        {"id": "what", "kind": "text", "prompt": "What happened?", "optional": True,
         "example": "He was late."},
        {"id": "how", "kind": "scale", "prompt": "How much?", "min": 0, "max": 10,
         "low_label": "Low", "high_label": "High"},
        {"id": "recap", "kind": "summary", "prompt": "Recap"},
    ])
    runner = ExerciseRunner(journal, AppEvents(), exercise, preview=True)
    qtbot.addWidget(runner)
    runner.show()
    assert is_pseudo(runner.next_button.text())  # "Skip": the text step is optional
    assert is_pseudo(runner.later_button.text()) and is_pseudo(runner.back_button.toolTip())
    assert is_pseudo(runner.step_label.text()) and "1" in runner.step_label.text()
    page = runner.pages["what"]
    example = [label.text() for label in page.findChildren(QLabel)
               if "He was late" in label.text()]
    assert example and is_pseudo(example[0].replace("He was late.", ""))
    click(qtbot, runner.next_button)
    slide(qtbot, runner.current.input.slider, 6)
    assert runner.current.input.slider.accessibleDescription() == pseudo(
        "{value} of {most}").format(value=6, most=10)


def test_the_check_in_is_asked_in_the_installed_language(pseudo_language) -> None:
    exercise = checkin_for(None)
    assert exercise.title == pseudo("Daily check-in")
    assert exercise.step("trust").prompt == pseudo("How much do you trust your partner today?")
    assert exercise.step("note").label == pseudo("Note")
    install(None)
    assert checkin_for(None).step("note").label == "Note"  # English again, not a stale copy


def test_the_builder_has_no_untranslated_word(qtbot, journal, pseudo_language) -> None:
    builder = ExerciseBuilder(journal, AppEvents(), None)
    qtbot.addWidget(builder)
    for kind in (StepKind.CHOICE, StepKind.SCALE, StepKind.TEXT, StepKind.RERATE):
        builder.add_step(kind)
    builder.show()
    # A step with no words yet is offered as a source by its id, which is not a sentence.
    texts = [t for t in _shown_texts(builder) if not t.startswith("step_")]
    assert texts and [t for t in texts if not is_pseudo(t)] == []


def test_the_fallback_safety_panel_has_no_untranslated_word(qtbot, pseudo_language) -> None:
    dialog = SafetyDialog(info=fallback_info())
    qtbot.addWidget(dialog)
    # The number is not words.
    texts = [t for t in _shown_texts(dialog) if t != "112" and not t.endswith(": 112")]
    assert texts and [t for t in texts if not is_pseudo(t)] == []
    assert is_pseudo(dialog.windowTitle())


def test_the_perspective_choices_are_translated(qtbot, journal, pseudo_language) -> None:
    combo = PerspectiveCombo(journal)
    qtbot.addWidget(combo)
    assert all(is_pseudo(combo.itemText(i)) for i in range(combo.count()))
    assert i18n.language() == "xx"


def test_the_exercises_page_speaks_the_installed_language(qtbot, journal,
                                                          pseudo_language) -> None:
    from trustjournal.gui.exercises_view import ExercisesView

    view = ExercisesView(journal, AppEvents())
    qtbot.addWidget(view)
    card = next(iter(view.cards.values()))
    # The exercise's own title and words are content (per-language files), not ours.
    for text in (view.new_button.text(), view.import_button.toolTip(), view.undo_button.text(),
                 card.meta.text(), card.start_button.text(), card.start_button.accessibleName(),
                 card.duplicate_button.text() if card.duplicate_button else "[]"):
        assert is_pseudo(text), text
