"""Complaints and suggestions (phản ánh, kiến nghị): filed at the kiosk, tracked by the code on
the slip, classified, assigned, answered and closed within working days."""

from kiosk.feedback.messages import MESSAGES, FeedbackError
from kiosk.feedback.service import (
    CODE,
    TEXT_MAX,
    TEXT_MIN,
    TRANSITIONS,
    FeedbackService,
    check_contact,
    check_dossier_code,
    check_text,
    clean_text,
    parse_feedback_code,
)
from kiosk.feedback.slip import feedback_slip
from kiosk.feedback.views import (
    CATEGORIES,
    OPEN_STATES,
    EventView,
    FeedbackDetail,
    FeedbackView,
    category_words,
    state_words,
)

__all__ = [
    "CATEGORIES",
    "CODE",
    "MESSAGES",
    "OPEN_STATES",
    "TEXT_MAX",
    "TEXT_MIN",
    "TRANSITIONS",
    "EventView",
    "FeedbackDetail",
    "FeedbackError",
    "FeedbackService",
    "FeedbackView",
    "category_words",
    "check_contact",
    "check_dossier_code",
    "check_text",
    "clean_text",
    "feedback_slip",
    "parse_feedback_code",
    "state_words",
]
