"""Procedure lookup on the citizen's kiosk: search or browse by field, then one procedure's papers,
time, fees, result and agency, and its checklist printed on the receipt printer.

The search ignores tone marks (the on-screen keys have none): "dang ky khai sinh" finds "Đăng ký
khai sinh". The checklist prints in the background through the kiosk's print path (a persisted
print job); a printer fault is a sentence on the screen, and the list stays readable there.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QGridLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kiosk.calendar import ProcessingTime
from kiosk.catalog import Component, Procedure
from kiosk.catalog.text import copies_text
from kiosk.desk import print_document
from kiosk.errors import KioskError
from kiosk.messages import t
from kiosk.ports import PrintOutcome
from kiosk.printing.document import Document, Feed, Rule, Text
from kiosk.timeutil import fmt_datetime
from ui.kiosk.touch import ChoiceRow, TouchKeys, TouchPage, group_thousands, scroller, stacked
from ui.tasks import run_in_background
from ui.widgets import button, card, clear_layout, label, px_font

if TYPE_CHECKING:
    from ui.kiosk.screen import KioskScreen

log = logging.getLogger(__name__)

SEARCH_LIMIT = 30


class ProcedureSearchPage(TouchPage):
    """Type a few words (tone marks optional) or pick a field; tap a procedure to see it."""

    def __init__(self, screen: KioskScreen) -> None:
        super().__init__(screen, self._on_back)
        self.field_code: str | None = None
        self.rows: dict[str, ChoiceRow] = {}  # procedure or field code → its row
        self.title = label("", 44, True, "Title", Qt.AlignmentFlag.AlignCenter)
        self.search = QLineEdit()
        px_font(self.search, 36)
        self.search.setMinimumHeight(96)
        self.search.setClearButtonEnabled(False)
        self.search.textChanged.connect(self._on_search_text_changed)
        self.keys = TouchKeys(self.search, ["1234567890", "QWERTYUIOP", "ASDFGHJKL", "ZXCVBNM."],
                              lower=True, space=True)
        self.section = label("", 30, True)
        self.error = label("", 28, True, "Error")
        self.error.hide()
        content = QWidget()
        self.choices = QGridLayout(content)
        self.choices.setContentsMargins(0, 0, 0, 0)
        self.choices.setSpacing(16)
        self.choices.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.area = scroller(content)
        for w in (self.title, self.search, self.keys, self.error, self.section):
            self.column.addWidget(w)
        self.column.addWidget(self.area, 1)
        self.column.addLayout(self.nav)
        self.retranslate()

    def reset(self) -> None:
        """The next citizen starts from the list of fields with an empty box (built when the page
        is opened: the catalog is read on first use, not when the kiosk starts)."""
        self.field_code = None
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        clear_layout(self.choices)
        self.rows.clear()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Look up a procedure"))
        self.search.setPlaceholderText(self.tr("Type a few words, e.g. khai sinh"))
        self.search.setAccessibleName(self.tr("Search procedures"))
        self.keys.set_texts(self.tr("Space"), self.tr("Clear"))
        self.set_nav_texts(self.tr("◀  Back"), self.tr("Home"))
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        clear_layout(self.choices)
        self.rows.clear()
        self.error.hide()
        try:
            catalog = self.catalog()
        except KioskError as exc:
            self.error.setText(exc.message(self.lang))
            self.error.show()
            self.section.clear()
            return
        text = self.search.text().strip()
        field = catalog.field(self.field_code) if self.field_code else None
        if text:
            found = catalog.search(text, field=self.field_code, limit=SEARCH_LIMIT)
            self.section.setText(self.tr("%n procedure(s) found", "", len(found)) if found else
                                 self.tr("No procedure matches. Try fewer words, or choose a field."))
            self._list_procedures(found)
        elif field is not None:
            self.section.setText(self.tr("Field: %1").replace("%1", field.label(self.lang)))
            self._list_procedures(catalog.by_field(field.code))
        else:
            self.section.setText(self.tr("Or choose a field"))
            for i, fc in enumerate(catalog.fields()):
                row = ChoiceRow(fc.field.label(self.lang), self.tr("%n procedure(s)", "", fc.count))
                row.clicked.connect(lambda code=fc.field.code: self.choose_field(code))
                self.rows[fc.field.code] = row
                self.choices.addWidget(row, i // 2, i % 2)

    def _list_procedures(self, procedures: list[Procedure]) -> None:
        for i, p in enumerate(procedures):
            detail = f"{p.code} · {p.field.label(self.lang)}"
            row = ChoiceRow(p.label(self.lang), detail, 28)
            row.clicked.connect(lambda code=p.code: self.owner.show_procedure(code))
            self.rows[p.code] = row
            self.choices.addWidget(row, i, 0, 1, 2)

    def choose_field(self, code: str) -> None:
        self.field_code = code
        self.refresh()
        self.area.verticalScrollBar().setValue(0)

    @property
    def shown_codes(self) -> list[str]:
        """The codes listed now, top first (procedures, or fields when browsing)."""
        return list(self.rows)

    def _on_back(self) -> None:
        if self.field_code is None and not self.search.text():
            self.owner.go_home()
            return
        if self.search.text():
            self.search.clear()  # refreshes: the field's list, or all fields
        else:
            self.field_code = None
            self.refresh()

    @Slot(str)
    def _on_search_text_changed(self, _text: str) -> None:
        self.refresh()
        self.area.verticalScrollBar().setValue(0)


class ProcedureDetailPage(TouchPage):
    """One procedure: what to bring, how long, how much, what and who; the checklist on paper.

    Signals:
        print_finished(object): the PrintOutcome of the checklist (a failure too).
    """

    print_finished = Signal(object)

    def __init__(self, screen: KioskScreen) -> None:
        super().__init__(screen, screen.show_procedures)
        self.procedure: Procedure | None = None
        self._print_seq = 0
        self.print_state = ""  # "" | printing | printed | failed
        self.name = label("", 40, True, "Title")
        self.meta = label("", 26, False, "Muted")
        content = QWidget()
        body = QVBoxLayout(content)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(20)
        papers, self.papers = card()
        self.papers_title = label("", 32, True, "Title")
        self.papers.addWidget(self.papers_title)
        self.components = QVBoxLayout()
        self.components.setSpacing(22)
        self.papers.addLayout(self.components)
        facts, facts_layout = card()
        self.facts = QVBoxLayout()
        self.facts.setSpacing(20)
        facts_layout.addLayout(self.facts)
        body.addWidget(papers)
        body.addWidget(facts)
        body.addStretch(1)
        self.area = scroller(content)
        self.status = label("", 28, True, "Notice", Qt.AlignmentFlag.AlignCenter)
        self.status.hide()
        self.print_button = button("", 34, 130, "Accent", on_click=self.print_checklist)
        for w in (self.name, self.meta):
            self.column.addWidget(w)
        self.column.addWidget(self.area, 1)
        self.column.addWidget(self.status)
        self.column.addWidget(self.print_button)
        self.column.addLayout(self.nav)
        self.retranslate()

    # ------------------------------------------------------------------ showing
    def show_procedure(self, procedure: Procedure) -> None:
        self.procedure = procedure
        self._print_seq += 1  # an answer still on its way belongs to the previous procedure
        self.print_state = ""
        self.print_button.setEnabled(True)
        self.retranslate()
        self.area.verticalScrollBar().setValue(0)

    def reset(self) -> None:
        self.procedure = None
        self._print_seq += 1
        self.print_state = ""
        self.print_button.setEnabled(True)
        self.retranslate()

    def retranslate(self) -> None:
        self.set_nav_texts(self.tr("◀  Back"), self.tr("Home"))
        self.papers_title.setText(self.tr("Papers to bring"))
        self.print_button.setText(self.tr("Print the list of papers"))
        self._show_status()
        clear_layout(self.components)
        clear_layout(self.facts)
        p = self.procedure
        if p is None:
            self.name.clear()
            self.meta.clear()
            return
        lang = self.lang
        self.name.setText(p.label(lang))
        meta = self.tr("Code %1 · Field: %2").replace("%1", p.code).replace("%2", p.field.label(lang))
        if self.catalog().sample:
            meta += "  " + t("sample_mark", lang)
        self.meta.setText(meta)
        for i, c in enumerate(p.components, start=1):
            self.components.addWidget(stacked(
                (f"{i}. {self.component_name(c)}", 28, True, ""), (copies_text(c, lang), 26, False, ""),
                (c.note, 22, False, "Muted")))
        if not p.components:
            self.components.addWidget(label(self.tr("Ask at the counter which papers to bring."), 26))
        for caption, value, note in self.fact_lines(p):
            self.facts.addWidget(stacked((caption, 24, True, "Muted"), (value, 28, True, ""),
                                         (note, 22, False, "Muted")))

    def component_name(self, c: Component) -> str:
        """The paper's name, marked when only some applicants need it (once: names often say
        "(nếu có)" already)."""
        mark = self.tr("(if applicable)")
        if c.mandatory or mark.casefold() in c.name.casefold():
            return c.name
        return f"{c.name} {mark}"

    def fact_lines(self, p: Procedure) -> list[tuple[str, str, str]]:
        """(caption, value, note) for time, fees, result and agency, in the screen's language."""
        lang = self.lang
        try:
            time = ProcessingTime.parse(p.processing).describe(lang)
        except KioskError:
            time = ""
        time = time[:1].upper() + time[1:]
        return [
            (self.tr("Processing time"), time, p.processing_note),
            (self.tr("Fees"), self.fees_text(p), "; ".join(f.note for f in p.fees if f.note)),
            (self.tr("Result"), p.result, ""),
            (self.tr("Agency that decides"), p.agency, ""),
        ]

    def money(self, amount: int) -> str:
        return self.tr("%1 VND").replace("%1", group_thousands(amount, self.lang))

    def fees_text(self, p: Procedure) -> str:
        if p.is_free:
            return self.tr("Free")
        parts = []
        for fee in p.fees:
            amount = self.money(fee.amount) if fee.amount else self.tr("free")
            per = f"/{fee.unit}" if fee.unit and fee.amount else ""
            parts.append(f"{fee.name}: {amount}{per}")
        return "\n".join(parts)

    # ------------------------------------------------------------------ printing
    def checklist(self, p: Procedure) -> Document:
        """The list of papers as a printout (the screen's language; names as published)."""
        lang, config = self.lang, self.owner.ctx.config
        doc = Document(kind="checklist")
        doc.add(Text(config.center_label(lang), align="center", px=18))
        doc.add(Rule())
        doc.add(Text(self.tr("LIST OF PAPERS TO BRING"), align="center", bold=True))
        doc.add(Text(p.label(lang), align="center", bold=True))
        doc.add(Text(self.tr("Code %1 · Field: %2").replace("%1", p.code).replace("%2", p.field.label(lang)),
                     align="center", px=18))
        if self.catalog().sample:  # the procedure's data, not the center, is a sample
            doc.add(Text(t("sample_mark", lang), align="center", px=18))
        doc.add(Rule())
        for i, c in enumerate(p.components, start=1):
            counts = copies_text(c, lang)
            doc.add(Text(f"{i}. {self.component_name(c)}" + (f" — {counts}" if counts else ""),
                         bold=c.mandatory))
            if c.note:
                doc.add(Text(c.note, px=16))
        doc.add(Rule())
        for caption, value, _note in self.fact_lines(p):
            doc.add(Text(f"{caption}: {value}", px=18))
        doc.add(Rule())
        printed = fmt_datetime(self.owner.ctx.queue.clock())
        doc.add(Text(self.tr("Printed at %1 — for information only").replace("%1", printed),
                     align="center", px=16))
        doc.add(Feed(1))
        return doc

    def print_checklist(self) -> None:
        """Build the printout now, print it in the background; the screen never waits."""
        p = self.procedure
        if p is None or self.print_state == "printing":
            return
        doc = self.checklist(p)
        desk = self.owner.ctx.desk
        jobs, printer = desk.jobs, desk.printer
        self._print_seq += 1
        seq = self._print_seq

        def work() -> tuple[int, PrintOutcome]:
            try:
                return seq, print_document(jobs, printer, doc, "checklist")
            except Exception as exc:  # a bug or an unbuildable printout: a sentence, never a traceback
                log.exception("checklist of %s not printed", p.code)
                return seq, PrintOutcome(False, 0, f"{type(exc).__name__}: {exc}")

        self.print_state = "printing"
        self.print_button.setEnabled(False)
        self._show_status()
        run_in_background(work, self._on_print_done, self._on_print_failed, self)

    def _show_status(self) -> None:
        texts = {
            "printing": ("Notice", self.tr("Printing the list…")),
            "printed": ("Ok", self.tr("Please take the printed list below.")),
            "failed": ("Error", self.tr("The printer could not print the list just now. "
                                        "You can read it on this screen, or ask at the help desk.")),
        }
        if self.print_state not in texts:
            self.status.hide()
            return
        name, text = texts[self.print_state]
        self.status.setObjectName(name)
        self.status.setText(text)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self.status.show()

    @Slot(object)
    def _on_print_done(self, result: tuple[int, PrintOutcome]) -> None:
        seq, outcome = result
        if not outcome.ok:
            log.warning("checklist not printed: %s", outcome.reason)
        if seq == self._print_seq:  # still the same citizen and procedure
            self.print_state = "printed" if outcome.ok else "failed"
            self.print_button.setEnabled(True)
            self._show_status()
        self.print_finished.emit(outcome)

    @Slot(str)
    def _on_print_failed(self, reason: str) -> None:
        # work() catches everything; this is the last guard
        self.print_state = "failed"
        self.print_button.setEnabled(True)
        self._show_status()
        self.print_finished.emit(PrintOutcome(False, 0, reason))
