"""Who the journal is for: it orders and filters exercises, nothing else."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QWidget

from trustjournal.core.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from trustjournal.storage import Journal

SETTING = "perspective"
# Labels translated where shown, through choice_label().
CHOICES = (
    ("distrusting", QT_TRANSLATE_NOOP("PerspectiveCombo", "I find it hard to trust my partner")),
    ("distrusted", QT_TRANSLATE_NOOP("PerspectiveCombo", "My partner finds it hard to trust me")),
    ("both", QT_TRANSLATE_NOOP("PerspectiveCombo", "Both, or I'm not sure")),
)


def choice_label(key: str) -> str:
    """A perspective's words, in the app's language (the key itself if unknown)."""
    label = dict(CHOICES).get(key)
    return translate("PerspectiveCombo", label) if label else key


def current(journal: Journal) -> str | None:
    value = journal.get_setting(SETTING)
    return value if value in dict(CHOICES) else None


class PerspectiveCombo(QComboBox):
    """Changes the saved perspective when the person picks another one."""

    perspective_changed = Signal(str)

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self.setAccessibleName(translate("PerspectiveCombo", "Whose trust this journal is about"))
        for key, _label in CHOICES:
            self.addItem(choice_label(key), key)
        self.refresh()
        self.activated.connect(self._picked)

    def refresh(self) -> None:
        key = current(self._journal) or "both"
        self.setCurrentIndex(max(0, self.findData(key)))

    def _picked(self, index: int) -> None:
        key = self.itemData(index)
        self._journal.set_setting(SETTING, key)
        self.perspective_changed.emit(key)
