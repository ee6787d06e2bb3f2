"""The daily housekeeping (kiosk/housekeeping.py) on real SQLite files: personal data past its
retention erased and nothing else, acknowledged sync ops, old files, the KPI summaries, VACUUM,
the schedule, the configuration's checks."""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import select, text, update

from kiosk.cli import main
from kiosk.config import load_config
from kiosk.config_ops import HousekeepingConfig, RetentionConfig
from kiosk.errors import ConfigError
from kiosk.feedback import FeedbackService
from kiosk.housekeeping import (
    Scheduler,
    is_due,
    last_run,
    latest_slot,
    prune_logs,
    run_housekeeping,
    tune_database,
    vacuum_allowed,
)
from kiosk.ops_messages import MESSAGES
from kiosk.store.models import Dossier, Feedback, OutboxOp
from tests.conftest import local
from tests.kiosk.test_dossier import APPLICANT, BIRTH

NOW = local(2026, 11, 24, 2, 0)
# the KPI summaries over six years of history take a while: only the test about them warms them
QUICK = ("logs", "personal_data", "sync_ops", "files", "database")
TEXT = "Ghế chờ ở tầng 2 bị hỏng, xin sửa giúp."


def returned(ctx, clock, when: dt.datetime, name: str) -> str:
    """A dossier received and handed back on ``when``'s day."""
    clock.now = when
    view = ctx.dossiers.receive(BIRTH, {**APPLICANT, "name": name}, officer="cb01", counter=1)
    for state in ("processing", "result_ready", "returned"):
        clock.advance(hours=1)
        ctx.dossiers.transition(view.code, state, "cb01")
    return view.code


def applicants(ctx) -> dict[str, dict[str, str]]:
    with ctx.store.read() as s:
        return {d.code: d.applicant for d in s.scalars(select(Dossier))}


def contacts(ctx) -> dict[str, tuple[str | None, str | None, bool]]:
    with ctx.store.read() as s:
        return {f.code: (f.contact_phone, f.contact_email, f.consent) for f in s.scalars(select(Feedback))}


def acknowledge_all(ctx, when: dt.datetime = NOW) -> None:
    """The server has every change (personal data is only erased from records it has)."""
    with ctx.store.write() as s:
        s.execute(update(OutboxOp).values(status="applied", sent_at=when))


def answer(svc, code: str, reply: str) -> None:
    svc.transition(code, "classified", "cb01")
    svc.transition(code, "assigned", "cb01", assigned_to="Phòng Tư pháp")
    svc.transition(code, "answered", "cb01", answer=reply)


@pytest.fixture
def filled(ctx, clock):
    """Dossiers and complaints of every age and state."""
    codes = {
        # ended over 5 years ago: everything personal goes
        "old": returned(ctx, clock, local(2020, 3, 2, 9), "Trần Văn Cũ"),
        # ended 2 years ago: phone and e-mail go (1 year), name and ID stay (5 years)
        "middle": returned(ctx, clock, local(2024, 10, 1, 9), "Lê Thị Giữa"),
        # ended yesterday: everything stays
        "young": returned(ctx, clock, local(2026, 11, 23, 9), "Phạm Văn Mới"),
    }
    clock.now = local(2020, 3, 3, 9)
    # received 6 years ago and still being processed: it has not ended, nothing goes
    codes["open"] = ctx.dossiers.receive(BIRTH, {**APPLICANT, "name": "Võ Văn Mở"}).code
    # refused at the counter 6 years ago: it ended that day
    codes["refused"] = ctx.dossiers.receive(BIRTH, {**APPLICANT, "name": "Đỗ Thị Từ"}, outcome="refused",
                                            reason="không đúng thẩm quyền").code
    svc = FeedbackService.for_context(ctx)
    clock.now = local(2024, 5, 6, 9)
    codes["fb_old"] = svc.file("facilities", TEXT, phone="0912345678", email="a@example.vn", consent=True).code
    answer(svc, codes["fb_old"], "Đã sửa.")
    codes["fb_open"] = svc.file("facilities", TEXT, phone="0987654321", consent=True).code
    clock.now = local(2026, 11, 20, 9)
    codes["fb_young"] = svc.file("other", TEXT, email="b@example.vn", consent=True).code
    answer(svc, codes["fb_young"], "Cảm ơn.")
    svc.transition(codes["fb_young"], "closed", "cb01")
    clock.now = NOW
    return codes


def test_personal_data_past_its_retention_is_erased_and_nothing_else(ctx, filled):
    before = applicants(ctx)
    with ctx.store.write() as s:
        states = {d.code: (d.state, d.version, d.received_at) for d in s.scalars(select(Dossier))}
        # the server has every change (the unsent case is the next test's)
        s.execute(update(OutboxOp).values(status="applied", sent_at=NOW - dt.timedelta(days=1)))
    report = run_housekeeping(ctx.home, ctx.config, now=NOW, steps=QUICK)
    assert report.ok, report.to_json()
    after = applicants(ctx)
    old, middle = after[filled["old"]], after[filled["middle"]]
    assert all(old[f] == "" for f in ("name", "id_number", "birth_date", "address", "phone", "email"))
    assert after[filled["refused"]]["name"] == "" and after[filled["refused"]]["id_number"] == ""
    assert (middle["name"], middle["id_number"]) == ("Lê Thị Giữa", APPLICANT["id_number"])
    assert (middle["phone"], middle["email"]) == ("", "")
    assert after[filled["young"]] == before[filled["young"]]
    assert after[filled["open"]] == before[filled["open"]]
    # the records and what the statistics read are untouched
    with ctx.store.read() as s:
        assert {d.code: (d.state, d.version, d.received_at) for d in s.scalars(select(Dossier))} == states
    fb = contacts(ctx)
    assert fb[filled["fb_old"]] == (None, None, True)
    assert fb[filled["fb_open"]] == ("0987654321", None, True)  # not answered yet: still needed
    assert fb[filled["fb_young"]] == (None, "b@example.vn", True)
    counts = report.step("personal_data").counts  # type: ignore[union-attr]
    assert counts == {"applicant_name": 2, "applicant_id_number": 2, "applicant_birth_date": 2,
                      "applicant_address": 2, "applicant_phone": 3, "applicant_email": 3,
                      "feedback_phone": 1, "feedback_email": 1}
    # a second run finds nothing more to do and changes nothing
    again = run_housekeeping(ctx.home, ctx.config, now=NOW, steps=QUICK)
    assert again.step("personal_data").counts == {}  # type: ignore[union-attr]
    assert applicants(ctx) == after and contacts(ctx) == fb
    # the erased values are left neither in the file's free pages (secure_delete) nor in the
    # acknowledged sync ops that carried them
    ctx.close()
    raw = (ctx.home / "kiosk.db").read_bytes() + _wal(ctx.home)
    assert "Trần Văn Cũ".encode() not in raw and "Trần Văn Cũ".encode("unicode_escape") not in raw


def _wal(home: Path) -> bytes:
    wal = home / "kiosk.db-wal"
    return wal.read_bytes() if wal.exists() else b""


def test_days_are_set_per_field_and_zero_keeps_for_ever(ctx, filled):
    acknowledge_all(ctx)
    config = load_config()
    retention = RetentionConfig(**{**vars(RetentionConfig()), "applicant_name_days": 0,
                                   "applicant_phone_days": 0, "feedback_phone_days": 0})
    config = type(config)(**{**vars(config), "ops": type(config.ops)(retention=retention)})
    run_housekeeping(ctx.home, config, now=NOW, steps=QUICK)
    old = applicants(ctx)[filled["old"]]
    assert old["name"] == "Trần Văn Cũ" and old["phone"] == APPLICANT["phone"]
    assert old["id_number"] == "" and old["email"] == ""
    assert contacts(ctx)[filled["fb_old"]] == ("0912345678", None, True)


def enrolled(home) -> None:
    """This terminal syncs with a server (the purge then waits for the server to have a record)."""
    from kiosk.sync.client import DeviceIdentity, save_device

    save_device(home, DeviceIdentity("https://motcua.example.vn", "d1", "MAU-01", "counter", "t"))


def test_acknowledged_sync_ops_go_unsent_ones_stay(ctx, filled):
    enrolled(ctx.home)
    with ctx.store.write() as s:
        # everything the server acknowledged, long ago, but one unsent op of the old dossier
        s.execute(update(OutboxOp).values(status="applied", sent_at=NOW - dt.timedelta(days=400)))
        old_id = s.scalars(select(Dossier.id).where(Dossier.code == filled["old"])).one()
        first = s.scalars(select(OutboxOp).where(OutboxOp.entity_id == old_id)).first()
        first.status, first.sent_at = "pending", None
        young_id = s.scalars(select(Dossier.id).where(Dossier.code == filled["young"])).one()
        s.execute(update(OutboxOp).where(OutboxOp.entity_id == young_id)
                  .values(sent_at=NOW - dt.timedelta(days=1)))
    report = run_housekeeping(ctx.home, ctx.config, now=NOW, steps=QUICK)
    with ctx.store.read() as s:
        left = list(s.scalars(select(OutboxOp)))
    # (the purge's own entry in the audit trail waits to be sent too)
    assert {(o.status, o.entity_id) for o in left
            if o.status == "pending" and o.entity != "audit"} == {("pending", old_id)}
    # acknowledged yesterday, of a young record: kept (90 days)
    assert {o.entity_id for o in left if o.status == "applied"} == {young_id}
    counts = report.step("sync_ops").counts  # type: ignore[union-attr]
    assert counts["acknowledged_deleted"] > 0 and counts["unsent_with_personal_data"] == 1


def test_the_kpi_summaries_are_warmed_and_the_database_tuned(ctx, clock):
    from kiosk.reports.cache import refresh
    from kiosk.timeutil import local_day

    returned(ctx, clock, local(2026, 9, 14, 9), "Trần Văn Cũ")
    clock.now = local(2026, 10, 5, 9)
    ctx.desk.take_and_print("HT", None, "vi")
    report = run_housekeeping(ctx.home, ctx.config, now=NOW)
    assert report.ok and report.step("reports").counts["computed"] > 0  # type: ignore[union-attr]
    # a report over the whole history has nothing left to compute
    assert refresh(ctx.store, dt.date(2026, 9, 14), local_day(NOW) - dt.timedelta(days=1), local_day(NOW)) == 0
    db = report.step("database").counts  # type: ignore[union-attr]
    assert db["analyzed"] == 1 and db["pages"] > 0
    with ctx.store.read() as s:
        assert s.execute(text("SELECT count(*) FROM sqlite_stat1")).scalar()


def test_vacuum_only_when_worthwhile_and_allowed(tmp_path):
    path = tmp_path / "x.db"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE t (x TEXT)")
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO t VALUES (?)", [("z" * 500,) for _ in range(4000)])
    conn.execute("DELETE FROM t WHERE rowid > 1500")  # whole pages freed
    conn.execute("COMMIT")
    hk = HousekeepingConfig()
    small = tune_database(conn, HousekeepingConfig(vacuum_free_percent=90), vacuum=True)
    assert "vacuumed" not in small and "vacuum_pending" not in small  # not worth it
    pending = tune_database(conn, hk, vacuum=False)
    assert pending["vacuum_pending"] == 1 and "vacuumed" not in pending
    done = tune_database(conn, hk, vacuum=True)
    assert done["vacuumed"] == 1 and done["pages_after"] < done["pages"]
    conn.close()


def test_a_gui_holding_the_write_lock_only_makes_it_wait(ctx, filled):
    acknowledge_all(ctx)
    holding = threading.Event()

    def gui_writes() -> None:
        conn = sqlite3.connect(ctx.home / "kiosk.db", isolation_level=None)
        conn.execute("BEGIN IMMEDIATE")
        holding.set()
        time.sleep(0.6)
        conn.execute("COMMIT")
        conn.close()

    gui = threading.Thread(target=gui_writes)
    gui.start()
    holding.wait(5)
    report = run_housekeeping(ctx.home, ctx.config, now=NOW, steps=QUICK)
    gui.join()
    assert report.ok and applicants(ctx)[filled["old"]]["name"] == ""


def test_old_files_go_current_ones_and_controls_stay(ctx, tmp_path):
    home = ctx.home
    old = NOW.timestamp() - 400 * 86400
    recent = NOW.timestamp() - 86400
    sim = home / "printer-sim"
    sim.mkdir(exist_ok=True)
    inbox = home / "scan-inbox" / ".taken"
    inbox.mkdir(parents=True)
    logs = home / "logs"
    logs.mkdir(exist_ok=True)
    files = {"png": sim / "old.png", "bin": sim / "old.bin", "fault": sim / "FAULT", "new_png": sim / "new.png",
             "page": inbox / "cccd.jpg", "log1": logs / "kiosk.jsonl.3", "legacy": logs / "kiosk.log.2",
             "current": logs / "kiosk.jsonl", "new_log": logs / "cli.jsonl.1"}
    for name, path in files.items():
        path.write_text(name)
        stamp = recent if name.startswith("new") else old
        os.utime(path, (stamp, stamp))
    report = run_housekeeping(ctx.home, ctx.config, now=NOW, steps=QUICK)
    gone = {name for name, path in files.items() if not path.exists()}
    assert gone == {"png", "bin", "page", "log1", "legacy"}
    assert report.step("files").counts == {"scan_inbox": 1, "printer_output": 2, "dossier_files": 0}  # type: ignore[union-attr]
    assert report.step("logs").counts["deleted"] == 2  # type: ignore[union-attr]


def test_scanned_papers_go_only_when_configured_and_never_one_still_needed(ctx, filled):
    from PIL import Image

    from kiosk.dossier.files import Page

    ctx.dossiers.attach_pages(filled["old"], "tk", [Page(Image.new("L", (200, 200), 255))], ctx.files)
    old = ctx.dossiers.attach_pages(filled["old"], "gcs", [Page(Image.new("L", (210, 200), 255))], ctx.files)
    shas = {c.component_id: c.sha256 for c in old.components if c.sha256}
    assert len(set(shas.values())) == 2
    ctx.dossiers.attach_pages(filled["middle"], "tk", [Page(Image.new("L", (220, 200), 255))], ctx.files)
    with ctx.store.write() as s:
        young_id = s.scalars(select(Dossier.id).where(Dossier.code == filled["young"])).one()
        # a younger dossier holds the same file as the old one's "tk" (content-addressed)
        s.execute(text("UPDATE dossier_components SET sha256 = :sha WHERE dossier_id = :d AND component_id = 'tk'"),
                  {"sha": shas["tk"], "d": young_id})
        # every op acknowledged but the middle dossier's upload (payloads are encrypted: read
        # through the store)
        s.execute(update(OutboxOp).values(status="applied", sent_at=NOW))
        uploads = [o for o in s.scalars(select(OutboxOp))
                   if o.payload.get("blobs") and o.payload.get("dossier_code") == filled["middle"]]
        assert len(uploads) == 1
        uploads[0].status = "pending"
    middle_sha = next(c.sha256 for c in ctx.dossiers.show(filled["middle"]).components if c.sha256)
    # the default keeps them
    run_housekeeping(ctx.home, ctx.config, now=NOW, steps=("files",))
    assert all(ctx.files.path(sha).exists() for sha in (*shas.values(), middle_sha))
    retention = RetentionConfig(dossier_files_days=365)
    config = type(ctx.config)(**{**vars(ctx.config), "ops": type(ctx.config.ops)(retention=retention)})
    report = run_housekeeping(ctx.home, config, now=NOW, steps=("files",))
    assert not ctx.files.path(shas["gcs"]).exists()
    assert ctx.files.path(shas["tk"]).exists()  # the young dossier still uses it
    assert ctx.files.path(middle_sha).exists()  # its upload has not reached the server yet
    assert report.step("files").counts["dossier_files"] == 1  # type: ignore[union-attr]


def test_a_log_folder_prune_keeps_the_current_files(tmp_path):
    logs = tmp_path / "logs"
    logs.mkdir()
    for name in ("kiosk.jsonl", "supervisor.jsonl", "cli.jsonl", "crash-gui.log", "old.jsonl.1"):
        (logs / name).write_text("x")
        os.utime(logs / name, (0, 0))
    assert prune_logs(logs, NOW, 90)["deleted"] == 1
    assert sorted(p.name for p in logs.iterdir()) == ["cli.jsonl", "crash-gui.log", "kiosk.jsonl", "supervisor.jsonl"]


# ---------------------------------------------------------------------- the schedule
def test_due_after_the_daily_time_including_a_missed_night():
    at = dt.time(2, 0)
    assert latest_slot(local(2026, 11, 24, 1, 59), at) == local(2026, 11, 23, 2, 0)
    assert latest_slot(local(2026, 11, 24, 2, 0), at) == local(2026, 11, 24, 2, 0)
    assert is_due(local(2026, 11, 24, 2, 1), None, at)
    assert not is_due(local(2026, 11, 24, 9, 0), local(2026, 11, 24, 2, 5), at)
    assert is_due(local(2026, 11, 25, 2, 0), local(2026, 11, 24, 2, 5), at)
    # switched off at night: caught up at the morning's start, without VACUUM
    morning = local(2026, 11, 26, 7, 30)
    assert is_due(morning, local(2026, 11, 24, 2, 5), at) and not vacuum_allowed(morning, at)
    assert vacuum_allowed(local(2026, 11, 26, 2, 30), at)


def test_the_scheduler_runs_once_when_due_and_records_it(home):
    config = load_config()
    clock = [local(2026, 11, 24, 2, 1)]
    scheduler = Scheduler(home, clock=lambda: clock[0], load=lambda: config)
    assert scheduler.tick()
    assert scheduler.thread is not None
    scheduler.thread.join(30)
    assert last_run(home) is not None
    state = json.loads((home / "run" / "housekeeping.json").read_text(encoding="utf-8"))
    assert state["ok"] and [s["name"] for s in state["steps"]][:1] == ["logs"]
    assert not scheduler.tick()  # ran at the real time now, after today's 02:00 slot
    disabled = type(config)(**{**vars(config), "ops": type(config.ops)(
        housekeeping=HousekeepingConfig(enabled=False))})
    clock[0] = local(2099, 1, 1, 3)
    assert not Scheduler(home, clock=lambda: clock[0], load=lambda: disabled).tick()


# ---------------------------------------------------------------------- configuration, CLI
def test_bad_settings_are_reported_in_both_languages(home):
    sample = load_config().path.read_text(encoding="utf-8")
    (home / "config.toml").write_text(sample + """
[retention]
applicant_name_days = -1
applicant_phone_day = 30

[housekeeping]
daily_at = "25:00"
enabled = "yes"

[watchdog]
hang_timeout_s = 5
""", encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_config()
    vi, en = err.value.message("vi"), err.value.message("en")
    assert "retention.applicant_name_days: phải là số nguyên từ 0 đến 36500 / must be an integer 0–36500" in vi
    assert "retention.applicant_phone_day: khóa không có trong bảng này / unknown key" in vi
    assert "housekeeping.daily_at: giờ dạng \"HH:MM\"" in vi and "got '25:00'" in vi
    assert "housekeeping.enabled: true hoặc / or false" in vi
    assert "watchdog.hang_timeout_s: 0 (tắt) hoặc từ 30 giây / 0 (off) or at least 30 seconds" in vi
    assert "is not valid" in en


def test_good_settings_are_read(home):
    sample = load_config().path.read_text(encoding="utf-8")
    (home / "config.toml").write_text(sample + """
[retention]
applicant_name_days = 3650
dossier_files_days = 0

[housekeeping]
daily_at = "23:30"
log_days = 30

[watchdog]
hang_timeout_s = 0
""", encoding="utf-8")
    ops = load_config().ops
    assert ops.retention.applicant_name_days == 3650 and ops.retention.applicant_phone_days == 365
    assert ops.housekeeping.daily_at == dt.time(23, 30) and ops.housekeeping.log_days == 30
    assert ops.watchdog.hang_timeout_s == 0


def test_cli_runs_now_then_says_it_is_not_due(ctx, capsys):
    assert main(["housekeeping", "--now", "--no-vacuum", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] and not report["vacuum_allowed"]
    assert [s["name"] for s in report["steps"]] == ["logs", "personal_data", "sync_ops", "files",
                                                    "reports", "database"]
    assert main(["housekeeping"]) == 0
    assert "Chưa đến giờ dọn dẹp" in capsys.readouterr().out
    assert main(["--lang", "en", "housekeeping"]) == 0
    assert "Housekeeping is not due" in capsys.readouterr().out


def test_cli_bad_config_exit_11_in_both_languages(home, capsys):
    load_config()
    with open(home / "config.toml", "a", encoding="utf-8") as fh:
        fh.write("\n[retention]\nscan_inbox_days = \"30\"\n")
    assert main(["housekeeping", "--now"]) == 11
    err = capsys.readouterr().err
    assert "retention.scan_inbox_days: phải là số nguyên" in err and "must be an integer" in err


def test_every_message_has_both_languages_with_the_same_placeholders():
    import string

    for key, entry in MESSAGES.items():
        names = [{f for _, f, _, _ in string.Formatter().parse(entry[lang]) if f} for lang in ("vi", "en")]
        assert names[0] == names[1], key
