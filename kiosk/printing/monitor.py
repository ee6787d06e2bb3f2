"""One thread per printer: its status every few seconds while idle, and failed tickets printed
again when it comes back (paper changed, cover closed, cable plugged back in).

Jobs themselves are sent under the printer's lock by whoever prints them (the kiosk's background
task, the technician's test page), so the wire carries one job or one status exchange at a time.
The monitor tells listeners when the state changes (the screens show it in words: "Máy in hết
giấy — thay cuộn giấy mới").
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from kiosk.desk import TicketDesk
from kiosk.ports import DeviceStatus

log = logging.getLogger(__name__)


class PrinterMonitor:
    def __init__(self, desk: TicketDesk, interval: float = 5.0, lang: str = "vi",
                 on_change: Callable[[DeviceStatus], None] | None = None) -> None:
        self.desk = desk
        self.interval = interval
        self.lang = lang
        self.on_change = on_change
        self.status: DeviceStatus | None = None
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> PrinterMonitor:
        self._thread = threading.Thread(target=self._run, name=f"printer {self.desk.printer.url}", daemon=True)
        self._thread.start()
        return self

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)

    def poke(self) -> None:
        """Look now (a job just failed, the technician pressed "check")."""
        self._wake.set()

    def check(self) -> DeviceStatus:
        """One round: ask the printer; when it is usable, print what failed while it was not."""
        status = self.desk.printer.query_status()
        previous, self.status = self.status, status
        if previous is None or previous.state != status.state:
            log.info("printer %s: %s", self.desk.printer.url, status.words("en"))
            if self.on_change is not None:
                self.on_change(status)
        # only when it comes back (or at start): a job that fails on a working printer is for the
        # technician, not for a retry every few seconds
        if not status.blocking and (previous is None or previous.blocking):
            outcomes = self.desk.retry_failed(self.lang)
            if outcomes:
                log.info("printer %s back: %d failed ticket(s) printed again, %d ok", self.desk.printer.url,
                         len(outcomes), sum(o.ok for o in outcomes))
        return status

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                self.check()
            except Exception:  # a driver bug must not end the monitoring
                log.exception("printer monitor round failed")
            self._wake.wait(self.interval)
            self._wake.clear()
