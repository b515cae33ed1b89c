"""What every CLI command shares: exit codes, argument types, opening (and unlocking)
the journal, reading secrets. Never imports Qt, the exchange formats or the exercises."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from pathlib import Path
from typing import TextIO

from trustjournal.paths import data_dir, journal_path, keys_path

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_DAMAGED = 0, 1, 2, 3

ENV_PASSPHRASE = "TRUSTJOURNAL_PASSPHRASE"
ENV_NEW_PASSPHRASE = "TRUSTJOURNAL_NEW_PASSPHRASE"
ENV_RECOVERY_KEY = "TRUSTJOURNAL_RECOVERY_KEY"


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


class UsageError(Exception):
    pass


def _journal_file(args: argparse.Namespace) -> Path:
    return journal_path(data_dir(args.data_dir))


def _open(args: argparse.Namespace, create: bool = True, verify: bool = True):  # type: ignore[no-untyped-def]
    """Open the journal, unlocking it first if it is encrypted; read-only commands skip
    the whole-file check to stay quick (damage they touch is still reported; `check`
    does the full check)."""
    from trustjournal.storage import JournalDamagedError, NotAJournalError, keys, open_journal
    from trustjournal.storage.presence import journal_exists, require_journal

    path = _journal_file(args)
    if not journal_exists(path):  # a missing file beside its key file or backups: damage
        if not create:
            require_journal(path)  # "no journal here"; nothing is created or changed
        return open_journal(path, create=True, verify=verify)
    _refuse_damaged(path)
    if keys.is_encrypted(path):
        key = _unlock(args, path)
        return keys.open_encrypted(path, key, verify=verify)
    try:
        return open_journal(path, create=False, verify=verify)
    except NotAJournalError as exc:  # unreadable as a journal: damage, as `check` says
        raise JournalDamagedError(f"{exc}\n{_backups_hint(path)}") from None


def _refuse_damaged(path: Path) -> None:
    """The same judgement `check` makes from the file's size, first bytes, key file and
    backups: every command refuses such a file, and leaves it as it is."""
    from trustjournal.storage import JournalDamagedError
    from trustjournal.storage.backups import damage_suspected

    reason = damage_suspected(path)
    if reason:
        raise JournalDamagedError(
            f"{path}: damaged. {reason} It has not been changed.\n{_backups_hint(path)}"
        )


# -- secrets ---------------------------------------------------------------------------
# Passphrases come from a file named on the command line, else the environment, else a
# prompt that does not echo (only when a person is at a terminal). They are never
# printed, and never part of a message.


def _read_secret_file(name: str) -> str:
    try:
        text = Path(name).read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise UsageError(f"{name} is not UTF-8 text; nothing has been changed") from None
    # One line ending is the editor's, not the passphrase's.
    for ending in ("\r\n", "\n"):
        if text.endswith(ending):
            return text[: -len(ending)]
    return text


def _ask(prompt: str, where: str) -> str:
    if sys.stdin is None or not sys.stdin.isatty():
        raise UsageError(f"{where}; nothing has been changed")
    import getpass

    try:
        return getpass.getpass(prompt)
    except EOFError:  # Ctrl-D at the prompt
        raise UsageError("nothing was typed; nothing has been changed") from None


def _passphrase(args: argparse.Namespace, prompt: str = "Passphrase: ") -> str:
    name = getattr(args, "passphrase_file", None)
    if name:
        return _read_secret_file(name)
    if os.environ.get(ENV_PASSPHRASE):
        return os.environ[ENV_PASSPHRASE]
    return _ask(
        prompt,
        f"this journal is encrypted: give its passphrase with --passphrase-file FILE or "
        f"${ENV_PASSPHRASE}, or run the command in a terminal to be asked",
    )


def _unlock(args: argparse.Namespace, path: Path) -> bytes:
    from trustjournal.storage import keys

    keys.check_key_file(path)  # a missing key file is said before asking for anything
    return keys.unlock(path, _passphrase(args))


def _new_passphrase(args: argparse.Namespace, out: TextIO) -> str:
    from trustjournal.core.passphrase import MIN_LENGTH, strength

    def check(value: str) -> None:
        if not value.strip():
            raise UsageError("a passphrase cannot be empty; nothing has been changed")
        if len(value) < MIN_LENGTH:
            raise UsageError(
                f"please choose a passphrase of at least {MIN_LENGTH} characters (a few "
                "words are easiest to remember); nothing has been changed"
            )

    name = getattr(args, "new_passphrase_file", None)
    if name:
        value = _read_secret_file(name)
    elif os.environ.get(ENV_NEW_PASSPHRASE):
        value = os.environ[ENV_NEW_PASSPHRASE]
    else:
        where = (
            f"give the new passphrase with --new-passphrase-file FILE or "
            f"${ENV_NEW_PASSPHRASE}, or run the command in a terminal to be asked"
        )
        value = _ask("New passphrase: ", where)
        check(value)
        if _ask("The same passphrase again: ", where) != value:
            raise UsageError("the two passphrases are not the same; nothing has been changed")
    check(value)
    score, hint = strength(value)
    if score < 3:
        print(f"Note: {hint}", file=out)
    return value


def _print_recovery(recovery: str, out: TextIO) -> None:
    print(
        "\nYour recovery key, shown only this once:\n\n"
        f"    {recovery}\n\n"
        "Write it down or print it, and keep it somewhere safe away from this computer. "
        "If you forget your passphrase, this key is the only way back into your journal.",
        file=out,
    )


def _require_encrypted(path: Path) -> None:
    from trustjournal.storage import keys

    if not path.exists() and not keys_path(path).exists():
        raise UsageError(f"there is no journal at {path}")
    if not keys.is_encrypted(path):
        raise UsageError(
            f"the journal at {path} is not encrypted; `trustjournal encrypt` adds a passphrase"
        )


def _backups_hint(path: Path) -> str:
    from trustjournal.core.backups import when_text
    from trustjournal.storage.backups import list_backups

    found = [b for b in list_backups(path) if b.restorable]
    folder = path.parent / "backups"
    if not found:
        return f"There are no backups of this journal in {folder}."
    newest = found[0]
    many = f"{len(found)} backups" if len(found) > 1 else "one backup"
    return (
        f"You have {many} in {folder}; the newest is the {newest.label.lower()} from "
        f"{when_text(newest.taken)}. `trustjournal restore --latest` puts it back (the "
        "damaged file is kept aside, unchanged); `trustjournal restore --list` shows them all."
    )
