"""Finds words written straight into Qt's text calls instead of through `translate(...)`.

A small `ast` scan, meant to be reused by every area of the GUI: it lists string
literals (and f-strings) that hold letters and are passed, as the text argument, to a
Qt text setter or a widget that shows its first argument. Empty strings, separators
(";;", "\\n\\n"), object names, data values (a combo item's data, a button's role) and
anything that is not a literal pass.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

# method name -> the positional arguments that are shown text.
SETTERS: dict[str, tuple[int, ...]] = {
    name: (0,) for name in (
        "setText", "setWindowTitle", "setToolTip", "setPlaceholderText", "setStatusTip",
        "showMessage", "setAccessibleName", "setAccessibleDescription", "setWhatsThis",
        "setInformativeText", "setDetailedText", "setTitle", "setLabelText", "setFormat",
        "addAction", "addMenu", "addItem", "addRow", "addButton", "setPlainText",
        "setHeaderLabels", "setHorizontalHeaderLabels", "begin", "show_busy",
    )
} | {"addTab": (1,), "insertTab": (2,), "setTabText": (1,), "setItemText": (1,)}
# widget class -> the positional arguments that are shown text.
CONSTRUCTORS: dict[str, tuple[int, ...]] = {
    name: (0,) for name in (
        "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QAction", "QGroupBox",
        "QToolButton", "QListWidgetItem", "QTableWidgetItem", "QCommandLinkButton",
    )
} | {"QMessageBox": (1, 2)}
# QMessageBox.warning(parent, title, text, ...) and its siblings.
STATIC_BOXES = {"information", "warning", "critical", "question", "about"}


@dataclass(frozen=True)
class Finding:
    path: Path
    line: int
    call: str
    text: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.call}({self.text!r})"


def _plain_words(node: ast.AST) -> Iterable[str]:
    """The literal text with letters that `node` puts on screen without translate."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        if any(ch.isalpha() for ch in node.value):
            yield node.value
    elif isinstance(node, ast.JoinedStr):
        literal = "".join(v.value for v in node.values
                          if isinstance(v, ast.Constant) and isinstance(v.value, str))
        if any(ch.isalpha() for ch in literal):
            yield literal
    elif isinstance(node, ast.BinOp):
        yield from _plain_words(node.left)
        yield from _plain_words(node.right)
    elif isinstance(node, ast.IfExp):
        yield from _plain_words(node.body)
        yield from _plain_words(node.orelse)
    elif isinstance(node, (ast.List, ast.Tuple)):
        for element in node.elts:
            yield from _plain_words(element)


def _text_positions(call: ast.Call) -> tuple[str, tuple[int, ...]] | None:
    func = call.func
    if isinstance(func, ast.Name) and func.id in CONSTRUCTORS:
        return func.id, CONSTRUCTORS[func.id]
    if isinstance(func, ast.Attribute):
        if (func.attr in STATIC_BOXES and isinstance(func.value, ast.Name)
                and func.value.id == "QMessageBox"):
            return f"QMessageBox.{func.attr}", (1, 2)
        if func.attr in SETTERS:
            return func.attr, SETTERS[func.attr]
    return None


def untranslated_in_source(source: str, path: Path = Path("<source>")) -> list[Finding]:
    """Every plain-text literal handed to a Qt text call in `source`."""
    found: list[Finding] = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        target = _text_positions(node)
        if target is None:
            continue
        name, positions = target
        for index in positions:
            if index < len(node.args):
                found.extend(Finding(path, node.lineno, name, text)
                             for text in _plain_words(node.args[index]))
    return found


def untranslated(paths: Iterable[Path]) -> list[Finding]:
    """The findings of every file in `paths`."""
    found: list[Finding] = []
    for path in paths:
        found.extend(untranslated_in_source(path.read_text(encoding="utf-8"), path))
    return found
