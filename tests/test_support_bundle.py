"""``kiosk support-bundle``: the zip opens, holds what support needs, and no secret, nor anybody's
personal data, is in it."""

from __future__ import annotations

import json
import logging
import zipfile
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.config import load_config
from kiosk.store.migrate import HEAD
from kiosk.supervisor import write_gui_state
from kiosk.support_bundle import Scrubber, build_bundle, is_secret_key, redact_toml
from kiosk.sync.client import DeviceIdentity, save_device
from tests.kiosk.test_dossier import APPLICANT, BIRTH

TOKEN = "tok_PLANTED_9f8e7d6c5b4a"
PROXY_PASSWORD = "Pr0xy-Planted-Pw"
API_KEY = "k3y-planted-0123456789"
DEVICE_TOKEN = "dev_PLANTED_TOKEN_77aa88bb99"


@pytest.fixture
def planted(home: Path, ctx) -> dict[str, str]:
    """A terminal with secrets in its configuration, its enrolment and even its log, and a
    dossier with a citizen's details."""
    config = home / "config.toml"
    text = config.read_text(encoding="utf-8")
    pin_hashes = [line.split("=", 1)[1].strip().strip('"') for line in text.splitlines()
                  if "pin_hash" in line and "=" in line and not line.lstrip().startswith("#")]
    assert pin_hashes  # the sample center's officers (and technician) have some
    config.write_text(text + f"""
[sync]
api_token = "{TOKEN}"
proxy = "http://kiosk:{PROXY_PASSWORD}@10.0.0.1:3128"

[[integrations]]
name = "portal"
api_key = "{API_KEY}"
""", encoding="utf-8")
    load_config()  # unknown tables are allowed: the configuration still reads
    save_device(home, DeviceIdentity("http://10.0.0.5:8700", "dev-1", "MAU-01", "kiosk", DEVICE_TOKEN))
    ctx.dossiers.receive(BIRTH, APPLICANT)
    write_gui_state(home, {"pid": 1, "role": "kiosk", "screen": "home"})
    from kiosk.logsetup import setup_logging

    root = logging.getLogger()
    before = list(root.handlers)
    try:
        setup_logging("cli", home=home)
        logging.getLogger("kiosk.test").error("sync refused with token %s (a bug that leaked it)", DEVICE_TOKEN)
        logging.getLogger("kiosk.test").info("pin_hash was %s", pin_hashes[0])
    finally:
        for h in [h for h in root.handlers if h not in before]:
            root.removeHandler(h)
            h.close()
    return {"token": TOKEN, "proxy": PROXY_PASSWORD, "api_key": API_KEY, "device": DEVICE_TOKEN,
            **{f"pin{i}": h for i, h in enumerate(pin_hashes)}}


def contents(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as zf:
        assert zf.testzip() is None
        return {name: zf.read(name).decode("utf-8") for name in zf.namelist()}


def test_the_bundle_has_what_support_needs_and_no_secret(home, planted, tmp_path):
    path = build_bundle(home, tmp_path)
    assert path.parent == tmp_path and path.suffix == ".zip"
    assert path.stat().st_mode & 0o077 == 0  # readable by this user only
    members = contents(path)
    for name in ("README.txt", "manifest.json", "config/config.toml", "state/gui.json", "state/sync.json",
                 "database.json", "logs/cli.jsonl"):
        assert name in members, name
    everything = "\n".join(members.values())
    for what, secret in planted.items():
        assert secret not in everything, what
    for personal in (APPLICANT["name"], APPLICANT["id_number"], APPLICANT["phone"], APPLICANT["address"]):
        assert personal not in everything
    config = members["config/config.toml"]
    assert 'api_token = "<removed>"' in config and 'pin_hash = "<removed>"' in config
    assert "http://kiosk:<removed>@10.0.0.1:3128" in config
    assert 'bank_account = "0011001234567"' in config  # printed on every fee slip: kept
    assert 'keypad = "none"' in config  # a "key…" that is no key
    assert "#  SAMPLE CENTER" in config  # comments kept
    log_text = members["logs/cli.jsonl"]
    assert "sync refused with token <removed>" in log_text
    manifest = json.loads(members["manifest.json"])
    versions = manifest["versions"]
    assert versions["app"] and versions["sqlite"] and versions["python"]
    assert versions["packages"]["SQLAlchemy"]
    db = json.loads(members["database.json"])
    assert db["revision"] == HEAD and db["rows"]["dossiers"] == 1 and db["rows"]["outbox"] >= 2
    sync = json.loads(members["state/sync.json"])
    assert sync["enrolled"] and sync["device"]["token"] == "<removed>" and sync["device"]["center"] == "MAU-01"
    assert json.loads(members["state/gui.json"])["screen"] == "home"


def test_cli_prints_the_path(home, planted, tmp_path, capsys):
    out = tmp_path / "bundle.zip"
    assert main(["support-bundle", "--out", str(out)]) == 0
    printed = capsys.readouterr().out.strip()
    assert printed == str(out) and out.exists()
    assert planted["token"] not in "".join(contents(out).values())


def test_cli_refuses_an_unwritable_place_in_words(home, tmp_path, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert main(["support-bundle", "--out", str(blocker / "sub" / "b.zip")]) == 10
    err = capsys.readouterr().err
    assert "Không ghi được gói hỗ trợ" in err and "Traceback" not in err


def test_secret_keys_and_a_broken_file():
    assert all(is_secret_key(k) for k in ("pin_hash", "technician_pin_hash", "api_token", "API_KEY",
                                          "password", "db_passwd", "client-secret", "key"))
    assert not any(is_secret_key(k) for k in ("keypad", "bank_account", "account_name", "authority",
                                              "public_url", "monkey_business"))
    scrub = Scrubber()
    broken = redact_toml('[sync\npassword = "hunter2-planted"\nname = "x"\n', scrub)
    assert "hunter2-planted" not in broken and 'name = "x"' in broken
    assert scrub("said hunter2-planted twice: hunter2-planted") == "said <removed> twice: <removed>"
