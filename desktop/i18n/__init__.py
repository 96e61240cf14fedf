"""The interface's language: which translations ship, which one a user gets, and loading it into Qt.

Each language is a Qt Linguist source in this folder, ``pneumoscan_<lang>.ts``, compiled to ``.qm`` by
:func:`compile_translations` (``python3 dev.py`` at every setup, and ``packaging/build.py`` for the installers).
Only a **complete** source is compiled -- no unfinished, obsolete or vanished entry -- because a half-translated
interface mixes two languages on one screen; so a language ships exactly when its ``.qm`` is here.

The user's choice is a setting (``system`` by default: the system's language if it ships, else English).  Regional
variants share one translation (``pt_BR``, ``pt_PT`` and ``pt_MZ`` all read ``pt``) while numbers and dates follow
the full system locale.  Qt's own strings (standard buttons, file dialogs) come from Qt's ``qtbase_<lang>.qm``, which
has Brazilian Portuguese only: :data:`QT_BASE` maps each language to the file it uses.  An Arabic translation turns
the layout right to left by itself (Qt reads the ``QT_LAYOUT_DIRECTION`` entry of ``qtbase_ar.qm``).

What stays English whatever the language, so files can be read anywhere: the CSV, the audit log, the DICOM objects
and ``bundle.json`` (docs/csv-schema.md).  The clinical glossary the translations follow is ``glossary.csv``, with a
Qt Linguist phrase book per language in ``phrasebooks/`` (scripts/glossary_phrasebooks.py).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from engine.product import QT_TRANSLATE_NOOP  # the one marker (engine.product: standard library only)

SOURCE_LANGUAGE = "en"
#: every language Pneumoscan has a glossary for, named in its own language (Settings lists the ones that ship)
NATIVE_NAMES = {"en": "English", "fr": "Fran\u00e7ais", "es": "Espa\u00f1ol", "pt": "Portugu\u00eas",
                "ar": "\u0627\u0644\u0639\u0631\u0628\u064a\u0629"}
#: Qt's own translations each language uses (Qt ships Portuguese as pt_BR only)
QT_BASE = {"fr": "qtbase_fr", "es": "qtbase_es", "pt": "qtbase_pt_BR", "ar": "qtbase_ar"}
#: Qt's own words that its translations (qtbase_*.qm of Qt 6.11) leave in English in the file dialogs and message
#: boxes Pneumoscan opens; Pneumoscan's translations supply them (its translator is asked before Qt's)
QT_GAPS = (QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"), QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
           QT_TRANSLATE_NOOP("QPlatformTheme", "&No"))
#: the preference meaning "follow the system"
SYSTEM = "system"
#: The languages whose ``.ts`` may be compiled (when complete).  A language is listed once its whole interface is
#: translated and has been looked at on screen (scripts/pseudo_locale.py, the French and Arabic screenshots of
#: docs/i18n.md); English is the source and its file holds only plural forms ("%n row(s)" -> "1 row", "3 rows").
READY: frozenset[str] = frozenset({"en", "fr", "es", "pt", "ar"})


class QtTranslate:
    """The engine's ``tr`` (engine.product.Translate) in the app: Qt's translations, and the decimal mark of the
    language shown (engine.product.number) -- where that language writes Latin digits; an Arabic locale's "٫"
    beside Latin digits would read worse than the point the numbers carry everywhere else."""

    def __call__(self, context: str, text: str) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate(context, text)

    @property
    def decimal_point(self) -> str:
        from PySide6.QtCore import QLocale

        locale = QLocale()
        return locale.decimalPoint() if locale.zeroDigit() == "0" else "."


def isolate(text: str) -> str:
    """``text`` (a file name, an ID, a date, a score) kept whole inside a right-to-left line: Unicode's first-strong
    isolate, so "16d7f894-55d7" or ">99.9" never lends a digit or a sign to the Arabic around it.  Unchanged in a
    left-to-right interface."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    if not text or QGuiApplication.layoutDirection() != Qt.LayoutDirection.RightToLeft:
        return text
    return "\u2068" + text + "\u2069"


def number(value: float, decimals: int = -1) -> str:
    """A number in the language's way (decimal mark, digit grouping), always in Latin digits: the scores, the
    thresholds and the report write them so, and one screen never shows two kinds of digits."""
    from PySide6.QtCore import QLocale

    locale = QLocale()
    if locale.zeroDigit() != "0":
        locale = QLocale.c()
    if decimals < 0:
        return locale.toString(int(value)) if float(value).is_integer() else locale.toString(float(value))
    return locale.toString(float(value), "f", decimals)


def engine_text(text: str) -> str:
    """A sentence the engine made from one of its templates (an input check's reason, a site profile's refusal, a
    DICOM echo's answer), said in the interface's language; any other text as it is."""
    from engine.checks import input_gate
    from engine.decision import site_profile
    from engine.node import outbox
    from engine.product import translate_filled

    for context, templates in ((input_gate.CONTEXT, input_gate.TEXTS), ("SiteProfile", site_profile.TEXTS),
                               ("Echo", outbox.ECHO_TEXTS)):
        said = "\n".join(translate_filled(line, context, templates, TR) for line in text.split("\n"))
        if said != text:
            return said
    return text


#: what the app hands the engine's sentence makers (engine.records.wording, the report, the gate's reasons)
TR = QtTranslate()


def translations_dir() -> Path:
    """Where the compiled ``.qm`` files are: this folder from a checkout, ``desktop/i18n`` inside a frozen build."""
    if getattr(sys, "frozen", False) and hasattr(sys, "_MEIPASS"):
        return Path(sys._MEIPASS) / "desktop" / "i18n"  # type: ignore[attr-defined]
    return Path(__file__).resolve().parent


def shipped_languages(folder: Path | None = None) -> list[str]:
    """English (always: it is the source), then every language whose compiled translation is present."""
    folder = folder or translations_dir()
    return [SOURCE_LANGUAGE, *sorted(lang for lang in NATIVE_NAMES if lang != SOURCE_LANGUAGE
                                     and (folder / f"pneumoscan_{lang}.qm").is_file())]


def language_of(locale_name: str) -> str:
    """``pt_MZ`` -> ``pt``, ``ar-EG`` -> ``ar``, ``C`` / ``POSIX`` / empty -> English."""
    lang = re.split(r"[_\-.@]", locale_name or "", maxsplit=1)[0].lower()
    return lang if lang.isalpha() and lang not in ("c", "posix") else SOURCE_LANGUAGE


def resolve(preference: str, system_locale: str, shipped: list[str]) -> str:
    """The language to show: the user's choice if it ships, else the system's if it ships, else English."""
    if preference != SYSTEM and preference in shipped:
        return preference
    lang = language_of(system_locale)
    return lang if lang in shipped else SOURCE_LANGUAGE


def unfinished_entries(ts: Path) -> list[str]:
    """The source texts of a ``.ts`` file's entries that are not finished translations (unfinished, empty,
    obsolete or vanished): a complete file has none."""
    import xml.etree.ElementTree as ET

    bad = []
    for message in ET.parse(ts).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            bad.append(source)
            continue
        kind = translation.get("type", "")
        forms = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
        if kind in ("unfinished", "obsolete", "vanished") or not all(f.strip() for f in forms):
            bad.append(source)
    return bad


def compile_translations(lrelease: str | None = None, folder: Path | None = None,
                         ready: frozenset[str] | None = None) -> dict[str, str]:
    """Compile each complete ``pneumoscan_<lang>.ts`` of a :data:`READY` language in ``folder`` to ``.qm``
    (pyside6-lrelease), remove the ``.qm`` of any other, and say what happened to each language."""
    folder = folder or Path(__file__).resolve().parent
    ready = READY if ready is None else ready
    tool = lrelease or shutil.which("pyside6-lrelease") or str(Path(sys.executable).parent / "pyside6-lrelease")
    outcome = {}
    for ts in sorted(folder.glob("pneumoscan_*.ts")):
        qm = ts.with_suffix(".qm")
        if ts.stem.split("_", 1)[1] not in ready:
            qm.unlink(missing_ok=True)
            outcome[ts.stem] = "not shipped: the interface is not yet wholly marked for translation"
            continue
        missing = unfinished_entries(ts)
        if missing:
            qm.unlink(missing_ok=True)
            outcome[ts.stem] = f"not shipped: {len(missing)} unfinished entries"
            continue
        if qm.is_file() and qm.stat().st_mtime >= ts.stat().st_mtime:
            outcome[ts.stem] = "up to date"
            continue
        res = subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], capture_output=True, text=True, timeout=300)
        if res.returncode != 0 or not qm.is_file():
            qm.unlink(missing_ok=True)
            outcome[ts.stem] = f"not shipped: lrelease failed: {(res.stdout + res.stderr).strip()[-300:]}"
        else:
            outcome[ts.stem] = "compiled"
    return outcome


def install(app: Any, language: str, system_locale: str | None = None, folder: Path | None = None) -> list[Any]:
    """Load ``language``'s translations (Qt's own and Pneumoscan's) into ``app`` and make its locale the default
    for numbers and dates; returns the installed translators (keep them alive).  English installs at most its
    plural forms."""
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    for old in getattr(app, "_pneumoscan_translators", []):
        app.removeTranslator(old)
    system_locale = system_locale if system_locale is not None else QLocale.system().name()
    # numbers and dates: the system's own region where its language is the one shown (pt_MZ stays pt_MZ)
    locale = QLocale(system_locale if language_of(system_locale) == language else language)
    if locale.zeroDigit() != "0":  # Latin digits everywhere (spin boxes, file dialogs too): Arabic's own variant
        latin = QLocale(f"{language}_001")
        if latin.language() == locale.language() and latin.zeroDigit() == "0":
            locale = latin
    QLocale.setDefault(locale)
    installed = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    # English installs its own file only: the plural forms of the source texts ("3 rows", not "3 row(s)")
    for name, where in ((QT_BASE.get(language, ""), qt_dir),
                        (f"pneumoscan_{language}", str(folder or translations_dir()))):
        translator = QTranslator(app)
        if name and translator.load(name, where):
            app.installTranslator(translator)
            installed.append(translator)
    app._pneumoscan_translators = installed
    return installed
