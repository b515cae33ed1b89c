import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trustjournal.core.text import (
    clean_tag,
    clean_tags,
    clean_title,
    preview,
    split_tags,
    word_count,
)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("", 0),
        ("one", 1),
        ("I don't know", 3),
        ("well-being matters", 2),
        ("  spaced   out\n\nlines ", 3),
        ("emoji 😊 here", 2),
        ("שלום עולם", 2),
        ("**bold** and _italic_", 3),
    ],
)
def test_word_count(text: str, count: int) -> None:
    assert word_count(text) == count


def test_preview_strips_markdown_and_shortens() -> None:
    body = "# Heading\n\n- a **bold** point\n" + "word " * 100
    out = preview(body, length=40)
    # A heading is a label, not the entry's words; list items are set apart.
    assert out.startswith("a bold point · word word")
    assert out.endswith("…")
    assert len(out) <= 41


def test_clean_title_is_one_line_and_bounded() -> None:
    assert clean_title("  two\nlines  ") == "two lines"
    assert len(clean_title("x" * 10_000)) == 500


def test_tags_are_cleaned_and_deduplicated_case_insensitively() -> None:
    assert clean_tags(["Work", " work ", "#calm", "", "a,b"]) == ("Work", "calm", "a b")
    assert split_tags("anxiety, Progress , ,progress") == ("anxiety", "Progress")


# The counting rule as first written (greedy, one match at a time): the faster form must
# find exactly the same words.
_REFERENCE_WORD = re.compile(r"\w+(?:['’\-]\w+)*")


def _reference_count(text: str) -> int:
    return sum(1 for _ in _REFERENCE_WORD.finditer(text))


@pytest.mark.parametrize("text", [
    "", "   ", "one", "don't stop", "well-known co-op", "a--b", "a'-b", "it’s", "-lead",
    "trail-", "x-y-z q'r’s", "naïve café 東京 ٣٤", "tab\tand\nnew line", "__init__ a_b",
    "'quoted' \"double\"", "1,000.50 and 3-4", "e\u0301tude", "end.'", "a-" * 50 + "b",
])
def test_word_count_matches_the_reference_rule(text: str) -> None:
    assert word_count(text) == _reference_count(text)


@given(st.text(alphabet=st.sampled_from(list("ab1 _-'’\n.é東\u0301")), max_size=80))
def test_word_count_matches_the_reference_rule_on_any_text(text: str) -> None:
    assert word_count(text) == _reference_count(text)


# Characters word_count reads in one pass (Latin-1 and common typed punctuation beyond
# it: curly quotes, dashes, ellipsis), mixed with the joiners and white space that decide
# where words start; with a CJK letter or a combining mark it falls back to the pattern.
_TYPED = list("aZ9_ -'’‘“”–—….,;:!?\t\n\r\xa0\x85\x1céÉ²½ßÿ×÷ª")


@pytest.mark.parametrize("text", [
    "’tis rock ’n’ roll", "“quoted” text", "a—b a–b x…y", "l’été", "Straße-ß",
    "10’000 and 3½", "don’t-care", "a'’b", "a’'b", "\xa0a\x85b", "x²-y ÿ×z", "'-a", "a-'",
    "-", "'", "’", "a" * 3 + "’" * 2, "ª-º", "über—naïve", "東京 it’s", "e\u0301 it’s",
])
def test_word_count_matches_the_reference_rule_on_typed_text(text: str) -> None:
    assert word_count(text) == _reference_count(text)


@given(st.text(alphabet=st.sampled_from(_TYPED), max_size=160))
def test_word_count_fast_path_matches_the_reference_rule(text: str) -> None:
    assert word_count(text) == _reference_count(text)
    # The same text past Latin-1 takes the other road and must agree too.
    assert word_count(text + " 東") == _reference_count(text) + 1
    assert word_count("東" + text) == _reference_count("東" + text)


def test_word_count_matches_the_reference_rule_on_every_latin1_character() -> None:
    for code in range(256):
        for text in (chr(code), f"a{chr(code)}b", f"a-{chr(code)}", f"{chr(code)}'a"):
            assert word_count(text) == _reference_count(text), repr(text)


def _reference_clean_tag(tag: str) -> str:
    """clean_tag as first written, without its shortcut for tags that are clean."""
    import unicodedata

    from trustjournal.core.entries import MAX_TAG_LENGTH

    name = unicodedata.normalize("NFC", re.sub(r"[,\n\r\t#]", " ", tag))
    return re.sub(r"\s+", " ", name).strip()[:MAX_TAG_LENGTH]


@given(st.text(alphabet=st.sampled_from(list("ab #,\t\n\r\u00a0\u2003e\u0301é\u3000")),
               max_size=70))
def test_clean_tag_shortcut_changes_nothing(tag: str) -> None:
    assert clean_tag(tag) == _reference_clean_tag(tag)


def _reference_preview(body: str, length: int = 140) -> str:
    """preview as first written: plain_line over the whole head, always."""
    from trustjournal.core.plain import plain_line

    head = body[: length * 8]
    plain = plain_line(head)
    if len(plain) <= length and len(head) == len(body):
        return plain
    return plain[: length + 1].rsplit(" ", 1)[0].rstrip(" ·") + "…"


# Pieces of Markdown and prose, so that bodies open with plain lines and then meet markup
# at every distance: headings, lists, tables, emphasis, links, scores across line ends.
_PIECES = [
    "Walked home slowly", " and thought it over", "words", "x", "  indented prose",
    "\n", "\n\n", "\r\n", "\x1c", " ", "\t", ":", ": ", ": 8 out of 10", " 8 out of 10",
    "# Heading", "### Step", "- item", "1. first", "| a | b |", "a | b", "---", "> quoted",
    "**bold**", "_under_", "snake_case", "`code`", "~~gone~~", "[link](http://x)",
    "![pic](p.png)", "<b>tag</b>", "\\*", "```", "\n```\n", "é", "東京", "—", "…", "·",
    "Calm:\n7 out of 10", "!", "[", "|",
]


_PROSE = ["Walked home slowly", " and thought it over", "words", "\n", "\n\n", " ", "é"]


@given(st.lists(st.sampled_from(_PROSE), max_size=60),
       st.lists(st.sampled_from(_PIECES), max_size=120), st.sampled_from([8, 20, 40, 140]))
def test_preview_matches_the_whole_head_reading(prose: list[str], pieces: list[str],
                                               length: int) -> None:
    body = "".join(prose + pieces)
    assert preview(body, length) == _reference_preview(body, length)


@pytest.mark.parametrize("body", [
    "Plain prose " * 20 + "\n\nMore prose.\n",
    "Plain prose " * 20 + "\nNext line | with a bar\n",
    "Plain prose " * 20 + "\nThe end: \n7 out of 10\n",
    "Plain prose " * 20 + "\n\n# Heading\n\n- item\n",
    "Plain prose " * 12 + "snake_case " * 10 + "\n",
    "Short line\n" + "Another line of prose " * 10 + "\n" + "**bold** " * 40,
    "Line one\n\n" * 30,
    "A" * 300 + "\n",
])
def test_preview_of_prose_bodies_matches_the_whole_head_reading(body: str) -> None:
    for length in (20, 140):
        assert preview(body, length) == _reference_preview(body, length)
