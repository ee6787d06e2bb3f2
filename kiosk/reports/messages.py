"""What the KPI report says to a person, in Vietnamese and English.

The sentences live here rather than in :mod:`kiosk.messages` so that the reports package stays
self-contained (as :mod:`kiosk.catalog.errors` does); a test checks both languages carry the same
placeholders.
"""

from __future__ import annotations

from collections.abc import Mapping

from kiosk.errors import KioskError

MESSAGES: dict[str, dict[str, str]] = {
    "report_bad_period": {
        "vi": "Kỳ báo cáo không hợp lệ: ngày kết thúc {date_to} trước ngày bắt đầu {date_from}. "
              "Hãy chọn ngày kết thúc từ ngày bắt đầu trở đi.",
        "en": "The report period is not valid: it ends on {date_to}, before it starts on {date_from}. "
              "Choose an end date on or after the start date.",
    },
    "report_period_too_long": {
        "vi": "Kỳ báo cáo dài {days} ngày, quá {limit} ngày cho phép. Hãy chọn kỳ ngắn hơn.",
        "en": "The report period is {days} days long, more than the {limit} allowed. Choose a shorter period.",
    },
    "report_unknown_group_by": {
        "vi": "Không thể nhóm báo cáo theo “{value}”. Chỉ chọn một trong: {known}.",
        "en": "The report cannot be grouped by “{value}”. Choose one of: {known}.",
    },
    "report_unknown_period": {
        "vi": "Không có loại kỳ “{value}”. Chỉ chọn một trong: {known}.",
        "en": "There is no period kind “{value}”. Choose one of: {known}.",
    },
    "report_not_written": {
        "vi": "Không ghi được báo cáo vào “{path}” ({detail}). Hãy kiểm tra thư mục và chỗ trống trên đĩa rồi thử lại.",
        "en": "The report could not be written to “{path}” ({detail}). Check the folder and the free disk space, then try again.",
    },
    # words of the printouts
    "report_title": {"vi": "BÁO CÁO CHỈ SỐ PHỤC VỤ", "en": "SERVICE KPI REPORT"},
    "report_period": {"vi": "Kỳ báo cáo: {date_from} – {date_to}", "en": "Period: {date_from} – {date_to}"},
    "report_cutoff": {"vi": "Số liệu chốt lúc {moment}", "en": "Figures as of {moment}"},
    "report_grouping": {"vi": "Nhóm theo: {grouping}", "en": "Grouped by: {grouping}"},
    "report_figure": {"vi": "Chỉ số", "en": "Figure"},
    "report_value": {"vi": "Giá trị", "en": "Value"},
    "report_target": {"vi": "Chỉ tiêu", "en": "Target"},
    "report_status": {"vi": "Đánh giá", "en": "Status"},
    "report_definition": {"vi": "Định nghĩa", "en": "Definition"},
    "report_source": {"vi": "Nguồn", "en": "Source"},
    "report_met": {"vi": "Đạt", "en": "Met"},
    "report_not_met": {"vi": "Chưa đạt", "en": "Not met"},
    "report_points": {"vi": "Điểm", "en": "Points"},
    "report_max_points": {"vi": "Điểm tối đa", "en": "Maximum"},
    "report_group": {"vi": "Nhóm", "en": "Group"},
    "report_period_col": {"vi": "Kỳ", "en": "Period"},
    "report_measured_total": {
        "vi": "Tổng điểm đo được: {points} / {of} (các nhóm còn lại không đo được từ dữ liệu của máy này)",
        "en": "Measurable points: {points} of {of} (the other groups cannot be measured from this terminal's data)",
    },
    "report_definitions": {"vi": "Định nghĩa các chỉ số", "en": "Definitions of the figures"},
    "report_chart_satisfaction": {
        "vi": "Tỷ lệ hài lòng (%) và chỉ tiêu", "en": "Satisfaction rate (%) and targets"},
    "report_chart_on_time": {"vi": "Tỷ lệ giải quyết đúng hạn (%)", "en": "On-time rate (%)"},
    "report_chart_wait": {
        "vi": "Thời gian chờ, 90% công dân không quá (phút)", "en": "Waiting time, 90% within (minutes)"},
    "report_unit_minutes": {"vi": "phút", "en": "min"},
    "report_no_data": {"vi": "không có số liệu", "en": "no data"},
    "report_not_split": {"vi": "không chia theo nhóm", "en": "not split by group"},
    "report_page": {"vi": "Trang {page}", "en": "Page {page}"},
}


def text(key: str, lang: str = "vi", params: Mapping[str, object] | None = None) -> str:
    """The sentence ``key`` in ``lang`` (Vietnamese when unknown), placeholders filled."""
    entry = MESSAGES[key]
    return (entry.get(lang) or entry["vi"]).format(**(params or {}))


class ReportError(KioskError):
    """A report that cannot be made as asked (its period, its grouping) or written."""

    exit_code = 10

    def message(self, lang: str = "vi") -> str:
        """The sentence in ``lang`` (Vietnamese when unknown)."""
        return text(self.key, lang, self.params)

    @property
    def message_vi(self) -> str:
        return self.message("vi")

    @property
    def message_en(self) -> str:
        return self.message("en")
