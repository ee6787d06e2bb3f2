"""A dossier's official slips: its record mapped onto the forms' data, rendered to PDF/paper."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk import forms
from kiosk.calendar import ProcessingTime, judge
from kiosk.errors import KioskError
from kiosk.store.models import DossierState

if TYPE_CHECKING:
    from kiosk.config import Config
    from kiosk.dossier.views import DossierView

log = logging.getLogger(__name__)

FEE_MODE_COUNTER = "Nộp trực tiếp tại Bộ phận Một cửa"
FEE_MODE_VIETQR = "Nộp trực tiếp tại Bộ phận Một cửa hoặc chuyển khoản (VietQR)"
RESULT_WORDS = {"early": "Sớm hạn", "on_time": "Đúng hạn", "late": "Quá hạn"}
NEEDS = {"01": "received", "02": "incomplete", "03": "refused", "04": "late", "05": "received"}


def center_of(config: Config) -> forms.Center:
    r = config.reception
    return forms.Center(name=r.unit_name, parent=r.authority, place=r.place,
                        address=config.center_address, phone=r.phone,
                        result_place=r.collect_place, head_name=r.head_name)


def _officer_name(config: Config, code: str | None) -> str:
    if not code:
        return ""
    officer = config.officer(code)
    return officer.name if officer is not None else code


def payment_qr(config: Config, view: DossierView) -> tuple[str, str]:
    """The VietQR payload and its note for form 01: the fees still to pay, into the center's
    account, with the dossier code as the transfer's content; ("", "") when there is nothing
    to pay, the fees are paid, or the center has no account configured."""
    r = config.reception
    if view.fee_total <= 0 or view.fee_state == "paid" or not (r.bank_bin and r.bank_account):
        return "", ""
    from kiosk.payments import VietQRError, normalise_purpose, vietqr_payload

    try:
        payload = vietqr_payload(r.bank_bin, r.bank_account, view.fee_total, purpose=view.code)
    except VietQRError as exc:  # the receipt still prints, without the code
        log.warning("no VietQR code on the slip of %s: %s", view.code, exc)
        return "", ""
    holder = f" – {r.account_name}" if r.account_name else ""
    note = (f"Tài khoản nhận: {r.bank_account}{holder}. "
            f"Nội dung chuyển khoản: {normalise_purpose(view.code)}")
    return payload, note


def slip_data(config: Config, view: DossierView, catalog: Any = None,
              public_url: str | None = None) -> forms.SlipData:
    """Forms 01–05's data from a dossier (what is missing for 02, the reason for 03, the last
    late notice for 04, the hand-overs for 05)."""
    a = view.applicant
    procedure = catalog.get(view.procedure_code) if catalog is not None else None
    processing_text = ""
    fees: tuple[forms.Fee, ...] = ()
    if procedure is not None:
        try:
            processing_text = ProcessingTime.parse(procedure.processing).describe("vi")
        except KioskError:
            processing_text = ""
        fees = tuple(forms.Fee(f.name, int(f.amount)) for f in procedure.fees)
    received = tuple(
        forms.Component(c.name, *c.counts_received()) for c in view.components if c.received > 0)
    base = (public_url or config.public_url or "").rstrip("/")
    payment, payment_note = payment_qr(config, view)
    dossier = forms.Dossier(
        code=view.code, procedure_name=view.procedure_name, received_at=view.received_at,
        procedure_code=view.procedure_code, field_name=view.field_name,
        appointment_at=view.appointment_at, processing_time=processing_text, sets=view.sets,
        components=received, fees=fees,
        fee_mode=(FEE_MODE_VIETQR if payment else FEE_MODE_COUNTER) if fees else "",
        officer_name=_officer_name(config, view.officer_code),
        tracking=f"{base}/d/{view.code}" if base else view.code,
        payment_qr=payment, payment_note=payment_note,
    )
    supplement = refusal = late = None
    if view.state == DossierState.INCOMPLETE:
        missing = tuple(
            forms.Component(c.name, c.req_originals, c.req_certified, c.req_photocopies)
            for c in view.missing)
        supplement = forms.Supplement(missing, view.reason or "",
                                      _officer_name(config, view.officer_code), config.reception.phone)
    if view.state == DossierState.REFUSED:
        refusal = forms.Refusal(view.reason or "")
    lates = [e for e in view.events if e.kind == "late"]
    if lates and view.original_appointment_at is not None and view.appointment_at is not None:
        e = lates[-1]
        late = forms.LateNotice(
            number=f"{len(lates):02d}/PXL", late_unit=str(e.detail.get("late_unit", "")),
            reason=e.note, original_appointment=view.original_appointment_at,
            new_appointment=view.appointment_at, issued_at=e.at,
            subject=f"V/v trễ hạn giải quyết hồ sơ {view.code}")
    handovers = []
    for e in view.events:
        if e.kind == "handover":
            d = e.detail
            handovers.append(forms.HandOver(
                step=str(d.get("agency", "")), given_at=e.at, giver=str(d.get("giver", "")),
                received_at=e.at, receiver=str(d.get("receiver", "")),
                result=RESULT_WORDS.get(str(d.get("result", "")), ""), note=e.note))
        elif e.kind == "state" and e.to_state in (DossierState.RESULT_READY, DossierState.RETURNED) \
                and view.appointment_at is not None:
            verdict = judge(e.at.date(), view.appointment_at.date())
            handovers.append(forms.HandOver(
                step="Trả kết quả" if e.to_state == DossierState.RETURNED else "Có kết quả",
                given_at=e.at, giver=_officer_name(config, e.officer_code),
                result=RESULT_WORDS[verdict], note=e.note))
    return forms.SlipData(forms.Center(**center_of(config).__dict__),
                          forms.Applicant(a.name, a.id_number, a.birth_date, a.address, a.phone, a.email),
                          dossier, supplement, refusal, late, tuple(handovers))


def register_data(config: Config, views: list[DossierView], first: dt.date,
                  last: dt.date) -> forms.RegisterData:
    rows = tuple(
        forms.RegisterRow(no=i, code=v.code, summary=v.procedure_name, owner=v.applicant.name,
                          received_at=v.received_at, sets=v.sets, address=v.applicant.address,
                          phone=v.applicant.phone, appointment_at=v.appointment_at,
                          returned_at=v.returned_at, officer=_officer_name(config, v.officer_code))
        for i, v in enumerate((v for v in views if v.state not in (DossierState.INCOMPLETE,
                                                                   DossierState.REFUSED)), 1))
    return forms.RegisterData(center_of(config), first, last, rows)


def check_form_applies(form_id: str, view: DossierView) -> None:
    """A slip only for the dossier it fits (no receipt for a refused dossier, no 02 for a
    complete one)."""
    from kiosk.messages import t

    state_words = t(f"dossier_state_{view.state}")
    need = NEEDS[form_id]
    ok = {
        "received": view.appointment_at is not None,
        "incomplete": view.state == DossierState.INCOMPLETE,
        "refused": view.state == DossierState.REFUSED,
        "late": view.original_appointment_at is not None,
    }[need]
    if not ok:
        raise KioskError("form_does_not_apply", form=form_id, code=view.code, state=state_words)


def render_form(ctx: Any, form_id: str, out: Path, code: str | None = None,
                first: dt.date | None = None, last: dt.date | None = None, size: str = "A4") -> Path:
    """Write form ``form_id`` as PDF to ``out`` (01–05 for a dossier, 06 for a period); the
    form issued is recorded in the audit trail."""
    # the register (06) lists applicants' names, addresses and phones: personal data
    ctx.access.require("form.issue" if form_id != "06" else "personal.read")
    config = ctx.config
    template_set = config.reception.template_set
    if form_id == "06":
        if first is None or last is None:
            raise KioskError("form_needs", form=form_id, what="--from YYYY-MM-DD --to YYYY-MM-DD")
        views = ctx.dossiers.between(first, last)
        data: forms.FormData = register_data(config, views, first, last)
    else:
        if not code:
            raise KioskError("form_needs", form=form_id, what="--dossier CODE")
        view = ctx.dossiers.show(code)
        check_form_applies(form_id, view)
        data = slip_data(config, view, ctx.dossiers.catalog)
    out.parent.mkdir(parents=True, exist_ok=True)
    forms.render_pdf(form_id, data, out, page_size=size, template_set=template_set)
    with ctx.store.write() as s:
        ctx.dossiers.audit.record(s, "form_issued", code or f"{first}..{last}",
                                  {"form": form_id, "size": size})
    return out
