"""The one translation door: English as written, plurals from the English forms, the
pseudo-locale's shape."""

from __future__ import annotations

import pytest

from trustjournal.core import i18n


@pytest.fixture(autouse=True)
def _plain_english():
    i18n.install(None)
    yield
    i18n.install(None)


def test_plain_english_comes_back_as_written() -> None:
    assert i18n.translate("Ctx", "Save") == "Save"


def test_an_installed_backend_gets_every_argument() -> None:
    calls = []
    i18n.install(lambda c, t, d, n: calls.append((c, t, d, n)) or "X", "de")
    assert i18n.translate("Ctx", "%n days", "count", 4) == "X"
    assert calls == [("Ctx", "%n days", "count", 4)]
    assert i18n.language() == "de"


def test_grouped_counts_in_english() -> None:
    assert i18n.substitute_count("%Ln words", 12345) == "12,345 words"
    assert i18n.substitute_count("%n words", 12345) == "12345 words"


def test_pseudo_keeps_placeholders_tags_and_accelerators() -> None:
    text = i18n.pseudo("&Open {name}'s <b>%n</b> days &amp; nights")
    assert text.startswith("[&") and text.endswith("]")
    for piece in ("{name}", "<b>", "</b>", "%n", "&amp;"):
        assert piece in text
    assert "Open" not in text and "days" not in text
    assert i18n.is_pseudo(text) and not i18n.is_pseudo("Open")


def test_pseudo_is_about_forty_percent_longer() -> None:
    source = "A sentence of ordinary length for a label"
    assert len(i18n.pseudo(source)) >= len(source) * 1.4


def test_pseudo_brackets_every_line_and_keeps_the_product_name() -> None:
    text = i18n.pseudo("First line of TrustJournal\n\nSecond line")
    first, empty, second = text.split("\n")
    assert first.startswith("[") and first.endswith("]") and "TrustJournal" in first
    assert empty == "" and second.startswith("[") and second.endswith("]")
    assert i18n.is_pseudo(text)
    assert not i18n.is_pseudo(first + "\nSecond line")


@pytest.mark.parametrize(("name", "wanted"), [
    ("de_DE.UTF-8", "de_DE"), ("de-DE", "de_DE"), ("sr_RS@latin", "sr_RS"), ("PT_br", "pt_br"),
    ("C", ""), ("POSIX", ""), ("C.UTF-8", ""), ("", ""), ("fr", "fr"),
])
def test_locale_names_are_normalised(name: str, wanted: str) -> None:
    assert i18n.normalise(name) == wanted


@pytest.mark.parametrize(("environ", "wanted"), [
    ({}, "en"),
    ({"LANG": "C"}, "en"),
    ({"LANG": "de_DE.UTF-8"}, "de_DE"),
    ({"LANG": "de_DE.UTF-8", "LC_MESSAGES": "fr_FR.UTF-8"}, "fr_FR"),
    ({"LANG": "de_DE.UTF-8", "LC_ALL": "pl_PL.UTF-8"}, "pl_PL"),
    ({"LANG": "de_DE.UTF-8", "LANGUAGE": "pt_BR:pt"}, "pt_BR"),
    # LANGUAGE does not apply under the C locale (gettext's rule).
    ({"LANG": "C", "LANGUAGE": "pt_BR"}, "en"),
    ({"LANG": "de_DE.UTF-8", "TRUSTJOURNAL_LANGUAGE": "en_XA"}, "en_XA"),
])
def test_the_environment_picks_the_language(environ: dict[str, str], wanted: str) -> None:
    assert i18n.environment_language(environ) == wanted


def test_the_best_language_falls_back_by_region_then_to_english() -> None:
    available = ["de", "en", "en_XA", "pt_BR"]
    assert i18n.best_language(["de_AT"], available) == "de"
    assert i18n.best_language(["pt_BR"], available) == "pt_BR"
    assert i18n.best_language(["pt_PT"], available) == "en"
    assert i18n.best_language(["ja_JP", "de_DE"], available) == "de"
    assert i18n.best_language(["en_GB", "de"], available) == "en_GB"
    assert i18n.best_language(["en_XA"], available) == "en_XA"
    assert i18n.best_language([], available) == "en"
    assert i18n.is_english("en_US") and not i18n.is_english("en_XA")


def test_the_shipped_catalogues_are_listed() -> None:
    assert {"en", "en_XA"} <= set(i18n.catalogue_languages())
