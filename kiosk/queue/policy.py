"""The calling order: explicit, configurable, and explained to the officer.

Rule, applied again before every call:

1. A ticket transferred to this very counter goes first (oldest transfer first).
2. A ticket that has waited at least ``ageing_minutes`` goes next (longest wait first).
3. Otherwise one priority ticket after every ``every_n_regular`` regular ones; when no regular
   ticket is waiting, priority tickets go in turn. ``every_n_regular = 0`` means priority first.
4. Within a group, tickets go in order of the time they entered the line (not by number).

``order()`` simulates the calls to come, so the officer sees the whole list with the reason for
each position, and the kiosk can say how many people are ahead.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kiosk.messages import t


@dataclass(frozen=True)
class Waiting:
    """What the policy needs to know of a waiting ticket."""

    id: str
    label: str
    queued_at: dt.datetime
    priority: str | None = None
    target_counter: int | None = None


@dataclass(frozen=True)
class Ranked:
    ticket: Waiting
    reason: str
    params: dict[str, object]

    def explain(self, lang: str = "vi") -> str:
        return t(self.reason, lang, **self.params)


@dataclass(frozen=True)
class PriorityPolicy:
    every_n_regular: int = 2
    ageing_minutes: int = 45

    def summary(self, lang: str = "vi") -> str:
        key = "policy_summary" if self.every_n_regular > 0 else "policy_summary_strict"
        return t(key, lang, n=self.every_n_regular, ageing=self.ageing_minutes or "∞")

    def order(
        self,
        waiting: list[Waiting],
        now: dt.datetime,
        *,
        counter: int | None = None,
        regular_since_priority: int = 0,
        category_label: dict[str, str] | None = None,
    ) -> list[Ranked]:
        """The order in which ``waiting`` would be called from now on, each with its reason."""
        labels = category_label or {}
        pending = sorted(waiting, key=lambda w: (w.queued_at, w.id))
        ranked: list[Ranked] = []
        since = regular_since_priority

        transferred = [w for w in pending if counter is not None and w.target_counter == counter]
        for w in transferred:
            ranked.append(Ranked(w, "why_transferred", {}))
        pending = [w for w in pending if w not in transferred]

        if self.ageing_minutes > 0:
            limit = dt.timedelta(minutes=self.ageing_minutes)
            aged = [w for w in pending if now - w.queued_at >= limit]
            for w in aged:
                minutes = int((now - w.queued_at).total_seconds() // 60)
                ranked.append(Ranked(w, "why_aged", {"minutes": minutes, "limit": self.ageing_minutes}))
            pending = [w for w in pending if w not in aged]

        regular = [w for w in pending if not w.priority]
        priority = [w for w in pending if w.priority]
        while regular or priority:
            if priority and (not regular or since >= self.every_n_regular):
                w = priority.pop(0)
                category = labels.get(w.priority or "", w.priority or "")
                if regular:
                    ranked.append(Ranked(w, "why_priority_turn", {"category": category, "n": self.every_n_regular}))
                else:
                    ranked.append(Ranked(w, "why_priority_only", {"category": category}))
                since = 0
            else:
                w = regular.pop(0)
                ranked.append(Ranked(w, "why_normal", {}))
                since += 1
        return ranked
