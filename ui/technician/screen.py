"""The technician's screen: devices, print jobs (reprint failed tickets), services, settings."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.desk import print_test_page
from kiosk.errors import KioskError
from kiosk.messages import MESSAGES, t
from kiosk.ports import PrintOutcome
from kiosk.timeutil import fmt_datetime
from kiosk.wiring import AppContext
from ui.tasks import run_in_background
from ui.widgets import Header, Retranslatable, button, card, label

ERROR_RED = "#b3261e"


def _table(columns: int) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.verticalHeader().hide()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class TechnicianScreen(Retranslatable):
    def __init__(self, ctx: AppContext, lang: str | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self.lang = lang or ctx.config.language
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.header = Header("", 22, ctx.queue.clock)
        layout.addWidget(self.header)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)

        # devices
        devices = QWidget()
        dl = QVBoxLayout(devices)
        dl.setContentsMargins(20, 20, 20, 20)
        box, inner = card()
        self.printer_title = label("", 20, True, "Title")
        self.printer_info = label("", 16)
        self.printer_state = label("", 16, True, "Notice")
        self.printer_live = label("", 16, True)
        self.printer_raw = label("", 13, False, "Muted")
        self.test_button = button("", 18, 64, on_click=self.test_print)
        self.check_button = button("", 18, 64, "Secondary", on_click=self.check_printer)
        # a row widget that owns its layout (a parentless QHBoxLayout handed to addLayout here was
        # freed twice at exit: the test process aborted one run in two)
        buttons = QWidget()
        row = QHBoxLayout(buttons)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.test_button)
        row.addWidget(self.check_button)
        for w in (self.printer_title, self.printer_info, self.printer_live, self.printer_raw, self.printer_state,
                  buttons):
            inner.addWidget(w)
        dl.addWidget(box)
        # device settings, saved into this machine's config.toml (checked first, atomically)
        setup_box, setup_inner = card()
        self.setup_title = label("", 20, True, "Title")
        form_widget = QWidget()
        form = QFormLayout(form_widget)
        self.printer_url = QLineEdit()
        self.printer_profile = QComboBox()
        from devices.printer.profiles import PROFILES

        self.printer_profile.addItems(sorted(PROFILES))
        self.scanner_url = QLineEdit()
        self.keypad_url = QLineEdit()
        self.form_labels = [label("", 16) for _ in range(4)]
        for lab, field in zip(self.form_labels, (self.printer_url, self.printer_profile, self.scanner_url,
                                                 self.keypad_url), strict=True):
            field.setMinimumHeight(44)
            lab.setBuddy(field)  # the label names the field for a screen reader
            form.addRow(lab, field)
        self.save_button = button("", 18, 56, "Accent", on_click=self.save_devices)
        self.setup_message = label("", 16, True, "Notice")
        self.setup_message.hide()
        for w in (self.setup_title, form_widget, self.setup_message, self.save_button):
            setup_inner.addWidget(w)
        dl.addWidget(setup_box)
        self._load_device_fields()
        voice_box, voice_inner = card()
        self.voice_title = label("", 20, True, "Title")
        self.voice_info = label("", 16)
        voice_inner.addWidget(self.voice_title)
        voice_inner.addWidget(self.voice_info)
        dl.addWidget(voice_box)
        sync_box, sync_inner = card()
        self.sync_title = label("", 20, True, "Title")
        self.sync_info = label("", 16)
        sync_inner.addWidget(self.sync_title)
        sync_inner.addWidget(self.sync_info)
        dl.addWidget(sync_box)
        dl.addStretch(1)
        self.tabs.addTab(devices, "")

        # print jobs
        jobs = QWidget()
        jl = QVBoxLayout(jobs)
        jl.setContentsMargins(20, 20, 20, 20)
        self.jobs = _table(5)
        row = QHBoxLayout()
        self.reprint_button = button("", 18, 56, "Accent", on_click=self.reprint_selected)
        self.refresh_button = button("", 18, 56, "Secondary", on_click=self.refresh)
        row.addWidget(self.reprint_button)
        row.addWidget(self.refresh_button)
        self.jobs_message = label("", 16, True, "Notice")
        self.jobs_message.hide()
        jl.addWidget(self.jobs, 1)
        jl.addWidget(self.jobs_message)
        jl.addLayout(row)
        self.tabs.addTab(jobs, "")

        # services
        services = QWidget()
        sl = QVBoxLayout(services)
        sl.setContentsMargins(20, 20, 20, 20)
        self.services = _table(6)
        self.policy = label("", 15, False, "Muted")
        sl.addWidget(self.services, 1)
        sl.addWidget(self.policy)
        self.tabs.addTab(services, "")

        # settings
        settings = QWidget()
        stl = QVBoxLayout(settings)
        stl.setContentsMargins(20, 20, 20, 20)
        self.settings_info = label("", 16)
        self.config_text = QPlainTextEdit()
        self.config_text.setReadOnly(True)
        stl.addWidget(self.settings_info)
        stl.addWidget(self.config_text, 1)
        self.tabs.addTab(settings, "")

        # dossiers late or about to be late (the manager's view; form 04 from here)
        from ui.late_dossiers import LateDossiers

        self.late = LateDossiers(ctx, self.lang)
        self.tabs.addTab(self.late, "")

        # the manager's KPI dashboard (figures with their definitions, PDF/XLSX export)
        from ui.technician.dashboard import KpiDashboard

        self.dashboard = KpiDashboard(ctx, self.lang)
        self.tabs.addTab(self.dashboard, "")

        self.timer = QTimer(self)
        self.timer.timeout.connect(self._on_timer_timeout)
        self.timer.start(3000)
        self.retranslate()

    def retranslate(self) -> None:
        self.header.title.setText(self.tr("Technician — %1").replace("%1", self.ctx.config.center_label(self.lang)))
        for i, name in enumerate([self.tr("Devices"), self.tr("Print jobs"), self.tr("Services"), self.tr("Settings"),
                                  self.tr("Late dossiers"), self.tr("KPI dashboard")]):
            self.tabs.setTabText(i, name)
        self.printer_title.setText(self.tr("Receipt printer"))
        self.test_button.setText(self.tr("Print a test page"))
        self.check_button.setText(self.tr("Check the printer now"))
        self.setup_title.setText(self.tr("Device settings of this machine"))
        for lab, text in zip(self.form_labels, (self.tr("Printer address"), self.tr("Printer profile"),
                                                self.tr("Scanner"), self.tr("Rating keypad")), strict=True):
            lab.setText(text)
        self.save_button.setText(self.tr("Save device settings"))
        self.voice_title.setText(self.tr("Voice of the display board"))
        self.sync_title.setText(self.tr("Central server"))
        self.reprint_button.setText(self.tr("Reprint selected job"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.jobs.setHorizontalHeaderLabels([self.tr("Created"), self.tr("Kind"), self.tr("Status"),
                                             self.tr("Attempts"), self.tr("Reason")])
        self.services.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Prefix"), self.tr("Name"),
                                                 self.tr("Counters"), self.tr("Waiting"), self.tr("Last number")])
        self.jobs.setAccessibleName(self.tr("Print jobs"))
        self.services.setAccessibleName(self.tr("Services"))
        self.config_text.setAccessibleName(self.tr("Configuration file"))
        cfg = self.ctx.config
        self.settings_info.setText(
            self.tr("Configuration file: %1").replace("%1", str(cfg.path)) + "\n"
            + self.tr("Data folder: %1").replace("%1", str(self.ctx.home)) + "\n"
            + self.tr("Idle timeout: %1 s").replace("%1", str(cfg.idle_timeout_s)))
        try:
            self.config_text.setPlainText(cfg.path.read_text(encoding="utf-8"))
        except OSError as exc:
            self.config_text.setPlainText(str(exc))
        self.policy.setText(self.ctx.queue.policy.summary(self.lang))
        self.voice_info.setText(self.tr("Setting: %1").replace("%1", cfg.voice))
        self.refresh()

    def _show_printer_status(self) -> None:
        """What the printer said last (the monitor asks every few seconds), and the raw bytes."""
        printer = self.ctx.desk.printer
        status = getattr(printer, "last_status", None)
        if status is not None:
            self.printer_live.setText(self.tr("State: %1").replace("%1", status.words(self.lang)))
            self.printer_live.setStyleSheet(f"color: {ERROR_RED};" if status.blocking else "")
        sent, received = getattr(printer, "last_sent", b""), getattr(printer, "last_received", b"")
        self.printer_raw.setText(self.tr("Last bytes sent: %1").replace("%1", sent[-24:].hex(" ") or "—") + "\n"
                                 + self.tr("Last bytes received: %1").replace("%1", received[-24:].hex(" ") or "—"))

    def _load_device_fields(self) -> None:
        cfg = self.ctx.config
        self.printer_url.setText(cfg.printer_url)
        self.printer_profile.setCurrentText(cfg.printer_profile)
        self.scanner_url.setText(cfg.scanner_url)
        self.keypad_url.setText(cfg.keypad_url)

    def save_devices(self) -> None:
        changes = {"printer": self.printer_url.text(), "printer_profile": self.printer_profile.currentText(),
                   "scanner": self.scanner_url.text(), "keypad": self.keypad_url.text()}
        try:
            self.ctx.save_devices(changes)
        except KioskError as exc:
            self.setup_message.setText(self.tr("Not saved: %1").replace("%1", exc.message(self.lang)))
        else:
            self.setup_message.setText(self.tr("Saved. The printer is in use now; scanner and keypad "
                                               "changes apply at the next start."))
            self._load_device_fields()
            self.refresh()
        self.setup_message.show()

    def check_printer(self) -> None:
        self.check_button.setEnabled(False)
        run_in_background(self.ctx.desk.printer.query_status, self._on_checked, self._on_check_failed, self)

    @Slot(object)
    def _on_checked(self, _status: object) -> None:
        self.check_button.setEnabled(True)
        self._show_printer_status()

    @Slot(str)
    def _on_check_failed(self, reason: str) -> None:
        self.check_button.setEnabled(True)
        self.printer_live.setText(reason)

    def refresh(self) -> None:
        printer = self.ctx.desk.printer
        profile = getattr(printer, "profile", None)
        self.printer_info.setText(
            self.tr("Address: %1").replace("%1", printer.url) + "\n"
            + self.tr("Profile: %1").replace("%1", getattr(profile, "name", "?")))
        try:
            jobs = self.ctx.jobs.list(limit=100)
            services = self.ctx.queue.services_overview(self.lang)
        except KioskError as exc:
            self.printer_state.setText(exc.message(self.lang))
            return
        self.sync_info.setText(self._sync_text())
        self._show_printer_status()
        failed = [j for j in jobs if j.status == "failed"]
        last = jobs[0] if jobs else None
        if last is None:
            self.printer_state.setText(self.tr("No print job yet."))
        elif last.status == "failed":
            self.printer_state.setText(self.tr("Last job FAILED: %1").replace("%1", last.reason or ""))
        else:
            self.printer_state.setText(self.tr("Last job: %1").replace("%1", t(f"job_status_{last.status}", self.lang))
                                       + "  " + self.tr("%n failed job(s) to reprint", "", len(failed)))
        self.jobs.setRowCount(len(jobs))
        for r, j in enumerate(jobs):
            kind = t(f"job_kind_{j.kind}", self.lang) if f"job_kind_{j.kind}" in MESSAGES else j.kind
            status = t(f"job_status_{j.status}", self.lang)
            if j.reprint_of:
                kind += " (" + t("slip_reprint", self.lang) + ")"
            for c, text in enumerate([fmt_datetime(j.created_at), kind, status, str(j.attempts), j.reason or ""]):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, j.id)
                if j.status == "failed":
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.jobs.setItem(r, c, item)
        self.jobs.resizeColumnsToContents()
        self.services.setRowCount(len(services))
        for r, s in enumerate(services):
            for c, text in enumerate([s["code"], s["prefix"], s["name"], ", ".join(map(str, s["counters"])),
                                      str(s["waiting"]), s["last_issued"] or "—"]):
                self.services.setItem(r, c, QTableWidgetItem(text))
        self.services.resizeColumnsToContents()

    def _sync_text(self) -> str:
        from kiosk.sync.client import load_device, sync_status

        device = load_device(self.ctx.home)
        if device is None:
            return self.tr("Not enrolled: this terminal works alone on its own database.")
        st = sync_status(self.ctx.store)
        lines = [self.tr("Server: %1").replace("%1", device.server),
                 self.tr("Last successful sync: %1").replace("%1", st.last_success_at or "—"),
                 self.tr("Waiting to be sent: %1; refused by the server (dead letters): %2")
                 .replace("%1", str(st.pending)).replace("%2", str(st.dead_letters))]
        if st.offline_since:
            lines.append(self.tr("OFFLINE since %1: %2").replace("%1", st.offline_since).replace("%2", st.error or ""))
        return "\n".join(lines)

    def test_print(self) -> None:
        """Printing never blocks the screen: the job runs on a worker thread."""
        self.test_button.setEnabled(False)
        run_in_background(lambda: print_test_page(self.ctx.config, self.ctx.desk.printer, self.ctx.jobs),
                          self._on_test_done, self._on_print_error, self)

    @Slot(object)
    def _on_test_done(self, outcome: PrintOutcome) -> None:
        self.test_button.setEnabled(True)
        self.refresh()
        self.printer_state.setText(self.tr("Test page printed.") if outcome.ok
                                   else self.tr("Test page FAILED: %1").replace("%1", outcome.reason))

    @Slot(str)
    def _on_print_error(self, reason: str) -> None:
        self.test_button.setEnabled(True)
        self.refresh()
        self.printer_state.setText(self.tr("Test page FAILED: %1").replace("%1", reason))

    def reprint_selected(self) -> None:
        items = self.jobs.selectedItems()
        if not items:
            self.jobs_message.setText(self.tr("Select a job first."))
            self.jobs_message.show()
            return
        job_id = items[0].data(Qt.ItemDataRole.UserRole)
        self.reprint_button.setEnabled(False)

        def reprint() -> PrintOutcome | str:
            try:
                return self.ctx.desk.reprint(job_id, self.lang)[1]
            except KioskError as exc:
                return exc.message(self.lang)

        run_in_background(reprint, self._on_reprint_done, self._on_reprint_error, self)

    @Slot(str)
    def _on_reprint_error(self, reason: str) -> None:
        self._on_reprint_done(reason)

    @Slot(object)
    def _on_reprint_done(self, result: PrintOutcome | str) -> None:
        self.reprint_button.setEnabled(True)
        if isinstance(result, str):
            self.jobs_message.setText(result)
        else:
            self.jobs_message.setText(self.tr("Reprinted.") if result.ok
                                      else self.tr("Reprint FAILED: %1").replace("%1", result.reason))
        self.jobs_message.show()
        self.refresh()

    @Slot()
    def _on_timer_timeout(self) -> None:
        if self.isVisible():
            self.refresh()
