"""Device drivers and simulators: printers (scanners and keypads come later)."""
