"""Configuration: the sample loads; every mistake is reported at once, in words."""

from __future__ import annotations

import pytest

from kiosk.config import hash_pin, load_config, verify_pin
from kiosk.errors import ConfigError
from tests.conftest import write_config


def test_sample_center_is_copied_and_marked_as_sample(home):
    cfg = load_config()
    assert (home / "config.toml").exists()
    assert cfg.sample and "MẪU" in cfg.center_name
    assert [s.prefix for s in cfg.services] == ["A", "B", "C", "D", "E", "F"]
    assert cfg.service("ht").name == "Hộ tịch"
    assert cfg.counters_serving("DD")[0].number == 3


def test_every_problem_is_listed_with_where_it_is(home):
    write_config(home, """
[center]
code = "X"
name = "Trung tâm"
[terminal]
role = "kiosque"
idle_timeout_s = 1
[[services]]
code = "HT"
prefix = "a1"
name = "Hộ tịch"
range = [10, 5]
[[services]]
code = "HT"
prefix = "B"
name = ""
[[counters]]
number = 1
services = ["HT", "ZZ"]
""")
    with pytest.raises(ConfigError) as err:
        load_config()
    msg = err.value.message("vi")
    for fragment in ["terminal.role", "terminal.idle_timeout_s", "services[0].prefix", "services[0].range",
                     "services[1].name", "“HT” bị trùng", "ZZ", "config.toml"]:
        assert fragment in msg, fragment


def test_unparseable_toml_is_a_sentence(home):
    write_config(home, "[center\ncode=")
    with pytest.raises(ConfigError) as err:
        load_config()
    assert "Không đọc được tệp cấu hình" in err.value.message("vi")


def test_text_is_normalised_to_nfc(home):
    import unicodedata

    cfg_text = (load_config().path.read_text(encoding="utf-8")
                .replace('name = "Hộ tịch"', 'name = "' + unicodedata.normalize("NFD", "Hộ tịch") + '"'))
    write_config(home, cfg_text)
    assert load_config().service("HT").name == unicodedata.normalize("NFC", "Hộ tịch")


def test_pin_hash_round_trip():
    stored = hash_pin("2468")
    assert verify_pin("2468", stored)
    assert not verify_pin("2469", stored)
    assert not verify_pin("2468", "garbage")


def test_scanner_and_keypad_urls_are_checked(home):
    from kiosk.config import load_config
    from kiosk.errors import ConfigError

    cfg = load_config()
    assert cfg.scanner_url == "hid" and cfg.keypad_url == "none"
    text = cfg.path.read_text(encoding="utf-8")
    cfg.path.write_text(text.replace('keypad = "none"', 'keypad = "serial:///dev/ttyUSB1?map=31:3,32:2,33:1"'),
                        encoding="utf-8")
    assert load_config().keypad_url.startswith("serial:///dev/ttyUSB1")
    cfg.path.write_text(text.replace('scanner = "hid"', 'scanner = "bluetooth://x"'), encoding="utf-8")
    with pytest.raises(ConfigError) as bad:
        load_config()
    assert "devices.scanner" in bad.value.message("vi")


def test_device_settings_are_saved_atomically_with_comments_kept_and_bad_ones_refused(home, clock):
    from kiosk.errors import ConfigError
    from kiosk.wiring import build_context

    ctx = build_context(home, clock=clock)
    before = ctx.config.path.read_text(encoding="utf-8")
    ctx.save_devices({"printer": "sim://printer?png=0", "printer_profile": "generic-58mm",
                      "scanner": "serial:///dev/ttyACM0?baudrate=9600"})
    after = ctx.config.path.read_text(encoding="utf-8")
    assert "# Device URLs" in after and "[queue.priority]" in after  # the file stays the technician's
    assert ctx.config.printer_profile == "generic-58mm" and ctx.desk.printer.profile.width_dots == 384
    assert ctx.config.scanner_url.startswith("serial:///dev/ttyACM0")
    assert ctx.desk.take_and_print("HT")[1].ok  # the new printer is in use at once
    for bad in ({"printer": "bluetooth://x"}, {"printer_profile": "nope"}, {"keypad": "usb://1"},
                {"colour": "red"}):
        with pytest.raises(ConfigError):
            ctx.save_devices(bad)
    assert ctx.config.path.read_text(encoding="utf-8") == after  # a refused setting changes nothing
    assert not list(home.glob(".*.tmp")) and not list(home.glob(".*.check"))
    assert before != after
    ctx.close()
