"""The Progress and tracker modules' messages as the catalogue tool will read them:
pyside6-lupdate finds a call only when its context and text are literals and its count
(the 4th argument) is a plain name or number; the tool marks a message as a plural by the
%n in its text; the headless path needs each plural's English forms; and one context
belongs to one module."""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

import trustjournal
from trustjournal.resources import resource

PACKAGE = Path(trustjournal.__file__).parent
MODULES = sorted([*PACKAGE.glob("core/progress/*.py"), *PACKAGE.glob("gui/trackers/*.py"),
                  *PACKAGE.glob("gui/urges/*.py"),
                  *(PACKAGE / "gui" / name for name in ("progress_view.py",
                                                        "progress_trackers.py", "charts.py",
                                                        "chart_card.py"))])
NAMES = ("translate", "QT_TRANSLATE_NOOP")


def calls() -> list[tuple[Path, ast.Call]]:
    found = []
    for path in MODULES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) in NAMES:
                found.append((path, node))
    return found


def literal(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def english_forms() -> dict[tuple[str, str], list[str]]:
    forms = {}
    for path in resource("translations", "en_plurals").glob("*.toml"):
        for context, table in tomllib.loads(path.read_text(encoding="utf-8")).items():
            forms.update({(context, source): pair for source, pair in table.items()})
    return forms


def test_the_modules_have_messages() -> None:
    assert len(MODULES) > 20
    assert len(calls()) > 500


def test_every_context_is_a_literal_and_belongs_to_one_module() -> None:
    owner: dict[str, set[str]] = {}
    for path, call in calls():
        assert literal(call.args[0]), (path.name, call.lineno)
        owner.setdefault(call.args[0].value, set()).add(path.name)  # type: ignore[attr-defined]
    shared = {context: files for context, files in owner.items() if len(files) > 1}
    assert shared == {}


def test_plurals_are_found_marked_and_have_english_forms() -> None:
    forms = english_forms()
    plurals = [(path, call) for path, call in calls() if len(call.args) >= 4]
    assert len(plurals) > 40
    for path, call in plurals:
        where = (path.name, call.lineno)
        assert literal(call.args[1]), where
        assert isinstance(call.args[3], ast.Name | ast.Constant), where  # else lupdate skips it
        context, text = call.args[0].value, call.args[1].value  # type: ignore[attr-defined]
        assert "%n" in text or "%Ln" in text, where
        one, other = forms[(context, text)]
        assert one != other or text.startswith(("{who}", "  …", "%n more can")), where
