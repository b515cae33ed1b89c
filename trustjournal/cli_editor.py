"""Entry text written in the person's own editor (`add`, `edit`).

Text typed on the command line ends up in the shell's history and in `ps`; an editor does
not. The editor works on a file in a private folder inside the data folder (never /tmp,
which other programs list and clean on their own schedule); the file is overwritten and
removed as soon as the journal has the text. Callers open (and unlock) the journal first,
so a wrong passphrase is said before anything is written, not after.
"""

from __future__ import annotations

import argparse
import os
import shlex
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from trustjournal.core.i18n import translate
from trustjournal.paths import ensure_private_dir

EDITING_DIR = "editing"
STALE_AFTER_S = 24 * 3600  # a file left by a crash long ago; a current one is younger


def editor_command() -> list[str] | None:
    """$VISUAL, else $EDITOR, split as a shell would; None if neither is set."""
    for name in ("VISUAL", "EDITOR"):
        value = os.environ.get(name, "").strip()
        if value:
            return shlex.split(value, posix=os.name != "nt")
    return None


def shred(path: Path) -> None:
    """Overwrite a file's bytes with zeros, flush them to disk, then remove it."""
    try:
        fd = os.open(path, os.O_WRONLY)
    except FileNotFoundError:
        return
    try:
        size = os.fstat(fd).st_size
        block = b"\0" * 65536
        written = 0
        while written < size:
            written += os.write(fd, block[: min(len(block), size - written)])
        os.fsync(fd)
    finally:
        os.close(fd)
    path.unlink(missing_ok=True)


def _shred_stale(folder: Path) -> None:
    now = time.time()
    for leftover in folder.glob("entry-*"):
        try:
            if now - leftover.stat().st_mtime > STALE_AFTER_S:
                shred(leftover)
        except OSError:
            continue


@contextmanager
def edited_text(data_folder: Path, initial: str = "") -> Iterator[str]:
    """Run the editor on `initial`; yield what the person saved.

    The file is shredded when the block ends. If the block fails for any reason but a
    usage error (the journal could not save), the file is kept and the error says where:
    the words must not be lost.
    """
    from trustjournal.cli_open import UsageError

    command = editor_command()
    if command is None:
        raise UsageError(translate(
            "CliEditor", "no editor is set: set $EDITOR (for example EDITOR=nano), or pipe the "
            "text in (`trustjournal add < file`)"))
    folder = ensure_private_dir(data_folder / EDITING_DIR)
    _shred_stale(folder)
    fd, name = tempfile.mkstemp(prefix="entry-", suffix=".md", dir=folder)
    path = Path(name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(initial)
        try:
            done = subprocess.run([*command, str(path)], check=False)
        except OSError as exc:
            raise UsageError(translate(
                "CliEditor", "the editor {editor} could not be started ({reason}); nothing has "
                "been saved").format(editor=repr(command[0]), reason=exc.strerror or exc),
            ) from None
        if done.returncode != 0:
            raise UsageError(translate(
                "CliEditor", "the editor stopped with an error (exit code {code}); nothing has "
                "been saved").format(code=done.returncode))
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            raise UsageError(translate(
                "CliEditor", "the editor saved text that is not UTF-8; nothing has been saved",
            )) from None
    except BaseException:
        shred(path)
        raise
    try:
        yield text
    except UsageError:
        shred(path)
        raise
    except Exception as exc:
        # Renamed so that the clean-up of files left by crashes never takes it.
        kept = path.rename(path.with_name(f"unsaved-{path.name}"))
        raise UsageError(translate(
            "CliEditor", "the entry could not be saved ({error}); your text is kept in {file} "
            "until you delete it").format(error=type(exc).__name__, file=kept)) from None
    shred(path)


def add_from_editor(args: argparse.Namespace, out: TextIO) -> int:
    """`add` with the text from the editor: unlock, write, save."""
    from trustjournal.cli_open import EXIT_OK, UsageError
    from trustjournal.cli_open import open_journal as _open
    from trustjournal.core.text import split_tags
    from trustjournal.paths import data_dir

    with _open(args) as journal, edited_text(data_dir(args.data_dir)) as body:
        if not body.strip() and not args.title.strip():
            raise UsageError(translate(
                "CliEditor", "nothing to save: the title and the text are both empty"))
        entry, _ = journal.create_entry(
            title=args.title, body=body, tags=split_tags(args.tags),
            local_date=args.date, starred=args.star,
        )
    from trustjournal.cli_common import saved_entry

    print(saved_entry(entry.uuid, entry.local_date), file=out)
    return EXIT_OK
