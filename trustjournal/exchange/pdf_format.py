"""PDF export: a printable packet to bring to a therapist, laid out with Qt's own classes.

The packet has a cover page (title, the dates the entries span, how many there are and a
plain note that the document is private), a "Progress summary" page when the export
carries summary captions, a "Trackers" section when the person chose to include it
(pdf_trackers; off unless asked for, as it shows more than the entries chosen), then
the entries month by month: date, kind, star, tags and
the body (Markdown converted by `markup.to_html`). Pages after the cover are numbered.

Qt draws it: QTextDocument lays out rich text, QPdfWriter writes the pages, and no web
engine or window is involved. PySide6 is imported only when an export runs; without a
running application (the command line) one is started on the "offscreen" platform.

The cover needs the date range before any entry is drawn, and an export may hold
100,000 entries, so entries are first converted to HTML into a hidden temporary file
beside the target (deleted afterwards, also on cancel or error), then laid out in
chunks of about CHUNK entries (fewer when they are long). A chunk ends at a change of
month where it can, so a new page starting with a month heading is the only mark a chunk
leaves.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from html import escape
from pathlib import Path
from typing import Any

from trustjournal.core.i18n import translate
from trustjournal.core.records import EntryRecord, ExchangeError
from trustjournal.core.resources_data import builtin_not_therapy
from trustjournal.exchange.markup import (
    display_title,
    kind_label,
    long_date,
    month_title,
    private_text,
    to_html,
)
from trustjournal.exchange.model import ExportOptions
from trustjournal.exchange.pdf_trackers import trackers_html
from trustjournal.exchange.registry import register_exporter

# Entries laid out together: memory stays bounded and few pages are left part-filled.
# A chunk ends at the next change of month once it has CHUNK entries or CHUNK_CHARS of
# HTML, and anywhere once it has twice that.
CHUNK = 150
CHUNK_CHARS = 1_000_000
MARGIN_MM = (20.0, 18.0, 20.0, 14.0)  # left, top, right, bottom
FOOTER_MM = 10.0
_LETTER_TERRITORIES = ("UnitedStates", "Canada", "Mexico", "Philippines", "Chile", "Colombia")

_STYLE = """
h1 { font-size: 24pt; font-weight: 600; }
h2 { font-size: 17pt; font-weight: 600; margin-top: 18px; margin-bottom: 10px; }
h3 { font-size: 13.5pt; font-weight: 600; margin-top: 16px; margin-bottom: 2px; }
h4 { font-size: 12pt; font-weight: 600; margin-top: 10px; margin-bottom: 4px; }
h5 { font-size: 11pt; font-weight: 600; margin-top: 8px; margin-bottom: 3px; }
h6 { font-size: 10.5pt; font-weight: 600; margin-top: 8px; margin-bottom: 3px; }
p { margin-top: 0px; margin-bottom: 7px; }
li { margin-bottom: 2px; }
blockquote { color: #333333; margin-left: 18px; }
pre { font-family: monospace; font-size: 9.5pt; }
code { font-family: monospace; }
table { border-collapse: collapse; border-width: 1px; border-style: solid;
  border-color: #999999; margin-bottom: 7px; }
th, td { border-width: 1px; border-style: solid; border-color: #999999; padding: 3px; }
.meta { color: #555555; font-size: 9.5pt; margin-bottom: 8px; }
.cover { font-size: 13pt; margin-bottom: 10px; }
.private { color: #333333; font-size: 11pt; }
"""

_app: Any = None  # the application this module started, kept alive for later exports


def _application() -> None:
    """Make sure a QGuiApplication exists (text layout and fonts need one)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QGuiApplication

    global _app
    existing = QCoreApplication.instance()
    if existing is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _app = QGuiApplication(["trustjournal"])
    elif not isinstance(existing, QGuiApplication):
        raise ExchangeError(translate(
            "PdfExport", "PDF export needs Qt's GUI module, but only a console Qt application "
            "is running."))


def entry_fragment(record: EntryRecord) -> str:
    """One entry as Qt rich text: title, a line of date, kind, star and tags, the body."""
    title = escape(display_title(record))
    meta = [long_date(record.local_date), escape(kind_label(record))]
    if record.starred:
        meta.append(escape(translate("PdfExport", "★ Starred")))
    if record.tags:
        meta.append(escape(translate("PdfExport", "Tags: {tags}").format(
            tags=", ".join(record.tags))))
    if record.deleted_utc is not None:
        meta.append(escape(translate("PdfExport", "In the trash")))
    # A rule ends each entry, so rules inside a body become a centred mark instead.
    body = to_html(record.body, top_heading=4).replace("<hr>", '<p align="center">* * *</p>')
    return f"<h3>{title}</h3>\n<p class=\"meta\">{' · '.join(meta)}</p>\n{body}\n<hr>\n"


def cover_html(title: str, count: int, first: dt.date | None, last: dt.date | None,
               today: dt.date) -> str:
    """The cover page: what this is, which days it covers, and that it is private."""
    name = escape(" ".join(title.split()) or "TrustJournal")
    if first and last and first != last:
        span = translate("PdfExport", "Entries from {first} to {last}").format(
            first=long_date(first), last=long_date(last))
    elif first and last:
        span = translate("PdfExport", "Entries from {day}").format(day=long_date(first))
    else:
        span = translate("PdfExport", "There are no entries in this export.")
    amount = translate("PdfExport", "%n entries", None, count)
    made = translate("PdfExport", "Made on {day}").format(day=long_date(today))
    private = translate("PdfExport", "This is a private document. It holds personal journal "
                        "entries shared in confidence; please do not copy or pass it on.")
    # Qt drops the top margin of a page's first block, so an empty block makes the space.
    return (f'<p style="margin-bottom: 200px">&nbsp;</p>\n<h1>{name}</h1>\n'
            f'<p class="cover">{escape(span)}</p>\n<p class="cover">{escape(amount)}</p>\n'
            f'<p class="cover">{escape(made)}</p>\n<p style="margin-top: 60px" '
            f'class="private">{escape(private)}</p>\n'
            f'<p class="private">{escape(builtin_not_therapy())}</p>\n')


def summary_html(captions: Iterable[str]) -> str:
    """The "Progress summary" page from plain-language captions."""
    items = "".join(f"<li>{escape(caption)}</li>\n" for caption in captions)
    heading = escape(translate("PdfExport", "Progress summary"))
    return f"<h2>{heading}</h2>\n<ul>\n{items}</ul>\n"


def _chunks(lines: Iterable[str]) -> Iterator[str]:
    """Join spilled [month, html] lines into chunks of HTML, cut at month changes."""
    parts: list[str] = []
    size = 0
    month = None
    for line in lines:
        this_month, html = json.loads(line)
        changed = this_month != month
        full = len(parts) >= CHUNK or size >= CHUNK_CHARS
        if parts and ((changed and full) or len(parts) >= 2 * CHUNK or size >= 2 * CHUNK_CHARS):
            yield "".join(parts)
            parts, size = [], 0
        if changed or not parts:
            parts.append(f"<h2>{escape(this_month)}</h2>\n")
        month = this_month
        parts.append(html)
        size += len(html)
    if parts:
        yield "".join(parts)


class _Pages:
    """Draws documents onto a QPdfWriter page by page, numbering the pages."""

    def __init__(self, target: Path, title: str) -> None:
        from PySide6.QtCore import QAbstractEventDispatcher, QEventLoop, QLocale, QMarginsF
        from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter

        # QTextDocument's layout starts a timer for its incremental layout. A plain Python
        # thread (the window exports on one) has no event dispatcher, so each timer
        # printed a QBasicTimer warning; making an event loop here gives the thread one.
        # The loop never runs: the timers only need to be accepted, as `pageCount()`
        # lays the whole document out anyway.
        self._loop = QEventLoop() if QAbstractEventDispatcher.instance() is None else None
        territory = QLocale.system().territory().name
        size = QPageSize.PageSizeId.Letter if territory in _LETTER_TERRITORIES \
            else QPageSize.PageSizeId.A4
        self.writer = QPdfWriter(str(target))
        self.writer.setResolution(300)
        self.writer.setTitle(title)
        self.writer.setCreator("TrustJournal")
        self.writer.setPageSize(QPageSize(size))
        self.writer.setPageMargins(QMarginsF(*MARGIN_MM), QPageLayout.Unit.Millimeter)
        footer = FOOTER_MM / 25.4 * self.writer.resolution()
        self.width = float(self.writer.width())
        self.height = float(self.writer.height())
        self.body_height = self.height - footer
        self.painter = QPainter()
        if not self.painter.begin(self.writer):
            raise ExchangeError(f"{target}: the PDF file could not be started.")
        self.font = QFont()
        self.font.setPointSizeF(11)
        self.small = QFont(self.font)
        self.small.setPointSizeF(8.5)
        self.page = 0

    def document(self, html: str, numbered: bool = True) -> None:
        """Lay out `html` from the top of a new page and draw all of its pages."""
        from PySide6.QtCore import QRectF, QSizeF, Qt
        from PySide6.QtGui import QAbstractTextDocumentLayout, QColor, QTextDocument

        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(self.writer)
        doc.setDefaultFont(self.font)
        doc.setDocumentMargin(0)
        doc.setDefaultStyleSheet(_STYLE)
        doc.setHtml(html)
        doc.setPageSize(QSizeF(self.width, self.body_height))
        layout = doc.documentLayout()
        for index in range(doc.pageCount()):
            if self.page:
                self.writer.newPage()
            self.page += 1
            top = index * self.body_height
            view = QRectF(0, top, self.width, self.body_height)
            context = QAbstractTextDocumentLayout.PaintContext()
            context.clip = view
            context.palette.setColor(context.palette.ColorRole.Text, QColor("black"))
            self.painter.save()
            self.painter.translate(0, -top)
            self.painter.setClipRect(view)
            layout.draw(self.painter, context)
            self.painter.restore()
            if numbered:
                self.painter.setFont(self.small)
                self.painter.setPen(QColor("#555555"))
                footer = QRectF(0, self.body_height, self.width, self.height - self.body_height)
                self.painter.drawText(footer, int(Qt.AlignmentFlag.AlignHCenter
                                                  | Qt.AlignmentFlag.AlignBottom),
                                      translate("PdfExport", "Page {number}").format(
                                          number=self.page))

    def finish(self) -> None:
        """End the last page and close the file."""
        if self.painter.isActive():
            self.painter.end()


class PdfExporter:
    """A printable packet: cover, optional progress summary, then the entries."""

    name = "pdf"

    @property
    def label(self) -> str:
        """The format's name in lists of formats."""
        return translate("PdfExporter", "PDF (a printable packet)")

    suffix = ".pdf"
    folder = False
    binary = True  # not text: never poured onto a terminal
    # Urges, promises and worries are more than the entries a person picks for a
    # therapist: they go in only when asked for.
    trackers_default = False

    def write(self, records: Iterable[EntryRecord], target: Path, options: ExportOptions) -> int:
        """Write the packet to `target`; return how many entries it holds."""
        count = 0
        first: dt.date | None = None
        last: dt.date | None = None
        fd, spill_name = tempfile.mkstemp(prefix=".", suffix=".part", dir=target.parent)
        spill = Path(spill_name)
        try:
            with open(fd, "w", encoding="utf-8", errors="replace", newline="\n") as out:
                for record in records:
                    day = record.local_date
                    out.write(json.dumps([month_title(day), entry_fragment(record)]) + "\n")
                    count += 1
                    first = day if first is None or day < first else first
                    last = day if last is None or day > last else last
            _application()
            private_text(target).close()  # created user-only before Qt opens it
            pages = _Pages(target, options.title)
            try:
                pages.document(cover_html(options.title, count, first, last, dt.date.today()),
                               numbered=False)
                if options.summary:
                    pages.document(summary_html(options.summary))
                if options.tracker_set is not None:
                    pages.document(trackers_html(options.tracker_set, options.first_weekday))
                with spill.open(encoding="utf-8") as entries:
                    for chunk in _chunks(entries):
                        pages.document(chunk)
            finally:
                pages.finish()
        finally:
            spill.unlink(missing_ok=True)
        return count


register_exporter(PdfExporter())
