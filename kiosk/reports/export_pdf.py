"""The KPI report as a PDF: headline figures with targets, the Decision 766 groups, charts drawn
with reportlab's own graphics, the breakdown, and the definition of every figure.

DejaVu Sans (bundled) prints every Vietnamese letter; reportlab's base fonts do not.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from kiosk.paths import font_path
from kiosk.reports.definitions import FIGURES, SECTIONS, TARGETS
from kiosk.reports.messages import ReportError, text
from kiosk.reports.model import KpiReport, KpiRow, fmt_number
from kiosk.timeutil import to_local

FONT, FONT_BOLD = "DejaVuSans", "DejaVuSans-Bold"
NAVY = colors.HexColor("#1f3a5f")
GOOD = colors.HexColor("#2e7d32")
BAD = colors.HexColor("#c62828")
GREY = colors.HexColor("#eceff1")
#: The columns of the breakdown table (the most asked-for figures; the XLSX has them all).
BREAKDOWN = ("tickets_issued", "tickets_served", "wait_p90", "satisfaction_rate", "dossiers_received",
             "dossiers_late", "on_time_rate", "digitization_rate", "online_payment_rate")
MAX_BARS = 31


@lru_cache(maxsize=1)
def register_fonts() -> None:
    """DejaVu Sans regular and bold, once per process."""
    from reportlab.lib.fonts import addMapping

    pdfmetrics.registerFont(TTFont(FONT, str(font_path(bold=False))))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(font_path(bold=True))))
    addMapping(FONT, 0, 0, FONT)
    addMapping(FONT, 1, 0, FONT_BOLD)
    addMapping(FONT, 0, 1, FONT)
    addMapping(FONT, 1, 1, FONT_BOLD)


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=FONT, fontSize=8.5, leading=11)
    return {
        "base": base,
        "small": ParagraphStyle("small", parent=base, fontSize=7.5, leading=9.5),
        "title": ParagraphStyle("title", parent=base, fontName=FONT_BOLD, fontSize=15, leading=19, textColor=NAVY),
        "h2": ParagraphStyle("h2", parent=base, fontName=FONT_BOLD, fontSize=11, leading=15, spaceBefore=8,
                             spaceAfter=4, textColor=NAVY),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8, leading=10),
        "cellb": ParagraphStyle("cellb", parent=base, fontName=FONT_BOLD, fontSize=8, leading=10),
    }


def _esc(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _table(data: list[list[Any]], widths: Sequence[float], header_rows: int = 1,
           extra: Sequence[tuple[Any, ...]] = ()) -> Table:
    table = Table(data, colWidths=list(widths), repeatRows=header_rows)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, 8),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), NAVY),
        ("TEXTCOLOR", (0, 0), (-1, header_rows - 1), colors.white),
        ("GRID", (0, 0), (-1, -1), 0.25, colors.grey),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        *extra,
    ]))
    return table


def _headline(report: KpiReport, lang: str, st: dict[str, ParagraphStyle], width: float) -> list[Any]:
    head = [Paragraph(f"<b>{text(k, lang)}</b>", ParagraphStyle("hd", parent=st["cell"], textColor=colors.white))
            for k in ("report_figure", "report_value", "report_target", "report_status", "report_definition")]
    data: list[list[Any]] = [head]
    extra: list[tuple[Any, ...]] = []
    section = ""
    for d in FIGURES:
        if d.section != section:
            section = d.section
            data.append([Paragraph(f"<b>{_esc(SECTIONS[section][lang if lang == 'en' else 'vi'])}</b>", st["cell"]),
                         "", "", "", ""])
            extra += [("SPAN", (0, len(data) - 1), (-1, len(data) - 1)),
                      ("BACKGROUND", (0, len(data) - 1), (-1, len(data) - 1), GREY)]
        f = report.figure(d.key)
        data.append([Paragraph(_esc(d.name(lang)), st["cellb"]), Paragraph(_esc(f.display(lang)), st["cell"]),
                     Paragraph(_esc(f.target_display(lang)), st["cell"]), Paragraph(_esc(f.status(lang)), st["cell"]),
                     Paragraph(_esc(d.text(lang)), st["small"])])
        if f.met is not None:
            extra.append(("TEXTCOLOR", (3, len(data) - 1), (3, len(data) - 1), GOOD if f.met else BAD))
    w = width
    return [_table(data, (0.2 * w, 0.1 * w, 0.08 * w, 0.08 * w, 0.54 * w), extra=extra)]


def _scores(report: KpiReport, lang: str, st: dict[str, ParagraphStyle], width: float) -> list[Any]:
    head = [Paragraph(f"<b>{text(k, lang)}</b>", ParagraphStyle("hd", parent=st["cell"], textColor=colors.white))
            for k in ("report_group", "report_max_points", "report_points", "report_definition")]
    data: list[list[Any]] = [head]
    for s in report.total.scores:
        data.append([Paragraph(_esc(s.rule.name(lang)), st["cellb"]), fmt_number(s.max_points, lang),
                     Paragraph(_esc(s.display(lang)), st["cell"]),
                     Paragraph(_esc(s.rule.text(lang) + f" ({text('report_source', lang)}: {s.rule.source})"),
                               st["small"])])
    got, of = report.total.measured_points()
    w = width
    return [_table(data, (0.2 * w, 0.1 * w, 0.2 * w, 0.5 * w)), Spacer(1, 2 * mm),
            Paragraph(_esc(text("report_measured_total", lang,
                                {"points": fmt_number(got, lang, 1), "of": fmt_number(of, lang)})), st["base"])]


def _chart_rows(report: KpiReport) -> list[KpiRow]:
    return list(report.rows[:MAX_BARS]) if report.rows else [report.total]


def _bar_label(report: KpiReport, row: KpiRow, lang: str) -> str:
    if report.rows and report.group_by and report.period:
        return f"{row.period_key} {row.group_key}"
    if report.group_by:
        return row.label(lang)[:24] if report.group_by != "counter" else row.group_key
    if report.period:
        return row.period_key
    return row.label(lang)[:24]


def bar_chart(title: str, labels: Sequence[str], values: Sequence[float | None], *, width: float,
              height: float = 54 * mm, targets: Sequence[tuple[float, str]] = (),
              good: Sequence[bool | None] = (), value_max: float | None = None, unit: str = "",
              lang: str = "vi") -> Drawing:
    """A bar per value (None drawn as nothing), with horizontal target lines and their labels."""
    drawing = Drawing(width, height)
    drawing.add(String(0, height - 10, title, fontName=FONT_BOLD, fontSize=9, fillColor=NAVY))
    chart = VerticalBarChart()
    chart.x, chart.y = 30, 34
    chart.width, chart.height = width - 60, height - 56
    chart.data = [[v if v is not None else 0.0 for v in values]]
    top = value_max if value_max is not None else max([v for v in values if v is not None] + [1.0]) * 1.15
    chart.valueAxis.valueMin, chart.valueAxis.valueMax = 0, top
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.categoryAxis.categoryNames = [str(x) for x in labels]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 6.5
    slanted = len(labels) > 6 and max((len(x) for x in labels), default=0) > 3
    chart.categoryAxis.labels.angle = 30 if slanted else 0
    chart.categoryAxis.labels.boxAnchor = "ne" if slanted else "n"
    chart.bars[0].fillColor = NAVY
    chart.bars[0].strokeColor = None
    for i, ok in enumerate(good):
        if ok is not None:
            chart.bars[(0, i)].fillColor = GOOD if ok else BAD
    decimals = 1 if unit == "%" else 0
    chart.barLabelFormat = lambda v: fmt_number(v, lang, decimals) + unit
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 6
    chart.barLabels.nudge = 6
    drawing.add(chart)
    for value, label in targets:
        y = chart.y + chart.height * value / top
        drawing.add(Line(chart.x, y, chart.x + chart.width, y, strokeColor=colors.HexColor("#ef6c00"),
                         strokeWidth=1, strokeDashArray=[3, 2]))
        drawing.add(String(chart.x + chart.width + 2, y - 3, label, fontName=FONT, fontSize=7,
                           fillColor=colors.HexColor("#ef6c00")))
    return drawing


def _charts(report: KpiReport, lang: str, width: float) -> list[Any]:
    rows = _chart_rows(report)
    labels = [_bar_label(report, r, lang) for r in rows]
    sat = [r.value("satisfaction_rate") for r in rows]
    # the 90% of land, construction and investment only where the bars are fields
    targets = sorted({t.value for t in TARGETS if t.figure == "satisfaction_rate" and t.in_force(report.date_to)
                      and (not t.fields or (report.group_by == "field" and bool(report.rows)))}, reverse=True)
    out: list[Any] = [bar_chart(text("report_chart_satisfaction", lang), labels, sat, width=width, value_max=100,
                                targets=[(t, f"{t:.0f}%") for t in targets],
                                good=[r.figures["satisfaction_rate"].met for r in rows], unit="%",
                                lang=lang)]
    on_time = [r.value("on_time_rate") for r in rows]
    out.append(bar_chart(text("report_chart_on_time", lang), labels, on_time, width=width, value_max=100,
                         targets=[(100.0, "100%")], good=[r.figures["on_time_rate"].met for r in rows], unit="%",
                         lang=lang))
    out.append(bar_chart(text("report_chart_wait", lang), labels, [r.value("wait_p90") for r in rows], width=width,
                         lang=lang))
    return out


def _breakdown(report: KpiReport, lang: str, st: dict[str, ParagraphStyle], width: float) -> list[Any]:
    by = {d.key: d for d in FIGURES}
    hd = ParagraphStyle("hd", parent=st["small"], textColor=colors.white)
    head: list[Any] = [Paragraph(f"<b>{text('report_period_col', lang)}</b>", hd),
                       Paragraph(f"<b>{text('report_group', lang)}</b>", hd)]
    head += [Paragraph(f"<b>{_esc(by[k].name(lang))}</b>", hd) for k in BREAKDOWN]
    data: list[list[Any]] = [head]
    extra: list[tuple[Any, ...]] = []
    for r in report.rows:
        cells: list[Any] = [Paragraph(_esc(r.period_label(lang, report.period)), st["small"]),
                            Paragraph(_esc(r.label(lang)), st["small"])]
        for col, key in enumerate(BREAKDOWN, start=2):
            f = r.figures[key]
            cells.append(f.display(lang))
            if f.met is not None:
                extra.append(("TEXTCOLOR", (col, len(data)), (col, len(data)), GOOD if f.met else BAD))
        data.append(cells)
    first = 0.13 * width
    rest = (width - 2 * first) / len(BREAKDOWN)
    return [_table(data, [first, first] + [rest] * len(BREAKDOWN), extra=[("FONT", (2, 1), (-1, -1), FONT, 7),
                                                                          ("ALIGN", (2, 1), (-1, -1), "RIGHT"),
                                                                          *extra])]


def _definitions(lang: str, st: dict[str, ParagraphStyle], width: float) -> list[Any]:
    out: list[Any] = []
    for d in FIGURES:
        line = f"<b>{_esc(d.name(lang))}</b> — {_esc(d.text(lang))}"
        sources = sorted({t.source for t in TARGETS if t.figure == d.key})
        if sources:
            line += f" <i>{text('report_target', lang)}: " + "; ".join(
                f"{_target_words(d.key, lang)} ({_esc(src)})" for src in sources[:1]) + "</i>"
        out.append(Paragraph(line, st["small"]))
        out.append(Spacer(1, 1.2 * mm))
    return out


def _target_words(key: str, lang: str) -> str:
    parts = []
    for t in TARGETS:
        if t.figure != key:
            continue
        when = ""
        if t.valid_from or t.valid_to:
            start = f"{t.valid_from:%d/%m/%Y}" if t.valid_from else "…"
            end = f"{t.valid_to:%d/%m/%Y}" if t.valid_to else "…"
            when = f" {start}–{end}"
        where = f" [{', '.join(t.fields)}]" if t.fields else ""
        parts.append(f"≥ {t.value:.0f}%{where}{when}")
    return ", ".join(parts)


def render_pdf(report: KpiReport, lang: str = "vi") -> bytes:
    """The report as PDF bytes."""
    import io

    register_fonts()
    st = _styles()
    buf = io.BytesIO()
    page = landscape(A4) if (report.rows and len(BREAKDOWN) > 6) else A4
    doc = SimpleDocTemplate(buf, pagesize=page, leftMargin=14 * mm, rightMargin=14 * mm, topMargin=12 * mm,
                            bottomMargin=14 * mm, title=text("report_title", lang),
                            author=report.center_name.get(lang) or report.center_code)
    width = page[0] - 28 * mm
    lg = "en" if lang == "en" else "vi"
    story: list[Any] = [
        Paragraph(_esc(report.center_name.get(lg, report.center_code)), st["base"]),
        Paragraph(text("report_title", lang), st["title"]),
        Paragraph(_esc(text("report_period", lang, {"date_from": f"{report.date_from:%d/%m/%Y}",
                                                     "date_to": f"{report.date_to:%d/%m/%Y}"})), st["base"]),
        Paragraph(_esc(report.cutoff_words(lang)) + " · " + _esc(text("report_grouping", lang,
                                                                          {"grouping": report.grouping_words(lang)})),
                  st["base"]),
        Spacer(1, 3 * mm),
        *_headline(report, lang, st, width),
        KeepTogether([Paragraph(_esc(SECTIONS["score766"][lg]), st["h2"]), *_scores(report, lang, st, width)]),
    ]
    charts = _charts(report, lang, width)
    story.append(PageBreak())
    for chart in charts:
        story += [chart, Spacer(1, 3 * mm)]
    if report.rows:
        story += [PageBreak(), Paragraph(_esc(text("report_grouping", lang, {"grouping": report.grouping_words(lang)})),
                                         st["h2"]),
                  *_breakdown(report, lang, st, width)]
    story += [PageBreak(), Paragraph(_esc(text("report_definitions", lang)), st["h2"]), *_definitions(lang, st, width)]

    generated = to_local(report.generated_at).strftime("%H:%M %d/%m/%Y")

    def footer(canvas: Any, document: Any) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 7)
        canvas.drawString(14 * mm, 8 * mm, f"{report.center_code} · {generated}")
        canvas.drawRightString(page[0] - 14 * mm, 8 * mm, text("report_page", lang, {"page": document.page}))
        canvas.restoreState()

    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buf.getvalue()


def write_atomic(path: Path, data: bytes) -> Path:
    """Replace ``path`` with ``data`` whole or not at all (beside it, flushed, renamed).

    Raises:
        ReportError: The file could not be written (the folder, the disk).
    """
    import os

    path = Path(path)
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ReportError("report_not_written", path=str(path), detail=exc.strerror or str(exc)) from exc
    return path


def write_pdf(report: KpiReport, path: Path, lang: str = "vi") -> Path:
    """Write the report as PDF at ``path`` (replaced whole, or not at all).

    Raises:
        ReportError: The file could not be written (the folder, the disk).
    """
    return write_atomic(Path(path), render_pdf(report, lang))
