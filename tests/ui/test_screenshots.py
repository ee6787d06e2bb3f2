"""`kiosk screenshots` renders every role; the ticket screen's QR is a real, readable code."""

from __future__ import annotations

import zxingcpp
from PIL import Image

from ui.screenshots import take_screenshots


def test_every_role_is_rendered_and_the_ticket_qr_reads(app, tmp_path):
    paths = take_screenshots(tmp_path / "shots", "vi")
    names = {p.name for p in paths}
    for role in ("kiosk", "counter", "display", "technician"):
        assert any(n.startswith(role) for n in names), role
    for p in paths:
        with Image.open(p) as img:
            assert img.width >= 800 and img.height >= 400, p.name
    with Image.open(tmp_path / "shots" / "kiosk-4-ticket.png") as img:
        texts = [r.text for r in zxingcpp.read_barcodes(img.convert("L"))]
    assert any(t.startswith("MOTCUA:T:") for t in texts)
