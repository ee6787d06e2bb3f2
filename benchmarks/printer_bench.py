"""Printer benchmark (not a test): bytes per ticket and time on the wire for each printing path.

- hybrid (our default): ASCII lines, the big number (GS !) and the QR (GS ( k) go native, only
  lines with Vietnamese letters go as 1-bit raster (GS v 0);
- raster-only: everything as images, for printers whose fonts or native commands cannot be
  trusted;
- cp1258, tcvn3: a printer with a Vietnamese code page (``devices.printer.codepage``): Vietnamese
  lines go as text after ESC t n, as the hybrid path otherwise; a line with a character outside
  the code page still goes as raster (the "raster lines" column).

Seconds on the wire at 10 bits a byte (8N1); USB and TCP are limited by the print head instead
(about 150-250 mm/s on current models). Tickets: 300 real ones over the six sample services, one
in three with a priority category.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

PATHS = [("hybrid", ""), ("raster-only", "-raster"), ("cp1258", "-cp1258"), ("tcvn3", "-tcvn3")]
BAUDS = (9600, 115200)


def main() -> int:
    os.environ.setdefault("KIOSK_HOME", tempfile.mkdtemp(prefix="bench-printer-"))
    from devices.printer import open_printer
    from kiosk.config import load_config
    from kiosk.printing.ticket_layout import ticket_document
    from kiosk.wiring import build_context

    ctx = build_context(config=load_config())
    services = ["HT", "CT", "DD", "DKKD", "XD", "DT"]
    priorities = [None, None, "child"]
    tickets = [ctx.queue.take_ticket(services[i % 6], priorities[i % 3]) for i in range(300)]
    docs = [ticket_document(ctx.config, t, "vi") for t in tickets]
    ctx.close()
    print(f"Printer bytes per ticket ({len(docs)} tickets, vi); {time.strftime('%Y-%m-%d')}")
    print()
    print(
        "| paper | path | profile | bytes mean | bytes max | s at 9600 (mean / max) "
        "| s at 115200 (mean / max) | raster lines per ticket |"
    )
    print("|---|---|---|---:|---:|---:|---:|---:|")
    for width in ("80mm", "58mm"):
        for path, suffix in PATHS:
            profile = f"generic-{width}{suffix}"
            printer = open_printer("sim://printer?png=0", profile)
            streams = [printer.render(doc) for doc in docs]
            sizes = [len(s) for s in streams]
            mean, worst = statistics.mean(sizes), max(sizes)
            secs = [f"{mean * 10 / baud:.2f} / {worst * 10 / baud:.2f}" for baud in BAUDS]
            # GS v 0 images other than the QR and the number (native on all but raster-only)
            images = statistics.mean(s.count(b"\x1dv0") for s in streams)
            raster = "all" if path == "raster-only" else f"{images:.2f}"
            print(
                f"| {width} | {path} | {profile} | {mean:,.0f} B | {worst:,} B | {secs[0]} | "
                f"{secs[1]} | {raster} |"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
