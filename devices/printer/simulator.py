"""The simulated printer: the embedded default, and the edge of the world in tests.

It writes what it was sent (``JOB.bin``) and what the paper would show (``JOB.png``, drawn
from those very bytes) under ``KIOSK_HOME/printer-sim/``. Faults are simulated like a device
would have them: write ``paper_out``, ``cover_open`` or ``offline`` into the file ``FAULT`` in
that folder (or pass ``?fault=...`` in the URL) and jobs fail with that reason until it is gone.
"""

from __future__ import annotations

import time
from pathlib import Path

from devices.printer.base import EscposPrinter
from devices.printer.paper import read_paper
from devices.printer.profiles import PrinterProfile
from devices.printer.status import PrinterState, PrinterStatus
from kiosk.ports import PrintOutcome

FAULTS = {
    "paper_out": "hết giấy / paper out",
    "cover_open": "nắp máy in đang mở / cover open",
    "offline": "máy in không phản hồi / printer offline",
}


class SimulatedPrinter(EscposPrinter):
    def __init__(self, url: str, profile: PrinterProfile, out_dir: Path, fault: str | None = None,
                 png: bool = True) -> None:
        super().__init__(url, profile)
        self.out_dir = out_dir
        self.fault = fault
        self.png = png

    def current_fault(self) -> str | None:
        if self.fault:
            return self.fault
        flag = self.out_dir / "FAULT"
        if flag.exists():
            return flag.read_text(encoding="utf-8").strip() or "offline"
        return None

    def _status(self) -> PrinterStatus:
        fault = self.current_fault()
        if fault is None:
            return PrinterStatus(PrinterState.READY)
        known = {PrinterState.PAPER_OUT, PrinterState.COVER_OPEN, PrinterState.OFFLINE,
                 PrinterState.PAPER_NEAR_END, PrinterState.ERROR, PrinterState.DISCONNECTED}
        return PrinterStatus(fault if fault in known else PrinterState.OFFLINE, (), "simulated")

    def deliver(self, data: bytes, job_id: str) -> PrintOutcome:
        self.out_dir.mkdir(parents=True, exist_ok=True)
        fault = self.current_fault()
        if fault and fault != PrinterState.PAPER_NEAR_END:
            return PrintOutcome(False, 0, FAULTS.get(fault, fault))
        stem = f"{time.strftime('%Y%m%d-%H%M%S')}-{job_id}"
        bin_path = self.out_dir / f"{stem}.bin"
        bin_path.write_bytes(data)
        self.last_sent = data[-256:]
        artifacts = [str(bin_path)]
        if self.png:
            read = read_paper(data, self.profile.width_dots, self.profile.vietnamese_tables())
            paper, unknown = read.image, read.unknown
            png_path = self.out_dir / f"{stem}.png"
            paper.save(png_path)
            artifacts.append(str(png_path))
            if unknown:
                return PrintOutcome(False, len(data), f"unknown ESC/POS commands: {unknown[:3]}",
                                    tuple(artifacts))
        return PrintOutcome(True, len(data), "", tuple(artifacts))
