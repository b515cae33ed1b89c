"""The formats, by name. A format module registers itself when imported; `load_all`
imports every built-in one, so adding a format is adding one module here."""

from __future__ import annotations

import importlib
from pathlib import Path

from trustjournal.core.i18n import translate
from trustjournal.exchange.model import Exporter, Importer, UnknownFormatError

_EXPORTERS: dict[str, Exporter] = {}
_IMPORTERS: dict[str, Importer] = {}

# The built-in format modules, imported on first use of the registry.
BUILTIN = (
    "json_format",
    "markdown_format",
    "markdown_folder",
    "csv_format",
    "html_format",
    "pdf_format",
    "jrnl_format",
    "dayone_format",
)
_loaded = False


def register_exporter(exporter: Exporter) -> Exporter:
    _EXPORTERS[exporter.name] = exporter
    return exporter


def register_importer(importer: Importer) -> Importer:
    _IMPORTERS[importer.name] = importer
    return importer


def load_all() -> None:
    """Import every built-in format module that exists (each registers itself)."""
    global _loaded
    if _loaded:
        return
    _loaded = True
    for module in BUILTIN:
        try:
            importlib.import_module(f"trustjournal.exchange.{module}")
        except ModuleNotFoundError as error:
            if error.name != f"trustjournal.exchange.{module}":
                raise


def exporters() -> dict[str, Exporter]:
    load_all()
    return dict(_EXPORTERS)


def importers() -> dict[str, Importer]:
    load_all()
    return dict(_IMPORTERS)


def exporter(name: str) -> Exporter:
    found = exporters().get(name)
    if found is None:
        raise UnknownFormatError(translate(
            "ExchangeFormats", "No export format '{name}'. Choose one of: {formats}.").format(
            name=name, formats=", ".join(sorted(exporters()))))
    return found


def importer(name: str) -> Importer:
    found = importers().get(name)
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
