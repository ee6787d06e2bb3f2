"""Printer benchmark (not a test): bytes per ticket and time on the wire, hybrid vs raster-only.

Hybrid (our default): ASCII lines, the big number (GS !) and the QR (GS ( k) go native, only
lines with Vietnamese letters go as 1-bit raster. Raster-only: everything as images, for printers
whose fonts or native commands cannot be trusted. Seconds on the wire at 10 bits a byte (8N1);
USB and TCP are limited by the print head instead (about 150-250 mm/s on current models).
Tickets: 300 real ones over the six sample services, one in three with a priority category.
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

from benchmarks.run import print_table  # noqa: E402


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
    rows = []
    for width in ("80mm", "58mm"):
        for path, profile in (("hybrid", f"generic-{width}"), ("raster-only", f"generic-{width}-raster")):
            printer = open_printer("sim://printer?png=0", profile)
            sizes = [len(printer.render(ticket_document(ctx.config, t, "vi"))) for t in tickets]
            mean, worst = statistics.mean(sizes), max(sizes)
            wire = ", ".join(f"{worst * 10 / baud:.1f} s at {baud}" for baud in (9600, 115200))
            rows.append((f"ticket bytes, {width}, {path}", f"{mean:,.0f} B mean", "< 6,144 B" if path == "hybrid" else "",
                         f"max {worst:,} B; on the wire (max): {wire}"))
    ctx.close()
    print_table(f"Printer bytes per ticket; {time.strftime('%Y-%m-%d')}", rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
