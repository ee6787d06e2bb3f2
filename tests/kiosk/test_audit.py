"""The audit trail: every officer's and technician's action, chained, and any hand edit found."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import threading

import pytest
from sqlalchemy import select

from kiosk.audit import GENESIS, entry_hash, verify
from kiosk.security.access import TECHNICIAN, Principal, Role
from kiosk.store.models import AuditEntry, OutboxOp
from kiosk.wiring import database_path

APPLICANT = {"name": "Trần Văn Bảo", "id_number": "001203004567", "birth_date": "1985-02-03",
             "address": "5 Tràng Tiền, Hà Nội", "phone": "0987654321"}


def _entries(ctx) -> list[AuditEntry]:
    with ctx.store.read() as s:
        rows = list(s.scalars(select(AuditEntry).order_by(AuditEntry.seq)))
        for r in rows:
            s.expunge(r)
        return rows


def _a_day_at_the_counter(ctx, tmp_path):
    """Sign in, call, transfer, call, no-show, take in a dossier, move it on, issue form 01,
    reprint a ticket, change a device: what an officer and a technician do."""
    from kiosk.dossier.slips import render_form

    first = ctx.queue.take_ticket("HT", printer_url="sim://printer")
    ctx.queue.take_ticket("HT")
    ctx.queue.sign_in(1, "cb01", "1234")
    ctx.queue.call_next(1)
    ctx.queue.transfer(1, to_counter=2)
    ctx.queue.call_next(1)
    ctx.queue.no_show(1)
    code = ctx.dossiers.receive("1.004873", APPLICANT, counter=1).code
    ctx.dossiers.transition(code, "processing", note="chuyển phòng Tư pháp")
    render_form(ctx, "01", tmp_path / "01.pdf", code=code)
    ctx.queue.sign_out(1)
    ctx.access.sign_in(TECHNICIAN)
    ctx.desk.reprint(first.print_job_id)
    ctx.save_devices({"printer_profile": "generic-58mm"})
    ctx.access.sign_out()
    return code


def test_each_action_is_recorded_with_who_where_what_and_before_after(ctx, tmp_path):
    code = _a_day_at_the_counter(ctx, tmp_path)
    entries = _entries(ctx)
    assert [e.action for e in entries] == [
        "sign_in", "call", "transfer", "call", "no_show", "intake", "dossier_state", "form_issued",
        "sign_out", "reprint", "device_change"]
    by = {e.action: e for e in entries}
    assert {e.actor for e in entries[:9]} == {"cb01"} and {e.actor_role for e in entries[:9]} == {"officer"}
    assert (by["reprint"].actor_role, by["device_change"].actor_role) == ("technician", "technician")
    assert json.loads(by["transfer"].detail)["to_counter"] == 2
    state = json.loads(by["dossier_state"].detail)
    assert state["before"] == {"state": "received"} and state["after"] == {"state": "processing"}
    assert by["intake"].subject == code and by["form_issued"].subject == code
    device = json.loads(by["device_change"].detail)
    assert device == {"before": {"printer_profile": "generic-80mm"},
                      "after": {"printer_profile": "generic-58mm"}}
    # personal data never goes into the trail (it outlives the dossier's retention)
    for e in entries:
        assert not any(value in e.detail or value in e.subject for value in APPLICANT.values())
    # every entry goes to the server with the change itself
    with ctx.store.read() as s:
        pushed = set(s.scalars(select(OutboxOp.entity_id).where(OutboxOp.entity == "audit")))
    assert pushed == {e.id for e in entries}
    assert verify_ok(ctx)


def verify_ok(ctx) -> bool:
    with ctx.store.read() as s:
        return verify(s).ok


def test_the_chain_links_each_entry_to_the_one_before(ctx, tmp_path):
    _a_day_at_the_counter(ctx, tmp_path)
    entries = _entries(ctx)
    assert entries[0].prev_hash == GENESIS and [e.seq for e in entries] == list(range(1, len(entries) + 1))
    for before, after in zip(entries, entries[1:], strict=False):
        assert after.prev_hash == before.hash
    for e in entries:  # recomputed here from the fields, not by the code under test
        assert e.hash == entry_hash(e.terminal, e.seq, e.at, e.center_code, e.actor_role, e.actor,
                                    e.action, e.subject, e.detail, e.prev_hash)


def _sql(ctx, statement: str, *params) -> None:
    """A direct edit of the database file, as an insider with the file would do it."""
    ctx.store.dispose()
    conn = sqlite3.connect(database_path(ctx.home))
    conn.execute(statement, params)
    conn.commit()
    conn.close()


EDITS = {
    "a detail changed": ("UPDATE audit_log SET detail = '{\"counter\":3}' WHERE seq = 4", 4,
                         "its content was changed"),
    "the actor changed": ("UPDATE audit_log SET actor = 'cb02' WHERE seq = 2", 2, "its content was changed"),
    "the time moved": ("UPDATE audit_log SET at = datetime(at, '-1 hour') WHERE seq = 6", 6,
                       "its content was changed"),
    "an entry deleted": ("DELETE FROM audit_log WHERE seq = 5", 5, "missing"),
    "the action renamed": ("UPDATE audit_log SET action = 'recall' WHERE seq = 5", 5,
                           "its content was changed"),
}


@pytest.mark.parametrize("edit", sorted(EDITS))
def test_a_direct_sql_edit_is_found_at_its_entry(ctx, tmp_path, edit):
    _a_day_at_the_counter(ctx, tmp_path)
    assert verify_ok(ctx)
    statement, seq, reason = EDITS[edit]
    _sql(ctx, statement)
    with ctx.store.read() as s:
        result = verify(s)
    assert not result.ok and len(result.breaks) == 1
    assert result.breaks[0].seq == seq and reason in result.breaks[0].reason_en


def test_an_entry_slipped_in_with_a_recomputed_hash_still_breaks_the_next_link(ctx, tmp_path):
    _a_day_at_the_counter(ctx, tmp_path)
    entries = _entries(ctx)
    # a forger moves entries 4.. one place up and writes a plausible entry 4 with a valid hash
    _sql(ctx, "UPDATE audit_log SET seq = seq + 1000 WHERE seq >= 4")
    _sql(ctx, "UPDATE audit_log SET seq = seq - 999 WHERE seq >= 1000")
    e3 = entries[2]
    forged = dict(terminal=e3.terminal, seq=4, at=e3.at, center_code=e3.center_code,
                  actor_role="officer", actor="cb02", action="call", subject="A009", detail="{}",
                  prev_hash=e3.hash)
    digest = entry_hash(**forged)
    _sql(ctx, "INSERT INTO audit_log (id, terminal, seq, at, center_code, actor_role, actor, action, "
              "subject, detail, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
         "forged", e3.terminal, 4, e3.at.replace(tzinfo=None).isoformat(sep=" "), e3.center_code,
         "officer", "cb02", "call", "A009", "{}", e3.hash, digest)
    with ctx.store.read() as s:
        result = verify(s)
    assert not result.ok and result.breaks[0].seq == 5
    assert "does not link" in result.breaks[0].reason_en


def test_two_writers_at_once_never_take_the_same_place(ctx):
    """Counter sign-ins from two threads (two services on one database): one chain, no gap."""
    from kiosk.queue.service import QueueService

    other = QueueService(ctx.store, ctx.config, ctx.queue.clock, terminal=ctx.queue.terminal)
    errors: list[BaseException] = []

    def work(service, counter):
        try:
            for _ in range(15):
                service.sign_in(counter, "cb01", "1234")
                service.sign_out(counter)
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(ctx.queue, 1)),
               threading.Thread(target=work, args=(other, 2))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    entries = _entries(ctx)
    assert len(entries) == 60 and [e.seq for e in entries] == list(range(1, 61))
    assert verify_ok(ctx)


def test_kiosk_audit_verify_names_the_broken_link(ctx, tmp_path):
    _a_day_at_the_counter(ctx, tmp_path)
    ctx.store.dispose()
    env = {**os.environ, "KIOSK_HOME": str(ctx.home), "KIOSK_STANDALONE": "1"}
    cmd = [sys.executable, "-m", "kiosk", "audit", "verify"]
    ok = subprocess.run(cmd + ["--json"], env=env, capture_output=True, text=True, timeout=120)
    assert ok.returncode == 0, ok.stderr
    assert json.loads(ok.stdout) == {"ok": True, "entries": 11, "terminals": 1, "breaks": []}
    _sql(ctx, "UPDATE audit_log SET subject = 'A002' WHERE seq = 2")
    bad = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120)
    assert bad.returncode == 15
    assert "bản ghi số 2" in bad.stderr and "bị sửa" in bad.stderr
    listed = subprocess.run([sys.executable, "-m", "kiosk", "audit", "list", "--json", "--action", "call"],
                            env=env, capture_output=True, text=True, timeout=120)
    assert [json.loads(line)["actor"] for line in listed.stdout.splitlines()] == ["cb01", "cb01"]


def test_the_chain_survives_a_restart_and_two_databases_are_two_chains(ctx, tmp_path):
    ctx.queue.sign_in(1, "cb01", "1234")
    first = _entries(ctx)[0]
    from kiosk.wiring import build_context

    again = build_context(ctx.home, clock=ctx.queue.local_clock, config=ctx.config)
    try:
        again.access.sign_in(Principal(Role.OFFICER, "cb01"))
        again.queue.sign_out(1)
        entries = _entries(again)
        assert [e.seq for e in entries] == [1, 2] and entries[1].prev_hash == first.hash
        assert entries[1].terminal == first.terminal  # the same chain after a restart
    finally:
        again.close()


def test_the_self_test_checks_the_chain_and_the_key(ctx, tmp_path):
    from kiosk.selftest import domain_checks

    def results() -> dict[str, object]:
        return {r.name: r for r in domain_checks()}

    _a_day_at_the_counter(ctx, tmp_path)  # stores personal data: the key exists
    ok = results()
    assert ok["audit trail"].ok and "11 entries" in ok["audit trail"].detail
    assert ok["personal data key"].ok and "0600" in ok["personal data key"].detail
    _sql(ctx, "DELETE FROM audit_log WHERE seq = 3")
    (ctx.home / "keys" / "data.key").chmod(0o644)
    bad = results()
    assert not bad["audit trail"].ok and "entry 3" in bad["audit trail"].detail
    assert not bad["personal data key"].ok and "chmod 600" in bad["personal data key"].detail
