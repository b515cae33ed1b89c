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
