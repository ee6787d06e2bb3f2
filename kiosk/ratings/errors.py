"""What goes wrong with a rating or an evaluation, said in Vietnamese and English.

The sentences live here rather than in :mod:`kiosk.messages` so that the ratings package stays
self-contained (as :mod:`kiosk.catalog.errors` does); a test checks both languages carry the same
placeholders. The citizen reads most of them on the kiosk: they say what to do next.
"""

from __future__ import annotations

from collections.abc import Mapping

from kiosk.errors import ConfigError, KioskError

MESSAGES: dict[str, dict[str, str]] = {
    # --- a rating at the counter
    "rating_bad_scale": {
        "vi": "Không có thang đánh giá {levels} mức; chỉ dùng thang 3 hoặc 5 mức.",
        "en": "There is no {levels}-level scale; use the 3- or the 5-level scale.",
    },
    "rating_bad_level": {
        "vi": "Mức đánh giá {level} không có trên thang {levels} mức (chỉ từ 1 đến {levels}).",
        "en": "Level {level} is not on the {levels}-level scale (only 1 to {levels}).",
    },
    "rating_bad_source": {
        "vi": "Không rõ đánh giá đến từ đâu (bàn phím, màn hình); chưa ghi gì.",
        "en": "Where the rating came from (keypad, screen) is missing; nothing was saved.",
    },
    "rating_unknown_ticket": {
        "vi": "Không tìm thấy số thứ tự của lượt phục vụ này ({ticket}); chưa ghi đánh giá.",
        "en": "The ticket of this service event ({ticket}) was not found; the rating was not saved.",
    },
    "rating_ticket_not_finished": {
        "vi": "Số {number} chưa kết thúc phục vụ; chỉ đánh giá được sau khi cán bộ bấm Kết thúc.",
        "en": "Ticket {number} has not been finished; it can be rated once the officer presses Finish.",
    },
    "rating_already_given": {
        "vi": "Lượt phục vụ này đã được đánh giá; mỗi lượt chỉ đánh giá một lần. Xin cảm ơn!",
        "en": "This service has already been rated; each one is rated only once. Thank you!",
    },
    "rating_not_found": {
        "vi": "Không tìm thấy lượt đánh giá {rating}.",
        "en": "The rating {rating} was not found.",
    },
    "rating_reason_unknown": {
        "vi": "Không có lý do “{reason}”; hãy chọn một trong: {known}.",
        "en": "There is no reason “{reason}”; choose one of: {known}.",
    },
    "rating_reason_satisfied": {
        "vi": "Chỉ chọn lý do khi chưa hài lòng; lượt đánh giá này là “{label}”.",
        "en": "A reason is only asked when not satisfied; this rating is “{label}”.",
    },
    "rating_reason_given": {
        "vi": "Lượt đánh giá này đã có lý do rồi. Xin cảm ơn!",
        "en": "This rating already has its reason. Thank you!",
    },
    # --- a dossier rated at the kiosk
    "rating_not_a_dossier_code": {
        "vi": "“{text}” không phải mã hồ sơ. Hãy quét mã vạch hoặc mã QR trên giấy tiếp nhận, "
              "hoặc nhập mã hồ sơ in trên đó.",
        "en": "“{text}” is not a dossier code. Scan the barcode or QR code on your receipt, or type "
              "the dossier code printed on it.",
    },
    "rating_dossier_not_found": {
        "vi": "Không tìm thấy hồ sơ mã {code}. Hãy kiểm tra lại mã trên giấy tiếp nhận, hoặc hỏi "
              "quầy hướng dẫn.",
        "en": "There is no dossier with code {code}. Check the code on your receipt, or ask at the "
              "help desk.",
    },
    "rating_dossier_cancelled": {
        "vi": "Hồ sơ {code} đã bị hủy nên không đánh giá được. Xin hỏi quầy hướng dẫn.",
        "en": "The dossier {code} was cancelled and cannot be rated. Please ask at the help desk.",
    },
    "dossier_already_rated": {
        "vi": "Hồ sơ {code} đã được đánh giá mức độ hài lòng rồi; mỗi hồ sơ chỉ đánh giá một lần. "
              "Xin cảm ơn!",
        "en": "The dossier {code} has already been rated; each dossier is rated only once. Thank you!",
    },
    "evaluation_already_given": {
        "vi": "Hồ sơ {code} đã có phiếu đánh giá đầy đủ; mỗi hồ sơ chỉ đánh giá một lần. Xin cảm ơn!",
        "en": "The dossier {code} already has its full evaluation; each dossier is evaluated only "
              "once. Thank you!",
    },
    "evaluation_missing": {
        "vi": "Phiếu đánh giá còn thiếu câu trả lời: {missing}. Hãy trả lời đủ {count} câu rồi gửi lại.",
        "en": "The evaluation is missing answers: {missing}. Answer all {count} questions and send "
              "it again.",
    },
    "evaluation_unknown": {
        "vi": "Phiếu đánh giá có mục không có trong bộ tiêu chí: {unknown}.",
        "en": "The evaluation has items that are not in the criteria: {unknown}.",
    },
    "evaluation_bad_value": {
        "vi": "Câu trả lời {value} cho “{item}” không hợp lệ; chỉ nhận {allowed}.",
        "en": "The answer {value} to “{item}” is not valid; only {allowed}.",
    },
    # --- the criteria file
    "criteria_unreadable": {
        "vi": "Không đọc được bộ tiêu chí đánh giá “{path}” ({detail}). Xin báo kỹ thuật viên.",
        "en": "The evaluation criteria “{path}” cannot be read ({detail}). Please call the technician.",
    },
}


def rating_text(key: str, lang: str = "vi", params: Mapping[str, object] | None = None) -> str:
    """The sentence ``key`` in ``lang`` (Vietnamese when unknown).

    A parameter given as ``{"vi": ..., "en": ...}`` is itself taken in ``lang``.
    """
    entry = MESSAGES[key]
    text = entry.get(lang) or entry["vi"]
    values = {k: (v.get(lang) or v.get("vi")) if isinstance(v, dict) and "vi" in v else v
              for k, v in (params or {}).items()}
    return text.format(**values)


class RatingError(KioskError):
    """A rating or an evaluation refused: nothing was stored."""

    exit_code = 10

    def message(self, lang: str = "vi") -> str:
        """The sentence in ``lang`` (Vietnamese when unknown)."""
        return rating_text(self.key, lang, self.params)


class CriteriaError(RatingError, ConfigError):
    """The bundled criteria file is missing or broken (the technician's problem, not the citizen's)."""

    exit_code = 11
