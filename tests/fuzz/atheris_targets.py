"""Byte-level fuzz targets: one function per parser that sees outside bytes.

Each ``target_*`` takes the fuzzer's bytes, feeds them to the parser the way the wire, the
scanner or the file would, and lets only the parser's documented outcome through: a result that
keeps its promises, or the project's own error type with a message in Vietnamese and English.
Anything else (another exception, a broken invariant: an AssertionError) is a crash for
libFuzzer. ``scripts/fuzz.py`` runs them under atheris; ``test_atheris_targets.py`` replays the
seeds and every saved crash under plain pytest, so a crash once found stays a regression test.

Plain Python: no atheris import here, so the replay runs where atheris is not installed.
"""

from __future__ import annotations

import json
import tempfile
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.fuzz.helpers import assert_bilingual, assert_kiosk_error


def _text(data: bytes) -> str:
    """The bytes as the text a field or a scanner hands on (bad UTF-8 as U+FFFD)."""
    return data.decode("utf-8", errors="replace")


# ---------------------------------------------------------------- scanner payloads
def target_scan(data: bytes) -> None:
    """``kiosk.scan``: bytes off a scanner, normalised and classified (never raises)."""
    from kiosk.scan import classify, normalise

    text = normalise(data)
    assert unicodedata.is_normalized("NFC", text)
    assert not any(unicodedata.category(ch)[0] == "C" for ch in text)
    assert normalise(text) == text
    scan = classify(text)
    assert scan.kind in ("dossier", "ticket", "cccd", "code", "unknown")
    if scan.kind == "unknown":
        assert_bilingual(scan.reason)
    assert classify(scan.text) == scan
    repr(scan)


_SUFFIXES: tuple[bytes | None, ...] = (None, b"\r", b"\n", b"\r\n", b"\x03", b"\x00")


def target_serial_framing(data: bytes) -> None:
    """``SerialScanner._frames``: byte 0 picks the suffix, byte 1 a prefix length, byte 2 where
    the wire is cut; the same scans must come out however it is cut."""
    from devices.scanner.serial_scanner import SerialScanner
    from kiosk.scan import normalise

    if len(data) < 3:
        return
    suffix = _SUFFIXES[data[0] % len(_SUFFIXES)]
    prefix = data[3:3 + data[1] % 3]
    wire = data[3 + len(prefix):]

    def run(pieces: list[bytes]) -> tuple[list[str], bytes]:
        scanner = SerialScanner("fuzz", "/dev/null", suffix=suffix, prefix=prefix, max_frame=256)
        got: list[str] = []
        scanner._on_scan = got.append
        buffer = bytearray()
        for piece in pieces:
            buffer += piece
            scanner._frames(buffer)
        return got, bytes(buffer)

    whole = run([wire])
    for text in whole[0]:
        assert text and normalise(text) == text
    if len(wire) <= 256:
        cut = data[2] % (len(wire) + 1)
        assert run([wire[:cut], wire[cut:]]) == whole


def target_keypad(data: bytes) -> None:
    """``SerialKeypad._handle``: byte 0 sizes a map taken from the next bytes, the rest is the
    wire; every mapped byte is one press, in order, and nothing raises."""
    from devices.keypad.serial_keypad import RAW_KEEP, SerialKeypad

    if not data:
        return
    n = 1 + data[0] % 6
    head, wire = data[1:1 + n], data[1 + n:]
    byte_map = {b: 1 + (i % 5) for i, b in enumerate(head)} or {0x31: 3}
    keypad = SerialKeypad("fuzz", "/dev/null", byte_map)
    presses: list[int] = []
    keypad._on_press = presses.append
    for k in range(0, len(wire), 7):
        keypad._handle(wire[k:k + 7])
    assert presses == [byte_map[b] for b in wire if b in byte_map]
    assert keypad.last_raw == wire[-RAW_KEEP:]


def target_device_urls(data: bytes) -> None:
    """Scanner and keypad URLs and keypad maps from config.toml: the device or our own error."""
    from devices.keypad.factory import (
        KeypadMapError,
        KeypadUrlError,
        open_keypad,
        parse_key_map,
        parse_map,
    )
    from devices.scanner.factory import ScannerUrlError, open_scanner

    text = _text(data)
    for call, errors in ((open_scanner, (ScannerUrlError,)), (open_keypad, (KeypadUrlError, KeypadMapError)),
                         (parse_map, (KeypadMapError,)), (parse_key_map, (KeypadMapError,))):
        try:
            call(text)  # type: ignore[operator]
        except errors as exc:
            assert_bilingual(str(exc))


# ---------------------------------------------------------------- printer status replies
def target_printer_status(data: bytes) -> None:
    """``interpret``: the replies to DLE EOT 1, 2 and 4 (a missing byte: no reply in time)."""
    from devices.printer.status import REQUESTS, STATE_WORDS, PrinterState, interpret, valid_reply

    replies: dict[int, int | None] = {}
    for i, n in enumerate(REQUESTS):
        if i < len(data) and (len(data) <= 3 or data[3] & (1 << i) == 0):
            replies[n] = data[i]
        elif i < len(data):
            replies[n] = None
    status = interpret(replies)
    assert status.state in STATE_WORDS
    assert_bilingual(status.reason())
    answered = [b for b in replies.values() if b is not None]
    if status.state != PrinterState.UNKNOWN:
        assert answered and all(valid_reply(b) for b in answered)


# ---------------------------------------------------------------- CCCD QR and the applicant
def target_applicant(data: bytes) -> None:
    """The chip ID card QR (``|``-separated text through ``classify``) and the applicant block
    (``Applicant.parse`` of the bytes as JSON, ``from_json`` of what the store holds)."""
    from kiosk.dossier.applicant import Applicant
    from kiosk.errors import KioskError
    from kiosk.scan import classify

    text = _text(data)
    scan = classify(text)
    if scan.cccd is not None:
        assert len(scan.cccd.id_number) == 12 and scan.cccd.id_number.isascii()
        assert scan.cccd.id_number not in repr(scan)
    try:
        raw = json.loads(data)
    except (ValueError, RecursionError):
        return
    Applicant.from_json(raw)
    try:
        applicant = Applicant.parse(raw)
    except KioskError as exc:
        assert exc.key == "applicant_invalid"
        assert_kiosk_error(exc)
        return
    assert Applicant.parse(applicant.to_json()) == applicant


# ---------------------------------------------------------------- sync payloads
_STORE: list[Any] = []


def _store() -> Any:
    if not _STORE:
        from kiosk.store.db import Store

        store = Store(Path(tempfile.mkdtemp(prefix="fuzz-sync-")) / "kiosk.db")
        store.migrate()
        _STORE.append(store)
    return _STORE[0]


class _Rollback(Exception):
    """Ends a target's transaction without committing: each input starts from the same store."""


def target_sync_apply(data: bytes) -> None:
    """What the server sends down in a pull, as JSON bytes: one change ``{"entity": ...,
    "body": ...}`` or a list of up to 8 (so an update can meet an earlier insert), dispatched as
    the sync client does and applied in one transaction to a real SQLite store, or refused with
    SyncPayloadError. The transaction is flushed (what commit would do) and rolled back."""
    from kiosk.sync.apply import (
        SyncPayloadError,
        add_dossier_event,
        add_ticket_event,
        upsert_dossier,
        upsert_ticket,
    )

    try:
        decoded = json.loads(data)
    except (ValueError, RecursionError):
        return
    changes = decoded[:8] if isinstance(decoded, list) else [decoded]
    store = _store()
    try:
        with store.write() as s:
            for change in changes:
                if not isinstance(change, dict) or not isinstance(change.get("body") or {}, dict):
                    continue  # the client's envelope check (see the report): not this module's
                entity, body = change.get("entity"), change.get("body") or {}
                if entity == "dossier":
                    upsert_dossier(s, body.get("payload") or {})
                elif entity == "dossier_event":
                    add_dossier_event(s, body.get("payload") or {})
                else:
                    ticket, _ = upsert_ticket(s, body.get("ticket") or {})
                    if ticket is not None and body.get("event"):
                        add_ticket_event(s, ticket, body["event"])
            s.flush()  # a constraint that commit would break must have been caught above
            raise _Rollback
    except _Rollback:
        pass  # the deliberate way out: every change applied, then rolled back (the store stays clean)
    except SyncPayloadError as exc:
        assert_bilingual(str(exc))


# ---------------------------------------------------------------- config files
def target_config(data: bytes) -> None:
    """``load_config`` of the bytes as config.toml: a Config, or a ConfigError in both languages."""
    from kiosk.config import load_config
    from kiosk.errors import ConfigError

    with tempfile.TemporaryDirectory(prefix="fuzz-config-") as folder:
        path = Path(folder) / "config.toml"
        path.write_bytes(data)
        try:
            load_config(path)
        except ConfigError as exc:
            assert_kiosk_error(exc)


# ---------------------------------------------------------------- VietQR
def target_vietqr(data: bytes) -> None:
    """A scanned VietQR payload: parsed, CRC-checked, or a VietQRError in both languages."""
    from kiosk.payments.errors import VietQRError
    from kiosk.payments.vietqr import decode, parse_amount, parse_tlv

    text = _text(data)
    for call in (parse_tlv, decode, parse_amount):
        try:
            call(text)
        except VietQRError as exc:
            assert_kiosk_error(exc)


TARGETS: dict[str, Callable[[bytes], None]] = {
    "scan": target_scan,
    "serial_framing": target_serial_framing,
    "keypad": target_keypad,
    "device_urls": target_device_urls,
    "printer_status": target_printer_status,
    "applicant": target_applicant,
    "sync_apply": target_sync_apply,
    "config": target_config,
    "vietqr": target_vietqr,
}


def _sample_config() -> bytes:
    from kiosk.paths import resources_dir

    return (resources_dir() / "sample_center.toml").read_bytes()


_TICKET = {"id": "0193c8a2-7d4e-7b21-9f00-5a1b2c3d4e5f", "center_code": "MAU-01", "service_code": "HT",
           "queue_service": "HT", "local_day": "2026-03-02", "number": 15, "label": "A015", "status": "waiting",
           "issued_at": "2026-03-02T01:30:00+00:00", "queued_at": "2026-03-02T01:30:00+00:00", "version": 1}

#: A few well-formed inputs per target: the fuzzer starts from them (and the replay test runs them).
SEEDS: dict[str, list[bytes]] = {
    "scan": [b"MAU01-261128-0001\r\n", "079203001234|312345678|Trần Văn Bình|15072003|Nam|12 Lê Lợi|10052021".encode(),
             b"MOTCUA:T:MAU01:2026-03-02:A015:0193c8a2-7d4e-7b21-9f00-5a1b2c3d4e5f",
             b"https://hcc.example.vn/t/0193c8a2-7d4e-7b21-9f00-5a1b2c3d4e5f", b"Nguy\xea\xden V\xe3n A"],
    "serial_framing": [b"\x01\x00\x05MAU01-261128-0001\rABC\r", b"\x03\x01\x02\x02MAU\r\n\x02X\r\n"],
    "keypad": [b"\x02123" + b"1231234", b"\x00\x31\x31\x32\x33\r\n"],
    "device_urls": [b"serial:///dev/ttyACM0?baudrate=9600&suffix=%0D", b"hid?map=KP_1:3,KP_2:2,KP_3:1",
                    b"serial:///dev/ttyUSB1?map=31:3,32:2,33:1&reconnect=2", b"sim://keypad?levels=5"],
    "printer_status": [b"\x12\x12\x12", b"\x16\x32\x72\x00", b"\x12\x12"],
    "applicant": [json.dumps({"name": "Nguyễn Văn An", "id_number": "079203001234", "birth_date": "2003-07-15",
                              "address": "12 Lê Lợi", "phone": "0901 234 567", "email": "an@example.vn"},
                             ensure_ascii=False).encode(),
                  "079203001234|312345678|Trần Văn Bình|15072003|Nam|12 Lê Lợi|10052021".encode()],
    "sync_apply": [json.dumps({"entity": "ticket", "body": {"ticket": _TICKET}}).encode(),
                   json.dumps({"entity": "ticket_event", "body": {"ticket": _TICKET, "event": {
                       "id": "0193c8a2-7d4e-7b21-9f00-5a1b2c3d4e60", "kind": "called",
                       "at": "2026-03-02T01:35:00+00:00", "counter": 1}}}).encode(),
                   json.dumps({"entity": "dossier_event", "body": {"payload": {"event": {
                       "id": "e1", "dossier_id": "d1", "at": "2026-03-02T01:35:00+00:00"}}}}).encode()],
    "config": [],  # filled from the sample center below (resources/ is read, not copied)
    "vietqr": [b"00020101021138540010A00000072701240006970436011012345678900208QRIBFTTA5303704"
               b"5405500005802VN62290825000.00.06.H56-231027-036163047A2E", b"5000"],
}


def seeds(name: str) -> list[bytes]:
    return SEEDS[name] + ([_sample_config()] if name == "config" else [])
