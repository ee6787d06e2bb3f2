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
