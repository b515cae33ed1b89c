"""The PDF export renders a rich Markdown body through the shared renderer: tables as
tables, raw HTML as text, no address anywhere, and nothing printed to stderr."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.exchange.test_exporters import pdf_text

SCRIPT = """
import datetime as dt, pathlib, sys
from trustjournal.exchange import registry
from trustjournal.exchange.model import EntryRecord, ExportOptions
from tests.exchange.markdown_sample import SAMPLE
moment = dt.datetime(2024, 3, 5, 9, 0, tzinfo=dt.UTC)
record = EntryRecord("0" * 32, "free", "Sample", SAMPLE, dt.date(2024, 3, 5), moment, moment)
print(registry.exporter("pdf").write(iter([record]), pathlib.Path(sys.argv[1]), ExportOptions()))
"""


def test_pdf_of_a_rich_body(tmp_path: Path) -> None:
    target = tmp_path / "rich.pdf"
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(target)], capture_output=True,
                          text=True, timeout=120, cwd=Path(__file__).parents[2],
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr[-800:]
    assert done.stdout.split() == ["1"]
    assert done.stderr == ""
    text = " ".join(" ".join(pdf_text(target)).split())
    assert "What happened" in text and "first" in text and "nested one" in text
    assert "Feeling" in text and "Jealous" in text and "|" not in text  # a table, not text
    assert '<script>alert("x")</script> and <b>not bold</b>' in text
    assert "code <kept> as *is*" in text
    assert "my notes and [image: a cat]" in text and "example.org" not in text
    assert b"example.org" not in target.read_bytes()
