"""Write the Qt Linguist phrase books of the clinical glossary (desktop/i18n/glossary.csv).

    python3 scripts/glossary_phrasebooks.py [--check]

The glossary is the one source: ~60 core terms, each with an English definition, its context of use, and for each
shipped language the translation and its back-translation into English (so a native-speaking clinician can review
it quickly).  This writes ``desktop/i18n/phrasebooks/pneumoscan_<lang>.qph``, which Qt Linguist offers while the
interface strings are translated (Phrases › Open Phrase Book).  ``--check`` exits 1 if a phrase book is out of date
(tests/desktop/test_i18n_glossary.py runs it).  Standard library only.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[1]
GLOSSARY = ROOT / "desktop" / "i18n" / "glossary.csv"
OUT = ROOT / "desktop" / "i18n" / "phrasebooks"
LANGUAGES = ("fr", "es", "pt", "ar")


def read_glossary(path: Path = GLOSSARY) -> list[dict[str, str]]:
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def phrase_book(rows: list[dict[str, str]], lang: str) -> str:
    parts = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE QPH>",
             f'<QPH sourcelanguage="en" language="{lang}">']
    for row in rows:
        definition = f"{row['definition']} Context: {row['context']}"
        if row["notes"]:
            definition += f" Note: {row['notes']}"
        definition += f" Back-translation: {row[lang + '_back']}"
        parts += ["<phrase>", f"    <source>{escape(row['term'])}</source>",
                  f"    <target>{escape(row[lang])}</target>", f"    <definition>{escape(definition)}</definition>",
                  "</phrase>"]
    parts.append("</QPH>")
    return "\n".join(parts) + "\n"


def main(argv: list[str]) -> int:
    rows = read_glossary()
    stale = []
    for lang in LANGUAGES:
        path = OUT / f"pneumoscan_{lang}.qph"
        text = phrase_book(rows, lang)
        if "--check" in argv:
            if not path.is_file() or path.read_text(encoding="utf-8") != text:
                stale.append(path.name)
        else:
            OUT.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path.relative_to(ROOT)} ({len(rows)} phrases)")
    if stale:
        print(f"out of date: {', '.join(stale)}; run python3 scripts/glossary_phrasebooks.py")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
