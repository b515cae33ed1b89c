"""Command-line entry point: a subcommand runs headless, none opens the window.

Qt is imported only on the GUI path, so `--help`, `--version` and every subcommand
start fast and work on machines without a display.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Sequence
from types import SimpleNamespace
from typing import Any


def main(argv: Sequence[str] | None = None) -> int:
    started = time.time()  # the reminders count from here (see gui/reminders.py)
    # Everything the app creates (journal, backups, exports) is private to the user.
    if os.name == "posix":
        os.umask(0o077)
    _cli_language()
    try:
        args = _parse(list(sys.argv[1:] if argv is None else argv))
        if args.install_desktop_entry or args.remove_desktop_entry:
            from trustjournal.gui import desktop_entry

            return (desktop_entry.install() if args.install_desktop_entry
                    else desktop_entry.remove())
        if args.command is not None:
            from trustjournal import cli

            return cli.run(args)
    except KeyboardInterrupt:
        from trustjournal import cli

        print(cli.interrupted(), file=sys.stderr)
        return 130
    except Exception as exc:
        from trustjournal import cli

        print(cli.unexpected(exc), file=sys.stderr)
        return cli.EXIT_ERROR
    # The window's modules and widgets make many objects and hardly any garbage: the
    # cycle collector runs seldom until the journal is usable (gui/startup_gc.py).
    from trustjournal.gui import startup_gc

    startup_gc.hold()
    from trustjournal.gui.application import run_gui

    return run_gui(args, started=started)


# The program's own options, as the CLI's parser names them (cli_parser.build_parser):
# with nothing else, the window starts.
_WINDOW_FLAGS = ("--in-tray", "--install-desktop-entry", "--remove-desktop-entry")
_WINDOW_VALUED = ("--data-dir", "--passphrase-file")


def _parse(argv: list[str]) -> Any:
    """The arguments. Starting the window needs neither the CLI nor its parser (the
    list of commands is its slowest part to build): argv holding nothing but the
    program's own options, written out in full, is read here into what the parser
    would give. Anything else (a command, --help, an abbreviation, a value that looks
    like an option, a mistake) goes through the whole CLI; tests compare the two."""
    found = _window_options(argv)
    if found is not None:
        return SimpleNamespace(**found)
    from trustjournal import cli

    return cli.parse(argv)


def _window_options(argv: list[str]) -> dict[str, object] | None:
    found: dict[str, object] = {
        "data_dir": None, "passphrase_file": None, "install_desktop_entry": False,
        "remove_desktop_entry": False, "in_tray": False, "command": None}
    words = iter(argv)
    for word in words:
        name, equals, value = word.partition("=")
        if name in _WINDOW_VALUED:
            if not equals:
                given = next(words, None)
                if given is None or given.startswith("-"):
                    return None
                value = given
            found[name[2:].replace("-", "_")] = value
        elif word in _WINDOW_FLAGS:
            found[word[2:].replace("-", "_")] = True
        else:
            return None
    if found["install_desktop_entry"] and found["remove_desktop_entry"]:
        return None  # the parser says why
    return found


def _cli_language() -> None:
    """The CLI speaks the environment's language. English needs no catalogue and no Qt
    (start-up time); another language loads its catalogue with QtCore on the first
    sentence shown. The window picks its own language again when it starts."""
    from trustjournal.core import i18n

    wanted = i18n.environment_language(os.environ)
    if i18n.is_english(wanted):
        i18n.install(None, wanted)
        return
    language = i18n.best_language([wanted], i18n.catalogue_languages())
    if i18n.is_english(language):
        i18n.install(None, language)
        return

    def backend(context: str, text: str, disambiguation: str | None, n: int) -> str:
        # The catalogue is read with QtCore on the first sentence shown; from then on
        # the catalogue's own backend answers directly.
        from trustjournal.gui.translation import cli_backend

        loaded = cli_backend(language)
        i18n.install(loaded, language)
        return loaded(context, text, disambiguation, n)

    i18n.install(backend, language)


if __name__ == "__main__":
    sys.exit(main())
