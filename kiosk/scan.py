"""What a barcode/QR scanner read, made safe and given a meaning.

Every scanner (serial, keyboard wedge, simulator) ends here: ``normalise`` turns whatever arrived
(bytes in an unknown encoding, NFD text from a keyboard wedge, stray control characters) into one
clean NFC string, and ``classify`` says what it is: one of our receipt codes (dossier code, ticket
QR), a citizen's chip ID card QR (CCCD), some other barcode, or nothing we can use (with the
reason). Neither ever raises, whatever the bytes: a scanner is outside input and the screen that
receives a scan must be able to say "không đọc được / unreadable" instead of crashing.

No Qt and no devices here: the serial driver, the Qt event filter and the tests all share this.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
import uuid
from dataclasses import dataclass, field
from typing import Literal

ScanKind = Literal["dossier", "ticket", "cccd", "code", "unknown"]

# U+FFFD stands for bytes that could not be decoded; a scan holding it is unreadable
REPLACEMENT = "\ufffd"

# a UTF-8 multi-byte sequence (lead byte then continuation bytes): Windows-1258 text almost never
# contains one, UTF-8 text with a little line noise still does
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def _decode(raw: bytes) -> str:
    """UTF-8 when it is; UTF-8 with U+FFFD for the bad bytes when it mostly is (a noisy line);
    otherwise Windows-1258, the legacy Vietnamese code page some scanners are set to. The few
    bytes cp1258 leaves undefined (0x81, 0x8A, 0x8D-0x90, 0x9A, 0x9D, 0x9E) are C1 controls in
    latin-1, which normalisation removes anyway, so they are dropped."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if _UTF8_MULTIBYTE.search(raw):
        return raw.decode("utf-8", errors="replace")
    return raw.decode("cp1258", errors="ignore")


def _is_control(ch: str) -> bool:
    # Unicode "other" categories: Cc controls, Cf format (BOM, zero-width), Cs lone surrogates,
    # Co private use, Cn unassigned
    return unicodedata.category(ch)[0] == "C"


def normalise(raw: bytes | str) -> str:
    """The scan as one clean string: decoded (see ``_decode``), control and format characters
    removed, NFC (scanners and keyboard wedges deliver NFD Vietnamese too), trimmed.

    NFC is applied after the removal: a zero-width character between a letter and its tone mark
    blocks composition, so removing it afterwards would leave NFD behind.
    """
    text = _decode(bytes(raw)) if isinstance(raw, bytes | bytearray) else str(raw)
    text = "".join(ch for ch in text if not _is_control(ch))
    text = unicodedata.normalize("NFC", text).strip()
    # stripping can only remove whitespace starters, but keep the promise unconditionally
    return unicodedata.normalize("NFC", text)


# --------------------------------------------------------------------------- parsed payloads
@dataclass(frozen=True)
class DossierCode:
    """A dossier code (mã hồ sơ) as printed on our receipts: ``{agency}-{yyMMdd}-{NNNN}``.

    The agency identifier follows QCVN 102:2016/BTTTT (``000.00.06.H56``) but a center may be
    configured with a shorter one (``MAU01``): letters, digits and single dots.
    """

    code: str  # canonical form (agency upper-cased)
    agency: str
    date: dt.date  # the day the dossier was received
    sequence: int  # the agency's daily sequence, 1..9999


@dataclass(frozen=True)
class TicketRef:
    """A queue ticket's QR, in either form ``ticket_qr_payload`` prints: the central server's
    page ``{public_url}/t/{id}`` (only the id and the address are in it) or, without a server,
    ``MOTCUA:T:{center}:{day}:{number}:{id}``."""

    ticket_id: str  # lower-case UUID text
    url: str | None = None  # the page's address, for the URL form
    center_code: str | None = None
    day: dt.date | None = None
    number: str | None = None  # the printed label, e.g. "A015"


@dataclass(frozen=True)
class CccdData:
    """The QR on a chip citizen ID card (căn cước công dân):
    ``id|old id|name|dob ddmmyyyy|gender|address|issued ddmmyyyy``.

    Personal data: the repr shows only the last digits of the number, so a log line or a test
    failure never carries a citizen's identity. ``birth_date`` is None for the people whose card
    records only the year of birth (``birth_year`` is always set).
    """

    id_number: str = field(repr=False)
    old_id: str = field(repr=False)
    name: str = field(repr=False)
    birth_date: dt.date | None = field(repr=False)
    birth_year: int = field(repr=False)
    gender: str = field(repr=False)
    address: str = field(repr=False)
    issued: dt.date = field(repr=False)
    # fields after the seventh (newer cards): kept, not interpreted
    extra: tuple[str, ...] = field(default=(), repr=False)
    masked: str = field(default="", init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "masked", "*" * 8 + self.id_number[-4:])


@dataclass(frozen=True)
class Scan:
    """One scan, classified. ``reason`` says why a scan is ``unknown`` (Vietnamese / English).

    kinds: ``dossier`` (``dossier`` set), ``ticket`` (``ticket`` set), ``cccd`` (``cccd`` set),
    ``code`` (some other barcode or QR: ``text`` is all there is), ``unknown`` (empty, garbled,
    or one of the shapes above with a fault in it).
    """

    kind: ScanKind
    text: str
    reason: str = ""
    dossier: DossierCode | None = None
    ticket: TicketRef | None = None
    cccd: CccdData | None = None

    def __repr__(self) -> str:
        # a CCCD scan's text is a person's identity: never in a log or a test report
        shown = "<CCCD>" if self.cccd is not None or "|" in self.text else repr(self.text[:80])
        extra = f", reason={self.reason!r}" if self.reason else ""
        return f"Scan(kind={self.kind!r}, text={shown}{extra})"


# --------------------------------------------------------------------------- reasons
R_EMPTY = "mã quét trống / empty scan"
R_GARBLED = "mã quét bị lỗi ký tự, hãy quét lại / garbled scan, please scan again"
R_DOSSIER_DATE = "mã hồ sơ có ngày không hợp lệ / the dossier code's date is not a real date"
R_DOSSIER_SEQ = "mã hồ sơ có số thứ tự 0000 / the dossier code's sequence is 0000"
R_TICKET = "mã phiếu không đúng định dạng / malformed ticket code"
R_OURS = "mã MOTCUA không rõ loại / unknown MOTCUA code"
R_CCCD_FIELDS = "mã QR CCCD thiếu trường / the ID card QR has missing fields"
R_CCCD_ID = "số CCCD phải có 12 chữ số / the ID number must have 12 digits"
R_CCCD_PROVINCE = "số CCCD có mã tỉnh không hợp lệ / the ID number's province code is invalid"
R_CCCD_NAME = "mã QR CCCD không có họ tên / the ID card QR has no name"
R_CCCD_DOB = "ngày sinh trên CCCD không hợp lệ / invalid date of birth on the ID card"
R_CCCD_ISSUED = "ngày cấp CCCD không hợp lệ / invalid date of issue on the ID card"
R_CCCD_MISMATCH = ("số CCCD không khớp năm sinh hoặc giới tính / "
                   "the ID number does not match the year of birth or the gender")


def _unknown(text: str, reason: str) -> Scan:
    return Scan("unknown", text, reason)


# --------------------------------------------------------------------------- dossier codes
# agency: letters/digits in dot-separated groups (QCVN 102:2016 "000.00.06.H56", or "MAU01")
_DOSSIER = re.compile(r"([A-Za-z0-9]+(?:\.[A-Za-z0-9]+)*)-(\d{2})(\d{2})(\d{2})-(\d{4})")


def _dossier(text: str) -> Scan | None:
    m = _DOSSIER.fullmatch(text)
    if m is None:
        return None
    agency = m.group(1).upper()  # a keyboard wedge with Caps Lock on sends "h56"
    yy, mm, dd, seq = (int(g) for g in m.group(2, 3, 4, 5))
    try:
        day = dt.date(2000 + yy, mm, dd)
    except ValueError:
        return _unknown(text, R_DOSSIER_DATE)
    if seq == 0:
        return _unknown(text, R_DOSSIER_SEQ)
    code = f"{agency}-{m.group(2)}{m.group(3)}{m.group(4)}-{m.group(5)}"
    return Scan("dossier", text, dossier=DossierCode(code, agency, day, seq))


# --------------------------------------------------------------------------- ticket QR
_TICKET_URL = re.compile(r"(https?://[^\s/?#]+(?:/[^\s?#]*)?)/t/([^/\s?#]+)/?(?:[?#]\S*)?",
                         re.IGNORECASE)
_OURS_PREFIX = "MOTCUA:"


def _uuid(text: str) -> str | None:
    try:
        return str(uuid.UUID(text))
    except ValueError:
        return None


def _ticket(text: str) -> Scan | None:
    if text[: len(_OURS_PREFIX)].upper() == _OURS_PREFIX:
        rest = text[len(_OURS_PREFIX):]
        if rest[:2].upper() != "T:":
            return _unknown(text, R_OURS)
        # MOTCUA:T:{center}:{day}:{number}:{id}; split from the right, so a center code with a
        # colon in it still parses
        parts = rest[2:].rsplit(":", 3)
        if len(parts) != 4:
            return _unknown(text, R_TICKET)
        center, day_text, number, ticket_id = (p.strip() for p in parts)
        tid = _uuid(ticket_id)
        try:
            day = dt.date.fromisoformat(day_text)
        except ValueError:
            return _unknown(text, R_TICKET)
        if tid is None or not center or not number:
            return _unknown(text, R_TICKET)
        return Scan("ticket", text, ticket=TicketRef(tid, None, center, day, number.upper()))
    m = _TICKET_URL.fullmatch(text)
    if m is None:
        return None
    tid = _uuid(m.group(2))
    if tid is None:
        # someone else's /t/ page: an ordinary QR code
        return None
    return Scan("ticket", text, ticket=TicketRef(tid, url=text))


# --------------------------------------------------------------------------- CCCD QR
_CCCD_HEAD = re.compile(r"\d{9,12}")


def _parse_ddmmyyyy(value: str) -> dt.date | None:
    if not re.fullmatch(r"\d{8}", value):
        return None
    try:
        return dt.date(int(value[4:]), int(value[2:4]), int(value[:2]))
    except ValueError:
        return None


def _birth(value: str) -> tuple[dt.date | None, int] | None:
    """(date, year) from ``ddmmyyyy``; (None, year) from ``yyyy`` or ``0000yyyy`` (people whose
    papers record only the year); None when it is neither."""
    full = _parse_ddmmyyyy(value)
    if full is not None:
        return full, full.year
    m = re.fullmatch(r"(?:0000)?(\d{4})", value)
    if m is not None and int(m.group(1)) >= 1870:
        return None, int(m.group(1))
    return None


def _cccd(text: str) -> Scan | None:
    if "|" not in text:
        return None
    fields = [f.strip() for f in text.split("|")]
    if not _CCCD_HEAD.fullmatch(fields[0]):
        return None  # pipes, but not an ID card: some other code
    if len(fields) < 7:
        return _unknown(text, R_CCCD_FIELDS)
    id_number, old_id, name, dob, gender, address, issued_text = fields[:7]
    if not re.fullmatch(r"\d{12}", id_number):
        return _unknown(text, R_CCCD_ID)
    # digits 1-3: the province of birth registration (001..096)
    if not 1 <= int(id_number[:3]) <= 96:
        return _unknown(text, R_CCCD_PROVINCE)
    if not name:
        return _unknown(text, R_CCCD_NAME)
    birth = _birth(dob)
    if birth is None:
        return _unknown(text, R_CCCD_DOB)
    birth_date, birth_year = birth
    issued = _parse_ddmmyyyy(issued_text)
    if issued is None or issued.year < birth_year or (birth_date is not None and issued < birth_date):
        return _unknown(text, R_CCCD_ISSUED)
    # digit 4: century and gender (0/1: 1900s man/woman, 2/3: 2000s, ... every century +2);
    # digits 5-6: the last two digits of the year of birth
    century_gender = int(id_number[3])
    if birth_year // 100 != 19 + century_gender // 2 or int(id_number[4:6]) != birth_year % 100:
        return _unknown(text, R_CCCD_MISMATCH)
    sex = gender.casefold()
    if (sex == "nam" and century_gender % 2 != 0) or (sex == "nữ" and century_gender % 2 != 1):
        return _unknown(text, R_CCCD_MISMATCH)
    data = CccdData(id_number, old_id, name, birth_date, birth_year, gender, address, issued,
                    tuple(fields[7:]))
    return Scan("cccd", text, cccd=data)


# --------------------------------------------------------------------------- classify
def classify(text: str) -> Scan:
    """What the scan is. ``text`` should come from ``normalise`` (it is normalised again, which
    is cheap and makes ``classify`` safe on any string). Never raises."""
    text = normalise(text)
    if not text:
        return _unknown(text, R_EMPTY)
    if REPLACEMENT in text:
        return _unknown(text, R_GARBLED)
    for parse in (_ticket, _dossier, _cccd):
        scan = parse(text)
        if scan is not None:
            return scan
    return Scan("code", text)
