"""The error a person sees when a calendar or a processing time cannot be used."""

from __future__ import annotations

from kiosk.errors import KioskError


class CalendarError(KioskError):
    """Bad calendar settings, a bad processing time, or an appointment that cannot be computed.

    Unlike the other domain errors (keys into ``kiosk.messages``), the sentences are built where
    the problem is found, because they quote the offending value; both languages are given.

    Attributes:
        message_vi: The sentence in Vietnamese (the default language of every screen).
        message_en: The same sentence in English.
    """

    exit_code = 11  # like ConfigError: the fix is in the settings or the calendar data

    def __init__(self, message_vi: str, message_en: str) -> None:
        self.key = "calendar_error"
        self.params = {}
        self.message_vi = message_vi
        self.message_en = message_en
        Exception.__init__(self, message_en)

    def message(self, lang: str = "vi") -> str:
        """The sentence in ``lang`` (Vietnamese when the language is unknown)."""
        return self.message_en if lang == "en" else self.message_vi
