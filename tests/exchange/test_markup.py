"""The shared Markdown → HTML renderer: what it renders, and that nothing gets through."""

from __future__ import annotations

import datetime as dt
import re
from html.parser import HTMLParser

from hypothesis import given, settings
from hypothesis import strategies as st

from trustjournal.exchange import markup
from trustjournal.exchange.markup import (
    display_title,
    exercise_title,
    long_date,
    to_html,
    utc_text,
)
from trustjournal.exchange.model import EntryRecord

ALLOWED = {"p", "br", "em", "strong", "s", "code", "pre", "ul", "ol", "li", "blockquote",
           "hr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tr", "th",
           "td"}
ALIGN = re.compile(r"text-align:(left|center|right)")


class Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))


def tags_of(html: str) -> list[tuple[str, list[tuple[str, str | None]]]]:
    parser = Collect()
    parser.feed(html)
    parser.close()
    return parser.tags


def test_raw_html_is_shown_as_text() -> None:
    html = to_html('<script>alert("x")</script>\n\n<b onclick=x>hi</b> & more')
    assert html == ("<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</p>\n"
                    "<p>&lt;b onclick=x&gt;hi&lt;/b&gt; &amp; more</p>")
    # Entities are typed characters too, not markup.
    assert to_html("&copy; &amp; &#60;b&#62;") == "<p>&amp;copy; &amp;amp; &amp;#60;b&amp;#62;</p>"


def test_headings_are_renumbered_under_the_page() -> None:
    assert to_html("# Top\n\n## Sub", top_heading=4) == "<h4>Top</h4>\n<h5>Sub</h5>"
    assert to_html("### Step\n\n#### Detail", top_heading=4) == "<h4>Step</h4>\n<h5>Detail</h5>"
    assert to_html("# a\n\n###### f", top_heading=4) == "<h4>a</h4>\n<h6>f</h6>"
    assert to_html("#hashtag, not a heading") == "<p>#hashtag, not a heading</p>"
    assert to_html("```\n# in code\n```\n\n### real", top_heading=2) == (
        "<pre><code># in code\n</code></pre>\n<h2>real</h2>")
    assert to_html("Setext\n===\n\n### *three*", top_heading=2) == (
        "<h2>Setext</h2>\n<h4><em>three</em></h4>")


def test_a_single_newline_is_a_line_break_everywhere() -> None:
    # The documented choice: a newline inside a paragraph is kept as <br>, with or without
    # other markup in the body (the fast path and the parser agree).
    assert to_html("one\ntwo\n\n\nthree\r\nfour") == (
        "<p>one<br>\ntwo</p>\n<p>three<br>\nfour</p>")
    assert to_html("*one*\ntwo") == "<p><em>one</em><br>\ntwo</p>"
    assert to_html("- item\n  next line") == "<ul>\n<li>item<br>\nnext line</li>\n</ul>"
    assert to_html("spaces  \nand\\\nslash") == "<p>spaces<br>\nand<br>\nslash</p>"


def test_inline_markup() -> None:
    assert to_html("*a* _b_ **c** __d__ ~~e~~ `f*g*`") == (
        "<p><em>a</em> <em>b</em> <strong>c</strong> <strong>d</strong> <s>e</s> "
        "<code>f*g*</code></p>")
    assert to_html("snake_case_name and 2 * 3 * 4") == "<p>snake_case_name and 2 * 3 * 4</p>"
    assert to_html(r"\*not em\* and \_") == "<p>*not em* and _</p>"
    assert to_html("**bold with *em* inside**") == (
        "<p><strong>bold with <em>em</em> inside</strong></p>")


def test_links_keep_their_words_and_nothing_is_fetched() -> None:
    html = to_html("[my notes](https://example.org/a_(b)) and ![a cat](cat.png) and "
                   "![](x.png) and <https://example.org/auto> [ref]\n\n"
                   "[ref]: https://example.org/ref")
    assert html == ("<p>my notes and [image: a cat] and [image] and "
                    "https://example.org/auto [ref]</p>\n<p>[ref]: https://example.org/ref</p>")
    # No address ever reaches an attribute: nothing to follow, nothing to load.
    assert all(not attrs for _, attrs in tags_of(html))


def test_lists() -> None:
    assert to_html("- a\n- b\n  - b1\n- c") == (
        "<ul>\n<li>a</li>\n<li>b\n<ul>\n<li>b1</li>\n</ul>\n</li>\n<li>c</li>\n</ul>")
    assert to_html("3. three\n4. four") == '<ol start="3">\n<li>three</li>\n<li>four</li>\n</ol>'
    assert to_html("1. one\n\n2. two") == (
        "<ol>\n<li>\n<p>one</p>\n</li>\n<li>\n<p>two</p>\n</li>\n</ol>")
    assert to_html("- item\nlazy line\n\nafter") == (
        "<ul>\n<li>item<br>\nlazy line</li>\n</ul>\n<p>after</p>")


def test_tables_render_as_tables() -> None:
    html = to_html("| Feeling | Before | After |\n|:--|--:|---|\n| Jealous | 70 | *30* |")
    assert html == (
        "<table>\n<thead>\n<tr>\n<th style=\"text-align:left\">Feeling</th>\n"
        "<th style=\"text-align:right\">Before</th>\n<th>After</th>\n</tr>\n</thead>\n"
        "<tbody>\n<tr>\n<td style=\"text-align:left\">Jealous</td>\n"
        "<td style=\"text-align:right\">70</td>\n<td><em>30</em></td>\n</tr>\n</tbody>\n"
        "</table>")


def test_quotes_code_and_rules() -> None:
    assert to_html("> said\n> > before") == (
        "<blockquote>\n<p>said</p>\n<blockquote>\n<p>before</p>\n</blockquote>\n</blockquote>")
    # The fence's language is dropped: no free-form attribute reaches the output.
    assert to_html("~~~py\n<b>*x*</b>\n~~~") == "<pre><code>&lt;b&gt;*x*&lt;/b&gt;\n</code></pre>"
    assert to_html("a\n\n---\n\n* * *") == "<p>a</p>\n<hr>\n<hr>"


def test_deep_nesting_keeps_every_word() -> None:
    # Past the parser's nesting limit the body is shown as plain text, not cut short.
    quotes = to_html(">" * 5000 + " deep")
    assert "deep" in quotes and "<blockquote>" not in quotes
    lists = to_html("\n".join("  " * n + f"- x{n}" for n in range(3000)))
    assert all(f"x{n}<" in lists for n in range(3000))
    assert "a" in to_html("*" * 20000 + "a" + "*" * 20000)  # no recursion error
    shallow = to_html("> > > three deep")
    assert shallow.count("<blockquote>") == 3


_WORD = st.text(alphabet=st.sampled_from(list("ab é&\"'#-=>.)1:!(\u00a0\t*_`~[]<\\")),
                min_size=1, max_size=12)
_LINE = st.one_of(
    _WORD,
    _WORD.map(lambda w: "- " + w),
    _WORD.map(lambda w: "> " + w),
    st.tuples(st.sampled_from(["1", "3", "0", "007", "١", "1234567890"]), _WORD).map(
        lambda t: f"{t[0]}. {t[1]}"),
    st.tuples(st.integers(1, 7), _WORD).map(lambda t: "#" * t[0] + " " + t[1]),
)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.lists(_LINE, min_size=1, max_size=4).map("\n".join), max_size=6),
       st.sampled_from(["\n\n", "\n\n\n", "\n"]), st.integers(1, 6))
def test_the_fast_path_writes_what_the_parser_writes(blocks: list[str], gap: str,
                                                     top: int) -> None:
    text = gap.join(blocks)
    simple = markup._simple_blocks(text)
    if simple is not None:
        assert markup._simple_html(simple, top) == markup._parsed_html(text, top)


def test_the_fast_path_is_taken_for_plain_bodies() -> None:
    # The speed of a large export rests on this; each shape here must stay on it.
    for text in ("Plain words.\nA second line.", "### Step\n\n- one\n- two\n\nAfter.",
                 "# Title\n\n70 out of 100 & \"quoted\"", "Some **bold** and [a link](x).",
                 "### Trust\n\n4 out of 10", "1. one\n2. two\n\n- three",
                 "> she *said*\n> it\n\n> again"):
        assert markup._simple_blocks(text) is not None, text
    for text in ("*em* first", "- a\n\n- b", "  indented", "1) one", "a  \nb", "a | b",
                 "1. a\n\n2. b"):
        assert markup._simple_blocks(text) is None, text


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("<>&\"'`*_~[]()!#>-+1.\\ \n\tab=/:")) |
               st.characters(), max_size=300))
def test_nothing_but_the_fixed_tags_comes_out(text: str) -> None:
    html = to_html(text, top_heading=3)
    for tag, attrs in tags_of(html):
        assert tag in ALLOWED, (tag, text)
        for name, value in attrs:
            assert (name == "start" and value and value.isdigit()) or (
                name == "style" and tag in ("th", "td") and ALIGN.fullmatch(value or "")
            ), (tag, name, value, text)


def test_words_for_people() -> None:
    assert long_date(dt.date(2024, 2, 29)) == "Thursday, 29 February 2024"
    assert utc_text(dt.datetime(2024, 3, 5, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=2)))) \
        == "2024-03-05T08:00:00Z"
    assert exercise_title("challenge_a_thought") == "Challenge a thought"
    assert exercise_title("my_own_exercise") == "My own exercise"
    moment = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
    base = EntryRecord("u", "free", "  spaced \n title ", "", dt.date(2024, 1, 1), moment, moment)
    assert display_title(base) == "spaced title"
    assert display_title(EntryRecord("u", "free", "", "", base.local_date, moment, moment)) \
        == "Untitled entry"
    assert display_title(EntryRecord("u", "checkin", " ", "", base.local_date, moment, moment)) \
        == "Check-in"


def test_the_fast_path_agrees_on_inline_syntax_across_lines() -> None:
    for text in ("a `code\nspan` b", "[link\ntext](x) and ![alt\nmore](y)", "ends in\\",
                 "x **a\nb** and _c\nd_", "### The *em* <https://x.org>\n\n- a `x` y\n- b ~~s~~",
                 "ends with a hard\\\nbreak", "&copy; <b>\n\n# &amp;"):
        simple = markup._simple_blocks(text)
        assert simple is not None, text
        assert markup._simple_html(simple, 2) == markup._parsed_html(text, 2), text
