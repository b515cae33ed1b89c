"""The command line's parser, built only as far as the command needs.

Every command is listed (name and one line of help) in the parser, so `--help` and
errors name them all; only the command being run gets its arguments, so `list` or
`search` never load what `export` needs (the exchange formats). `build_parser()` with no
command builds everything, for tab completion and tests; `build_parser("")` only lists
the commands (the program's own --help, and starting the window).
"""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Callable, Sequence
from typing import Any, TextIO

from trustjournal import __version__
from trustjournal.cli_common import (
    ENV_NEW_PASSPHRASE,
    ENV_PASSPHRASE,
    ENV_RECOVERY_KEY,
    _date,
    _positive,
)
from trustjournal.core.i18n import QT_TRANSLATE_NOOP, translate

Handler = Callable[[argparse.Namespace, TextIO], int]

CORE = "trustjournal.cli"
# Every command in the order --help lists them: the module that runs it, and its help.
# Commands of the other modules are added by their add_commands(sub, parents).
COMMAND_TABLE: dict[str, tuple[str, str]] = {
    "init": (CORE, QT_TRANSLATE_NOOP(
        "CliParser", "create a journal (with --encrypt, protected by a passphrase)")),
    "passwd": (CORE, QT_TRANSLATE_NOOP(
        "CliParser", "change the passphrase of an encrypted journal")),
    "recovery-key": (CORE, QT_TRANSLATE_NOOP(
        "CliParser", "make a new recovery key for an encrypted journal (the old one stops "
        "working)")),
    "encrypt": (CORE, QT_TRANSLATE_NOOP(
        "CliParser", "encrypt an existing journal and its backups (prints a recovery key once)")),
    "decrypt": (CORE, QT_TRANSLATE_NOOP(
        "CliParser", "remove the encryption from a journal and its backups")),
    "add": (CORE, QT_TRANSLATE_NOOP("CliParser", "write a new entry from the terminal")),
    "list": (CORE, QT_TRANSLATE_NOOP("CliParser", "list entries, newest first")),
    "search": (CORE, QT_TRANSLATE_NOOP("CliParser", "full-text search")),
    "check": (CORE, QT_TRANSLATE_NOOP(
        "CliParser", "check the journal's integrity (exit 0 if healthy, 3 if damaged)")),
    "backup": (CORE, QT_TRANSLATE_NOOP(
        "CliParser", "make a backup now, checked against the journal (in the backups folder)")),
    "restore": (CORE, QT_TRANSLATE_NOOP(
        "CliParser", "put a backup back in place of the journal (the journal as it is is kept "
        "first)")),
    "demo": (CORE, QT_TRANSLATE_NOOP(
        "CliParser", "create a synthetic demo journal (for trying the app and benchmarks)")),
    "export": ("trustjournal.cli_exchange", QT_TRANSLATE_NOOP(
        "CliParser", "write entries to a file in an open format (json can be imported back)")),
    "import": ("trustjournal.cli_exchange", QT_TRANSLATE_NOOP(
        "CliParser", "add entries from a file: ours, jrnl, Day One or a Markdown folder")),
    "stats": ("trustjournal.cli_stats", QT_TRANSLATE_NOOP(
        "CliParser", "print your progress: check-in trends, exercises, thought records, thinking "
        "traps, root causes, small victories, urges, promises, intentions, worries")),
    "show": ("trustjournal.cli_entries", QT_TRANSLATE_NOOP("CliParser", "print one entry in full")),
    "edit": ("trustjournal.cli_entries", QT_TRANSLATE_NOOP(
        "CliParser", "change one entry: its text in $EDITOR (the default), or its title, tags, "
        "day or star")),
    "delete": ("trustjournal.cli_entries", QT_TRANSLATE_NOOP(
        "CliParser", "move one entry to the trash (restorable in the app), or delete it for good")),
    "completion": ("trustjournal.cli_completion", QT_TRANSLATE_NOOP(
        "CliParser", "print a tab-completion script for bash, zsh or fish")),
}
# Options of the program itself that take a value (to find the command after them).
_VALUE_OPTIONS = ("--data-dir", "--passphrase-file")


def command_help(name: str) -> str:
    """The one line --help shows for a command."""
    return translate("CliParser", COMMAND_TABLE[name][1])  # marked above with QT_TRANSLATE_NOOP


def command_in(argv: Sequence[str]) -> str | None:
    """The command named in argv; "" when there is surely none; None when argparse must
    judge (a word that may or may not be a command: build everything then)."""
    expect_value = False
    for word in argv:
        if expect_value:
            expect_value = False
            continue
        if word == "--":
            return None
        if word.startswith("-"):
            expect_value = word in _VALUE_OPTIONS
            continue
        return word if word in COMMAND_TABLE else None
    # No word that is not an option (or its value): a command could still hide behind an
    # abbreviated option ("--data DIR list"), so any command name means build everything.
    return None if any(word in COMMAND_TABLE for word in argv) else ""


class _Parents:
    """Option groups that several commands share (also after the command name)."""

    def __init__(self, passphrase_help: str) -> None:
        # SUPPRESS keeps a value given before the command name.
        self.common = argparse.ArgumentParser(add_help=False)
        self.common.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS,
                                 help=translate("CliParser", "folder holding the journal"))
        self.locked = argparse.ArgumentParser(add_help=False)
        self.locked.add_argument("--passphrase-file", metavar="FILE",
                                 default=argparse.SUPPRESS, help=passphrase_help)
        self.new_secret = argparse.ArgumentParser(add_help=False)
        self.new_secret.add_argument(
            "--new-passphrase-file", metavar="FILE",
            help=translate("CliParser", "read the new passphrase from FILE (else ${variable}, else "
                           "you are asked twice)").format(variable=ENV_NEW_PASSPHRASE),
        )
        self.remove_old = argparse.ArgumentParser(add_help=False)
        self.remove_old.add_argument(
            "--remove-old-backups", action="store_true",
            help=translate("CliParser", "remove, without being asked, backups that could not be "
                           "re-encrypted under the new key (damaged ones); they are listed "
                           "first"),
        )


def build_parser(command: str | None = None) -> tuple[argparse.ArgumentParser,
                                                      dict[str, Handler]]:
    """The parser, with full arguments for `command` only (None: every command; "": none),
    and the handlers of the other modules' commands it added, by name (the core
    commands' handlers are trustjournal.cli.COMMANDS)."""
    parser = argparse.ArgumentParser(
        prog="trustjournal",
        description=translate("CliParser", "A private, offline journal for working through trust "
                              "issues. With no command, opens the app."),
    )
    parser.add_argument("--version", action="version", version=f"TrustJournal {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=translate("CliParser", "folder holding the journal (default: $TRUSTJOURNAL_HOME, else "
                       "the user data folder)"),
    )
    passphrase_help = translate(
        "CliParser", "read the passphrase of an encrypted journal from FILE (else ${variable}, "
        "else you are asked)").format(variable=ENV_PASSPHRASE)
    parser.add_argument("--passphrase-file", metavar="FILE", help=passphrase_help)
    desktop = parser.add_mutually_exclusive_group()
    desktop.add_argument("--install-desktop-entry", action="store_true",
                         help=translate("CliParser",
                             "add TrustJournal (this copy of it) to your app menu, with icons"))
    desktop.add_argument("--remove-desktop-entry", action="store_true",
                         help=translate("CliParser", "take it out of your app menu again"))
    parser.add_argument("--in-tray", action="store_true",
                        help=translate("CliParser",
                            "start in the system tray (used at login when reminders are on)"))
    parents = _Parents(passphrase_help)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    handlers: dict[str, Handler] = {}
    done_modules: set[str] = set()
    for name, module_help in COMMAND_TABLE.items():
        module = module_help[0]
        if command is not None and command != name:
            sub.add_parser(name, help=command_help(name))  # listed, without its arguments
            continue
        if module == CORE:
            _CORE_SETUP[name](sub, parents)
        elif module not in done_modules:
            done_modules.add(module)
            wanted = _Only(sub, command)
            added = importlib.import_module(module).add_commands(
                wanted, [parents.common, parents.locked])
            handlers.update({n: h for n, h in added.items() if command in (None, n)})
    return parser, handlers


class _Only:
    """The subparsers as a module's add_commands sees them: when one command is wanted,
    its siblings become plain listed names (their arguments go to a scratch parser)."""

    def __init__(self, sub: Any, command: str | None) -> None:
        self._sub, self._command = sub, command

    def add_parser(self, name: str, **kwargs: Any) -> argparse.ArgumentParser:
        if self._command is None or name == self._command:
            return self._sub.add_parser(name, **kwargs)
        return argparse.ArgumentParser(add_help=False)


# -- the core commands' arguments ------------------------------------------------------


def _init(sub: Any, p: _Parents) -> None:
    init = sub.add_parser("init", parents=[p.common, p.new_secret], help=command_help("init"))
    init.add_argument(
        "--encrypt", action="store_true",
        help=translate("CliParser",
            "encrypt it; prints a recovery key once, to keep somewhere safe"),
    )


def _passwd(sub: Any, p: _Parents) -> None:
    passwd = sub.add_parser("passwd", parents=[p.common, p.locked, p.new_secret, p.remove_old],
                            help=command_help("passwd"))
    passwd.add_argument(
        "--recovery", action="store_true",
        help=translate("CliParser", "unlock with the recovery key instead of the passphrase (else "
                       "${variable}, else you are asked)").format(variable=ENV_RECOVERY_KEY),
    )


def _recovery_key(sub: Any, p: _Parents) -> None:
    sub.add_parser("recovery-key", parents=[p.common, p.locked, p.remove_old],
                   help=command_help("recovery-key"))


def _encrypt(sub: Any, p: _Parents) -> None:
    encrypt = sub.add_parser("encrypt", parents=[p.common, p.new_secret],
                             help=command_help("encrypt"))
    encrypt.add_argument(
        "--yes", action="store_true",
        help=translate("CliParser", "agree without being asked to overwrite and remove plain files "
                       "in the journal's folder that cannot be kept encrypted (they are "
                       "listed first)"),
    )


def _decrypt(sub: Any, p: _Parents) -> None:
    sub.add_parser("decrypt", parents=[p.common, p.locked], help=command_help("decrypt"))


def _add(sub: Any, p: _Parents) -> None:
    add = sub.add_parser("add", parents=[p.common, p.locked], help=command_help("add"))
    add.add_argument(
        "body", nargs="?",
        help=translate("CliParser", "entry text (kept in your shell's history: prefer the editor "
                       "or standard input); read from standard input if '-' or piped, else "
                       "from $EDITOR"),
    )
    add.add_argument("-t", "--title", default="", help=translate("CliParser", "entry title"))
    add.add_argument("--tags", default="", help=translate("CliParser", "comma-separated tags"))
    add.add_argument("--date", type=_date,
                     help=translate("CliParser", "the entry's day (YYYY-MM-DD), default today"))
    add.add_argument("--star", action="store_true", help=translate("CliParser", "star the entry"))
    add.add_argument("-e", "--editor", action="store_true",
                     help=translate("CliParser",
                         "write the text in $VISUAL or $EDITOR (the default "
                                    "at a terminal)"))


def _list(sub: Any, p: _Parents) -> None:
    lst = sub.add_parser("list", parents=[p.common, p.locked], help=command_help("list"))
    lst.add_argument("-n", "--limit", type=_positive, default=20,
                     help=translate("CliParser", "how many (default 20)"))
    lst.add_argument("--tag", help=translate("CliParser", "only entries with this tag"))
    lst.add_argument("--trash", action="store_true",
                     help=translate("CliParser", "list the trash instead"))
    lst.add_argument("--json", action="store_true",
                     help=translate("CliParser", "machine-readable output"))


def _search(sub: Any, p: _Parents) -> None:
    search = sub.add_parser("search", parents=[p.common, p.locked],
                            help=command_help("search"))
    search.add_argument("query", nargs="?", default="", help=translate("CliParser",
        "words to find"))
    search.add_argument(
        "--tag", action="append", default=[],
        help=translate("CliParser", "only with this tag (repeatable)"),
    )
    search.add_argument("--from", dest="date_from", type=_date,
                        help=translate("CliParser", "from this day (YYYY-MM-DD)"))
    search.add_argument("--to", dest="date_to", type=_date,
                        help=translate("CliParser", "up to this day (YYYY-MM-DD)"))
    search.add_argument("-n", "--limit", type=_positive, default=50,
                        help=translate("CliParser", "how many (default 50)"))
    search.add_argument("--json", action="store_true",
                        help=translate("CliParser", "machine-readable output"))


def _check(sub: Any, p: _Parents) -> None:
    sub.add_parser("check", parents=[p.common, p.locked], help=command_help("check"))


def _backup(sub: Any, p: _Parents) -> None:
    sub.add_parser("backup", parents=[p.common, p.locked], help=command_help("backup"))


def _restore(sub: Any, p: _Parents) -> None:
    restore = sub.add_parser("restore", parents=[p.common, p.locked],
                             help=command_help("restore"))
    restore.add_argument(
        "backup", nargs="?",
        help=translate("CliParser", "the backup's name (see --list) or the path to a backup file"),
    )
    which = restore.add_mutually_exclusive_group()
    which.add_argument(
        "--latest", action="store_true",
        help=translate("CliParser", "restore the newest backup that checks out"),
    )
    which.add_argument("--list", action="store_true",
                       help=translate("CliParser", "list the backups, newest first"))


def _demo(sub: Any, p: _Parents) -> None:
    demo = sub.add_parser("demo", parents=[p.common, p.locked], help=command_help("demo"))
    demo.add_argument("--entries", type=_positive, default=500,
                      help=translate("CliParser", "how many entries"))
    demo.add_argument("--years", type=_positive, default=2,
                      help=translate("CliParser", "spread over how many years"))
    demo.add_argument("--seed", type=int, default=1,
                      help=translate("CliParser", "random seed (same seed, same journal)"))


_CORE_SETUP: dict[str, Callable[[Any, _Parents], None]] = {
    "init": _init, "passwd": _passwd, "recovery-key": _recovery_key, "encrypt": _encrypt,
    "decrypt": _decrypt, "add": _add, "list": _list, "search": _search, "check": _check,
    "backup": _backup, "restore": _restore, "demo": _demo,
}
