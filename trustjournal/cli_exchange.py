"""`trustjournal export` and `trustjournal import`: the exchange runner from the terminal.

The format lists come from the exchange registry, so a new format module shows up here
without changes. Progress goes to standard error, and only when a person is watching.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

from trustjournal.cli_parser import command_help
from trustjournal.core.entries import EntryKind

Handler = Callable[[argparse.Namespace, TextIO], int]


def add_commands(sub: Any, parents: list[argparse.ArgumentParser]) -> dict[str, Handler]:
    """Add the export and import parsers; returns their handlers by command name."""
    from trustjournal.cli_common import _date
    from trustjournal.exchange import registry

    export = sub.add_parser("export", parents=parents, help=command_help("export"))
    export.add_argument("--format", dest="fmt", required=True,
                        choices=sorted(registry.exporters()), help="the file format")
    export.add_argument("--out", required=True, metavar="PATH",
                        help="the file (or folder, for folder formats) to write; - writes "
                        "a one-file format to standard output")
    export.add_argument("--from", dest="date_from", type=_date, metavar="DATE",
                        help="only entries from this day (YYYY-MM-DD)")
    export.add_argument("--to", dest="date_to", type=_date, metavar="DATE",
                        help="only entries up to this day (YYYY-MM-DD)")
    export.add_argument("--tag", nargs="+", action="extend", default=[], metavar="TAG",
                        help="only entries with any of these tags")
    export.add_argument("--kind", nargs="+", action="extend", default=[],
                        choices=[str(k) for k in EntryKind], metavar="KIND",
                        help="only these kinds of entry: free, exercise, checkin")
    export.add_argument("--exercise", nargs="+", action="extend", default=[], metavar="ID",
                        help="of the exercise entries, only these exercises (other kinds "
                        "still follow --kind)")
    export.add_argument("--include-trash", action="store_true",
                        help="include entries in the trash")
    export.add_argument("--revisions", action="store_true",
                        help="include each entry's earlier versions (formats that keep them)")
    export.add_argument("--single-file", action="store_true",
                        help="one combined file instead of a folder (markdown becomes "
                        "markdown-single)")
    export.add_argument("--summary", action="store_true",
                        help="pdf: start with a short summary of progress over the dates")
    export.add_argument("--trackers", action=argparse.BooleanOptionalAction, default=None,
                        help="json, csv, pdf: put in the trackers (urges, promises, "
                        "intentions, worries) made or settled within the dates; on for "
                        "json and csv, off for the pdf packet unless given")
    export.add_argument("--week-start", choices=("mon", "sun", "sat"),
                        help="pdf --summary and --trackers: the first day of the week "
                        "(default: from the locale)")
    export.add_argument("--overwrite", action="store_true",
                        help="replace PATH if it exists")

    imp = sub.add_parser("import", parents=parents, help=command_help("import"))
    imp.add_argument("path", metavar="PATH", help="the file or folder to import")
    imp.add_argument("--format", dest="fmt", default="auto",
                     choices=["auto", *sorted(registry.importers())],
                     help="what kind of file it is (default: tell from the file)")
    imp.add_argument("--dry-run", action="store_true",
                     help="only check the file and say what would be added")
    return {"export": cmd_export, "import": cmd_import}


def _progress(verb: str) -> Callable[[int, int | None], bool] | None:
    """A progress line on standard error, when that is a terminal."""
    err = sys.stderr
    if err is None or not err.isatty():
        return None

    def show(done: int, total: int | None) -> bool:
        of = f" of {total:,}" if total else ""
        err.write(f"\r{verb} {done:,}{of} entries…")
        if total is not None and done >= total:
            err.write("\r\033[K")
        err.flush()
        return True

    return show


def _entries(n: int) -> str:
    return f"{n:,} {'entry' if n == 1 else 'entries'}"


def cmd_export(args: argparse.Namespace, out: TextIO) -> int:
    from trustjournal.cli_common import _open
    from trustjournal.exchange import runner
    from trustjournal.exchange.model import ExportFilter, ExportOptions
    from trustjournal.storage import keys

    flt = ExportFilter(
        start=args.date_from, end=args.date_to, tags=tuple(args.tag), kinds=tuple(args.kind),
        exercise_ids=tuple(args.exercise), include_trash=args.include_trash,
        include_revisions=args.revisions,
    )
    if flt.start and flt.end and flt.start > flt.end:
        from trustjournal.cli_common import UsageError

        raise UsageError("--from is after --to; nothing was exported")
    if args.trackers is not None:
        _check_trackers(args)
    to_stream = args.out == STDOUT
    if to_stream:
        _check_stream(args, out)
    with _open(args, create=False, verify=False) as journal:
        encrypted = keys.is_encrypted(journal.path)
        summary = _summary(journal, flt, args.week_start) if args.summary else ()
        options = ExportOptions(single_file=args.single_file, charts=args.summary,
                                summary=summary, trackers=args.trackers,
                                first_weekday=_first_weekday(args.week_start))
        if to_stream:
            out.flush()
            count = runner.export_to_stream(journal, args.fmt, _binary(out), flt, options,
                                            progress=_progress("Exporting"))
        else:
            target = runner.check_target(journal, args.fmt, args.out, options,
                                         args.overwrite)
            count = runner.export(
                journal, args.fmt, target, flt, options,
                progress=_progress("Exporting"), overwrite=args.overwrite,
            )
    # With the export on standard output, what people read goes to standard error (and
    # nowhere if that is closed: print(file=None) would add it to the export).
    said = sys.stderr if to_stream else out
    if said is None:
        return 0
    where = "standard output" if to_stream else str(target)
    print(f"Exported {_entries(count)} to {where}.", file=said)
    if encrypted:
        what = "the exported text" if to_stream else target.name
        print(f"Note: your journal is encrypted, but {what} is not. Anyone who can "
              "open it can read it; keep it somewhere safe and delete it when done.", file=said)
    return 0


STDOUT = "-"


def _check_trackers(args: argparse.Namespace) -> None:
    """--trackers / --no-trackers only where the format can carry them."""
    from trustjournal.cli_common import UsageError
    from trustjournal.exchange import registry

    carriers = sorted(name for name, exporter in registry.exporters().items()
                      if hasattr(exporter, "trackers_default"))
    if args.fmt not in carriers:
        flag = "--trackers" if args.trackers else "--no-trackers"
        raise UsageError(f"{flag} goes with {', '.join(carriers)}; the {args.fmt} format "
                         "has no trackers. Nothing was exported")


def _check_stream(args: argparse.Namespace, out: TextIO) -> None:
    """Refuse, before the journal is opened, what cannot go to standard output."""
    from trustjournal.cli_common import UsageError
    from trustjournal.exchange import runner
    from trustjournal.exchange.model import ExportOptions

    if out is None:  # started with standard output closed
        raise UsageError("--out - writes to standard output, but it is closed; nothing was "
                         "exported")
    exporter = runner.exporter_for(args.fmt, ExportOptions(single_file=args.single_file))
    if exporter.folder:
        raise UsageError(
            f"--out - writes to standard output, but {args.fmt} is a folder of files. Give "
            "--out a folder name, or add --single-file for one Markdown file; nothing was "
            "exported")
    if getattr(exporter, "binary", False) and out.isatty():
        raise UsageError(
            f"{args.fmt} is not text and would garble the terminal: redirect standard "
            "output to a file (> packet.pdf) or give --out a file name; nothing was exported")


class _TextSink:
    """Bytes to a text stream that has no binary side (as in tests), decoded whole."""

    def __init__(self, out: TextIO) -> None:
        import codecs

        self._out = out
        self._decoder = codecs.getincrementaldecoder("utf-8")()

    def write(self, data: bytes) -> int:
        self._out.write(self._decoder.decode(data))
        return len(data)

    def flush(self) -> None:
        self._out.write(self._decoder.decode(b"", final=True))
        self._out.flush()


def _binary(out: TextIO) -> Any:
    buffer = getattr(out, "buffer", None)
    return buffer if buffer is not None else _TextSink(out)


def _first_weekday(week_start: str | None) -> int:
    """--week-start as 0 (Monday) .. 6, or the locale's first day of the week."""
    from trustjournal.core.progress import first_weekday_from_env, parse_week_start

    return parse_week_start(week_start) if week_start else first_weekday_from_env()


def _summary(journal: Any, flt: Any, week_start: str | None) -> tuple[str, ...]:
    """The Progress captions over the export's dates, for the PDF packet."""
    import datetime as dt

    from trustjournal.core.progress import build_dashboard, summary_captions

    first = _first_weekday(week_start)
    data = journal.progress_data(flt.start, flt.end)
    dash = build_dashboard(data, today=dt.date.today(), first_weekday=first,
                           range_key="range" if flt.start else "all")
    return summary_captions(dash)


class _NoJournal:
    """Stands in for a journal not made yet, so a dry run never creates one."""

    def known_uuids(self, uuids: Any) -> set[str]:
        return set()

    def tracker_set(self) -> Any:
        from trustjournal.core.trackers import TrackerSet

        return TrackerSet()


def _dry_run(args: argparse.Namespace, path: Path, out: TextIO) -> int:
    from trustjournal.cli_common import _journal_file, _open
    from trustjournal.exchange import runner
    from trustjournal.storage.presence import journal_exists

    journal_file = _journal_file(args)
    if journal_exists(journal_file):  # a missing file beside its backups is damage
        with _open(args, create=False, verify=False) as journal:
            importer, preview = runner.preview_import(journal, path, args.fmt,
                                                      _progress("Checking"))
        print(f"{path} ({importer.label}) holds {_entries(preview.total)}. Nothing was "
              f"changed; importing it would add {preview.describe()}.", file=out)
        return 0
    # A dry run before a first import is a useful question, so it answers it (and exits
    # 0): it checks the file, says there is no journal yet, and creates nothing.
    importer, preview = runner.preview_import(
        _NoJournal(), path, args.fmt, _progress("Checking"))  # type: ignore[arg-type]
    print(f"{path} ({importer.label}) holds {_entries(preview.total)}. There is no journal "
          f"here yet ({journal_file.parent}) and nothing was created or changed; importing "
          f"it would start one with {preview.describe()}.", file=out)
    return 0


def cmd_import(args: argparse.Namespace, out: TextIO) -> int:
    from trustjournal.cli_common import _journal_file, _open
    from trustjournal.exchange import runner
    from trustjournal.storage.create import discard_unused_journal, missing_folders
    from trustjournal.storage.presence import journal_exists

    path = Path(args.path).expanduser()
    if args.dry_run:
        return _dry_run(args, path, out)
    journal_file = _journal_file(args)
    first = not journal_exists(journal_file)
    made = missing_folders(journal_file) if first else []
    try:
        with _open(args) as journal:
            result = runner.import_file(journal, path, args.fmt, _progress("Importing"))
    except BaseException:
        if first:
            # The import is all or nothing, so the journal it began is still empty: it
            # goes again, and a bad file leaves no empty journal behind (the file is
            # read once, not checked in a pass of its own first).
            discard_unused_journal(journal_file, made)
        raise
    trackers = result.preview.describe_trackers()
    if result.preview.total == 0 and not trackers:
        print(f"There are no entries in {path}; nothing was changed.", file=out)
    elif result.added == 0 and not trackers:
        print(f"Nothing to import: all {_entries(result.skipped)} in {path} are already in "
              "the journal.", file=out)
    else:
        also = f", and from the trackers {trackers}" if trackers else ""
        print(f"Imported {_entries(result.added)}, {result.skipped:,} already in the "
              f"journal{also}.", file=out)
        if result.preview.shortened:
            from trustjournal.core.entries import MAX_TITLE_LENGTH

            n = result.preview.shortened
            print(f"{n:,} {'title was' if n == 1 else 'titles were'} longer than "
                  f"{MAX_TITLE_LENGTH} characters and {'was' if n == 1 else 'were'} "
                  "shortened.", file=out)
    if result.preview.skipped:
        print("Not read (links and special files are left out): "
              f"{', '.join(result.preview.skipped)}.", file=out)
    return 0
