"""Who may do what, checked in the services themselves (not only by what a screen shows)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from kiosk.errors import KioskError
from kiosk.security.access import (
    CITIZEN,
    DISPLAY,
    NOBODY,
    PERMISSIONS,
    SYSTEM,
    TECHNICIAN,
    AccessDenied,
    Principal,
    Role,
)
from kiosk.store.models import AuditEntry, Ticket

OFFICER = Principal(Role.OFFICER, "cb01", "Nguyễn Văn An")
MANAGER = Principal(Role.MANAGER, "ld01", "Lê Văn Cường", frozenset({Role.OFFICER}))
ADMIN = Principal(Role.ADMINISTRATOR, "qt01", "Phạm Thị Dung")

APPLICANT = {"name": "Nguyễn Văn An", "id_number": "001203004567", "birth_date": "1990-05-17",
             "address": "12 Hàng Bài, Hoàn Kiếm, Hà Nội", "phone": "0912345678"}


def _as(ctx, principal):
    ctx.access.sign_in(principal)


def _serving(ctx):
    """A ticket called at counter 1 (done as the system, before the principal under test)."""
    _as(ctx, SYSTEM)
    ctx.queue.take_ticket("HT")
    return ctx.queue.call_next(1)


def _dossier(ctx):
    _as(ctx, SYSTEM)
    return ctx.dossiers.receive("1.004873", APPLICANT, counter=1)


# (what, permission it needs, how to do it)
ACTIONS = {
    "take a ticket": ("ticket.take", lambda ctx: ctx.queue.take_ticket("HT")),
    "call the next ticket": ("queue.serve", lambda ctx: ctx.queue.call_next(1)),
    "mark a no-show": ("queue.serve", lambda ctx: ctx.queue.no_show(1)),
    "transfer": ("queue.serve", lambda ctx: ctx.queue.transfer(1, to_counter=2)),
    "receive a dossier": ("dossier.receive", lambda ctx: ctx.dossiers.receive("1.004873", APPLICANT)),
    "move a dossier on": ("dossier.change", lambda ctx: ctx.dossiers.transition(ctx._code, "processing")),
    "list the late dossiers": ("dossier.list", lambda ctx: ctx.dossiers.due_soon()),
    "look a dossier up": ("dossier.lookup", lambda ctx: ctx.dossiers.show(ctx._code)),
    "read the KPI report": ("report.read", lambda ctx: _report(ctx)),
    "change a device": ("device.change", lambda ctx: ctx.save_devices({"printer": "sim://printer"})),
}


def _report(ctx):
    from kiosk.reports import kpi_report

    day = dt.date(2026, 11, 24)
    return kpi_report(ctx.store, ctx.config, day, day, access=ctx.access)


PRINCIPALS = {"citizen": CITIZEN, "officer": OFFICER, "manager": MANAGER, "technician": TECHNICIAN,
              "administrator": ADMIN, "display": DISPLAY, "nobody": NOBODY}


@pytest.mark.parametrize("who", sorted(PRINCIPALS))
@pytest.mark.parametrize("what", sorted(ACTIONS))
def test_each_role_does_what_it_may_and_nothing_else(ctx, who, what):
    permission, act = ACTIONS[what]
    principal = PRINCIPALS[who]
    _serving(ctx)
    ctx._code = _dossier(ctx).code
    with ctx.store.read() as s:
        before = [t.snapshot() for t in s.scalars(select(Ticket).order_by(Ticket.id))]
        entries_before = s.scalar(select(func.count()).select_from(AuditEntry))
    _as(ctx, principal)
    allowed = principal.can(permission)
    # the expectation is the permission table read independently of Principal.can
    assert allowed == bool(principal.all_roles & PERMISSIONS[permission])
    if allowed:
        act(ctx)
        return
    with pytest.raises(AccessDenied) as err:
        act(ctx)
    vi, en = err.value.message("vi"), err.value.message("en")
    assert vi and en and vi != en
    if principal is NOBODY:
        assert "đăng nhập" in vi.lower()
    else:
        assert permission in en
    with ctx.store.read() as s:  # a refusal changes nothing, and writes no audit entry
        assert [t.snapshot() for t in s.scalars(select(Ticket).order_by(Ticket.id))] == before
        assert s.scalar(select(func.count()).select_from(AuditEntry)) == entries_before


def test_the_table_matches_the_roles_of_the_issue():
    # citizens: the kiosk only; officers: the counter; managers: reports and complaints;
    # technicians: devices and settings; administrators: accounts
    assert CITIZEN.can("ticket.take") and not CITIZEN.can("queue.serve")
    assert not CITIZEN.can("personal.read") and not DISPLAY.can("ticket.take")
    assert OFFICER.can("queue.serve") and not OFFICER.can("feedback.handle")
    assert not OFFICER.can("device.change") and not OFFICER.can("account.manage")
    assert MANAGER.can("feedback.handle") and MANAGER.can("report.read") and MANAGER.can("queue.serve")
    assert TECHNICIAN.can("device.change") and not TECHNICIAN.can("personal.read")
    assert ADMIN.can("account.manage") and not ADMIN.can("queue.serve")
    assert not NOBODY.can("board.read")
    with pytest.raises(ValueError):
        SYSTEM.can("no.such.permission")


def test_the_citizen_sees_a_masked_name_and_nothing_else_of_the_applicant(ctx):
    code = _dossier(ctx).code
    _as(ctx, CITIZEN)
    seen = ctx.dossiers.find(code)
    assert seen.applicant.name == "Nguyễn V. A."
    assert (seen.applicant.id_number, seen.applicant.phone, seen.applicant.address) == ("", "", "")
    assert seen.applicant.birth_date is None
    _as(ctx, OFFICER)
    full = ctx.dossiers.show(code)
    assert (full.applicant.name, full.applicant.id_number) == ("Nguyễn Văn An", "001203004567")
    _as(ctx, TECHNICIAN)  # late-dossier lists for the technician: masked too
    assert ctx.dossiers.show(code).applicant.id_number == ""


def test_an_officer_signs_in_acts_as_themselves_and_signs_out(ctx):
    ctx.queue.take_ticket("HT")  # as the system (the CLI, the tests)
    ctx.access.set_base(NOBODY)  # a counter before anyone signs in
    with pytest.raises(AccessDenied):
        ctx.queue.call_next(1)
    assert ctx.queue.sign_in(1, "cb01", "1234") == "Nguyễn Văn An"
    assert ctx.access.principal.code == "cb01" and ctx.access.principal.role == Role.OFFICER
    called = ctx.queue.call_next(1)
    with ctx.store.read() as s:
        assert s.get(Ticket, called.id).officer_code == "cb01"  # stamped from who signed in
    ctx.queue.sign_out(1)
    assert ctx.access.principal == NOBODY
    with pytest.raises(AccessDenied):
        ctx.queue.finish(1)


def test_a_manager_serves_and_handles_complaints_an_administrator_does_not_serve(ctx):
    ctx.access.set_base(NOBODY)
    ctx.queue.sign_in(1, "ld01", "1234")
    assert ctx.access.can("queue.serve") and ctx.access.can("feedback.handle")
    ctx.queue.sign_out(1)
    ctx.queue.sign_in(1, "qt01", "1234")
    assert ctx.access.can("account.manage")
    with pytest.raises(AccessDenied):
        ctx.queue.call_next(1)


def test_repeated_failures_lock_the_account_even_across_restarts(ctx, clock):
    from kiosk.queue.service import QueueService

    for left in (4, 3, 2, 1):
        with pytest.raises(KioskError) as err:
            ctx.queue.sign_in(1, "cb01", "9999")
        assert err.value.key == "bad_sign_in_left" and err.value.params["left"] == left
    with pytest.raises(KioskError) as err:
        ctx.queue.sign_in(1, "cb01", "9999")
    assert err.value.key == "account_locked" and err.value.params["minutes"] == 5
    # the right PIN is refused while locked, also by a service started afresh (the lock is on disk)
    fresh = QueueService(ctx.store, ctx.config, clock, terminal="other")
    with pytest.raises(KioskError) as err:
        fresh.sign_in(1, "cb01", "1234")
    assert err.value.key == "account_locked"
    assert ctx.queue.sign_in(1, "cb02", "1234")  # another account is not locked
    clock.advance(minutes=6)
    assert fresh.sign_in(1, "cb01", "1234") == "Nguyễn Văn An"


def test_an_unknown_code_is_answered_like_a_wrong_pin_and_locks_too(ctx):
    keys = []
    for _ in range(5):
        with pytest.raises(KioskError) as err:
            ctx.queue.sign_in(1, "khong-co", "1234")
        keys.append(err.value.key)
    assert keys == ["bad_sign_in_left"] * 4 + ["account_locked"]
    with ctx.store.read() as s:
        failed = list(s.scalars(select(AuditEntry).where(AuditEntry.action == "sign_in_failed")))
    assert len(failed) == 5 and failed[0].subject == "khong-co"


def test_a_disabled_account_cannot_sign_in(ctx):
    from dataclasses import replace

    officers = tuple(replace(o, disabled=True) if o.code == "cb02" else o for o in ctx.config.officers)
    ctx.queue.use_config(replace(ctx.config, officers=officers))
    ctx.queue.config = replace(ctx.config, officers=officers)
    with pytest.raises(KioskError) as err:
        ctx.queue.sign_in(1, "cb02", "1234")
    assert err.value.key == "bad_sign_in_left"
    assert ctx.queue.sign_in(1, "cb01", "1234")


def test_account_roles_and_security_policy_are_checked_in_the_config(tmp_path):
    from kiosk.config import load_config
    from kiosk.errors import ConfigError
    from kiosk.paths import resources_dir

    text = (resources_dir() / "sample_center.toml").read_text(encoding="utf-8")
    bad = text.replace('role = "manager"', 'role = "boss"').replace(
        "session_lock_minutes = 5", "session_lock_minutes = 0")
    path = tmp_path / "config.toml"
    path.write_text(bad, encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_config(path)
    assert "officers[2].role" in err.value.message() and "security.session_lock_minutes" in err.value.message()


def test_naming_another_officer_neither_opens_the_door_nor_changes_who_is_recorded(ctx):
    ctx.queue.take_ticket("HT")
    ctx.queue.take_ticket("HT")
    ctx.access.set_base(NOBODY)
    with pytest.raises(AccessDenied):  # a locked counter cannot act by naming an officer
        ctx.queue.call_next(1, officer="cb01")
    with pytest.raises(AccessDenied):
        ctx.dossiers.receive("1.004873", APPLICANT, officer="cb01")
    ctx.queue.sign_in(1, "cb02", "1234")
    called = ctx.queue.call_next(1, officer="cb01")
    view = ctx.dossiers.receive("1.004873", APPLICANT, officer="cb01")
    with ctx.store.read() as s:
        assert s.get(Ticket, called.id).officer_code == "cb02"  # who is signed in, not who is named
    assert view.officer_code == "cb02"


def test_registers_and_late_lists_are_masked_for_a_technician(ctx, tmp_path):
    from kiosk.dossier.slips import render_form

    _dossier(ctx)
    day = dt.date(2026, 11, 24)
    _as(ctx, TECHNICIAN)
    assert {v.applicant.id_number for v in ctx.dossiers.between(day, day)} == {""}
    with pytest.raises(AccessDenied):  # form 06 lists names, addresses and phones
        render_form(ctx, "06", tmp_path / "06.pdf", first=day, last=day)
    _as(ctx, OFFICER)
    assert {v.applicant.id_number for v in ctx.dossiers.between(day, day)} == {APPLICANT["id_number"]}


def test_wrong_pins_tried_at_once_each_count(tmp_path):
    """Eight attempts at the same moment (threads; processes share the lock file the same way):
    never more than five wrong PINs before the lock."""
    import threading

    from kiosk.security.pin import PinError, PinGuard, hash_pin

    guard = PinGuard(hash_pin("2468"), tmp_path / "run" / "x.lockout.json", max_failures=5, lock_minutes=5)
    answers: list[tuple[str, object]] = []
    start = threading.Barrier(8)

    def attempt() -> None:
        start.wait()
        try:
            guard.check("1111")
        except PinError as exc:
            answers.append((exc.key, exc.params.get("left", exc.params.get("minutes"))))

    threads = [threading.Thread(target=attempt) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wrong = sorted(v for k, v in answers if k == "pin_wrong")
    assert wrong == [1, 2, 3, 4]  # each try counted once, in turn
    assert [k for k, _ in answers].count("pin_locked") == 4
