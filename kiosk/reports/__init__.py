"""The KPI report of a center: queue, satisfaction, dossiers, complaints, online payment and the
Decision 766 index as far as this terminal's data measures it; exported as PDF and XLSX.

Typical use::

    from kiosk.reports import kpi_report, write_pdf, write_xlsx
    report = kpi_report(ctx.store, ctx.config, dt.date(2025, 1, 1), dt.date(2025, 12, 31),
                        group_by="field", period="month")
    write_pdf(report, path, lang="vi")

What each figure counts, the targets and the thresholds live in
:mod:`kiosk.reports.definitions` (data, with sources and periods). The package knows no Qt.
"""

from pathlib import Path

from kiosk.reports.computation import MAX_DAYS, bucket_key, buckets, check_request, kpi_report
from kiosk.reports.definitions import (
    DEFINITIONS_VERSION,
    FIGURE_BY_KEY,
    FIGURES,
    GROUPINGS,
    PERIODS,
    SCORE_RULES,
    TARGETS,
    Definition,
    ScoreRule,
    Target,
    target_for,
)
from kiosk.reports.messages import MESSAGES, ReportError
from kiosk.reports.model import Figure, KpiReport, KpiRow, Score, fmt_number


def write_pdf(report: KpiReport, path: Path, lang: str = "vi") -> Path:
    """The report as a PDF at ``path`` (reportlab is imported on first use)."""
    from kiosk.reports.export_pdf import write_pdf as write

    return write(report, path, lang)


def write_xlsx(report: KpiReport, path: Path, lang: str = "vi") -> Path:
    """The report as an XLSX workbook at ``path`` (openpyxl is imported on first use)."""
    from kiosk.reports.export_xlsx import write_xlsx as write

    return write(report, path, lang)


__all__ = [
    "DEFINITIONS_VERSION",
    "FIGURES",
    "FIGURE_BY_KEY",
    "GROUPINGS",
    "MAX_DAYS",
    "MESSAGES",
    "PERIODS",
    "SCORE_RULES",
    "TARGETS",
    "Definition",
    "Figure",
    "KpiReport",
    "KpiRow",
    "ReportError",
    "Score",
    "ScoreRule",
    "Target",
    "bucket_key",
    "buckets",
    "check_request",
    "fmt_number",
    "kpi_report",
    "target_for",
    "write_pdf",
    "write_xlsx",
]
