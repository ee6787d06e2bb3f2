"""Fill empty translations of a .ts file from a JSON map {source: translation} (dev helper).

Usage: python scripts/fill_ts.py resources/i18n/kiosk_vi.ts map.json
       python scripts/fill_ts.py resources/i18n/kiosk_en.ts --identity
Numerus messages take the same text for every form ("%n" is kept).
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET


def main() -> int:
    path = sys.argv[1]
    identity = sys.argv[2] == "--identity"
    mapping = {} if identity else json.load(open(sys.argv[2], encoding="utf-8"))
    tree = ET.parse(path)
    missing = []
    for msg in tree.getroot().iter("message"):
        source = msg.findtext("source") or ""
        tr = msg.find("translation")
        if tr is None:
            continue
        text = source if identity else mapping.get(source)
        if text is None:
            if tr.get("type") == "unfinished":
                missing.append(source)
            continue
        if msg.get("numerus") == "yes":
            forms = tr.findall("numerusform")
            if identity and "%n" in source:
                plural_forms = [source.replace("people", "person").replace("minutes", "minute")
                                .replace("job(s)", "job"), source.replace("job(s)", "jobs")]
            else:
                plural_forms = [text]
            for f in forms:
                tr.remove(f)
            for form in plural_forms:
                ET.SubElement(tr, "numerusform").text = form
        else:
            tr.text = text
        tr.attrib.pop("type", None)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    for m in missing:
        print("untranslated:", m)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
