"""Where the application keeps its state and finds its bundled resources."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "motcua-kiosk"


def kiosk_home() -> Path:
    """The one directory holding config, database, logs and simulated device output.

    ``KIOSK_HOME`` when set, else the platform's per-user data directory.
    """
    env = os.environ.get("KIOSK_HOME")
    if env:
        home = Path(env).expanduser()
    else:
        import platformdirs

        home = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    home.mkdir(parents=True, exist_ok=True)
    return home


def resources_dir() -> Path:
    """The bundled ``resources/`` folder (source tree, or inside a frozen build).

    ``KIOSK_RESOURCES`` overrides it. PyInstaller's one-folder build (build_installer.spec) sets
    ``sys._MEIPASS`` to ``dist/kiosk/_internal``, where the spec puts ``resources/``; another
    freezer (``sys.frozen`` without ``_MEIPASS``) is looked for beside the executable. The
    migrations need nothing here: ``kiosk/store/migrate.py`` finds them from its ``__file__``,
    which a frozen module has too (``_internal/kiosk/store/migrate.pyc``).
    """
    env = os.environ.get("KIOSK_RESOURCES")
    if env:
        return Path(env)
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def font_path(bold: bool = False) -> Path:
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    return resources_dir() / "fonts" / name


def atomic_write_text(path: Path, text: str) -> None:
    """Replace ``path`` with ``text`` so that a crash or a power cut leaves the old file or the
    new one, never half of one: write beside it, flush to disk, rename, flush the folder."""
    tmp = path.with_name(f".{path.name}.tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    if hasattr(os, "O_DIRECTORY"):
        fd = os.open(path.parent, os.O_DIRECTORY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
