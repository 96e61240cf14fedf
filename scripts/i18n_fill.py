"""Export a language's unfinished translation entries to JSON, and fill a ``.ts`` from a JSON of translations.

    .venv/bin/python scripts/i18n_fill.py export fr todo_fr.json   # [{"id", "context", "source", "numerus"}...]
    .venv/bin/python scripts/i18n_fill.py import fr done_fr.json   # {"id": "translation" | ["form", ...]}

For translators without Qt Linguist: the ids are stable for a given ``.ts`` (context + source + disambiguation).
An imported translation must keep the source's placeholders (%1, %n), markup and entities, or it is refused.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
#: numerus forms per language (Qt's plural rules: French/Spanish/Portuguese 2, Arabic 6)
FORMS = {"en": 2, "fr": 2, "es": 2, "pt": 2, "ar": 6}


def entry_id(context: str, source: str, comment: str) -> str:
    return hashlib.sha1(f"{context}\x00{source}\x00{comment}".encode()).hexdigest()[:10]


def tokens(text: str) -> list[str]:
    """What a translation must keep: placeholders, tags, entities (sorted, with repeats)."""
    return sorted(re.findall(r"%[1-9n]|</?[a-zA-Z][^>]*>|&[a-z]+;", text))


def _entries(tree: ET.ElementTree):
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            yield name, msg


def export(lang: str, out: Path) -> int:
    ts = ROOT / "desktop" / "i18n" / f"pneumoscan_{lang}.ts"
    todo = []
    for ctx, msg in _entries(ET.parse(ts)):
        tr = msg.find("translation")
        kind = tr.get("type", "") if tr is not None else "unfinished"
        forms = [f.text or "" for f in tr.findall("numerusform")] if tr is not None else []
        done = kind not in ("unfinished", "obsolete", "vanished") and (all(f.strip() for f in forms) if forms
                                                                       else bool((tr.text or "").strip()))
        if done:
            continue
        src, comment = msg.findtext("source") or "", msg.findtext("comment") or ""
        todo.append({"id": entry_id(ctx, src, comment), "context": ctx, "source": src,
                     "numerus": msg.get("numerus") == "yes", "forms": FORMS[lang] if msg.get("numerus") == "yes" else 1})
    out.write_text(json.dumps(todo, ensure_ascii=False, indent=1), encoding="utf-8")
    return len(todo)


def fill(lang: str, done: Path) -> list[str]:
    ts = ROOT / "desktop" / "i18n" / f"pneumoscan_{lang}.ts"
    given = json.loads(done.read_text(encoding="utf-8"))
    problems = []
    tree = ET.parse(ts)
    for ctx, msg in _entries(tree):
        src, comment = msg.findtext("source") or "", msg.findtext("comment") or ""
        key = entry_id(ctx, src, comment)
        if key not in given:
            continue
        value = given[key]
        tr = msg.find("translation")
        if tr is None:
            tr = ET.SubElement(msg, "translation")
        numerus = msg.get("numerus") == "yes"
        values = value if isinstance(value, list) else [value]
        if numerus and len(values) != FORMS[lang]:
            problems.append(f"{key}: {len(values)} plural forms, {lang} has {FORMS[lang]}")
            continue
        want = tokens(src)
        bad = [v for v in values if tokens(v.replace("%n", "%n") if numerus else v) != want and not (
            numerus and tokens(v) == want)]
        if src == "QT_LAYOUT_DIRECTION":
            bad = [v for v in values if v not in ("LTR", "RTL")]
        if bad or any(not v.strip() for v in values):
            problems.append(f"{key}: {src[:60]!r} -> {values[0][:60]!r}: placeholders or markup differ")
            continue
        for child in list(tr):
            tr.remove(child)
        tr.text = None
        if numerus:
            for v in values:
                ET.SubElement(tr, "numerusform").text = v
        else:
            tr.text = values[0]
        tr.attrib.pop("type", None)
    ET.indent(tree, space="    ")
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    text = ts.read_text(encoding="utf-8").replace("<?xml version='1.0' encoding='utf-8'?>",
                                                  '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1)
    ts.write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")
    return problems


def main(argv: list[str]) -> int:
    if len(argv) != 3 or argv[0] not in ("export", "import") or argv[1] not in FORMS:
        print(__doc__)
        return 2
    if argv[0] == "export":
        print(f"{export(argv[1], Path(argv[2]))} entries to translate")
        return 0
    problems = fill(argv[1], Path(argv[2]))
    print("\n".join(problems) or "filled")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
