"""The procedure catalog (danh mục thủ tục hành chính): model, loading, look-ups and search.

Typical use::

    from kiosk.catalog import default_catalog, load_catalog

    catalog = default_catalog()                  # the bundled sample (marked as sample)
    catalog.search("dang ky khai sinh")[0].name  # 'Đăng ký khai sinh'
    catalog.get("1.001193").processing           # {'amount': 0, 'unit': 'same_day', 'cutoff': '15:00'}
    [(fc.field.name, fc.count) for fc in catalog.fields()]

No Qt, no devices, no server here: this is domain code (see the import-linter contract).
"""

from __future__ import annotations

from kiosk.catalog.catalog import Catalog, FieldCount
from kiosk.catalog.csvio import catalog_to_csv, parse_csv, write_csv
from kiosk.catalog.errors import CatalogError, CatalogLookupError, CatalogProblem
from kiosk.catalog.loader import (
    SAMPLE_CATALOG,
    default_catalog,
    default_catalog_path,
    load_catalog,
    parse_catalog,
)
from kiosk.catalog.model import (
    AGENCY_LEVELS,
    PROCESSING_UNITS,
    SERVICE_LEVELS,
    Component,
    Fee,
    Field,
    Procedure,
)
from kiosk.catalog.search import fold

__all__ = [
    "AGENCY_LEVELS",
    "PROCESSING_UNITS",
    "SAMPLE_CATALOG",
    "SERVICE_LEVELS",
    "Catalog",
    "CatalogError",
    "CatalogLookupError",
    "CatalogProblem",
    "Component",
    "Fee",
    "Field",
    "FieldCount",
    "Procedure",
    "catalog_to_csv",
    "default_catalog",
    "default_catalog_path",
    "fold",
    "load_catalog",
    "parse_catalog",
    "parse_csv",
    "write_csv",
]
