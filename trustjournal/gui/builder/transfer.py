"""Own exercises as TOML files: export one, import one.

An import is read and checked whole before anything is written: a file that is not
TOML, or that the loader finds problems in, gets a message listing them and the journal
stays as it was. An import never changes an exercise that is already there (see
core.exercises.own.import_id).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Collection
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox, QWidget

from trustjournal.core.entries import Change
from trustjournal.core.exercises import ExerciseFileError
from trustjournal.core.exercises.own import (
    MAX_TOML_BYTES,
    exercise_toml,
    import_id,
    parse_own_toml,
    read_version,
)
from trustjournal.core.i18n import translate
from trustjournal.core.lazy_dataclass import lazy_dataclass
from trustjournal.exchange.markup import private_text
from trustjournal.gui import file_dialogs
from trustjournal.gui.events import AppEvents
from trustjournal.storage.errors import JournalError

if TYPE_CHECKING:
    from trustjournal.storage import Journal

def _filter() -> str:
    return translate("ExerciseTransfer", "Exercise files (*.toml);;All files (*)")


MAX_LISTED = 12  # problems named in the message; the rest are counted


@lazy_dataclass(frozen=True, slots=True)
class ImportResult:
    """What an import did: the id saved (None when nothing was), the problems that kept
    it out, and a sentence for the person."""

    exercise_id: str | None
    problems: tuple[str, ...]
    message: str


def write_exercise(path: Path, toml: str) -> None:
    """Write an exercise's TOML user-only (0600), replacing the file only once the new
    text is complete."""
    partial = path.with_name(f".{path.name}.partial")
    try:
        with private_text(partial) as out:
            out.write(toml)
            out.flush()
            os.fsync(out.fileno())
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)


def export_exercise(parent: QWidget | None, journal: Journal, exercise_id: str) -> Path | None:
    """Ask where to save the latest version of an own exercise, and save it there."""
    stored = journal.user_exercise(exercise_id)
    if stored is None:
        return None
    exercise, _errors = read_version(stored)
    # The stored text as it is, unless it does not read (then there is nothing useful
    # to share); written fresh so the file names its real version.
    toml = exercise_toml(exercise) if exercise is not None else stored.toml
    start = file_dialogs.last_folder(journal) / f"{exercise_id}.toml"
    path = file_dialogs.save_file(parent, translate("ExerciseTransfer", "Export the exercise"),
                                  start, _filter())
    if path is None:
        return None
    if path.suffix.lower() != ".toml":
        path = path.with_name(path.name + ".toml")
    try:
        write_exercise(path, toml)
    except OSError as exc:
        QMessageBox.warning(parent, translate("ExerciseTransfer", "Not exported"),
                            translate("ExerciseTransfer",
                                      "The exercise could not be written to {file} ({error}).")
                            .format(file=path.name, error=exc.strerror or exc))
        return None
    file_dialogs.remember_folder(journal, path.parent)
    return path


def import_file(journal: Journal, path: Path, shipped_ids: Collection[str]) -> ImportResult:
    """Read, check and save one exercise file; see the module doc."""
    name = path.name
    try:
        if path.stat().st_size > MAX_TOML_BYTES:
            kilobytes = MAX_TOML_BYTES // 1024
            return _refused(name, [translate(
                "ExerciseTransfer", "it is larger than %Ln KB, far more than any exercise",
                None, kilobytes)])
        text = path.read_bytes().decode("utf-8")
    except OSError as exc:
        return _refused(name, [translate("ExerciseTransfer", "it could not be read ({error})")
                               .format(error=exc.strerror or exc)])
    except UnicodeDecodeError:
        return _refused(name, [translate("ExerciseTransfer", "it is not UTF-8 text")])
    exercise, errors = parse_own_toml(text, name)
    if exercise is None:
        return _refused(name, [_problem(error) for error in errors])

    def latest(exercise_id: str):  # type: ignore[no-untyped-def]
        stored = journal.user_exercise(exercise_id)
        if stored is None or stored.removed_utc is not None:
            return None
        return read_version(stored)[0]

    def taken(exercise_id: str) -> bool:
        return exercise_id in shipped_ids or journal.user_exercise(exercise_id) is not None

    try:
        target, based_on = import_id(exercise, shipped_ids, latest, taken)
        if target is None:
            return ImportResult(None, (), translate(
                "ExerciseTransfer", "“{exercise}” is already among your exercises, so nothing "
                                    "was added.").format(exercise=exercise.title))
        toml = exercise_toml(replace(exercise, id=target, version=1))
        stored = journal.save_user_exercise(target, toml, based_on)
    except JournalError as exc:
        return _refused(name, [str(exc)])
    if target == exercise.id:
        added = translate("ExerciseTransfer", "Added “{exercise}”.")
    else:
        added = translate("ExerciseTransfer", "Added “{exercise}” (as a new exercise of its own).")
    return ImportResult(stored.exercise_id, (), added.format(exercise=exercise.title))


def import_exercise(parent: QWidget | None, journal: Journal, events: AppEvents,
                    shipped_ids: Collection[str],
                    choose: Callable[[], Path | None] | None = None) -> ImportResult | None:
    """Ask for an exercise file and import it, telling the person what happened."""
    path = (choose or (lambda: file_dialogs.open_file(
        parent, translate("ExerciseTransfer", "Import an exercise"),
        file_dialogs.last_folder(journal), _filter())))()
    if path is None:
        return None
    result = import_file(journal, path, shipped_ids)
    if result.problems:
        QMessageBox.warning(parent, translate("ExerciseTransfer", "Not imported"), result.message)
        return result
    file_dialogs.remember_folder(journal, path.parent)
    if result.exercise_id is not None:
        events.emit_change(Change(exercises=True))
    events.status.emit(result.message)
    return result


def _problem(error: ExerciseFileError) -> str:
    """One problem without the file's name (the message names the file once)."""
    where = error.where()
    if where:
        return translate("ExerciseTransfer", "{place}: {problem}").format(
            place=where, problem=error.reason)
    if error.reason.startswith("is "):  # the loader's "is not valid TOML" and the like
        return translate("ExerciseTransfer", "the file {problem}").format(problem=error.reason)
    return error.reason


def _refused(name: str, problems: list[str]) -> ImportResult:
    listed = problems[:MAX_LISTED]
    more = len(problems) - len(listed)
    lines = "\n".join(f"• {line}" for line in listed)
    if more:
        lines += "\n• " + translate("ExerciseTransfer", "…and %n more", None, more)
    return ImportResult(None, tuple(problems), translate(
        "ExerciseTransfer", "“{file}” was not imported, and your journal is unchanged:\n{problems}")
        .format(file=name, problems=lines))
