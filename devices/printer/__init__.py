"""Receipt printers: ESC/POS bytes, transports, profiles and the simulator."""

from devices.printer.factory import open_printer

__all__ = ["open_printer"]
