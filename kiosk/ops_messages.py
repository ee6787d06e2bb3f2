"""What the operations commands say (watchdog, housekeeping, support bundle), Vietnamese first.

Kept here rather than in :mod:`kiosk.messages`, like :mod:`kiosk.feedback.messages`: the
operations modules stay self-contained; a test checks both languages carry the same placeholders.
"""

from __future__ import annotations

from kiosk.errors import KioskError

MESSAGES: dict[str, dict[str, str]] = {
    "already_running": {
        "vi": "Ứng dụng đang chạy rồi trên máy này (tiến trình {pid}, thư mục {home}). "
              "Không mở thêm một bản nữa.",
        "en": "The application is already running on this machine (process {pid}, folder {home}). "
              "Not starting a second one.",
    },
    "housekeeping_running": {
        "vi": "Việc dọn dẹp hằng ngày đang chạy ở một tiến trình khác; xin thử lại sau.",
        "en": "The daily housekeeping is already running in another process; try again later.",
    },
    "housekeeping_not_due": {
        "vi": "Chưa đến giờ dọn dẹp (lần trước: {last}; lần tới: {next}). Dùng --now để chạy ngay.",
        "en": "Housekeeping is not due (last run: {last}; next: {next}). Use --now to run it now.",
    },
    "housekeeping_step_failed": {
        "vi": "Dọn dẹp xong nhưng có bước lỗi: {steps}. Chi tiết trong nhật ký.",
        "en": "Housekeeping finished with failed steps: {steps}. Details are in the log.",
    },
    "bundle_unwritable": {
        "vi": "Không ghi được gói hỗ trợ vào {path}: {detail}",
        "en": "Cannot write the support bundle to {path}: {detail}",
    },
    "never": {"vi": "chưa bao giờ", "en": "never"},
}


def ot(key: str, lang: str = "vi", **params: object) -> str:
    """The sentence ``key`` in ``lang`` (Vietnamese when the language is unknown)."""
    entry = MESSAGES[key]
    text = entry.get(lang) or entry["vi"]
    return text.format(**params) if params else text


class OpsError(KioskError):
    """A refusal of an operations command (exit code 10), in the reader's language."""

    exit_code = 10

    def message(self, lang: str = "vi") -> str:
        return ot(self.key, lang, **self.params)
