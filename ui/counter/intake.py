"""Dossier intake at the counter: procedure, applicant (a CCCD scan fills it), the papers
received with their scanned pages, and one of three outcomes with its slip.

Scanned pages come from the folder the document scanner's software writes into (polled every
second while this page shows) or from SANE; they go to the component selected in the table.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from PySide6.QtCore import QDate, Qt, QTimer, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.dossier.files import Draft, ScanInbox, sane_available
from kiosk.dossier.views import DossierView
from kiosk.errors import KioskError
from kiosk.scan import Scan
from kiosk.timeutil import to_local
from ui.counter.pages import ScannedPages
from ui.tasks import run_in_background
from ui.widgets import Retranslatable, button, card, label, qr_pixmap

log = logging.getLogger(__name__)

APPLICANT_FIELDS = ("name", "id_number", "birth_date", "address", "phone", "email")


class IntakePage(ScannedPages, Retranslatable):
    """One dossier at a time; ``reset()`` starts the next one."""

    def __init__(self, screen) -> None:  # type: ignore[no-untyped-def]
        super().__init__()
        self.owner = screen
        self.procedure = None
        self.result: DossierView | None = None
        self.draft = Draft()
        self.inbox: ScanInbox | None = None
        root = QHBoxLayout(self)
        root.setContentsMargins(16, 12, 16, 12)
        root.setSpacing(14)

        # left: procedure and applicant
        left = QVBoxLayout()
        self.proc_title = label("", 17, True, "Title")
        self.search = QLineEdit()
        self.search.textChanged.connect(self._on_search_text_changed)
        self.results = QListWidget()
        self.results.setMaximumHeight(170)
        self.results.setWordWrap(True)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.currentItemChanged.connect(self._on_results_current_item_changed)
        self.chosen = label("", 15, True)
        self.app_title = label("", 17, True, "Title")
        self.fields: dict[str, QLineEdit] = {}
        form_box = QWidget()
        self.form = QFormLayout(form_box)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # the field gets the width
        self.form.setVerticalSpacing(4)
        for key in APPLICANT_FIELDS:
            edit = QLineEdit()
            edit.setObjectName(f"applicant_{key}")
            self.fields[key] = edit
            self.form.addRow(key, edit)
        self.scan_hint = label("", 13, False, "Muted")
        for w in (self.proc_title, self.search, self.results, self.chosen, self.app_title, form_box,
                  self.scan_hint):
            left.addWidget(w)
        left.addStretch(1)
        root.addLayout(left, 4)

        # middle: the papers
        middle = QVBoxLayout()
        self.comp_title = label("", 17, True, "Title")
        self.table = QTableWidget(0, 4)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setWordWrap(True)
        pages_row = self._build_page_widgets()
        middle.addWidget(self.comp_title)
        middle.addWidget(self.table, 1)
        middle.addWidget(self.pages_hint)
        middle.addWidget(self.page_list)
        middle.addWidget(pages_row)
        root.addLayout(middle, 5)

        # right: outcome and slip
        right = QVBoxLayout()
        box, inner = card()
        self.reason_title = label("", 15, True)
        self.reason = QPlainTextEdit()
        self.reason.setMaximumHeight(90)
        self.complete_button = button("", 17, 60, "Accent", on_click=lambda: self.submit("complete"))
        self.incomplete_button = button("", 17, 56, "", on_click=lambda: self.submit("incomplete"))
        self.refuse_button = button("", 17, 56, "Danger", on_click=lambda: self.submit("refused"))
        self.message = label("", 15, True, "Notice")
        self.outcome = label("", 16, True)
        # the fee still to pay, as the VietQR code the citizen scans with a banking app
        self.pay_qr = QLabel()
        self.pay_qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pay_qr.hide()
        self.print_button = button("", 15, 48, "Secondary", on_click=self.print_receipt)
        self.pdf_button = button("", 15, 48, "Secondary", on_click=self.open_pdf)
        self.next_button = button("", 15, 48, "Secondary", on_click=self.reset)
        self.back_button = button("", 15, 48, "Secondary", on_click=screen.show_queue)
        for w in (self.reason_title, self.reason, self.complete_button, self.incomplete_button,
                  self.refuse_button, self.message, self.outcome, self.pay_qr, self.print_button,
                  self.pdf_button,
                  self.next_button, self.back_button):
            inner.addWidget(w)
        inner.addStretch(1)
        right.addWidget(box, 1)
        root.addLayout(right, 3)

        self.poller = QTimer(self)
        self.poller.setInterval(1000)
        self.poller.timeout.connect(self._on_poller_timeout)
        self.retranslate()
        self.reset()

    # ------------------------------------------------------------------ texts
    def retranslate(self) -> None:
        self.proc_title.setText(self.tr("1. Procedure"))
        self.search.setPlaceholderText(self.tr("Search by name (tone marks optional) or code"))
        self.search.setAccessibleName(self.tr("Search procedures"))
        self.results.setAccessibleName(self.tr("Procedures found"))
        self.app_title.setText(self.tr("2. Applicant"))
        names = {"name": self.tr("Full name"), "id_number": self.tr("ID number (CCCD)"),
                 "birth_date": self.tr("Date of birth (dd/mm/yyyy)"), "address": self.tr("Address"),
                 "phone": self.tr("Phone"), "email": self.tr("E-mail")}
        for row, key in enumerate(APPLICANT_FIELDS):
            item = self.form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if item is not None and item.widget() is not None:
                item.widget().setText(names[key])
        self.scan_hint.setText(self.tr("Scan the QR code on the citizen's ID card to fill these fields."))
        self.comp_title.setText(self.tr("3. Papers received (sets) and scanned pages"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Paper"), self.tr("Required"), self.tr("Sets received"), self.tr("Pages")])
        self.table.setAccessibleName(self.tr("Papers received"))
        self.page_list.setAccessibleName(self.tr("Scanned pages of the selected paper"))
        self.reason.setAccessibleName(self.tr("Reason or what to complete"))
        for row in range(self.table.rowCount()):
            spin = self.table.cellWidget(row, 2)
            if spin is not None:
                spin.setAccessibleName(self.tr("Sets received: %1").replace(
                    "%1", self.table.item(row, 0).text() if self.table.item(row, 0) else ""))
        self.pages_hint.setText(self.tr("Pages saved by the document scanner go to the selected paper."))
        self.sane_button.setText(self.tr("Scan a page"))
        self.rotate_button.setText(self.tr("Turn page"))
        self.remove_button.setText(self.tr("Remove page"))
        self.rescan_button.setText(self.tr("Scan again"))
        self.reason_title.setText(self.tr("4. Reason or what to complete (for a refusal or a supplement)"))
        self.complete_button.setText(self.tr("Receive (complete)"))
        self.incomplete_button.setText(self.tr("Request supplement"))
        self.refuse_button.setText(self.tr("Refuse"))
        self.print_button.setText(self.tr("Print the slip"))
        self.pdf_button.setText(self.tr("Open the PDF slip"))
        self.next_button.setText(self.tr("Next dossier"))
        self.back_button.setText(self.tr("Back to the queue"))
        self._show_result()

    # ------------------------------------------------------------------ life
    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 (Qt API)
        folder = self.owner.ctx.config.reception.scan_inbox or self.owner.ctx.home / "scan-inbox"
        try:
            if self.inbox is None or self.inbox.folder != folder:
                self.inbox = ScanInbox(Path(folder))
            self.poller.start()
        except OSError as exc:
            self.show_message(self.tr("The scan folder cannot be used: %1").replace("%1", str(exc)))
        self.sane_button.setVisible(sane_available(self.owner.ctx.config.reception.scan_command))
        super().showEvent(event)

    def hideEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 (Qt API)
        self.poller.stop()
        super().hideEvent(event)

    def reset(self) -> None:
        """Ready for the next dossier."""
        self.procedure = None
        self.result = None
        self.draft = Draft()
        self.search.clear()
        self.reason.clear()
        for edit in self.fields.values():
            edit.clear()
        self.table.setRowCount(0)
        self.chosen.setText("")
        self.show_message("")
        self._on_search_text_changed("")
        self._show_result()

    def page_text(self, key: str, detail: str) -> str:
        """The scanned pages' sentences (``ui.counter.pages``), translated here."""
        texts = {
            "folder_unreadable": self.tr("The scan folder cannot be read: %1"),
            "not_a_page": self.tr("Not a page, set aside: %1"),
            "choose_first": self.tr("Choose the procedure and the paper first; the pages wait."),
            "scanner_failed": self.tr("The scanner did not scan: %1"),
        }
        return texts[key].replace("%1", detail)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # ------------------------------------------------------------------ procedure
    @Slot(str)
    def _on_search_text_changed(self, text: str) -> None:
        catalog = self.owner.ctx.dossiers.catalog
        found = catalog.search(text, limit=30) if text.strip() else list(catalog)[:30]
        self.results.clear()
        for p in found:
            item = QListWidgetItem(f"{p.label(self.owner.lang)} · {p.code}")
            item.setData(Qt.ItemDataRole.UserRole, p.code)
            self.results.addItem(item)

    @Slot(object, object)
    def _on_results_current_item_changed(self, item, _previous) -> None:  # type: ignore[no-untyped-def]
        if item is not None:
            self.choose(str(item.data(Qt.ItemDataRole.UserRole)))

    def choose(self, code: str) -> None:
        procedure = self.owner.ctx.dossiers.catalog.get(code)
        if procedure is None:
            return
        self.procedure = procedure
        self.draft = Draft()
        self.chosen.setText(f"{procedure.label(self.owner.lang)} ({procedure.code})")
        comps = list(procedure.components)
        self.table.setRowCount(len(comps))
        for row, c in enumerate(comps):
            name = QTableWidgetItem(("* " if c.mandatory else "") + c.name)
            name.setData(Qt.ItemDataRole.UserRole, c.id)
            name.setToolTip(c.note or c.name)
            need = QTableWidgetItem(_required(c.originals, c.certified_copies, c.photocopies))
            for item in (name, need):
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            spin = QSpinBox()
            spin.setRange(0, 99)
            spin.setValue(1 if c.mandatory else 0)
            spin.setObjectName(f"count_{c.id}")
            spin.setAccessibleName(self.tr("Sets received: %1").replace("%1", c.name))
            self.table.setItem(row, 0, name)
            self.table.setItem(row, 1, need)
            self.table.setCellWidget(row, 2, spin)
            self.table.setItem(row, 3, QTableWidgetItem("0"))
        self.table.resizeRowsToContents()
        if comps:
            self.table.selectRow(0)
        else:
            self.show_message(KioskError("procedure_without_components", name=procedure.name)
                              .message(self.owner.lang))

    def selected_component(self) -> str | None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def counts(self) -> dict[str, int]:
        out = {}
        for row in range(self.table.rowCount()):
            cid = str(self.table.item(row, 0).data(Qt.ItemDataRole.UserRole))
            spin = self.table.cellWidget(row, 2)
            out[cid] = spin.value() if isinstance(spin, QSpinBox) else 0
        return out

    # ------------------------------------------------------------------ scans
    def on_scan(self, scan: Scan) -> None:
        """A scan while intake shows: an ID card fills the applicant; anything else is said."""
        if scan.kind == "cccd" and scan.cccd is not None:
            card_data = scan.cccd
            self.fields["name"].setText(card_data.name)
            self.fields["id_number"].setText(card_data.id_number)
            self.fields["birth_date"].setText(card_data.birth_date.strftime("%d/%m/%Y")
                                              if card_data.birth_date else "")
            self.fields["address"].setText(card_data.address)
            self.show_message("")
            self.fields["phone"].setFocus()
        elif scan.kind == "unknown":
            self.show_message(self.tr("The scan could not be read: %1").replace("%1", scan.reason))
        else:
            self.show_message(self.tr("This code is not an ID card. Scan the QR on the back of the card."))

    # ------------------------------------------------------------------ outcome
    def applicant(self) -> dict[str, str]:
        out = {key: edit.text().strip() for key, edit in self.fields.items()}
        birth = out.get("birth_date", "")
        parsed = QDate.fromString(birth, "dd/MM/yyyy")
        if parsed.isValid():
            out["birth_date"] = dt.date(parsed.year(), parsed.month(), parsed.day()).isoformat()
        return out

    def submit(self, outcome: str) -> DossierView | None:
        ctx, lang = self.owner.ctx, self.owner.lang
        if self.result is not None:
            self.show_message(self.tr("This dossier is saved. Press Next dossier for a new one."))
            return None
        if self.procedure is None:
            self.show_message(self.tr("Choose the procedure first."))
            return None
        ticket = ctx.queue.current(self.owner.counter, lang)
        try:
            view = ctx.dossiers.receive(
                self.procedure.code, self.applicant(), self.counts(), outcome,
                self.reason.toPlainText(), officer=self.owner.officer, counter=self.owner.counter,
                ticket_id=ticket.id if ticket is not None else None)
        except KioskError as exc:
            self.show_message(exc.message(lang))
            return None
        self.result = view
        self.show_message("")
        self._show_result()
        self._save_pages(view)
        return view

    saving_pages = False
    payment_payload = ""

    def _save_pages(self, view: DossierView) -> None:
        """Each received paper's pages as its PDF (with OCR, seconds a page), off the GUI
        thread; the result line says how far digitization went when it is done."""
        ctx, officer = self.owner.ctx, self.owner.officer
        received = {c.component_id for c in view.components if c.received}
        work = [(cid, list(pages)) for cid, pages in self.draft.pages.items() if pages and cid in received]
        if not work:
            return

        def save() -> tuple[DossierView, list[str]]:
            latest, problems = view, []
            for cid, pages in work:
                try:
                    latest = ctx.dossiers.attach_pages(view.code, cid, pages, ctx.files, officer)
                except (KioskError, OSError) as exc:
                    log.exception("scanned pages of %s/%s not saved", view.code, cid)
                    problems.append(exc.message(self.owner.lang) if isinstance(exc, KioskError) else str(exc))
            return latest, problems

        self.saving_pages = True
        self.show_message(self.tr("Saving the scanned pages…"))
        run_in_background(save, self._on_pages_saved, self._on_pages_failed, self)

    @Slot(object)
    def _on_pages_saved(self, outcome) -> None:  # type: ignore[no-untyped-def]
        self.saving_pages = False
        latest, problems = outcome
        if self.result is not None and self.result.id == latest.id:
            self.result = latest
            self._show_result()
        self.show_message(self.tr("Scanned pages not saved: %1").replace("%1", "; ".join(problems))
                          if problems else "")

    @Slot(str)
    def _on_pages_failed(self, text: str) -> None:
        self.saving_pages = False
        self.show_message(self.tr("Scanned pages not saved: %1").replace("%1", text))

    def slip_form(self) -> str:
        assert self.result is not None
        return {"received": "01", "incomplete": "02", "refused": "03"}[self.result.state]

    def slip_path(self) -> Path:
        from kiosk.dossier.slips import render_form

        assert self.result is not None
        form = self.slip_form()
        out = self.owner.ctx.home / "slips" / f"{self.result.code}-{form}.pdf"
        return render_form(self.owner.ctx, form, out, code=self.result.code)

    def open_pdf(self) -> None:
        if self.result is None:
            return
        try:
            path = self.slip_path()
        except (KioskError, OSError) as exc:
            self.show_message(exc.message(self.owner.lang) if isinstance(exc, KioskError) else str(exc))
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def print_receipt(self) -> None:
        """Form 01 on the thermal printer (02 and 03 go to the A4 printer as PDF)."""
        if self.result is None:
            return
        if self.slip_form() != "01":
            self.open_pdf()
            return
        from kiosk.desk import print_document
        from kiosk.dossier.slips import slip_data
        from kiosk.forms import form01_thermal

        ctx = self.owner.ctx
        doc = form01_thermal(slip_data(ctx.config, self.result, ctx.dossiers.catalog))
        run_in_background(lambda: print_document(ctx.jobs, ctx.desk.printer, doc, "form01"),
                          self._on_printed, self._on_print_failed, self)

    @Slot(object)
    def _on_printed(self, outcome) -> None:  # type: ignore[no-untyped-def]
        if not outcome.ok:
            self.show_message(self.tr("The slip did not print: %1").replace("%1", outcome.reason))

    @Slot(str)
    def _on_print_failed(self, text: str) -> None:
        self.show_message(self.tr("The slip did not print: %1").replace("%1", text))

    def _show_result(self) -> None:
        view = self.result
        saved = view is not None
        for w in (self.complete_button, self.incomplete_button, self.refuse_button, self.reason,
                  self.reason_title):
            w.setVisible(not saved)
        for b in (self.print_button, self.pdf_button, self.next_button):
            b.setVisible(saved)
        self.pay_qr.hide()
        self.payment_payload = ""
        if view is None:
            self.outcome.setText("")
            return
        from kiosk.dossier.slips import payment_qr

        payload, _note = payment_qr(self.owner.ctx.config, view)
        if payload:
            self.payment_payload = payload
            self.pay_qr.setPixmap(qr_pixmap(payload, 4))
            self.pay_qr.setToolTip(self.tr("VietQR: fee %1 đồng").replace(
                "%1", f"{view.fee_total:,}".replace(",", ".")))
            self.pay_qr.show()
        lines = [self.tr("Dossier code: %1").replace("%1", view.code), view.state_words(self.owner.lang)]
        if view.appointment_at is not None:
            lines.append(self.tr("Return: %1").replace(
                "%1", to_local(view.appointment_at).strftime("%H:%M %d/%m/%Y")))
        if view.missing:
            lines.append(self.tr("Missing: %1").replace("%1", "; ".join(c.name for c in view.missing)))
        done, total = view.digitization
        lines.append(self.tr("Digitized: %1 of %2 papers").replace("%1", str(done)).replace("%2", str(total)))
        self.outcome.setText("\n".join(lines))


def _required(originals: int, certified: int, photocopies: int) -> str:
    parts = []
    if originals:
        parts.append(f"{originals} BC")
    if certified:
        parts.append(f"{certified} BSCT")
    if photocopies:
        parts.append(f"{photocopies} BP")
    return ", ".join(parts) or "—"
