"""The key-slot file: the journal's random key, wrapped once for each way to unlock it.

Layout (JSON, version 1)::

    {"format": "trustjournal-keys", "version": 1,
     "journal_id": hex, "key_check": hex, "db_salt": hex or null,
     "slots": {"passphrase": {...}, "recovery": {...}},
     "retired": [{"nonce": b64, "wrapped": b64}, ...]}   (only while needed)

Each slot holds how its wrapping key is derived (Argon2id from the passphrase, with its
parameters and salt; HKDF-SHA256 from the recovery key, which has full entropy) and the
journal key sealed with AES-256-GCM. The associated data binds a slot to this file's
journal id, to its kind and to its own parameters, so slots cannot be swapped between
files or edited into weaker settings unnoticed. `key_check` lets a caller holding a key
confirm it is this journal's before rewrapping it; `db_salt` (the journal file's first
16 bytes, SQLCipher's salt) tells "key file of another journal" from "damaged journal".

`retired` holds earlier journal keys, sealed with the current journal key, for as long
as a backup made under one of them still exists (a re-key converts those backups, then
drops them). Whoever can open the current slots may read them; a saved copy of an older
key file never reaches the current key.

This module imports argon2 and cryptography; keep it out of start-up paths.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import secrets
import unicodedata
from dataclasses import field
from pathlib import Path
from typing import Any

from argon2.exceptions import HashingError
from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from trustjournal.core.i18n import QT_TRANSLATE_NOOP, translate
from trustjournal.core.lazy_dataclass import lazy_dataclass
from trustjournal.storage.errors import (
    JournalError,
    KeyFileError,
    PassphraseError,
    PassphraseRefusedError,
)
from trustjournal.storage.files import write_atomically

FORMAT = "trustjournal-keys"
VERSION = 1
KEY_BYTES = 32
PASSPHRASE_SLOT = "passphrase"
RECOVERY_SLOT = "recovery"
MAX_FILE_BYTES = 64 * 1024


@lazy_dataclass(frozen=True)
class KdfParams:
    """Argon2id cost settings; stored with each slot so they can grow later."""

    time_cost: int
    memory_cost: int  # KiB
    parallelism: int


# About half a second per unlock on the development machines (2 cores, measured with
# tests/storage/test_keys.py::test_real_argon2_settings_are_stored_and_used -s).
# New slots use these; existing slots keep the settings stored in them.
DEFAULT_KDF = KdfParams(time_cost=4, memory_cost=256 * 1024, parallelism=2)

# Anything outside these bounds in a key file is damage (or tampering meant to make
# unlocking take forever), not a setting we would ever have written.
_LIMITS = {"time_cost": (1, 64), "memory_cost": (8, 4 * 1024 * 1024), "parallelism": (1, 64)}

RECOVERY_BYTES = 20  # 160 bits: 32 base32 characters, shown as 8 groups of 4
_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_LOOKALIKES = str.maketrans({"O": "0", "I": "1", "L": "1"})
_SEPARATORS = str.maketrans("", "", " \t\r\n-_.")

# Shown with translate("StorageKeyslots", ...) where raised.
WRONG_PASSPHRASE = QT_TRANSLATE_NOOP(
    "StorageKeyslots", "That passphrase does not unlock this journal. Please try again.")
WRONG_RECOVERY = QT_TRANSLATE_NOOP(
    "StorageKeyslots", "That recovery key does not unlock this journal. Check it and try again.")


@lazy_dataclass
class KeyFile:
    """The parsed key-slot file."""

    journal_id: str
    key_check: str
    db_salt: str | None = None
    slots: dict[str, dict[str, Any]] = field(default_factory=dict)
    retired: list[dict[str, str]] = field(default_factory=list)

    def holds(self, key: bytes) -> bool:
        """Whether key is the journal key this file wraps."""
        return hmac.compare_digest(_key_check(key, self.journal_id), self.key_check)

    def to_bytes(self) -> bytes:
        data = {
            "format": FORMAT,
            "version": VERSION,
            "journal_id": self.journal_id,
            "key_check": self.key_check,
            "db_salt": self.db_salt,
            "slots": self.slots,
        }
        if self.retired:
            data["retired"] = self.retired
        return (json.dumps(data, indent=2, sort_keys=True) + "\n").encode("ascii")


def new_key() -> bytes:
    """A fresh random journal key."""
    return secrets.token_bytes(KEY_BYTES)


def new_key_file(key: bytes) -> KeyFile:
    """An empty key file for key, with a new random journal id."""
    journal_id = secrets.token_hex(16)
    return KeyFile(journal_id=journal_id, key_check=_key_check(key, journal_id))


def _key_check(key: bytes, journal_id: str) -> str:
    mac = hmac.new(key, b"trustjournal key check\0" + journal_id.encode(), hashlib.sha256)
    return mac.hexdigest()[:32]


# -- passphrases ---------------------------------------------------------------------


def passphrase_bytes(passphrase: str) -> bytes:
    """NFC first, so the same words typed on another keyboard or system give one key."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8", "surrogatepass")


def check_new_passphrase(passphrase: str) -> None:
    """Refuse a new passphrase that cannot protect anything."""
    if not passphrase or not passphrase.strip():
        raise PassphraseRefusedError(translate("StorageKeyslots",
            "Please choose a passphrase: it cannot be empty."))


def _argon2(secret: bytes, salt: bytes, params: KdfParams) -> bytes:
    try:
        return hash_secret_raw(
            secret,
            salt,
            time_cost=params.time_cost,
            memory_cost=params.memory_cost,
            parallelism=params.parallelism,
            hash_len=KEY_BYTES,
            type=Type.ID,
        )
    except HashingError as exc:
        raise JournalError(
            translate("StorageKeyslots",
                "The passphrase could not be checked: the computer ran short of "
                "memory. Close other programs and try again.")
        ) from exc


def set_passphrase(
    keyfile: KeyFile, key: bytes, passphrase: str, params: KdfParams | None = None
) -> None:
    """Put (or replace) the passphrase slot."""
    check_new_passphrase(passphrase)
    params = params or DEFAULT_KDF
    salt = secrets.token_bytes(16)
    slot: dict[str, Any] = {
        "kdf": "argon2id",
        "time_cost": params.time_cost,
        "memory_cost": params.memory_cost,
        "parallelism": params.parallelism,
        "salt": _b64(salt),
        "cipher": "aes-256-gcm",
    }
    wrapping = _argon2(passphrase_bytes(passphrase), salt, params)
    _seal(keyfile, PASSPHRASE_SLOT, slot, wrapping, key)


def open_passphrase(keyfile: KeyFile, passphrase: str) -> bytes:
    """The journal key, if passphrase opens the passphrase slot; PassphraseError if not."""
    slot = _slot(keyfile, PASSPHRASE_SLOT)
    if slot.get("kdf") != "argon2id":
        raise _damaged()
    params = KdfParams(*(_bounded(slot, name) for name in _LIMITS))
    salt = _unb64(slot.get("salt"))
    if not passphrase:
        raise PassphraseError(translate("StorageKeyslots", WRONG_PASSPHRASE))
    wrapping = _argon2(passphrase_bytes(passphrase), salt, params)
    return _unseal(keyfile, PASSPHRASE_SLOT, slot, wrapping, WRONG_PASSPHRASE)


# -- recovery keys -------------------------------------------------------------------


def format_recovery(raw: bytes) -> str:
    """Crockford base32 in groups of four: no I, L, O or U to misread."""
    number = int.from_bytes(raw, "big")
    chars = []
    for _ in range(len(raw) * 8 // 5):
        chars.append(_CROCKFORD[number & 31])
        number >>= 5
    text = "".join(reversed(chars))
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def parse_recovery(text: str) -> bytes:
    """Read a recovery key as typed: any case, spaces or dashes, O for 0 and I or L for 1."""
    cleaned = text.upper().translate(_SEPARATORS).translate(_LOOKALIKES)
    length = RECOVERY_BYTES * 8 // 5
    if len(cleaned) != length or any(c not in _CROCKFORD for c in cleaned):
        raise PassphraseError(
            translate("StorageKeyslots",
                "A recovery key has {length} letters and digits, in groups of four "
                "(like ABCD-EFGH-…). Check what you typed and try again.").format(
                length=length)
        )
    number = 0
    for char in cleaned:
        number = (number << 5) | _CROCKFORD.index(char)
    return number.to_bytes(RECOVERY_BYTES, "big")


def _recovery_wrapping(raw: bytes, salt: bytes, journal_id: str) -> bytes:
    kdf = HKDF(
        algorithm=hashes.SHA256(),
        length=KEY_BYTES,
        salt=salt,
        info=b"trustjournal recovery slot\0" + journal_id.encode(),
    )
    return kdf.derive(raw)


def set_recovery(keyfile: KeyFile, key: bytes) -> str:
    """Put a new recovery slot (the old recovery key stops working); returns the new key."""
    raw = secrets.token_bytes(RECOVERY_BYTES)
    salt = secrets.token_bytes(16)
    slot: dict[str, Any] = {"kdf": "hkdf-sha256", "salt": _b64(salt), "cipher": "aes-256-gcm"}
    _seal(keyfile, RECOVERY_SLOT, slot, _recovery_wrapping(raw, salt, keyfile.journal_id), key)
    return format_recovery(raw)


def open_recovery(keyfile: KeyFile, recovery_key: str) -> bytes:
    """The journal key, if recovery_key opens the recovery slot; PassphraseError if not."""
    slot = _slot(keyfile, RECOVERY_SLOT)
    if slot.get("kdf") != "hkdf-sha256":
        raise _damaged()
    salt = _unb64(slot.get("salt"))
    raw = parse_recovery(recovery_key)
    wrapping = _recovery_wrapping(raw, salt, keyfile.journal_id)
    return _unseal(keyfile, RECOVERY_SLOT, slot, wrapping, WRONG_RECOVERY)


# -- sealing -------------------------------------------------------------------------


def _associated(keyfile: KeyFile, kind: str, slot: dict[str, Any]) -> bytes:
    bound = {k: v for k, v in slot.items() if k not in ("nonce", "wrapped")}
    data = {"format": FORMAT, "version": VERSION, "journal_id": keyfile.journal_id,
            "slot": kind, "settings": bound}
    return json.dumps(data, sort_keys=True, separators=(",", ":")).encode("utf-8")


def _seal(keyfile: KeyFile, kind: str, slot: dict[str, Any], wrapping: bytes, key: bytes) -> None:
    if not keyfile.holds(key):
        raise KeyFileError(translate("StorageKeyslots",
            "That key does not belong to this journal; nothing was changed."))
    nonce = secrets.token_bytes(12)
    sealed = AESGCM(wrapping).encrypt(nonce, key, _associated(keyfile, kind, slot))
    keyfile.slots[kind] = {**slot, "nonce": _b64(nonce), "wrapped": _b64(sealed)}


def _unseal(
    keyfile: KeyFile, kind: str, slot: dict[str, Any], wrapping: bytes, wrong: str
) -> bytes:
    if slot.get("cipher") != "aes-256-gcm":
        raise _damaged()
    nonce, sealed = _unb64(slot.get("nonce")), _unb64(slot.get("wrapped"))
    if len(nonce) != 12:
        raise _damaged()
    try:
        key = AESGCM(wrapping).decrypt(nonce, sealed, _associated(keyfile, kind, slot))
    except InvalidTag:
        raise PassphraseError(translate("StorageKeyslots", wrong)) from None
    if len(key) != KEY_BYTES or not keyfile.holds(key):
        raise _damaged()
    return key


# -- keys that older backups still need --------------------------------------------


def _retired_associated(keyfile: KeyFile) -> bytes:
    data = {"format": FORMAT, "journal_id": keyfile.journal_id, "slot": "retired"}
    return json.dumps(data, sort_keys=True, separators=(",", ":")).encode("utf-8")


def set_retired(keyfile: KeyFile, key: bytes, old_keys: list[bytes]) -> None:
    """Keep old_keys in the file, sealed with the journal key (replaces any kept before)."""
    if not keyfile.holds(key):
        raise KeyFileError(translate("StorageKeyslots",
            "That key does not belong to this journal; nothing was changed."))
    sealed = []
    for old in dict.fromkeys(old_keys):  # once each, in order
        nonce = secrets.token_bytes(12)
        wrapped = AESGCM(key).encrypt(nonce, old, _retired_associated(keyfile))
        sealed.append({"nonce": _b64(nonce), "wrapped": _b64(wrapped)})
    keyfile.retired = sealed


def open_retired(keyfile: KeyFile, key: bytes) -> list[bytes]:
    """The earlier journal keys kept in the file (empty when none); key must be current."""
    if not keyfile.holds(key):
        raise KeyFileError(translate("StorageKeyslots",
            "That key does not belong to this journal; nothing was changed."))
    keys = []
    for item in keyfile.retired:
        nonce, wrapped = _unb64(item.get("nonce")), _unb64(item.get("wrapped"))
        try:
            old = AESGCM(key).decrypt(nonce, wrapped, _retired_associated(keyfile))
        except (InvalidTag, ValueError):
            raise _damaged() from None
        if len(old) != KEY_BYTES:
            raise _damaged()
        keys.append(old)
    return keys


# -- the file ------------------------------------------------------------------------


def _damaged(file: str | None = None) -> KeyFileError:
    """The key file (named `file`, when known) is damaged."""
    if file is None:
        return KeyFileError(translate(
            "StorageKeyslots", "The key file that unlocks this journal is damaged, so it "
            "cannot be unlocked from it. Nothing has been changed. Put back a copy of the "
            "key file if you have one."))
    return KeyFileError(translate(
        "StorageKeyslots", "The key file {file} that unlocks this journal is damaged, so it "
        "cannot be unlocked from it. Nothing has been changed. Put back a copy of the key "
        "file if you have one.").format(file=file))


def _slot(keyfile: KeyFile, kind: str) -> dict[str, Any]:
    slot = keyfile.slots.get(kind)
    if slot is None:
        if kind == PASSPHRASE_SLOT:
            raise KeyFileError(translate(
                "StorageKeyslots", "This journal has no passphrase set; nothing has been "
                "changed."))
        raise KeyFileError(translate(
            "StorageKeyslots", "This journal has no recovery key set; nothing has been "
            "changed."))
    return slot


def _bounded(slot: dict[str, Any], name: str) -> int:
    value = slot.get(name)
    low, high = _LIMITS[name]
    if type(value) is not int or not low <= value <= high:
        raise _damaged()
    return value


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(value: object) -> bytes:
    if not isinstance(value, str):
        raise _damaged()
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise _damaged() from None


def _is_hex(value: object, length: int | None = None) -> bool:
    if not isinstance(value, str) or (length is not None and len(value) != length):
        return False
    try:
        bytes.fromhex(value)
    except ValueError:
        return False
    return True


def read_key_file(path: Path, journal_name: str = "the journal") -> KeyFile:
    """Parse the key file; KeyFileError (naming no secrets) if missing, damaged or newer."""
    try:
        with open(path, "rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise KeyFileError(
            translate("StorageKeyslots",
                "{journal_name} could not be read: it is not a plain journal, and its"
                " key file ({name}) is not beside it. If the journal is encrypted, "
                "put {name} back in the same folder; otherwise restore a backup. "
                "Nothing has been changed.").format(
                journal_name=journal_name, name=path.name)
        ) from None
    except IsADirectoryError:
        raise _damaged(path.name) from None
    except OSError as exc:
        raise KeyFileError(
            translate("StorageKeyslots",
                "The key file {name} could not be read ({strerror}). Nothing has been"
                " changed.").format(
                name=path.name, strerror=exc.strerror)
        ) from None
    name = path.name
    if len(raw) > MAX_FILE_BYTES:
        raise _damaged(name)
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise _damaged(name) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise _damaged(name)
    version = data.get("version")
    if type(version) is not int:
        raise _damaged(name)
    if version > VERSION:
        raise KeyFileError(
            translate("StorageKeyslots",
                "{name} was written by a newer version of TrustJournal. Please update"
                " the app to unlock this journal; nothing has been changed.").format(
                name=path.name)
        )
    slots = data.get("slots")
    db_salt = data.get("db_salt")
    if (
        not _is_hex(data.get("journal_id"), 32)
        or not _is_hex(data.get("key_check"), 32)
        or not (db_salt is None or _is_hex(db_salt, 32))
        or not isinstance(slots, dict)
        or not all(isinstance(k, str) and isinstance(v, dict) for k, v in slots.items())
    ):
        raise _damaged(name)
    retired = data.get("retired", [])
    if not isinstance(retired, list) or not all(
        isinstance(item, dict) and all(isinstance(v, str) for v in item.values())
        for item in retired
    ):
        raise _damaged(name)
    return KeyFile(data["journal_id"], data["key_check"], db_salt, slots, retired)


def write_key_file(path: Path, keyfile: KeyFile) -> None:
    """Write the key file atomically (temp file, fsync, rename, fsync the folder), 0600."""
    write_atomically(path, keyfile.to_bytes())
