import pytest

from trustjournal.core.search import HIT_END, HIT_START, fts_query, snippet_segments, strip_markers


@pytest.mark.parametrize(
    ("typed", "query"),
    [
        ("", None),
        ("   ", None),
        ("!!! ???", None),
        ("trust", '"trust"*'),
        ("trust ", '"trust"'),
        ("late text", '"late" "text"*'),
        ('he said "NEAR" AND -OR', '"he" "said" "NEAR" "AND" "OR"*'),
        ("can't", '"can" "t"*'),
        ("çà va", '"çà" "va"*'),
    ],
)
def test_fts_query_quotes_every_word(typed: str, query: str | None) -> None:
    assert fts_query(typed) == query


def test_snippet_segments_split_marked_text() -> None:
    snippet = f"before {HIT_START}match{HIT_END} after {HIT_START}two{HIT_END}"
    assert snippet_segments(snippet) == [
        ("before ", False), ("match", True), (" after ", False), ("two", True)
    ]
    assert snippet_segments("plain") == [("plain", False)]
    assert snippet_segments(f"broken {HIT_START}marker") == [(f"broken {HIT_START}marker", False)]


def test_strip_markers() -> None:
    assert strip_markers(f"a{HIT_START}b{HIT_END}c") == "abc"
