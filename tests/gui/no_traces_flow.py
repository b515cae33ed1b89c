"""Run by test_no_traces.py in a fresh HOME: the file-dialog flows as a person does them.

Every dialog is answered by picking a path, as a person would; the parent test then lists
every file written under HOME.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

from trustjournal.gui.application import create_application
from trustjournal.paths import data_dir, journal_path


def answer_next_dialog(path: Path, seen: list[str]) -> None:
    """When the next file dialog shows, choose `path` in it; note where it opened."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, poll)
            return
        seen.append(dialog.directory().absolutePath())
        # What a person does: type the whole path into the name box, then press Enter.
        dialog.findChild(QLineEdit, "fileNameEdit").setText(str(path))
        dialog.accept()

    QTimer.singleShot(20, poll)


def wait(app: QApplication, done) -> None:  # type: ignore[no-untyped-def]
    while not done():
        app.processEvents()


def main() -> None:
    home = Path(sys.argv[1])
    folder = data_dir()
    app = create_application(data_folder=folder)
    from trustjournal.gui.access import RecoveryKeyView
    from trustjournal.gui.events import AppEvents
    from trustjournal.gui.export_dialog import ExportDialog
    from trustjournal.gui.import_dialog import ImportDialog
    from trustjournal.storage import open_journal

    journal = open_journal(journal_path(folder))
    journal.create_entry(title="Quokka evening", body="Words about the Quokka.")
    opened_in: list[str] = []

    export_folder = home / "Wombat place"
    export_folder.mkdir()
    export = ExportDialog(journal, encrypted=False)
    export.show()
    export.format_box.setCurrentIndex(export.format_box.findData("json"))
    answer_next_dialog(export_folder / "Platypus notes.json", opened_in)
    export.choose_target()
    wait(app, lambda: export.task is None)

    markdown_parent = home / "Bilby place"
    markdown_parent.mkdir()
    export.format_box.setCurrentIndex(export.format_box.findData("markdown"))
    answer_next_dialog(markdown_parent, opened_in)
    export.choose_target()
    wait(app, lambda: export.task is None)

    # The next export offers the folder used last, which the journal remembers.
    export.format_box.setCurrentIndex(export.format_box.findData("json"))
    answer_next_dialog(export_folder / "Platypus again.json", opened_in)
    export.choose_target()
    wait(app, lambda: export.task is None)

    source_folder = home / "Numbat place"
    source_folder.mkdir()
    source = source_folder / "Echidna.json"
    source.write_bytes((export_folder / "Platypus notes.json").read_bytes())
    importer = ImportDialog(journal, AppEvents())
    importer.show()
    answer_next_dialog(source, opened_in)
    importer.choose_file()
    wait(app, lambda: importer.task is None)

    key_folder = home / "Kiwi place"
    key_folder.mkdir()
    view = RecoveryKeyView("ABCD-EFGH")
    answer_next_dialog(key_folder / "Kiwi key.txt", opened_in)
    view.save_to_file()

    print(json.dumps({
        "opened_in": opened_in,
        "written": sorted(str(p.relative_to(home)) for p in home.rglob("*") if p.is_file()),
        "preview": importer.preview.text(),
        "last_folder": journal.get_setting("last_exchange_folder"),
    }))
    journal.close()


if __name__ == "__main__":
    main()
