"""``kiosk technician set-pin`` / ``pin-status`` as a technician runs them (real processes)."""

from __future__ import annotations

import json

from tests.test_cli import kiosk


def test_set_pin_refuses_a_bad_pin_and_changes_nothing(tmp_path):
    kiosk(tmp_path, "technician", "pin-status")  # creates config.toml from the sample
    before = (tmp_path / "config.toml").read_text(encoding="utf-8")
    for bad in ("12", "abcd", "1234567890123", "12 34"):
        result = kiosk(tmp_path, "technician", "set-pin", "--pin", bad)
        assert result.returncode == 10
        assert "Mã PIN phải gồm từ 4 đến 12 chữ số." in result.stderr
        assert "Traceback" not in result.stderr
    assert (tmp_path / "config.toml").read_text(encoding="utf-8") == before


def test_set_pin_writes_a_scrypt_hash_and_keeps_the_rest(tmp_path):
    from kiosk.config import load_config
    from kiosk.security.pin import verify_pin

    result = kiosk(tmp_path, "technician", "set-pin", "--pin", "864209")
    assert result.returncode == 0, result.stderr
    text = (tmp_path / "config.toml").read_text(encoding="utf-8")
    assert "864209" not in text
    assert "# the technician's PIN" in text  # the sample's comments are kept
    config = load_config(tmp_path / "config.toml")
    assert config.technician_pin_hash.startswith("scrypt$")
    assert verify_pin("864209", config.technician_pin_hash)
    assert not verify_pin("2468", config.technician_pin_hash)  # the sample PIN no longer opens it
    status = json.loads(kiosk(tmp_path, "technician", "pin-status").stdout)
    assert status == {"set": True, "scheme": "scrypt", "needs_rehash": False, "failures": 0,
                      "locked_minutes": 0}


def test_the_pin_change_is_in_the_audit_trail_without_the_pin(tmp_path):
    assert kiosk(tmp_path, "technician", "set-pin", "--pin", "864209").returncode == 0
    listed = kiosk(tmp_path, "audit", "list", "--json")
    entries = [json.loads(line) for line in listed.stdout.splitlines()]
    assert [(e["action"], e["actor_role"], e["subject"]) for e in entries] == [
        ("technician_pin", "system", "terminal.technician_pin_hash")]
    assert "864209" not in listed.stdout
    assert kiosk(tmp_path, "audit", "verify").returncode == 0
