"""Own exercises as TOML files through the Exercises page: export, import into another
journal, and files that are refused with the journal left as it was."""

from __future__ import annotations

import stat
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from tests.gui.builder.test_builder import OWN_ID, build_wind_down, card_button, view_for
from tests.gui.exercises.helpers import click
from trustjournal.core.exercises.own import parse_own_toml, read_version, same_content
from trustjournal.gui import file_dialogs
from trustjournal.storage import open_journal

BAD_KIND = """\
id = "my_bad"
version = 1
title = "Bad"
why = "It has problems."
audiences = ["both"]
minutes = 3

[[steps]]
id = "first"
kind = "slider"
prompt = "How much?"

[[steps]]
id = "second"
kind = "choice"
prompt = "Which?"
allow_other = false
options = [{ id = "only", label = "Only one" }]
"""


def warnings(monkeypatch) -> list[str]:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _parent, _title, text, *a, **k: shown.append(text))
    return shown


def choose(monkeypatch, which: str, path: Path | None) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(file_dialogs, which, lambda *a, **k: path)


def snapshot(journal) -> list:  # type: ignore[no-untyped-def]
    """Every stored version of every own exercise (removed ones too)."""
    ids = [s.exercise_id for s in journal.user_exercises()]
    return [journal.user_exercise_versions(i) for i in sorted(ids)]


def test_export_then_import_into_another_journal(qtbot, journal, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    view = view_for(qtbot, journal)
    click(qtbot, build_wind_down(qtbot, view).save_button)
    target = tmp_path / "out" / "wind-down"
    target.parent.mkdir()
    choose(monkeypatch, "save_file", target)
    click(qtbot, card_button(qtbot, view, OWN_ID, "export_button"))
    written = target.with_name("wind-down.toml")
    assert written.is_file()
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    assert list(target.parent.iterdir()) == [written]  # no partial file left behind
    exported, errors = parse_own_toml(written.read_text("utf-8"))
    (stored,) = journal.user_exercises()
    original, _ = read_version(stored)
    assert errors == [] and exported == original

    other = open_journal(tmp_path / "other" / "notes.db")
    try:
        other_view = view_for(qtbot, other)
        choose(monkeypatch, "open_file", written)
        click(qtbot, other_view.import_button)
        (imported,) = other.user_exercises()
        assert (imported.exercise_id, imported.version) == (OWN_ID, 1)
        back, _ = read_version(imported)
        assert same_content(back, original)
        assert OWN_ID in other_view.cards
        assert other_view.cards[OWN_ID].meta.text().startswith("Yours")

        # The same file again adds nothing.
        result = other_view.import_exercise()
        assert result is not None and result.exercise_id is None
        assert "already among your exercises" in result.message
        assert [v.version for v in other.user_exercise_versions(OWN_ID)] == [1]
    finally:
        other.close()


def test_a_changed_file_never_overwrites_an_exercise_already_there(qtbot, journal, tmp_path,
                                                                   monkeypatch) -> None:  # type: ignore[no-untyped-def]
    view = view_for(qtbot, journal)
    click(qtbot, build_wind_down(qtbot, view).save_button)
    (stored,) = journal.user_exercises()
    changed = tmp_path / "changed.toml"
    changed.write_text(stored.toml.replace("What went well today?", "What helped today?"),
                       "utf-8")
    choose(monkeypatch, "open_file", changed)
    result = view.import_exercise()
    assert result is not None and result.exercise_id == f"{OWN_ID}_2"
    assert [v.version for v in journal.user_exercise_versions(OWN_ID)] == [1]
    assert journal.user_exercise(OWN_ID).toml == stored.toml
    copy, _ = read_version(journal.user_exercise(f"{OWN_ID}_2"))
    assert copy.steps[0].prompt == "What helped today?"


def test_a_file_with_a_shipped_id_becomes_an_own_copy(qtbot, journal,
                                                     monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from trustjournal.core.resources_data import resource_path

    view = view_for(qtbot, journal)
    shipped = resource_path("exercises") / "good_moments.toml"
    choose(monkeypatch, "open_file", shipped)
    result = view.import_exercise()
    assert result is not None and result.exercise_id is not None
    assert result.exercise_id.startswith("my_")
    stored = journal.user_exercise(result.exercise_id)
    assert stored.based_on == "good_moments"
    assert view.exercise("good_moments") is not None
    assert not view.cards["good_moments"].meta.text().startswith("Yours")


def test_malformed_toml_is_refused_and_the_journal_unchanged(qtbot, journal, tmp_path,
                                                             monkeypatch) -> None:  # type: ignore[no-untyped-def]
    view = view_for(qtbot, journal)
    click(qtbot, build_wind_down(qtbot, view).save_button)
    before = snapshot(journal)
    shown = warnings(monkeypatch)

    broken = tmp_path / "broken.toml"
    broken.write_text('id = "my_x"\ntitle = "unfinished\n', "utf-8")
    choose(monkeypatch, "open_file", broken)
    click(qtbot, view.import_button)
    (message,) = shown
    assert message.startswith("“broken.toml” was not imported, and your journal is unchanged:")
    assert "• the file is not valid TOML" in message
    assert snapshot(journal) == before

    shown.clear()
    bad = tmp_path / "bad.toml"
    bad.write_text(BAD_KIND, "utf-8")
    choose(monkeypatch, "open_file", bad)
    click(qtbot, view.import_button)
    (message,) = shown
    assert "• step 1 ('first'), field 'kind': unknown step kind 'slider'" in message
    assert "• step 2 ('second'), field 'options': a choice step needs at least 2 option(s)" \
        in message
    assert snapshot(journal) == before
    assert journal.user_exercise("my_bad") is None

    shown.clear()
    not_text = tmp_path / "image.toml"
    not_text.write_bytes(b"\xff\xd8\xff\xe0 not text")
    choose(monkeypatch, "open_file", not_text)
    click(qtbot, view.import_button)
    assert shown and "• it is not UTF-8 text" in shown[0]
    assert snapshot(journal) == before
    assert OWN_ID in view.cards
