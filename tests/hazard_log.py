"""The hazard log: docs/safety/hazards.toml read and checked, the tests that carry each hazard's ID found, and two
renderings -- the log itself (docs/safety/hazards.md) and the traceability table of a test run.

Tests name the hazards they verify with ``@pytest.mark.hazard("H-012", ...)`` (on the test function, or a module's
``pytestmark``). Those markers are read here from the test files' syntax, without importing them, so the check that
every hazard has a test and every test names a known hazard holds whatever a run selects or skips
(tests/test_hazards.py); the conftest's plugin records what each marked test did in a run and writes the table.

Run as a script: ``python3 tests/hazard_log.py --write`` renders docs/safety/hazards.md, ``--check`` says whether it
is current (the test suite checks that too).
"""

from __future__ import annotations

import ast
import re
import tomllib
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "docs" / "safety" / "hazards.toml"
PAGE = ROOT / "docs" / "safety" / "hazards.md"
TESTS = ROOT / "tests"
MARKER = "hazard"
ID = re.compile(r"H-\d{3}")
#: The outcomes a marked test can have in a run, worst first (a parametrised test is as bad as its worst case).
OUTCOMES = ("failed", "passed", "skipped")


@dataclass(frozen=True)
class Control:
    does: str
    code: tuple[str, ...]


@dataclass(frozen=True)
class Hazard:
    id: str
    title: str
    situation: str
    harm: str
    causes: tuple[str, ...]
    origin: str
    severity: tuple[int, int]  # before, after control
    probability: tuple[int, int]
    kept: bool  # a residual risk kept on purpose (and stated to users)
    residual: str
    controls: tuple[Control, ...]
    benefit_risk: str = ""  # why a risk above the ALARP limit is accepted (ISO 14971:2019 7.4), and where it is not

    @property
    def risk(self) -> tuple[int, int]:
        return self.severity[0] * self.probability[0], self.severity[1] * self.probability[1]


@dataclass(frozen=True)
class Log:
    severity: tuple[str, ...]  # the scales' words, level 1 first
    probability: tuple[str, ...]
    acceptable_max: int
    alarp_max: int
    hazards: tuple[Hazard, ...]

    def region(self, risk: int) -> str:
        return ("acceptable" if risk <= self.acceptable_max else "ALARP" if risk <= self.alarp_max
                else "unacceptable")

    def verdict(self, h: Hazard) -> str:
        """Where a hazard's risk stands after control, in words."""
        after = self.region(h.risk[1])
        return "accepted on benefit-risk" if after == "unacceptable" and h.benefit_risk else after

    @property
    def ids(self) -> set[str]:
        return {h.id for h in self.hazards}

    @property
    def kept(self) -> list[Hazard]:
        return [h for h in self.hazards if h.kept]


def load(path: Path = SOURCE) -> Log:
    """The log as written; a field of the wrong kind raises (tomllib, KeyError, TypeError), the rest is problems()'s."""
    with path.open("rb") as f:
        raw = tomllib.load(f)
    scales = raw["scales"]
    hazards = tuple(Hazard(
        id=h["id"], title=h["title"], situation=h["situation"], harm=h["harm"], causes=tuple(h["causes"]),
        origin=h["origin"], severity=tuple(h["severity"]), probability=tuple(h["probability"]),  # type: ignore[arg-type]
        kept=bool(h["kept"]), residual=h["residual"],
        controls=tuple(Control(c["does"], tuple(c["code"])) for c in h.get("control", ())),
        benefit_risk=h.get("benefit_risk", ""))
        for h in raw["hazard"])
    return Log(tuple(scales["severity"]), tuple(scales["probability"]), int(scales["acceptable_max"]),
               int(scales["alarp_max"]), hazards)


def problems(log: Log, root: Path = ROOT) -> list[str]:
    """What makes the log unfit to be the product's risk file: IDs, scales, risk reduction, residual risks stated,
    controls naming code that exists."""
    out = []
    if len(log.severity) != 5 or len(log.probability) != 5:
        out.append("each scale has five levels")
    if not 0 < log.acceptable_max < log.alarp_max < 25:
        out.append("the acceptability limits must satisfy 0 < acceptable_max < alarp_max < 25")
    for n, h in enumerate(log.hazards, 1):
        if h.id != f"H-{n:03d}":
            out.append(f"{h.id}: IDs run H-001, H-002, ... in order, none skipped or reused (expected H-{n:03d})")
        for name in ("title", "situation", "harm", "origin", "residual"):
            if not str(getattr(h, name)).strip():
                out.append(f"{h.id}: {name} is empty")
        if not h.causes:
            out.append(f"{h.id}: no cause")
        rated = True
        for name in ("severity", "probability"):
            pair = getattr(h, name)
            if len(pair) != 2 or not all(isinstance(v, int) and 1 <= v <= 5 for v in pair):
                out.append(f"{h.id}: {name} is [before, after], each 1-5")
                rated = False
            elif pair[1] > pair[0]:
                out.append(f"{h.id}: {name} after control is higher than before")
        after = log.region(h.risk[1]) if rated else ""
        if after == "unacceptable" and not h.benefit_risk.strip():
            out.append(f"{h.id}: risk after control {h.risk[1]} is unacceptable and no benefit-risk analysis accepts it")
        elif after != "unacceptable" and h.benefit_risk.strip():
            out.append(f"{h.id}: a benefit-risk analysis is for risks above the ALARP limit only")
        if rated and h.kept != (after != "acceptable"):
            out.append(f"{h.id}: risk after control is {after} ({h.risk[1]}): a residual risk is kept (kept = true, "
                       "stated to users) exactly when it is above the acceptable limit")
        if not h.controls:
            out.append(f"{h.id}: no control")
        for c in h.controls:
            if not c.does.strip() or not c.code:
                out.append(f"{h.id}: a control says what it does and names the code that does it")
            out += [f"{h.id}: control code {ref} does not exist" for ref in c.code if not code_exists(ref, root)]
    return out


def code_exists(ref: str, root: Path = ROOT) -> bool:
    """Whether a dotted name (package.module[.Class[.member]]) is defined in the source tree: read from the syntax, so
    it holds without importing torch or Qt."""
    parts = ref.split(".")
    for cut in range(len(parts), 0, -1):
        base = root.joinpath(*parts[:cut])
        for f in (base.with_suffix(".py"), base / "__init__.py"):
            if f.is_file():
                return _defines(ast.parse(f.read_text(encoding="utf-8")), parts[cut:])
    return False


def _defines(node: ast.AST, names: list[str]) -> bool:
    if not names:
        return True
    for child in getattr(node, "body", ()):
        if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and child.name == names[0]:
            return _defines(child, names[1:])
        targets = (child.targets if isinstance(child, ast.Assign)
                   else [child.target] if isinstance(child, ast.AnnAssign) else [])
        if not names[1:] and any(isinstance(t, ast.Name) and t.id == names[0] for t in targets):
            return True
    return False


# ---------------------------------------------------------------------------------------------------------------------
# The tests that carry hazard IDs


@dataclass
class Markers:
    by_test: dict[str, tuple[str, ...]]  # "tests/engine/test_x.py::test_y" -> hazard IDs
    errors: list[str]  # markers whose IDs are not string literals

    def tests_of(self, hazard_id: str) -> list[str]:
        return sorted(t for t, ids in self.by_test.items() if hazard_id in ids)


def _is_marker(node: ast.AST) -> bool:
    """``pytest.mark.hazard(...)`` or ``mark.hazard(...)``."""
    return (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == MARKER
            and isinstance(node.func.value, ast.Attribute) and node.func.value.attr == "mark")


def _marked_ids(nodes: Iterable[ast.AST], where: str, errors: list[str]) -> list[str]:
    ids = []
    for top in nodes:
        for node in ast.walk(top):
            if not _is_marker(node):
                continue
            assert isinstance(node, ast.Call)
            if not node.args or node.keywords:
                errors.append(f"{where}: pytest.mark.{MARKER}() names one or more hazard IDs, positionally")
            for arg in node.args:
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    ids.append(arg.value)
                else:
                    errors.append(f"{where}: hazard IDs are string literals (line {arg.lineno})")
    return ids


def scan(tests: Path = TESTS, root: Path = ROOT) -> Markers:
    """Every test function with its hazard IDs (decorators, parametrize marks, and the module's ``pytestmark``)."""
    by_test: dict[str, tuple[str, ...]] = {}
    errors: list[str] = []
    for f in sorted(tests.rglob("test_*.py")):
        rel = f.relative_to(root).as_posix()
        tree = ast.parse(f.read_text(encoding="utf-8"))
        module_ids = _marked_ids([n.value for n in tree.body if isinstance(n, ast.Assign)
                                  and any(isinstance(t, ast.Name) and t.id == "pytestmark" for t in n.targets)],
                                 rel, errors)

        def visit(body: list[ast.stmt], prefix: str, inherited: list[str], rel: str = rel) -> None:
            for node in body:
                if isinstance(node, ast.ClassDef) and node.name.startswith("Test"):
                    visit(node.body, f"{prefix}{node.name}::",
                          inherited + _marked_ids(node.decorator_list, f"{rel}::{node.name}", errors))
                elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name.startswith("test"):
                    name = f"{rel}::{prefix}{node.name}"
                    ids = inherited + _marked_ids(node.decorator_list, name, errors)
                    if ids:
                        by_test[name] = tuple(dict.fromkeys(ids))

        visit(tree.body, "", module_ids)
    return Markers(by_test, errors)


def orphans(log: Log, markers: Markers) -> tuple[list[str], dict[str, list[str]]]:
    """(hazards no test carries, {test: hazard IDs it names that the log does not hold})."""
    named = {i for ids in markers.by_test.values() for i in ids}
    unknown = {t: sorted(set(ids) - log.ids) for t, ids in markers.by_test.items() if set(ids) - log.ids}
    return sorted(log.ids - named), unknown


# ---------------------------------------------------------------------------------------------------------------------
# docs/safety/hazards.md


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _level(scale: tuple[str, ...], n: int) -> str:
    return scale[n - 1].split(":")[0]


def render_page(log: Log, markers: Markers) -> str:
    n_tests = len({t for h in log.hazards for t in markers.tests_of(h.id)})
    n_controls = sum(len(h.controls) for h in log.hazards)
    out = ["# Hazard log", "",
           "<!-- generated from docs/safety/hazards.toml by tests/hazard_log.py --write; do not edit by hand -->", "",
           "Pneumoscan's risk file (ISO 14971 risk analysis and control, IEC 62304 section 7): every hazard known to "
           "the project, what causes it, the controls in the product that reduce it (with the code that implements "
           "each), the tests that verify those controls, and the risk that remains. It covers every defect the "
           "project's issues have fixed and the risks kept on purpose.", "",
           f"**{len(log.hazards)} hazards, {n_controls} controls, {n_tests} tests**; "
           f"{len(log.kept)} residual risks are kept on purpose and stated to users "
           f"([below](#residual-risks-kept-on-purpose)).", "",
           "- **Where the tests are**: each test that verifies a hazard's control carries its ID "
           "(`@pytest.mark.hazard(\"H-012\")`). `tests/test_hazards.py` fails when a hazard has no test, a test names "
           "an unknown hazard, a control names code that does not exist, or this page is not current.",
           "- **The result of the last run**: `python3 dev.py test` writes `build/traceability/traceability.md` "
           "(hazard, controls, tests, and what each test did in the main and the CPU run-time runs).",
           "- **What each check does in detail** (input gate, files, exit codes): [../safety.md](../safety.md).",
           "- **Changing the log**: edit `docs/safety/hazards.toml`, then `python3 tests/hazard_log.py --write`. IDs "
           "are never reused or renumbered.", "",
           "## How risk is rated", "",
           "Severity of the harm and probability of the harm per use of the product, each on five levels, "
           "estimated (not measured) for software as ISO/TR 24971 allows; risk = severity x probability.", "",
           "| level | severity | probability |", "|---|---|---|"]
    out += [f"| {n} | {_cell(s)} | {_cell(p)} |" for n, (s, p) in enumerate(zip(log.severity, log.probability), 1)]
    out += ["", f"Risk up to {log.acceptable_max} is **acceptable**; {log.acceptable_max + 1}-{log.alarp_max} is "
            "**ALARP**: acceptable only when it is as low as reasonably practicable and the residual risk is stated to "
            f"users (kept on purpose); {log.alarp_max + 1} and above is **unacceptable** unless a benefit-risk analysis "
            "(ISO 14971:2019, 7.4) shows that the medical benefit of the intended use outweighs it; such a risk is kept, "
            "stated to users, and its analysis says where it is *not* accepted. "
            f"Before control {sum(log.region(h.risk[0]) == 'unacceptable' for h in log.hazards)} hazards were "
            f"unacceptable; after control {sum(log.region(h.risk[1]) == 'unacceptable' for h in log.hazards)} are "
            "above the ALARP limit, each accepted on benefit-risk only for decision support under local clinical "
            "governance.", "",
            "## Summary", "",
            "| ID | hazard | severity | probability | risk before → after | tests |", "|---|---|---|---|---|---|"]
    for h in log.hazards:
        before, after = h.risk
        out.append(f"| [{h.id}](#{h.id.lower()}) | {_cell(h.title)} | {h.severity[0]} → {h.severity[1]} | "
                   f"{h.probability[0]} → {h.probability[1]} | {before} ({log.region(before)}) → {after} "
                   f"({log.verdict(h)}){' **kept**' if h.kept else ''} | {len(markers.tests_of(h.id))} |")
    out += ["", "## Residual risks kept on purpose", "",
            "Stated in the README's intended use, Help ▸ About and the model card.", ""]
    out += [f"- **[{h.id}](#{h.id.lower()}) {h.title}.** {h.residual}"
            + (f" *Benefit-risk:* {h.benefit_risk}" if h.benefit_risk else "") for h in log.kept]
    out += ["", "## Hazards", ""]
    for h in log.hazards:
        before, after = h.risk
        out += [f"### {h.id}", "", f"**{h.title}** ({h.origin})", "",
                f"- **Hazardous situation**: {h.situation}", f"- **Harm**: {h.harm}",
                "- **Causes**: " + "; ".join(h.causes) + ".",
                f"- **Before control**: severity {h.severity[0]} ({_level(log.severity, h.severity[0])}), probability "
                f"{h.probability[0]} ({_level(log.probability, h.probability[0])}): risk {before}, "
                f"{log.region(before)}.",
                f"- **After control**: severity {h.severity[1]} ({_level(log.severity, h.severity[1])}), probability "
                f"{h.probability[1]} ({_level(log.probability, h.probability[1])}): risk {after}, "
                f"{log.verdict(h)}{', kept on purpose' if h.kept else ''}.",
                "- **Controls**:"]
        out += [f"  {n}. {c.does} (" + ", ".join(f"`{ref}`" for ref in c.code) + ")"
                for n, c in enumerate(h.controls, 1)]
        out += ["- **Verified by**:"] + [f"  - `{t}`" for t in markers.tests_of(h.id)]
        out += [f"- **Residual risk**: {h.residual}"]
        out += [f"- **Benefit-risk**: {h.benefit_risk}"] if h.benefit_risk else []
        out.append("")
    return "\n".join(out)


# ---------------------------------------------------------------------------------------------------------------------
# The traceability table of a run


def function_of(nodeid: str) -> str:
    """A test item's function: ``tests/x.py::test_y[case]`` -> ``tests/x.py::test_y``."""
    return nodeid.split("[", 1)[0]


def worst(outcomes: Iterable[str]) -> str:
    seen = set(outcomes)
    return next((o for o in OUTCOMES if o in seen), "not run")


def tally(outcomes: Mapping[str, str]) -> dict[str, str]:
    """Per test function, the worst outcome of its items in a run (item nodeid -> outcome)."""
    per: dict[str, list[str]] = {}
    for nodeid, outcome in outcomes.items():
        per.setdefault(function_of(nodeid), []).append(outcome)
    return {f: worst(o) for f, o in per.items()}


def verdict(results: Iterable[str]) -> str:
    """A hazard is verified by a run when at least one of its tests passed and none failed."""
    seen = Counter(results)
    return "FAILED" if seen["failed"] else "verified" if seen["passed"] else "not verified"


def _results(runs: Mapping[str, Mapping[str, object]]) -> dict[str, dict[str, str]]:
    """Per run (main first), each test function's outcome."""
    return {r: tally(runs[r]["outcomes"]) for r in sorted(runs, key=lambda r: (r != "main", r))}  # type: ignore[arg-type]


def verdicts(log: Log, markers: Markers, runs: Mapping[str, Mapping[str, object]]) -> dict[str, str]:
    """Each hazard's verdict over all the runs recorded (:func:`verdict`)."""
    results = _results(runs)
    return {h.id: verdict(res.get(t, "not run") for res in results.values() for t in markers.tests_of(h.id))
            for h in log.hazards}


def render_traceability(log: Log, markers: Markers, runs: Mapping[str, Mapping[str, object]]) -> str:
    """hazard -> controls -> tests -> result of each run (``runs``: name -> the run's record, see conftest)."""
    results = _results(runs)
    names = list(results)
    verdicts_ = verdicts(log, markers, runs)
    count = Counter(verdicts_.values())
    out = ["# Traceability: hazard → controls → tests → result", "",
           "Generated by the test run from [docs/safety/hazards.toml](../../docs/safety/hazards.toml) and the tests' "
           "`hazard` markers. A hazard is *verified* when at least one of its tests passed and none failed.", ""]
    out += [f"- run **{r}**: {runs[r].get('when', '?')}, commit `{runs[r].get('commit', '?')}`, "
            f"{runs[r].get('summary', '')}" for r in names]
    out += ["", f"**{len(log.hazards)} hazards: {count['verified']} verified, {count['FAILED']} failed, "
            f"{count['not verified']} not verified by these runs.**", "",
            "| hazard | controls (code) | tests | " + " | ".join(names) + " | verdict |",
            "|---|---|---|" + "---|" * len(names) + "---|"]
    for h in log.hazards:
        tests = markers.tests_of(h.id)
        code = "<br>".join(f"`{ref}`" for c in h.controls for ref in c.code)
        per_run = [", ".join(f"{n} {o}" for o, n in sorted(Counter(results[r].get(t, "not run")
                                                                   for t in tests).items())) for r in names]
        out.append(f"| **{h.id}** {_cell(h.title)} | {code} | {len(tests)} | " + " | ".join(per_run)
                   + f" | {verdicts_[h.id]} |")
    out += ["", "## Each test", ""]
    for h in log.hazards:
        out += [f"### {h.id} {h.title}", "", "| test | " + " | ".join(names) + " |", "|---|" + "---|" * len(names)]
        out += [f"| `{t}` | " + " | ".join(results[r].get(t, "not run") for r in names) + " |"
                for t in markers.tests_of(h.id)]
        out.append("")
    return "\n".join(out)


def findings(log: Log, markers: Markers) -> list[str]:
    """Everything that fails the log: its own problems, unreadable markers, hazards without a test, unknown IDs."""
    missing, unknown = orphans(log, markers)
    return (problems(log) + markers.errors + [f"{i}: no test carries it" for i in missing]
            + [f"{t}: names unknown hazards {ids}" for t, ids in unknown.items()])


def main(argv: list[str]) -> int:
    log, markers = load(), scan()
    text = render_page(log, markers) + "\n"
    if "--write" in argv:
        PAGE.write_text(text, encoding="utf-8")
        print(f"wrote {PAGE.relative_to(ROOT)}")
    if "--check" in argv and PAGE.read_text(encoding="utf-8") != text:
        print(f"{PAGE.relative_to(ROOT)} is not current: python3 tests/hazard_log.py --write")
        return 1
    bad = findings(log, markers)
    for line in bad:
        print(line)
    return 1 if bad else 0


if __name__ == "__main__":
    import sys

    sys.exit(main(sys.argv[1:]))
