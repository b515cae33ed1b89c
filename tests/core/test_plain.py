import pytest
from hypothesis import given
from hypothesis import strategies as st

from trustjournal.core.exercises import builtin_exercises
from trustjournal.core.exercises.answers import render_answers
from trustjournal.core.exercises.checkin import checkin_with
from trustjournal.core.plain import plain_line, plain_start
from trustjournal.core.search import HIT_END, HIT_START
from trustjournal.core.text import preview


def test_exercise_preview_reads_as_answers_not_headings() -> None:
    body = ("### What I feel\n\n- Anxious: 85 out of 100\n- Betrayed: 70 out of 100\n\n"
            "### Where it comes from\n\nSeeing a name on her screen.\n")
    assert preview(body) == "Anxious 85 · Betrayed 70 · Seeing a name on her screen."


def test_a_score_alone_keeps_its_heading() -> None:
    body = ("### Trust\n\n8 out of 10\n\n### Anxiety\n\n3 out of 10\n\n"
            "### How much I believe it now\n\n70 out of 100 (was 80)\n")
    assert preview(body) == "Trust 8 · Anxiety 3 · How much I believe it now 70 (was 80)"


def test_rendered_checkin_preview_has_no_markup() -> None:
    exercise = checkin_with(("trust", "anxiety"))
    answers = {"trust": 4, "anxiety": 6}
    assert preview(render_answers(exercise, answers)) == "Trust 4 · Anxiety 6"


def test_rendered_exercise_preview_starts_with_first_answer() -> None:
    exercise = builtin_exercises().get("acknowledge_feelings")
    assert exercise is not None
    feelings = next(s for s in exercise.steps if s.kind.value == "feelings")
    body = render_answers(exercise, {feelings.id: [
        {"feeling": "anxious", "intensity": 85}, {"feeling": "lonely", "intensity": 40}]})
    assert preview(body) == "Anxious 85 · Lonely 40"


@pytest.mark.parametrize(
    ("markdown", "plain"),
    [
        ("Plain words\nacross lines.", "Plain words across lines."),
        ("First paragraph.\n\nSecond one.", "First paragraph. Second one."),
        ("A [link](https://example.org/a_(b)) and ![a photo](p.png)", "A link and a photo"),
        ("**bold**, _it_, `code`, ~~gone~~ and snake_case", "bold, it, code, gone and snake_case"),
        ("Escaped \\*stars\\* stay", "Escaped *stars* stay"),
        ("> quoted\n> on",  "quoted on"),
        ("1. one\n2. two\n- [x] done", "one · two · done"),
        ("| a | b |\n|---|:-:|\n| 1 | 2 |", "a · b · 1 · 2"),
        ("```\ncode here\n```\n\n---\n\nafter", "code here after"),
        ("<span>html</span> tags", "html tags"),
        ("# Only a heading", "Only a heading"),
        ("3 out of 4 friends: 2 out of 3 agree", "3 out of 4 friends: 2 out of 3 agree"),
        ("- Scared: 45 out of 100 (was 50)", "Scared 45 (was 50)"),
        ("", ""),
    ],
)
def test_plain_line(markdown: str, plain: str) -> None:
    assert plain_line(markdown) == plain


def test_snippet_keeps_headings_and_match_markers() -> None:
    snippet = (f"…was late.\n\n### {HIT_START}Where{HIT_END} it may come from\n\n"
               f"- **Doubting** my {HIT_START}own{HIT_END} worth\n- Family…")
    assert plain_line(snippet, keep_headings=True) == (
        f"…was late. · {HIT_START}Where{HIT_END} it may come from · "
        f"Doubting my {HIT_START}own{HIT_END} worth · Family…")


def test_long_body_is_cut_between_words() -> None:
    out = preview("word " * 500, length=30)
    assert out.endswith("word…") and len(out) <= 31


# Pieces of exercise and check-in bodies as render_answers writes them, and of the
# Markdown people type, so headings, scores, lists and paragraphs meet in every order.
_BLOCK_PIECES = [
    "### What was happening\n\n", "### Trust\n\n", "7 out of 10\n\n", "6 out of 10 (was 4)\n\n",
    "- Anxious: 85 out of 100\n", "- Calm\n", "He said he would call and did not. ",
    "I waited", " by the phone", "\n", "\n\n", "# Title\n", "| a | b |\n", "---\n",
    "> quoted line\n", "```\ncode\n```\n", "**bold** ", "[a link](http://x) ", "1. first\n",
    "### \n", "Calm:\n7 out of 10\n", "x",
]


@given(st.lists(st.sampled_from(_BLOCK_PIECES), max_size=40),
       st.sampled_from([0, 8, 40, 140, 1000]))
def test_plain_start_is_the_start_of_plain_line(pieces: list[str], length: int) -> None:
    """plain_start stops reading once it has more than `length` characters: what it
    gives is plain_line's text, whole or cut after more than `length` characters."""
    markdown = "".join(pieces)
    whole = plain_line(markdown)
    start = plain_start(markdown, length)
    assert whole.startswith(start)
    assert start == whole or len(start) > length


def test_a_long_exercise_preview_reads_only_its_first_answers() -> None:
    answer = "He said he would call and did not. " * 8
    body = "".join(f"### Step {n}\n\n{answer}\n\n" for n in range(30))
    assert plain_start(body, 140) == answer.strip()
    assert plain_line(body).startswith(answer.strip() + " · ")
