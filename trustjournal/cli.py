"""Headless subcommands. Never imports Qt."""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from trustjournal import cli_parser
from trustjournal.cli_common import (  # noqa: F401 (the CLI's names, as tests use them)
    ENV_NEW_PASSPHRASE,
    ENV_PASSPHRASE,
    ENV_RECOVERY_KEY,
    EXIT_DAMAGED,
    EXIT_ERROR,
    EXIT_OK,
    EXIT_USAGE,
    UsageError,
    _ask,
    _backups_hint,
    _date,
    _journal_file,
    _new_passphrase,
    _open,
    _passphrase,
    _print_recovery,
    _read_secret_file,
    _require_encrypted,
    is_yes,
    saved_entry,
    unlocked_session,
)
from trustjournal.core.i18n import mid_sentence, translate
from trustjournal.paths import keys_path

if TYPE_CHECKING:  # the GUI path (no command) imports this module: keep it light
    from trustjournal.core.entries import EntrySummary, SearchHit
    from trustjournal.storage.session import JournalSession


def _session(path: Path) -> JournalSession:
    """A journal session on path (imported here: the window's start never needs it)."""
    from trustjournal.storage.session import JournalSession

    return JournalSession(path)


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser (see cli_parser.build_parser); registers the handlers it brought in."""
    parser, handlers = cli_parser.build_parser(command)
    COMMANDS.update(handlers)
    return parser


def parse(argv: list[str]) -> argparse.Namespace:
    """Parse argv, building only the parser of the command it names."""
    return build_parser(cli_parser.command_in(argv)).parse_args(argv)


def run(args: argparse.Namespace, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run a parsed subcommand; problems become a message and an exit code."""
    from trustjournal.storage import JournalDamagedError, JournalError

    # The exchange's errors can only come from commands that loaded it.
    exchange = sys.modules.get("trustjournal.exchange.model")
    Cancelled = exchange.Cancelled if exchange else _Never
    ExchangeError = exchange.ExchangeError if exchange else _Never
    out = out or sys.stdout
    err = err or sys.stderr
    command: Callable[[argparse.Namespace, TextIO], int] = COMMANDS[args.command]
    try:
        return command(args, out)
    except JournalDamagedError as exc:
        print(f"trustjournal: {exc}", file=err)
        return EXIT_DAMAGED
    except Cancelled as exc:
        print(f"trustjournal: {exc}", file=err)
        return 130
    except ExchangeError as exc:
        print(f"trustjournal: {exc}", file=err)
        return EXIT_ERROR
    except (JournalError, UsageError) as exc:
        print(f"trustjournal: {exc}", file=err)
        return EXIT_ERROR if isinstance(exc, JournalError) else EXIT_USAGE
    except BrokenPipeError:
        # The reader went away (e.g. `| head`): stop quietly, as other tools do.
        import os

        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except PermissionError as exc:
        print("trustjournal: " + translate("Cli", "permission denied: {file}").format(
            file=exc.filename), file=err)
        return EXIT_ERROR
    except OSError as exc:
        # The system's own words for the error (strerror follows the locale by itself).
        print(f"trustjournal: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), file=err)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print(interrupted(), file=err)
        return 130
    except Exception as exc:
        print(unexpected(exc), file=err)
        return EXIT_ERROR


class _Never(Exception):
    """Stands in for an error type whose module was never loaded."""


def unexpected(exc: BaseException) -> str:
    """The one line shown for an error nothing else caught. Only the error's type is
    named: its text could quote entry text (a value that failed to encode or insert).
    Storage writes are transactions, so a failure part-way leaves nothing half-saved."""
    return "trustjournal: " + translate(
        "Cli", "the command stopped on an unexpected problem ({error}); nothing it was in "
        "the middle of was saved. Please report it if it happens again.",
    ).format(error=type(exc).__name__)


def interrupted() -> str:
    """The line shown when Ctrl-C stops a command."""
    return "trustjournal: " + translate("Cli", "interrupted")


def cmd_init(args: argparse.Namespace, out: TextIO) -> int:
    path = _journal_file(args)
    if (path.exists() and path.stat().st_size > 0) or keys_path(path).exists():
        raise UsageError(translate(
            "Cli", "there is already a journal at {path}; nothing has been changed",
        ).format(path=path))
    session = _session(path)
    if args.encrypt:
        new = _new_passphrase(args, out)
        _journal, recovery = session.create(new)
        session.close()
        print(translate("Cli", "Created an encrypted journal at {path}.").format(path=path),
              file=out)
        assert recovery is not None
        _print_recovery(recovery, out)
    else:
        session.open(create=True)
        session.close()
        print(translate(
            "Cli", "Created a journal at {path}. It is not encrypted: anyone who can open "
            "your files can read it. `trustjournal encrypt` adds a passphrase at any time.",
        ).format(path=path), file=out)
    return EXIT_OK


def cmd_passwd(args: argparse.Namespace, out: TextIO) -> int:
    path = _journal_file(args)
    _require_encrypted(path)
    session = _session(path)
    session.check_key_file()
    if args.recovery:
        if os.environ.get(ENV_RECOVERY_KEY):
            recovery = os.environ[ENV_RECOVERY_KEY]
        else:
            recovery = _ask(
                translate("Cli", "Recovery key: "),
                translate("Cli", "give the recovery key with ${variable}, or run the command "
                          "in a terminal to be asked").format(variable=ENV_RECOVERY_KEY),
            )
        session.unlock_with_recovery(recovery)
    else:
        session.unlock(_passphrase(args, translate("Cli", "Current passphrase: ")))
    new_passphrase = _new_passphrase(args, out)
    result = session.change_passphrase(new_passphrase)
    print(translate(
        "Cli", "Passphrase changed. The journal was written again under a new key, so a "
        "copy of the old key file with the old passphrase or the old recovery key cannot "
        "read what you write from now on. Your old recovery key no longer works.",
    ), file=out)
    _rekey_left(args, result.left, session, out)
    _print_recovery(result.recovery, out)
    return EXIT_OK


def cmd_recovery_key(args: argparse.Namespace, out: TextIO) -> int:
    path = _journal_file(args)
    _require_encrypted(path)
    session = _session(path)
    session.check_key_file()
    current = _passphrase(args)
    session.unlock(current)
    result = session.new_recovery_key(current)
    print(translate(
        "Cli", "Made a new recovery key; the old one no longer works. The journal was "
        "written again under a new key, so a copy of the old key file cannot read new "
        "entries.",
    ), file=out)
    _rekey_left(args, result.left, session, out)
    _print_recovery(result.recovery, out)
    return EXIT_OK


def _rekey_left(args: argparse.Namespace, left: list[tuple[Path, str]],
                session: JournalSession, out: TextIO) -> None:
    """Backups a re-key could not re-encrypt: say which and why, then remove them if the
    person agrees (a prompt, or --remove-old-backups); else they keep their old key.
    The session holds the new key, which the removal proves them against."""
    path = session.path
    if not left:
        return
    print(translate("Cli", "These backups could not be re-encrypted and can still be "
                    "opened only with the old key:"), file=out)
    for backup, why in left:
        print(f"    {_shown(backup, path)}: {why}", file=out)
    out.flush()
    agreed = getattr(args, "remove_old_backups", False)
    if not agreed and sys.stdin is not None and sys.stdin.isatty():
        print(translate("Cli", "Remove them? [y/N] "), end="", file=sys.stderr, flush=True)
        agreed = is_yes(sys.stdin.readline())
    if agreed:
        removed = session.remove_old_backups([backup for backup, _why in left])
        for backup in removed:
            print(translate("Cli", "Removed: {file}").format(file=_shown(backup, path)),
                  file=out)
        if len(removed) == len(left):
            return
    print(translate("Cli", "Kept. The key file keeps the old key for them (sealed under the "
                    "new one). If you delete those files yourself, the old key leaves the "
                    "key file the next time the journal is opened."), file=out)


def _shown(file: Path, journal: Path) -> str:
    try:
        return str(file.relative_to(journal.parent))
    except ValueError:
        return str(file)


def _confirm(args: argparse.Namespace, question: str, refusal: str) -> bool:
    """Yes from --yes, else from a person at a terminal; no terminal is a usage error
    (`refusal` says so, as a whole sentence)."""
    if getattr(args, "yes", False):
        return True
    if sys.stdin is None or not sys.stdin.isatty():
        raise UsageError(refusal)
    print(translate("Cli", "{question} [y/N] ").format(question=question), end="",
          file=sys.stderr, flush=True)
    return is_yes(sys.stdin.readline())


def cmd_encrypt(args: argparse.Namespace, out: TextIO) -> int:
    path = _journal_file(args)
    if not path.exists():
        raise UsageError(translate("Cli", "there is no journal at {path}").format(path=path))
    session = _session(path)
    if session.is_encrypted():
        raise UsageError(translate("Cli", "the journal at {path} is already encrypted")
                         .format(path=path))
    doomed = session.plain_files_to_remove()
    if doomed:
        print(translate("Cli", "These files in the journal's folder hold plain, readable "
                        "data that cannot be kept in encrypted form. Encrypting overwrites "
                        "and removes them:"), file=out)
        for item in doomed:
            print(f"    {item.shown(path.parent)}", file=out)
        out.flush()
        if not _confirm(args, translate("Cli", "Overwrite and remove them?"), translate(
                "Cli", "Overwrite and remove them: give --yes to agree, or run the command "
                "in a terminal to be asked; nothing has been changed")):
            raise UsageError(translate(
                "Cli", "nothing has been changed: the journal is not encrypted"))
    passphrase = _new_passphrase(args, out)
    result = session.encrypt(passphrase, remove=[f.path for f in doomed])
    print(translate("Cli", "The journal at {path} is now encrypted.").format(path=path),
          file=out)
    for line in result.lines(path.parent):
        print(f"    {line}", file=out)
    print(translate("Cli", "No plain copy of it is left in its folder."), file=out)
    _print_recovery(result.recovery, out)
    return EXIT_OK


def cmd_decrypt(args: argparse.Namespace, out: TextIO) -> int:
    path = _journal_file(args)
    _require_encrypted(path)
    left = unlocked_session(args, path).decrypt()
    if not left.backups:
        print(translate(
            "Cli", "The journal at {path} and its backups are no longer encrypted: anyone "
            "who can open your files can read them now.",
        ).format(path=path), file=out)
        return EXIT_OK
    print(translate(
        "Cli", "The journal at {path} is no longer encrypted: anyone who can open your "
        "files can read it now. These backups could not be decrypted and are still "
        "encrypted:",
    ).format(path=path), file=out)
    for backup, why in left.backups:
        print(f"    {_shown(backup, path)}: {why}", file=out)
    if left.kept_keys:
        print(translate(
            "Cli", "Their key file was kept as {file}; with your passphrase it still opens "
            "them. Do not delete it while you keep those backups.",
        ).format(file=_shown(left.kept_keys, path)), file=out)
    else:
        print(translate(
            "Cli", "Their key file was kept as the key file; with your passphrase it still "
            "opens them. Do not delete it while you keep those backups.",
        ), file=out)
    return EXIT_ERROR


def _utf8_argument(value: str, problem: str) -> str:
    """An argument as given. Python hands bytes that are not UTF-8 over as lone
    surrogates, which the journal cannot store: refuse them before anything opens, with
    `problem` (a whole sentence with a {position} placeholder)."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as error:
        raise UsageError(problem.format(position=error.start + 1)) from None
    return value


def _read_stdin_text() -> str:
    """Standard input as UTF-8 text, or a UsageError saying it is not."""
    stream = sys.stdin
    raw = getattr(stream, "buffer", None)
    if raw is None:  # already text (a test's StringIO, an embedding host)
        return _utf8_argument(stream.read(), translate(
            "Cli", "the text on standard input is not valid UTF-8 text (a bad byte at "
            "character {position}); nothing was saved"))
    data = raw.read()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise UsageError(translate(
            "Cli", "the text on standard input is not UTF-8 (a bad byte at position "
            "{position}); nothing was saved",
        ).format(position=error.start)) from None


def cmd_add(args: argparse.Namespace, out: TextIO) -> int:
    if args.editor or (args.body is None and sys.stdin is not None and sys.stdin.isatty()):
        from trustjournal.cli_editor import add_from_editor

        return add_from_editor(args, out)
    body = args.body
    if body is None or body == "-":
        if sys.stdin is None or sys.stdin.isatty():
            raise UsageError(translate(
                "Cli", "no entry text: give it as an argument or pipe it in"))
        body = _read_stdin_text()
    else:
        body = _utf8_argument(body, translate(
            "Cli", "the entry text is not valid UTF-8 text (a bad byte at character "
            "{position}); nothing was saved"))
    _utf8_argument(args.title, translate(
        "Cli", "the title (--title) is not valid UTF-8 text (a bad byte at character "
        "{position}); nothing was saved"))
    _utf8_argument(args.tags, translate(
        "Cli", "the tags (--tags) is not valid UTF-8 text (a bad byte at character "
        "{position}); nothing was saved"))
    if not body.strip() and not args.title.strip():
        raise UsageError(translate(
            "Cli", "nothing to save: the title and the text are both empty"))
    with _open(args) as journal:
        entry, _ = journal.create_entry(
            title=args.title,
            body=body,
            tags=_split_tags(args.tags),
            local_date=args.date,
            starred=args.star,
        )
    print(saved_entry(entry.uuid, entry.local_date), file=out)
    return EXIT_OK


def _split_tags(text: str) -> list[str]:
    from trustjournal.core.text import split_tags

    return split_tags(text)


def _summary_json(s: EntrySummary) -> dict[str, object]:
    return {
        "uuid": s.uuid,
        "date": s.local_date.isoformat(),
        "created_utc": s.created_utc.isoformat(),
        "title": s.title,
        "kind": str(s.kind),
        "tags": list(s.tags),
        "starred": s.starred,
        "words": s.word_count,
        "preview": s.preview,
    }


def _summary_line(s: EntrySummary) -> str:
    star = "★ " if s.starred else ""
    title = s.title or translate("Cli", "(untitled)")
    tags = f"  [{', '.join(s.tags)}]" if s.tags else ""
    return f"{s.uuid[:8]}  {s.local_date.isoformat()}  {star}{title}{tags}"


def cmd_list(args: argparse.Namespace, out: TextIO) -> int:
    with _open(args, create=False, verify=False) as journal:
        page = journal.timeline_page(limit=args.limit, trashed=args.trash, tag=args.tag)
    if args.json:
        json.dump([_summary_json(s) for s in page.entries], out, ensure_ascii=False, indent=1)
        out.write("\n")
    elif not page.entries:
        print(translate("Cli", "No entries yet.") if not args.trash
              else translate("Cli", "The trash is empty."), file=out)
    else:
        for s in page.entries:
            print(_summary_line(s), file=out)
    return EXIT_OK


def _plain_snippet(hit: SearchHit) -> str:
    from trustjournal.core.search import snippet_segments

    return "".join(f"[{t}]" if match else t for t, match in snippet_segments(hit.snippet))


def cmd_search(args: argparse.Namespace, out: TextIO) -> int:
    if not args.query.strip() and not (args.tag or args.date_from or args.date_to):
        raise UsageError(translate(
            "Cli", "give some words to search for, or a --tag/--from/--to filter"))
    with _open(args, create=False, verify=False) as journal:
        hits = journal.search(
            args.query,
            tags=args.tag,
            date_from=args.date_from,
            date_to=args.date_to,
            limit=args.limit,
        )
    if args.json:
        rows = [{**_summary_json(h.entry), "snippet": _plain_snippet(h)} for h in hits]
        json.dump(rows, out, ensure_ascii=False, indent=1)
        out.write("\n")
        return EXIT_OK
    if not hits:
        print(translate("Cli", "Nothing found."), file=out)
    for hit in hits:
        print(_summary_line(hit.entry), file=out)
        print(f"    {_plain_snippet(hit)}", file=out)
    return EXIT_OK


def cmd_check(args: argparse.Namespace, out: TextIO) -> int:
    from trustjournal.storage import JournalDamagedError, NotAJournalError
    from trustjournal.storage.presence import require_journal

    path = _journal_file(args)
    require_journal(path)
    suspected = _session(path).damage()
    if not suspected and path.stat().st_size == 0:
        # check never makes a journal: an empty file here is one that lost everything
        suspected = translate("Cli", "{file} is empty (0 bytes): it looks cut off.").format(
            file=path.name)
    if suspected:
        print(translate("Cli", "{path}: damaged. {reason}").format(path=path, reason=suspected),
              file=out)
        print(_backups_hint(path), file=out)
        return EXIT_DAMAGED
    try:
        with _open(args, create=False) as journal:
            problems = journal.integrity_problems()
            count = journal.count_entries()
            trashed = journal.count_entries(trashed=True)
    except (JournalDamagedError, NotAJournalError) as exc:
        raise JournalDamagedError(f"{exc}\n{_backups_hint(path)}") from None
    if problems:
        problem_count = len(problems)
        print(translate("Cli", "{path}: damaged (%n problems found):", None, problem_count)
              .format(path=path), file=out)
        for line in problems[:20]:
            print(f"  {line}", file=out)
        print(_backups_hint(path), file=out)
        return EXIT_DAMAGED
    # Two counts in one sentence: each is its own plural, then the sentence joins them.
    print(translate("Cli", "{path}: healthy — {entries}, {trashed}.").format(
        path=path, entries=translate("Cli", "%n entries", None, count),
        trashed=translate("Cli", "%n in the trash", None, trashed)), file=out)
    return EXIT_OK


def cmd_backup(args: argparse.Namespace, out: TextIO) -> int:
    from trustjournal.core.rotation import size_text
    from trustjournal.storage.archive import make_backup

    with _open(args, create=False) as journal:
        info = make_backup(journal, "manual")
    if info.entries is not None:
        entries = info.entries
        print(translate("Cli", "Made a backup and checked it against your journal "
                        "(%n entries, {size}):", None, entries).format(
            size=size_text(info.size)), file=out)
    else:
        print(translate("Cli", "Made a backup and checked it against your journal "
                        "({size}):").format(size=size_text(info.size)), file=out)
    print(f"  {info.path}", file=out)
    return EXIT_OK


def cmd_restore(args: argparse.Namespace, out: TextIO) -> int:
    from trustjournal.core.rotation import when_text
    from trustjournal.storage import JournalMissingError
    from trustjournal.storage.presence import require_journal

    path = _journal_file(args)
    if args.list:
        with contextlib.suppress(JournalMissingError):  # its backups are the way back
            require_journal(path)
        return _list_backups(path, out)
    if not args.backup and not args.latest:
        raise UsageError(translate(
            "Cli", "say which backup to restore: a name from `trustjournal restore --list`, "
            "or --latest for the newest"))
    if args.backup and args.latest:
        raise UsageError(translate("Cli", "give a backup's name or --latest, not both"))
    session = _session(path)
    if session.needs_key():
        # Not unlock: its salt check would stop a journal whose first bytes are damaged,
        # and a key that unwraps is all a restore needs (the backup must open with it).
        session.unlock_damaged(_passphrase(args))
    if args.latest:
        result = session.restore_latest()
    else:
        result = session.restore_backup(_backup_file(path, args.backup))
    done = result.restored
    if done.entries is not None:
        entries = done.entries
        print(translate("Cli", "Restored the backup from {time} ({label}, %n entries).",
                        None, entries).format(time=when_text(done.taken),
                                                   label=mid_sentence(done.label)), file=out)
    else:
        print(translate("Cli", "Restored the backup from {time} ({label}).").format(
            time=when_text(done.taken), label=mid_sentence(done.label)), file=out)
    if result.before is not None:
        print(translate("Cli", "Your journal as it was is kept as {path}.").format(
            path=result.before.path), file=out)
    if result.damaged_copy is not None:
        print(translate("Cli", "The damaged journal was moved, unchanged, to {path}.").format(
            path=result.damaged_copy), file=out)
    for info, reason in result.skipped:
        print(translate("Cli", "Passed over {name}: {reason}").format(
            name=info.name, reason=reason), file=out)
    return EXIT_OK


def _backup_file(path: Path, name: str) -> Path:
    """A path as given, else a name in the journal's backups folder (".db" optional)."""
    given = Path(name).expanduser()
    if given.exists() or os.sep in name:
        return given
    folder = path.parent / "backups"
    for candidate in (folder / name, folder / f"{name}.db"):
        if candidate.exists():
            return candidate
    return given


def _list_backups(path: Path, out: TextIO) -> int:
    from trustjournal.core.rotation import size_text

    session = _session(path)
    found = session.backups()
    if not found:
        print(translate("Cli", "There are no backups yet; `trustjournal backup` makes one."),
              file=out)
        return EXIT_OK
    if not session.needs_key():
        found = session.backups(counted=True)
    for info in found:
        count = info.entries
        entries = "" if count is None else translate("Cli", "%n entries", None, count)
        print(
            f"{info.taken:%Y-%m-%d %H:%M}  {info.label:<27} {entries:>13}  "
            f"{size_text(info.size):>8}  {info.name}",
            file=out,
        )
    count = len(found)
    print("\n" + translate(
        "Cli", "%n in {folder}. Restore one with `trustjournal restore NAME`, or the newest "
        "with `trustjournal restore --latest`.", None, count,
    ).format(folder=path.parent / "backups"), file=out)
    return EXIT_OK


def cmd_demo(args: argparse.Namespace, out: TextIO) -> int:
    from trustjournal.core.demo import DEMO_TAG
    from trustjournal.storage.bulk import insert_demo

    with _open(args) as journal:
        live = journal.count_entries() + journal.count_entries(trashed=True)
        if live and not journal.get_setting("demo_journal", False):
            raise UsageError(translate(
                "Cli", "this journal already holds your own entries; demo data goes in a "
                "separate folder: use --data-dir /some/empty/folder"))
        count = insert_demo(journal, args.entries, args.years, args.seed)
    # Two counts: the years are their own plural, put into the sentence about entries.
    years = args.years
    print(translate("Cli", "Added %n demo entries over {years} (tagged '{tag}') to {path}.",
                    None, count).format(
        years=translate("Cli", "%n years", None, years), tag=DEMO_TAG,
        path=journal.path), file=out)
    return EXIT_OK


COMMANDS: dict[str, Callable[[argparse.Namespace, TextIO], int]] = {
    "init": cmd_init,
    "passwd": cmd_passwd,
    "recovery-key": cmd_recovery_key,
    "encrypt": cmd_encrypt,
    "decrypt": cmd_decrypt,
    "add": cmd_add,
    "list": cmd_list,
    "search": cmd_search,
    "check": cmd_check,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "demo": cmd_demo,
}
