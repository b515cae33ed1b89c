import pytest

from trustjournal.core.text import clean_tags, clean_title, preview, split_tags, word_count


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
