"""HTML export: one self-contained page to read offline or print.

The page has inline CSS only: no scripts, no images, no fonts or style sheets from
elsewhere, and a Content-Security-Policy that forbids loading anything, so opening it
never touches the network. It shows a heading with the number of entries and the dates
they span, a table of contents by month, then every entry (date, kind, star, tags and
its Markdown body converted by `markup.to_html`, which escapes everything).

Entries are written as they arrive to a hidden temporary file beside the target; the
page is then assembled from the small header, the contents and that file, which is
deleted afterwards (also on cancel or error). Memory stays flat for any journal size.
"""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from collections.abc import Iterable
from html import escape
from pathlib import Path

from trustjournal.core.i18n import language, translate
from trustjournal.core.records import EntryRecord
from trustjournal.exchange.markup import (
    display_title,
    kind_label,
    long_date,
    month_title,
    private_text,
    to_html,
)
from trustjournal.exchange.model import ExportOptions
from trustjournal.exchange.registry import register_exporter

_CSS = """
:root { color-scheme: light dark; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
  line-height: 1.55; max-width: 46em; margin: 0 auto; padding: 1.5em 1.2em 4em;
  color: #1d1d1f; background: #fdfcf9; }
h1 { font-size: 1.9em; margin: 0.4em 0 0.2em; }
h2 { font-size: 1.45em; margin: 2em 0 0.6em; padding-bottom: 0.2em;
  border-bottom: 1px solid #cfcac0; }
h3 { font-size: 1.2em; margin: 0 0 0.2em; }
h4 { font-size: 1.08em; } h5 { font-size: 1em; } h6 { font-size: 0.95em; }
h4, h5, h6 { margin: 1.1em 0 0.3em; }
.intro { color: #55524c; margin: 0 0 0.3em; }
.toc ol { list-style: none; padding: 0; columns: 2 14em; }
.toc li { margin: 0.15em 0; }
.toc a { color: inherit; }
.count, .meta, .tags { color: #5f5b53; font-size: 0.92em; }
.entry { margin: 1.4em 0; padding: 1em 1.2em; border: 1px solid #e3dfd6;
  border-radius: 8px; background: #fff; }
.meta { margin: 0 0 0.3em; }
.star { color: #9a6a00; }
.tag { display: inline-block; padding: 0 0.5em; margin: 0 0.3em 0.2em 0;
  border: 1px solid #d6d1c6; border-radius: 1em; }
.body > :first-child { margin-top: 0.6em; }
.body > :last-child { margin-bottom: 0; }
blockquote { margin: 0.8em 0; padding: 0 1em; border-left: 3px solid #cfcac0; color: #4a4741; }
pre { white-space: pre-wrap; background: #f3f1ec; padding: 0.6em 0.8em; border-radius: 6px; }
code { font-family: ui-monospace, "Cascadia Mono", Menlo, Consolas, monospace; }
hr { border: 0; border-top: 1px solid #d6d1c6; }
table { border-collapse: collapse; margin: 0.6em 0; }
th, td { border: 1px solid #cfcac0; padding: 0.25em 0.6em; vertical-align: top; }
@media screen and (prefers-color-scheme: dark) {
  body { color: #e6e3dc; background: #1c1b19; }
  .entry { background: #262523; border-color: #3a3834; }
  .intro, .count, .meta, .tags, blockquote { color: #b4afa5; }
  .star { color: #e0b34a; }
  pre { background: #302f2c; }
}
@media print {
  :root { color-scheme: light; }
  body { max-width: none; padding: 0; color: #000; background: #fff; font-size: 11pt; }
  .toc { break-after: page; }
  .toc ol { columns: 2; }
  .entry { border: 0; border-top: 1px solid #999; border-radius: 0; padding: 0.8em 0 0;
    background: #fff; }
  .entry header, h2, h3 { break-after: avoid; }
  .entry { break-inside: avoid-page; }
  .intro, .count, .meta, .tags, blockquote, .star { color: #333; }
  pre { background: #fff; border: 1px solid #bbb; }
}
"""
# Nothing may be fetched or run, whatever an entry contains.
_POLICY = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"


def entry_html(record: EntryRecord, number: int) -> str:
    """One entry as an <article>: heading, date line, tags and the converted body."""
    title = escape(display_title(record))
    meta = [f'<time datetime="{record.local_date.isoformat()}">'
            f"{long_date(record.local_date)}</time>", escape(kind_label(record))]
    if record.starred:
        meta.append('<span class="star">' + escape(translate("HtmlExport", "★ Starred"))
                    + "</span>")
    if record.deleted_utc is not None:
        meta.append(escape(translate("HtmlExport", "In the trash")))
    parts = [f'<article class="entry" id="e{number}">\n<header>\n<h3>{title}</h3>\n'
             f'<p class="meta">{" · ".join(meta)}</p>\n']
    if record.tags:
        tags = " ".join(f'<span class="tag">{escape(tag)}</span>' for tag in record.tags)
        parts.append('<p class="tags">' + translate("HtmlExport", "Tags: {tags}").format(
            tags=tags) + "</p>\n")
    parts.append("</header>\n")
    body = to_html(record.body, top_heading=4)
    if body:
        parts.append(f'<div class="body">\n{body}\n</div>\n')
    parts.append("</article>\n")
    return "".join(parts)


def _entries(count: int) -> str:
    return escape(translate("HtmlExport", "%n entries", None, count))


def _intro(count: int, first: dt.date | None, last: dt.date | None) -> str:
    """'3 entries · Tuesday, 5 March 2024 to Friday, 8 March 2024', one sentence each."""
    if not (first and last):
        return _entries(count)
    if last == first:
        text = translate("HtmlExport", "%n entries · {day}", None, count)
    else:
        text = translate("HtmlExport", "%n entries · {first} to {last}", None, count)
    return escape(text.format(day=long_date(first), first=long_date(first),
                              last=long_date(last)))


def page_start(title: str, count: int, first: dt.date | None, last: dt.date | None) -> str:
    """Everything before the contents: the document head and the page's own heading."""
    name = escape(" ".join(title.split()) or "TrustJournal")
    lang = escape(language().replace("_", "-"))
    return (
        f"<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n"
        f'<meta http-equiv="Content-Security-Policy" content="{_POLICY}">\n'
        '<meta name="referrer" content="no-referrer">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{name}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n"
        f"<header>\n<h1>{name}</h1>\n<p class=\"intro\">{_intro(count, first, last)}</p>\n"
        '<p class="intro">' + escape(translate(
            "HtmlExport", "A private journal. Please keep this file somewhere safe."))
        + "</p>\n</header>\n"
    )


def contents(sections: list[tuple[str, str, int]]) -> str:
    """The table of contents: one link per month section, with its number of entries."""
    if not sections:
        return ('<p class="intro">' + escape(translate(
            "HtmlExport", "There are no entries in this export.")) + "</p>\n")
    items = "".join(f'<li><a href="#{anchor}">{name}</a> <span class="count">'
                    f"({_entries(count)})</span></li>\n" for anchor, name, count in sections)
    heading = escape(translate("HtmlExport", "Contents"))
    return f'<nav class="toc">\n<h2>{heading}</h2>\n<ol>\n{items}</ol>\n</nav>\n<main>\n'


class HtmlExporter:
    """A single self-contained, printable HTML page with every entry."""

    name = "html"

    @property
    def label(self) -> str:
        """The format's name in lists of formats."""
        return translate("HtmlExporter", "HTML (one page to read or print)")

    suffix = ".html"
    folder = False

    def write(self, records: Iterable[EntryRecord], target: Path, options: ExportOptions) -> int:
        """Write the records to the page `target`; return how many were written."""
        sections: list[tuple[str, str, int]] = []  # (anchor, month title, entries)
        repeats: dict[str, int] = {}
        current: tuple[int, int] | None = None
        first: dt.date | None = None
        last: dt.date | None = None
        count = 0
        fd, spill_name = tempfile.mkstemp(prefix=".", suffix=".part", dir=target.parent)
        spill = Path(spill_name)
        try:
            with open(fd, "w", encoding="utf-8", errors="replace", newline="\n") as out:
                for record in records:
                    day = record.local_date
                    if (day.year, day.month) != current:
                        current = (day.year, day.month)
                        anchor = f"m{day.year:04d}-{day.month:02d}"
                        repeats[anchor] = repeats.get(anchor, 0) + 1
                        if repeats[anchor] > 1:  # the same month again, out of order
                            anchor += f"-{repeats[anchor]}"
                        if sections:
                            out.write("</section>\n")
                        out.write(f'<section class="month" id="{anchor}">\n'
                                  f"<h2>{month_title(day)}</h2>\n")
                        sections.append((anchor, month_title(day), 0))
                    anchor, name, in_month = sections[-1]
                    sections[-1] = (anchor, name, in_month + 1)
                    count += 1
                    out.write(entry_html(record, count))
                    first = day if first is None or day < first else first
                    last = day if last is None or day > last else last
                if sections:
                    out.write("</section>\n</main>\n")
            with private_text(target) as page, spill.open("rb") as entries:
                page.write(page_start(options.title, count, first, last))
                page.write(contents(sections))
                page.flush()
                shutil.copyfileobj(entries, page.buffer, 1 << 16)
                page.write("</body>\n</html>\n")
        finally:
            spill.unlink(missing_ok=True)
        return count


register_exporter(HtmlExporter())
