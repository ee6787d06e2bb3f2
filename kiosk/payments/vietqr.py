"""VietQR (NAPAS 247 inter-bank transfer): the EMVCo merchant-presented QR payload for a fee.

A payload is a run of TLV data objects: a 2-digit tag, a 2-digit length, the value::

    00 02 01                      payload format indicator
    01 02 11 | 12                 static (no amount) | dynamic (with the amount)
    38 .. {                       merchant account information, NAPAS
        00 10 A000000727          NAPAS's application id
        01 .. { 00 06 <BIN>       the receiving bank's BIN
                01 .. <account> } the account (or card) number, 1-19 letters or digits
        02 08 QRIBFTTA | QRIBFTTC to an account | to a card
    }
    53 03 704                     VND
    54 .. <amount>                whole dong, up to 13 digits (dynamic codes only)
    58 02 VN
    62 .. { 08 .. <purpose> }     the transfer's content: our dossier code (when given)
    63 04 <CRC>                   CRC-16/CCITT-FALSE of everything before it, "6304" included

The purpose (tag 62/08, "purpose of transaction") is what the citizen's bank app pre-fills as
the transfer's content, and what the center's statement shows to match a payment to a dossier.
EMVCo's merchant-presented specification caps it at 25 characters, and so do the VietQR
generators (vietqr.io's ``addInfo``: "tiếng Việt không dấu, tối đa 25 ký tự, không chứa ký tự
đặc biệt"). :func:`normalise_purpose` therefore keeps it to what every bank accepts: tone marks
removed (``đ`` → ``d``), only ASCII letters, digits, spaces, ``.`` and ``-`` kept (anything
else becomes a space, runs of spaces one), cut to 25 characters. A dossier code
(``000.00.06.H56-231027-0361``) is exactly 25 characters and passes through unchanged.
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING, TypeAlias

from kiosk.payments.errors import VietQRError
from kiosk.textnorm import clean, strip_accents

if TYPE_CHECKING:
    from PIL.Image import Image

#: NAPAS's application identifier (tag 38/00).
NAPAS_GUID = "A000000727"
#: Tag 38/02: inter-bank fund transfer to an account, to a card.
TO_ACCOUNT = "QRIBFTTA"
TO_CARD = "QRIBFTTC"
SERVICES = (TO_ACCOUNT, TO_CARD)
#: Tag 54 holds up to 13 characters (EMVCo: "ans, var. up to 13"); VND has no decimals.
MAX_AMOUNT = 9_999_999_999_999
#: Tag 62/08 holds up to 25 characters (EMVCo: "ans, var. up to 25").
PURPOSE_MAX = 25
#: A TLV length has two digits.
MAX_VALUE_LENGTH = 99

# [0-9], not \d: \d also matches Arabic-Indic and other Unicode digits
_BIN = re.compile(r"[0-9]{6}")
_ACCOUNT = re.compile(r"[0-9A-Za-z]{1,19}")
_AMOUNT_TEXT = re.compile(r"[+-]?[0-9]+")
_PURPOSE_PUNCTUATION = ".-"
# EMVCo: 26-51 merchant account templates, 62 additional data, 64 language, 80-99 unreserved
_ROOT_TEMPLATES = frozenset({*(f"{n:02d}" for n in range(26, 52)), "62", "64",
                             *(f"{n:02d}" for n in range(80, 100))})

TLVTree: TypeAlias = dict[str, "str | TLVTree"]
"""A parsed payload: tag → value, or tag → the data objects of a template."""


def crc16_ccitt_false(data: bytes) -> int:
    """CRC-16/CCITT-FALSE: polynomial 0x1021, initial 0xFFFF, no reflection, no final XOR.

    >>> f"{crc16_ccitt_false(b'123456789'):04X}"
    '29B1'
    """
    crc = 0xFFFF
    for byte in data:
        crc ^= byte << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) if crc & 0x8000 else (crc << 1)
            crc &= 0xFFFF
    return crc


def tlv(tag: str, value: str) -> str:
    """One data object: ``tag``, the value's length on two digits, ``value``.

    Raises:
        VietQRError: The value is longer than 99 characters.
    """
    if len(value) > MAX_VALUE_LENGTH:
        raise VietQRError("vietqr_value_too_long", tag=tag, length=len(value))
    return f"{tag}{len(value):02d}{value}"


def normalise_purpose(text: str) -> str:
    """The transfer's content as banks accept it (see the module's docstring).

    ``"Nộp phí hồ sơ 000.00.06.H56-231027-0361"`` → ``"Nop phi ho so 000.00.06.H"``;
    ``"ủng hộ lũ lụt"`` → ``"ung ho lu lut"``; ``""`` → ``""`` (then no tag 62 at all).
    """
    # whitespace (tabs, line breaks) becomes a space before clean() drops control characters
    text = strip_accents(clean(" ".join(text.split()))).replace("Ð", "D").replace("ð", "d")
    # what NFKD can still fold to ASCII (ligatures, full-width forms...), the rest dropped
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    kept = "".join(ch if ch.isalnum() or ch in _PURPOSE_PUNCTUATION else " " for ch in text)
    return " ".join(kept.split())[:PURPOSE_MAX].rstrip()


def check_amount(amount: object) -> int:
    """``amount`` if it is a whole number of dong from 1 to :data:`MAX_AMOUNT`.

    Raises:
        VietQRError: Not an integer (``5000.0``, ``"5000"`` and ``True`` are not), zero,
            negative, or more than 13 digits.
    """
    if isinstance(amount, bool) or not isinstance(amount, int):
        raise VietQRError("vietqr_amount_not_integer", value=_shown(repr(amount)[:80]))
    if amount <= 0:
        raise VietQRError("vietqr_amount_not_positive",
                          value=amount if amount > -(10**30) else _amount_text(amount))
    if amount > MAX_AMOUNT:
        raise VietQRError("vietqr_amount_too_large", value=_amount_text(amount))
    return amount


def _amount_text(amount: int) -> str:
    """``1.234.567`` for a message; a number too long to print (Python refuses to turn an int of
    more than 4,300 digits into text) by its size only."""
    if abs(amount) < 10**30:
        return f"{amount:,}".replace(",", ".")
    return f"{'-' if amount < 0 else ''}~10^{int(abs(amount).bit_length() * 0.30103)}"


def parse_amount(text: str) -> int:
    """An amount typed on the command line (digits only) as a checked whole number of dong.

    Raises:
        VietQRError: Not digits (``"5.000"``, ``"5000.5"``, ``"năm nghìn"``), or out of range.
    """
    value = text.strip()
    if not _AMOUNT_TEXT.fullmatch(value):
        raise VietQRError("vietqr_amount_not_integer", value=_shown(value))
    digits = value.lstrip("+-").lstrip("0")
    if len(digits) > len(str(MAX_AMOUNT)):  # before int(): past 4,300 digits it raises ValueError
        key = "vietqr_amount_not_positive" if value.startswith("-") else "vietqr_amount_too_large"
        raise VietQRError(key, value=_shown(value))
    return check_amount(int(("-" if value.startswith("-") else "") + (digits or "0")))


def vietqr_payload(bank_bin: str, account: str, amount: int | None = None, purpose: str = "",
                   service: str = TO_ACCOUNT) -> str:
    """The VietQR payload to pay ``amount`` dong into ``account`` at bank ``bank_bin``.

    Args:
        bank_bin: The receiving bank's 6-digit BIN (NAPAS), e.g. ``"970436"`` (Vietcombank).
        account: The account number (or card number with ``service=TO_CARD``), 1-19 ASCII
            letters or digits.
        amount: Whole dong (dynamic code, ``01`` = ``12``); ``None`` for a static code (``11``)
            where the payer types the amount.
        purpose: The transfer's content, usually the dossier code; normalised with
            :func:`normalise_purpose` (no tag 62 when it comes out empty).
        service: :data:`TO_ACCOUNT` (``QRIBFTTA``) or :data:`TO_CARD` (``QRIBFTTC``).

    Returns:
        The payload, ASCII, ending with ``6304`` and the CRC as 4 uppercase hex digits.

    Raises:
        VietQRError: A value is refused; its sentence says which and what to do.
    """
    bank_bin, account, service = bank_bin.strip(), account.strip(), service.strip().upper()
    if not _BIN.fullmatch(bank_bin):
        raise VietQRError("vietqr_bad_bin", value=_shown(bank_bin))
    if not _ACCOUNT.fullmatch(account):
        raise VietQRError("vietqr_bad_account", value=_shown(account))
    if service not in SERVICES:
        raise VietQRError("vietqr_bad_service", value=_shown(service))
    if amount is not None:
        amount = check_amount(amount)
    beneficiary = tlv("00", bank_bin) + tlv("01", account)
    merchant = tlv("00", NAPAS_GUID) + tlv("01", beneficiary) + tlv("02", service)
    parts = [tlv("00", "01"), tlv("01", "11" if amount is None else "12"), tlv("38", merchant),
             tlv("53", "704")]
    if amount is not None:
        parts.append(tlv("54", str(amount)))
    parts.append(tlv("58", "VN"))
    text = normalise_purpose(purpose)
    if text:
        parts.append(tlv("62", tlv("08", text)))
    body = "".join(parts) + "6304"
    return f"{body}{crc16_ccitt_false(body.encode('ascii')):04X}"


def _shown(text: str, limit: int = 40) -> str:
    """Outside text as a message may quote it: at most ``limit`` characters, control and format
    characters as U+FFFD, NFC (a message a person reads is NFC, the quoted part included)."""
    cut = text if len(text) <= limit else text[:limit - 3] + "…"
    visible = "".join("\ufffd" if unicodedata.category(ch)[0] == "C" else ch for ch in cut)
    return unicodedata.normalize("NFC", visible)


def _fragment(payload: str) -> str:
    return _shown(payload)


def _objects(text: str, base: int, whole: str) -> list[tuple[str, str, int]]:
    """(tag, value, offset of the value in ``whole``) of each data object in ``text``."""
    out: list[tuple[str, str, int]] = []
    i = 0
    while i < len(text):
        head = text[i:i + 4]
        if len(head) < 4 or not head.isascii() or not head.isdigit():
            raise VietQRError("vietqr_bad_payload", value=_fragment(whole), offset=base + i)
        length = int(head[2:])
        value = text[i + 4:i + 4 + length]
        if len(value) < length:
            raise VietQRError("vietqr_bad_payload", value=_fragment(whole), offset=base + i)
        out.append((head[:2], value, base + i + 4))
        i += 4 + length
    return out


def _tree(objects: list[tuple[str, str, int]], whole: str, templates: frozenset[str]) -> TLVTree:
    out: TLVTree = {}
    for tag, value, at in objects:
        if tag in out:
            raise VietQRError("vietqr_bad_payload", value=_fragment(whole), offset=at - 4)
        if tag not in templates:
            out[tag] = value
            continue
        inner = _objects(value, at, whole)
        # VietQR: NAPAS's merchant account (38) holds the beneficiary (01) as a template too
        napas = tag != "62" and any(t == "00" and v == NAPAS_GUID for t, v, _ in inner)
        out[tag] = _tree(inner, whole, frozenset({"01"}) if napas else frozenset())
    return out


def parse_tlv(payload: str) -> TLVTree:
    """The data objects of ``payload``, templates (38, 38/01, 62...) as nested dicts.

    The CRC is not checked here (see :func:`check_crc`)::

        parse_tlv(p)["38"]["01"]["00"]  # the bank's BIN
        parse_tlv(p)["62"]["08"]        # the purpose

    Raises:
        VietQRError: The string is not a run of well-formed data objects (the sentence gives
            the position where it breaks).
    """
    text = payload.strip()
    if not text:
        raise VietQRError("vietqr_bad_payload", value="", offset=0)
    return _tree(_objects(text, 0, text), text, _ROOT_TEMPLATES)


def check_crc(payload: str) -> None:
    """Refuse ``payload`` unless it ends with ``6304`` and the right CRC.

    Raises:
        VietQRError: No CRC at the end, or a CRC that does not match the rest.
    """
    text = payload.strip()
    if len(text) < 8 or text[-8:-4] != "6304" or not text.isascii():
        raise VietQRError("vietqr_no_crc")
    found = text[-4:].upper()
    expected = f"{crc16_ccitt_false(text[:-4].encode('ascii')):04X}"
    if found != expected:
        raise VietQRError("vietqr_crc_mismatch", found=_shown(text[-4:]), expected=expected)


def decode(payload: str) -> TLVTree:
    """:func:`parse_tlv` after :func:`check_crc`: what a scanned code says, if it is intact."""
    check_crc(payload)
    return parse_tlv(payload)


def qr_image(payload: str, box: int = 8) -> Image:
    """``payload`` as a QR code (error correction M, 4-module quiet zone), ``box`` pixels a
    module, as a greyscale PIL image."""
    import qrcode
    from qrcode.constants import ERROR_CORRECT_M

    qr = qrcode.QRCode(error_correction=ERROR_CORRECT_M, box_size=box, border=4)
    qr.add_data(payload)
    qr.make(fit=True)
    image: Image = qr.make_image().get_image().convert("L")
    return image
