"""The cards the Today page is made of, apart from the check-in (gui/checkin.py).

Each card is a QFrame with the "card" role and its own object name, so the one
application stylesheet can draw it; sizes and gaps here keep to the 8-px grid.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from trustjournal.core.entries import EntryKind, EntrySummary
from trustjournal.core.i18n import QT_TRANSLATE_NOOP, translate
from trustjournal.core.today import Wording
from trustjournal.gui.dates import date_text
from trustjournal.gui.visibility import show_as

GAP = 8  # the grid every margin and gap on Today is a multiple of
REMEMBERED_WIDTHS = 8  # an entry link's heights kept (the layout asks about a few widths)


def day_text(day: dt.date, today: dt.date | None = None) -> str:
    """'Today', 'Yesterday' or the date in the window's one format."""
    today = today or dt.date.today()
    if day == today:
        return translate("TodayCards", "Today")
    if day == today - dt.timedelta(days=1):
        return translate("TodayCards", "Yesterday")
    return date_text(day)


def label(text: str, role: str | None = None, *, wrap: bool = True) -> QLabel:
    """A label with a stylesheet role ("section-title", "secondary", "caption")."""
    widget = QLabel(text)
    widget.setWordWrap(wrap)
    if role:
        widget.setProperty("role", role)
    return widget


def bigger(widget: QWidget, factor: float) -> None:
    """A heading's size and weight before any stylesheet sizes it by its role."""
    font = widget.font()
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(True)
    widget.setFont(font)


class Card(QFrame):
    """A rounded card with an optional section title; add content to `body`."""

    def __init__(self, name: str, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setProperty("role", "card")
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(3 * GAP, 3 * GAP, 3 * GAP, 3 * GAP)
        self.body.setSpacing(GAP)
        self.title = label(title, "section-title")
        bigger(self.title, 1.25)
        self.body.addWidget(self.title)
        show_as(self.title, bool(title))  # in the card first: never a window of its own


# Translated where shown: kind_text().
KIND_WORDS = {EntryKind.FREE: QT_TRANSLATE_NOOP("TodayCards", "Entry"),
              EntryKind.EXERCISE: QT_TRANSLATE_NOOP("TodayCards", "Exercise"),
              EntryKind.CHECKIN: QT_TRANSLATE_NOOP("TodayCards", "Check-in")}


def kind_text(kind: EntryKind) -> str:
    """What an entry is, in a word ("Entry", "Exercise", "Check-in")."""
    return translate("TodayCards", KIND_WORDS.get(kind, "Entry"))


class EntryLink(QPushButton):
    """One entry as a flat button: its title, and its day and kind below. Enter, Space or
    a click opens it."""

    def __init__(self, entry: EntrySummary, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.uuid = entry.uuid
        self._heights: dict[int, int] = {}  # width: height, the latest few (heightForWidth)
        self.setObjectName("entryLink")
        self.setFlat(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        title = (entry.title.strip() or entry.preview.strip()
                 or translate("EntryLink", "Untitled"))
        self.title = label(title, wrap=True)
        self.title.setObjectName("entryLinkTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.caption = label(caption, "caption")
        for part in (self.title, self.caption):
            part.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(GAP, GAP, GAP, GAP)
        layout.setSpacing(0)
        layout.addWidget(self.title)
        layout.addWidget(self.caption)
        self.setAccessibleName(
            translate("EntryLink", "{title}, {caption}").format(title=title, caption=caption))
        self.setToolTip(translate("EntryLink", "Open this entry in the journal"))

    # A QPushButton sizes itself from its own text; this one holds two wrapping labels,
    # so its size comes from their layout (a long title wraps instead of widening Today).
    def sizeHint(self) -> QSize:
        return self.layout().totalSizeHint()

    def minimumSizeHint(self) -> QSize:
        return self.layout().totalMinimumSize()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        # Laying Today out asks each link its height for the same few widths dozens of
        # times, and each ask laid both labels' words out again (a tenth of the time
        # from the window's first paint to a usable journal at 100 k entries). A link's
        # words never change, so a height is kept until a font or style changes.
        heights = self._heights
        height = heights.get(width)
        if height is None:
            height = self.layout().totalHeightForWidth(width)
            if len(heights) >= REMEMBERED_WIDTHS:
                del heights[next(iter(heights))]  # the oldest (resizing goes through many)
            heights[width] = height
        return height

    def changeEvent(self, event: QEvent) -> None:
        # Every font, style sheet, style or language change reaches the link itself, not
        # only its labels: the heights are measured again from here on.
        super().changeEvent(event)
        self._heights.clear()


class EntryList(QWidget):
    """A short list of entries; activating one asks to open it."""

    open_entry = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.links: list[EntryLink] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)

    def show_entries(self, entries: Sequence[tuple[EntrySummary, str]]) -> None:
        """(entry, caption) pairs, in the order given."""
        for link in self.links:
            self._layout.removeWidget(link)
            link.hide()  # gone from the screen and the tab order now, deleted later
            link.deleteLater()
        self.links = []
        for entry, caption in entries:
            link = EntryLink(entry, caption)
            link.clicked.connect(lambda _=False, u=entry.uuid: self.open_entry.emit(u))
            self._layout.addWidget(link)
            self.links.append(link)


class NextStepCard(Card):
    """One suggested next step, with the button that opens it."""

    start = Signal(str)  # core.today.WRITE or an exercise id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("nextStepCard", "", parent)
        self.action = ""
        self.text = label("")
        self.text.setObjectName("nextStepText")
        self.exercise_line = label("", "secondary")
        self.exercise_line.setObjectName("nextStepExercise")
        self.button = QPushButton()
        self.button.setObjectName("nextStepButton")
        self.button.clicked.connect(lambda: self.start.emit(self.action))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.button)
        self.body.addWidget(self.text)
        self.body.addWidget(self.exercise_line)
        self.body.addLayout(row)

    def show_step(self, wording: Wording, action: str, button: str, about: str = "") -> None:
        """Show a suggestion: its words, what it opens and the button's label."""
        self.action = action
        self.title.setText(wording.title)
        show_as(self.title, True)
        self.text.setText(wording.text)
        self.exercise_line.setText(about)
        show_as(self.exercise_line, bool(about))
        self.button.setText(button)


class CelebrationCard(Card):
    """A quiet moment after a small victory is saved: the person's own words back, a kind
    line, a way to read it and a way to close the card."""

    open_entry = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("celebrationCard", "", parent)
        self.uuid: str | None = None
        self.words = label("")
        self.words.setObjectName("celebrationWords")
        self.words.setTextFormat(Qt.TextFormat.PlainText)
        self.text = label("", "secondary")
        self.read_button = QPushButton(translate("CelebrationCard", "Read it in your journal"))
        self.read_button.setObjectName("celebrationRead")
        self.read_button.clicked.connect(self._read)
        self.close_button = QPushButton(translate("CelebrationCard", "Close"))
        self.close_button.setObjectName("celebrationClose")
        self.close_button.setToolTip(translate("CelebrationCard", "Put this card away (Esc)"))
        self.close_button.clicked.connect(self.dismiss)
        row = QHBoxLayout()
        row.setSpacing(GAP)
        row.addStretch(1)
        row.addWidget(self.read_button)
        row.addWidget(self.close_button)
        self.body.addWidget(self.words)
        self.body.addWidget(self.text)
        self.body.addLayout(row)
        self.hide()

    def celebrate(self, uuid: str, wording: Wording, what: str, pride: int | None) -> None:
        """Show the card for a saved victory and put the keyboard on it."""
        self.uuid = uuid
        self.title.setText(wording.title)
        self.title.show()
        quoted = (translate("CelebrationCard", "“{words}”").format(words=" ".join(what.split()))
                  if what.strip() else "")
        if pride is not None:
            proud = translate("CelebrationCard", "Proud of it: {pride} out of 10").format(
                pride=pride)
            quoted = f"{quoted}\n{proud}" if quoted else proud
        self.words.setText(quoted)
        self.words.setVisible(bool(quoted))
        self.text.setText(wording.text)
        self.show()
        # After the page holding the card is shown (focus can't land on a hidden widget).
        QTimer.singleShot(0, self, lambda: self.close_button.setFocus(
            Qt.FocusReason.OtherFocusReason))

    def dismiss(self) -> None:
        self.uuid = None
        self.hide()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.dismiss()
            return
        super().keyPressEvent(event)

    def _read(self) -> None:
        if self.uuid is not None:
            self.open_entry.emit(self.uuid)
