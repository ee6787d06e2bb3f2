"""Personal data at rest (Decree 13/2023/NĐ-CP), on real SQLite files: what the services write
never reaches the database file or its WAL in clear, an upgraded database keeps no plain copy,
the key file is private and a wrong key is a sentence, and the retention purge erases what it
should and nothing else (kiosk/security/crypto.py, kiosk/store/crypto_types.py, migration 0007,
kiosk/housekeeping.py)."""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import sqlite3
import stat
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select, update

from kiosk.feedback import FeedbackService
from kiosk.housekeeping import run_housekeeping
from kiosk.security.crypto import KEY_BYTES, DataKeyError, KeyRing, key_id
from kiosk.store.crypto_types import DOSSIER_APPLICANT, FEEDBACK_PHONE
from kiosk.store.db import Store
from kiosk.store.migrate import HEAD, alembic_config, current_revision, upgrade
from kiosk.store.models import Dossier, Feedback, OutboxOp
from tests.conftest import local

# values found nowhere else in a fresh database (the sample center's catalogue, the schema)
PERSON = {
    "name": "Hoàng Thị Diệu Xuân", "id_number": "048187006391", "birth_date": "1987-02-23",
    "address": "Số 47 hẻm 12 đường Nguyễn Tất Thành, phường Hòa Khánh, Đà Nẵng",
    "phone": "0936271845", "email": "dieuxuan.hoang@example.vn",
}
CONTACT_PHONE = "0978214563"
CONTACT_EMAIL = "phan.anh.khieu.nai@example.vn"
COMPLAINT = "Quầy số 3 nhận hồ sơ chậm, chờ quá lâu."
BIRTH = "1.001193"
SECRETS = (PERSON["name"], PERSON["id_number"], PERSON["address"], PERSON["phone"], PERSON["email"],
           CONTACT_PHONE, CONTACT_EMAIL)


def spellings(value: str) -> set[bytes]:
    """Every way a value could sit in the file: UTF-8, as JSON writes it (\\u escapes, either
    case), and UTF-16 (SQLite's other text encodings)."""
    escaped = json.dumps(value)[1:-1]
    return {value.encode("utf-8"), escaped.encode("ascii"), escaped.lower().encode("ascii"),
            json.dumps(value, ensure_ascii=False)[1:-1].encode("utf-8"),
            value.encode("utf-16-le"), value.encode("utf-16-be")}


def found(raw: bytes, values: tuple[str, ...] = SECRETS) -> list[str]:
    return [v for v in values if any(form in raw for form in spellings(v))]


def database_bytes(path: Path) -> dict[str, bytes]:
    """The database file and every file SQLite keeps beside it (WAL, shared memory, the copy
    taken before a migration)."""
    return {p.name: p.read_bytes() for p in sorted(path.parent.glob(path.name + "*")) if p.is_file()}


def checkpoint(path: Path) -> None:
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0] == 0
    finally:
        conn.close()


def fill(ctx, clock) -> tuple[str, str]:
    """A dossier received with PERSON and moved on, and a complaint with its contact."""
    clock.now = local(2026, 11, 17, 9, 30)
    code = ctx.dossiers.receive(BIRTH, PERSON, officer="cb01", counter=1).code
    clock.advance(hours=1)
    ctx.dossiers.transition(code, "processing", "cb01")
    svc = FeedbackService.for_context(ctx)
    complaint = svc.file("attitude", COMPLAINT, phone=CONTACT_PHONE, email=CONTACT_EMAIL, consent=True).code
    return code, complaint


# ---------------------------------------------------------------------- (a) written by the services
def test_what_the_services_write_is_never_in_the_file_in_clear(ctx, clock):
    code, complaint = fill(ctx, clock)
    db = ctx.home / "kiosk.db"
    before = database_bytes(db)
    assert "kiosk.db-wal" in before and len(before["kiosk.db-wal"]) > 0  # not checkpointed yet
    raw = b"".join(before.values())
    # the grep does find what is not encrypted (the complaint's text, the dossier's code), and
    # the encrypted values are there as ciphertext
    assert found(raw, (COMPLAINT, code)) == [COMPLAINT, code]
    assert raw.count(b"enc1:") >= 6
    assert found(raw) == []
    # the services read them back in clear, and so does the sync, from the outbox
    assert ctx.dossiers.show(code).applicant.to_json() == PERSON
    shown = FeedbackService.for_context(ctx).show(complaint)
    assert (shown.contact_phone, shown.contact_email) == (CONTACT_PHONE, CONTACT_EMAIL)
    with ctx.store.read() as s:
        payloads = [o.payload for o in s.scalars(select(OutboxOp).order_by(OutboxOp.created_at, OutboxOp.id))]
    assert [p["dossier"]["applicant"] for p in payloads if "dossier" in p] == [PERSON, PERSON]
    assert [p["feedback"]["contact_phone"] for p in payloads if "feedback" in p] == [CONTACT_PHONE]
    # once everything is in the main file
    ctx.close()
    checkpoint(db)
    after = database_bytes(db)
    assert len(after.get("kiosk.db-wal", b"")) == 0
    assert found(after["kiosk.db"]) == [] and found(b"".join(after.values())) == []
    assert found(after["kiosk.db"], (COMPLAINT,)) == [COMPLAINT]


def test_a_ciphertext_moved_to_another_column_or_row_kind_does_not_open(ctx, clock):
    code, complaint = fill(ctx, clock)
    path = ctx.home / "kiosk.db"
    conn = sqlite3.connect(path)
    phone = conn.execute("SELECT contact_phone FROM feedback").fetchone()[0]
    assert phone.startswith("enc1:")
    # the phone's ciphertext put where the e-mail was: bound to its column, it is refused
    conn.execute("UPDATE feedback SET contact_email = ?", (phone,))
    conn.commit()
    conn.close()
    with pytest.raises(DataKeyError) as err:
        FeedbackService.for_context(ctx).show(complaint)
    assert err.value.key == "data_undecryptable" and "feedback.contact_email" in err.value.message("en")
    assert ctx.store.keys.decrypt(phone, FEEDBACK_PHONE) == CONTACT_PHONE


@pytest.fixture
def sqlite_without_secure_delete() -> Iterator[None]:
    """Every SQLAlchemy connection starts with ``secure_delete`` off, as on a SQLite built without
    SQLITE_SECURE_DELETE (Debian's has it on by default, Python's own Windows build does not):
    only what the store sets itself (kiosk/store/db.py, run after this) turns it on. Asked for
    before ``ctx``: the listener only sees connections made after it."""
    from sqlalchemy import Engine, event

    def off(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        dbapi_conn.execute("PRAGMA secure_delete=OFF")

    event.listen(Engine, "connect", off)
    yield
    event.remove(Engine, "connect", off)


def test_a_value_overwritten_leaves_no_old_ciphertext_in_the_file(sqlite_without_secure_delete, ctx, clock):
    """An old ciphertext left in a free page would still open with the key on the same disk."""
    svc = FeedbackService.for_context(ctx)
    clock.now = local(2026, 11, 17, 9, 30)
    codes = [svc.file("attitude", COMPLAINT, phone=CONTACT_PHONE, consent=True).code for _ in range(20)]
    path = ctx.home / "kiosk.db"
    conn = sqlite3.connect(path)
    old = [r[0] for r in conn.execute("SELECT contact_phone FROM feedback")]
    conn.close()
    assert len(old) == 20 and all(t.startswith("enc1:") for t in old)
    with ctx.store.write() as s:
        assert s.connection().exec_driver_sql("PRAGMA secure_delete").scalar() == 1
        for row in s.scalars(select(Feedback).where(Feedback.code.in_(codes))):
            row.contact_phone = None
    ctx.close()
    checkpoint(path)
    raw = path.read_bytes()
    assert [t for t in old if t.encode() in raw] == []


# ---------------------------------------------------------------------- (b) an upgraded terminal
def test_an_upgraded_database_keeps_no_plain_copy_and_still_reads(sqlite_without_secure_delete, ctx, clock):
    """A terminal of the version before (revision 0006) holding personal data in clear."""
    from alembic import command

    code, complaint = fill(ctx, clock)
    svc = FeedbackService.for_context(ctx)
    for i in range(30):  # enough rows that a page is rewritten in parts, not whole
        svc.file("other", f"{COMPLAINT} ({i})", phone=f"09{i:08d}", consent=True)
    ctx.close()
    db = ctx.home / "kiosk.db"
    store = Store(db)
    command.downgrade(alembic_config(store), "0006")  # as the version before wrote it
    store.dispose()
    checkpoint(db)
    assert current_revision(db) == "0006"
    plain = sqlite3.connect(db)
    applicant = json.loads(plain.execute("SELECT applicant FROM dossiers").fetchone()[0])
    assert applicant == PERSON
    assert plain.execute("SELECT contact_phone, contact_email FROM feedback").fetchone() == (
        CONTACT_PHONE, CONTACT_EMAIL)
    plain.close()
    phones = tuple(f"09{i:08d}" for i in range(30))
    # the test sees plain text when it is there
    assert sorted(found(db.read_bytes())) == sorted(SECRETS) and found(db.read_bytes(), phones) == list(phones)
    # the new version starts: it migrates
    store = Store(db)
    store.migrate()
    assert current_revision(db) == HEAD
    files = database_bytes(db)
    assert "kiosk.db.pre-migration" in files  # the copy to restore is kept, encrypted
    for name, raw in files.items():
        assert found(raw) == [] and found(raw, phones) == [], name
    # still read, by the services and from the copy once restored and migrated again
    from kiosk.wiring import build_context

    again = build_context(ctx.home, clock=clock, config=ctx.config)
    try:
        assert again.dossiers.show(code).applicant.to_json() == PERSON
        shown = FeedbackService.for_context(again).show(complaint)
        assert (shown.contact_phone, shown.contact_email) == (CONTACT_PHONE, CONTACT_EMAIL)
    finally:
        again.close()
    restored = ctx.home / "restored" / "kiosk.db"
    restored.parent.mkdir()
    (ctx.home / "kiosk.db.pre-migration").replace(restored)
    (restored.parent / "keys").symlink_to(ctx.home / "keys")
    assert current_revision(restored) == "0006"
    copy = Store(restored)
    copy.migrate()
    with copy.read() as s:
        assert s.scalars(select(Dossier.applicant)).one() == PERSON
        assert s.scalars(select(Feedback.contact_email).where(Feedback.code == complaint)).one() == CONTACT_EMAIL
        assert sorted(p for p in s.scalars(select(Feedback.contact_phone)) if p != CONTACT_PHONE) == list(phones)
    copy.dispose()


def test_the_upgrade_leaves_a_value_encrypted_already_as_it_is(tmp_path):
    """Half-done by a run that was stopped: the rows encrypted then are not encrypted twice."""
    db = tmp_path / "kiosk.db"
    store = Store(db)
    upgrade(store, "0006")
    conn = sqlite3.connect(db)
    sealed = store.keys.encrypt("0911111111", FEEDBACK_PHONE)
    for i, phone in enumerate((sealed, CONTACT_PHONE, None, "")):
        conn.execute(
            "INSERT INTO feedback (id, center_code, code, category, text, contact_phone, consent, state, "
            "received_at, due_at, version) VALUES (?, 'C', ?, 'other', 'x', ?, 1, 'received', "
            "'2026-11-24 01:00:00', '2026-12-04 01:00:00', 1)", (f"f{i}", f"PAKN-261124-000{i}", phone))
    conn.commit()
    conn.close()
    store.migrate()
    conn = sqlite3.connect(db)
    stored = dict(conn.execute("SELECT id, contact_phone FROM feedback").fetchall())
    conn.close()
    assert stored["f0"] == sealed and stored["f2"] is None and stored["f3"] == ""
    assert stored["f1"].startswith("enc1:")
    with store.read() as s:
        assert dict(s.execute(select(Feedback.id, Feedback.contact_phone)).all()) == {
            "f0": "0911111111", "f1": CONTACT_PHONE, "f2": None, "f3": ""}
    store.dispose()


# ---------------------------------------------------------------------- (c) the key
def test_the_key_file_is_private_made_once_and_repaired_when_others_can_read_it(tmp_path, caplog):
    keys = KeyRing(tmp_path / "keys")
    assert not keys.path.exists()
    # two processes' first values at the same moment: one key in the end
    rings = [KeyRing(tmp_path / "keys") for _ in range(8)]
    ids: list[str] = []
    threads = [threading.Thread(target=lambda r=r: ids.append(r.current_id())) for r in rings]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(set(ids)) == 1 and ids[0] == key_id(keys.path.read_bytes())
    assert sorted(p.name for p in keys.folder.iterdir()) == ["data.key"]  # no temporary file left
    if os.name != "posix":
        pytest.skip("file modes are POSIX only")
    assert stat.S_IMODE(keys.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(keys.folder.stat().st_mode) == 0o700
    token = keys.encrypt("x", "t.c")
    os.chmod(keys.path, 0o644)
    os.chmod(keys.folder, 0o755)
    with caplog.at_level(logging.WARNING, logger="kiosk.security.crypto"):
        assert KeyRing(tmp_path / "keys").decrypt(token, "t.c") == "x"
    assert stat.S_IMODE(keys.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(keys.folder.stat().st_mode) == 0o700
    assert sum("readable by others" in r.getMessage() for r in caplog.records) == 2


def test_a_key_file_of_the_wrong_length_is_refused_in_words_never_replaced(tmp_path):
    keys = KeyRing(tmp_path / "keys")
    keys.folder.mkdir(mode=0o700)
    keys.path.write_bytes(b"k" * (KEY_BYTES - 1))
    os.chmod(keys.path, 0o600)
    with pytest.raises(DataKeyError) as err:
        keys.encrypt("x", "t.c")
    assert err.value.key == "data_key_bad_length" and err.value.exit_code == 12
    assert "31 byte, cần đúng 32 byte" in err.value.message("vi")
    assert "31 bytes, exactly 32 needed" in err.value.message("en")
    assert keys.path.read_bytes() == b"k" * 31


def test_a_wrong_or_missing_key_is_a_sentence_not_a_crash(ctx, clock):
    code, complaint = fill(ctx, clock)
    ctx.close()
    key = ctx.home / "keys" / "data.key"
    right = key.read_bytes()
    key.write_bytes(os.urandom(KEY_BYTES))  # another key under the same name
    from kiosk.wiring import build_context

    other = build_context(ctx.home, clock=clock, config=ctx.config)
    try:
        with pytest.raises(DataKeyError) as err:
            other.dossiers.show(code)
        assert err.value.key == "data_key_missing" and key_id(right) in err.value.message("vi")
        assert "Ask the technician to copy the key file back" in err.value.message("en")
        # what holds no personal data still works
        assert other.queue.take_ticket("HT").number
    finally:
        other.close()
    # the right key back under another name: it decrypts (rotation keeps the old keys)
    (ctx.home / "keys" / "old-1.key").write_bytes(right)
    os.chmod(ctx.home / "keys" / "old-1.key", 0o600)
    again = build_context(ctx.home, clock=clock, config=ctx.config)
    try:
        assert again.dossiers.show(code).applicant.id_number == PERSON["id_number"]
    finally:
        again.close()


def test_the_cli_says_a_key_is_missing_in_both_languages_and_exits_12(tmp_path):
    from tests.test_cli import kiosk

    applicant = tmp_path / "applicant.json"
    applicant.write_text(json.dumps(PERSON, ensure_ascii=False), encoding="utf-8")
    home = tmp_path / "home"
    got = kiosk(home, "dossier", "receive", "--procedure", BIRTH, "--applicant", str(applicant), "--json")
    assert got.returncode == 0, got.stderr
    code = json.loads(got.stdout)["code"]
    (home / "keys" / "data.key").unlink()
    shown = kiosk(home, "dossier", "show", code)
    assert shown.returncode == 12
    assert "Traceback" not in shown.stderr + shown.stdout
    assert "máy này không có khóa đó" in shown.stderr
    english = kiosk(home, "--lang", "en", "dossier", "show", code)
    assert "which is not in" in english.stderr and english.returncode == 12


# ---------------------------------------------------------------------- (d) the retention purge
NOW = local(2026, 11, 24, 2, 0)
FIELDS = ("name", "id_number", "birth_date", "address", "phone", "email")


def returned(ctx, clock, when: dt.datetime, name: str, end: str = "returned") -> str:
    clock.now = when
    code = ctx.dossiers.receive(BIRTH, {**PERSON, "name": name}, officer="cb01", counter=1).code
    steps = ("processing", "result_ready", "returned") if end == "returned" else ("processing",)
    for state in steps:
        clock.advance(hours=1)
        ctx.dossiers.transition(code, state, "cb01")
    return code


def rows(path: Path) -> dict[str, dict[str, dict[str, object]]]:
    """Every row of every table, as stored."""
    conn = sqlite3.connect(path)
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
        out: dict[str, dict[str, dict[str, object]]] = {}
        for table in tables:
            keys = [r[1] for r in sorted(conn.execute(f'PRAGMA table_info("{table}")'), key=lambda r: r[5])
                    if r[5]] or ["rowid"]
            cursor = conn.execute(f'SELECT {", ".join(keys)}, * FROM "{table}"')
            names = [d[0] for d in cursor.description][len(keys):]
            out[table] = {"|".join(map(str, r[:len(keys)])): dict(zip(names, r[len(keys):], strict=True))
                          for r in cursor}
        return out
    finally:
        conn.close()


@pytest.fixture
def aged(ctx, clock):
    """Dossiers and complaints of every kind the purge must tell apart."""
    svc = FeedbackService.for_context(ctx)
    codes = {
        "gone": returned(ctx, clock, local(2020, 3, 2, 9), "Trần Văn Hết Hạn"),
        "unsynced": returned(ctx, clock, local(2020, 3, 9, 9), "Lý Thị Chưa Gửi"),
        "dead_letter": returned(ctx, clock, local(2020, 3, 10, 9), "Mai Văn Bị Từ Chối"),
        "open": returned(ctx, clock, local(2020, 3, 16, 9), "Võ Văn Đang Xử Lý", end="processing"),
        "recent": returned(ctx, clock, local(2026, 11, 2, 9), "Đinh Thị Gần Đây"),
    }
    clock.now = local(2024, 5, 6, 9)
    for key in ("fb_gone", "fb_unsynced", "fb_open"):
        codes[key] = svc.file("attitude", COMPLAINT, phone=CONTACT_PHONE, email=CONTACT_EMAIL, consent=True).code
        if key != "fb_open":
            svc.transition(codes[key], "classified", "cb01")
            svc.transition(codes[key], "assigned", "cb01", assigned_to="Văn phòng")
            svc.transition(codes[key], "answered", "cb01", answer="Đã xử lý.")
    clock.now = NOW
    with ctx.store.write() as s:
        s.execute(update(OutboxOp).values(status="applied", sent_at=NOW - dt.timedelta(days=1)))
        ids = {k: s.scalars(select(Dossier.id).where(Dossier.code == c)).one() for k, c in codes.items()
               if not k.startswith("fb_")}
        ids["fb_unsynced"] = s.scalars(select(Feedback.id).where(Feedback.code == codes["fb_unsynced"])).one()
        # the last change of one dossier (its hand-back event) has not reached the server yet; one
        # was refused by it (a dead letter for the technician); one complaint's answer is unsent
        last = s.scalars(select(OutboxOp).where(OutboxOp.entity == "dossier_event")
                         .order_by(OutboxOp.created_at.desc())).all()
        event_ops = {o.payload["event"]["dossier_id"]: o for o in reversed(last)}
        event_ops[ids["unsynced"]].status, event_ops[ids["unsynced"]].sent_at = "pending", None
        event_ops[ids["dead_letter"]].status = "rejected"
        answer_op = s.scalars(select(OutboxOp).where(OutboxOp.entity_id == ids["fb_unsynced"])
                              .order_by(OutboxOp.created_at.desc())).first()
        answer_op.status, answer_op.sent_at = "pending", None
    return codes, ids


def test_the_purge_erases_only_closed_synced_old_records_and_logs_counts(ctx, aged, caplog):
    from tests.kiosk.test_housekeeping import enrolled

    enrolled(ctx.home)
    codes, ids = aged
    path = ctx.home / "kiosk.db"
    before = rows(path)
    with caplog.at_level(logging.INFO, logger="kiosk.housekeeping"):
        report = run_housekeeping(ctx.home, ctx.config, now=NOW, steps=("personal_data",))
    assert report.ok, report.to_json()
    after = rows(path)
    # the purge is in the audit trail: one entry with the counts, no value; and its outbox op
    trail = [r for r in after.pop("audit_log").values() if r["action"] == "personal_data_purge"]
    assert len(trail) == 1 and json.loads(str(trail[0]["detail"]))["applicant_id_number"] == 1
    assert found(str(trail[0]).encode(), (PERSON["id_number"], PERSON["phone"], CONTACT_PHONE)) == []
    before.pop("audit_log")
    new_ops = set(after["outbox"]) - set(before["outbox"])
    assert len(new_ops) == 1 and after["outbox"][new_ops.pop()]["entity"] == "audit"
    after["outbox"] = {k: v for k, v in after["outbox"].items() if k in before["outbox"]}
    # every table, every row, every column as it was, but the personal columns of the two
    # records past their retention that the server has
    changed = {(table, rowid, column) for table in before for rowid, row in before[table].items()
               for column, value in row.items() if after[table][rowid][column] != value}
    assert set(before) == set(after) and all(set(before[t]) == set(after[t]) for t in before)
    gone_rowid = next(r for r, row in after["dossiers"].items() if row["id"] == ids["gone"])
    fb_rowid = next(r for r, row in after["feedback"].items() if row["code"] == codes["fb_gone"])
    assert changed == {("dossiers", gone_rowid, "applicant"), ("feedback", fb_rowid, "contact_phone"),
                       ("feedback", fb_rowid, "contact_email")}
    # the erased values: every field empty, the rest of the block kept; the others untouched
    views = {k: ctx.dossiers.show(c).applicant.to_json() for k, c in codes.items() if not k.startswith("fb_")}
    assert views["gone"] == dict.fromkeys(FIELDS, "")
    for key in ("unsynced", "dead_letter", "open", "recent"):
        assert views[key]["id_number"] == PERSON["id_number"] and views[key]["phone"] == PERSON["phone"]
    svc = FeedbackService.for_context(ctx)
    assert (svc.show(codes["fb_gone"]).contact_phone, svc.show(codes["fb_gone"]).contact_email) == (None, None)
    for key in ("fb_unsynced", "fb_open"):
        assert svc.show(codes[key]).contact_phone == CONTACT_PHONE
    # what stays in the file is ciphertext still
    assert after["dossiers"][gone_rowid]["applicant"].startswith('"enc1:')
    # logged with its counts, never a value
    counts = report.step("personal_data").counts  # type: ignore[union-attr]
    assert counts == {**{f"applicant_{f}": 1 for f in FIELDS}, "feedback_phone": 1, "feedback_email": 1,
                      "dossiers_not_synced": 2, "feedback_not_synced": 1}
    purge = [r for r in caplog.records if getattr(r, "event", None) == "retention_purge"]
    assert len(purge) == 1 and purge[0].applicant_id_number == 1  # type: ignore[attr-defined]
    waits = [r for r in caplog.records if getattr(r, "event", None) == "retention_waits_for_sync"]
    assert len(waits) == 1 and waits[0].dossiers == 2  # type: ignore[attr-defined]
    logged = "\n".join(f"{r.getMessage()} {vars(r)}" for r in caplog.records)
    assert found(logged.encode(), (PERSON["id_number"], PERSON["phone"], CONTACT_PHONE, CONTACT_EMAIL,
                                   "Trần Văn Hết Hạn")) == []
    # a second run erases nothing more and writes nothing
    again = run_housekeeping(ctx.home, ctx.config, now=NOW, steps=("personal_data",))
    assert again.step("personal_data").counts == {"dossiers_not_synced": 2, "feedback_not_synced": 1}  # type: ignore[union-attr]
    now_rows = rows(path)
    now_rows.pop("audit_log")
    now_rows["outbox"] = {k: v for k, v in now_rows["outbox"].items() if k in before["outbox"]}
    assert now_rows == after
    # once the server has the rest, they go too (the dead letter stays until a technician acts)
    with ctx.store.write() as s:
        s.execute(update(OutboxOp).where(OutboxOp.status == "pending").values(status="applied", sent_at=NOW))
    third = run_housekeeping(ctx.home, ctx.config, now=NOW, steps=("personal_data",))
    assert third.step("personal_data").counts == {  # type: ignore[union-attr]
        **{f"applicant_{f}": 1 for f in FIELDS}, "feedback_phone": 1, "feedback_email": 1,
        "dossiers_not_synced": 1, "feedback_not_synced": 0}
    assert ctx.dossiers.show(codes["unsynced"]).applicant.name == ""
    assert ctx.dossiers.show(codes["dead_letter"]).applicant.name == "Mai Văn Bị Từ Chối"


def test_a_terminal_with_no_server_purges_without_waiting_for_a_sync(ctx, aged):
    """Not enrolled (the embedded default): there is nowhere to sync to, so pending ops do not
    keep personal data for ever; an open or recent dossier still keeps its data."""
    codes, _ids = aged
    assert not (ctx.home / "device.json").exists()
    report = run_housekeeping(ctx.home, ctx.config, now=NOW, steps=("personal_data",))
    counts = report.step("personal_data").counts  # type: ignore[union-attr]
    assert counts["applicant_id_number"] == 3 and "dossiers_not_synced" not in counts
    for key in ("gone", "unsynced", "dead_letter"):
        assert ctx.dossiers.show(codes[key]).applicant.id_number == ""
    for key in ("open", "recent"):
        assert ctx.dossiers.show(codes[key]).applicant.id_number == PERSON["id_number"]


def test_the_purged_values_are_not_left_in_the_file(ctx, aged):
    codes, _ids = aged
    # the values decrypted are in memory only; what the purge wrote in their place holds none
    run_housekeeping(ctx.home, ctx.config, now=NOW, steps=("personal_data",))
    ctx.close()
    path = ctx.home / "kiosk.db"
    checkpoint(path)
    raw = b"".join(database_bytes(path).values())
    assert found(raw, ("Trần Văn Hết Hạn", "Đinh Thị Gần Đây")) == []
    conn = sqlite3.connect(path)
    stored = dict(conn.execute("SELECT code, applicant FROM dossiers").fetchall())
    conn.close()
    keys = KeyRing.for_database(path)
    from kiosk.store.crypto_types import open_json

    assert open_json(keys, DOSSIER_APPLICANT, stored[codes["gone"]]) == dict.fromkeys(FIELDS, "")
    assert open_json(keys, DOSSIER_APPLICANT, stored[codes["recent"]])["name"] == "Đinh Thị Gần Đây"


# ---------------------------------------------------------------------- the support bundle
def test_the_support_bundle_tells_the_key_state_without_a_key_or_a_value(ctx, clock, tmp_path):
    import zipfile

    from kiosk.support_bundle import build_bundle

    fill(ctx, clock)
    key = (ctx.home / "keys" / "data.key").read_bytes()
    bundle = build_bundle(ctx.home, tmp_path / "bundle.zip")
    with zipfile.ZipFile(bundle) as z:
        members = {name: z.read(name) for name in z.namelist()}
    facts = json.loads(members["database.json"])["encryption"]
    assert facts["key_files"] == [{"name": "data.key", "mode": "0600", "key_id": key_id(key), "length_ok": True}]
    assert facts["key_ids_in_data"] == [key_id(key)]
    assert facts["plain_values"] == {"dossiers.applicant": 0, "outbox.payload": 0, "feedback.contact_phone": 0,
                                     "feedback.contact_email": 0}
    everything = b"".join(members.values())
    assert key not in everything and key.hex().encode() not in everything
    assert found(everything) == []
    # a value left in clear is counted
    conn = sqlite3.connect(ctx.home / "kiosk.db")
    conn.execute("UPDATE feedback SET contact_phone = '0900000000'")
    conn.commit()
    conn.close()
    from kiosk.support_bundle import database_facts

    assert database_facts(ctx.home / "kiosk.db")["encryption"]["plain_values"]["feedback.contact_phone"] == 1
