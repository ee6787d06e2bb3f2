"""Barcode/QR scanners: serial/USB-CDC (pyserial), keyboard wedge (Qt filter), the simulator.

Scans are normalised and classified by ``kiosk.scan``; the UI routes them to the screen that
wants them (``ui.scan_filter``).
"""

from devices.scanner.factory import HidScanner, Scanner, ScannerUrlError, open_scanner

__all__ = ["HidScanner", "Scanner", "ScannerUrlError", "open_scanner"]
