"""The KPI report as a spreadsheet (openpyxl): one sheet of the figures with their definitions and
targets, the Decision 766 groups, one sheet for the breakdown (period × group), one of definitions.

Values are numbers (percent as 0–100, times in minutes), so that a manager can chart them again.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from kiosk.reports.definitions import FIGURES, GROUPING_NAMES, PERIOD_NAMES, SECTIONS
from kiosk.reports.export_pdf import write_atomic
from kiosk.reports.messages import text
from kiosk.reports.model import KpiReport

HEADER_FILL = PatternFill("solid", fgColor="1F3A5F")
SECTION_FILL = PatternFill("solid", fgColor="ECEFF1")
WHITE_BOLD = Font(bold=True, color="FFFFFF")
UNITS = {"count": {"vi": "số", "en": "count"}, "percent": {"vi": "%", "en": "%"},
         "minutes": {"vi": "phút", "en": "minutes"}, "points": {"vi": "điểm", "en": "points"}}
#: Sheet names (31 characters at most, no ``/``).
SHEETS = {"figures": {"vi": "Chỉ số", "en": "Figures"}, "definitions": {"vi": "Định nghĩa", "en": "Definitions"}}


def _header(ws: Any, row: int, values: list[str]) -> None:
    for col, value in enumerate(values, start=1):
        cell = ws.cell(row=row, column=col, value=value)
        cell.font = WHITE_BOLD
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center")


def _widths(ws: Any, widths: list[int]) -> None:
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def _value(v: float | None) -> float | None:
    return None if v is None else round(float(v), 2)


def render_xlsx(report: KpiReport, lang: str = "vi") -> bytes:
    """The report as XLSX bytes."""
    lg = "en" if lang == "en" else "vi"
    wb = Workbook()
    ws = wb.active
    ws.title = SHEETS["figures"][lg]
    ws.append([report.center_name.get(lg, report.center_code)])
    ws.append([text("report_title", lang)])
    ws["A2"].font = Font(bold=True, size=14)
    ws.append([text("report_period", lang, {"date_from": f"{report.date_from:%d/%m/%Y}",
                                             "date_to": f"{report.date_to:%d/%m/%Y}"})])
    ws.append([report.cutoff_words(lang)])
    ws.append([])
    _header(ws, 6, [text("report_figure", lang), text("report_value", lang), "", text("report_target", lang),
                    text("report_status", lang), text("report_definition", lang), text("report_source", lang)])
    ws.cell(row=6, column=3, value="unit" if lg == "en" else "đơn vị")
    section = ""
    for d in FIGURES:
        if d.section != section:
            section = d.section
            ws.append([SECTIONS[section][lg]])
            for col in range(1, 8):
                ws.cell(row=ws.max_row, column=col).fill = SECTION_FILL
            ws.cell(row=ws.max_row, column=1).font = Font(bold=True)
        f = report.figure(d.key)
        ws.append([d.name(lang), _value(f.value), UNITS[d.unit][lg], f.target, f.status(lang), d.text(lang),
                   f.target_source or None])
        ws.cell(row=ws.max_row, column=6).alignment = Alignment(wrap_text=True, vertical="top")
    ws.append([])
    ws.append([SECTIONS["score766"][lg]])
    ws.cell(row=ws.max_row, column=1).font = Font(bold=True)
    _header(ws, ws.max_row + 1, [text("report_group", lang), text("report_points", lang),
                                 text("report_max_points", lang), "", "", text("report_definition", lang),
                                 text("report_source", lang)])
    for s in report.total.scores:
        ws.append([s.rule.name(lang), s.points if s.measurable else s.display(lang), s.max_points, None, None,
                   s.rule.text(lang), s.rule.source])
        ws.cell(row=ws.max_row, column=6).alignment = Alignment(wrap_text=True, vertical="top")
    _widths(ws, [38, 14, 9, 10, 10, 90, 40])

    if report.rows:
        name = (f"{PERIOD_NAMES[report.period][lg]} " if report.period else "") + \
               (GROUPING_NAMES[report.group_by][lg] if report.group_by else "")
        ws2 = wb.create_sheet(name.strip()[:31] or "rows")
        _header(ws2, 1, [text("report_period_col", lang), "", text("report_group", lang), ""]
                + [f"{d.name(lang)} ({UNITS[d.unit][lg]})" for d in FIGURES])
        ws2.cell(row=1, column=2, value="from" if lg == "en" else "từ ngày")
        ws2.cell(row=1, column=4, value="code" if lg == "en" else "mã")
        for r in report.rows:
            ws2.append([r.period_label(lang, report.period), r.first, r.label(lang), r.group_key or None]
                       + [_value(r.figures[d.key].value) for d in FIGURES])
            ws2.cell(row=ws2.max_row, column=2).number_format = "DD/MM/YYYY"
        ws2.freeze_panes = "E2"
        ws2.row_dimensions[1].height = 60
        _widths(ws2, [22, 12, 28, 10] + [14] * len(FIGURES))

    ws3 = wb.create_sheet(SHEETS["definitions"][lg])
    _header(ws3, 1, ["key", "Chỉ số", "Figure", "Định nghĩa", "Definition", "đơn vị / unit"])
    for d in FIGURES:
        ws3.append([d.key, d.name_vi, d.name_en, d.text("vi"), d.text("en"), d.unit])
        for col in (4, 5):
            ws3.cell(row=ws3.max_row, column=col).alignment = Alignment(wrap_text=True, vertical="top")
    _widths(ws3, [22, 30, 30, 80, 80, 10])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def write_xlsx(report: KpiReport, path: Path, lang: str = "vi") -> Path:
    """Write the report as XLSX at ``path`` (replaced whole, or not at all).

    Raises:
        ReportError: The file could not be written.
    """
    return write_atomic(Path(path), render_xlsx(report, lang))
