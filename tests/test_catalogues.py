"""The catalogue tool: every marked string is in the committed catalogues, plurals are
plurals, translations survive a re-run, and the output is stable."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from trustjournal import catalogues
from trustjournal.core import i18n


def test_the_committed_catalogues_hold_every_string_in_the_code() -> None:
    """Fails when code gained a string and `python -m trustjournal.catalogues` was not run
    (or a .qm was not rebuilt from its .ts)."""
    folder = catalogues.translations_dir()
    found = catalogues.extract()
    keys = {m.key for m in found}
    for language in ("en", "en_XA"):
        _lang, held = catalogues.read_ts(catalogues.ts_path(language, folder))
        missing = sorted(keys - set(held))
        assert not missing, (
            f"trustjournal_{language}.ts lacks {len(missing)} string(s), first "
            f"{missing[:5]}: run python -m trustjournal.catalogues")
    changed, _found = catalogues.refresh(folder, [], write=False)
    assert not changed, (f"out of date: {[p.name for p in changed]}: "
                         "run python -m trustjournal.catalogues")


def marked_in_code(package: Path) -> dict[tuple[str, str, str], str]:
    """Every `translate(...)`/`QT_TRANSLATE_NOOP(...)` call with literal text, read with
    Python's own parser: (context, text, disambiguation) -> where it is."""
    found: dict[tuple[str, str, str], str] = {}
    for path in sorted(package.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", None))
            if name not in ("translate", "QT_TRANSLATE_NOOP") or len(node.args) < 2:
                continue
            context, text = node.args[:2]
            if not (isinstance(context, ast.Constant) and isinstance(text, ast.Constant)):
                continue
            comment = node.args[2] if len(node.args) > 2 else None
            disambiguation = comment.value if isinstance(comment, ast.Constant) else None
            where = f"{path.relative_to(package.parent)}:{node.lineno}"
            found[(context.value, text.value, disambiguation or "")] = where
    return found


def test_lupdate_finds_every_marked_call() -> None:
    """pyside6-lupdate silently skips a call whose count or disambiguation is not a plain
    name or literal (`len(rows)`, `row.count`); such a sentence would never be translated.
    Python's parser finds every call; each must be in what lupdate found."""
    held = {m.key for m in catalogues.extract()}
    skipped = {key: where for key, where in marked_in_code(catalogues.PACKAGE).items()
               if key not in held}
    assert not skipped, (
        f"lupdate misses {len(skipped)} call(s) (put the count in a plain name first): "
        + "; ".join(f"{where} {key[1]!r}" for key, where in sorted(skipped.items(),
                                                                   key=lambda kv: kv[1])[:12]))


CODE = '''
from trustjournal.core.i18n import QT_TRANSLATE_NOOP, translate

NAMES = {"a": QT_TRANSLATE_NOOP("Table", "Apple")}


def show(n):
    translate("Basket", "%n apples", None, n)
    translate("Basket", "%Ln pears", None, n)
    translate("Basket", "Plain words")
    translate("Basket", "Open", "a file")
    translate("Basket", "A sentence in "
                        "two literals")
'''

RUSSIAN = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>Basket</name>
    <message numerus="yes">
        <source>%n apples</source>
        <translatorcomment>kept</translatorcomment>
        <translation>
            <numerusform>%n яблоко</numerusform>
            <numerusform>%n яблока</numerusform>
            <numerusform>%n яблок</numerusform>
        </translation>
    </message>
    <message>
        <source>Plain words</source>
        <translation>Простые слова</translation>
    </message>
    <message>
        <source>Gone from the code</source>
        <translation>Ушло</translation>
    </message>
</context>
</TS>
"""


@pytest.fixture
def project(tmp_path: Path) -> tuple[Path, Path]:
    package = tmp_path / "package"
    package.mkdir()
    (package / "module.py").write_text(CODE)
    folder = tmp_path / "translations"
    folder.mkdir()
    (folder / "trustjournal_ru.ts").write_text(RUSSIAN, "utf-8")
    return package, folder


def messages(text: str, tmp_path: Path) -> dict[catalogues.Key, catalogues.Message]:
    path = tmp_path / "read.ts"
    path.write_text(text, "utf-8")
    return catalogues.read_ts(path)[1]


def test_plurals_are_marked_and_translations_kept(project: tuple[Path, Path],
                                                  tmp_path: Path) -> None:
    package, folder = project
    texts, found = catalogues.update(folder, ["de"], package=package)
    assert set(texts) == {"de", "en", "en_XA", "ru"}
    assert {m.key for m in found} == {
        ("Table", "Apple", ""), ("Basket", "%n apples", ""), ("Basket", "%Ln pears", ""),
        ("Basket", "Plain words", ""), ("Basket", "Open", "a file"),
        ("Basket", "A sentence in two literals", "")}
    russian = messages(texts["ru"], tmp_path)
    apples = russian[("Basket", "%n apples", "")]
    assert apples.numerus and apples.finished and apples.translator_comment == "kept"
    assert apples.forms == ["%n яблоко", "%n яблока", "%n яблок"]
    pears = russian[("Basket", "%Ln pears", "")]
    assert pears.numerus and not pears.finished and pears.forms == ["", "", ""]
    assert russian[("Basket", "Plain words", "")].forms == ["Простые слова"]
    assert ("Basket", "Gone from the code", "") not in russian
    german = messages(texts["de"], tmp_path)
    assert german[("Basket", "%n apples", "")].forms == ["", ""]
    pseudo = messages(texts["en_XA"], tmp_path)
    assert pseudo[("Basket", "Open", "a file")].forms == [i18n.pseudo("Open")]
    assert all(m.finished for m in pseudo.values())
    assert pseudo[("Basket", "%n apples", "")].forms == [i18n.pseudo("%n apples")] * 2


def test_a_rerun_changes_nothing(project: tuple[Path, Path]) -> None:
    package, folder = project
    texts, _ = catalogues.update(folder, package=package)
    for language, text in texts.items():
        catalogues.ts_path(language, folder).write_text(text, "utf-8")
    again, _ = catalogues.update(folder, package=package)
    assert again == texts


def test_english_plural_forms_come_from_the_toml_files(tmp_path: Path) -> None:
    english = messages(catalogues.ts_path("en").read_text("utf-8"), tmp_path)
    minutes = english[("SettingsDialog", "%n minutes", "")]
    assert minutes.numerus and minutes.finished
    assert minutes.forms == ["%n minute", "%n minutes"]
    pseudo = messages(catalogues.ts_path("en_XA").read_text("utf-8"), tmp_path)
    assert pseudo[("SettingsDialog", "%n minutes", "")].forms == [
        i18n.pseudo("%n minute"), i18n.pseudo("%n minutes")]


def test_plural_form_counts_follow_qt() -> None:
    assert [catalogues.plural_forms(lang) for lang in ("ja", "de", "ru", "ar")] == [
        1, 2, 3, 6]
