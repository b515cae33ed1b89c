""""A self-help journal, not therapy": said warmly, once, in each of its five places."""

from __future__ import annotations

import datetime as dt

from trustjournal.core.resources_data import builtin_safety
from trustjournal.gui.main_window import PAGES


def test_not_therapy_is_said_in_each_place(qtbot, window) -> None:
    from trustjournal.exchange.pdf_format import cover_html
    from trustjournal.gui.access import SetupView
    from trustjournal.gui.privacy import PrivacyDialog
    from trustjournal.resources import resources_dir

    words = builtin_safety().not_therapy
    assert "not therapy" in words

    setup = SetupView()  # the welcome screen of the first run
    qtbot.addWidget(setup)
    setup.show()
    assert setup.not_therapy.isVisible() and setup.not_therapy.text() == words

    window.show_page(PAGES.index("Exercises"))
    foot = window.exercises_view.not_therapy
    assert foot.isVisible() and foot.text() == words

    privacy = PrivacyDialog(window)
    qtbot.addWidget(privacy)
    assert privacy.text.toPlainText().count(words) == 1

    assert cover_html("Packet", 2, dt.date(2024, 1, 1), dt.date(2024, 2, 1),
                      dt.date(2024, 3, 1)).count(words) == 1

    readme = (resources_dir().parent / "README.md").read_text(encoding="utf-8")
    assert " ".join(readme.split()).count(words) == 1
