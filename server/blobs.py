"""Content-addressed files (scanned dossier pages, attachments), uploaded in resumable chunks.

A blob is named by the SHA-256 of its bytes. The terminal asks how much the server has
(``HEAD``), sends the rest in chunks at that offset (``PATCH``), and the server checks the hash of
the whole before it keeps the file: a blob the server names is always complete and intact. A
terminal deletes nothing until the server has confirmed.

Each center sees only the blobs its own devices sent: the bytes are kept once, with a mark per
center that sent them whole. A device of another center that asks about the same SHA-256 hears
"nothing yet" and must send every byte itself (its own partial file), so a hash alone reveals
nothing and another center's half-sent upload is never in its way.
"""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

HEX64 = re.compile(r"^[0-9a-f]{64}$")
MAX_BLOB = 200 * 1024 * 1024


class BlobError(Exception):
    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason


class BlobStore:
    def __init__(self, root: Path) -> None:
        self.root = root

    def _path(self, sha: str) -> Path:
        if not HEX64.match(sha):
            raise BlobError(400, "a blob is named by the 64 hex digits of its SHA-256")
        return self.root / sha[:2] / sha

    def _partial(self, sha: str, center: str) -> Path:
        return self._path(sha).with_name(f"{sha}.{center.encode().hex()}.part")

    def _mark(self, sha: str, center: str) -> Path:
        """Present once ``center`` has sent the blob whole (a center code as hex: any text is safe)."""
        return self._path(sha).with_name(f"{sha}.by-{center.encode().hex()}")

    def status(self, sha: str, center: str) -> tuple[bool, int]:
        """(complete, bytes the server has) as ``center`` sees them."""
        path = self._path(sha)
        if path.exists() and self._mark(sha, center).exists():
            return True, path.stat().st_size
        part = self._partial(sha, center)
        return False, part.stat().st_size if part.exists() else 0

    def append(self, sha: str, center: str, offset: int, length: int, chunk: bytes) -> tuple[bool, int]:
        complete, have = self.status(sha, center)
        if complete:
            return True, have
        if length <= 0 or length > MAX_BLOB:
            raise BlobError(413, f"blob size must be 1..{MAX_BLOB} bytes")
        if offset != have:
            raise BlobError(409, f"the server has {have} bytes of this blob; send from there")
        if have + len(chunk) > length:
            raise BlobError(400, "more bytes than the declared length")
        part = self._partial(sha, center)
        part.parent.mkdir(parents=True, exist_ok=True)
        with open(part, "ab") as fh:
            fh.write(chunk)
            fh.flush()
            os.fsync(fh.fileno())
        have += len(chunk)
        if have < length:
            return False, have
        digest = hashlib.sha256()
        with open(part, "rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                digest.update(block)
        if digest.hexdigest() != sha:
            part.unlink()
            raise BlobError(422, "the bytes do not match their SHA-256: upload again")
        self._mark(sha, center).touch()  # before the bytes: a crash between leaves it incomplete
        os.replace(part, self._path(sha))  # the same bytes if another center sent them already
        return True, have
