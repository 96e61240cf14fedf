"""The interface's languages (desktop.i18n): which one a user gets, that only complete translations ship, that they
load into Qt (right to left for Arabic), and the clinical glossary the translations follow."""

from __future__ import annotations

import csv
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt

from desktop import i18n

ROOT = Path(__file__).resolve().parents[2]
LRELEASE = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent)) or shutil.which("pyside6-lrelease")


@pytest.mark.parametrize(("preference", "system", "shipped", "want"), [
    ("system", "pt_MZ", ["en", "pt"], "pt"),  # Mozambique, Portugal and Brazil read one Portuguese
    ("system", "pt_BR", ["en", "pt"], "pt"),
    ("system", "ar_EG", ["en", "ar", "fr"], "ar"),
    ("system", "de_DE", ["en", "fr"], "en"),  # a language that does not ship: English
    ("system", "C", ["en", "fr"], "en"),
    ("system", "", ["en", "fr"], "en"),
    ("fr", "ar_EG", ["en", "ar", "fr"], "fr"),  # the user's choice wins
    ("ar", "fr_FR", ["en", "fr"], "fr"),  # a choice that no longer ships falls back to the system's
    ("es", "fr_FR.UTF-8", ["en"], "en"),
])
def test_the_language_a_user_gets(preference: str, system: str, shipped: list[str], want: str) -> None:
    assert i18n.resolve(preference, system, shipped) == want


TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="{lang}" sourcelanguage="en">
<context>
    <name>QGuiApplication</name>
    <message><source>QT_LAYOUT_DIRECTION</source><translation>{direction}</translation></message>
</context>
<context>
    <name>ResultPanel</name>
    <message><source>Indeterminate \u2014 read carefully</source><translation>{text}</translation></message>
    <message numerus="yes"><source>%n image(s) analysed</source>
        <translation>{plural}</translation></message>
</context>
</TS>
"""


def _ts(folder: Path, lang: str, text: str, direction: str = "LTR", plural: str | None = None) -> Path:
    path = folder / f"pneumoscan_{lang}.ts"
    forms = plural or "<numerusform>%n image analys\u00e9e</numerusform><numerusform>%n images analys\u00e9es</numerusform>"
    path.write_text(TS.format(lang=lang, text=text, direction=direction, plural=forms), encoding="utf-8")
    return path


@pytest.mark.hazard("H-036")
def test_unfinished_entries_are_found(tmp_path: Path) -> None:
    assert i18n.unfinished_entries(_ts(tmp_path, "fr", "Ind\u00e9termin\u00e9 \u2014 \u00e0 lire attentivement")) == []
    unfinished = _ts(tmp_path, "es", "")  # an empty translation
    assert i18n.unfinished_entries(unfinished) == ["Indeterminate \u2014 read carefully"]
    text = unfinished.read_text(encoding="utf-8").replace("<translation></translation>",
                                                          '<translation type="unfinished">Indeterminado</translation>')
    unfinished.write_text(text, encoding="utf-8")
    assert i18n.unfinished_entries(unfinished) == ["Indeterminate \u2014 read carefully"]
    one_form = _ts(tmp_path, "pt", "Indeterminado", plural="<numerusform>%n imagem</numerusform><numerusform></numerusform>")
    assert i18n.unfinished_entries(one_form) == ["%n image(s) analysed"]


@pytest.mark.skipif(LRELEASE is None, reason="pyside6-lrelease (PySide6-Essentials) is missing")
@pytest.mark.hazard("H-036")
def test_only_complete_translations_ship_and_they_load(tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    _ts(tmp_path, "fr", "Ind\u00e9termin\u00e9 \u2014 \u00e0 lire attentivement")
    _ts(tmp_path, "ar", "\u063a\u064a\u0631 \u062d\u0627\u0633\u0645 \u2014 \u0627\u0642\u0631\u0623 \u0627\u0644\u0635\u0648\u0631\u0629 \u0628\u0639\u0646\u0627\u064a\u0629", "RTL",
        plural="".join(f"<numerusform>%n \u0635\u0648\u0631\u0629 {i}</numerusform>" for i in range(6)))
    stale = _ts(tmp_path, "es", "")
    stale.with_suffix(".qm").write_bytes(b"an old build")  # a source that became incomplete: its .qm goes
    before = QLocale()
    assert set(i18n.compile_translations(LRELEASE, tmp_path, frozenset()).values()) == {
        "not shipped: the interface is not yet wholly marked for translation"}
    outcome = i18n.compile_translations(LRELEASE, tmp_path, frozenset({"ar", "es", "fr"}))
    assert outcome == {"pneumoscan_ar": "compiled", "pneumoscan_es": "not shipped: 1 unfinished entries",
                       "pneumoscan_fr": "compiled"}
    assert i18n.shipped_languages(tmp_path) == ["en", "ar", "fr"]
    assert i18n.compile_translations(LRELEASE, tmp_path, frozenset({"fr"}))["pneumoscan_fr"] == "up to date"
    try:
        assert len(i18n.install(qapp, "fr", "fr_CA", tmp_path)) == 2  # Qt's own French and Pneumoscan's
        assert QCoreApplication.translate("ResultPanel", "Indeterminate \u2014 read carefully").startswith("Ind\u00e9termin\u00e9")
        assert QCoreApplication.translate("ResultPanel", "%n image(s) analysed", None, 3) == "3 images analys\u00e9es"
        assert QLocale().name() == "fr_CA" and QLocale().toString(0.5, "f", 1) == "0,5"  # the region's decimal mark
        i18n.install(qapp, "ar", "fr_FR", tmp_path)
        assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft  # Arabic mirrors the layout by itself
        assert QLocale().language() == QLocale.Language.Arabic
    finally:
        assert i18n.install(qapp, "en", "en_US", tmp_path) == []
        QLocale.setDefault(before)
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert QCoreApplication.translate("ResultPanel", "Indeterminate \u2014 read carefully").startswith("Indeterminate")


def test_settings_offer_the_shipped_languages_and_keep_the_choice(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings

    from desktop.settings import AppSettings
    from desktop.views.dialogs import SettingsDialog

    s = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    assert s.language == i18n.SYSTEM
    dlg = SettingsDialog.for_settings(s)
    qtbot.addWidget(dlg)
    codes = [dlg.language.itemData(i) for i in range(dlg.language.count())]
    assert codes == [i18n.SYSTEM, *i18n.shipped_languages()]
    dlg.language.setCurrentIndex(codes.index("en"))
    dlg.apply(s)
    assert AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)).language == "en"


# -- the clinical glossary -------------------------------------------------------------------------------------------
GLOSSARY = ROOT / "desktop" / "i18n" / "glossary.csv"


def _glossary() -> list[dict[str, str]]:
    with open(GLOSSARY, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


@pytest.mark.hazard("H-036")
def test_glossary_defines_every_core_term_in_every_language_with_a_back_translation() -> None:
    rows = _glossary()
    assert len(rows) >= 60 and len({r["term"].lower() for r in rows}) == len(rows)
    terms = {r["term"] for r in rows}
    for core in ("pneumonia", "NORMAL (result)", "indeterminate", "not assessed", "out of scope", "decision threshold",
                 "pneumonia score", "heatmap", "decision support", "not a diagnosis", "agree", "intended use"):
        assert core in terms
    for r in rows:
        for col in ("definition", "context", *(f"{lang}{suffix}" for lang in ("fr", "es", "pt", "ar")
                                               for suffix in ("", "_back"))):
            assert r[col].strip(), f"{r['term']}: {col} is empty"
        assert any("\u0600" <= ch <= "\u06ff" for ch in r["ar"]), f"{r['term']}: the Arabic has no Arabic script"
        for lang in ("fr", "es", "pt"):
            assert not any("\u0600" <= ch <= "\u06ff" for ch in r[lang])


def test_glossary_phrase_books_are_current_and_valid_qt_linguist_files() -> None:
    import xml.etree.ElementTree as ET

    res = subprocess.run([sys.executable, str(ROOT / "scripts" / "glossary_phrasebooks.py"), "--check"],
                         capture_output=True, text=True, timeout=60)
    assert res.returncode == 0, res.stdout
    rows = _glossary()
    for lang in ("fr", "es", "pt", "ar"):
        root = ET.parse(ROOT / "desktop" / "i18n" / "phrasebooks" / f"pneumoscan_{lang}.qph").getroot()
        assert root.tag == "QPH" and root.get("language") == lang
        phrases = root.findall("phrase")
        assert [p.findtext("source") for p in phrases] == [r["term"] for r in rows]
        assert all(p.findtext("target") and "Back-translation:" in (p.findtext("definition") or "") for p in phrases)


# -- the translation sources ------------------------------------------------------------------------------------------
TS_FILES = sorted((ROOT / "desktop" / "i18n").glob("pneumoscan_*.ts"))


def _messages(ts: Path) -> list[tuple[str, str, list[str]]]:
    import xml.etree.ElementTree as ET

    out = []
    for context in ET.parse(ts).getroot().iter("context"):
        for m in context.iter("message"):
            tr = m.find("translation")
            forms = [f.text or "" for f in tr.findall("numerusform")] if tr is not None else []
            out.append((context.findtext("name") or "", m.findtext("source") or "",
                        forms or [tr.text or "" if tr is not None else ""]))
    return out


LANGUAGES = sorted(i18n.QT_BASE)  # the four translated languages (English is the source)


@pytest.mark.hazard("H-036")
def test_every_language_has_a_complete_translation_source() -> None:
    """The four languages and English's plural forms; not one unfinished, empty, obsolete or vanished entry."""
    assert [p.stem for p in TS_FILES] == [f"pneumoscan_{lang}" for lang in sorted([*LANGUAGES, "en"])]
    for ts in TS_FILES:
        assert i18n.unfinished_entries(ts) == [], ts.name
    assert i18n.READY >= {"en", *LANGUAGES}


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.stem)
@pytest.mark.hazard("H-036")
def test_translations_keep_placeholders_markup_and_ellipses(ts: Path) -> None:
    import re

    for context, source, forms in _messages(ts):
        for text in forms:
            if not text:
                continue  # unfinished: a language with one does not ship (compile_translations)
            for pattern in (r"%(?:\d+|n)", r"</?\w+[^>]*>", "\u2026"):
                assert sorted(re.findall(pattern, text)) == sorted(re.findall(pattern, source)), (
                    f"{ts.name} {context}: {source!r} -> {text!r}")


@pytest.mark.skipif(shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent)) is None,
                    reason="pyside6-lupdate is missing")
@pytest.mark.hazard("H-036")
def test_translation_sources_hold_exactly_the_strings_the_code_marks(tmp_path: Path) -> None:
    """scripts/i18n_update.py was run after the last change to a marked string: nothing new, nothing obsolete."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from i18n_update import marked_sources

    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    fresh = tmp_path / "fresh.ts"
    subprocess.run([str(lupdate), "-no-obsolete", "-locations", "none",
                    *(str(p) for p in marked_sources()), "-ts", str(fresh)], check=True, capture_output=True,
                   timeout=300)
    want = sorted((c, s) for c, s, _ in _messages(fresh))
    plurals = sorted((c, s) for c, s, _ in _messages(fresh) if "%n" in s)
    for ts in TS_FILES:  # English's file holds the plural forms only
        got = sorted((c, s) for c, s, _ in _messages(ts))
        assert got == (plurals if ts.stem.endswith("_en") else want), f"run scripts/i18n_update.py ({ts.name})"


@pytest.mark.skipif(LRELEASE is None, reason="pyside6-lrelease (PySide6-Essentials) is missing")
@pytest.mark.parametrize(("lang", "words"), [("fr", ("PNEUMONIE", "seuil", "Aucun aspect de pneumonie", "VPP")),
                                             ("ar", ("\u0627\u0644\u062a\u0647\u0627\u0628 \u0631\u0626\u0648\u064a", "\u0627\u0644\u0639\u062a\u0628\u0629", "\u0644\u0645 \u064a\u064f\u0639\u062b\u0631"))])
@pytest.mark.hazard("H-036")
def test_the_result_panel_says_the_result_in_the_interfaces_language(lang: str, words: tuple[str, ...], tmp_path: Path,
                                                                      qapp) -> None:  # type: ignore[no-untyped-def]
    """The engine's sentences (engine.records.wording) through the shipped translation sources, numbers intact; the
    engine's own output stays English."""
    from desktop.views.panels.details import result_statement
    from engine.decision.operating_point import OperatingFigures
    from engine.records.wording import predictive_statement, statement
    from engine.runners.results import Prediction

    shutil.copy2(ROOT / "desktop" / "i18n" / f"pneumoscan_{lang}.ts", tmp_path)
    assert i18n.compile_translations(LRELEASE, tmp_path, frozenset({lang}))[f"pneumoscan_{lang}"] == "compiled"
    pneumonia = Prediction("a.png", "ok", label="PNEUMONIA", band="pneumonia", p_pneumonia=0.87, threshold=0.42)
    normal = Prediction("b.png", "ok", label="NORMAL", band="normal", p_pneumonia=0.12, threshold=0.42)
    figures = OperatingFigures(0.95, 0.72, (0.92, 0.97), (0.66, 0.78), 390, 234, "the test split")
    before = QLocale()
    try:
        i18n.install(qapp, lang, "fr_FR", tmp_path)
        headline, text, _ = result_statement(pneumonia, (0.35, 0.5))
        _, normal_text, _ = result_statement(normal, (0.35, 0.5))
        pv = predictive_statement("PNEUMONIA", figures, 0.2, QCoreApplication.translate)
        shown = " ".join((headline, text, normal_text, pv))
        for word in words:
            assert word in shown, shown
        assert "87" in text and "42" in text and "12" in normal_text and "20 %" in pv  # the numbers survive
    finally:
        i18n.install(qapp, "en", "en_US", tmp_path)
        QLocale.setDefault(before)
    english = statement(pneumonia, (0.35, 0.5))
    assert english == "Pneumonia pattern found: score 87 of 100, above the threshold 42."


def _compiled(tmp_path: Path, *langs: str) -> Path:
    for lang in langs:
        shutil.copy2(ROOT / "desktop" / "i18n" / f"pneumoscan_{lang}.ts", tmp_path)
    outcome = i18n.compile_translations(LRELEASE, tmp_path, frozenset(langs))
    assert set(outcome.values()) == {"compiled"}, outcome
    return tmp_path


@pytest.mark.skipif(LRELEASE is None, reason="pyside6-lrelease (PySide6-Essentials) is missing")
def test_english_says_its_plurals(tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    from desktop.views.dialogs import COUNTS, rows_and_studies

    folder = _compiled(tmp_path, "en")
    try:
        assert len(i18n.install(qapp, "en", "en_US", folder)) == 1
        assert (COUNTS.rows(1), COUNTS.rows(3), COUNTS.studies(2)) == ("1 row", "3 rows", "2 studies")
        assert rows_and_studies([]) == "0 rows, 0 studies"
    finally:
        i18n.install(qapp, "en", "en_US", tmp_path / "none")


@pytest.mark.skipif(LRELEASE is None, reason="pyside6-lrelease (PySide6-Essentials) is missing")
@pytest.mark.hazard("H-036")
def test_gate_reasons_are_said_in_the_interfaces_language(tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    """A result keeps its reasons in English (the CSV's words); the screen says them in the user's language, with
    the values read back out of the English -- an age phrase inside a sentence included."""
    from engine.checks.input_gate import check_adult, check_tags, translate_reasons

    folder = _compiled(tmp_path, "fr")
    findings = [f for _, f in check_tags({"Modality": "CT", "PatientAge": "034Y"})]
    adult = check_adult(0.91, 0.5, None)
    assert adult is not None
    english = [findings[0].message, findings[1].message, adult.detail]
    try:
        i18n.install(qapp, "fr", "fr_FR", folder)
        said = [translate_reasons(t, i18n.TR) for t in english]  # with the language's decimal mark
    finally:
        i18n.install(qapp, "en", "en_US", tmp_path / "none")
    for before, after in zip(english, said):
        assert after != before and not any(w in after for w in ("the model", "X-ray", "years old", "cut-off", "states")), after
    assert "CT" in said[0] and "34" in said[1] and "0,91" in said[2] and "0,50" in said[2]
    assert translate_reasons("unreadable: a text no template makes", QCoreApplication.translate).startswith("unread")


PDFTOTEXT = shutil.which("pdftotext")


@pytest.mark.skipif(LRELEASE is None or PDFTOTEXT is None, reason="needs pyside6-lrelease and poppler's pdftotext")
@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.hazard("H-036")
def test_a_one_image_report_in_each_language(lang: str, tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    """The report in the interface's language: pdftotext reads the translated words back (Arabic too: shaped into
    joined letters, which Unicode NFKC folds back to the letters written, and in reading order), no text falls
    back to code points, and the numbers survive."""
    import unicodedata

    from engine.files.resources import samples_dir
    from engine.records.report import INTENDED_USE, C, write_report
    from engine.records.wording import CONTEXT as WORDING
    from engine.records.wording import HEADLINE_WORDS
    from engine.runners.results import PNEUMONIA, Prediction

    folder = _compiled(tmp_path, lang)
    image = next(p for p in samples_dir().iterdir() if p.suffix == ".png")
    pred = Prediction(str(image), "ok", label="PNEUMONIA", band="pneumonia", p_pneumonia=0.87, threshold=0.42,
                      source_format="PNG")
    before = QLocale()
    try:
        i18n.install(qapp, lang, lang, folder)
        t = QCoreApplication.translate
        words = [t(WORDING, HEADLINE_WORDS[PNEUMONIA]), t(C, INTENDED_USE), t(C, "Clinician's reading: none recorded")]
        assert write_report([pred], tmp_path / "r.pdf", tr=t) == 1
    finally:
        i18n.install(qapp, "en", "en_US", tmp_path / "none")
        QLocale.setDefault(before)
    text = subprocess.run([PDFTOTEXT, "-layout", str(tmp_path / "r.pdf"), "-"], capture_output=True, text=True,
                          check=True).stdout
    def plain(s: str) -> str:
        """NFKC folds the joined letter forms back; bidi controls (which pdftotext adds around a run) and Arabic's
        optional short vowels (the report omits them: drawn without a shaping engine they would misplace) go."""
        s = unicodedata.normalize("NFKC", s)
        return " ".join("".join(" " if unicodedata.category(ch) == "Cf" else "" if unicodedata.category(ch) == "Mn"
                                else ch for ch in s).split())

    flat = plain(text)
    words = [plain(w) for w in words]
    assert words[1] != INTENDED_USE and "U+" not in flat and "Decision support for reading" not in flat
    for phrase in words:
        first = " ".join(phrase.split()[:3])  # a wrapped sentence: its first words are on one line
        assert first in flat, (first, flat[:400])
    assert "87" in flat and "42" in flat


@pytest.mark.skipif(LRELEASE is None, reason="pyside6-lrelease (PySide6-Essentials) is missing")
@pytest.mark.hazard("H-035")
def test_nothing_is_cut_off_in_the_pseudo_locale(tmp_path: Path, qapp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """scripts/pseudo_locale.py: every text accented and 40 % longer.  At 1366 x 768 the main window with a result,
    and the dialogs a clinician meets, show every label and button whole and fit the screen (scripts/screenshots.py:
    the same run under Xvfb saves the screenshots)."""
    monkeypatch.setenv("PNEUMOSCAN_HOME", str(tmp_path / "home"))
    sys.path.insert(0, str(ROOT / "scripts"))
    from screenshots import run

    assert run("pseudo") == []


@pytest.mark.hazard("H-036")
def test_ids_scores_and_names_stay_whole_in_right_to_left_text(qapp) -> None:
    """In Arabic an ID or a score beside the words keeps its own order (first-strong isolate): "16d7f894-55d7" never
    lends its digits to the sentence and ">99.9" keeps its sign; left to right nothing is added."""
    from PySide6.QtCore import Qt

    from desktop import i18n

    for text in ("16d7f894-55d7", ">99.9", "IM-0001-0001.jpeg"):
        assert i18n.isolate(text) == text
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        for text in ("16d7f894-55d7", ">99.9", "IM-0001-0001.jpeg"):
            assert i18n.isolate(text) == "\u2068" + text + "\u2069"
        assert i18n.isolate("") == ""
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
