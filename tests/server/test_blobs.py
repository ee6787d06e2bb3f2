"""Files travel as content-addressed blobs in resumable chunks, checked by their SHA-256."""

from __future__ import annotations

import hashlib
import os

import httpx

from tests.server.conftest import terminal


def test_a_file_is_uploaded_in_chunks_resumed_and_verified(live_server, tmp_path, clock, home):
    _, sync = terminal(tmp_path, "counter", live_server, "counter", clock)
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(os.urandom(700_000))
    sha = hashlib.sha256(scan.read_bytes()).hexdigest()
    # a first attempt is cut after two chunks (the network drops)
    first = sync.http.patch(f"/v1/blobs/{sha}", params={"offset": 0, "length": 700_000},
                            content=scan.read_bytes()[:300_000])
    assert first.json() == {"sha256": sha, "complete": False, "size": 300_000}
    wrong_offset = sync.http.patch(f"/v1/blobs/{sha}", params={"offset": 0, "length": 700_000}, content=b"x")
    assert wrong_offset.status_code == 409
    assert sync.upload_blob(scan, chunk=128 * 1024) == sha  # resumes at 300,000
    stored = home / "blobs" / sha[:2] / sha  # the server's data folder
    assert sync.http.get(f"/v1/blobs/{sha}").json() == {"sha256": sha, "complete": True, "size": 700_000}
    assert stored.read_bytes() == scan.read_bytes()
    assert scan.exists()  # the terminal deletes nothing


def test_corrupted_bytes_are_refused(live_server, tmp_path, clock):
    _, sync = terminal(tmp_path, "counter", live_server, "counter", clock)
    data = os.urandom(1000)
    sha = hashlib.sha256(data).hexdigest()
    bad = sync.http.patch(f"/v1/blobs/{sha}", params={"offset": 0, "length": 1000}, content=data[:-1] + b"!")
    assert bad.status_code == 422
    assert sync.http.get(f"/v1/blobs/{sha}").json()["size"] == 0  # nothing half-kept
    assert httpx.get(f"{live_server.url}/v1/blobs/{sha}").status_code == 401  # only enrolled devices


def test_an_op_that_names_a_file_goes_after_its_blob(live_server, tmp_path, clock, home):
    from sqlalchemy import select

    from kiosk.store.models import OutboxOp

    ctx, sync = terminal(tmp_path, "counter", live_server, "counter", clock)
    scan = tmp_path / "page-1.png"
    scan.write_bytes(os.urandom(50_000))
    sha = hashlib.sha256(scan.read_bytes()).hexdigest()
    with ctx.store.write() as s:
        s.add(OutboxOp(id="01a00000-0000-7000-8000-00000000b10b", entity="counter_session", entity_id="x",
                       op="scan", payload={"blobs": [{"sha256": sha, "path": str(scan)}]}, created_at=clock()))
        s.add(OutboxOp(id="01a00000-0000-7000-8000-00000000b10c", entity="counter_session", entity_id="y",
                       op="scan", payload={"blobs": [{"sha256": "0" * 64, "path": str(tmp_path / "gone.png")}]},
                       created_at=clock()))
    report = sync.run_once()
    assert report.ok and report.pending == 0 and report.rejected == 1
    assert (home / "blobs" / sha[:2] / sha).exists()
    with ctx.store.read() as s:
        states = {o.id[-4:]: (o.status, o.reason) for o in s.scalars(select(OutboxOp))}
    assert states["b10b"][0] == "applied"
    assert states["b10c"][0] == "rejected" and "gone.png" in states["b10c"][1]
