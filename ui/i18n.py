"""Qt Linguist translations: English in the source, Vietnamese the default language.

``resources/i18n/kiosk_vi.ts`` and ``kiosk_en.ts`` are built to ``.qm`` by ``make`` (pyside6-
lrelease); when a ``.qm`` is missing (a fresh checkout run without make) it is built on the fly.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from kiosk.paths import resources_dir

log = logging.getLogger(__name__)

LANGS = ("vi", "en")


def ts_path(lang: str) -> Path:
    return resources_dir() / "i18n" / f"kiosk_{lang}.ts"


def qm_path(lang: str) -> Path:
    return resources_dir() / "i18n" / f"kiosk_{lang}.qm"


def lrelease() -> str | None:
    exe = Path(sys.executable).parent / "pyside6-lrelease"
    return str(exe) if exe.exists() else shutil.which("pyside6-lrelease")


def build_qm(lang: str) -> bool:
    tool = lrelease()
    if tool is None:
        return False
    result = subprocess.run([tool, str(ts_path(lang)), "-qm", str(qm_path(lang))],
                            capture_output=True, text=True, check=False)
    return result.returncode == 0


class Translations:
    """Switches the application's language at run time (one tap on the kiosk)."""

    def __init__(self) -> None:
        self._translator: QTranslator | None = None
        self.lang = "en"

    def set_language(self, lang: str) -> bool:
        app = QCoreApplication.instance()
        if app is None:
            return False
        if self._translator is not None:
            app.removeTranslator(self._translator)
            self._translator = None
        self.lang = lang
        qm = qm_path(lang)
        if not qm.exists() and ts_path(lang).exists():
            build_qm(lang)
        translator = QTranslator(app)
        if translator.load(str(qm)):
            app.installTranslator(translator)
            self._translator = translator
            return True
        log.warning("no translation file for %s at %s", lang, qm)
        return lang == "en"


translations = Translations()
