"""Paying fees and charges: VietQR codes (NAPAS 247) for a transfer to the center's account.

Public API::

    vietqr_payload(bank_bin, account, amount=None, purpose="", service="QRIBFTTA") -> str
    parse_tlv(payload) -> dict        # the data objects, templates nested
    decode(payload) -> dict           # parse_tlv after checking the CRC
    crc16_ccitt_false(data) -> int
    qr_image(payload, box=8) -> PIL.Image.Image
    VietQRError                       # a KioskError with its sentence in vi / en
"""

from __future__ import annotations

from kiosk.payments.errors import VietQRError
from kiosk.payments.vietqr import (
    MAX_AMOUNT,
    NAPAS_GUID,
    PURPOSE_MAX,
    SERVICES,
    TO_ACCOUNT,
    TO_CARD,
    TLVTree,
    check_amount,
    check_crc,
    crc16_ccitt_false,
    decode,
    normalise_purpose,
    parse_amount,
    parse_tlv,
    qr_image,
    tlv,
    vietqr_payload,
)

__all__ = [
    "MAX_AMOUNT",
    "NAPAS_GUID",
    "PURPOSE_MAX",
    "SERVICES",
    "TLVTree",
    "TO_ACCOUNT",
    "TO_CARD",
    "VietQRError",
    "check_amount",
    "check_crc",
    "crc16_ccitt_false",
    "decode",
    "normalise_purpose",
    "parse_amount",
    "parse_tlv",
    "qr_image",
    "tlv",
    "vietqr_payload",
]
