"""Who makes Pneumoscan, how to reach them, and what it is allowed to be: one source for About, the CLI's --version
and the packaging."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from engine._version import __version__

#: ``tr(context, text)``: the app passes Qt's ``QCoreApplication.translate``; the engine itself has no Qt and speaks
#: English (the CSV, the audit log, the DICOM objects, and the report when no translation is asked for).
Translate = Callable[[str, str], str]


def english(context: str, text: str) -> str:
    """The engine's own :data:`Translate`: every text as written."""
    return text


def fill(template: str, *values: str) -> str:
    """A translated template's ``%1``, ``%2``… replaced by ``values`` (the translations may reorder them)."""
    for i in range(len(values), 0, -1):
        template = template.replace(f"%{i}", values[i - 1])
    return template


def number(tr: Translate, text: str) -> str:
    """A number the engine formatted ("0.99", ">99.9", "0.5 %") with the decimal mark of ``tr``'s language, when
    ``tr`` says one (the app's translator carries ``decimal_point``: "," in French, Spanish and Portuguese)."""
    mark = getattr(tr, "decimal_point", ".")
    return text.replace(".", mark) if mark != "." else text


@functools.lru_cache(maxsize=256)
def _pattern(template: str) -> re.Pattern[str]:
    """The regular expression that reads a filled ``template``'s values back (compiled once per template)."""
    parts = re.split(r"(%[1-9])", template)
    return re.compile("".join("(.+?)" if re.fullmatch(r"%[1-9]", p) else re.escape(p) for p in parts) + "(?= |$)")


def translate_filled(text: str, context: str, templates: tuple[str, ...], tr: Translate) -> str:
    """``text``, made by filling one of ``templates`` (or several joined by spaces), said in ``tr``'s language: the
    values are read back out of the English and put into the translated template (each value translated too where
    it is itself one of the templates).  Results keep their English sentences -- the CSV and the audit log stay
    English -- and a screen translates them as it shows them.  A text no template makes is returned as it is."""
    def one(piece: str, depth: int) -> str | None:
        for template in templates:
            m = _pattern(template).match(piece)
            if m is None:
                continue
            rest = piece[m.end():]
            if rest and not rest.startswith(" "):
                continue
            tail = one(rest[1:], depth) if rest else ""
            if tail is None:
                continue
            order = [int(n) for n in re.findall(r"%([1-9])", template)]
            values = {n: v for n, v in zip(order, m.groups())}
            said = fill(tr(context, template), *(
                number(tr, v) if re.fullmatch(r"-?\d+\.\d+", v) else v  # a score: the language's decimal mark
                for v in ((one(values[i], depth + 1) or values[i]) if depth < 2 else values[i]
                          for i in range(1, len(values) + 1))))
            return said + (" " + tail if tail else "")
        return None

    return one(text, 0) or text if tr is not english else text


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name pyside6-lupdate looks for
    """Marks ``text`` for the app's translations (scripts/i18n_update.py); the engine itself speaks English."""
    return text


CONTEXT = "Product"  # the translation context of the texts below
PRODUCT = "Pneumoscan"
MANUFACTURER = QT_TRANSLATE_NOOP("Product", "The Pneumoscan project (open-source development build, not placed on "
                                            "the market)")
#: No support line exists for a development build: problems go to whoever installed it, defects to the project.
CONTACT = QT_TRANSLATE_NOOP("Product", "Your first contact is the organisation that installed Pneumoscan at your "
                                       "site (its IT or clinical engineering team). Software defects and safety "
                                       "concerns: the Pneumoscan project's issue tracker.")
REGULATORY_STATUS = QT_TRANSLATE_NOOP("Product", "Regulatory status: Pneumoscan has not been cleared, approved or "
                                     "CE-marked as a medical device by any regulator. It is decision support for "
                                     "trained clinicians, for use under local clinical governance: it must not be "
                                     "the sole basis of a diagnosis or a treatment decision.")
REGULATORY_PLAIN = QT_TRANSLATE_NOOP("Product", "In plain words: this is not an approved medical device. It can be "
                                    "wrong. A clinician reads every image and makes every decision; Pneumoscan's "
                                    "label is a second opinion only.")

#: Where the hazard log lives (in the source tree; it is not shipped with the installers).
HAZARD_LOG = "docs/safety/hazards.md"
#: The residual risks the hazard log keeps on purpose, in plain words, with the IDs of the hazards they come from:
#: Help > About, the model card and the README state them (tests/test_hazards.py keeps the three in step with the log).
RESIDUAL_RISKS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("H-042",), QT_TRANSLATE_NOOP("Product", "A normal child can be called PNEUMONIA, more often at a new site or in "
                                              "a later period than on the training images.")),
    (("H-043",), QT_TRANSLATE_NOOP("Product", "A child with pneumonia can be called NORMAL.")),
    (("H-045",), QT_TRANSLATE_NOOP("Product", "Only a pneumonia pattern is assessed: NORMAL does not rule out other "
                                              "findings.")),
    (("H-044",), QT_TRANSLATE_NOOP("Product", "The heatmap shows what moved the score, not where disease is; a cold "
                                              "region does not clear a lung.")),
    (("H-046",), QT_TRANSLATE_NOOP("Product", "The shipped model was trained without pretrained weights on one "
                                              "centre's children aged 1-5: elsewhere its accuracy is unknown until "
                                              "checked locally.")),
    (("H-011", "H-016", "H-017"), QT_TRANSLATE_NOOP("Product", "The input checks can miss an image outside the "
                                                               "model's scope, most likely an adult's radiograph "
                                                               "without DICOM tags, and do not look for one when the "
                                                               "age check is relaxed.")),
    (("H-050",), QT_TRANSLATE_NOOP("Product", "The DICOM node neither encrypts nor authenticates: run it only on a "
                                              "network the clinic trusts.")),
    (("H-036",), QT_TRANSLATE_NOOP("Product", "The translations have not yet been reviewed by native-speaking "
                                              "clinicians.")),
    (("H-047",), QT_TRANSLATE_NOOP("Product", "Pneumoscan can be wrong: its label is a second opinion, never a "
                                              "diagnosis.")),
)



def component_versions() -> list[tuple[str, str]]:
    """(name, version) of the parts that decide a result or show it, read from the installed packages (no import)."""
    import platform
    import sys
    from importlib import metadata

    out = [("Pneumoscan", __version__), ("Python", platform.python_version())]
    for name, dists in (("onnxruntime", ("onnxruntime", "onnxruntime-gpu")), ("torch", ("torch",)),
                        ("pydicom", ("pydicom",)), ("numpy", ("numpy",)),
                        ("PySide6", ("PySide6", "PySide6-Essentials"))):
        version = getattr(sys.modules.get(name), "__version__", None)  # already loaded: the one in use
        for dist in dists if version is None else ():
            try:
                version = metadata.version(dist)
                break
            except metadata.PackageNotFoundError:
                continue
        out.append((name, str(version or "not installed")))
    return out
