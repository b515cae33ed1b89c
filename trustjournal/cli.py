"""Headless subcommands. Never imports Qt."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from trustjournal import __version__
from trustjournal.core.entries import EntrySummary, SearchHit
from trustjournal.core.search import snippet_segments
from trustjournal.core.text import split_tags
from trustjournal.paths import data_dir, journal_path

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_DAMAGED = 0, 1, 2, 3


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"'{value}' is not a date; use YYYY-MM-DD, e.g. 2024-03-18"
        ) from None


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{value}' is not a whole number") from None
    if number < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return number


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="trustjournal",
        description="A private, offline journal for working through trust issues. "
        "With no command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"TrustJournal {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="folder holding the journal (default: $TRUSTJOURNAL_HOME, else the user data folder)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    add = sub.add_parser("add", help="write a new entry from the terminal")
    add.add_argument(
        "body", nargs="?", help="entry text; read from standard input if omitted or '-'"
    )
    add.add_argument("-t", "--title", default="", help="entry title")
    add.add_argument("--tags", default="", help="comma-separated tags")
    add.add_argument("--date", type=_date, help="the entry's day (YYYY-MM-DD), default today")
    add.add_argument("--star", action="store_true", help="star the entry")

    lst = sub.add_parser("list", help="list entries, newest first")
    lst.add_argument("-n", "--limit", type=_positive, default=20, help="how many (default 20)")
    lst.add_argument("--tag", help="only entries with this tag")
    lst.add_argument("--trash", action="store_true", help="list the trash instead")
    lst.add_argument("--json", action="store_true", help="machine-readable output")

    search = sub.add_parser("search", help="full-text search")
    search.add_argument("query", nargs="?", default="", help="words to find")
    search.add_argument(
        "--tag", action="append", default=[], help="only with this tag (repeatable)"
    )
    search.add_argument("--from", dest="date_from", type=_date, help="from this day (YYYY-MM-DD)")
    search.add_argument("--to", dest="date_to", type=_date, help="up to this day (YYYY-MM-DD)")
    search.add_argument("-n", "--limit", type=_positive, default=50, help="how many (default 50)")
    search.add_argument("--json", action="store_true", help="machine-readable output")

    sub.add_parser("check", help="check the journal's integrity (exit 0 if healthy)")

    demo = sub.add_parser(
        "demo", help="create a synthetic demo journal (for trying the app and benchmarks)"
    )
    demo.add_argument("--entries", type=_positive, default=500, help="how many entries")
    demo.add_argument("--years", type=_positive, default=2, help="spread over how many years")
    demo.add_argument("--seed", type=int, default=1, help="random seed (same seed, same journal)")
    return parser


def parse(argv: list[str]) -> argparse.Namespace:
    return build_parser().parse_args(argv)


def run(args: argparse.Namespace, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run a parsed subcommand; problems become a message and an exit code."""
    from trustjournal.storage import JournalDamagedError, JournalError

    out = out or sys.stdout
    err = err or sys.stderr
    command: Callable[[argparse.Namespace, TextIO], int] = COMMANDS[args.command]
    try:
        return command(args, out)
    except JournalDamagedError as exc:
        print(f"trustjournal: {exc}", file=err)
        return EXIT_DAMAGED
    except (JournalError, UsageError) as exc:
        print(f"trustjournal: {exc}", file=err)
        return EXIT_ERROR if isinstance(exc, JournalError) else EXIT_USAGE
    except BrokenPipeError:
        # The reader went away (e.g. `| head`): stop quietly, as other tools do.
        import os

        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except PermissionError as exc:
        print(f"trustjournal: permission denied: {exc.filename}", file=err)
        return EXIT_ERROR
    except OSError as exc:
        print(f"trustjournal: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), file=err)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("trustjournal: interrupted", file=err)
        return 130


class UsageError(Exception):
    pass


def _journal_file(args: argparse.Namespace) -> Path:
    return journal_path(data_dir(args.data_dir))


def _open(args: argparse.Namespace, create: bool = True, verify: bool = True):  # type: ignore[no-untyped-def]
    """Open the journal; read-only commands skip the whole-file check to stay quick
    (damage they touch is still reported; `check` does the full check)."""
    from trustjournal.storage import open_journal

    return open_journal(_journal_file(args), create=create, verify=verify)


def cmd_add(args: argparse.Namespace, out: TextIO) -> int:
    body = args.body
    if body is None or body == "-":
        if sys.stdin is None or sys.stdin.isatty():
            raise UsageError("no entry text: give it as an argument or pipe it in")
        body = sys.stdin.read()
    if not body.strip() and not args.title.strip():
        raise UsageError("nothing to save: the title and the text are both empty")
    with _open(args) as journal:
        entry, _ = journal.create_entry(
            title=args.title,
            body=body,
            tags=split_tags(args.tags),
            local_date=args.date,
            starred=args.star,
        )
    print(f"Saved entry {entry.uuid} for {entry.local_date.isoformat()}.", file=out)
    return EXIT_OK


def _summary_json(s: EntrySummary) -> dict[str, object]:
    return {
        "uuid": s.uuid,
        "date": s.local_date.isoformat(),
        "created_utc": s.created_utc.isoformat(),
        "title": s.title,
        "kind": str(s.kind),
        "tags": list(s.tags),
        "starred": s.starred,
        "words": s.word_count,
        "preview": s.preview,
    }


def _summary_line(s: EntrySummary) -> str:
    star = "★ " if s.starred else ""
    title = s.title or "(untitled)"
    tags = f"  [{', '.join(s.tags)}]" if s.tags else ""
    return f"{s.local_date.isoformat()}  {star}{title}{tags}"


def cmd_list(args: argparse.Namespace, out: TextIO) -> int:
    with _open(args, create=False, verify=False) as journal:
        page = journal.timeline_page(limit=args.limit, trashed=args.trash, tag=args.tag)
    if args.json:
        json.dump([_summary_json(s) for s in page.entries], out, ensure_ascii=False, indent=1)
        out.write("\n")
    elif not page.entries:
        print("No entries yet." if not args.trash else "The trash is empty.", file=out)
    else:
        for s in page.entries:
            print(_summary_line(s), file=out)
    return EXIT_OK


def _plain_snippet(hit: SearchHit) -> str:
    return "".join(f"[{t}]" if match else t for t, match in snippet_segments(hit.snippet))


def cmd_search(args: argparse.Namespace, out: TextIO) -> int:
    if not args.query.strip() and not (args.tag or args.date_from or args.date_to):
        raise UsageError("give some words to search for, or a --tag/--from/--to filter")
    with _open(args, create=False, verify=False) as journal:
        hits = journal.search(
            args.query,
            tags=args.tag,
            date_from=args.date_from,
            date_to=args.date_to,
            limit=args.limit,
        )
    if args.json:
        rows = [{**_summary_json(h.entry), "snippet": _plain_snippet(h)} for h in hits]
        json.dump(rows, out, ensure_ascii=False, indent=1)
        out.write("\n")
        return EXIT_OK
    if not hits:
        print("Nothing found.", file=out)
    for hit in hits:
        print(_summary_line(hit.entry), file=out)
        print(f"    {_plain_snippet(hit)}", file=out)
    return EXIT_OK


def cmd_check(args: argparse.Namespace, out: TextIO) -> int:
    path = _journal_file(args)
    if not path.exists():
        raise UsageError(f"there is no journal at {path}")
    with _open(args, create=False) as journal:
        problems = journal.integrity_problems()
        count = journal.count_entries()
        trashed = journal.count_entries(trashed=True)
    if problems:
        print(f"{path}: damaged ({len(problems)} problems found):", file=out)
        for line in problems[:20]:
            print(f"  {line}", file=out)
        return EXIT_DAMAGED
    print(f"{path}: healthy — {count} entries, {trashed} in the trash.", file=out)
    return EXIT_OK


def cmd_demo(args: argparse.Namespace, out: TextIO) -> int:
    from trustjournal.core.demo import DEMO_TAG
    from trustjournal.storage.bulk import insert_demo

    with _open(args) as journal:
        live = journal.count_entries() + journal.count_entries(trashed=True)
        if live and not journal.get_setting("demo_journal", False):
            raise UsageError(
                "this journal already holds your own entries; demo data goes in a separate "
                "folder: use --data-dir /some/empty/folder"
            )
        count = insert_demo(journal, args.entries, args.years, args.seed)
    print(
        f"Added {count} demo entries over {args.years} years (tagged '{DEMO_TAG}') "
        f"to {journal.path}.",
        file=out,
    )
    return EXIT_OK


COMMANDS: dict[str, Callable[[argparse.Namespace, TextIO], int]] = {
    "add": cmd_add,
    "list": cmd_list,
    "search": cmd_search,
    "check": cmd_check,
    "demo": cmd_demo,
}
