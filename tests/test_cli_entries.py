"""`show`, `edit` and `delete` of one entry by its id, as a person would use them."""

from __future__ import annotations

import datetime as dt
import io
import json
import shlex
import sys
from pathlib import Path

import pytest

from trustjournal import cli
from trustjournal.storage import open_journal


def call(*argv: str) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.run(cli.parse(list(argv)), out=out, err=err)
    return code, out.getvalue() + err.getvalue()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    d = tmp_path / "journal"
    with open_journal(d / "notes.db") as journal:
        journal.create_entry(title="Walk", body="We walked.\n", tags=("calm",),
                             local_date=dt.date(2024, 3, 1),
                             entry_uuid="aaaa1111-0000-4000-8000-000000000001")
        journal.create_entry(title="Talk", body="We talked.\n",
                             local_date=dt.date(2024, 3, 2),
                             entry_uuid="aaaa2222-0000-4000-8000-000000000002")
        journal.save_exercise_entry(
            exercise_id="celebrate_small_victory", exercise_version=1, title="A victory",
            body="Made from answers.", answers={"what": "x"}, metrics=[],
            entry_uuid=None, local_date=dt.date(2024, 3, 3))
    return d


def entry(folder: Path, uuid: str):  # type: ignore[no-untyped-def]
    with open_journal(folder / "notes.db") as journal:
        return journal.get_entry(uuid)


def test_list_shows_short_ids_that_show_accepts(folder: Path) -> None:
    code, out = call("--data-dir", str(folder), "list")
    assert code == 0
    assert "aaaa2222  2024-03-02  Talk" in out.splitlines()
    code, out = call("--data-dir", str(folder), "show", "aaaa2222")
    assert code == 0, out
    assert out == ("Talk\n2024-03-02 · free\nid aaaa2222-0000-4000-8000-000000000002\n\n"
                   "We talked.\n")
    code, out = call("--data-dir", str(folder), "show", "AAAA1111", "--json")
    shown = json.loads(out)
    assert shown["body"] == "We walked.\n" and shown["tags"] == ["calm"]
    assert shown["trashed"] is False


@pytest.mark.parametrize(("given", "said"), [
    ("aaaa", "more than one entry"),
    ("bbbb", "no entry has an id starting with 'bbbb'"),
    ("aa", "at least 4 characters"),
    ("walk", "not an entry id"),
])
def test_bad_ids_are_explained(folder: Path, given: str, said: str) -> None:
    for command in ("show", "edit", "delete"):
        code, out = call("--data-dir", str(folder), command, given, "--title", "x") \
            if command == "edit" else call("--data-dir", str(folder), command, given)
        assert code == cli.EXIT_USAGE and said in out, (command, out)
    assert entry(folder, "aaaa1111-0000-4000-8000-000000000001").title == "Walk"


def test_edit_fields_keeps_the_text_and_a_revision(folder: Path) -> None:
    uuid = "aaaa1111-0000-4000-8000-000000000001"
    code, out = call("--data-dir", str(folder), "edit", "aaaa1111", "--title", "Long walk",
                     "--tags", "calm, outside", "--date", "2024-02-28", "--star")
    assert code == 0 and "Saved the changes to entry aaaa1111." in out
    changed = entry(folder, uuid)
    assert (changed.title, changed.tags, changed.local_date, changed.starred) == (
        "Long walk", ("calm", "outside"), dt.date(2024, 2, 28), True)
    assert changed.body == "We walked.\n"
    with open_journal(folder / "notes.db") as journal:
        assert [r.title for r in journal.history(uuid)] == ["Walk"]
    code, out = call("--data-dir", str(folder), "edit", "aaaa1111", "--unstar")
    assert code == 0 and not entry(folder, uuid).starred
    code, out = call("--data-dir", str(folder), "edit", "aaaa1111", "--unstar")
    assert "Nothing changed" in out


def test_edit_text_from_stdin(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("We walked far.\n"))
    code, out = call("--data-dir", str(folder), "edit", "aaaa1111", "-")
    assert code == 0, out
    assert entry(folder, "aaaa1111-0000-4000-8000-000000000001").body == "We walked far.\n"


def test_edit_opens_the_editor_on_the_current_text(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    script = tmp_path / "editor.py"
    script.write_text(
        "import sys\np = sys.argv[-1]\ntext = open(p, encoding='utf-8').read()\n"
        "open(p, 'w', encoding='utf-8').write(text + 'And back.\\n')\n", "utf-8")
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("EDITOR", shlex.join([sys.executable, str(script)]))
    code, out = call("--data-dir", str(folder), "edit", "aaaa1111")
    assert code == 0, out
    assert entry(folder, "aaaa1111-0000-4000-8000-000000000001").body == (
        "We walked.\nAnd back.\n")
    assert list((folder / "editing").iterdir()) == []


def test_exercise_text_is_not_edited_here_but_its_title_is(
    folder: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    with open_journal(folder / "notes.db") as journal:
        (victory,) = [e for e in journal.iter_entries() if e.title == "A victory"]
    monkeypatch.setattr(sys, "stdin", io.StringIO("new words"))
    code, out = call("--data-dir", str(folder), "edit", victory.uuid[:8], "-")
    assert code == cli.EXIT_USAGE and "an exercise" in out
    assert entry(folder, victory.uuid).body == "Made from answers."
    code, out = call("--data-dir", str(folder), "edit", victory.uuid[:8], "--title", "Won")
    assert code == 0 and entry(folder, victory.uuid).title == "Won"


def test_delete_moves_to_the_trash_then_for_good(folder: Path) -> None:
    uuid = "aaaa2222-0000-4000-8000-000000000002"
    code, out = call("--data-dir", str(folder), "delete", "aaaa2222")
    assert code == 0 and "trash" in out
    assert entry(folder, uuid).trashed
    code, out = call("--data-dir", str(folder), "list", "--trash")
    assert "aaaa2222" in out
    # Deleting for good asks; with nobody at a terminal it needs --yes.
    code, out = call("--data-dir", str(folder), "delete", "aaaa2222", "--for-good")
    assert code == cli.EXIT_USAGE and "--yes" in out
    assert entry(folder, uuid).trashed
    code, out = call("--data-dir", str(folder), "delete", "aaaa2222", "--for-good", "--yes")
    assert code == 0, out
    with open_journal(folder / "notes.db") as journal:
        assert journal.entry_ids_starting("aaaa2222") == []
        assert journal.count_entries() == 2
    assert any(p.name.startswith("before-purge") for p in (folder / "backups").iterdir())


def test_delete_for_good_at_a_terminal_asks_first(
    folder: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    answers = iter(["n", "yes"])
    tty = io.StringIO()
    tty.isatty = lambda: True  # type: ignore[method-assign]
    monkeypatch.setattr(sys, "stdin", tty)
    monkeypatch.setattr("builtins.input", lambda prompt="": next(answers))
    uuid = "aaaa1111-0000-4000-8000-000000000001"
    code, out = call("--data-dir", str(folder), "delete", "aaaa1111", "--for-good")
    assert code == cli.EXIT_USAGE and "nothing has been deleted" in out
    assert not entry(folder, uuid).trashed  # a live entry stays live when the answer is no
    code, out = call("--data-dir", str(folder), "delete", "aaaa1111", "--for-good")
    assert code == 0, out
    with open_journal(folder / "notes.db") as journal:
        assert journal.entry_ids_starting("aaaa1111") == []


def test_commands_on_a_missing_journal_create_nothing(tmp_path: Path) -> None:
    for argv in (("show", "abcd"), ("edit", "abcd", "--star"), ("delete", "abcd")):
        code, out = call("--data-dir", str(tmp_path / "none"), *argv)
        assert code != 0 and "Traceback" not in out
    assert not (tmp_path / "none" / "notes.db").exists()
