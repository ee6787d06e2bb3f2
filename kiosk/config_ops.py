"""The ``[retention]``, ``[housekeeping]`` and ``[watchdog]`` tables: how long this terminal keeps
personal data, when it tidies itself up, and when its watchdog gives up on a frozen screen.

Decree 13/2023/NĐ-CP (personal data protection) asks that personal data be kept no longer than
its purpose needs. A terminal is a working copy, not the archive: the dossier as a legal record
(with its scanned papers) lives on with the agency and the central server. So the defaults erase
from this terminal's database, a while after the dossier or complaint has *ended*, the details
that identify or reach a person, and keep everything the statistics need:

* the applicant's name, ID number, date of birth and address: 5 years after the dossier ended
  (long enough for a citizen's later questions and a complaint about the dossier at the counter);
* the applicant's phone and e-mail: 1 year after it ended (only needed to reach them about it);
* a complaint's contact phone and e-mail: 1 year after it was answered or closed;
* the scanned papers' PDFs: never (legal records; a province may set a number of days once the
  server is known to hold them);
* pages the scanner's software left in the scan inbox (already saved into the dossier's PDF,
  or refused): 30 days; the simulated printer's pictures of slips: 30 days;
* sync operations the server has acknowledged (their payloads repeat the record): 90 days.

0 means "keep for ever". Every value is a whole number of days, 0–36500.

A record's personal data is erased only once the server has it: a dossier or complaint with a
change still unacknowledged in the outbox keeps it until the sync delivers that change (a
terminal that never syncs keeps it; the housekeeping log counts those). The values are encrypted
at rest meanwhile (kiosk/security/crypto.py).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, fields
from typing import Any, Protocol

MAX_DAYS = 36_500


class _Checks(Protocol):
    problems: list[str]

    def integer(self, raw: dict[str, Any], key: str, where: str, default: int, lo: int,
                hi: int) -> int: ...


@dataclass(frozen=True)
class RetentionConfig:
    """Days after a record ended before each kind of personal data is erased here (0: never)."""

    applicant_name_days: int = 1825
    applicant_id_number_days: int = 1825
    applicant_birth_date_days: int = 1825
    applicant_address_days: int = 1825
    applicant_phone_days: int = 365
    applicant_email_days: int = 365
    feedback_phone_days: int = 365
    feedback_email_days: int = 365
    dossier_files_days: int = 0
    scan_inbox_days: int = 30
    printer_output_days: int = 30
    sent_sync_ops_days: int = 90

    def applicant_fields(self) -> dict[str, int]:
        """The applicant block's fields (``kiosk.dossier.applicant.FIELDS``) and their days."""
        return {"name": self.applicant_name_days, "id_number": self.applicant_id_number_days,
                "birth_date": self.applicant_birth_date_days, "address": self.applicant_address_days,
                "phone": self.applicant_phone_days, "email": self.applicant_email_days}

    def feedback_fields(self) -> dict[str, int]:
        """The complaint's contact columns and their days."""
        return {"contact_phone": self.feedback_phone_days, "contact_email": self.feedback_email_days}


@dataclass(frozen=True)
class HousekeepingConfig:
    """The daily tidy-up run by the supervisor of ``kiosk run`` (``kiosk housekeeping``)."""

    enabled: bool = True
    # local time (Asia/Ho_Chi_Minh); a terminal off at that time runs the light steps at its next
    # start and leaves VACUUM for a night it is on (or for `kiosk housekeeping --now`)
    daily_at: dt.time = dt.time(2, 0)
    # log files (rotated ones, old kinds) not written for this many days are deleted
    log_days: int = 90
    # VACUUM only when this share (percent) of the database file is free pages
    vacuum_free_percent: int = 20


@dataclass(frozen=True)
class WatchdogConfig:
    """The supervisor of ``kiosk run``."""

    # a GUI whose event loop has not beaten for this many seconds is frozen: its threads' stacks
    # are written to logs/crash-gui.log and it is restarted (0: never judged frozen)
    hang_timeout_s: int = 120


@dataclass(frozen=True)
class OpsConfig:
    retention: RetentionConfig = field(default_factory=RetentionConfig)
    housekeeping: HousekeepingConfig = field(default_factory=HousekeepingConfig)
    watchdog: WatchdogConfig = field(default_factory=WatchdogConfig)


_TIME = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")


def _unknown(c: _Checks, raw: dict[str, Any], known: set[str], where: str) -> None:
    for key in sorted(set(raw) - known):
        c.problems.append(f"{where}{key}: khóa không có trong bảng này / unknown key "
                          f"(một trong / one of {', '.join(sorted(known))})")


def parse_ops(c: _Checks, retention: dict[str, Any], housekeeping: dict[str, Any],
              watchdog: dict[str, Any]) -> OpsConfig:
    """The three tables; problems (bilingual, with where they are) go to ``c.problems``;
    missing keys take the defaults above."""
    r = RetentionConfig()
    names = [f.name for f in fields(RetentionConfig)]
    _unknown(c, retention, set(names), "retention.")
    days = {name: c.integer(retention, name, "retention.", getattr(r, name), 0, MAX_DAYS) for name in names}

    h = HousekeepingConfig()
    _unknown(c, housekeeping, {"enabled", "daily_at", "log_days", "vacuum_free_percent"}, "housekeeping.")
    enabled = housekeeping.get("enabled", True)
    if not isinstance(enabled, bool):
        c.problems.append(f"housekeeping.enabled: true hoặc / or false (đang là / got {enabled!r})")
        enabled = True
    at_text = housekeeping.get("daily_at", h.daily_at.strftime("%H:%M"))
    match = _TIME.match(at_text) if isinstance(at_text, str) else None
    if match is None:
        c.problems.append(f"housekeeping.daily_at: giờ dạng \"HH:MM\", ví dụ \"02:00\" / a time "
                          f"\"HH:MM\", e.g. \"02:00\" (đang là / got {at_text!r})")
        daily_at = h.daily_at
    else:
        daily_at = dt.time(int(match.group(1)), int(match.group(2)))
    hk = HousekeepingConfig(
        enabled=enabled, daily_at=daily_at,
        log_days=c.integer(housekeeping, "log_days", "housekeeping.", h.log_days, 1, MAX_DAYS),
        vacuum_free_percent=c.integer(housekeeping, "vacuum_free_percent", "housekeeping.",
                                      h.vacuum_free_percent, 1, 100),
    )

    w = WatchdogConfig()
    _unknown(c, watchdog, {"hang_timeout_s"}, "watchdog.")
    hang = c.integer(watchdog, "hang_timeout_s", "watchdog.", w.hang_timeout_s, 0, 3600)
    if 0 < hang < 30:
        c.problems.append(f"watchdog.hang_timeout_s: 0 (tắt) hoặc từ 30 giây / 0 (off) or at least "
                          f"30 seconds (đang là / got {hang})")
        hang = w.hang_timeout_s
    return OpsConfig(RetentionConfig(**days), hk, WatchdogConfig(hang))
