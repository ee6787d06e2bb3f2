"""Errors a person sees: a code, parameters, and a sentence in their language."""

from __future__ import annotations

from kiosk.messages import t


class KioskError(Exception):
    """A failure to tell the user about (not a bug): the environment or their input.

    Exit codes of the CLI (argparse keeps 2 for usage errors): 10 refused, 11 configuration,
    12 database, 13 printed nothing, 14 sync failed.
    """

    exit_code = 10

    def __init__(self, key: str, **params: object) -> None:
        self.key = key
        self.params = params
        super().__init__(self.message("en"))

    def message(self, lang: str = "vi") -> str:
        return t(self.key, lang, **self.params)


class ConfigError(KioskError):
    exit_code = 11


class StoreError(KioskError):
    """The database could not be written (busy, disk full...). Nothing was changed."""

    exit_code = 12


class TableError(KioskError):
    """An error whose sentences live in its own package's table, so a package does not have to
    add its keys to :mod:`kiosk.messages`: ``MESSAGES = {key: {"vi": ..., "en": ...}}`` on the
    subclass. Vietnamese is used when a language is missing."""

    MESSAGES: dict[str, dict[str, str]] = {}

    def message(self, lang: str = "vi") -> str:
        entry = self.MESSAGES.get(self.key)
        if entry is None:
            return super().message(lang)
        return (entry.get(lang) or entry["vi"]).format(**self.params)
