"""The ``kiosk`` command as a user runs it: real processes, a fresh KIOSK_HOME."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import zxingcpp
from PIL import Image


def kiosk(home: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    e = {**os.environ, "KIOSK_HOME": str(home), **(env or {})}
    e.pop("KIOSK_LANG", None)
    return subprocess.run([sys.executable, "-m", "kiosk", *args], capture_output=True, text=True,
                          env=e, timeout=120)


def test_take_then_call_returns_that_ticket(tmp_path):
    taken = kiosk(tmp_path, "ticket", "take", "HT", "--json")
    assert taken.returncode == 0, taken.stderr
    ticket = json.loads(taken.stdout)
    for key in ("id", "number", "service", "issued_at", "status"):
        assert key in ticket
    assert ticket["number"] == "A001" and ticket["status"] == "waiting" and ticket["printed"]
    png = next(p for p in ticket["print_output"] if p.endswith(".png"))
    with Image.open(png) as img:
        assert any("MOTCUA:T:" in r.text for r in zxingcpp.read_barcodes(img.convert("L")))

    called = kiosk(tmp_path, "queue", "call", "--counter", "1", "--json")
    assert called.returncode == 0, called.stderr
    got = json.loads(called.stdout)
    assert got["id"] == ticket["id"] and got["status"] == "serving" and got["counter"] == 1


def test_list_and_services_json(tmp_path):
    kiosk(tmp_path, "ticket", "take", "CT", "--priority", "elderly")
    listed = json.loads(kiosk(tmp_path, "queue", "list", "--json").stdout)
    assert listed["waiting"][0]["number"] == "B001" and listed["waiting"][0]["reason"]
    services = json.loads(kiosk(tmp_path, "queue", "services", "--json").stdout)
    codes = {s["code"]: s for s in services["services"]}
    assert codes["CT"]["prefix"] == "B" and codes["CT"]["waiting"] == 1 and 1 in codes["CT"]["counters"]


def test_errors_are_sentences_with_non_zero_exit(tmp_path):
    bad = kiosk(tmp_path, "ticket", "take", "NOPE", "--json")
    assert bad.returncode != 0
    assert "Không có dịch vụ mã “NOPE”" in bad.stderr
    assert "Traceback" not in bad.stderr + bad.stdout
    english = kiosk(tmp_path, "--lang", "en", "queue", "call", "--counter", "77")
    assert english.returncode != 0 and "There is no counter 77" in english.stderr


def test_broken_config_is_explained(tmp_path):
    (tmp_path / "config.toml").write_text("[terminal]\nrole = 'x'\n", encoding="utf-8")
    r = kiosk(tmp_path, "queue", "services")
    assert r.returncode == 11
    assert "không hợp lệ" in r.stderr and "terminal.role" in r.stderr
    assert "Traceback" not in r.stderr


def test_printer_failure_exit_code_and_reprint(tmp_path):
    (tmp_path / "printer-sim").mkdir()
    (tmp_path / "printer-sim" / "FAULT").write_text("cover_open")
    r = kiosk(tmp_path, "ticket", "take", "HT", "--json")
    assert r.returncode == 13
    ticket = json.loads(r.stdout)
    assert not ticket["printed"] and "quầy hướng dẫn" in r.stderr
    failed = json.loads(kiosk(tmp_path, "print", "jobs", "--status", "failed", "--json").stdout)["jobs"]
    assert [j["id"] for j in failed] == [ticket["print_job_id"]]
    (tmp_path / "printer-sim" / "FAULT").unlink()
    again = kiosk(tmp_path, "print", "reprint", ticket["print_job_id"], "--json")
    assert again.returncode == 0 and json.loads(again.stdout)["printed"]


def test_sample_data_fills_a_day(tmp_path):
    r = kiosk(tmp_path, "sample-data", "--days", "2", "--seed", "3")
    assert r.returncode == 0, r.stderr
    fields = dict(kv.split("=") for kv in r.stdout.split())
    assert int(fields["tickets"]) >= 0 and int(fields["served"]) <= int(fields["tickets"])


def test_run_without_qt_says_what_to_do(tmp_path):
    # a machine without PySide6: the import fails for real (the module is blocked)
    code = ("import sys; sys.modules['PySide6'] = None; from kiosk.cli import main; "
            "sys.exit(main(['run', '--role', 'kiosk']))")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                       env={**os.environ, "KIOSK_HOME": str(tmp_path)})
    assert r.returncode != 0
    assert "make run" in r.stderr and "PySide6" in r.stderr
    assert "Traceback" not in r.stderr


def test_unsupported_printer_url_is_a_configuration_error(tmp_path):
    kiosk(tmp_path, "queue", "services")  # writes the sample config
    cfg = tmp_path / "config.toml"
    cfg.write_text(cfg.read_text(encoding="utf-8").replace('printer = "sim://printer"', 'printer = "bt://x"'),
                   encoding="utf-8")
    r = kiosk(tmp_path, "queue", "list")
    assert r.returncode == 11 and "bt://x" in r.stderr and "Traceback" not in r.stderr


def test_sample_data_refuses_a_real_center(tmp_path):
    kiosk(tmp_path, "queue", "services")
    cfg = tmp_path / "config.toml"
    cfg.write_text(cfg.read_text(encoding="utf-8").replace("sample = true", "sample = false"), encoding="utf-8")
    r = kiosk(tmp_path, "sample-data")
    assert r.returncode == 10 and "--force" in r.stderr


def test_devices_test_printer_to_a_file_writes_the_test_page(tmp_path):
    """The technician's check of a printer by URL: the bytes decode to the test page."""
    from devices.printer import open_printer
    from devices.printer.paper import render_paper
    from kiosk.printing.test_page import test_page, vietnamese_alphabet

    out = tmp_path / "out.bin"
    url = f"file://{out}"
    ran = kiosk(tmp_path / "home", "devices", "test", "printer", "--printer", url, "--json")
    assert ran.returncode == 0, ran.stderr
    report = json.loads(ran.stdout)
    assert report["printed"] and report["state"] == "unknown"  # a file is a one-way link, and says so
    data = out.read_bytes()
    center = "Trung tâm Phục vụ hành chính công (MẪU)"
    assert data == open_printer(url).render(test_page(center, url))
    paper, unknown = render_paper(data)
    assert not unknown
    assert sorted(r.text for r in zxingcpp.read_barcodes(paper)) == ["MAU01-261128-0001", "MOTCUA:TEST"]
    assert len(vietnamese_alphabet()) == 24 and paper.height > 24 * 20  # every row of letters is on it
    paper.save(tmp_path / "test_page.png")


def test_devices_list_names_the_configured_printer_and_its_state(tmp_path):
    ran = kiosk(tmp_path, "devices", "list", "--json")
    assert ran.returncode == 0, ran.stderr
    report = json.loads(ran.stdout)
    assert report["configured"][0]["url"] == "sim://printer" and report["configured"][0]["state"] == "ready"
    assert all({"device", "vid_pid", "stable_path"} <= set(f) for f in report["found"])
    bad = kiosk(tmp_path, "devices", "test", "printer", "--printer", "bluetooth://x")
    assert bad.returncode == 11 and "bluetooth" in bad.stderr and "Traceback" not in bad.stderr


def test_devices_test_scanner_and_keypad_on_real_serial_ports(tmp_path):
    """The technician's check of a scanner and a keypad: a pty as the device's port."""
    import pty
    import time

    for kind, url_tail, payload, check in (
        ("scanner", "?suffix=cr", b"MAU01-261128-0001\r",
         lambda r: r["scans"][0] == {"text": "MAU01-261128-0001", "kind": "dossier"}),
        ("keypad", "?map=31:3,32:2,33:1", b"2", lambda r: r["levels"][:1] == [2]),
    ):
        master, slave = pty.openpty()
        path = os.ttyname(slave)
        env = {**os.environ, "KIOSK_HOME": str(tmp_path / kind)}
        proc = subprocess.Popen([sys.executable, "-m", "kiosk", "devices", "test", kind, "--url",
                                 f"serial://{path}{url_tail}", "--timeout", "15", "--json"],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        deadline = time.monotonic() + 30
        while proc.poll() is None and time.monotonic() < deadline:
            os.write(master, payload)  # the officer scans / presses until the check sees it
            time.sleep(0.5)
        out, err = proc.communicate(timeout=30)
        os.close(master)
        os.close(slave)
        assert proc.returncode == 0, err
        report = json.loads(out)
        assert report["state"] in ("connected", "disconnected") and check(report), report
    nothing = kiosk(tmp_path / "none", "devices", "test", "keypad")  # keypad = "none" by default
    assert nothing.returncode == 11 and "none" in nothing.stderr
