"""The page a ticket's QR opens on a phone: read from the printed QR, checked in a real browser."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import httpx
import pytest
import zxingcpp
from PIL import Image

from tests.server.conftest import terminal


def _with_public_url(home: Path, url: str) -> None:
    cfg = home / "config.toml"
    text = cfg.read_text(encoding="utf-8")
    cfg.write_text(text.replace("sample = true\n", f'sample = true\npublic_url = "{url}"\n', 1), encoding="utf-8")


def test_the_printed_qr_opens_the_tickets_live_page(live_server, tmp_path, clock):
    from kiosk.config import load_config
    from kiosk.wiring import build_context

    kiosk, sync = terminal(tmp_path, "kiosk", live_server, "kiosk", clock)
    _with_public_url(kiosk.home, live_server.url)
    kiosk = build_context(kiosk.home, clock=clock, config=load_config(kiosk.home / "config.toml"))
    first, _ = kiosk.desk.take_and_print("HT")
    ticket, outcome = kiosk.desk.take_and_print("HT")
    assert outcome.ok
    sync.run_once()
    png = next(p for p in outcome.artifacts if p.endswith(".png"))
    with Image.open(png) as img:
        urls = [r.text for r in zxingcpp.read_barcodes(img.convert("L"))]
    assert urls == [f"{live_server.url}/t/{ticket.id}"]
    page = httpx.get(urls[0])
    assert page.status_code == 200 and "A002" in page.text
    assert "Số người chờ trước" in page.text and "<td id='f3'>1</td>" in page.text
    assert "Nguyễn" not in page.text  # nothing personal
    english = httpx.get(urls[0] + "?lang=en")
    assert "People ahead of you" in english.text
    missing = httpx.get(f"{live_server.url}/t/nope")
    assert missing.status_code == 404 and "Không tìm thấy phiếu này" in missing.text
    kiosk.close()


@pytest.mark.skipif(shutil.which("chromium") is None,
                    reason="Debian's chromium is not installed here (.ci/run installs it)")
def test_the_page_in_a_real_headless_browser_on_a_phone_sized_screen(live_server, tmp_path, clock):
    kiosk, sync = terminal(tmp_path, "kiosk", live_server, "kiosk", clock)
    kiosk.queue.take_ticket("CT")
    t = kiosk.queue.take_ticket("CT")
    sync.run_once()
    url = f"{live_server.url}/t/{t.id}"
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={tmp_path / 'chrome'}"]
    dom = subprocess.run(["chromium", *flags, "--dump-dom", url + "?lang=vi"], capture_output=True, text=True, timeout=120,
                         env={**os.environ, "LANG": "vi_VN.UTF-8"})
    assert "B002" in dom.stdout and "Số người chờ trước" in dom.stdout
    shot = tmp_path / "phone.png"
    subprocess.run(["chromium", *flags, f"--screenshot={shot}", "--window-size=360,740", url],
                   capture_output=True, timeout=120)
    with Image.open(shot) as img:
        assert img.size == (360, 740)
        # the big number is drawn: plenty of the navy ink in the upper half
        top = img.convert("RGB").crop((0, 0, 360, 370))
        navy = sum(1 for x in range(0, 360, 2) for y in range(0, 370, 2)
                   if (px := top.getpixel((x, y)))[2] > 100 and px[0] < 60 and px[1] < 100)
        assert navy > 300
