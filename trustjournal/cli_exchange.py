"""`trustjournal export` and `trustjournal import`: the exchange runner from the terminal.

The format lists come from the exchange registry, so a new format module shows up here
without changes. Progress goes to standard error, and only when a person is watching.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from trustjournal.cli_parser import command_help
from trustjournal.core.entries import EntryKind
from trustjournal.core.i18n import translate

if TYPE_CHECKING:
    from trustjournal.exchange.importing import ImportResult

Handler = Callable[[argparse.Namespace, TextIO], int]


def add_commands(sub: Any, parents: list[argparse.ArgumentParser]) -> dict[str, Handler]:
    """Add the export and import parsers; returns their handlers by command name."""
    from trustjournal.cli_common import _date
    from trustjournal.exchange import registry

    export = sub.add_parser("export", parents=parents, help=command_help("export"))
    export.add_argument("--format", dest="fmt", required=True,
                        choices=sorted(registry.EXPORTER_MODULES),
                        help=translate("CliExchange", "the file format"))
    export.add_argument("--out", required=True, metavar="PATH", help=translate(
        "CliExchange", "the file (or folder, for folder formats) to write; - writes a one-file "
        "format to standard output"))
    export.add_argument("--from", dest="date_from", type=_date, metavar="DATE",
                        help=translate("CliExchange", "only entries from this day (YYYY-MM-DD)"))
    export.add_argument("--to", dest="date_to", type=_date, metavar="DATE",
                        help=translate("CliExchange", "only entries up to this day (YYYY-MM-DD)"))
    export.add_argument("--tag", nargs="+", action="extend", default=[], metavar="TAG",
                        help=translate("CliExchange", "only entries with any of these tags"))
    export.add_argument("--kind", nargs="+", action="extend", default=[],
                        choices=[str(k) for k in EntryKind], metavar="KIND",
                        help=translate("CliExchange", "only these kinds of entry: free, exercise, "
                                       "checkin"))
    export.add_argument("--exercise", nargs="+", action="extend", default=[], metavar="ID",
                        help=translate("CliExchange",
                            "of the exercise entries, only these exercises "
                                       "(other kinds still follow --kind)"))
    export.add_argument("--include-trash", action="store_true",
                        help=translate("CliExchange", "include entries in the trash"))
    export.add_argument("--revisions", action="store_true", help=translate(
        "CliExchange", "include each entry's earlier versions (formats that keep them)"))
    export.add_argument("--single-file", action="store_true", help=translate(
        "CliExchange", "one combined file instead of a folder (markdown becomes markdown-single)"))
    export.add_argument("--summary", action="store_true", help=translate(
        "CliExchange", "pdf: start with a short summary of progress over the dates"))
    export.add_argument("--trackers", action=argparse.BooleanOptionalAction, default=None,
                        help=translate(
                            "CliExchange", "json, csv, pdf: put in the trackers (urges, promises, "
                            "intentions, worries) made or settled within the dates; on for "
                            "json and csv, off for the pdf packet unless given"))
    export.add_argument("--week-start", choices=("mon", "sun", "sat"), help=translate(
        "CliExchange", "pdf --summary and --trackers: the first day of the week (default: from the "
        "locale)"))
    export.add_argument("--overwrite", action="store_true",
                        help=translate("CliExchange", "replace PATH if it exists"))

    imp = sub.add_parser("import", parents=parents, help=command_help("import"))
    imp.add_argument("path", metavar="PATH",
                     help=translate("CliExchange", "the file or folder to import"))
    imp.add_argument("--format", dest="fmt", default="auto",
                     choices=["auto", *sorted(registry.IMPORTER_MODULES)],
                     help=translate("CliExchange",
                         "what kind of file it is (default: tell from the "
                                    "file)"))
    imp.add_argument("--dry-run", action="store_true", help=translate(
        "CliExchange", "only check the file and say what would be added"))
    return {"export": cmd_export, "import": cmd_import}


def _progress(verb: str) -> Callable[[int, int | None], bool] | None:
    """A progress line on standard error, when that is a terminal; `verb` is one of
    'export', 'check' and 'import', each with its own sentences."""
    err = sys.stderr
    if err is None or not err.isatty():
        return None

    def show(done: int, total: int | None) -> bool:
        err.write("\r" + _progress_text(verb, done, total))
        if total is not None and done >= total:
            err.write("\r\033[K")
        err.flush()
        return True

    return show


def _progress_text(verb: str, done: int, total: int | None) -> str:
    """'Exporting 1,200 of 5,000 entries…': the whole line in the language."""
    if total:
        # The total decides the noun's form; the count done is a number in it.
        texts = {
            "export": translate("CliExchange", "Exporting {done} of %Ln entries…", None, total),
            "check": translate("CliExchange", "Checking {done} of %Ln entries…", None, total),
            "import": translate("CliExchange", "Importing {done} of %Ln entries…", None, total),
        }
        return texts[verb].format(done=f"{done:,}")  # i18n: number
    texts = {
        "export": translate("CliExchange", "Exporting %Ln entries…", None, done),
        "check": translate("CliExchange", "Checking %Ln entries…", None, done),
        "import": translate("CliExchange", "Importing %Ln entries…", None, done),
    }
    return texts[verb]


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

        raise UsageError(translate("CliExchange", "--from is after --to; nothing was exported"))
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
                                first_weekday=_first_weekday(args))
        if to_stream:
            out.flush()
            count = runner.export_to_stream(journal, args.fmt, _binary(out), flt, options,
                                            progress=_progress("export"))
        else:
            target = runner.check_target(journal, args.fmt, args.out, options,
                                         args.overwrite)
            count = runner.export(
                journal, args.fmt, target, flt, options,
                progress=_progress("export"), overwrite=args.overwrite,
            )
    # With the export on standard output, what people read goes to standard error (and
    # nowhere if that is closed: print(file=None) would add it to the export).
    said = sys.stderr if to_stream else out
    if said is None:
        return 0
    if to_stream:
        print(translate("CliExchange", "Exported %Ln entries to standard output.", None, count),
              file=said)
    else:
        print(translate("CliExchange", "Exported %Ln entries to {path}.", None, count).format(
            path=target), file=said)
    if encrypted and to_stream:
        print(translate("CliExchange", "Note: your journal is encrypted, but the exported text is "
                        "not. Anyone who can open it can read it; keep it somewhere safe and "
                        "delete it when done."), file=said)
    elif encrypted:
        print(translate("CliExchange", "Note: your journal is encrypted, but {file} is not. Anyone "
                        "who can open it can read it; keep it somewhere safe and delete it "
                        "when done.").format(file=target.name), file=said)
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
        raise UsageError(translate(
            "CliExchange", "{option} goes with {formats}; the {format} format has no trackers. "
            "Nothing was exported").format(option=flag, formats=", ".join(carriers),
                                           format=args.fmt))


def _check_stream(args: argparse.Namespace, out: TextIO) -> None:
    """Refuse, before the journal is opened, what cannot go to standard output."""
    from trustjournal.cli_common import UsageError
    from trustjournal.exchange import runner
    from trustjournal.exchange.model import ExportOptions

    if out is None:  # started with standard output closed
        raise UsageError(translate(
            "CliExchange", "--out - writes to standard output, but it is closed; nothing was "
            "exported"))
    exporter = runner.exporter_for(args.fmt, ExportOptions(single_file=args.single_file))
    if exporter.folder:
        raise UsageError(translate(
            "CliExchange", "--out - writes to standard output, but {format} is a folder of files. "
            "Give --out a folder name, or add --single-file for one Markdown file; nothing "
            "was exported").format(format=args.fmt))
    if getattr(exporter, "binary", False) and out.isatty():
        raise UsageError(translate(
            "CliExchange", "{format} is not text and would garble the terminal: redirect standard "
            "output to a file (> packet.pdf) or give --out a file name; nothing was "
            "exported").format(format=args.fmt))


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


def _first_weekday(args: argparse.Namespace) -> int:
    """The export's first day of the week. Only the PDF packet has weeks: other formats
    get 0 without loading the Progress code that reads the locale's."""
    if args.fmt != "pdf" and not args.summary and not args.week_start:
        return 0
    return _week_start(args.week_start)


def _week_start(week_start: str | None) -> int:
    """--week-start as 0 (Monday) .. 6, or the locale's first day of the week."""
    from trustjournal.core.progress import first_weekday_from_env, parse_week_start

    return parse_week_start(week_start) if week_start else first_weekday_from_env()


def _summary(journal: Any, flt: Any, week_start: str | None) -> tuple[str, ...]:
    """The Progress captions over the export's dates, for the PDF packet."""
    import datetime as dt

    from trustjournal.cli_stats import cli_formats
    from trustjournal.core.progress import build_dashboard, summary_captions

    first = _week_start(week_start)
    data = journal.progress_data(flt.start, flt.end)
    dash = build_dashboard(data, today=dt.date.today(), first_weekday=first,
                           range_key="range" if flt.start else "all", formats=cli_formats())
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
                                                      _progress("check"))
        total = preview.total
        print(translate("CliExchange", "{path} ({format}) holds %Ln entries. Nothing was changed; "
                        "importing it would add {what}.", None, total).format(
            path=path, format=importer.label, what=preview.describe()), file=out)
        return 0
    # A dry run before a first import is a useful question, so it answers it (and exits
    # 0): it checks the file, says there is no journal yet, and creates nothing.
    importer, preview = runner.preview_import(
        _NoJournal(), path, args.fmt, _progress("check"))  # type: ignore[arg-type]
    total = preview.total
    print(translate("CliExchange", "{path} ({format}) holds %Ln entries. There is no journal here "
                    "yet ({folder}) and nothing was created or changed; importing it would "
                    "start one with {what}.", None, total).format(
        path=path, format=importer.label, folder=journal_file.parent,
        what=preview.describe()), file=out)
    return 0


def cmd_import(args: argparse.Namespace, out: TextIO) -> int:
    from trustjournal.cli_common import _journal_file, _open
    from trustjournal.exchange import runner
    from trustjournal.storage.create import discard_unused_journal, missing_folders
    from trustjournal.storage.errors import JournalInUseError
    from trustjournal.storage.presence import journal_exists

    path = Path(args.path).expanduser()
    if args.dry_run:
        return _dry_run(args, path, out)
    journal_file = _journal_file(args)
    first = not journal_exists(journal_file)
    made = missing_folders(journal_file) if first else []
    result: ImportResult | None = None
    fill: Any = None
    try:
        with _open(args) as journal:
            fill = _filled(journal) if first else None
            with fill or contextlib.nullcontext(journal) as target:
                result = runner.import_file(target, path, args.fmt, _progress("import"))
    except JournalInUseError:
        # Another program opened the journal this import began: it stays, for that
        # program (a file someone has open is not deleted from under them).
        raise
    except BaseException as exc:
        # The import is all or nothing, so the journal a first import began holds
        # something only if the import is complete and in it. Otherwise it goes again,
        # and a bad file leaves no empty journal behind (the file is read once, not
        # checked in a pass of its own first), unless another program has it open.
        if not first or discard_unused_journal(journal_file, made):
            raise
        if not (isinstance(exc, KeyboardInterrupt) and fill is not None
                and fill.in_place):
            raise
        # Ctrl-C came once the import was complete and in place (the rename done, as
        # the command let go of the journal): it stopped nothing, and "interrupted"
        # would tell the person that the import failed.
    assert result is not None
    trackers = result.preview.describe_trackers()
    if result.preview.total == 0 and not trackers:
        print(translate("CliExchange",
            "There are no entries in {path}; nothing was changed.").format(
            path=path), file=out)
    elif result.added == 0 and not trackers:
        skipped = result.skipped
        print(translate("CliExchange",
            "Nothing to import: all %Ln entries in {path} are already in "
                        "the journal.", None, skipped).format(path=path), file=out)
    else:
        print(_imported(result.added, result.skipped, trackers), file=out)
        if result.preview.shortened:
            from trustjournal.core.entries import MAX_TITLE_LENGTH

            shortened = result.preview.shortened
            print(translate("CliExchange", "%Ln titles were longer than {most} characters and were "
                            "shortened.", None, shortened).format(
                most=MAX_TITLE_LENGTH), file=out)
    if result.preview.skipped:
        print(translate("CliExchange", "Not read (links and special files are left out): {files}.")
              .format(files=", ".join(result.preview.skipped)), file=out)
    return 0


def _filled(journal: Any) -> Any:
    """Where a first import writes: a new file that takes the empty journal's place
    when it is complete (each page written once, see storage/fill.py); its in_place
    says when the import is in. Any other import writes into the journal itself."""
    from trustjournal.storage.fill import filled_anew

    return filled_anew(journal)


def _imported(added: int, skipped: int, trackers: str) -> str:
    """'Imported 3 entries, 1 already in the journal[, and from the trackers …].'"""
    # Two counts: the added entries carry the sentence's plural, the skipped ones are a
    # number in it ("already in the journal" reads the same for 1 and many in English).
    if trackers:
        text = translate("CliExchange",
            "Imported %Ln entries, {skipped} already in the journal, and "
                         "from the trackers {trackers}.", None, added)
    else:
        text = translate("CliExchange", "Imported %Ln entries, {skipped} already in the journal.",
                         None, added)
    return text.format(skipped=f"{skipped:,}", trackers=trackers)  # i18n: number
