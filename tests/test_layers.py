"""The dependency rules from DESIGN.md, enforced by reading every module's imports."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "trustjournal"
STDLIB = set(sys.stdlib_module_names)


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def test_the_resource_locator_is_standard_library_only() -> None:
    for name in imports_of(PACKAGE / "resources.py"):
        assert name.split(".")[0] in STDLIB, name


def modules(sub: str = "") -> list[Path]:
    return sorted((PACKAGE / sub).rglob("*.py"))


@pytest.mark.parametrize("path", modules("core"), ids=lambda p: p.name)
def test_core_uses_the_standard_library_only(path: Path) -> None:
    for name in imports_of(path):
        top = name.split(".")[0]
        # trustjournal.resources is the standard-library-only locator for data files.
        ours = name.startswith("trustjournal.core") or name == "trustjournal.resources"
        assert top in STDLIB or ours, f"{path.name}: {name}"


@pytest.mark.parametrize("path", modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_layer_rules(path: Path) -> None:
    rel = path.relative_to(PACKAGE).as_posix()
    for name in imports_of(path):
        top = name.split(".")[0]
        if top in ("sqlalchemy", "alembic", "sqlcipher3", "sqlite3"):
            assert rel.startswith("storage/"), f"{rel} imports {name}; SQL lives in storage/"
        if top == "sqlite3":
            pytest.fail(f"{rel} imports the stdlib sqlite3; only sqlcipher3 may open journals")
        if top in ("PySide6", "shiboken6"):
            # The PDF writer lays text out with QtGui, with no window (DESIGN.md).
            allowed = rel.startswith("gui/") or rel == "exchange/pdf_format.py"
            assert allowed, f"{rel} imports {name}; Qt lives in gui/"
        if name.startswith("trustjournal.gui"):
            assert rel.startswith("gui/") or rel == "app.py", f"{rel} imports the GUI"
        if rel.startswith(("storage/", "exchange/")):
            assert not name.startswith("trustjournal.cli"), f"{rel} imports the CLI"


@pytest.mark.parametrize("path", modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_network_modules(path: Path) -> None:
    banned = ("socket", "urllib", "http", "requests", "httpx", "ftplib", "smtplib",
              "PySide6.QtNetwork", "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets")
    for name in imports_of(path):
        assert not name.startswith(banned), f"{path.name} imports {name}"
