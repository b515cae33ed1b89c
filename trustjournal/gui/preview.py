"""The editor's preview: the body rendered by the very function the HTML and PDF exports
use (`exchange.markup.to_html`), so what people see before exporting is what they get.

The rendered HTML never holds an address (links keep their words, images become words),
so the preview has nothing to open or load.
"""

from __future__ import annotations

from PySide6.QtWidgets import QTextBrowser

# The entry's title sits above the preview as the page's heading, so the body's own
# highest heading is shown one step below it. The exports put it at h4 under an h3 title.
TOP_HEADING = 2

# Qt's rich text draws tables without borders unless told; the PDF export uses the same.
_STYLE = """
table { border-collapse: collapse; border-width: 1px; border-style: solid;
  border-color: #999999; margin-bottom: 7px; }
th, td { border-width: 1px; border-style: solid; border-color: #999999; padding: 3px; }
pre, code { font-family: monospace; }
"""


def preview_html(markdown: str) -> str:
    """The body as the preview shows it: the export's HTML with headings from h2."""
    # The Markdown parser loads with the first preview, not with the window.
    from trustjournal.exchange.markup import to_html

    return to_html(markdown, top_heading=TOP_HEADING)


def show_preview(browser: QTextBrowser, markdown: str) -> None:
    """Render `markdown` into `browser` (the editor's preview pane)."""
    browser.document().setDefaultStyleSheet(_STYLE)
    browser.setHtml(preview_html(markdown))
