"""Satisfaction: the quick rating at a counter or the kiosk, and the full per-dossier evaluation.

Typical use::

    from kiosk.ratings import RatingService

    ratings = RatingService(ctx.store, ctx.config, ctx.queue.clock, ctx.queue.terminal)
    view = ratings.record(answer)            # a RatingAnswer from kiosk.rating_prompt
    ratings.add_reason(view.id, "waited_too_long")
    ratings.record_dossier_rating("000.00.06.H56-261124-0001", 3)
    ratings.record_evaluation("000.00.06.H56-261124-0001", {"chiso1": 2, ..., "overall": 3})

No Qt, no devices, no server here: this is domain code (see the import-linter contract).
"""

from __future__ import annotations

from kiosk.ratings.criteria import (
    ANSWER_KEYS,
    LEVEL_KEYS,
    POINT_KEYS,
    Choice,
    Indicator,
    load_criteria,
)
from kiosk.ratings.errors import CriteriaError, RatingError
from kiosk.ratings.service import (
    COUNTER_LEVELS,
    COUNTER_TIMEOUT_S,
    REASONS,
    DossierRatingState,
    EvaluationView,
    RatingService,
    RatingView,
    is_satisfied,
    reason_label,
)

__all__ = [
    "ANSWER_KEYS",
    "COUNTER_LEVELS",
    "COUNTER_TIMEOUT_S",
    "LEVEL_KEYS",
    "POINT_KEYS",
    "REASONS",
    "Choice",
    "CriteriaError",
    "DossierRatingState",
    "EvaluationView",
    "Indicator",
    "RatingError",
    "RatingService",
    "RatingView",
    "is_satisfied",
    "load_criteria",
    "reason_label",
]
