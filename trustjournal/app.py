"""Command-line entry point: a subcommand runs headless, none opens the window.

Qt is imported only on the GUI path, so `--help`, `--version` and every subcommand
start fast and work on machines without a display.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
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
    from trustjournal.gui.application import run_gui

    return run_gui(args)


# The program's own options: with only these (and their values), the window starts.
_WINDOW_FLAGS = ("--in-tray", "--install-desktop-entry", "--remove-desktop-entry")
_WINDOW_VALUED = ("--data-dir", "--passphrase-file")


def _parse(argv: list[str]) -> argparse.Namespace:
    """The arguments. Starting the window needs no command's parser, not even the list
    of their names (that list is the parser's slowest part to build): with nothing but
    the program's own options written out in full, only those are parsed. Anything
    else (a command, --help, an abbreviation, a mistake) goes through the whole CLI."""
    from trustjournal import cli_parser

    if cli_parser.command_in(argv) == "" and _only_window_options(argv):
        return cli_parser.build_parser("", listed=False)[0].parse_args(argv)
    from trustjournal import cli

    return cli.parse(argv)


def _only_window_options(argv: list[str]) -> bool:
    expect_value = False
    for word in argv:
        if expect_value:
            expect_value = False
        elif word in _WINDOW_VALUED:
            expect_value = True
        elif word not in _WINDOW_FLAGS and not word.startswith(
                tuple(f"{name}=" for name in _WINDOW_VALUED)):
            return False
    return not expect_value


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
