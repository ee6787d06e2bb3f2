"""Errors a person sees: a code, parameters, and a sentence in their language."""

from __future__ import annotations

from kiosk.messages import t


class KioskError(Exception):
    """A failure to tell the user about (not a bug): the environment or their input."""

    exit_code = 2

    def __init__(self, key: str, **params: object) -> None:
        self.key = key
        self.params = params
        super().__init__(self.message("en"))

    def message(self, lang: str = "vi") -> str:
        return t(self.key, lang, **self.params)


class ConfigError(KioskError):
    exit_code = 3


class StoreError(KioskError):
    """The database could not be written (busy, disk full...). Nothing was changed."""

    exit_code = 4
