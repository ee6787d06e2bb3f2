"""Dossier lookup on the citizen's kiosk: scan the receipt (or type its code), read the state.

A public screen (Decree 13/2023/NĐ-CP): the page shows the dossier, its state, dates, place and
fees, and of the applicant only the masked name ("Nguyễn T. H. N."), never the ID number, birth
date, phone, address or e-mail. A scan that is not one of our receipts is never echoed (it may be
a citizen's ID card). Leaving the page (Home, idle timeout) forgets what was shown.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from kiosk.dossier import DossierView, mask_name
from kiosk.errors import KioskError
from kiosk.messages import t
from kiosk.scan import Scan
from kiosk.store.models import DossierState
from kiosk.timeutil import to_local
from ui.kiosk.touch import TouchKeys, TouchPage, group_thousands, scroller, stacked
from ui.widgets import button, card, clear_layout, label, px_font, qr_pixmap

if TYPE_CHECKING:
    from ui.kiosk.screen import KioskScreen
    from ui.scan_filter import ScanRouter

S = DossierState
# still in the agencies' hands with the clock running: late once the appointment's day is past
RUNNING = (S.RECEIVED, S.PROCESSING, S.AWAITING_FEES, S.STOPPED)
# the date and number of a code of this center, typed without the agency part
_SHORT_CODE = re.compile(r"(\d{6})-?(\d{4})")
STATUS_ROW = 3  # the state, in larger type


class DossierLookupPage(TouchPage):
    """Scan or type a dossier code; the dossier's state in plain words.

    Signals:
        shown(object): the DossierView now on the screen (None when an error is shown instead).
    """

    shown = Signal(object)

    def __init__(self, screen: KioskScreen) -> None:
        super().__init__(screen, self._on_back)
        self.view: DossierView | None = None
        self.payment_payload = ""
        self._error: Callable[[], str] | None = None
        self.title = label("", 44, True, "Title", Qt.AlignmentFlag.AlignCenter)
        self.hint = label("", 30, False, "", Qt.AlignmentFlag.AlignCenter)
        self.entry = QWidget()
        entry = QVBoxLayout(self.entry)
        entry.setContentsMargins(0, 0, 0, 0)
        entry.setSpacing(16)
        self.code = QLineEdit()
        px_font(self.code, 40, True)
        self.code.setMinimumHeight(100)
        self.code.setMaxLength(64)
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.returnPressed.connect(self.submit)
        self.example = label("", 24, False, "Muted", Qt.AlignmentFlag.AlignCenter)
        self.keys = TouchKeys(self.code, ["12345", "67890", "H.-"], px=38, key_height=96)
        self.find_button = button("", 36, 130, "Accent", on_click=self.submit)
        for w in (self.code, self.example, self.keys, self.find_button):
            entry.addWidget(w)
        self.error = label("", 28, True, "Error")
        self.error.hide()
        box, inner = card()
        self.rows = QVBoxLayout()
        self.rows.setSpacing(18)
        inner.addLayout(self.rows)
        self.notice = label("", 28, True, "Notice")  # ready, or late: said first
        self.notice.hide()
        content = QWidget()
        holder = QVBoxLayout(content)
        holder.setContentsMargins(0, 0, 0, 0)
        holder.setSpacing(20)
        holder.addWidget(self.notice)
        holder.addWidget(box)
        # fees still to pay: the VietQR code a banking app scans (the center's account)
        self.pay_box, pay = card()
        self.pay_title = label("", 28, True, "Title", Qt.AlignmentFlag.AlignCenter)
        self.pay_qr = QLabel()
        self.pay_qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pay_note = label("", 22, False, "Muted", Qt.AlignmentFlag.AlignCenter)
        for w in (self.pay_title, self.pay_qr, self.pay_note):
            pay.addWidget(w)
        self.pay_box.hide()
        holder.addWidget(self.pay_box)
        holder.addStretch(1)
        self.result = scroller(content)
        self.result.hide()
        self.again = button("", 32, 120, on_click=self.reset)
        self.again.hide()
        for w in (self.title, self.hint, self.error, self.entry):
            self.column.addWidget(w)
        self.column.addWidget(self.result, 1)
        self.column.addWidget(self.again)
        self.column.addStretch(0)  # takes the room while the result is hidden
        self.column.addLayout(self.nav)
        self.retranslate()

    # ------------------------------------------------------------------ scans
    def claim_scans(self, router: ScanRouter, home: QWidget) -> None:
        """Receipts scanned on this page come here; one scanned on the home page opens it."""
        router.claim(home, self._on_home_scan)
        router.claim(self, self.handle_scan)

    def _on_home_scan(self, scan: Scan) -> None:
        if scan.kind == "dossier":
            self.owner.show_lookup()
            self.handle_scan(scan)
        elif scan.kind == "code":  # the receipt's QR may be an address ending in the code
            try:
                view = self.owner.ctx.dossiers.find(scan.text)
            except KioskError:
                return  # some other barcode: the home page is not the place to complain
            self.owner.show_lookup()
            self.show_view(view)

    def handle_scan(self, scan: Scan) -> None:
        self.owner.idle.arm()
        if scan.kind == "dossier" and scan.dossier is not None:
            self.code.setText(scan.dossier.code)
            self.look_up(scan.dossier.code, scanned=True)
        elif scan.kind == "code":
            self.look_up(scan.text, scanned=True)
        else:  # a queue ticket, an ID card, an unreadable code: never repeated on the screen
            self.show_error(self._not_a_receipt)

    # ------------------------------------------------------------------ looking up
    def submit(self) -> None:
        text = self.code.text().strip()
        if not text:
            self.show_error(self._type_the_code)
            return
        m = _SHORT_CODE.fullmatch(text)
        if m is not None:  # only the end of one of this center's codes was typed
            text = f"{self.owner.ctx.config.reception.agency_code}-{m.group(1)}-{m.group(2)}"
        self.look_up(text)

    def look_up(self, text: str, scanned: bool = False) -> None:
        try:
            view = self.owner.ctx.dossiers.find(text)
        except KioskError as exc:
            if scanned and exc.key == "not_a_dossier_code":
                self.show_error(self._not_a_receipt)
            else:
                self.show_error(lambda error=exc: error.message(self.lang))
            return
        self.show_view(view)

    def _type_the_code(self) -> str:
        return self.tr("Please type the dossier code printed on your receipt.")

    def _not_a_receipt(self) -> str:
        return self.tr("This code is not a dossier receipt. Please scan the barcode or QR code "
                       "printed on the receipt you were given at the counter.")

    def show_error(self, sentence: Callable[[], str]) -> None:
        self.view = None
        self._error = sentence
        self.retranslate()
        self.shown.emit(None)

    def show_view(self, view: DossierView) -> None:
        self.view = view
        self._error = None
        self.code.clear()
        self.retranslate()
        self.owner.idle.arm()
        self.shown.emit(view)

    def reset(self) -> None:
        """Forget the dossier and the code (the next citizen must not see them)."""
        self.view = None
        self._error = None
        self.code.clear()
        self.retranslate()

    def _on_back(self) -> None:
        if self.view is not None or self._error is not None:
            self.reset()
        else:
            self.owner.go_home()

    # ------------------------------------------------------------------ words
    def when(self, moment: dt.datetime) -> str:
        """"17 giờ 00 phút, ngày 02/12/2026" (local time) in the screen's language."""
        local = to_local(moment)
        return (self.tr("%1:%2 on %3").replace("%1", str(local.hour))
                .replace("%2", f"{local.minute:02d}").replace("%3", f"{local:%d/%m/%Y}"))

    def is_late(self, view: DossierView) -> bool:
        """Past the appointment's day and still being handled (judged by date, not by minute)."""
        if view.appointment_at is None or view.state not in RUNNING:
            return False
        today = to_local(self.owner.ctx.queue.clock()).date()
        return to_local(view.appointment_at).date() < today

    def procedure_name(self, view: DossierView) -> str:
        try:
            procedure = self.owner.ctx.dossiers.catalog.get(view.procedure_code)
        except KioskError:
            procedure = None
        return procedure.label(self.lang) if procedure is not None else view.procedure_name

    def fee_words(self, view: DossierView) -> str:
        try:
            state = t(f"fee_state_{view.fee_state}", self.lang)
        except KeyError:  # a state newer than this terminal's messages
            state = view.fee_state
        if view.fee_state == "none" or view.fee_total <= 0:
            return state
        amount = self.tr("%1 VND").replace("%1", group_thousands(view.fee_total, self.lang))
        return f"{amount} — {state}"

    def lines(self, view: DossierView) -> list[tuple[str, str]]:
        """(caption, value) rows of the result; the applicant only as a masked name."""
        rows = [
            (self.tr("Dossier code"), view.code),
            (self.tr("Procedure"), self.procedure_name(view)),
            (self.tr("Applicant"), mask_name(view.applicant.name)),
            (self.tr("Status"), view.state_words(self.lang)),
            (self.tr("Received"), self.when(view.received_at)),
        ]
        if view.appointment_at is not None:
            value = self.when(view.appointment_at)
            earlier = view.original_appointment_at
            if earlier is not None and earlier != view.appointment_at:
                value += "\n" + self.tr("(new date; first given as %1)").replace("%1", self.when(earlier))
            rows.append((self.tr("Result due"), value))
        if view.state not in (S.REFUSED, S.INCOMPLETE, S.WITHDRAWN, S.CANCELLED):
            rows.append((self.tr("Where to collect the result"), self.owner.ctx.config.reception.collect_place))
        rows.append((self.tr("Fees"), self.fee_words(view)))
        return rows

    def notice_text(self, view: DossierView) -> tuple[str, str]:
        """(style, sentence) under the result: ready to collect, or late with an apology."""
        if view.state == S.RESULT_READY:
            return "Ok", self.tr("Your result is ready. Please bring your receipt to %1.").replace(
                "%1", self.owner.ctx.config.reception.collect_place)
        if self.is_late(view):
            return "Notice", self.tr("We are sorry: your dossier is past its appointment date and is still "
                                     "being processed. Please ask at the counter; you will be told the new "
                                     "date.")
        return "", ""

    def retranslate(self) -> None:
        self.set_nav_texts(self.tr("◀  Back"), self.tr("Home"))
        self.title.setText(self.tr("Look up your dossier"))
        self.hint.setText(self.tr("Scan the barcode or QR code on your receipt, or type the dossier code "
                                  "printed on it."))
        self.code.setPlaceholderText(self.tr("Dossier code"))
        self.code.setAccessibleName(self.tr("Dossier code"))
        self.example.setText(self.tr("For example %1. For a dossier filed here, the end is enough: %2.")
                             .replace("%1", f"{self.owner.ctx.config.reception.agency_code}-261124-0001")
                             .replace("%2", "261124-0001"))
        self.keys.set_texts("", self.tr("Clear"))
        self.find_button.setText(self.tr("Look up"))
        self.again.setText(self.tr("Look up another dossier"))
        self.error.setVisible(self._error is not None)
        self.error.setText(self._error() if self._error is not None else "")
        view = self.view
        clear_layout(self.rows)
        self.entry.setVisible(view is None)
        self.hint.setVisible(view is None)
        self.result.setVisible(view is not None)
        self.again.setVisible(view is not None)
        self.notice.hide()
        self.pay_box.hide()
        if view is None:
            return
        from kiosk.dossier.slips import payment_qr

        payload, note = payment_qr(self.owner.ctx.config, view)
        self.payment_payload = payload
        if payload:
            self.pay_title.setText(self.tr("Pay the fee with a banking app: scan this VietQR code"))
            self.pay_qr.setPixmap(qr_pixmap(payload, 7))
            self.pay_note.setText(note)
            self.pay_box.show()
        for i, (caption, value) in enumerate(self.lines(view)):
            self.rows.addWidget(stacked((caption, 24, True, "Muted"), (value, 36 if i == STATUS_ROW else 30, True, "")))
        style, sentence = self.notice_text(view)
        if sentence:
            self.notice.setObjectName(style)
            self.notice.setText(sentence)
            self.notice.style().unpolish(self.notice)
            self.notice.style().polish(self.notice)
            self.notice.show()
