"""The shared Markdown → HTML converter: what it renders, and that nothing gets through."""

from __future__ import annotations

import datetime as dt
from html.parser import HTMLParser

from hypothesis import given, settings
from hypothesis import strategies as st

from trustjournal.exchange.markup import (
    MAX_NESTING,
    display_title,
    exercise_title,
    inline_html,
    long_date,
    to_html,
    utc_text,
)
from trustjournal.exchange.model import EntryRecord

ALLOWED = {"p", "br", "em", "strong", "s", "code", "pre", "ul", "ol", "li", "blockquote",
           "hr", "h1", "h2", "h3", "h4", "h5", "h6"}


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
    assert html == ("<p>&lt;script&gt;alert(\"x\")&lt;/script&gt;</p>\n"
                    "<p>&lt;b onclick=x&gt;hi&lt;/b&gt; &amp; more</p>")


def test_headings_are_renumbered_under_the_page() -> None:
    assert to_html("# Top\n\n## Sub", top_heading=4) == "<h4>Top</h4>\n<h5>Sub</h5>"
    assert to_html("### Step\n\n#### Detail", top_heading=4) == "<h4>Step</h4>\n<h5>Detail</h5>"
    assert to_html("# a\n\n###### f", top_heading=4) == "<h4>a</h4>\n<h6>f</h6>"
    assert to_html("#hashtag, not a heading") == "<p>#hashtag, not a heading</p>"
    assert to_html("```\n# in code\n```\n\n### real", top_heading=2) == (
        "<pre><code># in code</code></pre>\n<h2>real</h2>")


def test_paragraphs_keep_the_writer_s_line_breaks() -> None:
    assert to_html("one\ntwo\n\n\nthree\r\nfour") == (
        "<p>one<br>\ntwo</p>\n<p>three<br>\nfour</p>")


def test_inline_markup() -> None:
    assert inline_html("*a* _b_ **c** __d__ ~~e~~ `f*g*`") == (
        "<em>a</em> <em>b</em> <strong>c</strong> <strong>d</strong> <s>e</s> "
        "<code>f*g*</code>")
    assert inline_html("snake_case_name and 2 * 3 * 4") == "snake_case_name and 2 * 3 * 4"
    assert inline_html(r"\*not em\* and \_") == "*not em* and _"
    assert inline_html("**bold with *em* inside**") == (
        "<strong>bold with <em>em</em> inside</strong>")


def test_links_keep_their_words_and_drop_the_address() -> None:
    assert inline_html("[my notes](https://example.org/a_(b)) and ![a cat](cat.png) "
                       "and ![](x.png)") == "my notes and [image: a cat] and [image]"


def test_lists() -> None:
    assert to_html("- a\n- b\n  - b1\n- c") == (
        "<ul>\n<li>a</li>\n<li>b\n<ul>\n<li>b1</li>\n</ul></li>\n<li>c</li>\n</ul>")
    assert to_html("3. three\n4. four") == '<ol start="3">\n<li>three</li>\n<li>four</li>\n</ol>'
    assert to_html("1. one\n\n2. two") == (
        "<ol>\n<li><p>one</p></li>\n<li><p>two</p></li>\n</ol>")
    assert to_html("- item\nlazy line\n\nafter") == (
        "<ul>\n<li>item<br>\nlazy line</li>\n</ul>\n<p>after</p>")


def test_quotes_code_and_rules() -> None:
    assert to_html("> said\n> > before") == (
        "<blockquote>\n<p>said</p>\n<blockquote>\n<p>before</p>\n</blockquote>\n</blockquote>")
    assert to_html("~~~\n<b>*x*</b>\n~~~") == "<pre><code>&lt;b&gt;*x*&lt;/b&gt;</code></pre>"
    assert to_html("a\n\n---\n\n* * *") == "<p>a</p>\n<hr>\n<hr>"


def test_deep_nesting_is_capped_not_recursed() -> None:
    quotes = to_html(">" * 5000 + " deep")
    assert quotes.count("<blockquote>") == MAX_NESTING
    lists = to_html("\n".join("  " * n + "- x" for n in range(3000)))
    assert lists.count("<ul>") <= MAX_NESTING + 1
    assert inline_html("*" * 20000 + "a" + "*" * 20000)  # no recursion error


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("<>&\"'`*_~[]()!#>-+1.\\ \n\tab=/:")) |
               st.characters(), max_size=300))
def test_nothing_but_the_fixed_tags_comes_out(text: str) -> None:
    html = to_html(text, top_heading=3)
    for tag, attrs in tags_of(html):
        assert tag in ALLOWED, (tag, text)
        assert all(name == "start" and value and value.isdigit() for name, value in attrs)


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
