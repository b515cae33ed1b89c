"""The formats, by name. A format module registers itself when imported; `load_all`
imports every built-in one, so adding a format is adding one module here."""

from __future__ import annotations

import importlib
from pathlib import Path

from trustjournal.core.i18n import translate
from trustjournal.exchange.model import Exporter, Importer, UnknownFormatError

_EXPORTERS: dict[str, Exporter] = {}
_IMPORTERS: dict[str, Importer] = {}

_loaded = False
# The module each built-in format registers itself in, by name: naming the formats
# (the CLI's choices) or using one loads only what it needs, not every format (the CSV
# one brings the Progress figures, the Markdown folder one YAML). A test checks these
# against what load_all registers.
EXPORTER_MODULES = {
    "csv": "csv_format",
    "html": "html_format",
    "json": "json_format",
    "markdown": "markdown_format",
    "markdown-single": "markdown_format",
    "pdf": "pdf_format",
}
IMPORTER_MODULES = {
    "dayone": "dayone_format",
    "jrnl": "jrnl_format",
    "json": "json_format",
    "markdown": "markdown_folder",
}
# Every built-in format module, each once: what load_all imports.
BUILTIN = tuple(dict.fromkeys((*EXPORTER_MODULES.values(), *IMPORTER_MODULES.values())))


def register_exporter(exporter: Exporter) -> Exporter:
    _EXPORTERS[exporter.name] = exporter
    return exporter


def register_importer(importer: Importer) -> Importer:
    _IMPORTERS[importer.name] = importer
    return importer


def _load(module: str) -> None:
    """Import one built-in format module if it exists (it registers itself)."""
    try:
        importlib.import_module(f"trustjournal.exchange.{module}")
    except ModuleNotFoundError as error:
        if error.name != f"trustjournal.exchange.{module}":
            raise


def load_all() -> None:
    """Import every built-in format module that exists (each registers itself)."""
    global _loaded
    if _loaded:
        return
    _loaded = True
    for module in BUILTIN:
        _load(module)


def exporters() -> dict[str, Exporter]:
    load_all()
    return dict(_EXPORTERS)


def importers() -> dict[str, Importer]:
    load_all()
    return dict(_IMPORTERS)


def exporter(name: str) -> Exporter:
    if name not in _EXPORTERS and name in EXPORTER_MODULES:
        _load(EXPORTER_MODULES[name])
    found = _EXPORTERS.get(name) or exporters().get(name)
    if found is None:
        raise UnknownFormatError(translate(
            "ExchangeFormats", "No export format '{name}'. Choose one of: {formats}.").format(
            name=name, formats=", ".join(sorted(exporters()))))
    return found


def importer(name: str) -> Importer:
    if name not in _IMPORTERS and name in IMPORTER_MODULES:
        _load(IMPORTER_MODULES[name])
    found = _IMPORTERS.get(name) or importers().get(name)
    if found is None:
        raise UnknownFormatError(translate(
            "ExchangeFormats", "No import format '{name}'. Choose one of: {formats}.").format(
            name=name, formats=", ".join(sorted(importers()))))
    return found


def detect(path: Path) -> Importer:
    """The importer that recognises `path`, or UnknownFormatError naming the candidates."""
    scores = sorted(
        ((imp.detect(path), name, imp) for name, imp in importers().items()),
        key=lambda item: item[0],
        reverse=True,
    )
    if not scores or scores[0][0] < 0.5:
        raise UnknownFormatError(translate(
            "ExchangeFormats", "{path}: could not tell what kind of file this is. Pass "
            "--format with one of: {formats}.").format(
            path=path, formats=", ".join(sorted(importers()))))
    if len(scores) > 1 and scores[1][0] >= 0.5 and scores[0][0] - scores[1][0] < 0.2:
        raise UnknownFormatError(translate(
            "ExchangeFormats", "{path}: this could be {first} or {second}; pass --format to "
            "choose.").format(path=path, first=scores[0][1], second=scores[1][1]))
    return scores[0][2]
