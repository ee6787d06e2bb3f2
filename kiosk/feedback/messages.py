"""What the complaints-and-suggestions package says, in Vietnamese and English.

The sentences live here rather than in :mod:`kiosk.messages` so that the package stays
self-contained (like :mod:`kiosk.catalog.errors`); a test checks both languages carry the same
placeholders. No sentence repeats a phone number or an e-mail address: an error's English text
goes to the log, and contact data is personal data (Decree 13/2023/NĐ-CP).
"""

from __future__ import annotations

from collections.abc import Mapping

from kiosk.errors import KioskError

MESSAGES: dict[str, dict[str, str]] = {
    # --- categories and states, in words
    "category_procedure": {"vi": "Thủ tục hành chính", "en": "Administrative procedures"},
    "category_attitude": {"vi": "Thái độ phục vụ", "en": "Attitude of the staff"},
    "category_facilities": {"vi": "Cơ sở vật chất", "en": "Facilities"},
    "category_suggestion": {"vi": "Góp ý", "en": "Suggestion"},
    "category_other": {"vi": "Khác", "en": "Other"},
    "state_received": {"vi": "Đã tiếp nhận", "en": "Received"},
    "state_classified": {"vi": "Đã phân loại", "en": "Classified"},
    "state_assigned": {"vi": "Đang xử lý", "en": "Being handled"},
    "state_answered": {"vi": "Đã trả lời", "en": "Answered"},
    "state_closed": {"vi": "Đã kết thúc", "en": "Closed"},
    # --- filing
    "unknown_category": {
        "vi": "Không có nhóm phản ánh “{value}”. Xin chọn một trong các nhóm: {known}.",
        "en": "There is no complaint category “{value}”. Choose one of: {known}.",
    },
    "text_too_short": {
        "vi": "Nội dung phản ánh mới có {count} ký tự. Xin viết ít nhất {minimum} ký tự để Trung "
              "tâm hiểu và trả lời được.",
        "en": "The complaint has only {count} characters. Please write at least {minimum} so "
              "that the Center can understand and answer it.",
    },
    "text_too_long": {
        "vi": "Nội dung phản ánh dài {count} ký tự, quá {maximum} ký tự cho phép. Xin viết ngắn "
              "lại; nội dung không bị tự động cắt bớt.",
        "en": "The complaint is {count} characters long, more than the {maximum} allowed. Please "
              "shorten it; nothing is cut off automatically.",
    },
    "contact_without_consent": {
        "vi": "Anh/chị đã ghi số điện thoại hoặc thư điện tử nhưng chưa đồng ý cho Trung tâm dùng "
              "để trả lời. Trung tâm chỉ lưu thông tin liên hệ khi người gửi đồng ý (bảo vệ dữ "
              "liệu cá nhân). Xin đánh dấu ô đồng ý, hoặc xóa thông tin liên hệ để gửi không "
              "kèm liên hệ.",
        "en": "You gave a phone number or an e-mail address but did not agree that the Center "
              "may use it to answer you. The Center keeps contact details only with the "
              "sender's consent (personal data protection). Tick the consent box, or clear the "
              "contact details to send without them.",
    },
    "bad_phone": {
        "vi": "Số điện thoại không đúng dạng. Xin nhập 10 chữ số bắt đầu bằng 0 (ví dụ "
              "0912345678), số bàn 11 chữ số bắt đầu bằng 02, hoặc dạng +84 (ví dụ +84912345678).",
        "en": "The phone number is not valid. Type 10 digits starting with 0 (e.g. 0912345678), "
              "a landline of 11 digits starting with 02, or the +84 form (e.g. +84912345678).",
    },
    "bad_email": {
        "vi": "Địa chỉ thư điện tử không đúng dạng. Xin nhập dạng ten@vidu.vn.",
        "en": "The e-mail address is not valid. Type it as name@example.vn.",
    },
    "bad_dossier_code": {
        "vi": "Mã hồ sơ không đúng dạng. Mã in trên giấy biên nhận hồ sơ có dạng "
              "000.00.00.H99-261124-0001; nếu không có, xin để trống.",
        "en": "The dossier code is not valid. The code printed on the dossier receipt looks like "
              "000.00.00.H99-261124-0001; if you have none, leave it empty.",
    },
    "feedback_range_exhausted": {
        "vi": "Hôm nay máy này đã hết mã phản ánh (tối đa {last}). Xin gửi phản ánh tại quầy "
              "hướng dẫn.",
        "en": "This terminal has run out of complaint numbers for today (last is {last}). Please "
              "hand in your complaint at the help desk.",
    },
    # --- looking up
    "not_a_feedback_code": {
        "vi": "“{text}” không phải mã phản ánh. Mã in trên phiếu tiếp nhận có dạng "
              "PAKN-261124-0001.",
        "en": "“{text}” is not a complaint code. The code printed on the slip looks like "
              "PAKN-261124-0001.",
    },
    "feedback_not_found": {
        "vi": "Không tìm thấy phản ánh mã {code}. Xin kiểm tra lại mã trên phiếu; nếu đúng, xin "
              "hỏi tại quầy hướng dẫn.",
        "en": "There is no complaint with code {code}. Please check the code on your slip; if it "
              "is right, ask at the help desk.",
    },
    # --- handling
    "unknown_feedback_state": {
        "vi": "Không có trạng thái “{value}”. Các trạng thái: {known}.",
        "en": "There is no state “{value}”. States: {known}.",
    },
    "feedback_bad_transition": {
        "vi": "Phản ánh {code} đang ở trạng thái “{state}”, không chuyển sang “{to}” được. {next}",
        "en": "Complaint {code} is “{state}” and cannot go to “{to}”. {next}",
    },
    "feedback_next_step": {
        "vi": "Bước tiếp theo: “{to}”.",
        "en": "The next step is “{to}”.",
    },
    "feedback_finished": {
        "vi": "Phản ánh đã kết thúc.",
        "en": "The complaint is closed.",
    },
    "answer_required": {
        "vi": "Cần nhập nội dung trả lời trước khi chuyển phản ánh sang “Đã trả lời”.",
        "en": "Type the answer before moving the complaint to “Answered”.",
    },
    "answer_too_long": {
        "vi": "Nội dung trả lời dài {count} ký tự, quá {maximum} ký tự cho phép. Xin viết ngắn lại.",
        "en": "The answer is {count} characters long, more than the {maximum} allowed. Please "
              "shorten it.",
    },
    "answer_only_when_answering": {
        "vi": "Nội dung trả lời chỉ ghi khi chuyển phản ánh sang “Đã trả lời”.",
        "en": "An answer is only given when moving the complaint to “Answered”.",
    },
    "assignee_required": {
        "vi": "Cần ghi người hoặc đơn vị được giao xử lý phản ánh.",
        "en": "Name the officer or unit the complaint is assigned to.",
    },
    "assignee_only_when_assigning": {
        "vi": "Người được giao chỉ ghi khi chuyển phản ánh sang “Đang xử lý”.",
        "en": "An assignee is only given when moving the complaint to “Being handled”.",
    },
    # --- the slip (no personal data on it)
    "slip_title": {
        "vi": "PHIẾU TIẾP NHẬN PHẢN ÁNH, KIẾN NGHỊ",
        "en": "COMPLAINT AND SUGGESTION RECEIPT",
    },
    "slip_code": {"vi": "Mã tra cứu", "en": "Tracking code"},
    "slip_category": {"vi": "Nhóm: {value}", "en": "Category: {value}"},
    "slip_received": {"vi": "Ngày tiếp nhận: {value}", "en": "Received: {value}"},
    "slip_due": {"vi": "Hạn trả lời: {value}", "en": "Answer due: {value}"},
    "slip_lookup": {
        "vi": "Tra cứu bằng mã này tại ki-ốt",
        "en": "Look it up with this code at the kiosk",
    },
    "slip_keep": {
        "vi": "Xin giữ phiếu này để theo dõi kết quả trả lời.",
        "en": "Please keep this slip to follow the answer.",
    },
}


def ft(key: str, lang: str = "vi", **params: object) -> str:
    """The message ``key`` in ``lang`` (Vietnamese when the language is unknown); a parameter
    given as ``{"vi": ..., "en": ...}`` is itself taken in ``lang``."""
    entry = MESSAGES[key]
    text = entry.get(lang) or entry["vi"]
    values = {k: _pick(v, lang) for k, v in params.items()}
    return text.format(**values) if values else text


def _pick(value: object, lang: str) -> object:
    if isinstance(value, Mapping) and "vi" in value:
        return value.get(lang) or value["vi"]
    return value


class FeedbackError(KioskError):
    """A complaint refused or not found: a sentence in the reader's language (exit code 10).

    Attributes:
        key: The message key in :data:`MESSAGES`, stable for tests and tools.
        params: Values for the message's placeholders.
    """

    exit_code = 10

    def message(self, lang: str = "vi") -> str:
        """The sentence in ``lang`` (Vietnamese when unknown)."""
        return ft(self.key, lang, **self.params)
