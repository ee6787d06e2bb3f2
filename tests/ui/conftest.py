"""GUI fixtures: the real application shell (bundled font, theme, translations), offscreen."""

from __future__ import annotations

import pytest


@pytest.fixture
def app(qapp, home):
    from ui.app import ensure_app
    from ui.i18n import translations

    application = ensure_app()
    translations.set_language("vi")
    yield application
    translations.set_language("vi")
    # the cycles a test left (widgets among them) are freed here, on the GUI thread: the
    # application's collector does the same every second (ui.app.GarbageCollector)
    import gc

    gc.collect()
