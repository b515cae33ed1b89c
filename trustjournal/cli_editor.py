"""`trustjournal add` with the text written in the person's own editor.

Text typed on the command line ends up in the shell's history and in `ps`; an editor does
not. The editor works on a file in a private folder inside the data folder (never /tmp,
which other programs list and clean on their own schedule); the file is overwritten and
removed as soon as the text is read. The journal is opened (and unlocked) first, so a
wrong passphrase is said before anything is written, not after.
"""

from __future__ import annotations

import argparse
import os
import shlex
import subprocess
import tempfile
import time
from pathlib import Path
from typing import TextIO

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


def add_from_editor(args: argparse.Namespace, out: TextIO) -> int:
    """Open the journal, let the person write in their editor, save what they wrote."""
    from trustjournal.cli import EXIT_OK, UsageError, _open
    from trustjournal.core.text import split_tags
    from trustjournal.paths import data_dir

    command = editor_command()
    if command is None:
        raise UsageError(
            "no editor is set: set $EDITOR (for example EDITOR=nano), or pipe the text in "
            "(`trustjournal add < file`)"
        )
    folder = ensure_private_dir(data_dir(args.data_dir) / EDITING_DIR)
    _shred_stale(folder)
    with _open(args) as journal:
        fd, name = tempfile.mkstemp(prefix="entry-", suffix=".md", dir=folder)
        os.close(fd)
        path = Path(name)
        keep = False
        try:
            try:
                done = subprocess.run([*command, str(path)], check=False)
            except OSError as exc:
                raise UsageError(f"the editor {command[0]!r} could not be started "
                                 f"({exc.strerror or exc}); nothing has been saved") from None
            if done.returncode != 0:
                raise UsageError(f"the editor stopped with an error (exit code "
                                 f"{done.returncode}); nothing has been saved")
            try:
                body = path.read_text(encoding="utf-8")
            except UnicodeDecodeError:
                raise UsageError("the editor saved text that is not UTF-8; nothing has been "
                                 "saved") from None
            if not body.strip() and not args.title.strip():
                raise UsageError("nothing to save: the title and the text are both empty")
            keep = True  # until the journal has it: a failed save must not lose the words
            entry, _ = journal.create_entry(
                title=args.title, body=body, tags=split_tags(args.tags),
                local_date=args.date, starred=args.star,
            )
            keep = False
        except Exception as exc:
            if keep:
                raise UsageError(f"the entry could not be saved ({type(exc).__name__}); your "
                                 f"text is kept in {path} until you delete it") from None
            raise
        finally:
            if not keep:
                shred(path)
    print(f"Saved entry {entry.uuid} for {entry.local_date.isoformat()}.", file=out)
    return EXIT_OK
