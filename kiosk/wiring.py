"""The composition root: concrete store, printer and services from the configuration.

The only module of ``kiosk/`` allowed to reach into ``devices/`` (an import-linter exception):
entry points (CLI, Qt app) call it; the domain itself only knows the ports.
"""

from __future__ import annotations

import logging
import os
import socket
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.config import CENTER_FILE, Config, load_config
from kiosk.desk import TicketDesk
from kiosk.errors import ConfigError, KioskError
from kiosk.paths import kiosk_home
from kiosk.printing.jobs import PrintJobs
from kiosk.queue.service import QueueService
from kiosk.security.access import Access
from kiosk.store.db import Store
from kiosk.timeutil import Clock, utc_now

if TYPE_CHECKING:
    from kiosk.dossier.files import FileStore
    from kiosk.dossier.service import DossierService
    from kiosk.ports import QueueCoordinator

log = logging.getLogger(__name__)


def config_stamp(path: Path) -> tuple[float, ...]:
    """When the terminal's own file and the center's file (from the server) last changed."""
    stamps = []
    for p in (path, path.parent / CENTER_FILE):
        try:
            stamps.append(p.stat().st_mtime_ns)
        except OSError:
            stamps.append(0)
    return tuple(stamps)


@dataclass
class AppContext:
    home: Path
    config: Config
    store: Store
    queue: QueueService
    jobs: PrintJobs
    desk: TicketDesk
    stamp: tuple[float, ...] = field(default=())

    _dossiers: DossierService | None = None

    @property
    def dossiers(self) -> DossierService:
        """Dossier intake and life (the catalog and calendar are loaded on first use)."""
        if self._dossiers is None or self._dossiers.config is not self.config:
            from kiosk.dossier.setup import dossier_service

            self._dossiers = dossier_service(self.store, self.config, self.queue.clock,
                                             self.queue.terminal, self.access)
        return self._dossiers

    @property
    def access(self) -> Access:
        """Who acts on this terminal now (shared by every service of the context)."""
        return self.queue.access

    @property
    def files(self) -> FileStore:
        from kiosk.dossier.setup import file_store

        return file_store(self.home)

    def reload_config(self) -> bool:
        """Take up a changed configuration while running (the province closed a service, renamed
        one, changed the priority rule): True when it changed. A file that does not read is
        logged and the running configuration stays. Devices change only on restart."""
        stamp = config_stamp(self.config.path)
        if stamp == self.stamp:
            return False
        self.stamp = stamp
        try:
            config = load_config(self.config.path)
        except ConfigError as exc:
            log.error("the changed configuration is not usable, keeping the running one: %s", exc)
            return False
        self.config = config
        self.queue.use_config(config)
        self.desk.config = config
        log.info("configuration reloaded from %s", config.path)
        return True

    def save_devices(self, changes: dict[str, str]) -> Config:
        """The technician's device settings: checked (the printer URL is opened), saved
        atomically into this terminal's config.toml, and in use at once."""
        from devices.printer import open_printer
        from kiosk.config import save_device_settings

        self.access.require("device.change")
        url = changes.get("printer", self.config.printer_url)
        profile = changes.get("printer_profile", self.config.printer_profile)
        try:
            printer = open_printer(url, profile, self.home)
        except ValueError as exc:
            raise ConfigError("config_invalid", path=str(self.config.path), problems=f"  - devices: {exc}") from exc
        before = self.device_settings()
        config = save_device_settings(self.config.path, changes)
        old, self.desk.printer = self.desk.printer, printer
        old.close()
        self.reload_config()
        after = self.device_settings()
        from kiosk.audit import changes as changed

        with self.store.write() as s:
            self.queue.audit.record(s, "device_change", str(self.config.path.name),
                                    changed(before, after))
        log.info("device settings saved: %s", ", ".join(f"{k}={v}" for k, v in changes.items()))
        return config

    def device_settings(self) -> dict[str, str]:
        c = self.config
        return {"printer": c.printer_url, "printer_profile": c.printer_profile,
                "scanner": c.scanner_url, "keypad": c.keypad_url, "voice": str(c.voice)}

    def close(self) -> None:
        link = self.queue.coordinator
        if link is not None and hasattr(link, "close"):
            link.close()
        self.store.dispose()


def database_path(home: Path) -> Path:
    return home / "kiosk.db"


def build_context(home: Path | None = None, clock: Clock = utc_now, config: Config | None = None) -> AppContext:
    from devices.printer import open_printer

    home = home or kiosk_home()
    config = config or load_config()
    store = Store(database_path(home))
    store.migrate()
    coordinator: QueueCoordinator | None = None
    if os.environ.get("KIOSK_STANDALONE") != "1":
        from kiosk.sync.client import load_device

        device = load_device(home)
        if device is not None:  # enrolled: the server hands out numbers and grants calls
            from kiosk.sync.online import OnlineLink

            try:
                coordinator = OnlineLink(device, clock=clock)
            except KioskError as exc:  # plain HTTP refused, CA file gone: offline, never down
                from kiosk.sync.online import NoLink

                log.error("working offline: the server link cannot be opened: %s", exc)
                coordinator = NoLink(exc.message("en"))
    queue = QueueService(store, config, clock, terminal=socket.gethostname(), coordinator=coordinator)
    jobs = PrintJobs(store, clock)
    try:
        printer = open_printer(config.printer_url, config.printer_profile, home)
    except ValueError as exc:
        raise ConfigError("config_invalid", path=str(config.path), problems=f"  - devices: {exc}") from exc
    desk = TicketDesk(config, queue, jobs, printer)
    jobs.sweep_interrupted(lang=config.language)
    return AppContext(home, config, store, queue, jobs, desk, config_stamp(config.path))


def found_devices() -> tuple[list[dict[str, str]], list[str]]:
    """Serial ports, USB and line printers plugged into this machine (for `kiosk devices list`)."""
    from devices.discovery import inventory

    found, notes = inventory()
    return [f.as_json() for f in found], notes


def open_printer_url(url: str, profile: str, home: Path):  # type: ignore[no-untyped-def]
    """A printer from a URL given on the command line (the technician's test of a new device)."""
    from devices.printer import open_printer

    try:
        return open_printer(url, profile, home)
    except ValueError as exc:
        raise ConfigError("config_invalid", path=url, problems=f"  - devices: {exc}") from exc


def watch_device(kind: str, url: str, seconds: float) -> tuple[str, list[str], list[int]]:
    """Open a scanner or keypad, collect what it sends for ``seconds`` (or until the first
    scan/press), and return its last state, the scans and the levels (`kiosk devices test`)."""
    import threading

    got = threading.Event()
    scans: list[str] = []
    levels: list[int] = []

    def on_scan(text: str) -> None:
        scans.append(text)
        got.set()

    def on_press(level: int) -> None:
        levels.append(level)
        got.set()

    try:
        if kind == "scanner":
            from devices.scanner import open_scanner

            scanner = open_scanner(url)
            scanner.start(on_scan)
            stop: Callable[[], None] = scanner.stop
            state: Callable[[], str] = lambda: scanner.state  # noqa: E731
        else:
            from devices.keypad import open_keypad

            keypad = open_keypad(url)
            keypad.start(on_press)
            stop = keypad.stop
            state = lambda: keypad.state  # noqa: E731
    except ValueError as exc:
        raise ConfigError("config_invalid", path=url, problems=f"  - devices: {exc}") from exc
    try:
        got.wait(seconds)
        got.wait(0.3)  # a scan arriving in two frames, a double press: let the rest come
        return str(state()), scans, levels
    finally:
        stop()


def open_printer_for_selftest(url: str, profile: str, out: Path):  # type: ignore[no-untyped-def]
    """A simulated printer writing to ``out`` instead of the live output folder."""
    from devices.printer import open_printer

    return open_printer(url, profile, out)
