"""Write the Windows installer's intended-use page (packaging/windows/intended_use.txt) from the app's own text.

    .venv/bin/python scripts/installer_texts.py

The installer shows the same words as the app's Help > Intended use dialog, its regulatory status and the risks that
remain (Help > About), as plain text
(Inno Setup's InfoBeforeFile); tests/packaging/test_windows_installer.py holds the file equal to what this makes.
"""

from __future__ import annotations

import re
import sys
import textwrap
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "packaging" / "windows" / "intended_use.txt"


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self.current: list[str] = []

    def _flush(self, prefix: str = "") -> None:
        text = re.sub(r"\s+", " ", "".join(self.current)).strip()
        if text:
            self.blocks.append(textwrap.fill(text, 100, initial_indent=prefix,
                                             subsequent_indent=" " * len(prefix)))
        self.current = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("p", "h3", "ul", "li"):
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag == "li":
            self._flush("- ")
        elif tag in ("p", "h3"):
            self._flush()

    def handle_data(self, data: str) -> None:
        self.current.append(data)


def intended_use_text() -> str:
    sys.path.insert(0, str(ROOT))
    from desktop.views.dialogs import INTENDED_USE_TEXT
    from engine.product import HAZARD_LOG, REGULATORY_PLAIN, REGULATORY_STATUS, RESIDUAL_RISKS

    parser = _Text()
    parser.feed(INTENDED_USE_TEXT)
    parser.close()
    parser._flush()
    risks = [textwrap.fill(f"{text} ({', '.join(ids)})", 100, initial_indent="- ", subsequent_indent="  ")
             for ids, text in RESIDUAL_RISKS]
    blocks = [*parser.blocks, textwrap.fill(REGULATORY_STATUS, 100), textwrap.fill(REGULATORY_PLAIN, 100),
              textwrap.fill(f"Risks that remain (the hazard log, {HAZARD_LOG} in the source, ties every known hazard "
                            "to its control and its test):", 100), "\n".join(risks)]
    return "\r\n\r\n".join(b.replace("\n", "\r\n") for b in blocks) + "\r\n"


if __name__ == "__main__":
    TARGET.write_bytes(intended_use_text().encode("utf-8-sig"))
    print(f"wrote {TARGET.relative_to(ROOT)}")
