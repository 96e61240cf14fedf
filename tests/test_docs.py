"""The documents that describe code are held equal to it: the bundle specification, the CSV schema, the
architecture page's module index, the README's size and links."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from engine.bundle import model_bundle

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
SHIPPED = ROOT / "assets" / "models" / "pneumoscan-densenet161" / "bundle.json"


def _table(path: Path, heading: str) -> list[list[str]]:
    """The rows (cells, stripped) of the first Markdown table under ``heading``."""
    text = path.read_text(encoding="utf-8")
    start = text.index(f"\n{heading}\n") + len(heading) + 2
    rows = []
    for line in text[start:].splitlines():
        if line.startswith("#"):
            break
        if line.startswith("|") and not set(line) <= set("|-: "):
            rows.append([c.strip() for c in line.strip().strip("|").split("|")])
    return rows[1:]  # without the header


def _paths(value: object, prefix: str, free_form: set[str]) -> set[str]:
    """Dotted key paths of a JSON object: leaves, lists (one path each) and free-form objects (not descended)."""
    if not isinstance(value, dict) or prefix in free_form:
        return {prefix}
    out: set[str] = set()
    for k, v in value.items():
        out |= _paths(v, f"{prefix}.{k}" if prefix else k, free_form)
    return out


def _bundle_rows() -> dict[str, list[str]]:
    rows = _table(DOCS / "bundle.md", "## Keys")
    keys = {}
    for r in rows:
        m = re.fullmatch(r"`([^`]+)`", r[0])
        assert m, f"docs/bundle.md: a key must be written as `dotted.path`: {r[0]!r}"
        assert m.group(1) not in keys, f"docs/bundle.md lists {m.group(1)} twice"
        assert r[2] in ("yes", "no"), f"docs/bundle.md: 'Decides a label' of {m.group(1)} is {r[2]!r}"
        keys[m.group(1)] = r
    return keys


def test_bundle_spec_lists_exactly_the_keys_of_the_shipped_bundle() -> None:
    rows = _bundle_rows()
    free_form = {k for k, r in rows.items() if "free-form" in r[1]}
    actual = _paths(json.loads(SHIPPED.read_text(encoding="utf-8")), "", free_form)
    assert set(rows) - actual == set(), "docs/bundle.md documents keys the shipped bundle does not have"
    assert actual - set(rows) == set(), "the shipped bundle has keys docs/bundle.md does not document"


def test_bundle_spec_agrees_with_the_loader() -> None:
    """Every top-level key the loader requires or allows is documented (in the table or in the section on keys
    beyond the shipped bundle), and the decision and population keys are the loader's."""
    rows = _bundle_rows()
    text = (DOCS / "bundle.md").read_text(encoding="utf-8")
    beyond = text[text.index("## Keys the schema allows beyond the shipped bundle"):]
    top = {k.split(".")[0] for k in rows} | set(re.findall(r"^- `([a-z_]+)[`.]", beyond, flags=re.M))
    allowed = set(model_bundle.REQUIRED) | set(model_bundle.OPTIONAL)
    assert top == allowed
    decision = {k.split(".")[1] for k in rows if k.startswith("decision.")} | {"validation"}
    assert decision <= set(model_bundle.DECISION_KEYS)
    population = {k.split(".")[1] for k in rows if k.startswith("population.")}
    assert population <= set(model_bundle.POPULATION_KEYS)
    # the parameters a label is made from are marked as such
    for key in ("decision.threshold", "decision.temperature", "decision.band.low", "decision.band.high",
                "class_names", "input.size", "weights.sha256"):
        assert rows[key][2] == "yes", key
    assert f"exactly `{model_bundle.SCHEMA_VERSION}`" in rows["schema_version"][3]


def test_csv_schema_doc_lists_the_columns_in_order() -> None:
    from engine.records import results_csv

    rows = _table(DOCS / "csv-schema.md", "## Columns")
    documented = [re.fullmatch(r"`([^`]+)`", r[1]).group(1) for r in rows]  # type: ignore[union-attr]
    assert documented == list(results_csv.COLUMNS)
    text = (DOCS / "csv-schema.md").read_text(encoding="utf-8")
    assert f"**Schema version: {results_csv.CSV_SCHEMA_VERSION}**" in text
    for ident in results_csv.IDENTIFIERS:
        assert f"`{ident}`" in text


def test_architecture_module_index_is_current() -> None:
    out = subprocess.run([sys.executable, str(ROOT / "scripts" / "architecture_index.py"), "--check"],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stdout + out.stderr


def test_readme_is_short_and_every_local_link_resolves() -> None:
    readme = ROOT / "README.md"
    assert readme.stat().st_size <= 10_000
    for page in [readme, *DOCS.glob("*.md")]:
        text = page.read_text(encoding="utf-8")
        for target in re.findall(r"\]\(([^)#\s]+)(?:#[^)]*)?\)", text):
            if "://" in target or target.startswith("mailto:"):
                continue
            assert (page.parent / target).exists(), f"{page.relative_to(ROOT)} links {target}, which does not exist"
        # the table of where the flat engine's modules went names old paths on purpose
        current = re.sub(r"## Where the old modules went.*?\n## ", "## ", text, flags=re.S)
        for path in re.findall(r"`((?:engine|desktop|training|tests|scripts|bench|packaging)/[\w/.-]+\.py)", current):
            assert (ROOT / path).is_file(), f"{page.relative_to(ROOT)} names {path}, which does not exist"


@pytest.mark.parametrize("page", ["user-guide", "safety", "bundle", "csv-schema", "architecture", "training",
                                  "performance", "packaging", "style", "i18n", "cluster"])
def test_the_readme_points_at_each_page(page: str) -> None:
    assert f"docs/{page}.md" in (ROOT / "README.md").read_text(encoding="utf-8")
