"""``kiosk support-bundle``: one zip a technician sends when something goes wrong.

What is in it (``README.txt`` inside says the same):

* ``manifest.json`` — when, which machine, versions (the application, Python, SQLite, Qt and
  PySide6, the libraries that matter, the operating system), free disk space;
* ``config/config.toml`` and ``config/center.toml`` — with every secret removed: any value
  whose key names a token, secret, password, key, PIN or hash (``pin_hash``,
  ``technician_pin_hash``…), and passwords inside URLs. The center's bank account stays (it is
  printed on every fee slip);
* ``state/gui.json`` (what the GUI showed), ``state/housekeeping.json`` (the last tidy-up),
  ``state/sync.json`` (the enrolment without its token, the outbox by status, the sync's facts);
* ``database.json`` — schema revision, size, free pages and the number of rows per table:
  counts only, no personal data; and the encryption of personal data at rest: the key files'
  names, ids and modes (never a key), the key ids the data needs, how many values are still in
  plain text (kiosk/security/crypto.py);
* ``logs/`` — every log file (JSON lines, the crash traces);
* ``selftest.txt`` — with ``--self-test``: the output of ``kiosk self-test``.

Every text file goes through a last scrub: any secret value found in the configuration or the
enrolment (and anything shaped like a PIN hash or a bearer token) is replaced wherever it
appears, a log line included.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import platform
import re
import shutil
import socket
import sqlite3
import subprocess
import sys
import zipfile
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

REMOVED = "<removed>"
# parts of a key (split at _ - . and spaces) that make its value a secret
SECRET_PARTS = frozenset({"token", "tokens", "secret", "secrets", "password", "passwd", "pwd", "pin",
                          "key", "apikey", "credential", "credentials", "private", "hash", "salt",
                          "cookie", "otp"})
SECRET_WORDS = ("token", "secret", "password", "passwd", "apikey", "api_key", "pin_hash")
PACKAGES = ("motcua-kiosk", "PySide6-Essentials", "PySide6-Addons", "shiboken6", "SQLAlchemy",
            "alembic", "python-escpos", "pyserial", "pyusb", "Pillow", "reportlab", "qrcode",
            "python-barcode", "httpx", "holidays", "tzdata", "tomlkit", "platformdirs", "pypdfium2",
            "openpyxl", "uuid6")
_URL_PASSWORD = re.compile(r"(?P<head>\b[a-zA-Z][a-zA-Z0-9+.-]*://[^/\s:@\"']+):(?P<pw>[^@\s/\"']+)@")
_HASHES = re.compile(r"\b(?:scrypt|pbkdf2_sha256|argon2\w*|bcrypt)\$[^\s\"',]+")
_BEARER = re.compile(r"(?i)\b(bearer|token)(\s*[:=]?\s*)([A-Za-z0-9._~+/=-]{12,})")


def is_secret_key(name: str) -> bool:
    lowered = name.lower()
    parts = re.split(r"[^a-z0-9]+", lowered)
    return any(p in SECRET_PARTS for p in parts) or any(w in lowered for w in SECRET_WORDS)


@dataclass
class Scrubber:
    """The secret values found so far, removed from every text put in the bundle."""

    secrets: set[str] = field(default_factory=set)

    def add(self, value: object) -> None:
        if isinstance(value, str | int | float) and not isinstance(value, bool):
            text = str(value)
            # shorter values ("none", "auto", a port) would blank out innocent text everywhere
            if len(text) >= 6 and text.lower() not in ("<removed>", "disabled"):
                self.secrets.add(text)
        elif isinstance(value, dict):
            for v in value.values():
                self.add(v)
        elif isinstance(value, list):
            for v in value:
                self.add(v)

    def __call__(self, text: str) -> str:
        for secret in sorted(self.secrets, key=len, reverse=True):
            text = text.replace(secret, REMOVED)
        text = _URL_PASSWORD.sub(lambda m: f"{m.group('head')}:{REMOVED}@", text)
        text = _HASHES.sub(REMOVED, text)
        return _BEARER.sub(lambda m: f"{m.group(1)}{m.group(2)}{REMOVED}", text)


def redact_toml(text: str, scrub: Scrubber) -> str:
    """The configuration with every secret value replaced (comments kept); a file that does not
    parse is redacted line by line."""
    import tomlkit

    try:
        doc = tomlkit.parse(text)
    except Exception:  # tomlkit raises several kinds; a broken file is still worth sending
        return _redact_lines(text, scrub)

    def walk(container: Any) -> None:
        for key in list(container.keys()):
            value = container[key]
            if is_secret_key(str(key)):
                scrub.add(value.unwrap() if hasattr(value, "unwrap") else value)
                container[key] = REMOVED
            elif isinstance(value, dict):
                walk(value)
            elif isinstance(value, list):
                for item in value:
                    if isinstance(item, dict):
                        walk(item)
            elif isinstance(value, str):
                for m in _URL_PASSWORD.finditer(value):
                    scrub.add(m.group("pw"))

    walk(doc)
    return tomlkit.dumps(doc)


def _redact_lines(text: str, scrub: Scrubber) -> str:
    out = []
    for line in text.splitlines():
        m = re.match(r"^(\s*)([A-Za-z0-9_.\-\"']+)(\s*=\s*)(.*)$", line)
        if m and is_secret_key(m.group(2).strip("\"'")):
            scrub.add(m.group(4).strip().strip("\"'"))
            line = f"{m.group(1)}{m.group(2)}{m.group(3)}\"{REMOVED}\""
        out.append(line)
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------------- facts
def versions() -> dict[str, Any]:
    from kiosk import __version__

    packages: dict[str, str | None] = {}
    for name in PACKAGES:
        try:
            packages[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            packages[name] = None
    return {
        "app": __version__,
        "python": sys.version,
        "python_executable": sys.executable,
        "frozen": bool(getattr(sys, "frozen", False)),
        "sqlite": sqlite3.sqlite_version,
        "qt": _qt_version() if packages.get("PySide6-Essentials") else None,
        "os": platform.platform(),
        "machine": platform.machine(),
        "packages": packages,
    }


def _qt_version() -> str | None:
    """The Qt the GUI runs on, asked of a separate Python (this process never imports Qt)."""
    if getattr(sys, "frozen", False):
        return None
    try:
        r = subprocess.run([sys.executable, "-c", "from PySide6 import QtCore; print(QtCore.qVersion())"],
                           capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return r.stdout.strip() or None


def database_facts(path: Path) -> dict[str, Any]:
    """Schema revision, size, pages, rows per table: counts only."""
    facts: dict[str, Any] = {"path": str(path), "exists": path.exists()}
    if not path.exists():
        return facts
    facts["bytes"] = path.stat().st_size
    wal = path.with_name(path.name + "-wal")
    facts["wal_bytes"] = wal.stat().st_size if wal.exists() else 0
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
    except sqlite3.Error as exc:
        facts["error"] = str(exc)
        return facts
    try:
        conn.execute("PRAGMA busy_timeout=5000")
        try:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            facts["revision"] = row[0] if row else None
        except sqlite3.Error:
            facts["revision"] = None
        facts["journal_mode"] = conn.execute("PRAGMA journal_mode").fetchone()[0]
        facts["page_size"] = conn.execute("PRAGMA page_size").fetchone()[0]
        facts["page_count"] = conn.execute("PRAGMA page_count").fetchone()[0]
        facts["freelist_count"] = conn.execute("PRAGMA freelist_count").fetchone()[0]
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        facts["rows"] = {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
        if "outbox" in tables:
            facts["outbox_by_status"] = dict(conn.execute(
                "SELECT status, count(*) FROM outbox GROUP BY status").fetchall())
        facts["encryption"] = encryption_facts(path, conn, tables)
    except sqlite3.Error as exc:
        facts["error"] = str(exc)
    finally:
        conn.close()
    return facts


def encryption_facts(path: Path, conn: sqlite3.Connection, tables: list[str]) -> dict[str, Any]:
    """What a technician needs when personal data does not decrypt: which key files are there
    (name, id, mode: never the key), which key ids the data was encrypted with, and how many
    personal values are still in plain text (0 once migration 0007 ran)."""
    from kiosk.security.crypto import KEY_BYTES, KEYS_DIR, key_id
    from kiosk.store.crypto_types import JSON_COLUMNS, TEXT_COLUMNS

    files = []
    folder = path.parent / KEYS_DIR
    for key_file in sorted(folder.glob("*.key")) if folder.is_dir() else []:
        entry: dict[str, Any] = {"name": key_file.name}
        try:
            data = key_file.read_bytes()
            entry["mode"] = f"{key_file.stat().st_mode & 0o777:04o}"
            entry["key_id"] = key_id(data) if len(data) == KEY_BYTES else None
            entry["length_ok"] = len(data) == KEY_BYTES
        except OSError as exc:
            entry["error"] = exc.strerror or str(exc)
        files.append(entry)
    plain: dict[str, int] = {}
    used: set[str] = set()
    for context, table, column in (*JSON_COLUMNS, *TEXT_COLUMNS):
        if table not in tables:
            continue
        quote = '"' if (context, table, column) in JSON_COLUMNS else ""
        sealed = f"{quote}enc1:%"
        plain[context] = conn.execute(
            f"SELECT count(*) FROM {table} WHERE COALESCE({column}, '') NOT IN ('', 'null') "
            f"AND {column} NOT LIKE ?", (sealed,)).fetchone()[0]
        start = len(quote) + len("enc1:") + 1
        used.update(r[0] for r in conn.execute(
            f"SELECT DISTINCT substr({column}, {start}, 8) FROM {table} WHERE {column} LIKE ?", (sealed,)))
    return {"key_folder": str(folder), "key_files": files, "key_ids_in_data": sorted(used),
            "plain_values": plain}


def sync_facts(home: Path, scrub: Scrubber) -> dict[str, Any]:
    from kiosk.sync.client import device_path

    out: dict[str, Any] = {"enrolled": False}
    path = device_path(home)
    if path.exists():
        try:
            device = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            out["device_error"] = str(exc)
        else:
            if isinstance(device, dict):
                for key, value in device.items():
                    if is_secret_key(key):
                        scrub.add(value)
                out["enrolled"] = True
                out["device"] = {k: (REMOVED if is_secret_key(k) else v) for k, v in device.items()}
    db = home / "kiosk.db"
    if db.exists():
        try:
            conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
            try:
                out["sync_state"] = dict(conn.execute("SELECT key, value FROM sync_state").fetchall())
            finally:
                conn.close()
        except sqlite3.Error as exc:
            out["sync_state_error"] = str(exc)
    return out


README = """Gói hỗ trợ Kiosk Một cửa / Kiosk Một cửa support bundle
========================================================

manifest.json      phiên bản, máy, hệ điều hành / versions, machine, operating system
config/            cấu hình đã xoá mọi bí mật / configuration with every secret removed
state/             trạng thái giao diện, dọn dẹp, đồng bộ / GUI, housekeeping and sync state
database.json      phiên bản lược đồ và số dòng mỗi bảng (không có dữ liệu cá nhân) /
                   schema revision and rows per table (no personal data)
logs/              nhật ký (JSON mỗi dòng) / logs (JSON lines)
selftest.txt       kết quả `kiosk self-test` (nếu có) / `kiosk self-test` output (if asked)
"""


def default_path(home: Path, now: dt.datetime | None = None) -> Path:
    moment = (now or dt.datetime.now(dt.UTC)).astimezone()
    return home / "support" / f"kiosk-support-{socket.gethostname()}-{moment:%Y%m%d-%H%M%S}.zip"


def build_bundle(home: Path, out: Path | None = None, *, self_test: bool = False) -> Path:
    """Write the bundle and return its path (see the module's docstring).

    Args:
        home: KIOSK_HOME.
        out: A file, or an existing folder to put it in (default ``KIOSK_HOME/support/``).
        self_test: Run ``kiosk self-test`` (a few seconds: every role is drawn offscreen).
    """
    from kiosk.config import CENTER_FILE
    from kiosk.housekeeping import state_path as housekeeping_state
    from kiosk.supervisor import state_path as gui_state

    target = out if out is not None else default_path(home)
    if target.is_dir():
        target = target / default_path(home).name
    target.parent.mkdir(parents=True, exist_ok=True)
    scrub = Scrubber()
    members: dict[str, str] = {"README.txt": README}
    for name in ("config.toml", CENTER_FILE):
        path = home / name
        if path.exists():
            members[f"config/{name}"] = redact_toml(path.read_text(encoding="utf-8", errors="replace"), scrub)
    for member, path in (("state/gui.json", gui_state(home)),
                         ("state/housekeeping.json", housekeeping_state(home))):
        if path.exists():
            members[member] = path.read_text(encoding="utf-8", errors="replace")
    members["state/sync.json"] = _json(sync_facts(home, scrub))
    members["database.json"] = _json(database_facts(home / "kiosk.db"))
    usage = shutil.disk_usage(home)
    members["manifest.json"] = _json({
        "created_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "hostname": socket.gethostname(), "home": str(home),
        "disk": {"total": usage.total, "free": usage.free},
        "versions": versions(),
    })
    if self_test:
        members["selftest.txt"] = _self_test(home)
    logs = home / "logs"
    log_files = sorted(p for p in logs.iterdir() if p.is_file() and not p.name.startswith(".")) \
        if logs.is_dir() else []
    tmp = target.with_name(f".{target.name}.part")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh, zipfile.ZipFile(fh, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, text in members.items():
            zf.writestr(name, scrub(text))
        for path in log_files:
            try:
                text = path.read_text(encoding="utf-8", errors="replace")
            except OSError as exc:
                text = f"(unreadable: {exc})\n"
            zf.writestr(f"logs/{path.name}", scrub(text))
    os.replace(tmp, target)
    return target


def _json(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=1, default=str) + "\n"


def _self_test(home: Path) -> str:
    head = [sys.executable] if getattr(sys, "frozen", False) else [sys.executable, "-m", "kiosk"]
    env = {**os.environ, "KIOSK_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    try:
        r = subprocess.run([*head, "self-test"], capture_output=True, text=True, timeout=180, env=env)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return f"self-test did not run: {exc}\n"
    return f"exit code {r.returncode}\n{r.stdout}\n{r.stderr}"
