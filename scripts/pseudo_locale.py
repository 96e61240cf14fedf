"""A pseudo-translation of the whole interface: every text accented and 40 % longer, to see on screen (and in
tests/desktop/test_i18n.py) that no window, panel or dialog cuts off or overlaps a translation.

    .venv/bin/python scripts/pseudo_locale.py OUT_FOLDER          # OUT_FOLDER/pneumoscan_fr.qm (+ its .ts)
    .venv/bin/python scripts/pseudo_locale.py OUT_FOLDER --show   # then open the app in it (under Xvfb: screenshots)

"Settings…" becomes "[Šéţţîñĝš… ~~~~]": the brackets show where a text was cut, the accents that the font and
the layout carry diacritics, the tildes the length of a wordier language.  Placeholders (%1, %n), markup and
entities are kept, so every sentence still works.  The file is installed as French (its Qt strings come along).
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "desktop" / "i18n" / "pneumoscan_fr.ts"  # any full .ts: only its source texts are read
ACCENTS = str.maketrans("AaCcEeIiNnOoSsUuYyZzGgRrTtLlDd",
                        "ÅåÇçÉéÎîÑñÖöŠšÜüÝýŽžĜĝŘřŢţĹĺĐđ")
KEEP = re.compile(r"(%[1-9n]|</?[a-zA-Z][^>]*>|&[a-z]+;|\\n|\n|Ctrl\+[^ ,)]*|QT_LAYOUT_DIRECTION)")
GROWTH = 0.4


def pseudo(text: str) -> str:
    """``text`` accented, 40 % longer, bracketed; placeholders, markup and entities as they were."""
    if text == "QT_LAYOUT_DIRECTION":
        return "LTR"
    parts = KEEP.split(text)
    out = "".join(p if i % 2 else p.translate(ACCENTS) for i, p in enumerate(parts))
    letters = sum(len(p) for i, p in enumerate(parts) if not i % 2)
    extra = max(1, round(letters * GROWTH) - 1)  # in words of up to 6: a wordier language, not one long word
    pad = " " + " ".join("~" * min(6, extra - i) for i in range(0, extra, 7)) if letters else ""
    return f"[{out}{pad}]" if letters else out


def write_pseudo_ts(target: Path, source: Path = SOURCE) -> Path:
    tree = ET.parse(source)
    root = tree.getroot()
    root.set("language", "fr")
    for message in root.iter("message"):
        src = message.findtext("source") or ""
        tr = message.find("translation")
        if tr is None:
            tr = ET.SubElement(message, "translation")
        for child in list(tr):
            tr.remove(child)
        tr.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            tr.text = None
            for _ in range(2):
                ET.SubElement(tr, "numerusform").text = pseudo(src)
        else:
            tr.text = pseudo(src)
    tree.write(target, encoding="utf-8", xml_declaration=True)
    return target


def build(folder: Path, lrelease: str | None = None) -> Path:
    """``folder/pneumoscan_fr.qm``: the pseudo-translation, compiled."""
    folder.mkdir(parents=True, exist_ok=True)
    ts = write_pseudo_ts(folder / "pneumoscan_fr.ts")
    tool = lrelease or str(Path(sys.executable).parent / "pyside6-lrelease")
    subprocess.run([tool, "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True, timeout=300)
    return ts.with_suffix(".qm")


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    qm = build(Path(argv[0]))
    print(qm)
    if "--show" in argv:
        sys.path.insert(0, str(ROOT))
        from PySide6.QtWidgets import QApplication

        from desktop import i18n
        from desktop.app import AppController

        app = QApplication([sys.argv[0]])
        i18n.install(app, "fr", "fr_FR", qm.parent)
        controller = AppController()
        controller.window.resize(1366, 768)
        controller.window.show()
        return app.exec()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
