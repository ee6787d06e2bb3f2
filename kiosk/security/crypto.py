"""Personal data encrypted at rest: AES-256-GCM with a key kept in a file beside the database.

Decree 13/2023/NĐ-CP asks that personal data be protected where it is kept. The terminal's
database holds the applicant of each dossier, a complaint's contact phone and e-mail, and the
copies of both waiting in the outbox; those columns hold ciphertext (kiosk/store/crypto_types.py)
made here.

A value reads ``enc1:<key id>:<base64(nonce | ciphertext | tag)>``:

* ``enc1`` — the format's version (a later format gets another prefix; this one still reads);
* the key id — 8 hex digits naming the key (a hash of it, never the key), so keys can be
  rotated: every ``*.key`` file in the folder decrypts, ``data.key`` encrypts;
* a random 96-bit nonce for each value (AES-GCM: never one nonce twice under a key; a terminal
  encrypts far fewer than the 2**32 values after which random nonces would need a new key);
* the associated data ``enc1:<key id>:<table>.<column>`` binds a value to its column: a
  ciphertext copied into another column does not decrypt.

The key: 32 random bytes in ``<database folder>/keys/data.key`` — for the terminal's database
``KIOSK_HOME/keys/data.key`` — made on the first value encrypted, mode 0600 in a 0700 folder,
written beside and linked into place so that two processes starting at once end with one key.
A key file others may read is made private again (and said in the log); one of the wrong length
is refused, never replaced: replacing it would lose every value it encrypted.

Values written before encryption existed (plain text) still read; migration 0007 encrypts them.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import logging
import os
import secrets
import stat
import threading
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from kiosk.errors import StoreError, TableError

log = logging.getLogger(__name__)

PREFIX = "enc1:"
KEY_BYTES = 32
NONCE_BYTES = 12
TAG_BYTES = 16
KEYS_DIR = "keys"
KEY_FILE = "data.key"
_POSIX = os.name == "posix"


class DataKeyError(StoreError, TableError):
    """The data key or an encrypted value cannot be used (exit code 12, as a database error).

    Never a traceback: the officer reads what happened and what the technician must do.
    """

    MESSAGES = {
        "data_key_bad_length": {
            "vi": "Tệp khóa dữ liệu {path} bị hỏng ({size} byte, cần đúng 32 byte). Không xóa tệp này: "
                  "hãy báo kỹ thuật viên khôi phục tệp khóa từ bản sao lưu.",
            "en": "The data key file {path} is damaged ({size} bytes, exactly 32 needed). Do not delete "
                  "it: ask the technician to restore the key file from its backup.",
        },
        "data_key_unreadable": {
            "vi": "Không đọc hoặc tạo được tệp khóa dữ liệu {path} ({reason}). Hãy báo kỹ thuật viên "
                  "kiểm tra quyền của thư mục.",
            "en": "The data key file {path} cannot be read or made ({reason}). Ask the technician to "
                  "check the folder's permissions.",
        },
        "data_key_missing": {
            "vi": "Dữ liệu cá nhân ({column}) được mã hóa bằng khóa {key_id}, nhưng máy này không có "
                  "khóa đó trong {folder} (đang có: {have}). Hãy báo kỹ thuật viên chép lại tệp khóa "
                  "từ bản sao lưu; dữ liệu khác vẫn dùng được.",
            "en": "Personal data ({column}) was encrypted with key {key_id}, which is not in {folder} "
                  "on this machine (it has: {have}). Ask the technician to copy the key file back from "
                  "its backup; other data still works.",
        },
        "data_undecryptable": {
            "vi": "Không giải mã được dữ liệu cá nhân ({column}) bằng khóa {key_id}: tệp khóa đã bị "
                  "thay hoặc dữ liệu đã bị sửa. Hãy báo kỹ thuật viên.",
            "en": "Personal data ({column}) does not decrypt with key {key_id}: the key file was "
                  "replaced or the data was altered. Please call the technician.",
        },
        "data_ciphertext_bad": {
            "vi": "Dữ liệu cá nhân mã hóa ({column}) không đúng định dạng. Hãy báo kỹ thuật viên.",
            "en": "Encrypted personal data ({column}) is not in the expected format. Please call the "
                  "technician.",
        },
    }

    exit_code = 12


def key_id(key: bytes) -> str:
    """The 8 hex digits naming ``key`` in each value it encrypts (not secret: a hash's prefix)."""
    return hashlib.sha256(b"motcua-kiosk data key id\x00" + key).hexdigest()[:8]


def is_sealed(value: object) -> bool:
    """True for a value this module encrypted (any key), False for plain text."""
    return isinstance(value, str) and value.startswith(PREFIX)


class KeyRing:
    """The data keys of one database: ``data.key`` encrypts, every ``*.key`` in the folder decrypts.

    Loaded on first use, created on the first value encrypted (never on a read: a database
    copied without its key says so instead of getting a new, useless one). Thread-safe.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self._lock = threading.Lock()
        self._keys: dict[str, AESGCM] = {}
        self._current: str | None = None

    @classmethod
    def for_database(cls, path: Path) -> KeyRing:
        """The keys of the database file ``path``: ``keys/`` in the folder holding it (for the
        terminal's ``KIOSK_HOME/kiosk.db``, ``KIOSK_HOME/keys``)."""
        return cls(Path(path).resolve().parent / KEYS_DIR)

    @classmethod
    def for_home(cls, home: Path | None = None) -> KeyRing:
        """``KIOSK_HOME/keys`` (:func:`kiosk.paths.kiosk_home` when ``home`` is not given)."""
        if home is None:
            from kiosk.paths import kiosk_home

            home = kiosk_home()
        return cls(Path(home) / KEYS_DIR)

    @property
    def path(self) -> Path:
        return self.folder / KEY_FILE

    # ------------------------------------------------------------------ use
    def current_id(self) -> str:
        """The id of the key that encrypts (made now when there is none yet)."""
        with self._lock:
            if self._current is None:
                self._load()
            if self._current is None:
                self._create()
                self._load()
            assert self._current is not None
            return self._current

    def encrypt(self, plaintext: str, context: str) -> str:
        """``plaintext`` sealed for the column ``context`` (``table.column``)."""
        kid = self.current_id()
        nonce = secrets.token_bytes(NONCE_BYTES)
        sealed = self._keys[kid].encrypt(nonce, plaintext.encode("utf-8"), _aad(kid, context))
        return f"{PREFIX}{kid}:{base64.b64encode(nonce + sealed).decode('ascii')}"

    def decrypt(self, token: str, context: str) -> str:
        """The text sealed in ``token`` for ``context``.

        Raises:
            DataKeyError: the key that sealed it is not here (``data_key_missing``), it does not
                open with it (``data_undecryptable``: another key file with the same name, or the
                value altered), or ``token`` is not one (``data_ciphertext_bad``).
        """
        kid, _, body = token[len(PREFIX):].partition(":")
        try:
            raw = base64.b64decode(body.encode("ascii"), validate=True)
        except (binascii.Error, UnicodeEncodeError, ValueError):
            raw = b""
        if len(kid) != 8 or len(raw) < NONCE_BYTES + TAG_BYTES:
            raise DataKeyError("data_ciphertext_bad", column=context)
        aes = self._key(kid, context)
        try:
            plain = aes.decrypt(raw[:NONCE_BYTES], raw[NONCE_BYTES:], _aad(kid, context))
        except InvalidTag:
            raise DataKeyError("data_undecryptable", column=context, key_id=kid) from None
        return plain.decode("utf-8")

    def _key(self, kid: str, context: str) -> AESGCM:
        with self._lock:
            if kid not in self._keys:
                self._load()  # another process may have made or restored it since
            aes = self._keys.get(kid)
            if aes is None:
                raise DataKeyError("data_key_missing", column=context, key_id=kid, folder=str(self.folder),
                                   have=", ".join(sorted(self._keys)) or "—")
            return aes

    # ------------------------------------------------------------------ files
    def _load(self) -> None:
        """Every ``*.key`` in the folder (under the lock)."""
        keys: dict[str, AESGCM] = {}
        current: str | None = None
        if self.folder.is_dir():
            _private(self.folder, 0o700)
            for path in sorted(self.folder.glob("*.key")):
                try:
                    key = _read_key(path)
                except DataKeyError as exc:
                    if path.name == KEY_FILE:
                        raise
                    # an old key that does not read blocks only the values it encrypted
                    log.error("old data key %s not used: %s", path.name, exc.message("en"))
                    continue
                kid = key_id(key)
                keys[kid] = AESGCM(key)
                if path.name == KEY_FILE:
                    current = kid
        self._keys, self._current = keys, current

    def _create(self) -> None:
        """A new random key in ``data.key``, unless another process made one first."""
        try:
            self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            _private(self.folder, 0o700)
            key = AESGCM.generate_key(bit_length=KEY_BYTES * 8)
            tmp = self.folder / f".{KEY_FILE}.{os.getpid()}.{secrets.token_hex(4)}.tmp"
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
            try:
                os.write(fd, key)
                os.fsync(fd)
            finally:
                os.close(fd)
            try:
                os.link(tmp, self.path)  # fails when the file is there: the first key made wins
                log.info("data key %s made in %s", key_id(key), self.path,
                         extra={"event": "data_key_created", "key_id": key_id(key)})
            except FileExistsError:
                pass  # another process made the key at the same moment: its key is the one kept
            finally:
                tmp.unlink()
            _fsync_dir(self.folder)
        except OSError as exc:
            raise DataKeyError("data_key_unreadable", path=str(self.path), reason=exc.strerror or str(exc)) from exc


def _aad(kid: str, context: str) -> bytes:
    return f"{PREFIX}{kid}:{context}".encode()


def _read_key(path: Path) -> bytes:
    try:
        _private(path, 0o600)
        with open(path, "rb") as fh:
            key = fh.read(KEY_BYTES + 1)
    except OSError as exc:
        raise DataKeyError("data_key_unreadable", path=str(path), reason=exc.strerror or str(exc)) from exc
    if len(key) != KEY_BYTES:
        raise DataKeyError("data_key_bad_length", path=str(path), size=len(key))
    return key


def _private(path: Path, mode: int) -> None:
    """``path`` readable by its owner only: a group or world bit found is removed and logged (the
    key may have been read meanwhile; the log says so to the technician)."""
    if not _POSIX:
        return  # Windows: the folder under the user's profile is private to that user
    current = stat.S_IMODE(os.stat(path).st_mode)
    if current & 0o077:
        os.chmod(path, mode)
        log.warning("Khóa dữ liệu %s để người khác đọc được (%o): đã sửa thành %o / the data key %s "
                    "was readable by others (%o): made private (%o)", path, current, mode, path, current,
                    mode, extra={"event": "data_key_permissions_repaired"})


def _fsync_dir(folder: Path) -> None:
    if hasattr(os, "O_DIRECTORY"):
        fd = os.open(folder, os.O_DIRECTORY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
