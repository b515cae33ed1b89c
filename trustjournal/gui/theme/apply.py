"""Putting the theme on the application: Qt palette, stylesheet, font, system changes."""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from trustjournal.gui.theme.choice import CHOICES, Choice, load_choice, save_choice
from trustjournal.gui.theme.palette import Palette, Theme, palette
from trustjournal.gui.theme.scale import BODY
from trustjournal.gui.theme.stylesheet import build
from trustjournal.resources import resource

_THEME_PROPERTY = "trustjournalTheme"


def current_theme() -> Theme:
    """The theme on screen now ("light" before any theme was applied)."""
    app = QApplication.instance()
    value = app.property(_THEME_PROPERTY) if app is not None else None
    return "dark" if value == "dark" else "light"


def system_theme() -> Theme:
    """What the desktop asks for; light when it does not say."""
    app = QGuiApplication.instance()
    if app is None:
        return "light"
    scheme = QGuiApplication.styleHints().colorScheme()
    return "dark" if scheme == Qt.ColorScheme.Dark else "light"


def qt_palette(p: Palette) -> QPalette:
    """A QPalette from ours, so native drawing and `palette(...)` in older stylesheets
    follow the theme too."""
    role = QPalette.ColorRole
    group = QPalette.ColorGroup
    result = QPalette()
    pairs = {
        role.Window: p.window, role.WindowText: p.text, role.Base: p.surface,
        role.AlternateBase: p.surface_alt, role.Text: p.text, role.Button: p.surface,
        role.ButtonText: p.text, role.Highlight: p.accent, role.HighlightedText: p.on_accent,
        role.ToolTipBase: p.surface, role.ToolTipText: p.text, role.Link: p.accent,
        role.LinkVisited: p.accent, role.PlaceholderText: p.text_secondary,
        role.BrightText: p.on_accent, role.Light: p.surface, role.Midlight: p.border,
        role.Mid: p.border, role.Dark: p.text_secondary, role.Shadow: p.text,
        role.Accent: p.accent,
    }
    for colour_role, value in pairs.items():
        result.setColor(colour_role, QColor(value))
    for colour_role in (role.WindowText, role.Text, role.ButtonText):
        result.setColor(group.Disabled, colour_role, QColor(p.disabled_text))
    return result


def body_font(base: QFont) -> QFont:
    """`base` at the body size, or larger if the desktop asks for larger text; set in
    points, as pages scale fonts by pointSizeF."""
    font = QFont(base)
    screen = QGuiApplication.primaryScreen()
    dpi = (screen.logicalDotsPerInchY() if screen is not None else 96.0) or 96.0
    wanted = BODY * 72.0 / dpi
    current = base.pointSizeF() if base.pointSizeF() > 0 else base.pixelSize() * 72.0 / dpi
    font.setPointSizeF(max(wanted, current))
    return font


def set_role(widget: QWidget, role: str) -> None:
    """Give `widget` a role of the stylesheet ("page-title", "card", …) and restyle it."""
    widget.setProperty("role", role)
    _repolish(widget)


def set_primary(button: QWidget, primary: bool = True) -> None:
    """Mark the one main action of a screen: the accent colour, bold."""
    button.setProperty("primary", primary)
    _repolish(button)


def _repolish(widget: QWidget) -> None:
    # A widget not yet polished reads its role when it first is (shown or measured):
    # nothing to redo. Pages set roles on many such widgets while they are built, and
    # each repolish matched the whole stylesheet again (and asking for the style built
    # QStyle's enums before the first page could show).
    if not widget.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
        return
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


class Appearance(QObject):
    """The app's theme: the person's choice, kept in `folder`, applied app-wide, and
    followed when the desktop switches between light and dark (choice "system")."""

    changed = Signal(str)  # the theme now on screen: "light" or "dark"

    def __init__(self, app: QApplication, folder: Path | None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent or app)
        self.app = app
        self.folder = folder
        self.choice: Choice = load_choice(folder)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._system_changed)

    def theme(self) -> Theme:
        return system_theme() if self.choice == "system" else self.choice

    def set_choice(self, choice: Choice) -> None:
        """Switch to `choice`, keep it for the next start, and restyle every window."""
        if choice not in CHOICES:
            raise ValueError(f"unknown theme {choice!r}")
        self.choice = choice
        if self.folder is not None:
            # Unwritable folder: the theme still changes now, it is only not remembered.
            with contextlib.suppress(OSError):
                save_choice(self.folder, choice)
        self.apply()

    def apply(self, *, fusion_set: bool = False) -> None:
        """Put the theme on the application. `fusion_set`: the caller made it with
        Fusion already (create_application), so its style is not asked for."""
        theme = self.theme()
        colours = palette(theme)
        if not fusion_set and self.app.style().name().lower() != "fusion":
            # Fusion draws every control from the palette, the same on every desktop.
            self.app.setStyle("Fusion")
        self.app.setProperty(_THEME_PROPERTY, theme)
        self.app.setPalette(qt_palette(colours))
        font = body_font(self.app.font())
        if font != self.app.font():
            self.app.setFont(font)
        tick = resource("icons", "indicators", f"check-{theme}.svg")
        self.app.setStyleSheet(build(colours, tick.as_posix() if tick.is_file() else ""))
        self.changed.emit(theme)

    def _system_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self.choice == "system":
            self.apply()
