"""GUI checks of ``kiosk self-test``: translations, bundled font in Qt, every role offscreen."""

from __future__ import annotations

import os
from collections.abc import Iterator

from kiosk.selftest import CheckResult, run_check


def gui_checks() -> Iterator[CheckResult]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from kiosk.wiring import build_context
    from ui.app import ensure_app, make_role_widget
    from ui.display.announcer import SpeechEngine, make_engine
    from ui.i18n import translations

    yield run_check("qt", lambda: f"Qt platform {ensure_app().platformName()}")

    def i18n() -> str:
        for lang in ("vi", "en"):
            if not translations.set_language(lang):
                raise RuntimeError(f"translation {lang} does not load")
        translations.set_language("vi")
        text = QCoreApplication.translate("HomePage", "Take a queue number")
        if text != "Lấy số thứ tự":
            raise RuntimeError(f"Vietnamese not applied: {text!r}")
        return "vi, en loaded"

    yield run_check("translations", i18n)

    def qt_font() -> str:
        family = QApplication.font().family()
        if "DejaVu" not in family:
            raise RuntimeError(f"application font is {family!r}, not the bundled one")
        return family

    yield run_check("font in Qt", qt_font)
    ctx = build_context()
    for role in ("kiosk", "counter", "display", "technician"):
        def start(role: str = role) -> str:
            widget = make_role_widget(role, ctx, "vi")
            if role == "display":
                widget.announcer.engine = SpeechEngine()  # type: ignore[attr-defined]
            widget.show()
            QApplication.processEvents()
            size = widget.size()
            widget.close()
            widget.deleteLater()
            return f"{size.width()}x{size.height()}"

        yield run_check(f"role {role}", start)

    def voice() -> str:
        engine, why = make_engine(ctx.config.voice)
        return f"{engine.name}" + (f" (silent: {why})" if why else "")

    yield run_check("voice", voice)
