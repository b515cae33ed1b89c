"""How a command reaches the journal: its path, its passphrase, and opening it through
the journal session (storage/session.py), which keeps the key to itself. Shared by
cli.py and the command modules (cli_*.py). Never imports Qt."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from trustjournal.core.i18n import mid_sentence, translate
from trustjournal.paths import data_dir, journal_path

if TYPE_CHECKING:
    from trustjournal.storage import Journal
    from trustjournal.storage.session import JournalSession

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_DAMAGED = 0, 1, 2, 3

ENV_PASSPHRASE = "TRUSTJOURNAL_PASSPHRASE"
ENV_NEW_PASSPHRASE = "TRUSTJOURNAL_NEW_PASSPHRASE"
ENV_RECOVERY_KEY = "TRUSTJOURNAL_RECOVERY_KEY"


class UsageError(Exception):
    pass


def journal_file(args: argparse.Namespace) -> Path:
    """The journal file the command works on (--data-dir, else the default place).
    A data folder that is a file, or lies under one, is refused here (NotAFolderError),
    before any command's own checks take it for a folder with no journal in it."""
    from trustjournal.storage.presence import refuse_file_as_folder

    path = journal_path(data_dir(args.data_dir))
    refuse_file_as_folder(path.parent)
    return path


def session_for(args: argparse.Namespace) -> JournalSession:
    """A session on the command's journal (nothing opened or unlocked yet)."""
    from trustjournal.storage.session import JournalSession

    return JournalSession(journal_file(args))


def open_journal(args: argparse.Namespace, create: bool = True, verify: bool = True
                 ) -> Journal:
    """Open the journal, unlocking it first if it is encrypted; read-only commands skip
    the whole-file check to stay quick (damage they touch is still reported; `check`
    does the full check)."""
    from trustjournal.storage import JournalDamagedError, NotAJournalError
    from trustjournal.storage.presence import journal_exists, require_journal

    session = session_for(args)
    path = session.path
    if not journal_exists(path):  # a missing file beside its key file or backups: damage
        if not create:
            require_journal(path)  # "no journal here"; nothing is created or changed
        return session.open(create=True, verify=verify)
    refuse_damaged(session)
    if session.is_encrypted():
        unlock(args, session)
        return session.open(verify=verify)
    try:
        return session.open(verify=verify)
    except NotAJournalError as exc:  # unreadable as a journal: damage, as `check` says
        raise JournalDamagedError(f"{exc}\n{backups_hint(path)}") from None


def refuse_damaged(session: JournalSession) -> None:
    """The same judgement `check` makes from the file's size, first bytes, key file and
    backups: every command refuses such a file, and leaves it as it is."""
    from trustjournal.storage import JournalDamagedError

    reason = session.damage()
    if reason:
        raise JournalDamagedError(translate(
            "CliOpen", "{path}: damaged. {reason} It has not been changed.",
        ).format(path=session.path, reason=reason) + f"\n{backups_hint(session.path)}")


def unlocked_session(args: argparse.Namespace, path: Path | None = None) -> JournalSession:
    """A session on the journal, unlocked with the command's passphrase."""
    from trustjournal.storage.session import JournalSession

    session = JournalSession(path) if path is not None else session_for(args)
    unlock(args, session)
    return session


def unlock(args: argparse.Namespace, session: JournalSession) -> None:
    """Unlock the session with the command's passphrase (asked only after the key file
    is known to be there and the journal's)."""
    session.check_key_file()  # a missing key file is said before asking for anything
    session.unlock(passphrase(args))


def backups_hint(path: Path) -> str:
    """Where the backups are and how to restore the newest, for a damaged journal."""
    from trustjournal.core.rotation import when_text
    from trustjournal.storage.archive import list_backups

    found = [b for b in list_backups(path) if b.restorable]
    folder = path.parent / "backups"
    if not found:
        return translate("CliOpen", "There are no backups of this journal in {folder}.").format(
            folder=folder)
    newest = found[0]
    count = len(found)
    return translate(
        "CliOpen", "You have %n backups in {folder}; the newest is the {label} from {time}. "
        "`trustjournal restore --latest` puts it back (the damaged file is kept aside, "
        "unchanged); `trustjournal restore --list` shows them all.", None, count,
    ).format(folder=folder, label=mid_sentence(newest.label), time=when_text(newest.taken))


# -- secrets ---------------------------------------------------------------------------
# Passphrases come from a file named on the command line, else the environment, else a
# prompt that does not echo (only when a person is at a terminal). They are never
# printed, and never part of a message.


def read_secret_file(name: str) -> str:
    """A passphrase from a file; one trailing line ending is dropped."""
    try:
        text = Path(name).read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise UsageError(translate(
            "CliOpen", "{file} is not UTF-8 text; nothing has been changed").format(
            file=name)) from None
    # One line ending is the editor's, not the passphrase's.
    for ending in ("\r\n", "\n"):
        if text.endswith(ending):
            return text[: -len(ending)]
    return text


def ask(prompt: str, where: str) -> str:
    """A secret typed at the terminal without echo; UsageError saying `where` to give
    it when no person is at a terminal."""
    if sys.stdin is None or not sys.stdin.isatty():
        raise UsageError(translate("CliOpen", "{what_to_do}; nothing has been changed").format(
            what_to_do=where))
    import getpass

    try:
        return getpass.getpass(prompt)
    except EOFError:  # Ctrl-D at the prompt
        raise UsageError(translate(
            "CliOpen", "nothing was typed; nothing has been changed")) from None


def passphrase(args: argparse.Namespace, prompt: str | None = None) -> str:
    """The journal's passphrase: --passphrase-file, else the environment, else asked."""
    name = getattr(args, "passphrase_file", None)
    if name:
        return read_secret_file(name)
    if os.environ.get(ENV_PASSPHRASE):
        return os.environ[ENV_PASSPHRASE]
    return ask(
        prompt or translate("CliOpen", "Passphrase: "),
        translate("CliOpen", "this journal is encrypted: give its passphrase with "
                  "--passphrase-file FILE or ${variable}, or run the command in a terminal "
                  "to be asked").format(variable=ENV_PASSPHRASE),
    )
