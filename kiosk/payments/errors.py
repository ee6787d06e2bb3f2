"""What goes wrong with a VietQR payment code, said in Vietnamese and English.

The sentences live here rather than in :mod:`kiosk.messages` so that the payments package stays
self-contained (as :mod:`kiosk.catalog.errors` does); a test checks both languages carry the
same placeholders.
"""

from __future__ import annotations

from collections.abc import Mapping

from kiosk.errors import KioskError

MESSAGES: dict[str, dict[str, str]] = {
    "vietqr_bad_bin": {
        "vi": "Mã BIN ngân hàng “{value}” không hợp lệ: phải gồm đúng 6 chữ số (ví dụ 970436). "
              "Hãy kiểm tra lại mã BIN của ngân hàng nhận tiền.",
        "en": "The bank BIN “{value}” is not valid: it must be exactly 6 digits (e.g. 970436). "
              "Check the receiving bank's BIN.",
    },
    "vietqr_bad_account": {
        "vi": "Số tài khoản “{value}” không hợp lệ: chỉ gồm chữ số hoặc chữ cái không dấu, từ 1 đến "
              "19 ký tự, không có khoảng trắng hay dấu chấm. Hãy nhập lại số tài khoản.",
        "en": "The account number “{value}” is not valid: use 1 to 19 digits or unaccented "
              "letters, without spaces or dots. Enter the account number again.",
    },
    "vietqr_bad_service": {
        "vi": "Loại chuyển khoản “{value}” không hợp lệ; chỉ dùng QRIBFTTA (vào tài khoản) hoặc "
              "QRIBFTTC (vào thẻ).",
        "en": "The transfer type “{value}” is not valid; use QRIBFTTA (to an account) or "
              "QRIBFTTC (to a card).",
    },
    "vietqr_amount_not_integer": {
        "vi": "Số tiền “{value}” không hợp lệ: hãy nhập một số nguyên đồng, chỉ gồm chữ số, không "
              "có dấu chấm hay dấu phẩy (ví dụ 50000).",
        "en": "The amount “{value}” is not valid: enter a whole number of dong, digits only, "
              "without dots or commas (e.g. 50000).",
    },
    "vietqr_amount_not_positive": {
        "vi": "Số tiền phải lớn hơn 0 đồng (đang là {value}). Hồ sơ không thu phí thì không cần "
              "mã VietQR.",
        "en": "The amount must be more than 0 dong (it is {value}). A dossier without fees needs "
              "no VietQR code.",
    },
    "vietqr_amount_too_large": {
        "vi": "Số tiền {value} đồng vượt quá giới hạn của mã VietQR (tối đa 13 chữ số, tức "
              "9.999.999.999.999 đồng). Hãy kiểm tra lại số tiền.",
        "en": "The amount of {value} dong is over the VietQR limit (13 digits at most, i.e. "
              "9,999,999,999,999 dong). Check the amount.",
    },
    "vietqr_value_too_long": {
        "vi": "Trường {tag} của mã VietQR dài {length} ký tự, vượt quá 99 ký tự cho phép. Hãy rút "
              "ngắn nội dung.",
        "en": "Field {tag} of the VietQR code is {length} characters long, over the 99 allowed. "
              "Shorten its content.",
    },
    "vietqr_bad_payload": {
        "vi": "Chuỗi “{value}” không phải mã VietQR đọc được: sai cấu trúc ở vị trí {offset}. Hãy "
              "quét hoặc dán lại đầy đủ chuỗi.",
        "en": "“{value}” is not a readable VietQR code: its structure breaks at position "
              "{offset}. Scan or paste the whole string again.",
    },
    "vietqr_no_crc": {
        "vi": "Chuỗi VietQR không kết thúc bằng mã kiểm tra (6304 và 4 ký tự). Chuỗi có thể đã bị "
              "cắt; hãy quét hoặc dán lại đầy đủ.",
        "en": "The VietQR string does not end with its check code (6304 and 4 characters). It may "
              "have been cut short; scan or paste it again in full.",
    },
    "vietqr_crc_mismatch": {
        "vi": "Mã kiểm tra của chuỗi VietQR sai (ghi {found}, tính ra {expected}): chuỗi đã bị "
              "sửa hoặc đọc nhầm. Hãy quét lại mã.",
        "en": "The VietQR check code is wrong (it says {found}, it should be {expected}): the "
              "string was altered or misread. Scan the code again.",
    },
    "vietqr_no_account": {
        "vi": "Chưa có tài khoản nhận tiền: hãy cho --bin và --account, hoặc khai báo bank_bin và "
              "bank_account trong mục [reception] của tệp cấu hình.",
        "en": "There is no receiving account: give --bin and --account, or set bank_bin and "
              "bank_account in the [reception] table of the configuration file.",
    },
    "vietqr_png_unwritable": {
        "vi": "Không ghi được ảnh mã QR vào “{path}” ({detail}). Hãy chọn thư mục khác.",
        "en": "The QR image could not be written to “{path}” ({detail}). Choose another folder.",
    },
}


def _t(key: str, lang: str, params: Mapping[str, object]) -> str:
    entry = MESSAGES[key]
    text = entry.get(lang) or entry["vi"]
    return text.format(**params)


class VietQRError(KioskError):
    """A VietQR code cannot be made or read from what was given (refused: exit code 10).

    Attributes:
        key: The message key (see :data:`MESSAGES`), stable for tests and tools.
        params: Values for the message's placeholders.
    """

    exit_code = 10

    def message(self, lang: str = "vi") -> str:
        """The sentence in ``lang`` (Vietnamese when unknown)."""
        return _t(self.key, lang, self.params)

    @property
    def message_vi(self) -> str:
        """The sentence in Vietnamese."""
        return self.message("vi")

    @property
    def message_en(self) -> str:
        """The sentence in English."""
        return self.message("en")
