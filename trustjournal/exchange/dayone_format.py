"""Import of Day One's JSON export: a `Journal.json` file, or the exported `.zip` that holds
one JSON file per journal beside `photos/`, `videos/`, `audios/` and `pdfs/` folders.

Each entry has `uuid` (32 hex digits), `creationDate` (UTC), `timeZone` (IANA name),
Markdown `text`, `tags`, `starred`, `modifiedDate` and media lists. Media are not
imported: their links in the text become readable placeholders naming the file in the
export. The zip is read in memory, never extracted, and only its JSON members are read.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path, PurePosixPath
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from trustjournal.core.entries import MAX_TITLE_LENGTH
from trustjournal.core.i18n import translate
from trustjournal.core.records import EntryRecord
from trustjournal.core.text import clean_tags, clean_title
from trustjournal.exchange import parsing
from trustjournal.exchange.model import ImportFormatError
from trustjournal.exchange.parsing import (
    NO_LIMIT,
    load_json,
    open_regular,
    parse_datetime,
    size_words,
)
from trustjournal.exchange.registry import register_importer

MIN_YEAR, MAX_YEAR = 1900, 9999
HEAD_BYTES = 64 * 1024

# Zip bomb limits, checked on the central directory before a byte is inflated.
MAX_MEMBER_BYTES = 512 * 1024**2
MAX_TOTAL_BYTES = 1024**3
MAX_RATIO = 100  # inflated / compressed, for members above RATIO_FLOOR
RATIO_FLOOR = 1024**2

_HEX32 = re.compile(r"[0-9A-Fa-f]{32}")
_SAFE_NAME = re.compile(r"[A-Za-z0-9]{1,40}")
# ![](dayone-moment://ID) for photos; ![](dayone-moment:/video/ID) and the like for others.
_MOMENT = re.compile(r"!?\[[^\]\n]*\]\(dayone-moment:(?://|/([A-Za-z]+)/)([^)\s]*)\)")
# kind in the link → (list in the entry, folder in the zip, default type, word)
_MEDIA = {
    "": ("photos", "photos", "jpeg", "Photo"),
    "photo": ("photos", "photos", "jpeg", "Photo"),
    "video": ("videos", "videos", "mov", "Video"),
    "audio": ("audios", "audios", "m4a", "Audio"),
    "pdfattachment": ("pdfAttachments", "pdfs", "pdf", "PDF"),
}
_MEDIA_FOLDERS = frozenset({"photos", "videos", "audios", "pdfs"})
_HEADING = re.compile(r"#{1,6}(?:[ \t]+(.*?))?[ \t#]*")
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
# Escapes kept in the body: removing them would turn literal text into formatting.
_KEEP_ESCAPED = frozenset("\\*_`[]<>|")
_KEEP_AT_LINE_START = frozenset("#-+=")


def unescape(text: str, *, keep_markup: bool = True) -> str:
    """Undo Day One's backslash escapes (`\\.` `\\-` `\\!` …). With `keep_markup` the
    escapes that still matter in Markdown stay (`\\*`, `\\_`, a `\\#` or `\\-` starting
    a line, `1\\.` starting a line) so literal text does not turn into formatting."""

    def replace(match: re.Match[str]) -> str:
        char = match.group(1)
        if not keep_markup:
            return char
        if char in _KEEP_ESCAPED:
            return match.group(0)
        line = text[text.rfind("\n", 0, match.start()) + 1 : match.start()].strip()
        if char in _KEEP_AT_LINE_START and not line:
            return match.group(0)
        if char in ".)" and line.isdigit():
            return match.group(0)
        return char

    return _ESCAPE.sub(replace, text)


def _valid_text(value: str, file: str, entry: str, field: str) -> str:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ImportFormatError(
            file, translate("DayOneFormat",
                "'{field}' holds characters that are not text").format(
                field=field), entry
        ) from None
    if "\x00" in value:  # refused here, as every importer refuses it: never yielded
        raise ImportFormatError(file, translate("DayOneFormat",
            "'{field}' contains a NUL character").format(
            field=field), entry)
    return value


def _media_index(raw: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    """(list name, identifier) → media item, for the lists that are well formed."""
    found: dict[tuple[str, str], dict[str, Any]] = {}
    for key in {spec[0] for spec in _MEDIA.values()}:
        items = raw.get(key)
        if not isinstance(items, list):
            continue
        for item in items:
            if isinstance(item, dict) and isinstance(item.get("identifier"), str):
                found[(key, item["identifier"])] = item
    return found


def _placeholder(kind: str | None, identifier: str, media: dict[tuple[str, str], Any]) -> str:
    key, folder, default_type, word = _MEDIA.get(
        (kind or "").lower(), ("", "", "", "Attachment")
    )
    item = media.get((key, identifier), {})
    md5 = item.get("md5")
    extension = item.get("type") or item.get("format") or default_type
    if (
        isinstance(md5, str)
        and _HEX32.fullmatch(md5)
        and isinstance(extension, str)
        and _SAFE_NAME.fullmatch(extension)
    ):
        return f"[{word} not imported: {folder}/{md5.lower()}.{extension}]"
    return f"[{word} not imported]"


def _split_heading(text: str) -> tuple[str, str]:
    """(title, rest): the first line is the title when it is a Markdown heading."""
    stripped = text.lstrip("\n")
    first, _, rest = stripped.partition("\n")
    match = _HEADING.fullmatch(first.strip())
    if match is None:
        return "", text
    return unescape(match.group(1) or "", keep_markup=False), rest


def _fit_title(title: str, body: str) -> tuple[str, str]:
    if len(" ".join(title.split())) <= MAX_TITLE_LENGTH:
        return clean_title(title), body
    return "", f"{title.strip()}\n\n{body}" if body else title.strip()


def _zone(value: object) -> dt.tzinfo:
    """The entry's zone; one this machine does not know is read as UTC."""
    if isinstance(value, str) and value.strip():
        try:
            return ZoneInfo(value.strip())
        except (ZoneInfoNotFoundError, ValueError, OSError):
            pass
    return dt.UTC


def _entry_id(value: object, file: str, entry: str) -> str:
    if isinstance(value, str):
        text = value.strip()
        try:
            if _HEX32.fullmatch(text):
                return str(uuid.UUID(hex=text))
            return str(uuid.UUID(text))
        except ValueError:
            pass
        raise ImportFormatError(file, translate("DayOneFormat",
            "'uuid' is not a valid id: {value}").format(
            value=repr(value[:40])), entry)
    if value is None:
        raise ImportFormatError(file, translate("DayOneFormat", "the entry has no 'uuid'"), entry)
    raise ImportFormatError(file, translate("DayOneFormat", "'uuid' must be text"), entry)


def _checked_time(value: object, file: str, entry: str, field: str) -> dt.datetime:
    moment = parse_datetime(value, file, entry, field)
    if not MIN_YEAR <= moment.year <= MAX_YEAR:
        raise ImportFormatError(
            file, translate("DayOneFormat",
                "the year {year} in '{field}' is outside {min_year}–{max_year}").format(
                year=moment.year, field=field, min_year=MIN_YEAR, max_year=MAX_YEAR), entry
        )
    return moment


def _record(raw: object, file: str, index: int) -> EntryRecord:
    entry = translate("DayOneFormat", "entry {number}").format(number=index)
    if not isinstance(raw, dict):
        raise ImportFormatError(file, translate("DayOneFormat",
            "an entry must be an object"), entry)
    entry_id = _entry_id(raw.get("uuid"), file, entry)
    created = _checked_time(raw.get("creationDate"), file, entry, "creationDate")
    updated = created
    if raw.get("modifiedDate") is not None:
        updated = max(created, _checked_time(raw["modifiedDate"], file, entry, "modifiedDate"))
    try:
        local_date = created.astimezone(_zone(raw.get("timeZone"))).date()
    except (OverflowError, ValueError):
        raise ImportFormatError(file, translate("DayOneFormat",
            "'creationDate' is out of range"), entry) from None
    text = raw.get("text", "")
    if text is None:
        text = ""
    if not isinstance(text, str):
        raise ImportFormatError(file, translate("DayOneFormat", "'text' must be text"), entry)
    text = _valid_text(text, file, entry, "text").replace("\r\n", "\n")
    tags = raw.get("tags", [])
    if tags is None:
        tags = []
    if not isinstance(tags, list) or not all(isinstance(tag, str) for tag in tags):
        raise ImportFormatError(file, translate("DayOneFormat",
            "'tags' must be a list of texts"), entry)
    for tag in tags:
        _valid_text(tag, file, entry, "tags")
    starred = raw.get("starred", False)
    if starred is None:
        starred = False
    if not isinstance(starred, bool):
        raise ImportFormatError(file, translate("DayOneFormat",
            "'starred' must be true or false"), entry)

    title, body = _split_heading(text)
    media = _media_index(raw)
    body = _MOMENT.sub(
        lambda match: _placeholder(match.group(1), match.group(2), media), unescape(body)
    )
    title, body = _fit_title(title, body.strip("\n").rstrip())
    return EntryRecord(
        uuid=entry_id,
        kind="free",
        title=title,
        body=body,
        local_date=local_date,
        created_utc=created,
        updated_utc=updated,
        tags=clean_tags(tags),
        starred=starred,
        source=entry,
    )


def _journal_entries(data: Any, file: str) -> list[Any]:
    if not isinstance(data, dict) or not isinstance(data.get("entries"), list):
        raise ImportFormatError(
            file, translate("DayOneFormat",
                "this is not a Day One export (expected an object with an 'entries' "
                "list)")
        )
    entries: list[Any] = data["entries"]
    return entries


def _safe_member(name: str) -> bool:
    parts = PurePosixPath(name.replace("\\", "/")).parts
    return bool(parts) and not (
        name.startswith(("/", "\\"))
        or ".." in parts
        or any(part.startswith(".") or part == "__MACOSX" for part in parts)
        or ":" in parts[0]
    )


def _journal_members(archive: zipfile.ZipFile, file: str) -> list[zipfile.ZipInfo]:
    """The JSON journals in the zip, checked against the bomb limits."""
    members = sorted(
        (
            info
            for info in archive.infolist()
            if not info.is_dir()
            and info.filename.lower().endswith(".json")
            and _safe_member(info.filename)
            and PurePosixPath(info.filename).parts[0] not in _MEDIA_FOLDERS
        ),
        key=lambda info: info.filename,
    )
    if not members:
        raise ImportFormatError(file, translate("DayOneFormat",
            "the zip file contains no Journal.json (no Day One journal)"))
    total = 0
    for info in members:
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if (
            info.file_size > MAX_MEMBER_BYTES
            or total > MAX_TOTAL_BYTES
            or (info.file_size > RATIO_FLOOR and ratio > MAX_RATIO)
        ):
            raise ImportFormatError(
                translate("DayOneFormat",
                    "{file}/{filename}").format(
                    file=file, filename=info.filename), translate("DayOneFormat",
                    "it is too large or compressed suspiciously well")
            )
    return members


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, shown: str) -> bytes:
    try:
        with archive.open(info) as member:
            data = member.read(info.file_size + 1)
    except RuntimeError:
        raise ImportFormatError(shown, translate("DayOneFormat",
            "it is password-protected")) from None
    except NotImplementedError:
        raise ImportFormatError(shown, translate("DayOneFormat",
            "it uses a compression this app cannot read")) from None
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError):
        raise ImportFormatError(shown, translate("DayOneFormat",
            "it is damaged in the zip file")) from None
    if len(data) > info.file_size:
        raise ImportFormatError(shown, translate("DayOneFormat",
            "it is larger than the zip file says"))
    return data


class DayOneImporter:
    """Day One's JSON export, as `Journal.json` or as the exported zip."""

    name = "dayone"

    @property
    def label(self) -> str:
        """The format's name in lists of formats."""
        return translate("DayOneImporter", "Day One (JSON or zip export)")


    def detect(self, path: Path) -> float:
        """Sure for a zip holding a JSON journal or a JSON file with Day One's keys; any
        other zip scores 0.5 so that reading it explains what is missing. Never raises."""
        try:
            if not path.is_file():
                return 0.0
            with open_regular(path, limit=NO_LIMIT) as handle:
                if zipfile.is_zipfile(handle):
                    with zipfile.ZipFile(handle) as archive:
                        names = [name for name in archive.namelist() if _safe_member(name)]
                    return 0.9 if any(name.lower().endswith(".json") for name in names) else 0.5
                handle.seek(0)
                head = handle.read(HEAD_BYTES).decode("utf-8-sig", errors="replace")
        except Exception:  # detection must never fail, whatever the file holds
            return 0.0
        head = head.lstrip()
        if not head.startswith("{") or '"entries"' not in head:
            return 0.0
        if '"creationDate"' in head:
            return 0.9
        return 0.6 if '"metadata"' in head else 0.1

    def read(self, path: Path) -> Iterator[EntryRecord]:
        """Yield every entry; a duplicate uuid, a zip without a journal or any invalid
        entry raises ImportFormatError naming the file, the entry and the reason."""
        seen: dict[str, str] = {}
        for file, data in self._documents(path):
            for index, raw in enumerate(_journal_entries(data, file), 1):
                record = _record(raw, file, index)
                where = f"{file}, entry {index}"
                if record.uuid in seen:
                    raise ImportFormatError(
                        file,
                        translate("DayOneFormat",
                            "the uuid {upper} appears twice (first at {seen})").format(
                            upper=record.uuid.replace('-', '').upper(), seen=seen[record.uuid]),
                        translate("DayOneFormat",
                            "entry {index}").format(
                            index=index),
                    )
                seen[record.uuid] = where
                yield record

    def _documents(self, path: Path) -> Iterator[tuple[str, Any]]:
        """(name shown in messages, parsed JSON) for the file or each journal in the zip."""
        file = str(path)
        # One open file for the whole read: what is checked is what is read, even if
        # the name is pointed at something else meanwhile.
        # A zip is read member by member (with its own limits), so only a plain JSON
        # file is held to the whole-file limit.
        with open_regular(path, file, limit=NO_LIMIT) as handle:
            try:
                is_zip = zipfile.is_zipfile(handle)
            except OSError:
                is_zip = False
            if not is_zip:
                limit = parsing.MAX_FILE_BYTES
                handle.seek(0)
                data = handle.read(limit + 1)
                if len(data) > limit:
                    raise ImportFormatError(file, translate("DayOneFormat",
                        "the file is larger than {size_words}").format(
                        size_words=size_words(limit)))
                yield file, load_json(path, data=data, name=file)
                return
            yield from self._zip_documents(handle, path, file)

    def _zip_documents(self, handle: Any, path: Path, file: str) -> Iterator[tuple[str, Any]]:
        try:
            archive = zipfile.ZipFile(handle)
        except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError):
            raise ImportFormatError(file, translate("DayOneFormat",
                "this zip file is damaged")) from None
        with archive:
            for info in _journal_members(archive, file):
                shown = f"{file}/{info.filename}"
                data = _read_member(archive, info, shown)
                yield shown, load_json(path, data=data, name=shown)


register_importer(DayOneImporter())
