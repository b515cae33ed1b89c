"""Import of a folder of Markdown or text notes, one entry per file.

Files ending in .md, .markdown or .txt are read from the folder and its subfolders in
sorted order; other files and anything hidden (a name starting with '.') are skipped,
and so are files holding only white space. A file may start with YAML front matter
between `---` lines: uuid, title, date, created, updated, tags, starred, deleted — the
keys TrustJournal's own Markdown export writes, so that export can be imported back
(its kind and exercise keys are ignored: without their answers entries come in as free).
"""

from __future__ import annotations

import datetime as dt
import errno
import json
import os
import re
import stat
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

from trustjournal.core.entries import MAX_TITLE_LENGTH
from trustjournal.core.i18n import translate
from trustjournal.core.records import EntryRecord
from trustjournal.core.text import clean_tags, clean_title, split_tags
from trustjournal.exchange.model import ImportFormatError
from trustjournal.exchange.parsing import (
    parse_datetime,
    read_limited,
    read_text,
    size_words,
    special_kind,
)
from trustjournal.exchange.registry import register_importer

# Notes have no id of their own. To make importing the same folder twice add nothing,
# a note without a valid front-matter uuid gets a uuid5 in this fixed namespace (never
# change it) of the JSON list ["markdown", path relative to the folder (with '/'),
# the file's whole text].
MARKDOWN_NAMESPACE = uuid.UUID("3a9c1e52-7b64-5d1f-8e20-94c6b5a0d7f3")

SUFFIXES = frozenset({".md", ".markdown", ".txt"})
MIN_YEAR, MAX_YEAR = 1900, 9999
MAX_FRONT_MATTER = 64 * 1024
MAX_NOTE_BYTES = 32 * 1024**2  # a note is text someone wrote; larger is not a note
MAX_FOLDER_DEPTH = 64
DETECT_LIMIT = 2000  # files looked at by detect()

_FENCE = re.compile(r"---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_NAME_DATE = re.compile(r"(?<!\d)(\d{4})([-_.])(\d{1,2})\2(\d{1,2})(?!\d)")
_NAME_COMPACT = re.compile(r"(?<!\d)(\d{4})(\d{2})(\d{2})(?!\d)")
_ISO_YEAR = re.compile(r"\s*(\d{1,4})-\d")
_HEADING = re.compile(r"#(?:[ \t]+(.*?))?[ \t#]*")


MAX_FRONT_MATTER_DEPTH = 16


class _FrontMatterLoader(yaml.SafeLoader):
    """safe_load, narrowed to what front matter needs and nothing a hostile file could
    turn against us: dates and numbers stay text (checked here, so '0000-01-01', a
    4,000-digit number or '.nan' get a plain message or stay the words written), anchors
    and aliases are refused (no billion-laughs), and nesting is shallow."""

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise yaml.composer.ComposerError(
                None, None, "anchors and aliases (*name) are not allowed", event.start_mark)
        self._depth = getattr(self, "_depth", 0) + 1
        try:
            if self._depth > MAX_FRONT_MATTER_DEPTH:
                raise yaml.composer.ComposerError(
                    None, None, "the values are nested too deeply", self.peek_event().start_mark)
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


_TEXT_TAGS = ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float")
_FrontMatterLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag not in _TEXT_TAGS]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
for _tag in _TEXT_TAGS:
    _FrontMatterLoader.add_constructor(_tag, _FrontMatterLoader.construct_scalar)


def _local_to_utc(moment: dt.datetime, zone: dt.tzinfo | None) -> dt.datetime:
    """A naive wall-clock time as aware UTC, read in `zone` (None: this machine's zone)."""
    if zone is not None:
        return moment.replace(tzinfo=zone).astimezone(dt.UTC)
    try:
        return moment.astimezone().astimezone(dt.UTC)
    except (OverflowError, OSError, ValueError):
        return moment.replace(tzinfo=dt.datetime.now().astimezone().tzinfo).astimezone(dt.UTC)


def split_front_matter(text: str, file: str) -> tuple[dict[str, Any], str]:
    """(front matter keys in lower case, the rest of the text). A file starting with a
    `---` line that is never closed has no front matter (it is a horizontal rule)."""
    match = _FENCE.match(text)
    if match is None:
        return {}, text
    source = match.group(1) or ""
    if len(source) > MAX_FRONT_MATTER:
        raise ImportFormatError(file, translate("MarkdownFolder", "the front matter is too long"))
    try:
        data = yaml.load(source, Loader=_FrontMatterLoader)
    except yaml.MarkedYAMLError as error:
        line = error.problem_mark.line + 2 if error.problem_mark else "?"
        raise ImportFormatError(
            file, translate("MarkdownFolder",
                "the front matter is not valid YAML (line {line}: {problem})").format(
                line=line, problem=error.problem)
        ) from None
    except (yaml.YAMLError, ValueError, TypeError, RecursionError, OverflowError):
        raise ImportFormatError(file, translate("MarkdownFolder",
            "the front matter is not valid YAML")) from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ImportFormatError(file, translate("MarkdownFolder",
            "the front matter must be 'key: value' lines"))
    # Keys that are not text (a list, a date, binary) cannot be any we read: skipped
    # like other unknown keys, and never turned into text.
    front = {key.strip().lower(): value for key, value in data.items() if isinstance(key, str)}
    return front, text[match.end() :]


def _check_year(year: int, file: str, what: str) -> None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise ImportFormatError(file, translate("MarkdownFolder",
            "the year {year} in {what} is outside {min_year}–{max_year}").format(
            year=year, what=what, min_year=MIN_YEAR, max_year=MAX_YEAR))


def _front_date(value: object, file: str) -> dt.date | dt.datetime:
    """The front matter's `date`: a day, or a date and time (naive or with an offset)."""
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise ImportFormatError(file, translate("MarkdownFolder",
            "'date' in the front matter must be a date like 2024-03-18"))
    text = str(value).strip()
    year = _ISO_YEAR.match(text)
    if year:
        _check_year(int(year.group(1)), file, "'date'")
    try:
        if _NAME_COMPACT.fullmatch(text):
            return dt.datetime.strptime(text, "%Y%m%d").date()
        if len(text) <= 10:
            return dt.date.fromisoformat(text)
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        raise ImportFormatError(
            file, translate("MarkdownFolder",
                "'date' in the front matter is not a date like 2024-03-18: {text}").format(
                text=repr(text[:40]))
        ) from None


def _name_date(name: str, file: str) -> tuple[dt.date | None, str]:
    """The date in a file name (2021-03-04…, 20210304…) and the name without it."""
    stem = name.rsplit(".", 1)[0]
    match = _NAME_DATE.search(stem)
    if match:
        year, _, month, day = match.groups()
        _check_year(int(year), file, "the file name")
        try:
            found = dt.date(int(year), int(month), int(day))
        except ValueError:
            raise ImportFormatError(
                file, translate("MarkdownFolder",
                    "the file name has an impossible date: {group}").format(
                    group=repr(match.group(0)))
            ) from None
        return found, stem[: match.start()] + " " + stem[match.end() :]
    match = _NAME_COMPACT.search(stem)
    if match:
        try:
            found = dt.datetime.strptime(match.group(0), "%Y%m%d").date()
        except ValueError:
            return None, stem
        if MIN_YEAR <= found.year <= MAX_YEAR:
            return found, stem[: match.start()] + " " + stem[match.end() :]
    return None, stem


def _readable_name(name: str) -> str:
    """A file name as text: bytes that are not UTF-8 (a name from an older system) become
    U+FFFD instead of lone surrogates, which no journal text may hold."""
    try:
        return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:
        return name.encode("utf-8", "replace").decode("utf-8")


def _title_from_slug(rest: str) -> str:
    words = " ".join(re.sub(r"[-_]+", " ", rest).split()).strip(" .")
    return words[:1].upper() + words[1:]


def _scalar_text(value: object, key: str, file: str) -> str:
    if isinstance(value, str):
        return _real_text(value, key, file)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    raise ImportFormatError(file, translate("MarkdownFolder",
        "'{key}' in the front matter must be text").format(
        key=key))


def _real_text(value: str, key: str, file: str) -> str:
    """YAML's escapes may spell a character beyond U+FFFF as two surrogates
    ("\\ud83d\\ude00"): such a pair is joined into its character; a surrogate alone is
    not text any journal may hold, and is refused."""
    if value.isascii():
        return value
    try:
        value.encode("utf-8")
        return value
    except UnicodeEncodeError:
        pass
    try:
        return value.encode("utf-16-le", "surrogatepass").decode("utf-16-le")
    except UnicodeDecodeError:
        raise ImportFormatError(file, translate("MarkdownFolder",
            "'{key}' holds characters that are not text (lone surrogates)").format(
            key=key)) from None


def _front_tags(value: object, file: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return split_tags(_real_text(value, "tags", file))
    if isinstance(value, list):
        return clean_tags(_scalar_text(tag, "tags", file) for tag in value)
    raise ImportFormatError(file, translate("MarkdownFolder",
        "'tags' in the front matter must be a list or a text"))


def _front_starred(value: object, file: str) -> bool:
    if value is None:
        return False
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in {"true", "false", "yes", "no"}:
        return value.strip().lower() in {"true", "yes"}
    raise ImportFormatError(file, translate("MarkdownFolder",
        "'starred' in the front matter must be true or false"))


def _front_uuid(value: object, file: str) -> str | None:
    if value is None:
        return None
    try:
        if not isinstance(value, str):
            raise ValueError
        return str(uuid.UUID(value.strip()))
    except ValueError:
        shown = value[:40] if isinstance(value, str) else type(value).__name__
        raise ImportFormatError(
            file, translate("MarkdownFolder",
                "'uuid' in the front matter is not a valid id: {shown}").format(
                shown=repr(shown))
        ) from None


def _front_time(front: dict[str, Any], key: str, file: str) -> dt.datetime | None:
    """`created`, `updated` or `deleted`: an ISO date-time, UTC when it has no offset."""
    value = front.get(key)
    if value is None:
        return None
    if not isinstance(value, str):  # str() of a YAML alias bomb would never end
        raise ImportFormatError(file, translate("MarkdownFolder",
            "'{key}' in the front matter must be a date and time").format(
            key=key))
    moment = parse_datetime(value, file, "", key)
    _check_year(moment.year, file, f"'{key}'")
    return moment


def _title_and_body(front_title: str | None, text: str, slug: str) -> tuple[str, str]:
    """Title from the front matter, else a first `# heading` line, else the file name."""
    body = text.lstrip("\n")
    first, _, rest = body.partition("\n")
    heading = _HEADING.fullmatch(first.strip()) if first.startswith("#") else None
    if heading is not None and (
        front_title is None or (heading.group(1) or "").split() == front_title.split()
    ):
        title, body = heading.group(1) or "", rest
    else:
        title = front_title if front_title is not None else _title_from_slug(slug)
    body = body.strip("\n")
    if len(" ".join(title.split())) > MAX_TITLE_LENGTH:
        return "", f"{title.strip()}\n\n{body}".strip("\n")
    return clean_title(title), body


# Safe walking: nothing outside the folder is ever read. Symbolic links (to files or
# folders, inside or outside) and special files (pipes, sockets, devices) are skipped and
# named; every folder and file is opened relative to its parent with O_NOFOLLOW, so a
# name swapped for a link between the listing and the read is refused, not followed.
_DIR_FLAGS = (os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_NOFOLLOW", 0)
              | getattr(os, "O_CLOEXEC", 0))
_FILE_FLAGS = (os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
               | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0))
_AT_SUPPORTED = os.open in os.supports_dir_fd and os.scandir in os.supports_fd


def _is_note(name: str) -> bool:
    return not name.startswith(".") and Path(name).suffix.lower() in SUFFIXES


def _kind_of(entry: os.DirEntry[str]) -> str | None:
    """Why a folder entry is not read ("a symbolic link", "a pipe (FIFO)", …), or None
    for a regular file or a real folder."""
    if entry.is_symlink():
        return "a symbolic link"
    if entry.is_dir(follow_symlinks=False) or entry.is_file(follow_symlinks=False):
        return None
    return "not a regular file"


def _walk(root: Path) -> tuple[list[str], list[str]]:
    """(note files, skipped entries), both as paths relative to `root` with '/'.

    A skipped entry is "path (why)": a link or special file with a note's name, or a
    linked folder. Hidden names are left out altogether, as before.
    """
    found: list[str] = []
    skipped: list[str] = []

    def fail(error: OSError) -> ImportFormatError:
        return ImportFormatError(error.filename or root, translate("MarkdownFolder",
            "this folder could not be read"))

    def visit(where: Any, prefix: str, depth: int) -> None:
        if depth > MAX_FOLDER_DEPTH:
            raise ImportFormatError(root, translate("MarkdownFolder",
                "folders are nested more than {max_folder_depth} levels deep").format(
                max_folder_depth=MAX_FOLDER_DEPTH))
        try:
            entries = sorted(os.scandir(where), key=lambda e: e.name)
        except OSError as error:
            raise fail(error) from None
        for entry in entries:
            if entry.name.startswith("."):
                continue
            relative = prefix + entry.name
            try:
                why = _kind_of(entry)
                is_dir = why is None and entry.is_dir(follow_symlinks=False)
            except OSError as error:
                raise fail(error) from None
            if why == "a symbolic link" and (_is_note(entry.name) or _points_to_dir(entry)):
                skipped.append(_linked(relative))
            elif why is not None:
                if _is_note(entry.name):
                    skipped.append(translate("MarkdownFolder", "{file} ({kind})").format(
                        file=relative, kind=_special_kind(entry)))
            elif is_dir:
                if _AT_SUPPORTED:
                    try:
                        fd = os.open(entry.name, _DIR_FLAGS, dir_fd=where)
                    except OSError as error:
                        if error.errno == errno.ELOOP:  # became a link meanwhile
                            skipped.append(_linked(relative))
                            continue
                        raise fail(error) from None
                    try:
                        visit(fd, relative + "/", depth + 1)
                    finally:
                        os.close(fd)
                else:
                    visit(entry.path, relative + "/", depth + 1)
            elif _is_note(entry.name):
                found.append(relative)

    if _AT_SUPPORTED:
        try:
            top = os.open(root, _DIR_FLAGS & ~getattr(os, "O_NOFOLLOW", 0))
        except OSError as error:
            raise fail(error) from None
        try:
            visit(top, "", 0)
        finally:
            os.close(top)
    else:  # pragma: no cover - platforms without openat (Windows)
        visit(str(root), "", 0)
    return sorted(found), skipped


def _points_to_dir(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir(follow_symlinks=True)
    except OSError:
        return False


def _linked(relative: str) -> str:
    """A note left out because it is a link, as the import's summary lists it."""
    return translate("MarkdownFolder", "{file} (a symbolic link)").format(file=relative)


def _special_kind(entry: os.DirEntry[str]) -> str:
    try:
        return special_kind(entry.stat(follow_symlinks=False).st_mode)
    except OSError:
        return translate("MarkdownFolder", "not a regular file")


def _read_inside(root: Path, relative: str, shown: str) -> bytes:
    """A note's bytes, opened folder by folder from `root` without following any link,
    and only if it is a regular file within the size limit."""
    if not _AT_SUPPORTED:  # pragma: no cover - platforms without openat (Windows)
        return read_limited(root / relative, shown, MAX_NOTE_BYTES, follow=False)
    parts = relative.split("/")
    fds: list[int] = []
    try:
        try:
            fds.append(os.open(root, _DIR_FLAGS & ~getattr(os, "O_NOFOLLOW", 0)))
            for part in parts[:-1]:
                fds.append(os.open(part, _DIR_FLAGS, dir_fd=fds[-1]))
            fd = os.open(parts[-1], _FILE_FLAGS, dir_fd=fds[-1])
        except OSError as error:
            if error.errno in (errno.ELOOP, errno.ENOTDIR):
                raise ImportFormatError(
                    shown, translate("MarkdownFolder",
                        "it became a symbolic link while the folder was read; links "
                        "are not followed")) from None
            raise ImportFormatError(
                shown, translate("MarkdownFolder",
                    "it could not be read ({value})").format(
                    value=error.strerror or 'error')) from None
        try:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode):
                raise ImportFormatError(shown, translate("MarkdownFolder",
                    "it is not a regular file (it was replaced while the folder was "
                    "read)"))
            if info.st_size > MAX_NOTE_BYTES:
                raise ImportFormatError(shown, translate("MarkdownFolder",
                    "the note is larger than {size_words}").format(
                    size_words=size_words(MAX_NOTE_BYTES)))
            os.set_blocking(fd, True)
            with os.fdopen(fd, "rb", closefd=False) as handle:
                data = handle.read(MAX_NOTE_BYTES + 1)
        except OSError as error:
            raise ImportFormatError(
                shown, translate("MarkdownFolder",
                    "it could not be read ({value})").format(
                    value=error.strerror or 'error')) from None
        finally:
            os.close(fd)
    finally:
        for opened in fds:
            os.close(opened)
    if len(data) > MAX_NOTE_BYTES:
        raise ImportFormatError(shown, translate("MarkdownFolder",
            "the note is larger than {size_words}").format(
            size_words=size_words(MAX_NOTE_BYTES)))
    return data


class MarkdownFolderImporter:
    """A folder of Markdown/text notes (or one note). `zone` is where dates without a
    zone were written (None: this machine's zone)."""

    name = "markdown"

    @property
    def label(self) -> str:
        """The format's name in lists of formats."""
        return translate("MarkdownFolderImporter", "Markdown folder")


    def __init__(self, zone: dt.tzinfo | None = None) -> None:
        self.zone = zone

    def detect(self, path: Path) -> float:
        """Sure for a folder holding .md/.markdown files; 0.6 for one with only .txt
        files, 0.8 for a single .md file, 0.4 for a single .txt file. Never raises."""
        try:
            if path.is_file():
                suffix = path.suffix.lower()
                return {".md": 0.8, ".markdown": 0.8, ".txt": 0.4}.get(suffix, 0.0)
            if not path.is_dir():
                return 0.0
            seen = 0
            text_only = False
            for _folder, subfolders, names in os.walk(path):
                subfolders[:] = [name for name in subfolders if not name.startswith(".")]
                for name in names:
                    seen += 1
                    suffix = Path(name).suffix.lower()
                    if suffix in {".md", ".markdown"} and not name.startswith("."):
                        return 0.9
                    text_only = text_only or (suffix == ".txt" and not name.startswith("."))
                if seen > DETECT_LIMIT:
                    break
            return 0.6 if text_only else 0.0
        except Exception:  # detection must never fail, whatever the folder holds
            return 0.0

    def skipped(self, path: Path) -> tuple[str, ...]:
        """The links and special files in the folder that an import leaves out, each as
        "relative/path (why)"; empty for a single file."""
        if not path.is_dir():
            return ()
        return tuple(_walk(path)[1])

    def read(self, path: Path) -> Iterator[EntryRecord]:
        """Yield one entry per note in sorted path order; a binary note, a bad date or a
        duplicate uuid raises ImportFormatError naming the file."""
        single = not path.is_dir()
        if not single:
            files = _walk(path)[0]
            if not files:
                raise ImportFormatError(path, translate("MarkdownFolder",
                    "this folder holds no .md, .markdown or .txt files"))
        else:
            files = [path.name]
        seen: dict[str, str] = {}
        found = 0
        for relative in files:
            file = path / relative if not single else path
            if single:
                data = read_limited(path, str(path), MAX_NOTE_BYTES)
            else:
                data = _read_inside(path, relative, str(file))
            record = self._read_note(file, data, relative, single=single)
            if record is None:
                continue
            if record.uuid in seen:
                raise ImportFormatError(
                    file, translate("MarkdownFolder",
                        "the uuid {uuid} is also used by {seen}").format(
                        uuid=record.uuid, seen=seen[record.uuid])
                )
            seen[record.uuid] = relative
            found += 1
            yield record
        if not found:
            raise ImportFormatError(path, translate("MarkdownFolder",
                "every note in this folder is empty"))

    def _when(
        self, front: dict[str, Any], name_date: dt.date | None, shown: str
    ) -> tuple[dt.date, dt.datetime, dt.datetime]:
        """(local date, created UTC, updated UTC) from front matter, else the file name.
        A date without a time is filed at local noon."""
        created = _front_time(front, "created", shown)
        stated: dt.date | dt.datetime | None = name_date
        if front.get("date") is not None:
            stated = _front_date(front["date"], shown)
        try:
            if stated is None:
                if created is None:
                    raise ImportFormatError(shown, translate("MarkdownFolder",
                        "no date in front matter or file name"))
                # Only a UTC creation time: file it under that moment's local day.
                local_date = created.astimezone(self.zone).date()
            elif isinstance(stated, dt.datetime):
                local_date = stated.date()  # the day as written, whatever the offset
                if created is None:
                    created = (stated.astimezone(dt.UTC) if stated.tzinfo
                               else _local_to_utc(stated, self.zone))
            else:
                local_date = stated
                if created is None:
                    created = _local_to_utc(dt.datetime.combine(stated, dt.time(12)), self.zone)
        except (OverflowError, ValueError):
            raise ImportFormatError(shown, translate("MarkdownFolder",
                "the date is out of range")) from None
        updated = _front_time(front, "updated", shown)
        updated = created if updated is None else max(created, updated)
        return local_date, created, updated

    def _read_note(self, file: Path, data: bytes, relative: str,
                   single: bool) -> EntryRecord | None:
        shown = str(file)
        if b"\x00" in data:
            raise ImportFormatError(shown, translate("MarkdownFolder",
                "this is not a text file (it holds binary data)"))
        if not data.strip() and not single:
            return None
        text = read_text(file, data, shown)
        front, rest = split_front_matter(text.replace("\r\n", "\n"), shown)
        name_date, slug = _name_date(_readable_name(file.name), shown)

        local_date, created, updated = self._when(front, name_date, shown)
        front_title = front.get("title")
        if front_title is not None:
            front_title = _scalar_text(front_title, "title", shown)
        title, body = _title_and_body(front_title, rest, slug)
        entry_id = _front_uuid(front.get("uuid"), shown) or str(
            uuid.uuid5(MARKDOWN_NAMESPACE, json.dumps(["markdown", relative, text]))
        )
        deleted = _front_time(front, "deleted", shown)
        return EntryRecord(
            uuid=entry_id,
            kind="free",
            title=title,
            body=body,
            local_date=local_date,
            created_utc=created,
            updated_utc=updated,
            tags=_front_tags(front.get("tags"), shown),
            starred=_front_starred(front.get("starred"), shown),
            deleted_utc=deleted,
            source=relative,
        )


register_importer(MarkdownFolderImporter())
