"""The KPI report as values: figures with their definitions and targets, rows per period and group,
the Decision 766 scores; JSON-ready, and formatted the Vietnamese or the English way."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from kiosk.reports.definitions import (
    FIGURE_BY_KEY,
    FIGURES,
    GROUPING_NAMES,
    NOT_MEASURABLE,
    PERIOD_NAMES,
    SCORE_RULES,
    SECTIONS,
    Definition,
    ScoreRule,
)
from kiosk.reports.messages import text
from kiosk.timeutil import to_local

_RULES = {r.key: r for r in SCORE_RULES}


def fmt_number(value: float, lang: str = "vi", decimals: int = 0) -> str:
    """``1234.5`` as ``1.234,5`` (vi) or ``1,234.5`` (en)."""
    out = f"{value:,.{decimals}f}"
    return out.replace(",", "\x00").replace(".", ",").replace("\x00", ".") if lang != "en" else out


@dataclass(frozen=True)
class Figure:
    """One figure's value, with the target it is compared with.

    Attributes:
        key: The figure (see :data:`~kiosk.reports.definitions.FIGURES`).
        value: The value; None when there is nothing to measure (no rating, no dossier with fees)
            or when the figure is not split by this row's group.
        target: The target in force at the end of the row's period, if the figure has one.
        target_source: Where the target comes from.
        not_split: True when the figure is the whole center's only (complaints by counter...).
    """

    key: str
    value: float | None
    target: float | None = None
    target_source: str = ""
    not_split: bool = False

    @property
    def definition(self) -> Definition:
        return FIGURE_BY_KEY[self.key]

    @property
    def met(self) -> bool | None:
        """Whether the target is reached (None: no target or no value)."""
        if self.target is None or self.value is None:
            return None
        return self.value >= self.target - 1e-9

    def display(self, lang: str = "vi") -> str:
        """The value with its unit, e.g. ``93,4%``, ``12,5 phút``, ``1.234``; ``—`` when none."""
        if self.value is None:
            return "—"
        unit = self.definition.unit
        if unit == "percent":
            return fmt_number(self.value, lang, 1) + "%"
        if unit == "minutes":
            decimals = 0 if self.key.endswith("_p90") else 1
            return f"{fmt_number(self.value, lang, decimals)} {text('report_unit_minutes', lang)}"
        return fmt_number(self.value, lang)

    def target_display(self, lang: str = "vi") -> str:
        return "" if self.target is None else "≥ " + fmt_number(self.target, lang, 0) + "%"

    def status(self, lang: str = "vi") -> str:
        met = self.met
        if met is None:
            return ""
        return text("report_met" if met else "report_not_met", lang)

    def to_dict(self) -> dict[str, Any]:
        return {"key": self.key, "value": self.value, "unit": self.definition.unit, "target": self.target,
                "target_source": self.target_source or None, "met": self.met, "not_split": self.not_split}


@dataclass(frozen=True)
class Score:
    """One group of the Decision 766 index as far as this terminal's data measures it.

    Attributes:
        key: The group (see :data:`~kiosk.reports.definitions.SCORE_RULES`).
        points: The points earned; None when not measurable here or without data.
        max_points: The group's maximum.
        basis: The rate (percent) the points were read from, if any.
    """

    key: str
    points: float | None
    max_points: float
    basis: float | None = None

    @property
    def rule(self) -> ScoreRule:
        return _RULES[self.key]

    @property
    def measurable(self) -> bool:
        return self.rule.method != "none"

    def display(self, lang: str = "vi") -> str:
        if not self.measurable:
            return NOT_MEASURABLE["en" if lang == "en" else "vi"]
        if self.points is None:
            return text("report_no_data", lang)
        return f"{fmt_number(self.points, lang, 1)} / {fmt_number(self.max_points, lang)}"

    def to_dict(self) -> dict[str, Any]:
        return {"key": self.key, "points": self.points, "max_points": self.max_points, "basis": self.basis,
                "measurable": self.measurable, "method": self.rule.method,
                "rule": {"vi": self.rule.text("vi"), "en": self.rule.text("en")}, "source": self.rule.source,
                "full_at": self.rule.full_at if self.rule.method == "threshold" else None,
                "confirmed": self.rule.confirmed}


@dataclass(frozen=True)
class KpiRow:
    """The figures of one period (or the whole range) for one group (or the whole center).

    Attributes:
        period_key: ``""`` (the whole range), ``2025-03-10`` (a day, or the Monday of a week),
            ``2025-03``, ``2025-Q1``, ``2025``.
        first, last: The row's days (clipped to the report's range).
        group_key: ``""`` (everything), or the field code, counter number, officer code, center code.
        group_label: The group's name, ``{"vi": ..., "en": ...}``.
        cutoff: The moment "in processing" and "overdue" figures are taken at.
    """

    period_key: str
    first: dt.date
    last: dt.date
    group_key: str
    group_label: dict[str, str]
    cutoff: dt.datetime
    figures: dict[str, Figure]
    scores: tuple[Score, ...] = ()

    def value(self, key: str) -> float | None:
        return self.figures[key].value

    def label(self, lang: str = "vi") -> str:
        return self.group_label.get(lang) or self.group_label.get("vi", "")

    def period_label(self, lang: str = "vi", period: str | None = None) -> str:
        return period_label(self.period_key, self.first, self.last, period, lang)

    def measured_points(self) -> tuple[float, float]:
        """(points earned, maximum) over the measurable groups with data."""
        got = [s for s in self.scores if s.measurable and s.points is not None]
        return sum(s.points or 0.0 for s in got), sum(s.max_points for s in got)

    def to_dict(self) -> dict[str, Any]:
        return {"period": self.period_key or None, "first": self.first.isoformat(), "last": self.last.isoformat(),
                "group": self.group_key or None, "group_label": self.group_label,
                "cutoff": self.cutoff.isoformat(),
                "figures": {k: f.to_dict() for k, f in self.figures.items()},
                "score766": [s.to_dict() for s in self.scores]}


def period_label(key: str, first: dt.date, last: dt.date, period: str | None, lang: str = "vi") -> str:
    """A row's period in words: ``Tháng 03/2025``, ``Week of 10/03/2025``..."""
    vi = lang != "en"
    if not key or period is None:
        return f"{first:%d/%m/%Y} – {last:%d/%m/%Y}"
    if period == "day":
        return f"{first:%d/%m/%Y}"
    if period == "week":
        return (f"Tuần {first:%d/%m}–{last:%d/%m/%Y}" if vi else f"Week {first:%d/%m}–{last:%d/%m/%Y}")
    if period == "month":
        return (f"Tháng {key[5:7]}/{key[:4]}" if vi else f"{key[5:7]}/{key[:4]}")
    if period == "quarter":
        return (f"Quý {key[-1]}/{key[:4]}" if vi else f"Q{key[-1]} {key[:4]}")
    return f"Năm {key}" if vi else key


@dataclass(frozen=True)
class KpiReport:
    """The whole report: the range, how it is split, the total and the rows.

    Attributes:
        total: Every figure over the whole range and the whole center.
        rows: One row per period and group asked for (empty when neither was asked).
    """

    center_code: str
    center_name: dict[str, str]
    date_from: dt.date
    date_to: dt.date
    group_by: str | None
    period: str | None
    generated_at: dt.datetime
    total: KpiRow
    rows: tuple[KpiRow, ...] = field(default=())

    def figure(self, key: str) -> Figure:
        """A figure of the total."""
        return self.total.figures[key]

    def grouping_words(self, lang: str = "vi") -> str:
        parts = []
        if self.period:
            parts.append(PERIOD_NAMES[self.period]["en" if lang == "en" else "vi"])
        if self.group_by:
            parts.append(GROUPING_NAMES[self.group_by]["en" if lang == "en" else "vi"])
        return " × ".join(parts) or GROUPING_NAMES["all"]["en" if lang == "en" else "vi"]

    def cutoff_words(self, lang: str = "vi") -> str:
        """When the figures were taken: the end of the last day (23:59), or the report's moment."""
        moment = to_local(self.total.cutoff)
        if moment.time() == dt.time(0, 0):
            moment -= dt.timedelta(minutes=1)
        return text("report_cutoff", lang, {"moment": moment.strftime("%H:%M %d/%m/%Y")})

    def to_dict(self) -> dict[str, Any]:
        """Everything, JSON-ready, with the definitions in both languages."""
        return {
            "center": {"code": self.center_code, "name": self.center_name},
            "from": self.date_from.isoformat(), "to": self.date_to.isoformat(),
            "group_by": self.group_by, "period": self.period,
            "generated_at": self.generated_at.isoformat(),
            "total": self.total.to_dict(),
            "rows": [r.to_dict() for r in self.rows],
            "definitions": {d.key: {"section": d.section, "unit": d.unit,
                                    "name": {"vi": d.name_vi, "en": d.name_en},
                                    "definition": {"vi": d.text("vi"), "en": d.text("en")}} for d in FIGURES},
            "sections": SECTIONS,
        }
