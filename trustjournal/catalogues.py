"""Makes the translation catalogues: `python -m trustjournal.catalogues`.

Reads every `translate("Context", "Text", …)` and `QT_TRANSLATE_NOOP` in the package
with pyside6-lupdate, then writes `resources/translations/trustjournal_<lang>.ts` for
each language there (English and the pseudo-locale en_XA always) and compiles each with
pyside6-lrelease into the `.qm` beside it (both are committed, so a checkout, a wheel and
the frozen build all carry them).

lupdate serves only to find the messages: it cannot tell that `translate(c, t, None, n)`
is a plural, so this tool merges by itself. A message whose text holds `%n` or `%Ln` is a
plural with as many forms as the language has (Qt's rules); translations already in a
file are kept (plural forms too); messages gone from the code are dropped. English gets
its plural forms from `resources/translations/en_plurals/*.toml`, en_XA gets `pseudo()`
of everything. Files carry no line numbers and are written in a fixed order, so running
it twice changes nothing and a new message is a small diff.

    python -m trustjournal.catalogues            # refresh every catalogue
    python -m trustjournal.catalogues --add de   # start a German one
    python -m trustjournal.catalogues --check    # exit 1 if a catalogue is out of date
"""

from __future__ import annotations

import argparse
import functools
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import field
from pathlib import Path

from trustjournal.core import i18n
from trustjournal.core.lazy_dataclass import lazy_dataclass
from trustjournal.resources import resource

PACKAGE = Path(__file__).resolve().parent
PLURAL = re.compile(r"%L?n")
ALWAYS = (i18n.ENGLISH, i18n.PSEUDO)

Key = tuple[str, str, str]  # context, source, disambiguation ("" for none)


@lazy_dataclass
class Message:
    context: str
    source: str
    comment: str = ""
    numerus: bool = False
    forms: list[str] = field(default_factory=list)  # one for a plain message
    finished: bool = False
    translator_comment: str = ""
    extra_comment: str = ""

    @property
    def key(self) -> Key:
        return (self.context, self.source, self.comment)


def translations_dir() -> Path:
    return resource("translations")


def ts_path(language: str, folder: Path | None = None) -> Path:
    return (folder or translations_dir()) / f"{i18n.CATALOGUE_PREFIX}{language}.ts"


def qt_tool(name: str) -> str:
    """pyside6-lupdate / -lrelease: the program inside the PySide6 package (no Python
    wrapper to start), else the wrapper on PATH. The package is only looked up, not
    imported: the tool needs Qt's programs, not Qt."""
    spec = importlib.util.find_spec("PySide6")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        inside = Path(folder) / (name + (".exe" if os.name == "nt" else ""))
        if inside.is_file():
            return str(inside)
    found = shutil.which(f"pyside6-{name}") or shutil.which(
        f"pyside6-{name}", path=str(Path(sys.executable).parent))
    if found is None:
        raise SystemExit(f"pyside6-{name} not found: pip install PySide6-Essentials")
    return found


def _run(args: list[str]) -> None:
    done = subprocess.run(args, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"{Path(args[0]).name} failed:\n{done.stdout}{done.stderr}")


# -- reading and writing .ts files ---------------------------------------------------------


def read_ts(path: Path) -> tuple[str, dict[Key, Message]]:
    """(language, messages by key) of a .ts file; obsolete and vanished ones left out."""
    root = ET.parse(path).getroot()
    found: dict[Key, Message] = {}
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for node in context.iter("message"):
            translation = node.find("translation")
            kind = translation.get("type", "") if translation is not None else ""
            if kind in ("obsolete", "vanished"):
                continue
            numerus = node.get("numerus") == "yes"
            if translation is None:
                forms = [""]
            elif numerus:
                forms = [form.text or "" for form in translation.iter("numerusform")]
            else:
                forms = [translation.text or ""]
            message = Message(
                context=name, source=node.findtext("source", ""),
                comment=node.findtext("comment", ""), numerus=numerus, forms=forms,
                finished=kind == "" and any(forms),
                translator_comment=node.findtext("translatorcomment", ""),
                extra_comment=node.findtext("extracomment", ""))
            found[message.key] = message
    return root.get("language", ""), found


def _escape(text: str) -> str:
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&apos;"))


def ts_text(language: str, messages: list[Message]) -> str:
    """A .ts file in the layout Qt Linguist writes: contexts sorted by name, messages
    in the order the code has them, no locations."""
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
             f'<TS version="2.1" language="{language}">']
    contexts: dict[str, list[Message]] = {}
    for message in messages:
        contexts.setdefault(message.context, []).append(message)
    for name in sorted(contexts):
        lines += ["<context>", f"    <name>{_escape(name)}</name>"]
        for m in contexts[name]:
            lines.append('    <message numerus="yes">' if m.numerus else "    <message>")
            lines.append(f"        <source>{_escape(m.source)}</source>")
            if m.comment:
                lines.append(f"        <comment>{_escape(m.comment)}</comment>")
            if m.extra_comment:
                lines.append(f"        <extracomment>{_escape(m.extra_comment)}</extracomment>")
            if m.translator_comment:
                lines.append(f"        <translatorcomment>{_escape(m.translator_comment)}"
                             "</translatorcomment>")
            kind = "" if m.finished else ' type="unfinished"'
            if m.numerus:
                lines.append(f"        <translation{kind}>")
                lines += [f"            <numerusform>{_escape(form)}</numerusform>"
                          for form in m.forms]
                lines.append("        </translation>")
            else:
                lines.append(f"        <translation{kind}>{_escape(m.forms[0])}</translation>")
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    return "\n".join(lines) + "\n"


# -- what the code holds -------------------------------------------------------------------


def extract(package: Path = PACKAGE) -> list[Message]:
    """Every message marked in the package, in the code's order (lupdate finds them)."""
    with tempfile.TemporaryDirectory(prefix="tj-lupdate-") as temp:
        out = Path(temp) / "found.ts"
        _run([qt_tool("lupdate"), "-silent", "-extensions", "py", "-locations", "none",
              "-no-obsolete", str(package), "-ts", str(out)])
        _language, found = read_ts(out) if out.exists() else ("", {})
    messages = list(found.values())
    for message in messages:
        message.numerus = bool(PLURAL.search(message.source))
    return messages


@functools.cache
def plural_forms(language: str) -> int:
    """How many plural forms `language` has, by Qt's rules (asked of lupdate, which
    knows them, through a one-line C++ file)."""
    with tempfile.TemporaryDirectory(prefix="tj-plural-") as temp:
        source = Path(temp) / "probe.cpp"
        source.write_text('void f(int n) { QObject::tr("%n", 0, n); }\n')
        out = Path(temp) / "probe.ts"
        _run([qt_tool("lupdate"), "-silent", "-locations", "none", "-target-language",
              language, str(source), "-ts", str(out)])
        return max(1, out.read_text("utf-8").count("<numerusform"))


def english_forms() -> dict[tuple[str, str], tuple[str, str]]:
    return i18n._read_english_plurals()


# -- merging ------------------------------------------------------------------------------


def merged(language: str, found: list[Message], old: dict[Key, Message],
           english: dict[tuple[str, str], tuple[str, str]]) -> list[Message]:
    """`found` with the translations `old` holds for them, in `language`."""
    result = []
    count = plural_forms(language) if any(m.numerus for m in found) else 1
    for new in found:
        m = Message(new.context, new.source, new.comment, new.numerus,
                    extra_comment=new.extra_comment)
        kept = old.get(new.key)
        if language == i18n.PSEUDO:
            sources = list(english.get((m.context, m.source), (m.source, m.source)))
            m.forms = [i18n.pseudo(s) for s in sources] if m.numerus else [
                i18n.pseudo(m.source)]
            m.finished = True
        elif language == i18n.ENGLISH and m.numerus:
            forms = english.get((m.context, m.source))
            m.forms = list(forms) if forms else ["", ""]
            m.finished = forms is not None
        elif kept is not None:
            m.translator_comment = kept.translator_comment
            m.finished = kept.finished
            if m.numerus:
                m.forms = (kept.forms + [""] * count)[:count]
                if not kept.numerus:  # it became a plural: a start, not a translation
                    m.finished = False
            else:
                m.forms = [kept.forms[0] if kept.forms else ""]
        if not m.forms:
            m.forms = [""] * (count if m.numerus else 1)
        result.append(m)
    return result


def languages(folder: Path) -> list[str]:
    """Every language with a .ts file, plus English and the pseudo-locale."""
    found = {p.stem.removeprefix(i18n.CATALOGUE_PREFIX)
             for p in folder.glob(i18n.CATALOGUE_PREFIX + "*.ts")}
    return sorted(found | set(ALWAYS))


def update(folder: Path | None = None, add: list[str] | None = None,
           package: Path = PACKAGE) -> tuple[dict[str, str], list[Message]]:
    """(the new text of every catalogue in `folder`, by language (new languages in `add`
    included), the messages found in the code); nothing is written."""
    folder = folder or translations_dir()
    found = extract(package)
    english = english_forms()
    texts = {}
    for language in sorted(set(languages(folder)) | set(add or [])):
        path = ts_path(language, folder)
        old = read_ts(path)[1] if path.exists() else {}
        texts[language] = ts_text(language, merged(language, found, old, english))
    return texts, found


def compile_catalogues(paths: list[Path], out_dir: Path | None = None) -> list[Path]:
    """lrelease each .ts into its .qm (beside it, or in `out_dir`); gives the .qm paths."""
    made = []
    for path in paths:
        target = (out_dir or path.parent) / (path.stem + ".qm")
        _run([qt_tool("lrelease"), "-silent", str(path), "-qm", str(target)])
        made.append(target)
    return made


def missing_english_plurals(messages: list[Message]) -> list[Key]:
    """Plural messages with no English forms in en_plurals/*.toml (they would read
    '1 entries')."""
    english = english_forms()
    return [m.key for m in messages if m.numerus and (m.context, m.source) not in english]


def refresh(folder: Path, add: list[str], *, write: bool) -> tuple[list[Path], list[Message]]:
    """Bring every catalogue in `folder` up to date with the code (only when `write`);
    gives the files that were (or would be) changed, and the messages found."""
    texts, found = update(folder, add)
    changed = []
    with tempfile.TemporaryDirectory(prefix="tj-catalogues-") as temp:
        for language, text in texts.items():
            path = ts_path(language, folder)
            if not path.exists() or path.read_text("utf-8") != text:
                changed.append(path)
            source = Path(temp) / path.name
            source.write_text(text, "utf-8")
            (made,) = compile_catalogues([source])
            target = path.with_suffix(".qm")
            if not target.exists() or target.read_bytes() != made.read_bytes():
                changed.append(target)
            if write:
                path.write_text(text, "utf-8")
                shutil.copyfile(made, target)
    return changed, found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m trustjournal.catalogues",
        description="Refresh resources/translations/*.ts from the code and compile them.")
    parser.add_argument("--add", action="append", default=[], metavar="LANG",
                        help="start a catalogue for LANG (a locale name: de, pt_BR)")
    parser.add_argument("--check", action="store_true",
                        help="change nothing; exit 1 when a catalogue is out of date")
    args = parser.parse_args(argv)
    add = [i18n.normalise(name) for name in args.add]
    if any(not name for name in add):
        parser.error("--add needs a locale name such as de or pt_BR")
    changed, found = refresh(translations_dir(), add, write=not args.check)
    for context, source, _comment in missing_english_plurals(found):
        print(f"note: no English forms for [{context}] {source!r}: add them to "
              "resources/translations/en_plurals/<area>.toml", file=sys.stderr)
    for path in changed:
        print(("out of date: " if args.check else "wrote ") + path.name)
    return 1 if args.check and changed else 0


if __name__ == "__main__":
    sys.exit(main())
