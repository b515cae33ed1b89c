"""Markdown export: a folder with one `.md` file per entry, or one combined file.

Folder ("markdown"): each entry becomes `YYYY-MM-DD-slug-1a2b3c4d.md` (the date it is filed
under, an ASCII slug of its title and the first 8 characters of its uuid; `-2`, `-3`… is
added if a name is taken). The file starts with YAML front matter, then `# Title` and the
body exactly as written. Front matter keys, in order:

    uuid, title, date, created, updated, kind, exercise, exercise_version, tags, starred,
    deleted

`exercise`/`exercise_version` appear only for exercises and check-ins, `deleted` only for
entries in the trash. Strings are double-quoted with escapes (JSON style), so any title or
tag is safe; dates and times are plain YAML timestamps (times in UTC, ending in Z).

Single file ("markdown-single"): a heading with the export's title, then every entry as
`## Title`, one line with its date, kind, star and tags, and its body with headings
renumbered to start at `###` so they sit under the entry's own.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path

from trustjournal.core.i18n import translate
from trustjournal.core.records import EntryRecord, EntryText
from trustjournal.exchange.markup import (
    SavingAhead,
    display_title,
    kind_label,
    long_date,
    private_text,
    top_heading_level,
    utc_text,
)
from trustjournal.exchange.model import ExportOptions
from trustjournal.exchange.registry import register_exporter

SLUG_LENGTH = 48
_WRITE_EVERY = 768  # pieces gathered before one write (up to three per entry)
# Characters YAML would refuse, fold or misread inside a double-quoted string.
_YAML_UNSAFE = re.compile("[\"\\\\\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]")
_YAML_SHORT = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r"}
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_HEADING = re.compile(r"^( {0,3})(#{1,6})(?=[ \t]|$)")
# Every line _HEADING would match, found in the whole text at once: run on the text
# between two added newlines, the pattern starts with a plain character, which the
# regex engine looks for quickly, where '^' with MULTILINE is tried at every position.
_ANY_HEADING = re.compile(r"\n( {0,3})(#{1,6})(?=[ \t\n])")


def yaml_string(text: str) -> str:
    """`text` as a YAML double-quoted scalar that reads back unchanged."""
    def escape(match: re.Match[str]) -> str:
        char = match.group()
        return _YAML_SHORT.get(char) or f"\\u{ord(char):04x}"

    return '"' + _YAML_UNSAFE.sub(escape, text) + '"'


def front_matter(record: EntryRecord) -> str:
    """The YAML block (between `---` lines) that opens an entry's file."""
    lines = [
        "---",
        f"uuid: {yaml_string(record.uuid)}",
        f"title: {yaml_string(record.title)}",
        f"date: {record.local_date.isoformat()}",
        f"created: {utc_text(record.created_utc)}",
        f"updated: {utc_text(record.updated_utc)}",
        f"kind: {yaml_string(record.kind)}",
    ]
    if record.exercise_id is not None:
        lines.append(f"exercise: {yaml_string(record.exercise_id)}")
    if record.exercise_version is not None:
        lines.append(f"exercise_version: {int(record.exercise_version)}")
    lines.append(f"tags: [{', '.join(yaml_string(tag) for tag in record.tags)}]")
    lines.append(f"starred: {'true' if record.starred else 'false'}")
    if record.deleted_utc is not None:
        lines.append(f"deleted: {utc_text(record.deleted_utc)}")
    lines.append("---")
    return "\n".join(lines) + "\n"


def _body(text: str) -> str:
    """An entry's body as both Markdown exports write it: newlines made plain, blank
    lines at either end dropped, one newline after (nothing for an empty body)."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.strip("\n")
    return text + "\n" if text else ""


def slug(text: str) -> str:
    """A short lowercase ASCII name for a file: letters, digits and single hyphens."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if len(words) > SLUG_LENGTH:
        words = words[:SLUG_LENGTH].rsplit("-", 1)[0] if "-" in words[:SLUG_LENGTH] \
            else words[:SLUG_LENGTH]
    return words


def file_stem(record: EntryRecord) -> str:
    """'2024-03-05-a-hard-evening-1a2b3c4d': date, slug of the title and start of the uuid."""
    name = slug(record.title) or slug(kind_label(record)) or "entry"
    short = re.sub(r"[^a-z0-9]", "", record.uuid.lower())[:8] or "entry"
    return f"{record.local_date.isoformat()}-{name}-{short}"


def entry_file_text(record: EntryRecord) -> str:
    """A whole entry file: front matter, `# Title` (when there is one) and the body."""
    parts = [front_matter(record)]
    title = " ".join(record.title.split())
    if title:
        parts.append(f"\n# {title}\n")
    body = _body(record.body)
    if body:
        parts.append("\n" + body)
    return "".join(parts)


def _write_unique(folder: Path, stem: str, text: str) -> Path:
    """Write `text` to `<stem>.md` in folder, or `<stem>-2.md`… when a name is taken (also
    on file systems that ignore case)."""
    number = 1
    while True:
        path = folder / (f"{stem}.md" if number == 1 else f"{stem}-{number}.md")
        try:
            with private_text(path, exclusive=True) as out:
                out.write(text)
            return path
        except FileExistsError:
            number += 1


def shift_headings(markdown: str, top: int = 3) -> str:
    """Renumber headings so the highest one is level `top` (capped at 1 and 6), leaving
    fenced code alone: the body's headings then sit under the entry's own."""
    if "#" not in markdown:
        return markdown  # no heading anywhere: nothing to renumber, line by line or not
    if "```" not in markdown and "~~~" not in markdown:
        return _shift_unfenced(markdown, top)
    lines = markdown.split("\n")
    delta = top - top_heading_level(lines)
    out: list[str] = []
    fence: str | None = None
    for line in lines:
        opener = _FENCE.match(line)
        if fence is None and opener:
            fence = opener.group(1)[0] * 3
        elif fence is not None and line.strip().startswith(fence):
            fence = None
        elif fence is None and (heading := _HEADING.match(line)):
            level = max(1, min(len(heading.group(2)) + delta, 6))
            line = heading.group(1) + "#" * level + line[heading.end():]
        out.append(line)
    return "\n".join(out)


def _shift_unfenced(markdown: str, top: int) -> str:
    """shift_headings for text with no code fence (no run of three backticks or tildes
    anywhere): every line that looks like a heading is one, so one pass of a multi-line
    pattern over the whole text finds them, instead of a match per line."""
    padded = f"\n{markdown}\n"
    levels = [len(hashes) for _, hashes in _ANY_HEADING.findall(padded)]
    if not levels:
        return markdown
    delta = top - min(levels)
    if delta == 0:
        return markdown  # every heading keeps its level

    def renumbered(heading: re.Match[str]) -> str:
        level = max(1, min(len(heading.group(2)) + delta, 6))
        return "\n" + heading.group(1) + "#" * level

    return _ANY_HEADING.sub(renumbered, padded)[1:-1]


class _Sections:
    """Each entry's section of the combined file, as UTF-8 bytes.

    The words many entries share (a day's long date, a kind's name, the star, tags and
    trash notes) are made once per export. Every piece is encoded on its own: a body
    in plain ASCII is then copied as it is, where one joined text holding a '·' or a
    '★' would make the encoder widen and re-read every character of the export.
    """

    def __init__(self) -> None:
        self._days: dict[dt.date, str] = {}
        self._kinds: dict[tuple[str, str | None], str] = {}
        self._starred = translate("MarkdownExport", "★ Starred")
        self._tags = translate("MarkdownExport", "Tags: {tags}")
        self._trash = translate("MarkdownExport", "In the trash")

    def add(self, entry: EntryText, out: list[bytes]) -> None:
        """Append the entry's section (with the rule that opens it) to `out`."""
        kind = self._kinds.get((entry.kind, entry.exercise_id))
        if kind is None:
            kind = self._kinds[entry.kind, entry.exercise_id] = kind_label(entry)
        day = self._days.get(entry.local_date)
        if day is None:
            day = self._days[entry.local_date] = long_date(entry.local_date)
        title = " ".join(entry.title.split())
        if not title:
            title = display_title(entry)
        parts = [day, kind]
        if entry.starred:
            parts.append(self._starred)
        if entry.tags:
            parts.append(self._tags.format(tags=", ".join(entry.tags)))
        if entry.in_trash:
            parts.append(self._trash)
        out.append(f"\n---\n\n## {title}\n\n{' · '.join(parts)}\n".encode("utf-8", "replace"))
        body = _body(entry.body)
        if body:
            out.append(b"\n")
            out.append(shift_headings(body).encode("utf-8", "replace"))


class MarkdownFolderExporter:
    """One Markdown file with YAML front matter per entry, in a new folder."""

    name = "markdown"

    @property
    def label(self) -> str:
        """The format's name in lists of formats."""
        return translate("MarkdownFolderExporter", "Markdown (a folder, one file per entry)")

    suffix = ""
    folder = True
    member_suffix = ".md"  # every file it writes ends so (an old export may be replaced)
    single_file_format = "markdown-single"  # what --single-file asks for instead

    def write(self, records: Iterable[EntryRecord], target: Path, options: ExportOptions) -> int:
        """Create the folder `target` and write one file per record into it."""
        target.mkdir(mode=0o700, exist_ok=True)
        count = 0
        for record in records:
            _write_unique(target, file_stem(record), entry_file_text(record))
            count += 1
        return count


class MarkdownFileExporter:
    """Every entry in one Markdown file, for reading or printing in one go."""

    name = "markdown-single"

    @property
    def label(self) -> str:
        """The format's name in lists of formats."""
        return translate("MarkdownFileExporter", "Markdown (one combined file)")

    suffix = ".md"
    folder = False

    def write(self, records: Iterable[EntryRecord], target: Path, options: ExportOptions) -> int:
        """Write the export's title, then every record, to the file `target`."""
        return self.write_texts((EntryText.of(record) for record in records), target, options)

    def write_texts(self, entries: Iterable[EntryText], target: Path,
                    options: ExportOptions) -> int:
        """`write` from the shown part of each entry only (the runner streams these)."""
        count = 0
        sections = _Sections()
        with SavingAhead(target) as out:
            out.write(f"# {' '.join(options.title.split()) or 'TrustJournal'}\n"
                      .encode("utf-8", "replace"))
            # Written some hundred entries at a time: one write per entry cost more than
            # making its text.
            pending: list[bytes] = []
            for entry in entries:
                sections.add(entry, pending)
                count += 1
                if len(pending) >= _WRITE_EVERY:
                    out.write(b"".join(pending))
                    pending.clear()
            out.write(b"".join(pending))
        return count


register_exporter(MarkdownFolderExporter())
register_exporter(MarkdownFileExporter())
