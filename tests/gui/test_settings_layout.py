"""The Settings dialog gives every row the room its text needs, in both themes (the
e2e screenshots showed wrapped notes cut in half and drop-downs cut at the bottom)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QComboBox, QLabel

from trustjournal.gui.settings import SettingsDialog


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_no_setting_is_squeezed(window, qtbot, restore_app, theme: str) -> None:  # type: ignore[no-untyped-def]
    window.choose_theme(theme)
    dialog = SettingsDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    squeezed = []
    for label in dialog.findChildren(QLabel):
        wrapped = label.isVisible() and label.wordWrap() and label.text()
        if wrapped and label.height() < label.heightForWidth(label.width()):
            squeezed.append((label.text()[:40], label.height(),
                             label.heightForWidth(label.width())))
    for combo in dialog.findChildren(QComboBox):
        if combo.isVisible() and combo.height() < combo.minimumSizeHint().height():
            squeezed.append((combo.currentText(), combo.height(),
                             combo.minimumSizeHint().height()))
    assert squeezed == []
    # Nothing is cut at the side either: the groups fit the width they are shown in.
    content = dialog.scroll.widget()
    assert content.minimumSizeHint().width() <= dialog.scroll.viewport().width()
