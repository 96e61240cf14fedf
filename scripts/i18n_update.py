"""Refresh the translation sources from the code: every marked string into desktop/i18n/pneumoscan_<lang>.ts.

    .venv/bin/python scripts/i18n_update.py [fr ar ...]     (no argument: every language)

Runs pyside6-lupdate over desktop/ and engine/ (the files that mark strings: ``self.tr``,
``QCoreApplication.translate``, ``QT_TRANSLATE_NOOP`` -- the engine has no Qt and marks its texts with a
``QT_TRANSLATE_NOOP`` of its own, which lupdate finds by name).  New strings arrive unfinished; strings the code no
longer has are dropped; finished translations are kept.  Translate the unfinished ones in Qt Linguist
(``pyside6-linguist desktop/i18n/pneumoscan_fr.ts``, with the phrase book ``desktop/i18n/phrasebooks/
pneumoscan_fr.qph`` open) or with ``scripts/i18n_fill.py``, then ``python3 dev.py setup`` compiles the complete
ones.  English is the source language: ``pneumoscan_en.ts`` holds only the plural forms of its ``%n`` strings.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from desktop.i18n import NATIVE_NAMES, SOURCE_LANGUAGE  # noqa: E402

MARKERS = ("tr(", "translate(", "QT_TRANSLATE_NOOP(")


def marked_sources() -> list[Path]:
    files = [*(ROOT / "desktop").rglob("*.py"), *(ROOT / "engine").rglob("*.py")]
    return sorted(f for f in files if any(m in f.read_text(encoding="utf-8") for m in MARKERS))


def main(only: list[str] | None = None) -> int:
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    sources = [str(p.relative_to(ROOT)) for p in marked_sources()]
    langs = [lang for lang in NATIVE_NAMES if only is None or lang in only]
    for lang in langs:
        ts = ROOT / "desktop" / "i18n" / f"pneumoscan_{lang}.ts"
        # English is the source: its file holds only the plural forms ("%n row(s)" -> "1 row" / "3 rows")
        plural_only = ["-pluralonly"] if lang == SOURCE_LANGUAGE else []
        res = subprocess.run([str(lupdate), *plural_only, "-no-obsolete", "-locations", "none", "-source-language", "en",
                              "-target-language", lang, *sources, "-ts", str(ts.relative_to(ROOT))],
                             cwd=ROOT, capture_output=True, text=True, timeout=600)
        print(f"{ts.name}: {(res.stdout + res.stderr).strip().splitlines()[-1] if res.stdout + res.stderr else ''}")
        if res.returncode != 0:
            return res.returncode
        # lupdate reads Python's "#:" comments as notes for translators, and this code base writes them as
        # documentation of the next name: they would land on unrelated strings.  Context goes in tr()'s
        # disambiguation argument instead.
        text = ts.read_text(encoding="utf-8")
        ts.write_text(re.sub(r"\n\s*<extracomment>.*?</extracomment>", "", text, flags=re.S), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or None))
