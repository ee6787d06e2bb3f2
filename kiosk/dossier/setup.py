"""The catalog, the working calendar and the dossier service, from this terminal's configuration."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from kiosk.calendar import WorkingCalendar, default_overrides_path, load_overrides
from kiosk.catalog import Catalog, default_catalog, load_catalog
from kiosk.config import Config
from kiosk.config_reception import ReceptionConfig
from kiosk.dossier.files import FileStore
from kiosk.dossier.service import DossierService
from kiosk.security.access import Access
from kiosk.store.db import Store
from kiosk.timeutil import Clock, utc_now


def catalog_for(reception: ReceptionConfig) -> Catalog:
    """The configured catalog file, else the bundled sample (read once per file and change)."""
    path = reception.catalog_path
    if path is None:
        return default_catalog()
    return _catalog(path, path.stat().st_mtime_ns if path.exists() else 0)


@lru_cache(maxsize=4)
def _catalog(path: Path, stamp: int) -> Catalog:
    return load_catalog(path)


def calendar_for(reception: ReceptionConfig) -> WorkingCalendar:
    path = reception.calendar_overrides_path or default_overrides_path()
    overrides = load_overrides(path) if path.exists() else ()
    periods = [[a.strftime("%H:%M"), b.strftime("%H:%M")] for a, b in reception.hours]
    return WorkingCalendar.from_settings(periods, reception.saturday_morning, list(overrides))


def dossier_service(store: Store, config: Config, clock: Clock = utc_now,
                    terminal: str = "", access: Access | None = None) -> DossierService:
    reception = config.reception
    return DossierService(store, config, catalog_for(reception), calendar_for(reception), clock,
                          terminal, access)


def file_store(home: Path) -> FileStore:
    return FileStore(home / "files")
