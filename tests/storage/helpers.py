"""Shared bits for the encryption tests: file fingerprints, marker scans, row checks."""

from __future__ import annotations

import hashlib
from pathlib import Path

from trustjournal.paths import ensure_private_dir
from trustjournal.storage.convert import fingerprint
from trustjournal.storage.database import connect_file

PASSPHRASE = "quiet harbour lantern"
# Written into entries; none may ever appear in the bytes of an encrypted data folder.
MARKERS = ("Zephyrquill", "marmalade-tuesday-oath", "Überraschungsgeheimnis", "秘密の手紙")


def backups_dir(journal_file: Path) -> Path:
    return ensure_private_dir(journal_file.parent / "backups")


def file_hashes(folder: Path) -> dict[str, str]:
    """sha256 of every file under folder (names relative to it)."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def marker_hits(folder: Path) -> list[tuple[str, str]]:
    """(file, marker) for every marker found in any file's raw bytes, in the encodings
    SQLite could store text in."""
    hits = []
    for path in sorted(folder.rglob("*")):
        if not path.is_file():
            continue
        data = path.read_bytes()
        for marker in MARKERS:
            for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
                if marker.encode(encoding) in data or marker.lower().encode(encoding) in data:
                    hits.append((str(path.relative_to(folder)), marker))
    return hits


def rows_of(path: Path, key: bytes | None) -> dict[str, tuple[int, int]]:
    """Row counts and checksums of every table of a journal file, read directly."""
    conn = connect_file(path, key)
    try:
        return fingerprint(conn)
    finally:
        conn.close()


def write_markers(journal) -> None:  # type: ignore[no-untyped-def]
    """Entries that carry every marker in a title, a body and a tag; one edited, one
    trashed, so revisions, the search index and the trash all hold them too."""
    for i, marker in enumerate(MARKERS):
        entry, _ = journal.create_entry(
            title=f"About {marker}", body=f"Today {marker} again. {marker}!", tags=[marker]
        )
        if i == 0:
            from trustjournal.core.entries import EntryEdit

            journal.update_entry(entry.uuid, EntryEdit(body=f"Edited: {marker} still."))
        if i == 1:
            journal.trash_entry(entry.uuid)
    journal.set_setting("last_search", MARKERS[0])
    write_tracker_markers(journal)


def write_tracker_markers(journal) -> None:  # type: ignore[no-untyped-def]
    """One record of every tracker and a user exercise, every text field carrying a
    marker; the worry and the urge are edited once, so older pages held other text."""
    import dataclasses

    from tests.storage.tracker_records import intention, promise, urge, worry
    from trustjournal.core.trackers import UrgeKind, WorryOutcome

    one, two, three, four = MARKERS
    made = urge(kind=UrgeKind.OTHER, other=f"read {one}", instead=f"walked {two}")
    journal.save_urge(made)
    journal.save_urge(dataclasses.replace(made, feeling_after=f"calmer {three}"))
    journal.save_promise(promise(text=f"Tell {four}", note=f"about {one}"))
    journal.save_intention(intention(text=f"Thank {two}", note=f"said {three}"))
    feared = worry(text=f"Leaving {three}")
    journal.save_worry(feared)
    journal.save_worry(dataclasses.replace(feared, outcome=WorryOutcome.DID_NOT,
                                           settled_on=feared.look_on,
                                           what_happened=f"stayed {four}"))
    journal.save_user_exercise("own_letter", f"[exercise]\ntitle = '{one} {four}'\n")
