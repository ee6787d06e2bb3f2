"""Dossiers about to miss their appointment (or past it): shown before their day at the counter
and on the technician/manager view; the officer issues form 04 with the new date and reason."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime, QTimeZone, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QHeaderView,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.errors import KioskError
from kiosk.timeutil import LOCAL_TZ, to_local
from ui.widgets import Retranslatable, button, label


class LateDossiers(Retranslatable):
    """The list (late ones first) and the form of the late notice (form 04)."""

    def __init__(self, ctx, lang: str = "vi", officer: str | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__()
        self.ctx = ctx
        self.lang = lang
        self.officer = officer
        self.views: list = []  # type: ignore[type-arg]
        layout = QVBoxLayout(self)
        self.title = label("", 17, True, "Title")
        self.table = QTableWidget(0, 4)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        form_box = QWidget()
        form = QFormLayout(form_box)
        form.setContentsMargins(0, 0, 0, 0)
        self.new_date = QDateTimeEdit()
        self.new_date.setDisplayFormat("HH:mm dd/MM/yyyy")
        self.new_date.setCalendarPopup(True)
        self.reason = QLineEdit()
        self.unit = QLineEdit()
        self.form_labels = [label("", 15), label("", 15), label("", 15)]
        for lab, field in zip(self.form_labels, (self.new_date, self.reason, self.unit), strict=True):
            lab.setBuddy(field)  # the label names the field for a screen reader
            form.addRow(lab, field)
        self.issue_button = button("", 16, 52, "Accent", on_click=self.issue)
        self.message = label("", 15, True, "Notice")
        for w in (self.title, self.table, form_box, self.issue_button, self.message):
            layout.addWidget(w)
        self.retranslate()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("Dossier code"), self.tr("Procedure"),
                                              self.tr("Appointment"), self.tr("State")])
        for lab, text in zip(self.form_labels, (self.tr("New return date"), self.tr("Reason for the delay"),
                                                self.tr("Unit that is late")), strict=True):
            lab.setText(text)
        self.table.setAccessibleName(self.tr("Late dossiers"))
        self.issue_button.setText(self.tr("Issue the apology slip (form 04)"))
        self.refresh()

    def refresh(self) -> None:
        try:
            self.views = self.ctx.dossiers.due_soon()
        except KioskError as exc:
            self.show_message(exc.message(self.lang))
            return
        now = self.ctx.queue.clock()
        self.title.setText(self.tr("Dossiers late or due within the warning (%n)", "", len(self.views)))
        self.table.setRowCount(len(self.views))
        for row, v in enumerate(self.views):
            late = v.appointment_at is not None and v.appointment_at < now
            due = to_local(v.appointment_at).strftime("%H:%M %d/%m/%Y") if v.appointment_at else "—"
            cells = [v.code, v.procedure_name, ("⚠ " if late else "") + due, v.state_words(self.lang)]
            for col, text in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.table.resizeColumnToContents(0)
        if self.views and not self.table.selectedItems():
            self.table.selectRow(0)
        self._default_date()

    def _default_date(self) -> None:
        view = self.selected()
        if view is None or view.appointment_at is None:
            return
        nxt = self.ctx.dossiers.calendar.add_working_time(
            view.appointment_at, self.ctx.dossiers.calendar.working_day_length * 2)
        local = nxt.astimezone(LOCAL_TZ)
        self.new_date.setDateTime(QDateTime(local.date(), local.time().replace(microsecond=0),
                                            QTimeZone(b"Asia/Ho_Chi_Minh")))

    def selected(self):  # type: ignore[no-untyped-def]
        row = self.table.currentRow()
        return self.views[row] if 0 <= row < len(self.views) else None

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def new_appointment(self) -> dt.datetime:
        q = self.new_date.dateTime()
        d, t = q.date(), q.time()
        return dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=LOCAL_TZ)

    @Slot()
    def issue(self) -> None:
        view = self.selected()
        if view is None:
            return
        try:
            updated = self.ctx.dossiers.late_notice(view.code, self.new_appointment(), self.reason.text(),
                                                    self.unit.text(), self.officer)
            from kiosk.dossier.slips import render_form

            path = render_form(self.ctx, "04", self.ctx.home / "slips" / f"{updated.code}-04.pdf",
                               code=updated.code)
        except (KioskError, OSError) as exc:
            self.show_message(exc.message(self.lang) if isinstance(exc, KioskError) else str(exc))
            return
        self.show_message(self.tr("Form 04 saved: %1").replace("%1", str(path)))
        self.reason.clear()
        self.refresh()
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class LateDossiersDialog(QDialog):
    def __init__(self, ctx, lang: str, officer: str | None, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.resize(1000, 620)
        layout = QVBoxLayout(self)
        self.panel = LateDossiers(ctx, lang, officer)
        layout.addWidget(self.panel)
        self.close_button = button(self.tr("Close"), 16, 48, "Secondary", on_click=self.accept)
        layout.addWidget(self.close_button)
        self.setWindowTitle(self.tr("Late dossiers"))
