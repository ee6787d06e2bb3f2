"""The committed OpenAPI spec is the one the server serves (regenerate: make openapi)."""

from __future__ import annotations

import json
from pathlib import Path

from server.app import create_app

SPEC = Path(__file__).resolve().parents[2] / "docs" / "openapi.json"


def test_committed_spec_matches_the_server(tmp_path):
    from server.db import ServerDB

    served = create_app(ServerDB(f"sqlite:///{tmp_path / 's.db'}")).openapi()
    assert SPEC.exists(), "docs/openapi.json missing: run `make openapi`"
    assert json.loads(SPEC.read_text(encoding="utf-8")) == json.loads(json.dumps(served)), \
        "docs/openapi.json is out of date: run `make openapi`"
    assert all(path.startswith("/v1/") for path in served["paths"])
