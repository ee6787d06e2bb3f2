"""The Qt application: shell, role screens, theme, translations, adapters over kiosk/ and devices/."""
