"""The pseudo-locale walk: every string a person can see (or a screen reader can read)
on a window, checked for the pseudo-locale's brackets, and every single-line label or
button checked for text wider than itself.

Used by tests/gui/test_pseudo_locale.py, and on its own to list what is left to wrap:

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.gui.pseudo_walk

Passed by: text with no letters (numbers, punctuation, phone numbers), the product
name, dates and month or day names (they come from QLocale), key names of shortcuts,
addresses (https://…, e-mail), text the journal's own person wrote (read from the
journal), widgets marked with the `notTranslated` property (program versions, paths),
and Qt's own words (standard dialog buttons, file dialogs), which qtbase_<lang>.qm
translates.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3
from PySide6 import QtGui
from PySide6.QtCore import QLocale, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QStyle,
    QTabBar,
    QTextEdit,
    QToolButton,
    QWidget,
)

from trustjournal import APP_NAME
from trustjournal.core.i18n import is_pseudo
from trustjournal.gui.translation import NOT_TRANSLATED

LETTER = re.compile(r"[^\W\d_]")
TAG = re.compile(r"<[^>]*>")
ADDRESS = re.compile(r"^(\w+://\S+|www\.\S+|[\w.+-]+@[\w-]+\.[\w.]+)$")
# Pieces of a composed line ("calm · work", "6 Dec 2026 — Sunday").
SEPARATORS = re.compile(r"\s+[·•—–|/]\s+|,\s+|\s*…\s*|:\s+|\n")
KEY_WORDS = {"Esc", "Escape", "Del", "Delete", "Return", "Enter", "Tab", "Backspace", "Space",
             "Up", "Down", "Left", "Right", "Home", "End", "PgUp", "PgDown", "Ins"}
MODIFIER = re.compile(r"^(Ctrl|Shift|Alt|Meta|Cmd|Option|⌘|⇧|⌥)\+")
ROWS_PER_VIEW = 40


@dataclass(frozen=True)
class Finding:
    where: str  # the page or dialog
    problem: str  # "untranslated" or "clipped"
    widget: str  # class#objectName
    path: str  # the classes above it
    what: str  # "text", "tooltip", "title", "item 3", …
    text: str

    def line(self) -> str:
        return f"  [{self.problem}] {self.widget} ({self.what}) in {self.path}: {self.text!r}"


def report(findings: Iterable[Finding]) -> str:
    """The findings grouped by page or dialog, one line each."""
    groups: dict[str, list[Finding]] = {}
    for finding in findings:
        groups.setdefault(finding.where, []).append(finding)
    lines = []
    for where, found in groups.items():
        lines.append(f"{where}: {len(found)}")
        lines += sorted({f.line() for f in found})
    return "\n".join(lines)


# -- what counts as translated -------------------------------------------------------------


class Exempt:
    """Decides which plain strings need no translation."""

    def __init__(self, user_texts: Iterable[str] = ()) -> None:
        self.user_exact: set[str] = set()
        self.user_long: list[str] = []
        for text in user_texts:
            for piece in [text, *text.splitlines()]:
                piece = _squash(piece)
                if piece:
                    self.user_exact.add(piece)
            if len(text) >= 20:
                self.user_long.append(_squash(text))
        self.locale_words = _locale_words(QLocale())
        self.language_names = _language_names()

    def passes(self, text: str) -> bool:
        text = _squash(text)
        if not text or not LETTER.search(text) or is_pseudo(text):
            return True
        if self._plain_ok(text):
            return True
        pieces = [p for p in SEPARATORS.split(text) if p.strip()]
        return len(pieces) > 1 and all(self._plain_ok(_squash(p)) or is_pseudo(p)
                                       for p in pieces)

    def _plain_ok(self, text: str) -> bool:
        if not LETTER.search(text):
            return True
        if self.is_user_text(text) or ADDRESS.match(text) or _is_key(text):
            return True
        if text in self.language_names:  # a language in its own words
            return True
        rest = text.replace(APP_NAME, " ")
        for word in self.locale_words:
            rest = re.sub(rf"(?<!\w){re.escape(word)}(?!\w)", " ", rest)
        return not LETTER.search(rest)

    def is_user_text(self, text: str) -> bool:
        text = text.strip().rstrip("…").strip()
        if text in self.user_exact:
            return True
        return len(text) >= 20 and any(text in long for long in self.user_long)


def _squash(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split()) if "\n" not in text else "\n".join(
        " ".join(line.split()) for line in text.splitlines())


def _is_key(text: str) -> bool:
    for part in re.split(r"\s*(?:,|/|or|…)\s*", text):
        part = part.strip()
        if not part:
            continue
        plain = MODIFIER.sub("", part)
        while MODIFIER.match(plain):
            plain = MODIFIER.sub("", plain)
        keyish = (part != plain or plain in KEY_WORDS or re.fullmatch(r"F\d{1,2}", plain))
        if not keyish or QKeySequence(part).isEmpty():
            return False
    return True


def _locale_words(locale: QLocale) -> list[str]:
    """Month and day names, long and short, and AM/PM: QLocale's, not ours."""
    words = {locale.amText(), locale.pmText()}
    kinds = (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat,
             QLocale.FormatType.NarrowFormat)
    for kind in kinds:
        for month in range(1, 13):
            words.add(locale.monthName(month, kind))
            words.add(locale.standaloneMonthName(month, kind))
        for day in range(1, 8):
            words.add(locale.dayName(day, kind))
            words.add(locale.standaloneDayName(day, kind))
    return sorted((w for w in words if w), key=len, reverse=True)


def _language_names() -> set[str]:
    """Every language's name in its own words ('Deutsch', 'português (Brasil)'), as
    language choices show them: the same whatever language the app is in."""
    names = {QLocale.languageToString(QLocale.Language.English)}
    for locale in QLocale.matchingLocales(QLocale.Language.AnyLanguage,
                                          QLocale.Script.AnyScript,
                                          QLocale.Country.AnyCountry):
        name = locale.nativeLanguageName()
        if name:
            names.update({name, name[:1].upper() + name[1:]})
            if locale.nativeTerritoryName():
                names.add(f"{name} ({locale.nativeTerritoryName()})")
    return names


def user_texts_of(journal_file: Path) -> list[str]:
    """Every string stored in a plain journal (titles, bodies, tags, answers, tracker
    text): what the person wrote, which is never translated."""
    found: list[str] = []
    # The app's own driver: its SQLite reads the full-text tables too.
    connection = sqlcipher3.connect(f"file:{journal_file}?mode=ro", uri=True)
    try:
        tables = [row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in tables:
            for row in connection.execute(f'SELECT * FROM "{table}"'):
                for value in row:
                    if isinstance(value, str):
                        found.extend(_strings_in(value))
    finally:
        connection.close()
    return found


def _strings_in(value: str) -> Iterator[str]:
    yield value
    if value[:1] in "[{":
        try:
            data = json.loads(value)
        except ValueError:
            return
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, str):
                yield item
            elif isinstance(item, dict):
                stack.extend(item.values())
                stack.extend(k for k in item if isinstance(k, str))
            elif isinstance(item, list):
                stack.extend(item)


# -- collecting ----------------------------------------------------------------------------


def _name(widget: QWidget) -> str:
    cls = type(widget).__name__
    return f"{cls}#{widget.objectName()}" if widget.objectName() else cls


def _path(widget: QWidget) -> str:
    chain = []
    parent = widget.parentWidget()
    while parent is not None and len(chain) < 4:
        if not type(parent).__module__.startswith("PySide6") or parent.objectName():
            chain.append(_name(parent))
        if parent.isWindow():
            break
        parent = parent.parentWidget()
    return " < ".join(chain) or "-"


def plain_of(text: str) -> str:
    """A label's text as shown: rich text without its tags, entities resolved."""
    if QtGui.Qt.mightBeRichText(text):
        text = re.sub(r"<br\s*/?>|</p>|</li>|</h\d>|</div>", "\n", text, flags=re.I)
        text = html.unescape(TAG.sub("", text))
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _exempt_widget(widget: QWidget) -> bool:
    current: QWidget | None = widget
    while current is not None:
        if current.property(NOT_TRANSLATED) or isinstance(current, QFileDialog):
            return True
        current = current.parentWidget()
    return False


def _standard_button(widget: QWidget) -> bool:
    """A button Qt made and names itself (OK, Cancel, Close…): qtbase translates it."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QDialogButtonBox) and isinstance(widget, QPushButton):
            return parent.standardButton(widget) != QDialogButtonBox.StandardButton.NoButton
        if isinstance(parent, QMessageBox) and isinstance(widget, QAbstractButton):
            return parent.standardButton(widget) != QMessageBox.StandardButton.NoButton
        parent = parent.parentWidget()
    return False


def texts_of(widget: QWidget) -> Iterator[tuple[str, str]]:
    """(what, text) for every string `widget` shows or gives a screen reader."""
    if widget.isWindow():
        yield "window title", widget.windowTitle()
    yield "tooltip", widget.toolTip()
    yield "accessible name", widget.accessibleName()
    yield "accessible description", widget.accessibleDescription()
    if isinstance(widget, QLabel) or (isinstance(widget, QAbstractButton)
                                      and not _standard_button(widget)):
        yield "text", plain_of(widget.text())
    elif isinstance(widget, QGroupBox):
        yield "title", plain_of(widget.title())
    elif isinstance(widget, QTabBar):
        for i in range(widget.count()):
            yield f"tab {i}", plain_of(widget.tabText(i))
            yield f"tab {i} tooltip", widget.tabToolTip(i)
    elif isinstance(widget, QLineEdit):
        yield "placeholder", widget.placeholderText()
        if widget.isReadOnly() and widget.echoMode() == QLineEdit.EchoMode.Normal:
            yield "text", widget.text()
    elif isinstance(widget, QTextEdit | QPlainTextEdit):
        yield "placeholder", widget.placeholderText()
        if widget.isReadOnly():
            for number, block in enumerate(widget.toPlainText().split("\n")):
                yield f"paragraph {number}", block
    elif isinstance(widget, QComboBox):
        for i in range(widget.count()):
            yield f"item {i}", widget.itemText(i)
    elif isinstance(widget, QAbstractSpinBox):
        yield "special value", widget.specialValueText()
        for attribute in ("prefix", "suffix"):
            method = getattr(widget, attribute, None)
            if callable(method):
                yield attribute, method()
    elif isinstance(widget, QAbstractItemView):
        yield from _view_texts(widget)
    elif isinstance(widget, QMenu):
        yield "title", plain_of(widget.title())
    yield from _chart_texts(widget)


def _view_texts(view: QAbstractItemView) -> Iterator[tuple[str, str]]:
    model = view.model()
    if model is None:
        return
    for orientation in (Qt.Orientation.Horizontal, Qt.Orientation.Vertical):
        count = _columns(model, QModelIndex()) if orientation == Qt.Orientation.Horizontal else 0
        for section in range(count):
            value = model.headerData(section, orientation, Qt.ItemDataRole.DisplayRole)
            if isinstance(value, str):
                yield f"header {section}", value
    stack: list[tuple[QModelIndex, int]] = [(QModelIndex(), 0)]
    shown = 0
    while stack and shown < ROWS_PER_VIEW:
        parent, depth = stack.pop()
        for row in range(min(model.rowCount(parent), ROWS_PER_VIEW)):
            for column in range(_columns(model, parent)):
                index = model.index(row, column, parent)
                for role, what in ((Qt.ItemDataRole.DisplayRole, "item"),
                                   (Qt.ItemDataRole.ToolTipRole, "item tooltip")):
                    value = index.data(role)
                    if isinstance(value, str):
                        yield f"{what} {row}.{column}", value
            shown += 1
            if depth < 2:
                stack.append((model.index(row, 0, parent), depth + 1))


def _columns(model: object, parent: QModelIndex) -> int:
    try:
        return max(1, model.columnCount(parent))  # type: ignore[attr-defined]
    except TypeError:  # a list model keeps it private: one column
        return 1


def _chart_texts(widget: QWidget) -> Iterator[tuple[str, str]]:
    chart_of = getattr(widget, "chart", None)
    if not callable(chart_of) or type(widget).__name__ == "QComboBox":
        return
    try:
        chart = chart_of()
    except TypeError:
        return
    if chart is None or not hasattr(chart, "axes"):
        return
    yield "chart title", chart.title()
    for axis in chart.axes():
        yield "axis title", axis.titleText()
        if hasattr(axis, "categories"):
            for category in axis.categories():
                yield "axis category", category
        if hasattr(axis, "categoriesLabels"):
            for label in axis.categoriesLabels():
                yield "axis category", label
    for series in chart.series():
        yield "series name", series.name()


def action_texts(actions: Iterable[QAction], seen: set[int] | None = None
                 ) -> Iterator[tuple[str, str]]:
    """(what, text) of actions and their menus, all the way down."""
    seen = set() if seen is None else seen
    for action in actions:
        if id(action) in seen or action.isSeparator():
            continue
        seen.add(id(action))
        yield "action", plain_of(action.text())
        if action.toolTip() != action.text().replace("&", ""):
            yield "action tooltip", action.toolTip()
        yield "action status tip", action.statusTip()
        menu = action.menu()
        if menu is not None:
            yield "menu title", plain_of(menu.title())
            yield from action_texts(menu.actions(), seen)


def clipped(widget: QWidget) -> str | None:
    """The text of a visible single-line label or button that is wider than the room it
    has, else None."""
    if not widget.isVisible() or widget.width() <= 0:
        return None
    if isinstance(widget, QLabel):
        if widget.wordWrap() or (widget.pixmap() is not None and not widget.pixmap().isNull()):
            return None
        text = plain_of(widget.text())
        room = widget.contentsRect().width() - 2 * max(widget.margin(), 0) - max(
            widget.indent(), 0)
    elif isinstance(widget, QAbstractButton) and widget.text():
        text = plain_of(widget.text())
        style = widget.style()
        room = widget.contentsRect().width()
        if isinstance(widget, QCheckBox):
            room -= (style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, widget)
                     + style.pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing, None,
                                         widget))
        elif isinstance(widget, QRadioButton):
            room -= (style.pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorWidth, None,
                                       widget)
                     + style.pixelMetric(QStyle.PixelMetric.PM_RadioButtonLabelSpacing, None,
                                         widget))
        elif isinstance(widget, QToolButton):
            if widget.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly:
                return None
            if widget.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon:
                room -= widget.iconSize().width() + 4
        elif isinstance(widget, QPushButton):
            room -= 2 * style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, None, widget)
            if not widget.icon().isNull():
                room -= widget.iconSize().width() + 4
    else:
        return None
    if not text.strip() or "\n" in text:
        return None
    needed = widget.fontMetrics().horizontalAdvance(text)
    return text if needed > room + 1 else None


def walk(root: QWidget, where: str, exempt: Exempt, *, with_actions: bool = True
         ) -> list[Finding]:
    """Every untranslated string and every clipped label or button of `root` and the
    visible widgets inside it (and its actions and menus when `with_actions`)."""
    findings: list[Finding] = []
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not widget.isVisible() and not isinstance(widget, QMenu):
            continue
        if isinstance(widget, QMenu):
            continue  # reached through the actions, hidden or not
        if _exempt_widget(widget):
            continue
        for what, text in texts_of(widget):
            if text and not exempt.passes(text):
                findings.append(Finding(where, "untranslated", _name(widget), _path(widget),
                                        what, text))
        if (text := clipped(widget)) is not None:
            findings.append(Finding(where, "clipped", _name(widget), _path(widget),
                                    f"{widget.width()} px wide", text))
    if with_actions:
        actions = list(root.actions())
        bar = getattr(root, "menuBar", None)
        if callable(bar) and root.property("hasMenuBar") is not False:
            actions += bar().actions()
        for what, text in action_texts(actions):
            if text and not exempt.passes(text):
                findings.append(Finding(where, "untranslated", "QAction", "menus and actions",
                                        what, text))
    return findings


def main() -> int:
    """Builds a demo journal, shows the real window in the pseudo-locale and prints what
    is left: `QT_QPA_PLATFORM=offscreen python -m tests.gui.pseudo_walk`."""
    import os
    import tempfile

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from tests.gui.pseudo_app import walk_whole_app

    with tempfile.TemporaryDirectory(prefix="tj-pseudo-") as temp:
        # Nothing of the person's own folders is read or written.
        for name in ("TRUSTJOURNAL_HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME"):
            os.environ[name] = str(Path(temp) / name.lower())
        app = QApplication.instance() or QApplication([])
        findings, visited = walk_whole_app(Path(temp), themed=True)
        del app
    print(report(findings) if findings else "Every visible string is translated.")
    print("\nVisited:\n  " + "\n  ".join(visited))
    return 1 if findings else 0


if __name__ == "__main__":
    raise SystemExit(main())
