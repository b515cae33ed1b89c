"""`show`, `edit` and `delete`: one entry, named by its id (or the start of it).

`list` and `search` print the first eight characters of each id; any unambiguous start
of four or more characters will do. Never imports Qt.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TextIO

from trustjournal.cli_parser import command_help
from trustjournal.core.i18n import translate

if TYPE_CHECKING:
    from trustjournal.core.entries import Entry, EntryEdit
    from trustjournal.storage.journal import Journal

MIN_ID_LENGTH = 4
_HEX = set("0123456789abcdef-")


def add_commands(
    sub: Any, parents: list[argparse.ArgumentParser]
) -> dict[str, Callable[[argparse.Namespace, TextIO], int]]:
    """Add `show`, `edit` and `delete` to the CLI; returns their handlers by name."""
    from trustjournal.cli_common import _date

    id_help = translate(
        "CliEntries", "the entry's id, or its first characters (at least 4; `list` shows them)")
    show = sub.add_parser("show", parents=parents, help=command_help("show"))
    show.add_argument("id", help=id_help)
    show.add_argument("--json", action="store_true",
                      help=translate("CliEntries", "machine-readable output"))

    edit = sub.add_parser("edit", parents=parents, help=command_help("edit"))
    edit.add_argument("id", help=id_help)
    edit.add_argument("text", nargs="?", choices=["-"],
                      help=translate("CliEntries", "'-' reads the new text from standard input"))
    edit.add_argument("-t", "--title", help=translate("CliEntries", "a new title"))
    edit.add_argument("--tags", help=translate(
        "CliEntries", "new comma-separated tags (replace the old ones)"))
    edit.add_argument("--date", type=_date,
                      help=translate("CliEntries", "a new day for it (YYYY-MM-DD)"))
    star = edit.add_mutually_exclusive_group()
    star.add_argument("--star", dest="star", action="store_true", default=None,
                      help=translate("CliEntries", "star it"))
    star.add_argument("--unstar", dest="star", action="store_false",
                      help=translate("CliEntries", "remove the star"))
    edit.add_argument("-e", "--editor", action="store_true",
                      help=translate("CliEntries", "also change the text in $VISUAL or $EDITOR"))

    delete = sub.add_parser("delete", parents=parents, help=command_help("delete"))
    delete.add_argument("id", help=id_help)
    delete.add_argument("--for-good", action="store_true", help=translate(
        "CliEntries", "delete it and its history for good (a backup is made first)"))
    delete.add_argument("-y", "--yes", action="store_true",
                        help=translate("CliEntries", "do not ask before deleting for good"))
    return {"show": cmd_show, "edit": cmd_edit, "delete": cmd_delete}


def find_entry(journal: Journal, given: str) -> Entry:
    """The one entry whose id starts with `given`; a clear message otherwise."""
    from trustjournal.cli_common import UsageError

    prefix = given.strip().lower()
    if len(prefix) < MIN_ID_LENGTH or not set(prefix) <= _HEX:
        raise UsageError(translate(
            "CliEntries", "'{given}' is not an entry id: give at least %n characters of one "
            "(`trustjournal list` shows them)", None, MIN_ID_LENGTH).format(given=given))
    found = journal.entry_ids_starting(prefix, limit=2)
    if not found:
        raise UsageError(translate(
            "CliEntries", "no entry has an id starting with '{prefix}' (`trustjournal list` and "
            "`list --trash` show them)").format(prefix=prefix))
    if len(found) > 1:
        raise UsageError(translate(
            "CliEntries", "more than one entry has an id starting with '{prefix}': give more of it",
        ).format(prefix=prefix))
    return journal.get_entry(found[0])


def _header(entry: Entry) -> str:
    from trustjournal.core.locale_dates import locale_dates

    # The kind stays the word `--kind` and the JSON use (free, exercise, checkin).
    facts = [locale_dates().short_date(entry.local_date), str(entry.kind)]
    if entry.starred:
        facts.append("★")
    if entry.tags:
        facts.append(translate("CliEntries", "tags: {tags}").format(tags=", ".join(entry.tags)))
    if entry.trashed:
        facts.append(translate("CliEntries", "in the trash"))
    title = entry.title or translate("CliEntries", "(untitled)")
    ident = translate("CliEntries", "id {id}").format(id=entry.uuid)
    return f"{title}\n{' · '.join(facts)}\n{ident}\n"


def _as_json(entry: Entry) -> dict[str, object]:
    return {
        "uuid": entry.uuid,
        "date": entry.local_date.isoformat(),
        "created_utc": entry.created_utc.isoformat(),
        "updated_utc": entry.updated_utc.isoformat(),
        "title": entry.title,
        "kind": str(entry.kind),
        "tags": list(entry.tags),
        "starred": entry.starred,
        "trashed": entry.trashed,
        "exercise_id": entry.exercise_id,
        "body": entry.body,
    }


def cmd_show(args: argparse.Namespace, out: TextIO) -> int:
    """Print the entry: a header, then its text exactly as stored."""
    from trustjournal.cli_common import EXIT_OK, _open

    with _open(args, create=False, verify=False) as journal:
        entry = find_entry(journal, args.id)
    if args.json:
        json.dump(_as_json(entry), out, ensure_ascii=False, indent=1)
        out.write("\n")
    else:
        out.write(_header(entry))
        if entry.body:
            out.write("\n" + entry.body + ("" if entry.body.endswith("\n") else "\n"))
    return EXIT_OK


def cmd_edit(args: argparse.Namespace, out: TextIO) -> int:
    """Change the fields given; with no field (or --editor), the text in the editor."""
    from trustjournal.cli_common import EXIT_OK, UsageError, _journal_file, _open
    from trustjournal.cli_editor import edited_text
    from trustjournal.core.entries import EntryEdit, EntryKind
    from trustjournal.core.text import split_tags

    fields = EntryEdit(
        title=args.title,
        tags=split_tags(args.tags) if args.tags is not None else None,
        starred=args.star,
        local_date=args.date,
    )
    use_editor = args.editor or (args.text is None and fields == EntryEdit())
    if args.text == "-" and args.editor:
        raise UsageError(translate(
            "CliEntries", "give the new text from standard input or the editor, not both"))
    if not _journal_file(args).exists():
        raise UsageError(translate("CliEntries", "there is no journal at {path}").format(
            path=_journal_file(args)))
    with _open(args, create=False) as journal:
        entry = find_entry(journal, args.id)
        if entry.trashed:
            raise UsageError(translate(
                "CliEntries", "that entry is in the trash; restore it in the app to change it"))
        structured = entry.exercise_id is not None or entry.kind != EntryKind.FREE
        if structured and (use_editor or args.text == "-"):
            raise UsageError(_answers_only(entry.kind))
        if args.text == "-":
            if sys.stdin is None or sys.stdin.isatty():
                raise UsageError(translate("CliEntries", "no text on standard input: pipe it in"))
            changed = _save(journal, entry.uuid, fields, sys.stdin.read())
        elif use_editor:
            from trustjournal.paths import data_dir

            with edited_text(data_dir(args.data_dir), entry.body) as body:
                changed = _save(journal, entry.uuid, fields, body)
        else:
            changed = _save(journal, entry.uuid, fields, None)
    short = entry.uuid[:8]
    print(translate("CliEntries", "Saved the changes to entry {id}.").format(id=short) if changed
          else translate("CliEntries", "Nothing changed in entry {id}.").format(id=short), file=out)
    return EXIT_OK


def _answers_only(kind: object) -> str:
    """Why a structured entry's text cannot be edited here, one sentence per kind."""
    from trustjournal.core.entries import EntryKind

    if kind == EntryKind.EXERCISE:
        return translate(
            "CliEntries", "that entry is an exercise: its text comes from its answers, so change "
            "those in the app; its title, tags, day and star can be changed here")
    if kind == EntryKind.CHECKIN:
        return translate(
            "CliEntries", "that entry is a check-in: its text comes from its answers, so change "
            "those in the app; its title, tags, day and star can be changed here")
    return translate(
        "CliEntries", "that entry is made from answers: its text comes from its answers, so change "
        "those in the app; its title, tags, day and star can be changed here")


def _save(journal: Journal, uuid: str, fields: EntryEdit, body: str | None) -> bool:
    from dataclasses import replace

    from trustjournal.cli_common import UsageError

    edit = fields if body is None else replace(fields, body=body)
    before = journal.get_entry(uuid)
    if body is not None and not body.strip() and not (
        before.title if edit.title is None else edit.title).strip():
        raise UsageError(translate(
            "CliEntries", "nothing would be left: the title and the text would both be empty; "
            "`trustjournal delete` moves an entry to the trash"))
    _, change = journal.update_entry(uuid, edit)
    return bool(change.entries)


def cmd_delete(args: argparse.Namespace, out: TextIO) -> int:
    """Move to the trash; with --for-good, delete it (after asking, and a backup)."""
    from trustjournal.cli_common import EXIT_OK, UsageError, _journal_file, _open

    if not _journal_file(args).exists():
        raise UsageError(translate("CliEntries", "there is no journal at {path}").format(
            path=_journal_file(args)))
    with _open(args, create=False) as journal:
        entry = find_entry(journal, args.id)
        short = entry.uuid[:8]
        if not args.for_good:
            if entry.trashed:
                print(translate("CliEntries", "Entry {id} is already in the trash; `--for-good` "
                                "deletes it for good.").format(id=short), file=out)
                return EXIT_OK
            journal.trash_entry(entry.uuid)
            print(translate("CliEntries", "Moved entry {id} to the trash; the app's \"Show trash\" "
                            "brings it back.").format(id=short), file=out)
            return EXIT_OK
        if not args.yes:
            from trustjournal.core.locale_dates import locale_dates

            _confirm(translate(
                "CliEntries", "Delete entry {id} ({date}) and its history for good? [y/N] ",
            ).format(id=short, date=locale_dates().short_date(entry.local_date)))
        if not entry.trashed:
            journal.trash_entry(entry.uuid)
        try:
            journal.purge_entry(entry.uuid)
        except BaseException:
            if not entry.trashed:  # it was live: put it back as it was
                journal.restore_entry(entry.uuid)
            raise
    print(translate("CliEntries", "Deleted entry {id} for good (a backup was made first).").format(
        id=short), file=out)
    return EXIT_OK


def _confirm(question: str) -> None:
    from trustjournal.cli_common import UsageError

    if sys.stdin is None or not sys.stdin.isatty():
        raise UsageError(translate(
            "CliEntries", "deleting for good needs --yes when no one is at a terminal; nothing has "
            "been deleted"))
    from trustjournal.cli_common import is_yes

    try:
        answer = input(question)
    except EOFError:
        answer = ""
    if not is_yes(answer):
        raise UsageError(translate("CliEntries", "nothing has been deleted"))
