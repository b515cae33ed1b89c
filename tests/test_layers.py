"""The dependency rules from DESIGN.md, enforced by reading every module's imports."""

from __future__ import annotations

import ast
import itertools
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


# -- the key never leaves storage ------------------------------------------------------
# Every storage function or method that returns bytes or takes bytes (a raw key, or
# anything that could be one) is off limits to the GUI and the CLI: they reach the key
# only through the journal session's methods, which neither take nor give bytes.

KEY_NAMES = {"journal_key", "engine_key", "key_for_session", "_gateway", "_Gateway__key",
             "_JournalSession__key", "_ENGINE_KEYS"}


def _mentions_bytes(annotation: object) -> bool:
    import re

    text = annotation if isinstance(annotation, str) else repr(annotation)
    return re.search(r"\bbytes\b", text) is not None


def _touches_bytes(fn: object) -> bool:
    import inspect

    try:
        sig = inspect.signature(fn)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False
    return _mentions_bytes(sig.return_annotation) or any(
        _mentions_bytes(p.annotation) for p in sig.parameters.values()
        if p.annotation is not inspect.Parameter.empty)


def key_bound_api() -> tuple[dict[str, set[str]], set[str]]:
    """Storage's functions that touch bytes, by module, and its methods that do."""
    import importlib
    import inspect
    import pkgutil

    import trustjournal.storage as storage

    functions: dict[str, set[str]] = {}
    methods: set[str] = set()
    found = [i.name for i in pkgutil.walk_packages(storage.__path__, "trustjournal.storage.")]
    for name in ["trustjournal.storage", *found]:
        if ".migrations" in name:
            continue
        module = importlib.import_module(name)
        names = {**vars(module), **{n: getattr(module, n) for n in getattr(module, "__all__", ())}}
        for attr_name, obj in names.items():
            if inspect.isfunction(obj) and _touches_bytes(obj):
                functions.setdefault(name, set()).add(attr_name)
            elif inspect.isclass(obj) and obj.__module__.startswith("trustjournal.storage"):
                written_now(obj)
                for attr, member in vars(obj).items():
                    if inspect.isfunction(member) and _touches_bytes(member):
                        if attr == "__init__":  # made from a key
                            functions.setdefault(name, set()).add(attr_name)
                        elif not attr.startswith("__"):
                            methods.add(attr)
    return functions, methods


def written_now(cls: type) -> None:
    """A record's methods (its __init__ among them) as the standard decorator writes
    them: a lazy_dataclass writes them when first asked."""
    import dataclasses

    dataclasses.is_dataclass(cls)


def key_leaks(source: str, where: str, functions: dict[str, set[str]], methods: set[str]
              ) -> list[str]:
    """Every import, call or attribute in source that reaches key bytes."""
    tree = ast.parse(source)
    found = []
    aliases: dict[str, str] = {}  # local name -> storage module it is bound to
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("trustjournal.storage"):
                    aliases[alias.asname or alias.name] = alias.name
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if not node.module.startswith("trustjournal.storage"):
                continue
            for alias in node.names:
                sub = f"{node.module}.{alias.name}"
                if sub in functions or importlib_util_find(sub):
                    aliases[alias.asname or alias.name] = sub
                if alias.name in functions.get(node.module, set()) | KEY_NAMES:
                    found.append(f"{where}:{node.lineno} imports {node.module}.{alias.name}")
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute):
            if node.attr in KEY_NAMES or node.attr in methods:
                found.append(f"{where}:{node.lineno} uses .{node.attr}")
            elif isinstance(node.value, ast.Name) and node.value.id in aliases:
                module = aliases[node.value.id]
                if node.attr in functions.get(module, set()):
                    found.append(f"{where}:{node.lineno} uses {module}.{node.attr}")
        elif isinstance(node, ast.Name) and node.id in KEY_NAMES:
            found.append(f"{where}:{node.lineno} names {node.id}")
    return found


def importlib_util_find(name: str) -> bool:
    import importlib.util

    try:
        return importlib.util.find_spec(name) is not None
    except ModuleNotFoundError:
        return False


def gui_and_cli_modules() -> list[Path]:
    return modules("gui") + sorted(PACKAGE.glob("cli*.py"))


def test_the_key_bound_api_is_found() -> None:
    """The scan below is only as good as this list: it must hold the functions that
    unwrap or take a key, and the gateway's accessor."""
    functions, methods = key_bound_api()
    assert {"unlock", "unlock_with_recovery", "open_encrypted", "change_passphrase",
            "decrypt_journal", "remove_old_backups"} <= functions["trustjournal.storage.keys"]
    assert "unlock_damaged" in functions["trustjournal.storage.damage"]
    assert {"restore_backup", "restore_latest"} <= functions["trustjournal.storage.restore"]
    assert "key_for_session" in methods
    assert "Gateway" in functions["trustjournal.storage.gateway"]
    public = [member for name, member in vars(_session_class()).items()
              if callable(member) and not name.startswith("_")]
    assert public and not any(_touches_bytes(member) for member in public), \
        "the session's public methods neither take nor give bytes"


def test_a_record_made_from_a_key_is_found() -> None:
    """The scan reads a record's own __init__: the one that takes the key, not the
    stand-in a lazy_dataclass has before its first use."""
    import inspect

    from trustjournal.core.lazy_dataclass import lazy_dataclass

    @lazy_dataclass(frozen=True, slots=True)
    class Held:
        label: str
        key: bytes

    written_now(Held)
    assert _touches_bytes(vars(Held)["__init__"])
    assert "key" in inspect.signature(vars(Held)["__init__"]).parameters


def _session_class() -> type:
    from trustjournal.storage.session import JournalSession

    return JournalSession


def test_the_scan_catches_each_way_to_the_key() -> None:
    functions, methods = key_bound_api()
    leaks = key_leaks(
        "from trustjournal.storage.keys import unlock\n"
        "from trustjournal.storage import keys\n"
        "import trustjournal.storage.damage as damage\n"
        "key = keys.unlock(path, words)\n"
        "journal = keys.open_encrypted(path, key)\n"
        "damage.unlock_damaged(path, words)\n"
        "raw = journal._gateway.key_for_session()\n"
        "from trustjournal.storage.backups import journal_key\n",
        "sample", functions, methods)
    assert sorted(leaks) == sorted([
        "sample:1 imports trustjournal.storage.keys.unlock",
        "sample:4 uses trustjournal.storage.keys.unlock",
        "sample:5 uses trustjournal.storage.keys.open_encrypted",
        "sample:6 uses trustjournal.storage.damage.unlock_damaged",
        "sample:7 uses ._gateway",
        "sample:7 uses .key_for_session",
        "sample:8 imports trustjournal.storage.backups.journal_key",
    ])
    assert key_leaks("session.unlock(words)\nsession.open(verify=False)\n", "sample",
                     functions, methods) == []


@pytest.mark.parametrize("path", gui_and_cli_modules(),
                         ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_gui_or_cli_module_reaches_key_bytes(path: Path) -> None:
    functions, methods = key_bound_api()
    rel = str(path.relative_to(PACKAGE))
    assert key_leaks(path.read_text(encoding="utf-8"), rel, functions, methods) == []


# -- no import circles -----------------------------------------------------------------
# Every import counts, wherever it is written (module level or inside a function) and
# however (absolute or relative), except those under `if TYPE_CHECKING:`, which never
# run. A circle held apart only by an in-function import is still a circle: the two
# modules cannot be understood, tested or split apart one without the other.


def _type_checking_only(tree: ast.AST) -> set[int]:
    skipped: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If):
            test = node.test
            name = test.id if isinstance(test, ast.Name) else getattr(test, "attr", None)
            if name == "TYPE_CHECKING":
                for stmt in node.body:
                    skipped.update(id(n) for n in ast.walk(stmt))
    return skipped


def import_graph(root: Path, package: str) -> dict[str, dict[str, int]]:
    """For every module of the package under root: the package's modules it imports,
    each with the line of its first import there."""
    names: dict[str, Path] = {}
    for path in sorted((root / package).rglob("*.py")):
        parts = list(path.relative_to(root).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        names[".".join(parts)] = path

    def known(name: str) -> str | None:
        while name and name not in names:
            name = name.rpartition(".")[0]
        return name or None

    graph: dict[str, dict[str, int]] = {}
    for module, path in names.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        skipped = _type_checking_only(tree)
        here = module.split(".") if path.name == "__init__.py" else module.split(".")[:-1]
        edges: dict[str, int] = {}
        for node in ast.walk(tree):
            if id(node) in skipped:
                continue
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [t for a in node.names if (t := known(a.name))]
            elif isinstance(node, ast.ImportFrom):
                if node.level:
                    base = here[: len(here) - (node.level - 1)]
                    source = ".".join(base + ([node.module] if node.module else []))
                else:
                    source = node.module or ""
                for alias in node.names:
                    sub = f"{source}.{alias.name}"
                    target = sub if sub in names else known(source)
                    if target:
                        targets.append(target)
            for target in targets:
                if target != module:
                    edges.setdefault(target, node.lineno)
        graph[module] = edges
    return graph


def import_circles(graph: dict[str, dict[str, int]]) -> list[tuple[list[str], list[str]]]:
    """Every group of modules that import each other round (Tarjan's strongly connected
    components), each with one circle through it (first module repeated at the end)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    groups: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        for target in graph[module]:
            if target not in index:
                visit(target)
                low[module] = min(low[module], low[target])
            elif target in stack:
                low[module] = min(low[module], index[target])
        if low[module] == index[module]:
            group = []
            while True:
                member = stack.pop()
                group.append(member)
                if member == module:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for module in sorted(graph):
        if module not in index:
            visit(module)
    circles = []
    for group in sorted(groups):
        members = set(group)
        start = group[0]
        # The shortest way back to the start inside the group names one real circle.
        paths = {start: [start]}
        queue = [start]
        circle: list[str] | None = None
        while queue and circle is None:
            current = queue.pop(0)
            for target in sorted(graph[current]):
                if target == start:
                    circle = [*paths[current], start]
                    break
                if target in members and target not in paths:
                    paths[target] = [*paths[current], target]
                    queue.append(target)
        assert circle is not None
        circles.append((group, circle))
    return circles


def describe(circle: list[str], graph: dict[str, dict[str, int]]) -> str:
    steps = [f"{a} (line {graph[a][b]}) -> {b}" for a, b in itertools.pairwise(circle)]
    return "; ".join(steps)


def test_the_circle_finder_sees_every_kind_of_import(tmp_path: Path) -> None:
    pkg = tmp_path / "pkg"
    (pkg / "sub").mkdir(parents=True)
    (pkg / "__init__.py").write_text("")
    (pkg / "sub" / "__init__.py").write_text("")
    (pkg / "a.py").write_text("from pkg.sub import b\n")
    (pkg / "sub" / "b.py").write_text("def later():\n    from ..c import thing\n")
    (pkg / "c.py").write_text("import pkg.a\nthing = 1\n")
    (pkg / "d.py").write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n"
                              "    from pkg import e\n")
    (pkg / "e.py").write_text("from . import d\n")
    graph = import_graph(tmp_path, "pkg")
    assert graph["pkg.sub.b"] == {"pkg.c": 2}
    assert graph["pkg.d"] == {}  # a type-only import never runs
    assert import_circles(graph) == [(["pkg.a", "pkg.c", "pkg.sub.b"],
                                      ["pkg.a", "pkg.sub.b", "pkg.c", "pkg.a"])]
    assert describe(["pkg.a", "pkg.sub.b", "pkg.c", "pkg.a"], graph) == (
        "pkg.a (line 1) -> pkg.sub.b; pkg.sub.b (line 2) -> pkg.c; pkg.c (line 1) -> pkg.a")


def test_no_import_circles_in_the_package() -> None:
    graph = import_graph(PACKAGE.parent, PACKAGE.name)
    assert len(graph) > 100 and graph["trustjournal.gui.gate"]  # the whole package was read
    circles = [f"{', '.join(group)} — for one: {describe(circle, graph)}"
               for group, circle in import_circles(graph)]
    assert not circles, "import circles:\n" + "\n".join(circles)
