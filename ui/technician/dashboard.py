"""The manager's KPI dashboard: a period, a grouping, the headline figures with their definitions,
three small charts drawn with QPainter (no Qt Charts: it is GPL-only), exports to PDF and XLSX.

The report is read off the GUI thread (ui.tasks); figure names and definitions come from the
domain's bilingual tables (kiosk.reports.definitions), the screen's own words through self.tr().
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QDate, QRectF, Qt, Slot
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.errors import KioskError
from kiosk.reports import FIGURE_BY_KEY, KpiReport, kpi_report, write_pdf, write_xlsx
from kiosk.timeutil import local_day
from ui.tasks import run_in_background
from ui.theme import GREEN, INK, MUTED, NAVY, RED
from ui.widgets import Retranslatable, button, label

CARDS = ("tickets_issued", "tickets_served", "tickets_no_show", "wait_mean", "wait_p90", "service_mean",
         "service_p90", "satisfaction_rate", "on_time_rate", "dossiers_received", "dossiers_late",
         "dossiers_overdue_open", "digitization_rate", "online_payment_rate", "feedback_overdue")
COLUMNS = ("tickets_issued", "wait_p90", "satisfaction_rate", "on_time_rate", "dossiers_received",
           "dossiers_late", "dossiers_overdue_open")
PERIODS = ("today", "week", "month", "quarter", "year", "custom")
GROUPS = (None, "field", "counter", "officer")
TARGET_ORANGE = "#ef6c00"


class BarChart(QWidget):
    """Bars with their values, horizontal target lines, green/red when a target is met or not."""

    def __init__(self) -> None:
        super().__init__()
        self.title = ""
        self.labels: list[str] = []
        self.values: list[float | None] = []
        self.good: list[bool | None] = []
        self.targets: list[tuple[float, str]] = []
        self.maximum: float | None = None
        self.unit = ""
        self.setMinimumSize(320, 220)

    def set_data(self, title: str, labels: Sequence[str], values: Sequence[float | None], *,
                 targets: Sequence[tuple[float, str]] = (), good: Sequence[bool | None] = (),
                 maximum: float | None = None, unit: str = "") -> None:
        self.title, self.labels, self.values = title, list(labels), list(values)
        self.targets, self.good, self.maximum, self.unit = list(targets), list(good), maximum, unit
        self.setToolTip(title)
        self.update()

    def paintEvent(self, event: object) -> None:  # noqa: N802 (Qt API)
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("white"))
        font = QFont(self.font())
        font.setPixelSize(13)
        font.setBold(True)
        p.setFont(font)
        p.setPen(QColor(NAVY))
        p.drawText(QRectF(8, 4, self.width() - 16, 20), Qt.AlignmentFlag.AlignLeft, self.title)
        font.setBold(False)
        font.setPixelSize(11)
        p.setFont(font)
        left, top, right, bottom = 34.0, 30.0, 40.0, 36.0
        w, h = self.width() - left - right, self.height() - top - bottom
        known = [v for v in self.values if v is not None]
        top_value = self.maximum or max(known + [t for t, _ in self.targets] + [1.0]) * 1.15
        p.setPen(QPen(QColor(MUTED), 1))
        p.drawLine(int(left), int(top + h), int(left + w), int(top + h))
        for frac in (0.0, 0.5, 1.0):
            y = top + h - h * frac
            p.drawText(QRectF(0, y - 7, left - 4, 14), Qt.AlignmentFlag.AlignRight, f"{top_value * frac:.0f}")
        n = max(1, len(self.values))
        slot = w / n
        for i, value in enumerate(self.values):
            x = left + i * slot + slot * 0.15
            if value is not None:
                bh = h * min(value, top_value) / top_value
                ok = self.good[i] if i < len(self.good) else None
                colour = NAVY if ok is None else (GREEN if ok else RED)
                p.fillRect(QRectF(x, top + h - bh, slot * 0.7, bh), QColor(colour))
                p.setPen(QColor(INK))
                text = f"{value:.1f}{self.unit}" if self.unit == "%" else f"{value:.0f}{self.unit}"
                p.drawText(QRectF(x - 10, top + h - bh - 15, slot * 0.7 + 20, 14), Qt.AlignmentFlag.AlignCenter, text)
            p.setPen(QColor(MUTED))
            name = self.labels[i] if i < len(self.labels) else ""
            p.drawText(QRectF(left + i * slot, top + h + 4, slot, 30),
                       Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap, name)
        for value, text in self.targets:
            y = top + h - h * value / top_value
            pen = QPen(QColor(TARGET_ORANGE), 1.5, Qt.PenStyle.DashLine)
            p.setPen(pen)
            p.drawLine(int(left), int(y), int(left + w), int(y))
            p.drawText(QRectF(left + w + 2, y - 8, right, 16), Qt.AlignmentFlag.AlignLeft, text)
        p.end()


class FigureCard(QFrame):
    """One headline figure: its name, its value (green or red against its target), and a "?"
    that unfolds what it counts."""

    def __init__(self, key: str) -> None:
        super().__init__()
        self.key = key
        self.setObjectName("Card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(2)
        top = QWidget()
        row = QHBoxLayout(top)
        row.setContentsMargins(0, 0, 0, 0)
        self.name = label("", 13, False, "Muted")
        self.help = QToolButton()
        self.help.setText("?")
        self.help.setCheckable(True)
        self.help.toggled.connect(self._on_help_toggled)
        row.addWidget(self.name, 1)
        row.addWidget(self.help)
        self.value = label("—", 24, True)
        self.target = label("", 12, False, "Muted")
        self.definition = label("", 12)
        self.definition.hide()
        for w in (top, self.value, self.target, self.definition):
            layout.addWidget(w)

    def show_figure(self, name: str, value: str, target: str, definition: str, met: bool | None) -> None:
        self.name.setText(name)
        self.value.setText(value)
        self.value.setStyleSheet(f"color: {GREEN if met else RED};" if met is not None else "")
        self.target.setText(target)
        self.definition.setText(definition)
        self.setToolTip(definition)
        self.value.setToolTip(definition)

    @Slot(bool)
    def _on_help_toggled(self, checked: bool) -> None:
        self.definition.setVisible(checked)


class KpiDashboard(Retranslatable):
    """Period and grouping, headline figures, charts, the breakdown table, exports."""

    def __init__(self, ctx, lang: str = "vi") -> None:  # type: ignore[no-untyped-def]
        super().__init__()
        self.ctx = ctx
        self.lang = lang
        self.background = True  # tests read the report on the GUI thread
        self.report: KpiReport | None = None
        self.chart_report: KpiReport | None = None
        self.counter_report: KpiReport | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 12, 12, 12)
        controls = QWidget()
        row = QHBoxLayout(controls)
        row.setContentsMargins(0, 0, 0, 0)
        self.period = QComboBox()
        self.date_from, self.date_to = QDateEdit(), QDateEdit()
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
        self.group = QComboBox()
        self.period_label, self.to_label, self.group_label = QLabel(), QLabel(), QLabel()
        self.refresh_button = button("", 15, 40, on_click=self.refresh)
        for w in (self.period_label, self.period, self.date_from, self.to_label, self.date_to, self.group_label,
                  self.group, self.refresh_button):
            row.addWidget(w)
        outer.addWidget(controls)
        self.heading = label("", 14, True, "Title")
        outer.addWidget(self.heading)

        body = QWidget()
        self.body_layout = QVBoxLayout(body)
        self.body_layout.setContentsMargins(0, 0, 0, 0)
        grid_box = QWidget()
        grid = QGridLayout(grid_box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.cards = {key: FigureCard(key) for key in (*CARDS, "score766")}
        for i, card in enumerate(self.cards.values()):
            grid.addWidget(card, i // 4, i % 4, Qt.AlignmentFlag.AlignTop)
        self.body_layout.addWidget(grid_box)
        charts = QWidget()
        chart_row = QHBoxLayout(charts)
        chart_row.setContentsMargins(0, 0, 0, 0)
        self.satisfaction_chart, self.on_time_chart, self.wait_chart = BarChart(), BarChart(), BarChart()
        for chart in (self.satisfaction_chart, self.on_time_chart, self.wait_chart):
            chart_row.addWidget(chart)
        self.body_layout.addWidget(charts)
        self.table = QTableWidget(0, len(COLUMNS) + 2)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setMinimumHeight(180)
        self.body_layout.addWidget(self.table)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        actions = QWidget()
        action_row = QHBoxLayout(actions)
        action_row.setContentsMargins(0, 0, 0, 0)
        self.pdf_button = button("", 15, 44, "Secondary", on_click=self.export_pdf)
        self.xlsx_button = button("", 15, 44, "Secondary", on_click=self.export_xlsx)
        action_row.addWidget(self.pdf_button)
        action_row.addWidget(self.xlsx_button)
        outer.addWidget(actions)
        self.message = label("", 14, True, "Notice")
        self.message.hide()
        outer.addWidget(self.message)
        self.period.currentIndexChanged.connect(self._on_period_current_index_changed)
        self.retranslate()
        self.period.setCurrentIndex(PERIODS.index("month"))
        self._on_period_current_index_changed(self.period.currentIndex())

    # ------------------------------------------------------------------ words
    def retranslate(self) -> None:
        index = max(0, self.period.currentIndex())
        self.period.blockSignals(True)
        self.period.clear()
        self.period.addItems([self.tr("Today"), self.tr("This week"), self.tr("This month"), self.tr("This quarter"),
                              self.tr("This year"), self.tr("Custom dates")])
        self.period.setCurrentIndex(index)
        self.period.blockSignals(False)
        group = max(0, self.group.currentIndex())
        self.group.clear()
        self.group.addItems([self.tr("Whole center"), self.tr("By field"), self.tr("By counter"),
                             self.tr("By officer")])
        self.group.setCurrentIndex(group)
        self.period_label.setText(self.tr("Period"))
        self.to_label.setText(self.tr("to"))
        self.group_label.setText(self.tr("Group"))
        self.period_label.setBuddy(self.period)
        self.group_label.setBuddy(self.group)
        self.date_from.setAccessibleName(self.tr("From date"))
        self.date_to.setAccessibleName(self.tr("To date"))
        self.table.setAccessibleName(self.tr("Figures by group"))
        self.refresh_button.setText(self.tr("Show"))
        self.pdf_button.setText(self.tr("Export PDF"))
        self.xlsx_button.setText(self.tr("Export XLSX"))
        if self.report is not None:
            self._show()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        """The first time the tab is shown, the report of this month is read."""
        super().showEvent(event)
        if self.report is None and self.background and self.refresh_button.isEnabled():
            self.refresh()

    # ------------------------------------------------------------------ period
    def today(self) -> dt.date:
        return local_day(self.ctx.queue.clock())

    def period_range(self) -> tuple[dt.date, dt.date]:
        """The first and last day chosen (local days)."""
        kind = PERIODS[max(0, self.period.currentIndex())]
        today = self.today()
        if kind == "today":
            return today, today
        if kind == "week":
            return today - dt.timedelta(days=today.weekday()), today
        if kind == "month":
            return today.replace(day=1), today
        if kind == "quarter":
            return today.replace(month=(today.month - 1) // 3 * 3 + 1, day=1), today
        if kind == "year":
            return today.replace(month=1, day=1), today
        a, b = self.date_from.date(), self.date_to.date()
        return dt.date(a.year(), a.month(), a.day()), dt.date(b.year(), b.month(), b.day())

    def set_custom_range(self, first: dt.date, last: dt.date) -> None:
        self.period.setCurrentIndex(PERIODS.index("custom"))
        self.date_from.setDate(QDate(first.year, first.month, first.day))
        self.date_to.setDate(QDate(last.year, last.month, last.day))

    def group_by(self) -> str | None:
        return GROUPS[max(0, self.group.currentIndex())]

    @Slot(int)
    def _on_period_current_index_changed(self, index: int) -> None:
        custom = PERIODS[max(0, index)] == "custom"
        for edit in (self.date_from, self.date_to):
            edit.setEnabled(custom)
        if not custom:
            first, last = self.period_range()
            self.date_from.setDate(QDate(first.year, first.month, first.day))
            self.date_to.setDate(QDate(last.year, last.month, last.day))

    # ------------------------------------------------------------------ reading
    def _compute(self) -> tuple[KpiReport, KpiReport, KpiReport]:
        first, last = self.period_range()
        group = self.group_by()
        now = self.ctx.queue.clock()
        main = kpi_report(self.ctx.store, self.ctx.config, first, last, group_by=group, now=now,
                          access=self.ctx.access)
        chart = main if group else kpi_report(self.ctx.store, self.ctx.config, first, last, group_by="field",
                                              now=now)
        counter = main if group == "counter" else kpi_report(self.ctx.store, self.ctx.config, first, last,
                                                             group_by="counter", now=now)
        return main, chart, counter

    @Slot()
    def refresh(self) -> None:
        """Read the report for the chosen period and grouping (off the GUI thread)."""
        self.show_message("")
        self.refresh_button.setEnabled(False)
        if not self.background:
            try:
                result = self._compute()
            except KioskError as exc:
                self._on_report_failed(exc.message(self.lang))
                return
            self._on_report_done(result)
            return
        run_in_background(self._compute_or_message, self._on_report_done, self._on_report_failed, self)

    def _compute_or_message(self) -> tuple[KpiReport, KpiReport, KpiReport] | str:
        try:
            return self._compute()
        except KioskError as exc:  # a sentence for the manager, not a traceback
            return exc.message(self.lang)

    @Slot(object)
    def _on_report_done(self, result: object) -> None:
        self.refresh_button.setEnabled(True)
        if isinstance(result, str):
            self.show_message(result)
            return
        self.report, self.chart_report, self.counter_report = result  # type: ignore[misc]
        self._show()

    @Slot(str)
    def _on_report_failed(self, reason: str) -> None:
        self.refresh_button.setEnabled(True)
        self.show_message(self.tr("The report could not be read: %1").replace("%1", reason))

    # ------------------------------------------------------------------ showing
    def _show(self) -> None:
        report, lang = self.report, self.lang
        if report is None:
            return
        self.heading.setText(f"{report.date_from:%d/%m/%Y} – {report.date_to:%d/%m/%Y} · {report.cutoff_words(lang)}")
        for key in CARDS:
            f = report.figure(key)
            target = (self.tr("Target %1").replace("%1", f.target_display(lang)) + f" · {f.status(lang)}"
                      if f.target is not None else "")
            self.cards[key].show_figure(f.definition.name(lang), f.display(lang), target, f.definition.text(lang),
                                        f.met)
        got, of = report.total.measured_points()
        rules = "\n".join(f"{s.rule.name(lang)}: {s.display(lang)}" for s in report.total.scores)
        self.cards["score766"].show_figure(self.tr("Decision 766, measurable points"),
                                           f"{got:.1f} / {of:.0f}".replace(".", "," if lang == "vi" else "."),
                                           "", rules, None)
        self._charts()
        self._table()

    def _charts(self) -> None:
        lang = self.lang
        rows = list(self.chart_report.rows) if self.chart_report and self.chart_report.rows else []
        names = [r.label(lang) for r in rows]
        sat_targets = sorted({r.figures["satisfaction_rate"].target for r in rows
                              if r.figures["satisfaction_rate"].target is not None}, reverse=True)
        self.satisfaction_chart.set_data(
            FIGURE_BY_KEY["satisfaction_rate"].name(lang), names, [r.value("satisfaction_rate") for r in rows],
            targets=[(t, f"{t:.0f}%") for t in sat_targets if t is not None],
            good=[r.figures["satisfaction_rate"].met for r in rows], maximum=100, unit="%")
        self.on_time_chart.set_data(
            FIGURE_BY_KEY["on_time_rate"].name(lang), names, [r.value("on_time_rate") for r in rows],
            targets=[(100.0, "100%")], good=[r.figures["on_time_rate"].met for r in rows], maximum=100, unit="%")
        # tickets never called (and dossiers taken in without a counter) have no counter to show
        counters = [r for r in self.counter_report.rows if r.group_key != "0"] if self.counter_report else []
        self.wait_chart.set_data(
            self.tr("Waiting time, 90% within (minutes), per counter"), [r.group_key for r in counters],
            [r.value("wait_p90") for r in counters])

    def _table(self) -> None:
        report, lang = self.report, self.lang
        assert report is not None
        rows = list(report.rows) or [report.total]
        self.table.setRowCount(len(rows))
        self.table.setHorizontalHeaderLabels([self.tr("Group"), self.tr("Days")]
                                             + [FIGURE_BY_KEY[k].name(lang) for k in COLUMNS])
        for i, r in enumerate(rows):
            cells = [r.label(lang), r.period_label(lang, report.period)] + [r.figures[k].display(lang) for k in COLUMNS]
            for col, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if col >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                    item.setToolTip(FIGURE_BY_KEY[COLUMNS[col - 2]].text(lang))
                self.table.setItem(i, col, item)
        self.table.resizeColumnsToContents()

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # ------------------------------------------------------------------ exports
    def export_path(self, suffix: str) -> Path:
        first, last = self.period_range()
        group = self.group_by()
        name = f"kpi-{first:%Y%m%d}-{last:%Y%m%d}" + (f"-{group}" if group else "") + suffix
        return Path(self.ctx.home) / "reports" / name

    def _export(self, suffix: str) -> None:
        report = self.report
        if report is None:
            self.show_message(self.tr("Show a report first, then export it."))
            return
        path, lang = self.export_path(suffix), self.lang
        writer = write_pdf if suffix == ".pdf" else write_xlsx

        def work() -> Path | str:
            try:
                return writer(report, path, lang)
            except KioskError as exc:
                return exc.message(lang)

        if not self.background:
            self._on_export_done(work())
            return
        run_in_background(work, self._on_export_done, self._on_report_failed, self)

    @Slot()
    def export_pdf(self) -> None:
        self._export(".pdf")

    @Slot()
    def export_xlsx(self) -> None:
        self._export(".xlsx")

    @Slot(object)
    def _on_export_done(self, result: object) -> None:
        if isinstance(result, Path):
            self.show_message(self.tr("Saved: %1").replace("%1", str(result)))
        else:
            self.show_message(str(result))
