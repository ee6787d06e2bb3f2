"""No visible string is left untranslated: in the .ts files and on the screens themselves."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QTabWidget, QWidget

from kiosk.paths import resources_dir

ROOT = Path(__file__).resolve().parents[2]


def _messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    out = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for msg in context.iter("message"):
            out.append((name, msg.findtext("source") or "", msg))
    return out


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_string_in_the_sources_has_a_finished_translation(lang, tmp_path):
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    committed = resources_dir() / "i18n" / f"kiosk_{lang}.ts"
    fresh = tmp_path / committed.name
    shutil.copy(committed, fresh)
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    subprocess.run([str(lupdate), *sources, "-no-obsolete", "-ts", str(fresh)], check=True, capture_output=True)
    messages = _messages(fresh)
    assert len(messages) > 80  # the extraction really found the screens' strings
    assert any(source == "Take a queue number" for _, source, _ in messages)
    missing = []
    for context, source, msg in messages:
        tr = msg.find("translation")
        forms = [f.text for f in tr.findall("numerusform")] if msg.get("numerus") == "yes" else [tr.text]
        if tr.get("type") in ("unfinished", "vanished", "obsolete") or not all(forms):
            missing.append(f"{context}: {source!r}")
    assert not missing, f"untranslated in kiosk_{lang}.ts (run `make translations-update`):\n" + "\n".join(missing)


def _visible_texts(widget: QWidget) -> list[str]:
    texts = []
    for child in widget.findChildren(QWidget):
        if isinstance(child, QLabel | QAbstractButton):
            texts.append(child.text())
        elif isinstance(child, QTabWidget):
            texts.extend(child.tabText(i) for i in range(child.count()))
    return [t for t in texts if t]


def test_vietnamese_screens_show_no_english_source_string(app, qtbot, ctx):
    from ui.app import make_role_widget

    english = {source for _, source, _ in _messages(resources_dir() / "i18n" / "kiosk_vi.ts")
               if any(c.isalpha() for c in source)}
    vietnamese = {
        (msg.find("translation").text or "") for _, _, msg in _messages(resources_dir() / "i18n" / "kiosk_vi.ts")}
    found = []
    for role in ("kiosk", "counter", "display", "technician"):
        widget = make_role_widget(role, ctx, "vi")
        qtbot.addWidget(widget)
        if role == "display":
            widget.announcer.engine.speak = lambda text: None
        for text in _visible_texts(widget):
            for line in text.split("\n"):
                core = line.split("  [")[0].strip()
                if core in english and core not in vietnamese:
                    found.append(f"{role}: {line!r}")
    assert not found, "English text on a Vietnamese screen:\n" + "\n".join(found)
