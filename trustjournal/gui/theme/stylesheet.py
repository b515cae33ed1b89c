"""The one stylesheet, built from the palette and the scale.

Pages opt in by name, not by styling widgets themselves: `role` on a QLabel
("page-title", "section-title", "secondary", "caption") or a QFrame ("card"),
`primary` on the one main QPushButton of a screen, and the object name "sidebar".
Fonts are sized only for those roles: a stylesheet font would override every setFont()
a page makes, so body text takes its size from the application font instead.
"""

from __future__ import annotations

from trustjournal.gui.theme.palette import Palette
from trustjournal.gui.theme.scale import (
    CAPTION,
    PAGE_TITLE,
    RADIUS_CARD,
    RADIUS_CONTROL,
    SECONDARY,
    SECTION_TITLE,
    UNIT,
)


def build(p: Palette, check_image: str = "") -> str:
    """The application stylesheet for palette `p`; `check_image` is the tick drawn on a
    ticked box (an SVG in p.on_accent), none when empty."""
    half = UNIT // 2
    tick = f"image: url({check_image});" if check_image else ""
    return f"""
QMainWindow, QDialog {{ background: {p.window}; }}
QToolTip {{ background: {p.surface}; color: {p.text}; border: 1px solid {p.border};
    padding: {half}px {UNIT}px; border-radius: {half}px; }}

QLabel[role="page-title"] {{ font-size: {PAGE_TITLE}px; font-weight: 600; color: {p.text}; }}
QLabel[role="section-title"] {{ font-size: {SECTION_TITLE}px; font-weight: 600;
    color: {p.text}; }}
QLabel[role="secondary"] {{ font-size: {SECONDARY}px; color: {p.text_secondary}; }}
QLabel[role="caption"] {{ font-size: {CAPTION}px; color: {p.text_secondary}; }}
QLabel[role="error"] {{ color: {p.error}; }}
QFrame[role="card"] {{ background: {p.surface}; border: 1px solid {p.border};
    border-radius: {RADIUS_CARD}px; }}

QPushButton {{ background: {p.surface}; color: {p.text}; border: 1px solid {p.border};
    border-radius: {RADIUS_CONTROL}px; padding: {half + 2}px {UNIT + half}px;
    min-height: {UNIT * 2}px; }}
QPushButton:hover {{ background: {p.surface_alt}; }}
QPushButton:pressed {{ background: {p.accent_soft}; color: {p.on_accent_soft}; }}
QPushButton:focus {{ border: 2px solid {p.accent}; padding: {half + 1}px {UNIT + half - 1}px; }}
QPushButton:checked {{ background: {p.accent_soft}; color: {p.on_accent_soft};
    border-color: {p.accent}; }}
QPushButton:disabled {{ color: {p.disabled_text}; background: {p.window}; }}
QPushButton[primary="true"], QPushButton:default {{ background: {p.accent};
    color: {p.on_accent}; border: 1px solid {p.accent}; }}
QPushButton[primary="true"] {{ font-weight: 600; }}
/* No bold for :default: it moves with the focus, and a bolder label would outgrow the
   width its layout gave it (seen cut in the export dialog). */
QPushButton[primary="true"]:hover, QPushButton:default:hover {{ background: {p.accent};
    border-color: {p.text}; }}
QPushButton[primary="true"]:focus, QPushButton:default:focus {{
    border: 2px solid {p.text}; }}
QPushButton[primary="true"]:disabled, QPushButton:default:disabled {{
    background: {p.surface_alt}; color: {p.disabled_text}; border-color: {p.border}; }}
QPushButton:flat {{ background: transparent; border: none; }}
QPushButton[link="true"] {{ color: {p.accent}; text-decoration: underline;
    padding-left: 0; padding-right: 0; }}
QToolButton {{ border-radius: {RADIUS_CONTROL}px; padding: {half}px; color: {p.text}; }}
QToolButton:hover {{ background: {p.surface_alt}; }}
QToolButton:checked {{ background: {p.accent_soft}; color: {p.on_accent_soft}; }}

QCheckBox::indicator, QRadioButton::indicator, QGroupBox::indicator {{ width: 14px;
    height: 14px; border: 2px solid {p.text_secondary}; background: {p.surface}; }}
QCheckBox::indicator, QGroupBox::indicator {{ border-radius: {half}px; }}
QRadioButton::indicator {{ border-radius: 9px; }}
QCheckBox::indicator:checked, QGroupBox::indicator:checked {{ background: {p.accent};
    border-color: {p.accent}; {tick} }}
QRadioButton::indicator:checked {{ border-color: {p.accent}; background: qradialgradient(
    cx: 0.5, cy: 0.5, radius: 0.5, fx: 0.5, fy: 0.5, stop: 0 {p.accent},
    stop: 0.55 {p.accent}, stop: 0.65 {p.surface}, stop: 1 {p.surface}); }}
QCheckBox::indicator:hover, QRadioButton::indicator:hover {{ border-color: {p.accent}; }}
QCheckBox::indicator:disabled, QRadioButton::indicator:disabled {{
    border-color: {p.disabled_text}; background: {p.window}; }}
QLineEdit, QPlainTextEdit, QTextEdit, QSpinBox, QDoubleSpinBox, QDateEdit, QTimeEdit,
QComboBox {{ background: {p.surface}; color: {p.text}; border: 1px solid {p.border};
    border-radius: {RADIUS_CONTROL}px; padding: {half}px {UNIT}px;
    selection-background-color: {p.accent}; selection-color: {p.on_accent}; }}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QSpinBox:focus,
QDoubleSpinBox:focus, QDateEdit:focus, QTimeEdit:focus, QComboBox:focus {{
    border: 1px solid {p.accent}; }}
QLineEdit:disabled, QComboBox:disabled {{ color: {p.disabled_text}; }}
QComboBox::drop-down, QDateEdit::drop-down {{ border: none; width: {UNIT * 3}px; }}
QDialogButtonBox {{ dialogbuttonbox-buttons-have-icons: 0; }}
QComboBox QAbstractItemView {{ background: {p.surface}; color: {p.text};
    border: 1px solid {p.border}; selection-background-color: {p.accent_soft};
    selection-color: {p.on_accent_soft}; }}

QListView, QTreeView, QTableView {{ background: {p.surface}; color: {p.text};
    border: 1px solid {p.border}; border-radius: {RADIUS_CONTROL}px;
    alternate-background-color: {p.surface_alt};
    selection-background-color: {p.accent_soft}; selection-color: {p.on_accent_soft}; }}
QHeaderView::section {{ background: {p.surface_alt}; color: {p.text}; border: none;
    padding: {half}px {UNIT}px; }}

QListWidget#sidebar {{ background: {p.surface_alt}; border: none; border-radius: 0;
    padding: {UNIT}px {half}px; outline: none; }}
QListWidget#sidebar::item {{ color: {p.text}; padding: {UNIT}px {UNIT + half}px;
    margin: 2px 0; border-radius: {RADIUS_CONTROL}px; }}
QListWidget#sidebar::item:hover {{ background: {p.window}; }}
QListWidget#sidebar::item:selected {{ background: {p.accent_soft};
    color: {p.on_accent_soft}; font-weight: 600; }}
QWidget#sidePanel {{ background: {p.surface_alt}; }}
QPushButton#safetyButton {{ margin: {UNIT}px; }}

QTabWidget::pane {{ border: 1px solid {p.border}; border-radius: {RADIUS_CONTROL}px;
    background: {p.surface}; top: -1px; }}
QTabBar::tab {{ background: transparent; color: {p.text_secondary};
    padding: {UNIT}px {UNIT * 2}px; border: none; border-bottom: 2px solid transparent; }}
QTabBar::tab:selected {{ color: {p.text}; border-bottom: 2px solid {p.accent}; }}
QTabBar::tab:hover {{ color: {p.text}; }}

QGroupBox {{ background: {p.surface}; border: 1px solid {p.border};
    border-radius: {RADIUS_CARD}px; margin-top: {UNIT * 3}px; padding: {UNIT * 2}px {UNIT}px
    {UNIT}px {UNIT}px; }}
QGroupBox::title {{ subcontrol-origin: margin; subcontrol-position: top left;
    left: {UNIT}px; padding: 0 {half}px; color: {p.text}; font-weight: 600; }}

QProgressBar {{ background: {p.surface_alt}; border: none; border-radius: {half}px;
    color: {p.text}; text-align: center; min-height: {UNIT}px; }}
QProgressBar::chunk {{ background: {p.accent}; border-radius: {half}px; }}

QScrollBar:vertical {{ background: transparent; width: {UNIT + half}px; margin: 2px; }}
QScrollBar:horizontal {{ background: transparent; height: {UNIT + half}px; margin: 2px; }}
QScrollBar::handle {{ background: {p.border}; border-radius: {half}px; }}
QScrollBar::handle:vertical {{ min-height: {UNIT * 4}px; }}
QScrollBar::handle:horizontal {{ min-width: {UNIT * 4}px; }}
QScrollBar::handle:hover {{ background: {p.text_secondary}; }}
QScrollBar::add-line, QScrollBar::sub-line {{ width: 0; height: 0; border: none; }}
QScrollBar::add-page, QScrollBar::sub-page {{ background: transparent; }}

QMenuBar {{ background: {p.window}; color: {p.text}; }}
QMenuBar::item {{ padding: {half}px {UNIT + half}px; border-radius: {half}px; }}
QMenuBar::item:selected {{ background: {p.surface_alt}; }}
QMenu {{ background: {p.surface}; color: {p.text}; border: 1px solid {p.border};
    padding: {half}px; }}
QMenu::item {{ padding: {half + 2}px {UNIT * 3}px {half + 2}px {UNIT * 4}px;
    border-radius: {half}px; }}
QMenu::item:selected {{ background: {p.accent_soft}; color: {p.on_accent_soft}; }}
QMenu::item:disabled {{ color: {p.disabled_text}; }}
QMenu::separator {{ height: 1px; background: {p.border}; margin: {half}px {UNIT}px; }}
QToolBar {{ background: {p.window}; border: none; border-bottom: 1px solid {p.border};
    spacing: {half}px; padding: {half}px {UNIT}px; }}
QStatusBar {{ background: {p.window}; color: {p.text_secondary}; }}
QSplitter::handle {{ background: {p.border}; }}
QSplitter::handle:horizontal {{ width: 1px; }}
"""
