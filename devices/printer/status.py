"""Real-time status of an ESC/POS printer: ``DLE EOT n`` requests and what their replies mean.

Each reply is one byte whose fixed bits read ``0xx1xx10`` (bit 7 = 0, bit 4 = 1, bit 1 = 1,
bit 0 = 0); anything else is not a status reply (line noise, another command's echo, a printer
that is not ESC/POS) and is treated as "unknown", never as "ready".

- n = 1, printer status: bit 3 = offline.
- n = 2, offline cause: bit 2 = cover open, bit 3 = paper fed by the button, bit 5 = stopped at
  the paper end, bit 6 = an error occurred.
- n = 4, roll paper sensor: bits 2-3 = paper near its end, bits 5-6 = paper end.

Recovery after an error: ``DLE ENQ 2`` (clear the error and go on) then ``ESC @`` (initialise).
"""

from __future__ import annotations

from dataclasses import dataclass

DLE_EOT = b"\x10\x04"
REQUESTS = (1, 2, 4)
RECOVER = b"\x10\x05\x02" + b"\x1b\x40"


class PrinterState:
    READY = "ready"
    PAPER_NEAR_END = "paper_near_end"  # still prints; the officer should change the roll soon
    PAPER_OUT = "paper_out"
    COVER_OPEN = "cover_open"
    OFFLINE = "offline"
    ERROR = "error"
    UNKNOWN = "unknown"  # a one-way link (file, spooler) or replies that make no sense
    DISCONNECTED = "disconnected"  # the port or the socket is gone (unplugged, powered off)


# what the officer or technician reads: the state, then what to do about it
STATE_WORDS: dict[str, dict[str, str]] = {
    PrinterState.READY: {"vi": "Máy in sẵn sàng", "en": "Printer ready"},
    PrinterState.PAPER_NEAR_END: {"vi": "Máy in sắp hết giấy — chuẩn bị cuộn giấy mới",
                                  "en": "Paper is running low — have a new roll ready"},
    PrinterState.PAPER_OUT: {"vi": "Máy in hết giấy — thay cuộn giấy mới",
                             "en": "The printer is out of paper — put in a new roll"},
    PrinterState.COVER_OPEN: {"vi": "Nắp máy in đang mở — đóng nắp lại",
                              "en": "The printer cover is open — close it"},
    PrinterState.OFFLINE: {"vi": "Máy in đang tạm dừng (offline) — kiểm tra giấy và nắp, bấm nút FEED",
                           "en": "The printer is offline — check paper and cover, press FEED"},
    PrinterState.ERROR: {"vi": "Máy in báo lỗi — tắt máy in rồi bật lại",
                         "en": "The printer reports an error — switch it off and on again"},
    PrinterState.UNKNOWN: {"vi": "Không đọc được trạng thái máy in (kết nối một chiều)",
                           "en": "Printer status cannot be read (one-way link)"},
    PrinterState.DISCONNECTED: {"vi": "Mất kết nối máy in — kiểm tra cáp và nguồn điện",
                                "en": "Printer not connected — check the cable and the power"},
}

# states in which a job is not sent at all (nothing would come out; the job waits)
BLOCKING = {PrinterState.PAPER_OUT, PrinterState.COVER_OPEN, PrinterState.OFFLINE, PrinterState.ERROR,
            PrinterState.DISCONNECTED}


@dataclass(frozen=True)
class PrinterStatus:
    state: str
    # the raw reply byte per request (None: no reply in time), for the technician's screen
    replies: tuple[tuple[int, int | None], ...] = ()
    detail: str = ""

    @property
    def blocking(self) -> bool:
        return self.state in BLOCKING

    def reason(self) -> str:
        """For a print job's record, read by officers and technicians in either language."""
        return f"{STATE_WORDS[self.state]['vi']} / {self.words('en')}"

    def words(self, lang: str = "vi") -> str:
        text = STATE_WORDS[self.state]["vi" if lang == "vi" else "en"]
        return f"{text} ({self.detail})" if self.detail else text


def valid_reply(byte: int) -> bool:
    """The fixed bits of every real-time status byte: 0xx1xx10."""
    return byte & 0b1001_0011 == 0b0001_0010


def status_request(n: int) -> bytes:
    if n not in REQUESTS:
        raise ValueError(f"DLE EOT {n}: not a status request we use")
    return DLE_EOT + bytes([n])


def interpret(replies: dict[int, int | None]) -> PrinterStatus:
    """The printer's state from the replies to DLE EOT 1, 2 and 4 (missing ones: None)."""
    raw = tuple(sorted(replies.items()))
    answered = {n: b for n, b in replies.items() if b is not None}
    if not answered:
        return PrinterStatus(PrinterState.UNKNOWN, raw, "no reply")
    bad = [n for n, b in answered.items() if not valid_reply(b)]
    if bad:
        return PrinterStatus(PrinterState.UNKNOWN, raw, f"invalid reply to DLE EOT {bad[0]}: "
                                                        f"0x{answered[bad[0]]:02x}")
    cause = answered.get(2, 0)
    paper = answered.get(4, 0)
    if paper & 0b0110_0000 or cause & 0b0010_0000:
        return PrinterStatus(PrinterState.PAPER_OUT, raw)
    if cause & 0b0000_0100:
        return PrinterStatus(PrinterState.COVER_OPEN, raw)
    if cause & 0b0100_0000:
        return PrinterStatus(PrinterState.ERROR, raw)
    if answered.get(1, 0) & 0b0000_1000:
        return PrinterStatus(PrinterState.OFFLINE, raw)
    if paper & 0b0000_1100:
        return PrinterStatus(PrinterState.PAPER_NEAR_END, raw)
    return PrinterStatus(PrinterState.READY, raw)
