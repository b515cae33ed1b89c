"""Command-line entry point: a subcommand runs headless, none opens the window.

Qt is imported only on the GUI path, so `--help`, `--version` and every subcommand
start fast and work on machines without a display.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    # Everything the app creates (journal, backups, exports) is private to the user.
    if os.name == "posix":
        os.umask(0o077)
    from trustjournal import cli
    from trustjournal.cli_language import install_cli_language

    try:
        # Before the parser is built: its help texts are translated as it is made.
        install_cli_language(load=_catalogue_backend)
        args = cli.parse(list(sys.argv[1:] if argv is None else argv))
        if args.install_desktop_entry or args.remove_desktop_entry:
            from trustjournal.gui import desktop_entry

            return (desktop_entry.install() if args.install_desktop_entry
                    else desktop_entry.remove())
        if args.command is not None:
            return cli.run(args)
    except KeyboardInterrupt:
        print(cli.interrupted(), file=sys.stderr)
        return 130
    except Exception as exc:
        print(cli.unexpected(exc), file=sys.stderr)
        return cli.EXIT_ERROR
    from trustjournal.gui.application import run_gui

    return run_gui(args)


def _catalogue_backend(path: object, english: object) -> object:
    """Read a compiled catalogue with QtCore (Qt lives in gui/); only a language other
    than English with a shipped catalogue comes here."""
    from trustjournal.gui.headless_translator import backend_from_catalogue

    return backend_from_catalogue(path, english)  # type: ignore[arg-type]


if __name__ == "__main__":
    sys.exit(main())
