"""`trustjournal stats`: the Progress page's figures and captions, headless.

Reads through Journal.progress_data and Journal.tracker_data and core.progress, the same
functions the Progress page draws from, so the numbers always agree. Never imports Qt.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from collections.abc import Callable
from typing import Any, TextIO

from trustjournal.cli_parser import command_help
from trustjournal.core.i18n import translate

DEFAULT_WEEKS = 12
MAX_WEEKS = 5200  # a hundred years; "--all" covers anything longer


def _weeks(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(translate(
            "CliStats", "'{value}' is not a whole number").format(value=value)) from None
    if not 1 <= number <= MAX_WEEKS:
        raise argparse.ArgumentTypeError(translate(
            "CliStats", "must be from 1 to {most} (or use --all)").format(most=MAX_WEEKS))
    return number


def add_commands(
    sub: Any, parents: list[argparse.ArgumentParser]
) -> dict[str, Callable[[argparse.Namespace, TextIO], int]]:
    """Add `stats` to the CLI; returns its handler by name."""
    stats = sub.add_parser("stats", parents=parents, help=command_help("stats"))
    span = stats.add_mutually_exclusive_group()
    span.add_argument("--weeks", type=_weeks, default=DEFAULT_WEEKS, metavar="N",
                      help=translate("CliStats", "the last N weeks, this one included (default "
                                     "{weeks})").format(weeks=DEFAULT_WEEKS))
    span.add_argument("--all", action="store_true",
                      help=translate("CliStats", "everything since the first entry"))
    stats.add_argument(
        "--week-start", choices=("mon", "sun", "sat"),
        help=translate("CliStats", "the first day of a week (default: from your locale settings, "
                       "else Monday)"),
    )
    stats.add_argument("--json", action="store_true",
                       help=translate("CliStats", "machine-readable output"))
    return {"stats": cmd_stats}


def cli_formats() -> Any:
    """How the Progress captions write dates for the command line: the environment's
    locale (English keeps the app's own wording)."""
    from trustjournal.core.locale_dates import locale_dates
    from trustjournal.core.progress.captions import ENGLISH_FORMATS, Formats

    dates = locale_dates()
    if dates.conventions.english:
        return ENGLISH_FORMATS
    return Formats(date=dates.compact_date, day_month=dates.compact_date)


def cmd_stats(args: argparse.Namespace, out: TextIO) -> int:
    """Print the figures for the chosen range as text, or as JSON with --json."""
    from trustjournal.cli_common import EXIT_OK, _open
    from trustjournal.core.progress import (
        build_dashboard,
        first_weekday_from_env,
        parse_week_start,
        range_start,
        stats_json,
        stats_report,
    )

    first_weekday = (parse_week_start(args.week_start) if args.week_start
                     else first_weekday_from_env())
    today = dt.date.today()
    key = "all" if args.all else f"{args.weeks}w"
    start = range_start(key, today, first_weekday)
    end = None if start is None else today
    with _open(args, create=False, verify=False) as journal:
        data = journal.progress_data(start, end)
        trackers = journal.tracker_data(start, end)
    formats = cli_formats()
    dash = build_dashboard(data, today=today, first_weekday=first_weekday, range_key=key,
                           trackers=trackers, formats=formats)
    if args.json:
        json.dump(stats_json(dash), out, ensure_ascii=False, indent=1)
        out.write("\n")
    else:
        out.write(stats_report(dash, formats))
    return EXIT_OK
