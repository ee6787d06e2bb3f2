"""``kiosk vietqr``: the VietQR payload (and QR picture) to pay a fee into the center's account,
or what a scanned VietQR string says.

    kiosk vietqr --amount 5000 --purpose 000.00.00.H99-261124-0001 [--png qr.png]
    kiosk vietqr --bin 970436 --account 0011001234567 --amount 5000 --purpose "Nop phi"
    kiosk vietqr --decode 00020101021238...6304ABCD

Without ``--bin``/``--account`` the center's account (``[reception] bank_bin``,
``bank_account``) is used. Errors are :class:`~kiosk.payments.VietQRError` sentences (exit 10).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any


def _center_account() -> tuple[str, str]:
    from kiosk.config import load_config

    reception = load_config().reception
    return reception.bank_bin, reception.bank_account


def cmd_vietqr(args: argparse.Namespace) -> int:
    from kiosk.payments import TLVTree, VietQRError, decode, parse_amount, qr_image, vietqr_payload

    if args.decode is not None:
        tree: TLVTree = decode(args.decode)
        print(json.dumps(tree, ensure_ascii=False, indent=2))
        return 0
    bank_bin, account = args.bank_bin, args.account
    if bank_bin is None or account is None:
        center_bin, center_account = _center_account()
        bank_bin = center_bin if bank_bin is None else bank_bin
        account = center_account if account is None else account
    if not bank_bin or not account:
        raise VietQRError("vietqr_no_account")
    amount = parse_amount(args.amount) if args.amount is not None else None
    payload = vietqr_payload(bank_bin, account, amount, args.purpose or "", args.service)
    if args.png:
        out = Path(args.png)
        try:
            out.parent.mkdir(parents=True, exist_ok=True)
            qr_image(payload).save(out, format="PNG")
        except OSError as exc:
            raise VietQRError("vietqr_png_unwritable", path=str(out),
                              detail=exc.strerror or str(exc)) from exc
    print(payload)
    return 0


def add_commands(sub: Any) -> None:
    """Add ``kiosk vietqr`` to the ``kiosk`` command's sub-parsers."""
    vq = sub.add_parser("vietqr", help="a VietQR (NAPAS 247) code to pay a fee; --decode to read one")
    vq.add_argument("--bin", dest="bank_bin", metavar="BIN",
                    help="the receiving bank's 6-digit BIN (default: the center's bank_bin)")
    vq.add_argument("--account", metavar="ACC",
                    help="the account number (default: the center's bank_account)")
    vq.add_argument("--amount", metavar="N",
                    help="whole dong, digits only (none: a static code, the payer types the amount)")
    vq.add_argument("--purpose", metavar="TEXT", default="",
                    help="the transfer's content, e.g. the dossier code (ASCII, 25 characters at most)")
    vq.add_argument("--service", choices=["QRIBFTTA", "QRIBFTTC"], default="QRIBFTTA",
                    help="to an account (QRIBFTTA, default) or to a card (QRIBFTTC)")
    vq.add_argument("--png", metavar="FILE", help="also write the QR code as a PNG picture")
    vq.add_argument("--decode", metavar="PAYLOAD",
                    help="check a VietQR string's CRC and print its fields as JSON")
    vq.set_defaults(func=cmd_vietqr)
