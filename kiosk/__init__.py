"""Domain and application services of the one-stop-shop kiosk (no Qt here)."""

__version__ = "0.1.0"
