"""A dossier received at one counter PC is looked up at the kiosk: through the server, once."""

from __future__ import annotations

from sqlalchemy import func, select

from server.models import AppliedOp
from tests.server.conftest import terminal

APPLICANT = {"name": "Trần Văn Bình", "id_number": "001085001234", "birth_date": "1985-03-02",
             "address": "Thôn 3, xã Mẫu", "phone": "0987654321", "email": ""}


def test_a_dossier_and_its_life_reach_the_kiosk_exactly_once(live_server, tmp_path, clock):
    counter, counter_sync = terminal(tmp_path, "counter", live_server, "counter", clock)
    kiosk, kiosk_sync = terminal(tmp_path, "kiosk", live_server, "kiosk", clock)
    view = counter.dossiers.receive("1.004873", APPLICANT, officer="cb01", counter=1)
    counter.dossiers.transition(view.code, "processing", "cb01", "Chuyển Phòng Tư pháp")
    report = counter_sync.run_once()
    # 2 dossier + 2 event ops, and the intake and the state change in the audit trail
    assert report.ok and report.pushed == 6 and report.rejected == 0
    assert counter_sync.run_once().pushed == 0  # nothing left to push
    kiosk_sync.run_once()
    seen = kiosk.dossiers.find(view.code)
    assert seen.state == "processing" and seen.appointment_at == view.appointment_at
    assert [e.kind for e in seen.events] == ["intake", "state"]
    assert [c.component_id for c in seen.components] == [c.component_id for c in view.components]
    kiosk_sync.run_once()  # pulling again changes nothing
    assert len(kiosk.dossiers.show(view.code).events) == 2
    with live_server.db.sessions() as s:
        assert s.scalar(select(func.count()).select_from(AppliedOp).where(
            AppliedOp.entity.like("dossier%"))) == 4


def test_scanned_papers_go_to_the_server_before_the_dossier_that_names_them(live_server, tmp_path, clock):
    from PIL import Image

    from kiosk.dossier.files import Page

    counter, counter_sync = terminal(tmp_path, "counter", live_server, "counter", clock)
    view = counter.dossiers.receive("1.001193", APPLICANT)
    page = Page(Image.new("L", (850, 1100), 255), "scan")
    tk = counter.dossiers.attach_pages(view.code, "tk", [page], counter.files)
    sha = next(c.sha256 for c in tk.components if c.component_id == "tk")
    report = counter_sync.run_once()
    assert report.ok and report.rejected == 0
    assert counter_sync.http.get(f"/v1/blobs/{sha}").json() == {
        "sha256": sha, "complete": True, "size": counter.files.path(sha).stat().st_size}
    # a scan whose file is lost before it went out is reported as a dead letter, never dropped
    gcs = counter.dossiers.attach_pages(view.code, "gcs", [Page(Image.new("L", (850, 1100), 0), "scan")],
                                        counter.files)
    lost = next(c.sha256 for c in gcs.components if c.component_id == "gcs")
    counter.files.path(lost).unlink()
    report = counter_sync.run_once()
    assert report.rejected == 1
    from kiosk.sync.client import sync_status

    assert sync_status(counter.store).dead_letters == 1
