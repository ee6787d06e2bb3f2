"""The ``[reception]`` table: who receives dossiers here, their working calendar, their slips.

Everything a regulation or a province decides is configuration: the agency identifier of the
dossier codes (QCVN 102:2016/BTTTT), working hours, Saturday mornings, the form set in force.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from kiosk.textnorm import clean

# 000.00.06.H56 and the like: letters, digits and dots, no dash (the dash separates the code's parts)
AGENCY_CODE = re.compile(r"^[A-Z0-9]{1,4}(\.[A-Z0-9]{1,4}){1,5}$")
DEFAULT_HOURS = (("07:00", "11:30"), ("13:30", "17:00"))


class _Checks(Protocol):
    problems: list[str]

    def integer(self, raw: dict[str, Any], key: str, where: str, default: int, lo: int,
                hi: int) -> int: ...


@dataclass(frozen=True)
class ReceptionConfig:
    # the agency identifier at the head of every dossier code
    agency_code: str = "000.00.00.H99"
    # the receiving unit as printed on the slips, and the authority above it
    unit_name: str = "BỘ PHẬN MỘT CỬA (MẪU)"
    authority: str = "UBND TỈNH MẪU"
    # the place in "Mẫu, ngày 27 tháng 10 năm 2023"
    place: str = "Mẫu"
    phone: str = ""
    head_name: str = ""
    # where citizens collect results (form 01, the kiosk's lookup)
    collect_place: str = "Quầy trả kết quả, Trung tâm Phục vụ hành chính công (MẪU)"
    # working periods of a day, local time
    hours: tuple[tuple[dt.time, dt.time], ...] = tuple(
        (dt.time.fromisoformat(a), dt.time.fromisoformat(b)) for a, b in DEFAULT_HOURS)
    saturday_morning: bool = False
    # working days before the appointment when a dossier shows as "about to be late"
    late_warning_days: int = 1
    # the daily sequence numbers this terminal may give (several counter PCs: one range each)
    sequence_range: tuple[int, int] = (1, 9999)
    # None: the bundled sample catalog / the bundled override table
    catalog_path: Path | None = None
    calendar_overrides_path: Path | None = None
    # the set of official slips in force (form ids, legal basis, version)
    template_set: str = "tt01-2018"
    # a folder the document scanner's own software writes into (None: KIOSK_HOME/scan-inbox)
    scan_inbox: Path | None = None
    # a SANE command that writes one page as PNG to stdout (None: `scanimage` when installed)
    scan_command: str | None = None
    # the center's account for fees by VietQR: the bank's 6-digit BIN (NAPAS), the account
    # number, the account holder's name ("" : no VietQR shown)
    bank_bin: str = ""
    bank_account: str = ""
    account_name: str = ""
    # working days to answer a complaint or suggestion (phản ánh, kiến nghị)
    feedback_due_days: int = 10


def parse_reception(c: _Checks, raw: dict[str, Any], base: Path,
                    terminal: dict[str, Any] | None = None) -> ReceptionConfig:
    """The ``[reception]`` table (and ``terminal.dossier_range``, this terminal's own); problems
    go to ``c.problems``; missing keys take defaults."""
    where = "reception."
    d = ReceptionConfig()
    values: dict[str, Any] = {}
    agency = raw.get("agency_code", d.agency_code)
    if not isinstance(agency, str) or not AGENCY_CODE.match(agency.strip().upper()):
        c.problems.append(f"{where}agency_code: mã cơ quan dạng 000.00.06.H56 / agency id like "
                          f"000.00.06.H56 (got {agency!r})")
    else:
        values["agency_code"] = agency.strip().upper()
    for key in ("unit_name", "authority", "place", "phone", "head_name", "collect_place",
                "template_set"):
        if key in raw:
            value = raw[key]
            if not isinstance(value, str):
                c.problems.append(f"{where}{key}: phải là chữ / must be text (got {value!r})")
            else:
                values[key] = clean(value)
    hours = raw.get("hours")
    if hours is not None:
        parsed = _hours(hours)
        if parsed is None:
            c.problems.append(f"{where}hours: [[\"07:00\", \"11:30\"], [\"13:30\", \"17:00\"]] — "
                              f"giờ tăng dần, không chồng nhau / increasing, not overlapping "
                              f"(got {hours!r})")
        else:
            values["hours"] = parsed
    saturday = raw.get("saturday_morning", False)
    if not isinstance(saturday, bool):
        c.problems.append(f"{where}saturday_morning: true hoặc / or false (got {saturday!r})")
    else:
        values["saturday_morning"] = saturday
    values["late_warning_days"] = c.integer(raw, "late_warning_days", where, 1, 0, 30)
    rng = (terminal or {}).get("dossier_range")
    if rng is not None:
        if (not isinstance(rng, list) or len(rng) != 2
                or not all(isinstance(v, int) and not isinstance(v, bool) for v in rng)
                or not 1 <= rng[0] <= rng[1] <= 9999):
            c.problems.append(f"terminal.dossier_range: [đầu, cuối] trong 1–9999 / [first, last] "
                              f"within 1–9999 (got {rng!r})")
        else:
            values["sequence_range"] = (rng[0], rng[1])
    for key in ("catalog_path", "calendar_overrides_path", "scan_inbox"):
        value = raw.get(key)
        if value is None:
            continue
        if not isinstance(value, str) or not value.strip():
            c.problems.append(f"{where}{key}: đường dẫn / a path (got {value!r})")
            continue
        path = Path(value).expanduser()
        values[key] = path if path.is_absolute() else base / path
    bank_bin = raw.get("bank_bin")
    if bank_bin is not None:
        if not isinstance(bank_bin, str) or not re.fullmatch(r"\d{6}", bank_bin.strip()):
            c.problems.append(f"{where}bank_bin: 6 chữ số (mã BIN ngân hàng, NAPAS) / 6 digits, the "
                              f"bank's BIN (got {bank_bin!r})")
        else:
            values["bank_bin"] = bank_bin.strip()
    account = raw.get("bank_account")
    if account is not None:
        if not isinstance(account, str) or not re.fullmatch(r"[0-9A-Za-z]{4,19}", account.strip()):
            c.problems.append(f"{where}bank_account: 4–19 chữ số hoặc chữ cái / 4–19 letters or "
                              f"digits (got {account!r})")
        else:
            values["bank_account"] = account.strip()
    if isinstance(raw.get("account_name"), str):
        values["account_name"] = clean(raw["account_name"])
    values["feedback_due_days"] = c.integer(raw, "feedback_due_days", where, 10, 1, 90)
    command = raw.get("scan_command")
    if command is not None:
        if not isinstance(command, str) or not command.strip():
            c.problems.append(f"{where}scan_command: lệnh / a command (got {command!r})")
        else:
            values["scan_command"] = command.strip()
    return ReceptionConfig(**values)


def _hours(raw: object) -> tuple[tuple[dt.time, dt.time], ...] | None:
    if not isinstance(raw, list) or not raw:
        return None
    out: list[tuple[dt.time, dt.time]] = []
    for item in raw:
        if not isinstance(item, list) or len(item) != 2 or not all(isinstance(v, str) for v in item):
            return None
        try:
            start, end = dt.time.fromisoformat(item[0]), dt.time.fromisoformat(item[1])
        except ValueError:
            return None
        if start >= end or (out and start < out[-1][1]):
            return None
        out.append((start, end))
    return tuple(out)
