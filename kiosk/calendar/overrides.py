"""The override table: days off and working days announced after the holidays package shipped.

The central server distributes the table as JSON; a sample ships in
``resources/calendar/vn_overrides.json``. Its shape::

    {"note": "...", "entries": [
        {"date": "2024-05-04", "kind": "work", "reason": "Làm bù ...", "source": "Công văn ...",
         "confirmed": false}
    ]}

A bare list of entries is accepted too. ``kind`` is ``off`` (an extra day off) or ``work`` (an
extra working day with a weekday's hours, e.g. a swapped Saturday). Every entry names its reason
(Vietnamese, shown to citizens) and its source (the announcement), so it can be checked.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from kiosk.calendar.errors import CalendarError

OverrideKind = Literal["off", "work"]

OverridesInput = Mapping[str, object] | Sequence[object] | Iterable["Override"]


@dataclass(frozen=True)
class Override:
    """One announced exception to the usual calendar.

    Attributes:
        day: The local date concerned.
        kind: ``off`` (no work that day) or ``work`` (a working day with a weekday's hours).
        reason: Why, in Vietnamese (shown on receipts and explanations).
        source: The announcement (document number and date, or where it was read).
        confirmed: False while nobody has checked the entry against the original document.
    """

    day: dt.date
    kind: OverrideKind
    reason: str
    source: str
    confirmed: bool = False


def parse_overrides(data: OverridesInput | None) -> tuple[Override, ...]:
    """Entries from the JSON structure (or already-built ``Override`` objects).

    Args:
        data: ``{"entries": [...]}`` (other top-level keys such as ``note`` are ignored), a list
            of entry mappings or ``Override`` objects, or ``None`` for no overrides.

    Returns:
        The entries, sorted by date.

    Raises:
        CalendarError: On a malformed entry or two entries for the same date.
    """
    if data is None:
        return ()
    if isinstance(data, Mapping):
        raw = data.get("entries", [])
        if isinstance(raw, str | bytes) or not isinstance(raw, Sequence):
            raise _bad("entries", "một danh sách", "a list")
        items: Iterable[object] = raw
    elif isinstance(data, str | bytes):
        raise _bad(
            "overrides", "một danh sách hoặc bảng có entries", "a list or a table with entries"
        )
    else:
        items = data
    result: dict[dt.date, Override] = {}
    for index, item in enumerate(items, start=1):
        entry = item if isinstance(item, Override) else _parse_entry(item, index)
        if entry.day in result:
            raise CalendarError(
                f"Bảng điều chỉnh lịch có hai dòng cho ngày {entry.day:%d/%m/%Y}; "
                "mỗi ngày chỉ được một dòng.",
                f"The calendar override table has two entries for {entry.day:%Y-%m-%d}; "
                "keep one entry per date.",
            )
        result[entry.day] = entry
    return tuple(sorted(result.values(), key=lambda o: o.day))


def load_overrides(path: Path) -> tuple[Override, ...]:
    """Read and check an override file (UTF-8 JSON).

    Args:
        path: The file.

    Returns:
        Its entries, sorted by date.

    Raises:
        CalendarError: When the file cannot be read, is not JSON or has a malformed entry.
    """
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise CalendarError(
            f"Không đọc được bảng điều chỉnh lịch {path} ({exc}). Xin báo kỹ thuật viên.",
            f"Cannot read the calendar override table {path} ({exc}). Please call the technician.",
        ) from exc
    return parse_overrides(data)


def default_overrides_path() -> Path:
    """The sample table shipped with the application (``resources/calendar/vn_overrides.json``)."""
    from kiosk.paths import resources_dir

    return resources_dir() / "calendar" / "vn_overrides.json"


def _parse_entry(item: object, index: int) -> Override:
    where = f"dòng {index}"
    where_en = f"entry {index}"
    if not isinstance(item, Mapping):
        raise _bad(
            where,
            "một bảng date/kind/reason/source",
            "a table of date/kind/reason/source",
            where_en,
        )
    raw_date = item.get("date")
    try:
        day = dt.date.fromisoformat(raw_date) if isinstance(raw_date, str) else None
    except ValueError:
        day = None
    if day is None:
        raise _bad(
            f"{where}, date = “{raw_date}”",
            "một ngày dạng YYYY-MM-DD",
            "a date as YYYY-MM-DD",
            f"{where_en}, date = “{raw_date}”",
        )
    kind = item.get("kind")
    if kind not in ("off", "work"):
        raise _bad(
            f"{where}, kind = “{kind}”",
            "“off” (nghỉ) hoặc “work” (làm việc)",
            "“off” or “work”",
            f"{where_en}, kind = “{kind}”",
        )
    texts: dict[str, str] = {}
    for field in ("reason", "source"):
        value = item.get(field)
        if not isinstance(value, str) or not value.strip():
            raise _bad(
                f"{where}, {field}",
                "một câu không rỗng",
                "a non-empty text",
                f"{where_en}, {field}",
            )
        texts[field] = value.strip()
    confirmed = item.get("confirmed", False)
    if not isinstance(confirmed, bool):
        raise _bad(
            f"{where}, confirmed", "true hoặc false", "true or false", f"{where_en}, confirmed"
        )
    return Override(
        day, "off" if kind == "off" else "work", texts["reason"], texts["source"], confirmed
    )


def _bad(
    where: str, expected_vi: str, expected_en: str, where_en: str | None = None
) -> CalendarError:
    return CalendarError(
        f"Bảng điều chỉnh lịch sai ở {where}: cần {expected_vi}.",
        f"The calendar override table is wrong at {where_en or where}: expected {expected_en}.",
    )
