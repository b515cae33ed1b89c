"""What every CLI command shares: exit codes, argument types, secrets, and opening the
journal (through cli_open.py and the journal session). Never imports Qt, the exchange
formats or the exercises."""

from __future__ import annotations

import argparse
import datetime as dt
import os
from pathlib import Path
from typing import TextIO

# Opening goes through the journal session (cli_open.py); the commands have long known
# these names with a leading underscore.
from trustjournal.cli_open import (  # noqa: F401 (re-exported for the command modules)
    ENV_NEW_PASSPHRASE,
    ENV_PASSPHRASE,
    ENV_RECOVERY_KEY,
    EXIT_DAMAGED,
    EXIT_ERROR,
    EXIT_OK,
    EXIT_USAGE,
    UsageError,
    ask,
    backups_hint,
    journal_file,
    open_journal,
    passphrase,
    read_secret_file,
    unlocked_session,
)
from trustjournal.core.i18n import translate
from trustjournal.paths import keys_path

_ask, _backups_hint, _journal_file, _open = ask, backups_hint, journal_file, open_journal
_passphrase, _read_secret_file = passphrase, read_secret_file


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(translate(
            "CliCommon", "'{value}' is not a date; use YYYY-MM-DD, e.g. 2024-03-18",
        ).format(value=value)) from None


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(translate(
            "CliCommon", "'{value}' is not a whole number").format(value=value)) from None
    if number < 1:
        raise argparse.ArgumentTypeError(translate("CliCommon", "must be 1 or more"))
    return number


def _new_passphrase(args: argparse.Namespace, out: TextIO) -> str:
    from trustjournal.core.passphrase import MIN_LENGTH, strength

    def check(value: str) -> None:
        if not value.strip():
            raise UsageError(translate(
                "CliCommon", "a passphrase cannot be empty; nothing has been changed"))
        if len(value) < MIN_LENGTH:
            raise UsageError(translate(
                "CliCommon", "please choose a passphrase of at least %n characters (a few words "
                "are easiest to remember); nothing has been changed", None, MIN_LENGTH))

    name = getattr(args, "new_passphrase_file", None)
    if name:
        value = _read_secret_file(name)
    elif os.environ.get(ENV_NEW_PASSPHRASE):
        value = os.environ[ENV_NEW_PASSPHRASE]
    else:
        where = translate(
            "CliCommon", "give the new passphrase with --new-passphrase-file FILE or ${variable}, "
            "or run the command in a terminal to be asked",
        ).format(variable=ENV_NEW_PASSPHRASE)
        value = _ask(translate("CliCommon", "New passphrase: "), where)
        check(value)
        if _ask(translate("CliCommon", "The same passphrase again: "), where) != value:
            raise UsageError(translate(
                "CliCommon", "the two passphrases are not the same; nothing has been changed"))
    check(value)
    score, hint = strength(value)
    if score < 3:
        print(translate("CliCommon", "Note: {hint}").format(hint=hint), file=out)
    return value


def saved_entry(uuid: str, day: dt.date) -> str:
    """'Saved entry <id> for <day>.' (the day in the locale's words)."""
    from trustjournal.core.locale_dates import locale_dates

    return translate("CliCommon", "Saved entry {id} for {date}.").format(
        id=uuid, date=locale_dates().short_date(day))


def is_yes(answer: str) -> bool:
    """Whether a typed answer agrees: 'y' or 'yes', or the language's own words for it."""
    words = {"y", "yes", *translate("CliCommon", "y,yes", "the answers that mean yes to a "
                                    "[y/N] question, separated by commas").split(",")}
    return answer.strip().lower() in {w.strip().lower() for w in words if w.strip()}


def _print_recovery(recovery: str, out: TextIO) -> None:
    print("\n" + translate("CliCommon", "Your recovery key, shown only this once:") + "\n\n"
          f"    {recovery}\n\n" + translate(
              "CliCommon", "Write it down or print it, and keep it somewhere safe away from this "
              "computer. If you forget your passphrase, this key is the only way back into "
              "your journal."), file=out)


def _require_encrypted(path: Path) -> None:
    from trustjournal.storage import keys

    if not path.exists() and not keys_path(path).exists():
        raise UsageError(translate("CliCommon", "there is no journal at {path}").format(path=path))
    if not keys.is_encrypted(path):
        raise UsageError(translate(
            "CliCommon", "the journal at {path} is not encrypted; `trustjournal encrypt` adds a "
            "passphrase").format(path=path))
