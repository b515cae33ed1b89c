"""The About dialog: version, licence and the journal's folder."""

from __future__ import annotations

from trustjournal import __version__
from trustjournal.gui.about import AboutDialog


def test_about_names_version_licence_and_folder(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    assert window.about_action in window.toolbar.actions()
    dialog = AboutDialog(window.journal.path.parent, window)
    qtbot.addWidget(dialog)
    texts = " ".join(label.text() for label in dialog.findChildren(type(dialog.licence)))
    assert f"TrustJournal {__version__}" in texts
    assert "GNU General Public License" in texts and "version 3" in texts
    assert str(window.journal.path.parent) in dialog.details.text()
