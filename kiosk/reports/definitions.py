"""What every figure of the KPI report counts, the targets it is compared with, and how the groups
of Decision 766 are scored: data, in one place, with sources and periods (DOMAIN.md).

Nothing here computes; :mod:`kiosk.reports.computation` reads these tables. A new directive
(another target, another threshold, a new period) is a new row, not an ``if`` in the code.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

#: Bumped whenever a definition below changes what is counted: the cached daily figures are then
#: computed again from the records (kiosk.reports.cache).
DEFINITIONS_VERSION = 1

#: Fields whose satisfaction target is lower (Directive 16-CT/TU): land, construction, investment
#: (the field codes of the sample catalog).
HARD_FIELDS = ("datdai", "xaydung", "dautu")

DIRECTIVE_16 = "Chỉ thị 16-CT/TU (Bình Phước, 2022), DOMAIN.md"
DECISION_766 = "Quyết định 766/QĐ-TTg ngày 23/6/2022, DOMAIN.md"
UNCONFIRMED = {"vi": "ngưỡng chưa được xác nhận, cấu hình được", "en": "threshold unconfirmed, configurable"}

#: Ticket statuses whose waiting time counts: the ticket was called (whatever happened next).
CALLED_STATUSES = ("serving", "done", "no_show", "parked")
#: Dossier states that end a dossier without a result: neither in processing nor finished.
ENDED_STATES = ("withdrawn", "stopped")
#: Dossier states still in the agencies' hands whose appointment can pass (a supplement request
#: stops the clock, so a dossier waiting for papers is not late).
OPEN_STATES = ("received", "processing", "awaiting_fees")


@dataclass(frozen=True)
class Definition:
    """One figure: its name, unit and what it counts, in Vietnamese and English.

    Attributes:
        key: Stable identifier (JSON, spreadsheet, tests).
        section: ``queue``, ``satisfaction``, ``dossiers``, ``feedback``, ``payment``.
        unit: ``count``, ``percent``, ``minutes`` or ``points``.
        name_vi, name_en: The figure's name.
        counted_vi, counted_en: What is counted (the formula for a rate).
        excluded_vi, excluded_en: What is not counted.
    """

    key: str
    section: str
    unit: str
    name_vi: str
    name_en: str
    counted_vi: str
    counted_en: str
    excluded_vi: str = ""
    excluded_en: str = ""

    def name(self, lang: str = "vi") -> str:
        return self.name_en if lang == "en" else self.name_vi

    def counted(self, lang: str = "vi") -> str:
        return self.counted_en if lang == "en" else self.counted_vi

    def excluded(self, lang: str = "vi") -> str:
        return self.excluded_en if lang == "en" else self.excluded_vi

    def text(self, lang: str = "vi") -> str:
        """The whole definition as one paragraph: what is counted, then what is not."""
        out = self.counted(lang)
        if self.excluded(lang):
            out += (" Không tính: " if lang != "en" else " Not counted: ") + self.excluded(lang)
        return out


_D = Definition
FIGURES: tuple[Definition, ...] = (
    # --- queue
    _D("tickets_issued", "queue", "count", "Số phiếu thứ tự đã cấp", "Queue tickets issued",
       "Mọi số thứ tự đã cấp, tính theo ngày (giờ Việt Nam) công dân lấy số, dù sau đó được phục vụ, "
       "vắng mặt hay còn chờ.",
       "Every queue number issued, by the local (Viet Nam) day it was taken, whether it was then "
       "served, absent or still waiting.",
       "số đã in lại (bản in lại không phải số mới).", "reprints (a reprint is not a new number)."),
    _D("tickets_served", "queue", "count", "Số lượt đã phục vụ xong", "Tickets served",
       "Số thứ tự được cán bộ bấm “xong” tại quầy (trạng thái đã phục vụ).",
       "Tickets an officer finished at a counter (status done).",
       "số vắng mặt, số còn chờ, đang phục vụ hoặc đang tạm gác.",
       "no-shows, tickets still waiting, being served or set aside."),
    _D("tickets_no_show", "queue", "count", "Số lượt vắng mặt", "No-shows",
       "Số thứ tự đã được gọi nhưng công dân không đến quầy (cán bộ đánh dấu vắng mặt).",
       "Tickets called whose holder did not come to the counter (marked absent by the officer).",
       "số chưa được gọi.", "tickets never called."),
    _D("wait_mean", "queue", "minutes", "Thời gian chờ trung bình", "Mean waiting time",
       "Từ lúc lấy số đến lần gọi cuối cùng, trung bình trên các số đã được gọi (đã phục vụ, vắng "
       "mặt, đang phục vụ hoặc tạm gác); tính bằng phút.",
       "From taking the number to its last call, averaged over the tickets called (served, absent, "
       "being served or set aside); in minutes.",
       "số chưa được gọi; số chuyển quầy được tính cả thời gian trước khi chuyển.",
       "tickets never called; a transferred ticket counts its whole wait up to its last call."),
    _D("wait_p90", "queue", "minutes", "Thời gian chờ: 90% công dân không quá",
       "Waiting time: 90% of citizens within",
       "Phân vị 90 (hạng gần nhất) của cùng các thời gian chờ, mỗi thời gian làm tròn lên đến phút: "
       "90% công dân được gọi trong vòng số phút này.",
       "The 90th percentile (nearest rank) of the same waiting times, each rounded up to the whole "
       "minute: 90% of citizens were called within this many minutes.",
       "số chưa được gọi.", "tickets never called."),
    _D("service_mean", "queue", "minutes", "Thời gian phục vụ trung bình", "Mean service time",
       "Từ lúc gọi đến lúc cán bộ bấm “xong”, trung bình trên các số đã phục vụ xong; tính bằng phút.",
       "From the call to the officer finishing, averaged over the tickets served; in minutes.",
       "số vắng mặt và số chưa xong.", "no-shows and tickets not finished."),
    _D("service_p90", "queue", "minutes", "Thời gian phục vụ: 90% lượt không quá",
       "Service time: 90% of visits within",
       "Phân vị 90 (hạng gần nhất) của cùng các thời gian phục vụ, mỗi thời gian làm tròn lên đến phút.",
       "The 90th percentile (nearest rank) of the same service times, each rounded up to the whole "
       "minute.",
       "số vắng mặt và số chưa xong.", "no-shows and tickets not finished."),
    # --- satisfaction
    _D("ratings_total", "satisfaction", "count", "Số lượt đánh giá", "Ratings",
       "Mọi lượt đánh giá mức độ hài lòng (bàn phím tại quầy hoặc kiosk), theo ngày đánh giá.",
       "Every satisfaction rating (counter keypad or kiosk), by the day it was given.",
       "phiếu đánh giá chi tiết 11 chỉ số (tính riêng).",
       "the eleven-indicator dossier evaluations (counted separately)."),
    _D("ratings_very", "satisfaction", "count", "Rất hài lòng", "Very satisfied",
       "Lượt đánh giá ở mức cao nhất của thang (3 hoặc 5 mức).",
       "Ratings at the top level of their scale (3 or 5 levels)."),
    _D("ratings_satisfied", "satisfaction", "count", "Hài lòng", "Satisfied",
       "Lượt đánh giá ở mức thứ hai từ trên xuống của thang (3 hoặc 5 mức).",
       "Ratings at the second level from the top of their scale (3 or 5 levels)."),
    _D("ratings_unsatisfied", "satisfaction", "count", "Không hài lòng", "Not satisfied",
       "Các mức còn lại: “Không hài lòng” của thang 3 mức; “Bình thường”, “Không hài lòng” và "
       "“Rất không hài lòng” của thang 5 mức.",
       "All other levels: “Not satisfied” on the 3-level scale; “Neutral”, “Not satisfied” and "
       "“Very dissatisfied” on the 5-level scale."),
    _D("satisfaction_rate", "satisfaction", "percent", "Tỷ lệ hài lòng", "Satisfaction rate",
       "(Rất hài lòng + Hài lòng) / tổng số lượt đánh giá × 100. So với chỉ tiêu 95%, riêng lĩnh "
       "vực đất đai, xây dựng, đầu tư 90%.",
       "(Very satisfied + Satisfied) / all ratings × 100. Compared with the 95% target, 90% for "
       "land, construction and investment.",
       "khi không có lượt đánh giá nào, tỷ lệ để trống.", "with no rating, the rate is left empty."),
    # --- dossiers
    _D("dossiers_received", "dossiers", "count", "Hồ sơ tiếp nhận", "Dossiers received",
       "Hồ sơ đủ điều kiện được tiếp nhận (đã cấp giấy tiếp nhận, mẫu 01), theo ngày tiếp nhận.",
       "Dossiers received as complete (receipt and appointment issued, form 01), by the day received.",
       "hồ sơ phải bổ sung (mẫu 02), bị từ chối (mẫu 03) và hồ sơ nhập nhầm đã hủy.",
       "dossiers to be completed (form 02), refused (form 03) and entries cancelled as mistakes."),
    _D("dossiers_finished", "dossiers", "count", "Hồ sơ đã giải quyết", "Dossiers finished",
       "Hồ sơ có kết quả (đã xử lý xong hoặc đã trả) trong kỳ, theo ngày có kết quả: sớm hạn + đúng "
       "hạn + trễ hạn.",
       "Dossiers with a result (result ready or returned) in the period, by the day of the result: "
       "early + on time + late.",
       "hồ sơ không có ngày hẹn trả.", "dossiers without an appointment date."),
    _D("dossiers_early", "dossiers", "count", "Giải quyết trước hạn", "Finished early",
       "Hồ sơ có kết quả vào một ngày trước ngày hẹn trả (so theo ngày, không theo giờ).",
       "Dossiers finished on a date before their appointment date (compared by date, not by minute)."),
    _D("dossiers_on_time", "dossiers", "count", "Giải quyết đúng hạn", "Finished on time",
       "Hồ sơ có kết quả đúng ngày hẹn trả.", "Dossiers finished on their appointment date."),
    _D("dossiers_late", "dossiers", "count", "Giải quyết quá hạn", "Finished late",
       "Hồ sơ có kết quả sau ngày hẹn trả (ngày hẹn đang có hiệu lực, kể cả ngày hẹn lại theo mẫu 04).",
       "Dossiers finished after their appointment date (the appointment in force, a new date set "
       "with form 04 included)."),
    _D("dossiers_overdue_open", "dossiers", "count", "Đang giải quyết, đã quá hạn",
       "In processing, past due",
       "Hồ sơ đã tiếp nhận, chưa có kết quả tại thời điểm chốt số liệu (cuối kỳ, hoặc bây giờ nếu kỳ "
       "chưa hết) mà ngày hẹn trả đã qua; tính cả hồ sơ tiếp nhận trước kỳ.",
       "Dossiers received and without a result at the cut-off (the end of the period, or now if it "
       "has not ended) whose appointment date has passed; dossiers received before the period included.",
       "hồ sơ đang chờ công dân bổ sung (đồng hồ dừng), đã rút, dừng xử lý hoặc đã hủy.",
       "dossiers waiting for the citizen's papers (the clock stops), withdrawn, stopped or cancelled."),
    _D("on_time_rate", "dossiers", "percent", "Tỷ lệ giải quyết đúng hạn", "On-time rate",
       "(Trước hạn + đúng hạn) / hồ sơ đã giải quyết × 100; bằng 100 khi trong kỳ không có hồ sơ "
       "nào được giải quyết.",
       "(Early + on time) / dossiers finished × 100; 100 when no dossier was finished in the period.",
       "hồ sơ chưa có kết quả (xem “đang giải quyết, đã quá hạn”).",
       "dossiers without a result yet (see “in processing, past due”)."),
    _D("digitization_rate", "dossiers", "percent", "Tỷ lệ số hóa hồ sơ", "Digitization rate",
       "Hồ sơ tiếp nhận trong kỳ mà mọi thành phần đã nhận đều có tệp quét / hồ sơ tiếp nhận × 100. "
       "Hồ sơ không có thành phần giấy nào được tính là đã số hóa (không còn gì trên giấy).",
       "Dossiers received in the period whose every component received has its scanned file / "
       "dossiers received × 100. A dossier with no paper component counts as digitized (nothing is "
       "left on paper).",
       "thành phần không nộp (không có gì để quét).", "components not brought (nothing to scan)."),
    # --- payment
    _D("dossiers_with_fees", "payment", "count", "Hồ sơ có phí, lệ phí", "Dossiers with fees",
       "Hồ sơ tiếp nhận trong kỳ có phí hoặc lệ phí lớn hơn 0.",
       "Dossiers received in the period with a fee above zero.",
       "hồ sơ miễn phí.", "free dossiers."),
    _D("dossiers_paid_online", "payment", "count", "Hồ sơ thanh toán trực tuyến", "Dossiers paid online",
       "Hồ sơ có phí, lệ phí đã thanh toán qua kênh trực tuyến (VietQR, cổng dịch vụ công).",
       "Dossiers with fees paid through an online channel (VietQR, public service portal).",
       "hồ sơ nộp tiền mặt hoặc thẻ tại quầy; hồ sơ chưa thanh toán.",
       "fees paid in cash or by card at the counter; fees not paid yet."),
    _D("online_payment_rate", "payment", "percent", "Tỷ lệ thanh toán trực tuyến", "Online payment rate",
       "Hồ sơ thanh toán trực tuyến / hồ sơ có phí, lệ phí × 100 (hồ sơ tiếp nhận trong kỳ).",
       "Dossiers paid online / dossiers with fees × 100 (dossiers received in the period).",
       "khi không có hồ sơ có phí, tỷ lệ để trống.", "with no dossier with fees, the rate is left empty."),
    # --- complaints and suggestions
    _D("feedback_received", "feedback", "count", "Phản ánh, kiến nghị tiếp nhận",
       "Complaints and suggestions received",
       "Phản ánh, kiến nghị tiếp nhận trong kỳ, theo ngày tiếp nhận (cả trung tâm: không chia theo "
       "lĩnh vực, quầy hay cán bộ).",
       "Complaints and suggestions received in the period, by the day received (the whole center: "
       "not split by field, counter or officer)."),
    _D("feedback_on_time", "feedback", "count", "Phản ánh xử lý đúng hạn", "Handled on time",
       "Phản ánh tiếp nhận trong kỳ đã được trả lời hoặc kết thúc không muộn hơn hạn xử lý.",
       "Complaints received in the period answered or closed by their due time."),
    _D("feedback_overdue", "feedback", "count", "Phản ánh quá hạn", "Overdue",
       "Phản ánh tiếp nhận trong kỳ được trả lời sau hạn, hoặc chưa trả lời khi hạn đã qua tại thời "
       "điểm chốt số liệu.",
       "Complaints received in the period answered after their due time, or not answered when the "
       "due time had passed at the cut-off.",
       "phản ánh chưa trả lời nhưng chưa đến hạn.", "complaints not answered yet whose due time is still ahead."),
    _D("feedback_on_time_rate", "feedback", "percent", "Tỷ lệ phản ánh xử lý đúng hạn",
       "Complaints handled on time",
       "Xử lý đúng hạn / (xử lý đúng hạn + quá hạn) × 100; bằng 100 khi không có phản ánh nào đã "
       "xử lý hoặc quá hạn.",
       "Handled on time / (handled on time + overdue) × 100; 100 when none was handled or overdue.",
       "phản ánh chưa đến hạn.", "complaints not due yet."),
)

FIGURE_BY_KEY: dict[str, Definition] = {d.key: d for d in FIGURES}

SECTIONS: dict[str, dict[str, str]] = {
    "queue": {"vi": "Xếp hàng và phục vụ", "en": "Queue and service"},
    "satisfaction": {"vi": "Mức độ hài lòng", "en": "Satisfaction"},
    "dossiers": {"vi": "Hồ sơ thủ tục hành chính", "en": "Dossiers"},
    "payment": {"vi": "Thanh toán trực tuyến", "en": "Online payment"},
    "feedback": {"vi": "Phản ánh, kiến nghị", "en": "Complaints and suggestions"},
    "score766": {"vi": "Bộ chỉ số Quyết định 766", "en": "Decision 766 index"},
}

#: Figures not split by field, counter or officer (a complaint names none of them).
CENTER_ONLY = frozenset({"feedback_received", "feedback_on_time", "feedback_overdue", "feedback_on_time_rate"})


@dataclass(frozen=True)
class Target:
    """A target a figure is compared with, while it is in force.

    Attributes:
        figure: The figure's key.
        value: The target (a percentage for rates).
        fields: The field codes it applies to; empty: every other field and the whole center.
        valid_from, valid_to: When it is in force (inclusive; None: open).
        source: Where it comes from.
    """

    figure: str
    value: float
    source: str
    fields: tuple[str, ...] = ()
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None

    def in_force(self, day: dt.date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (self.valid_to is None or day <= self.valid_to)


TARGETS: tuple[Target, ...] = (
    Target("satisfaction_rate", 95.0, DIRECTIVE_16, valid_from=dt.date(2022, 1, 1)),
    Target("satisfaction_rate", 90.0, DIRECTIVE_16, fields=HARD_FIELDS, valid_from=dt.date(2022, 1, 1)),
    Target("on_time_rate", 100.0, DIRECTIVE_16 + " (không có hồ sơ trễ hẹn / no late dossiers)",
           valid_from=dt.date(2022, 1, 1)),
    Target("digitization_rate", 100.0, DIRECTIVE_16, valid_from=dt.date(2022, 1, 1)),
    Target("feedback_on_time_rate", 100.0, DIRECTIVE_16, valid_from=dt.date(2022, 1, 1)),
    Target("online_payment_rate", 30.0, DIRECTIVE_16 + " (30% đến hết 2022 / by the end of 2022)",
           valid_from=dt.date(2022, 1, 1), valid_to=dt.date(2024, 12, 31)),
    Target("online_payment_rate", 50.0, DIRECTIVE_16 + " (50% đến 2025 / by 2025)",
           valid_from=dt.date(2025, 1, 1)),
)


def target_for(figure: str, day: dt.date, field: str | None = None) -> Target | None:
    """The target of ``figure`` in force on ``day``; a field's own target before the general one."""
    general: Target | None = None
    for t in TARGETS:
        if t.figure != figure or not t.in_force(day):
            continue
        if t.fields:
            if field is not None and field in t.fields:
                return t
        elif general is None:
            general = t
    return general


@dataclass(frozen=True)
class ScoreRule:
    """How one group of the Decision 766 index is scored from this terminal's data.

    Attributes:
        key: The group.
        points: The group's maximum.
        method: ``formula`` (a ratio times the points), ``threshold`` (full points from
            ``full_at`` percent, proportional below), or ``none`` (not measurable here).
        figure: The figure the score is read from (``threshold``).
        full_at: The rate (percent) from which the group gets its full points.
        valid_from, valid_to: When the rule is in force.
        source: Where the rule comes from; ``confirmed`` False marks a threshold chosen by this
            project until the official scale is known.
    """

    key: str
    points: float
    method: str
    name_vi: str
    name_en: str
    text_vi: str
    text_en: str
    source: str
    figure: str = ""
    full_at: float = 100.0
    confirmed: bool = True
    valid_from: dt.date | None = dt.date(2022, 6, 23)
    valid_to: dt.date | None = None

    def name(self, lang: str = "vi") -> str:
        return self.name_en if lang == "en" else self.name_vi

    def text(self, lang: str = "vi") -> str:
        out = self.text_en if lang == "en" else self.text_vi
        if not self.confirmed:
            out += f" ({UNCONFIRMED['en' if lang == 'en' else 'vi']})"
        return out

    def in_force(self, day: dt.date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (self.valid_to is None or day <= self.valid_to)


NOT_MEASURABLE = {
    "vi": "không đo được từ dữ liệu của máy này",
    "en": "not measurable from this terminal's data",
}

SCORE_RULES: tuple[ScoreRule, ...] = (
    ScoreRule("transparency", 18, "none", "Công khai, minh bạch", "Transparency",
              "Đánh giá việc công khai thủ tục, tiến độ trên cổng dịch vụ công: "
              + NOT_MEASURABLE["vi"] + ".",
              "Judged on what the public service portal publishes about procedures and progress: "
              + NOT_MEASURABLE["en"] + ".", DECISION_766),
    ScoreRule("progress", 20, "formula", "Tiến độ giải quyết", "Processing progress",
              "(Hồ sơ đang giải quyết chưa quá hạn + hồ sơ giải quyết trước hạn, đúng hạn) / hồ sơ tiếp "
              "nhận trong kỳ × 20, tính trên các hồ sơ tiếp nhận trong kỳ tại thời điểm chốt; hồ sơ đã "
              "rút hoặc dừng xử lý không được điểm; 20 điểm khi không tiếp nhận hồ sơ nào.",
              "(Dossiers in processing and not late + finished early or on time) / dossiers received "
              "in the period × 20, over the dossiers received in the period, at the cut-off; withdrawn "
              "or stopped dossiers earn nothing; 20 points when no dossier was received.",
              DECISION_766),
    ScoreRule("online_services", 12, "none", "Cung cấp dịch vụ trực tuyến", "Online services",
              "Đánh giá tỷ lệ hồ sơ nộp trực tuyến trên cổng dịch vụ công: " + NOT_MEASURABLE["vi"]
              + " (máy này chỉ thấy hồ sơ nộp tại quầy).",
              "Judged on the share of dossiers filed online on the public service portal: "
              + NOT_MEASURABLE["en"] + " (this terminal sees only dossiers filed at the counter).",
              DECISION_766),
    ScoreRule("digitization", 22, "threshold", "Số hóa hồ sơ", "Digitization",
              "Điểm tỷ lệ với tỷ lệ số hóa hồ sơ, đủ 22 điểm khi số hóa 100% hồ sơ tiếp nhận.",
              "Points in proportion to the digitization rate, the full 22 at 100% of dossiers received.",
              DECISION_766, figure="digitization_rate", full_at=100.0, confirmed=False),
    ScoreRule("satisfaction", 18, "threshold", "Mức độ hài lòng", "Satisfaction",
              "Điểm tỷ lệ với tỷ lệ hài lòng, đủ 18 điểm từ 95% (chỉ tiêu của tỉnh).",
              "Points in proportion to the satisfaction rate, the full 18 from 95% (the province's target).",
              DECISION_766 + "; " + DIRECTIVE_16, figure="satisfaction_rate", full_at=95.0, confirmed=False),
    ScoreRule("online_payment", 10, "threshold", "Thanh toán trực tuyến", "Online payment",
              "Đủ 10 điểm khi từ 30% hồ sơ có phí được thanh toán trực tuyến; dưới đó điểm tỷ lệ thuận.",
              "The full 10 points from 30% of dossiers with fees paid online; proportional below.",
              DECISION_766, figure="online_payment_rate", full_at=30.0),
)


def score_rules_for(day: dt.date) -> tuple[ScoreRule, ...]:
    """The rule of each group in force on ``day`` (the first in force, in table order)."""
    seen: dict[str, ScoreRule] = {}
    for rule in SCORE_RULES:
        if rule.in_force(day) and rule.key not in seen:
            seen[rule.key] = rule
    return tuple(seen.values())


#: The grouping dimensions and the period lengths a report may ask for.
GROUPINGS = ("center", "field", "counter", "officer")
PERIODS = ("day", "week", "month", "quarter", "year")

GROUPING_NAMES: dict[str, dict[str, str]] = {
    "center": {"vi": "Trung tâm", "en": "Center"},
    "field": {"vi": "Lĩnh vực", "en": "Field"},
    "counter": {"vi": "Quầy", "en": "Counter"},
    "officer": {"vi": "Cán bộ", "en": "Officer"},
    "all": {"vi": "Toàn trung tâm", "en": "Whole center"},
}

PERIOD_NAMES: dict[str, dict[str, str]] = {
    "day": {"vi": "Ngày", "en": "Day"},
    "week": {"vi": "Tuần", "en": "Week"},
    "month": {"vi": "Tháng", "en": "Month"},
    "quarter": {"vi": "Quý", "en": "Quarter"},
    "year": {"vi": "Năm", "en": "Year"},
}
