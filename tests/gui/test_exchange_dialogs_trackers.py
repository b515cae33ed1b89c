"""The Export and Import dialogs with trackers: the box and its default per format, the
packet's Trackers section, and an import that says what it adds from the trackers."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from PySide6.QtCore import Qt

from tests.exchange.tracker_data import FULL, own_toml, save_trackers
from tests.gui.test_exchange_dialogs import choose_format, export_dialog, import_dialog, wait_idle


@pytest.fixture
def other(tmp_path):  # type: ignore[no-untyped-def]
    from trustjournal.storage import open_journal

    opened = open_journal(tmp_path / "other" / "notes.db")
    yield opened
    opened.close()


def fill_trackers(journal):  # type: ignore[no-untyped-def]
    journal.create_entry(title="Spring", body="A walk.", local_date=dt.date(2024, 3, 5))
    save_trackers(journal, FULL)
    journal.save_user_exercise("evening_calm", own_toml())
    return journal


def test_the_trackers_box_follows_the_format(qtbot, journal):  # type: ignore[no-untyped-def]
    dialog = export_dialog(qtbot, journal)
    expected = {"json": True, "csv": True, "pdf": False}
    for name, checked in expected.items():
        choose_format(dialog, name)
        assert dialog.trackers.isVisibleTo(dialog), name
        assert dialog.trackers.isChecked() == checked, name
    for name in ("markdown", "html"):
        choose_format(dialog, name)
        assert not dialog.trackers.isVisibleTo(dialog), name


def test_the_packet_gets_the_trackers_when_ticked(qtbot, journal, tmp_path):  # type: ignore[no-untyped-def]
    from tests.exchange.test_exporters import pdf_text

    dialog = export_dialog(qtbot, fill_trackers(journal))
    choose_format(dialog, "pdf")
    qtbot.mouseClick(dialog.trackers, Qt.MouseButton.LeftButton)
    assert dialog.trackers.isChecked()
    target = tmp_path / "packet.pdf"
    dialog.start_export(target)
    wait_idle(qtbot, dialog)
    assert dialog.message.text() == f"Exported 1 entry to {target}."
    text = " ".join(" ".join(page.split()) for page in pdf_text(target))
    assert "Trackers" in text and "Worries and what happened" in text


def test_a_json_export_without_the_trackers(qtbot, journal, tmp_path):  # type: ignore[no-untyped-def]
    dialog = export_dialog(qtbot, fill_trackers(journal))
    choose_format(dialog, "json")
    dialog.trackers.setChecked(False)
    target = tmp_path / "out.json"
    dialog.start_export(target)
    wait_idle(qtbot, dialog)
    document = json.loads(target.read_bytes())
    assert "urges" not in document and len(document["own_exercises"]) == 1


def test_import_says_what_comes_from_the_trackers(qtbot, journal, other, tmp_path):  # type: ignore[no-untyped-def]
    from trustjournal.exchange import runner

    fill_trackers(other)
    source = tmp_path / "all.json"
    runner.export(other, "json", source)
    dialog, events = import_dialog(qtbot, journal)
    dialog.set_path(source)
    wait_idle(qtbot, dialog)
    assert ("and from the trackers 3 urges, 4 promises, 3 intentions, 3 worries and 1 own "
            "exercise version") in dialog.preview.text()
    assert journal.tracker_set().empty  # nothing before the user says so
    with qtbot.waitSignal(events.changed, timeout=20_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, dialog)
    assert dialog.preview.text() == (
        "Added 1 entry to your journal. From the trackers: 3 urges, 4 promises, 3 "
        "intentions, 3 worries and 1 own exercise version.")
    assert journal.tracker_set() == other.tracker_set()


def test_a_bad_tracker_record_is_named_and_nothing_changes(qtbot, journal, other, tmp_path):  # type: ignore[no-untyped-def]
    from trustjournal.exchange import runner

    fill_trackers(other)
    source = tmp_path / "all.json"
    runner.export(other, "json", source)
    document = json.loads(source.read_bytes())
    document["promises"][0]["by"] = "neighbour"
    source.write_text(json.dumps(document), "utf-8")
    journal.create_entry(title="Mine", body="kept")
    dialog, _ = import_dialog(qtbot, journal)
    dialog.set_path(source)
    wait_idle(qtbot, dialog)
    text = dialog.preview.text()
    assert "promise 1 (20000000-0000-4000-8000-000000000001)" in text
    assert "'by' must be one of me, partner, us, not 'neighbour'" in text
    assert "your journal is unchanged" in text and not dialog.import_button.isEnabled()
    assert journal.tracker_set().empty
    assert [e.title for e in journal.iter_entries()] == ["Mine"]


def test_trackers_alone_can_be_exported(qtbot, journal, tmp_path):  # type: ignore[no-untyped-def]
    journal.save_urge(FULL.urges[0])
    dialog = export_dialog(qtbot, journal)
    choose_format(dialog, "json")
    assert dialog.count_label.text() == "0 entries will be exported."
    assert dialog.export_button.isEnabled()
    dialog.trackers.setChecked(False)
    assert not dialog.export_button.isEnabled()
    dialog.trackers.setChecked(True)
    target = tmp_path / "urges.json"
    dialog.start_export(target)
    wait_idle(qtbot, dialog)
    assert [u["uuid"] for u in json.loads(target.read_bytes())["urges"]] == [
        FULL.urges[0].uuid]
