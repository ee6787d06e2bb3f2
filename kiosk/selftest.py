"""``kiosk self-test``: one line per check, non-zero exit on any failure.

The domain checks live here (no Qt); the screens' checks come from ``ui.selftest``.
"""

from __future__ import annotations

import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path


@dataclass
class CheckResult:
    name: str
    ok: bool
    detail: str
    seconds: float


def run_check(name: str, fn: Callable[[], str]) -> CheckResult:
    start = time.perf_counter()
    try:
        detail = fn()
        ok = True
    except Exception as exc:  # a self-test reports, it does not crash
        detail = f"{type(exc).__name__}: {exc}"
        if not str(exc):
            detail += " " + traceback.format_exc(limit=2).strip().splitlines()[-1]
        ok = False
    return CheckResult(name, ok, detail, time.perf_counter() - start)


def domain_checks() -> Iterator[CheckResult]:
    from kiosk.config import load_config
    from kiosk.paths import font_path
    from kiosk.wiring import build_context

    holder: dict[str, object] = {}

    def config() -> str:
        cfg = load_config()
        holder["config"] = cfg
        return f"{cfg.path} — {cfg.center_code}, {len(cfg.services)} services, {len(cfg.counters)} counters"

    yield run_check("config", config)

    def database() -> str:
        ctx = build_context()
        holder["ctx"] = ctx
        with ctx.store.read() as s:
            mode = s.connection().exec_driver_sql("PRAGMA journal_mode").scalar()
            sync = s.connection().exec_driver_sql("PRAGMA synchronous").scalar()
            check = s.connection().exec_driver_sql("PRAGMA quick_check").scalar()
        if mode != "wal" or sync != 2 or check != "ok":
            raise RuntimeError(f"journal_mode={mode} synchronous={sync} quick_check={check}")
        return f"{ctx.store.path} — WAL, synchronous=FULL, integrity ok"

    yield run_check("database", database)

    def font() -> str:
        from PIL import ImageFont

        path = font_path()
        f = ImageFont.truetype(str(path), 24)
        missing = [ch for ch in "ăâđêôơưẮẰẲẴẶấầẩẫậếềểễệốồổỗộớờởỡợứừửữựỳỷỹỵ" if f.getmask(ch).getbbox() is None]
        if missing:
            raise RuntimeError(f"font lacks glyphs: {''.join(missing)}")
        return f"{path.name} covers Vietnamese"

    yield run_check("font", font)

    def printer() -> str:
        from kiosk.printing.test_page import test_page

        ctx = holder.get("ctx")
        if ctx is None:
            raise RuntimeError("no database")
        printer = ctx.desk.printer  # type: ignore[attr-defined]
        data = printer.render(test_page("self-test", printer.url))
        if printer.url.startswith("sim://"):
            out = Path(tempfile.mkdtemp(prefix="kiosk-selftest-"))
            from kiosk.wiring import open_printer_for_selftest

            sim = open_printer_for_selftest(printer.url, ctx.config.printer_profile, out)  # type: ignore[attr-defined]
            outcome = sim.send(data, "self-test")
            if not outcome.ok:
                raise RuntimeError(outcome.reason)
            return f"{printer.url}: test page {len(data)} bytes, rendered to {out}"
        return f"{printer.url}: test page renders to {len(data)} bytes (not sent; use the technician screen)"

    yield run_check("printer", printer)

    def typing() -> str:
        from kiosk.textinput import type_keys

        for keys, want in (("Nguyeenx Thij Huwowngf", "Nguyễn Thị Hường"), ("dduwowngf", "đường")):
            got = type_keys(keys, "telex")
            if got != want:
                raise RuntimeError(f"Telex {keys!r} gave {got!r}, not {want!r}")
        for keys, want in (("d9u7o7ng2", "đường"),):
            got = type_keys(keys, "vni")
            if got != want:
                raise RuntimeError(f"VNI {keys!r} gave {got!r}, not {want!r}")
        return "Telex and VNI"

    yield run_check("typing", typing)

    def technician_pin() -> str:
        from kiosk.security.pin import needs_rehash
        from kiosk.security.technician import technician_guard

        cfg = holder.get("config")
        stored = getattr(cfg, "technician_pin_hash", "")
        if not stored:
            raise RuntimeError("no technician PIN: run `kiosk technician set-pin`")
        minutes = technician_guard(stored).locked_minutes()
        sample = " (the SAMPLE PIN: set your own)" if getattr(cfg, "sample", False) else ""
        return (f"set, {stored.split('$', 1)[0]}" + (", should be set again" if needs_rehash(stored) else "")
                + (f", locked for {minutes} min" if minutes else "") + sample)

    yield run_check("technician PIN", technician_pin)

    def audit_trail() -> str:
        from kiosk.audit import verify

        ctx = holder.get("ctx")
        if ctx is None:
            raise RuntimeError("no database")
        with ctx.store.read() as s:  # type: ignore[attr-defined]
            result = verify(s)
        if not result.ok:
            b = result.breaks[0]
            raise RuntimeError(f"broken at entry {b.seq} of {b.terminal}: {b.reason_en} (kiosk audit verify)")
        return f"{result.entries} entries, chain intact"

    yield run_check("audit trail", audit_trail)

    def data_key() -> str:
        import stat

        ctx = holder.get("ctx")
        if ctx is None:
            raise RuntimeError("no database")
        folder = ctx.store.path.parent / "keys"  # type: ignore[attr-defined]
        keys = sorted(folder.glob("*.key")) if folder.is_dir() else []
        if not keys:
            return "no key yet (made with the first personal value stored)"
        loose = [k.name for k in keys if stat.S_IMODE(k.stat().st_mode) & 0o077]
        if loose:
            raise RuntimeError(f"readable by others: {', '.join(loose)} (chmod 600)")
        return f"{len(keys)} key file(s) in {folder}, mode 0600 — back them up apart from the database"

    yield run_check("personal data key", data_key)


def print_results(results: list[CheckResult]) -> int:
    for r in results:
        print(f"{'OK  ' if r.ok else 'FAIL'} {r.name:24s} {r.seconds * 1000:7.0f} ms  {r.detail}")
    failed = [r for r in results if not r.ok]
    print(f"{len(results) - len(failed)} passed, {len(failed)} failed")
    return 1 if failed else 0
