"""The safety panel: always one click away (F1), and offered calmly when writing calls for it.

Its words and help lines are data (resources/safety.toml), by region. The region comes
from the system locale and can be changed here; the choice is kept in the journal's
settings. Nothing is dialled, opened or sent: numbers are plain text to read or copy.
Offered for something found, the panel starts with the section that answers it, then
the emergency number; opened by hand it shows every section in a calm order.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from trustjournal.core.i18n import translate
from trustjournal.core.resources_data import (
    ResourceFileError,
    builtin_safety,
    not_therapy_fallback,
)
from trustjournal.core.safety_info import (
    ELSEWHERE,
    SafetyInfo,
    SafetyLine,
    SafetyRegion,
    SafetySection,
)
from trustjournal.core.safety_regions import region_for_country

if TYPE_CHECKING:
    from trustjournal.storage import Journal

REGION_SETTING = "safety_region"
# Opened by hand: the help most people in a hard relationship look for first, and the
# emergency number last, where it closes the list rather than opening it with alarm.
CALM_ORDER = ("abuse", "crisis", "own_behaviour", "emergency")


def fallback_info() -> SafetyInfo:
    """What the panel says when resources/safety.toml is missing or damaged: short, and
    still safe (in the app's language, so built when asked for)."""
    return SafetyInfo(
        title=translate("SafetyDialog", "Safety and support"),
        paragraphs=(translate("SafetyDialog",
                              "Abuse is never okay, and feeling safe is your right."),),
        not_therapy=not_therapy_fallback(),
        privacy=translate("SafetyDialog", "Nothing here dials, opens or sends anything."),
        sections=tuple(
            SafetySection(purpose, heading, text, text, text) for purpose, heading, text in (
                ("crisis",
                 translate("SafetyDialog", "If you are thinking about suicide or hurting yourself"),
                 translate("SafetyDialog", "Please talk to someone today: a doctor, a crisis "
                                          "line, or someone you trust.")),
                ("abuse",
                 translate("SafetyDialog", "If you are being hurt, threatened or controlled"),
                 translate("SafetyDialog", "Abuse is never your fault. A local domestic abuse "
                                          "service can help.")),
                ("own_behaviour",
                 translate("SafetyDialog", "If you are worried about your own behaviour"),
                 translate("SafetyDialog", "A counsellor or your doctor can help you change it.")),
                ("emergency", translate("SafetyDialog", "If you are in danger right now"),
                 translate("SafetyDialog", "Call your local emergency number.")),
            )),
        regions=(SafetyRegion(ELSEWHERE, translate("SafetyDialog", "Anywhere"), (), (
            SafetyLine(translate("SafetyDialog", "Emergency in the EU"), "112", "emergency",
                       "2026-12", note=translate(
                           "SafetyDialog",
                           "Anywhere else, call your local emergency number.")),)),),
    )


def load_safety_info() -> SafetyInfo:
    """The shipped text; a damaged or missing file still leaves a short safe message."""
    try:
        return builtin_safety()
    except (OSError, ResourceFileError):
        return fallback_info()


def not_therapy_text() -> str:
    """The "self-help journal, not therapy" words, for the places that say them."""
    return load_safety_info().not_therapy


def section_order(focus: str | None) -> tuple[str, ...]:
    """The sections top to bottom: what was found first, then the emergency number."""
    if focus not in CALM_ORDER:
        return CALM_ORDER
    first = (focus, "emergency") if focus != "emergency" else ("emergency",)
    return first + tuple(s for s in CALM_ORDER if s not in first)


def locale_region(info: SafetyInfo, locale: QLocale | None = None) -> str:
    """The region for the locale's country (the default locale unless one is given)."""
    territory = (locale or QLocale()).territory()
    return region_for_country(QLocale.territoryToCode(territory), info.regions)


def chosen_region(info: SafetyInfo, journal: Journal | None) -> str:
    """The region picked in the panel before, else the one the locale points to."""
    if journal is not None and not journal.closed:
        saved = journal.get_setting(REGION_SETTING)
        if isinstance(saved, str) and any(r.id == saved for r in info.regions):
            return saved
    return locale_region(info)


def checked_text(region: SafetyRegion) -> str:
    """"Numbers checked in December 2026." from the oldest check date of a region."""
    oldest = min((line.checked for line in region.lines), default="")
    if not oldest:
        return ""
    year, month = oldest.split("-")[:2]
    # The month's own name and order from the locale ("December 2026", "Dezember 2026").
    when = QLocale().toString(QDate(int(year), int(month), 1), "MMMM yyyy")
    return translate("SafetyDialog", "These numbers were checked in {month}.").format(month=when)


def accent(palette: QPalette) -> str:
    """The panel's one accent, for the numbers: a calm blue-green with enough contrast on
    light and on dark backgrounds (never red)."""
    from trustjournal.gui.theme import palette as theme_palette

    light = palette.color(QPalette.ColorRole.Window).lightness() > 128
    return theme_palette("light" if light else "dark").accent


def _label(text: str, *, scale: float = 1.1, bold: bool = False, muted: bool = False,
           name: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    # Selectable by mouse only: the text can be copied, but no blinking cursor sits in it.
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    # Sizes from the application's font, so text in a card and outside one match.
    font = QFont(QApplication.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(bold)
    label.setFont(font)
    if muted:
        label.setStyleSheet("color: palette(placeholder-text);")
    if name:
        label.setObjectName(name)
    return label


class SafetyDialog(QDialog):
    """The panel. focus: the section to answer first ("crisis", "abuse", "own_behaviour"),
    or None for every section in a calm order."""

    hide_requested = Signal()  # "Hide now": lock the journal at once

    def __init__(self, parent: QWidget | None = None, *, journal: Journal | None = None,
                 focus: str | None = None, info: SafetyInfo | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("SafetyDialog", "Safety and support"))
        self.setObjectName("safetyPanel")
        self.resize(620, 640)
        self.info = info or load_safety_info()
        self.journal = journal
        self.focus = focus if focus in CALM_ORDER else None
        self.region_id = chosen_region(self.info, journal)
        self.sections: dict[str, QFrame] = {}
        self.numbers: list[QLabel] = []

        title = _label(self.info.title, scale=1.6)
        self.region_combo = QComboBox()
        self.region_combo.setAccessibleName(translate("SafetyDialog", "Show the numbers for"))
        for region in self.info.regions:
            self.region_combo.addItem(region.name, region.id)
        self.region_combo.setCurrentIndex(max(0, self.region_combo.findData(self.region_id)))
        self.region_combo.activated.connect(self._region_picked)
        region_label = QLabel(translate("SafetyDialog", "&Numbers for:"))
        region_label.setBuddy(self.region_combo)
        top = QHBoxLayout()
        top.addWidget(title, 1)
        top.addWidget(region_label)
        top.addWidget(self.region_combo)

        self.content = QWidget()
        self.content.setObjectName("safetyContent")
        self.body = QVBoxLayout(self.content)
        self.body.setContentsMargins(0, 8, 12, 8)
        self.body.setSpacing(16)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(self.content)
        # Focusable, so the arrow and page keys scroll it; it takes the focus on opening,
        # so typing that carries on from the editor presses no button.
        self.scroll.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.scroll.setAccessibleName(translate("SafetyDialog", "Safety and support"))

        self.hide_button = QPushButton(translate("SafetyDialog", "&Hide now"))
        self.hide_button.setToolTip(
            translate("SafetyDialog", "Lock the journal and hide everything at once (Alt+H)"))
        self.hide_button.clicked.connect(self._hide_now)
        self.close_button = QPushButton(translate("SafetyDialog", "Close"))
        self.close_button.clicked.connect(self.reject)
        for button in (self.hide_button, self.close_button):
            button.setAutoDefault(False)
            button.setDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.hide_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(buttons)
        self.setStyleSheet(
            "#safetyContent { background: transparent; }"
            "QFrame#safetyCard { background: palette(alternate-base);"
            " border: 1px solid palette(midlight); border-radius: 12px; }"
            f"QLabel#safetyNumber {{ color: {accent(self.palette())}; }}")
        self._build()
        self.scroll.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- what is shown -------------------------------------------------------------

    @property
    def region(self) -> SafetyRegion:
        return self.info.region(self.region_id)

    def section_ids(self) -> list[str]:
        """The sections in the order they are shown, top to bottom."""
        return [s for s in section_order(self.focus) if s in self.sections]

    def shown_text(self) -> str:
        """Every piece of text in the panel, top to bottom (what a reader sees)."""
        return "\n".join(label.text() for label in self.content.findChildren(QLabel)
                         if label.text())

    def shown_numbers(self, section: str) -> list[str]:
        """The numbers listed in one section, top to bottom."""
        card = self.sections[section]
        return [label.text() for label in card.findChildren(QLabel, "safetyNumber")]

    def _build(self) -> None:
        while self.body.count():
            item = self.body.takeAt(0)
            if (widget := item.widget()) is not None:
                widget.hide()
                widget.setParent(None)  # gone from the panel now, not at the next loop
                widget.deleteLater()
        self.sections.clear()
        self.numbers.clear()
        if self.focus is not None:
            self.body.addWidget(_label(self.info.section(self.focus).offer, scale=1.2))
        else:
            self._paragraphs()
        for purpose in section_order(self.focus):
            card = self._card(self.info.section(purpose))
            self.sections[purpose] = card
            self.body.addWidget(card)
        if self.focus is not None:
            self._paragraphs()
        self.body.addWidget(_label(self.info.not_therapy))
        self.body.addWidget(_label(self.info.privacy, muted=True))
        if checked := checked_text(self.region):
            self.body.addWidget(_label(checked, muted=True, scale=0.95))
        self.body.addStretch(1)
        self._chain_tabs()

    def _paragraphs(self) -> None:
        for paragraph in self.info.paragraphs:
            self.body.addWidget(_label(paragraph))

    def _card(self, section: SafetySection) -> QFrame:
        card = QFrame()
        card.setObjectName("safetyCard")
        card.setAccessibleName(section.heading)
        layout = QVBoxLayout(card)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(8)
        layout.addWidget(_label(section.heading, scale=1.25, bold=True, name="safetyHeading"))
        layout.addWidget(_label(section.text))
        lines = self.region.lines_for(section.id)
        if not lines:
            layout.addWidget(_label(section.none_here, muted=True))
        for line in lines:
            layout.addSpacing(4)
            layout.addLayout(self._line(line))
        return card

    def _line(self, line: SafetyLine) -> QHBoxLayout:
        words = QVBoxLayout()
        words.setSpacing(2)
        words.addWidget(_label(line.name, bold=True))
        number = _label(line.number, scale=1.7, bold=True, name="safetyNumber")
        number.setAccessibleName(translate("SafetyDialog", "{name}: {number}")
                                 .format(name=line.name, number=line.number))
        self.numbers.append(number)
        words.addWidget(number)
        if line.hours == "24 h":
            hours = translate("SafetyDialog", "Open 24 hours.")
        elif line.hours:
            hours = translate("SafetyDialog", "Open {hours}.").format(hours=line.hours)
        else:
            hours = ""
        extra = " ".join(part for part in (hours, line.note) if part)
        if extra:
            words.addWidget(_label(extra, muted=True, scale=1.0))
        copy = QPushButton(translate("SafetyDialog", "Copy number"))
        copy.setAutoDefault(False)
        copy.setAccessibleName(
            translate("SafetyDialog", "Copy the number of {name}").format(name=line.name))
        copy.setToolTip(
            translate("SafetyDialog", "Copy it, to paste or to dial on a phone yourself"))
        copy.clicked.connect(lambda _=False, n=line.number: self._copy(n))
        row = QHBoxLayout()
        row.addLayout(words, 1)
        row.addWidget(copy, 0, Qt.AlignmentFlag.AlignVCenter)
        return row

    def _chain_tabs(self) -> None:
        """Tab: region, the text, each Copy button top to bottom, Hide now, Close."""
        buttons = [b for card in self.sections.values() for b in card.findChildren(QPushButton)]
        chain = [self.region_combo, self.scroll, *buttons, self.hide_button, self.close_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # -- actions -----------------------------------------------------------------------

    def _copy(self, number: str) -> None:
        QGuiApplication.clipboard().setText(number)

    def _region_picked(self, index: int) -> None:
        region_id = self.region_combo.itemData(index)
        if region_id == self.region_id:
            return
        self.region_id = region_id
        if self.journal is not None and not self.journal.closed:
            self.journal.set_setting(REGION_SETTING, region_id)
        self._build()

    def _hide_now(self) -> None:
        self.hide_requested.emit()
        self.reject()
