"""`trustjournal export` and `import` with trackers, run as a user would: the lists in
the JSON file, --trackers / --no-trackers, what the import says, and a bad tracker
record that leaves the journal as it was."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from tests.exchange.tracker_data import FULL, own_toml, save_trackers
from tests.test_cli_exchange import add, call
from trustjournal.paths import JOURNAL_FILE
from trustjournal.storage import open_journal


@pytest.fixture
def journal_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "journal"
    add(folder, "Spring", "--date", "2024-03-05")
    journal = open_journal(folder / JOURNAL_FILE)
    try:
        save_trackers(journal, FULL)
        journal.save_user_exercise("evening_calm", own_toml())
        journal.save_user_exercise("evening_calm", own_toml(version=2, title="Again"))
    finally:
        journal.close()
    return folder


def held(folder: Path) -> object:
    journal = open_journal(folder / JOURNAL_FILE)
    try:
        return journal.tracker_set()
    finally:
        journal.close()


def test_export_and_import_carry_the_trackers(journal_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "all.json"
    code, out, err = call("--data-dir", str(journal_dir), "export", "--format", "json",
                          "--out", str(target))
    assert code == 0, err
    assert out == f"Exported 1 entry to {target}.\n"
    document = json.loads(target.read_bytes())
    assert [len(document[k]) for k in ("urges", "promises", "intentions", "worries",
                                       "own_exercises")] == [3, 4, 3, 3, 2]

    fresh = tmp_path / "fresh"
    code, out, err = call("--data-dir", str(fresh), "import", str(target), "--dry-run")
    assert code == 0, err
    assert ("importing it would start one with 1 entry, 2024-03-05 to 2024-03-05, 0 tags, "
            "and from the trackers 3 urges, 4 promises, 3 intentions, 3 worries and 2 own "
            "exercise versions.") in out
    code, out, err = call("--data-dir", str(fresh), "import", str(target))
    assert code == 0, err
    assert out == ("Imported 1 entry, 0 already in the journal, and from the trackers 3 "
                   "urges, 4 promises, 3 intentions, 3 worries and 2 own exercise "
                   "versions.\n")
    assert held(fresh) == held(journal_dir)
    code, out, err = call("--data-dir", str(fresh), "import", str(target))
    assert code == 0 and out == (f"Nothing to import: all 1 entry in {target} are already "
                                 "in the journal.\n"), err


def test_no_trackers_leaves_them_out(journal_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "entries.json"
    code, _, err = call("--data-dir", str(journal_dir), "export", "--format", "json",
                        "--out", str(target), "--no-trackers")
    assert code == 0, err
    document = json.loads(target.read_bytes())
    assert "urges" not in document and len(document["own_exercises"]) == 2
    code, out, err = call("--data-dir", str(journal_dir), "export", "--format", "csv",
                          "--out", "-", "--no-trackers", "--to", "2024-03-31")
    assert code == 0, err
    assert {row["kind"] for row in csv.DictReader(io.StringIO(out))} <= {"checkin",
                                                                        "exercise"}
    code, out, err = call("--data-dir", str(journal_dir), "export", "--format", "csv",
                          "--out", "-", "--from", "2024-03-10")
    assert code == 0, err
    rows = list(csv.DictReader(io.StringIO(out)))
    assert {(r["kind"], r["date"]) for r in rows} == {
        ("urge", "2024-03-12"), ("worry", "2024-03-10")}


def test_pdf_trackers_only_when_asked(journal_dir: Path, tmp_path: Path, qapp: object) -> None:
    from tests.exchange.test_exporters import pdf_text

    plain, full = tmp_path / "plain.pdf", tmp_path / "full.pdf"
    for target, extra in ((plain, ()), (full, ("--trackers", "--week-start", "sun"))):
        code, _, err = call("--data-dir", str(journal_dir), "export", "--format", "pdf",
                            "--out", str(target), *extra)
        assert code == 0, err
    assert "Trackers" not in " ".join(pdf_text(plain))
    text = " ".join(" ".join(pdf_text(full)).split())
    assert "Urges to check, week by week" in text
    assert "3 Mar 2024 2 1 0 1 4.0" in text  # weeks start on Sunday, 3 March


def test_a_bad_tracker_record_is_explained_and_changes_nothing(journal_dir: Path,
                                                               tmp_path: Path) -> None:
    target = tmp_path / "all.json"
    call("--data-dir", str(journal_dir), "export", "--format", "json", "--out", str(target))
    document = json.loads(target.read_bytes())
    document["worries"][1]["outcome"] = "maybe"
    target.write_text(json.dumps(document), "utf-8")
    fresh = tmp_path / "fresh"
    add(fresh, "mine")
    before = held(fresh)
    code, out, err = call("--data-dir", str(fresh), "import", str(target))
    assert code == 1 and out == ""
    assert err.startswith(f"trustjournal: {target}, worry 2 (40000000-0000-4000-8000-"
                          "000000000002): 'outcome' must be one of came_true, did_not, "
                          "partly or null, not 'maybe'")
    assert held(fresh) == before
    code, out, _ = call("--data-dir", str(fresh), "list", "--json")
    assert [e["title"] for e in json.loads(out)] == ["mine"]


def test_trackers_with_a_format_that_has_none_is_a_usage_error(journal_dir: Path,
                                                                tmp_path: Path) -> None:
    target = tmp_path / "notes"
    code, out, err = call("--data-dir", str(journal_dir), "export", "--format", "markdown",
                          "--out", str(target), "--trackers")
    assert code == 2 and out == ""
    assert "--trackers goes with csv, json, pdf; the markdown format has no trackers" in err
    assert not target.exists()
