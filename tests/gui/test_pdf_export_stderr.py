"""The window's PDF export runs on a worker thread and must print nothing to stderr.

It used to print "QBasicTimer::start: current thread's event dispatcher has already been
destroyed" for each laid-out document. Qt prints its messages from the process itself,
past pytest's handlers, so the export runs in a child process whose stderr is read whole.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

CHILD = """
import sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
from trustjournal.gui.export_dialog import ExportDialog
from trustjournal.gui.main_window import MainWindow
from trustjournal.storage import open_journal

journal = open_journal(Path(sys.argv[1]))
window = MainWindow(journal)
window.show()
window.export_action.trigger()
dialog = next(d for d in window.findChildren(ExportDialog) if d.isVisible())
dialog.format_box.setCurrentIndex(dialog.format_box.findData("pdf"))
dialog.summary.setChecked(True)
dialog.start_export(Path(sys.argv[2]))
deadline = time.monotonic() + 60
while dialog.task is not None and time.monotonic() < deadline:
    app.processEvents()
    time.sleep(0.01)
print(dialog.message.text())
dialog.close()
window.close()
journal.close()
"""

# The offscreen platform's own note about window hints (ignored in pytest's config too).
PLATFORM_NOTE = "This plugin does not support"


def test_window_pdf_export_prints_nothing_to_stderr(journal, journal_file, tmp_path) -> None:
    for day in range(40):
        journal.create_entry(
            title=f"Day {day}", local_date=dt.date(2024, 1, 1) + dt.timedelta(days=day),
            body="### A heading\n\n- a point\n- another\n\n" + "Some words here. " * 80)
    journal.close()
    target = tmp_path / "packet.pdf"
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(journal_file), str(target)],
        capture_output=True, text=True, timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, cwd=Path(__file__).parents[2])
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == f"Exported 40 entries to {target}."
    assert target.read_bytes().startswith(b"%PDF")
    printed = [line for line in result.stderr.splitlines() if PLATFORM_NOTE not in line]
    assert printed == []
