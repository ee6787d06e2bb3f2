"""Every screen of every role as PNG, rendered offscreen on a sample day (for docs and review)."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.config import load_config
from kiosk.sampledata import fill
from kiosk.timeutil import LOCAL_TZ, fixed_clock, utc_now
from kiosk.wiring import AppContext, build_context
from ui.app import ensure_app, make_role_widget
from ui.i18n import translations
from ui.theme import WINDOW_SIZE


def _shown(widget: QWidget) -> QWidget:
    """Shown at its role's screen size (a page that asked for more room is held to the screen:
    what does not fit shows as clipped, as it would on the real screen)."""
    size = WINDOW_SIZE.get(str(widget.property("role") or ""))
    if size is not None:
        widget.resize(*size)
    widget.show()
    for _ in range(3):
        QApplication.processEvents()
    return widget


def _grab(widget: QWidget, path: Path, scale: float = 1.0) -> Path:
    picture = widget.grab()
    if scale != 1.0:
        picture = picture.scaledToWidth(round(picture.width() * scale),
                                        Qt.TransformationMode.SmoothTransformation)
    picture.save(str(path))
    return path


def take_screenshots(out: Path, lang: str = "vi", scale: float = 1.0) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    with sample_context(lang) as ctx:
        return _all_screens(ctx, out, lang, scale)


@contextlib.contextmanager
def sample_context(lang: str = "vi") -> Iterator[AppContext]:
    """The sample center on a sample day, in a temporary KIOSK_HOME (restored afterwards)."""
    ensure_app()
    translations.set_language(lang)
    home = Path(tempfile.mkdtemp(prefix="kiosk-shots-"))
    old = os.environ.get("KIOSK_HOME")
    os.environ["KIOSK_HOME"] = str(home)
    try:
        today = utc_now().astimezone(LOCAL_TZ).date()
        moment = dt.datetime.combine(today, dt.time(10, 5), LOCAL_TZ).astimezone(dt.UTC)
        config = load_config()
        ctx = build_context(home, clock=fixed_clock(moment), config=config)
        fill(ctx.store, config, days=1, seed=7, until=moment)
        # one ticket the printer failed on (paper out), for the technician's list
        fault = home / "printer-sim" / "FAULT"
        fault.parent.mkdir(parents=True, exist_ok=True)
        fault.write_text("paper_out")
        ctx.desk.take_and_print("CT")
        fault.unlink()
        try:
            yield ctx
        finally:
            ctx.close()
    finally:
        if old is None:
            os.environ.pop("KIOSK_HOME", None)
        else:
            os.environ["KIOSK_HOME"] = old


def _all_screens(ctx, out: Path, lang: str, scale: float = 1.0) -> list[Path]:  # type: ignore[no-untyped-def]
    return [_grab(widget, out / f"{name}.png", scale) for name, widget in screen_states(ctx, lang)]


def screen_states(ctx, lang: str) -> Iterator[tuple[str, QWidget]]:  # type: ignore[no-untyped-def]
    """Every screen of every role, one state after another: ``(name, top-level widget)``,
    the widget shown and settled (screenshots grab it; the accessibility audit walks it)."""
    from ui.counter.screen import TransferDialog
    from ui.display.announcer import SpeechEngine

    kiosk = make_role_widget("kiosk", ctx, lang)
    yield "kiosk-1-home", _shown(kiosk)
    kiosk.show_services()  # type: ignore[attr-defined]
    yield "kiosk-2-services", _shown(kiosk)
    kiosk.choose_service("HT")  # type: ignore[attr-defined]
    yield "kiosk-3-priority", _shown(kiosk)
    kiosk.take("elderly")  # type: ignore[attr-defined]
    kiosk.ticket.set_print_result(True, "")  # type: ignore[attr-defined]
    yield "kiosk-4-ticket", _shown(kiosk)
    kiosk.ticket.set_print_result(False, "hết giấy / paper out")  # type: ignore[attr-defined]
    yield "kiosk-5-ticket-printer-fault", _shown(kiosk)
    kiosk.show_procedures()  # type: ignore[attr-defined]
    kiosk.procedures.search.setText("dang ky khai sinh")  # type: ignore[attr-defined]
    yield "kiosk-6-procedure-search", _shown(kiosk)
    kiosk.show_procedure("1.001193")  # type: ignore[attr-defined]
    yield "kiosk-7-procedure", _shown(kiosk)
    applicant = {"name": "Nguyễn Thị Hồng Nhung", "id_number": "079190001234", "birth_date": "1990-05-17",
                 "address": "Số 12 đường Lê Lợi, phường Tân Phong", "phone": "0912345678", "email": ""}
    dossier = ctx.dossiers.receive("1.004873", applicant, officer=ctx.config.officers[0].code, counter=1)
    kiosk.show_lookup()  # type: ignore[attr-defined]
    kiosk.lookup.look_up(dossier.code, scanned=True)  # type: ignore[attr-defined]
    yield "kiosk-8-dossier-lookup", _shown(kiosk)
    kiosk.show_feedback()  # type: ignore[attr-defined]
    yield "kiosk-9-complaint", _shown(kiosk)
    kiosk.feedback.choose_category("procedure")  # type: ignore[attr-defined]
    kiosk.activateWindow()
    kiosk.feedback.text.setFocus()  # type: ignore[attr-defined]
    kiosk.feedback.keyboard._attach(kiosk.feedback.text)  # type: ignore[attr-defined]  # focus alone is not enough offscreen
    yield "kiosk-10-complaint-keyboard", _shown(kiosk)
    kiosk.show_evaluation()  # type: ignore[attr-defined]
    yield "kiosk-11-evaluation", _shown(kiosk)
    kiosk.go_home()  # type: ignore[attr-defined]
    kiosk.set_large_text_mode(True)  # type: ignore[attr-defined]
    yield "kiosk-12-large-text", _shown(kiosk)
    kiosk.set_large_text_mode(False)  # type: ignore[attr-defined]
    from ui.lockdown import install_lockdown

    lock = install_lockdown(kiosk, ctx, lang, full_screen=False)
    lock.ask_pin()
    yield "kiosk-13-technician-pin", _shown(kiosk)
    lock.pad.close_pad()
    lock.release()
    QApplication.instance().removeEventFilter(lock)
    kiosk.close()

    counter = make_role_widget("counter", ctx, lang)
    yield "counter-1-sign-in", _shown(counter)
    officer = ctx.config.officers[0]
    counter.signed_in(officer.code, officer.name)  # type: ignore[attr-defined]
    counter.call_next()  # type: ignore[attr-defined]
    yield "counter-2-serving", _shown(counter)
    dialog = TransferDialog(counter)  # type: ignore[arg-type]
    dialog.resize(900, 420)
    yield "counter-3-transfer", _shown(dialog)
    dialog.close()
    counter.show_intake()  # type: ignore[attr-defined]
    intake = counter.intake  # type: ignore[attr-defined]
    intake.search.setText("dang ky khai sinh")
    intake.choose("1.001193")
    from kiosk.scan import classify

    intake.on_scan(classify("079190001234|272345678|Nguyễn Thị Hồng Nhung|17051990|Nữ|"
                            "Số 12 đường Lê Lợi, phường Tân Phong, TP Biên Hòa|01072021"))
    yield "counter-4-intake", _shown(counter)
    intake.submit("complete")
    yield "counter-5-intake-received", _shown(counter)
    counter.idle_clock = lambda: float("inf")  # type: ignore[attr-defined]  # left alone: it locks
    counter.check_idle()  # type: ignore[attr-defined]
    yield "counter-6-locked", _shown(counter)
    counter.close()

    board = make_role_widget("display", ctx, lang)
    board.announcer.engine = SpeechEngine()  # type: ignore[attr-defined]
    board.poll()  # type: ignore[attr-defined]
    board._anim.stop()  # type: ignore[attr-defined]  # a still picture, not mid-flash
    board._flash.setOpacity(1.0)  # type: ignore[attr-defined]
    yield "display-1-board", _shown(board)
    board.close()

    tech = make_role_widget("technician", ctx, lang)
    for i, name in enumerate(["devices", "print-jobs", "services", "settings", "late-dossiers", "kpi"]):
        tech.tabs.setCurrentIndex(i)  # type: ignore[attr-defined]
        yield f"technician-{i + 1}-{name}", _shown(tech)
    tech.close()
