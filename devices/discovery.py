"""What is plugged in: serial ports with their stable ids, USB printers, line-printer devices.

A port's name changes when it is replugged (ttyUSB0 → ttyUSB1); its stable id does not:
VID:PID:serial, and the ``/dev/serial/by-id/...`` link udev makes from it. Configure devices by
that link (see resources/udev/) and they are found again after a replug — or by the id itself,
``serial://usb:0403:6001:A10K3XYZ`` (VID:PID[:serial]): each (re)connect looks the port up again.
"""

from __future__ import annotations

import contextlib
import errno
import glob
import os
import re
from dataclasses import asdict, dataclass

_STABLE_ID = re.compile(r"^usb:([0-9a-fA-F]{4}):([0-9a-fA-F]{4})(?::(.+))?$")


@dataclass(frozen=True)
class FoundPort:
    device: str
    description: str
    vid_pid: str  # "0416:5011", "" when not USB
    serial_number: str
    stable_path: str  # /dev/serial/by-id/... when udev made one
    kind: str  # serial | usb-printer | lp

    def as_json(self) -> dict[str, str]:
        return asdict(self)


def _by_id() -> dict[str, str]:
    links: dict[str, str] = {}
    for link in glob.glob("/dev/serial/by-id/*"):
        links[os.path.realpath(link)] = link
    return links


def serial_ports() -> list[FoundPort]:
    from serial.tools import list_ports

    stable = _by_id()
    found = []
    for p in sorted(list_ports.comports(), key=lambda p: p.device):
        vid_pid = f"{p.vid:04x}:{p.pid:04x}" if p.vid is not None and p.pid is not None else ""
        found.append(FoundPort(p.device, p.description or "", vid_pid, p.serial_number or "",
                               stable.get(os.path.realpath(p.device), ""), "serial"))
    return found


def line_printers() -> list[FoundPort]:
    """USB printers the kernel drives (usblp): ``/dev/usb/lp*``, written as files."""
    return [FoundPort(path, "USB printer (usblp)", "", "", "", "lp") for path in sorted(glob.glob("/dev/usb/lp*"))]


def usb_printers() -> tuple[list[FoundPort], str]:
    """USB devices of the printer class, by VID:PID (pyusb, when installed with libusb)."""
    try:
        import usb.core
    except ImportError:
        return [], "pyusb not installed: USB printers by VID:PID are not listed"
    found = []
    try:
        for dev in usb.core.find(find_all=True):
            classes = {intf.bInterfaceClass for cfg in dev for intf in cfg}
            if 7 in classes:
                serial = ""
                # reading the serial string needs access to the device: without it, list it anyway
                with contextlib.suppress(ValueError, usb.core.USBError):
                    serial = dev.serial_number or ""
                found.append(FoundPort(f"usb://{dev.idVendor:04x}:{dev.idProduct:04x}", "USB printer",
                                       f"{dev.idVendor:04x}:{dev.idProduct:04x}", serial, "", "usb-printer"))
    except Exception as exc:  # no libusb backend, no permission
        return found, f"USB not readable: {exc}"
    return found, ""


def inventory() -> tuple[list[FoundPort], list[str]]:
    ports = serial_ports() + line_printers()
    usb, note = usb_printers()
    return ports + usb, [note] if note else []


def is_stable_id(port: str) -> bool:
    return _STABLE_ID.match(port) is not None


def resolve_port(port: str) -> str:
    """The device path to open now for ``port``: itself, unless it is a stable USB id
    (``usb:VID:PID[:serial]``), which is looked up among the serial ports plugged in at this
    moment (so a scanner replugged as ttyACM1 instead of ttyACM0 is found again).

    Raises:
        FileNotFoundError: (errno ENOENT) no plugged-in port has that id — "unplugged".
    """
    m = _STABLE_ID.match(port)
    if m is None:
        return port
    vid, pid, serial = int(m.group(1), 16), int(m.group(2), 16), m.group(3)
    from serial.tools import list_ports

    for p in sorted(list_ports.comports(), key=lambda p: p.device):
        if p.vid == vid and p.pid == pid and (serial is None or p.serial_number == serial):
            return str(p.device)
    raise FileNotFoundError(errno.ENOENT, f"no serial port with USB id {m.group(1)}:{m.group(2)}"
                            + (f" serial {serial}" if serial else "") + " is plugged in", port)
