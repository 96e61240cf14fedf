"""Who makes Pneumoscan, how to reach them, and what it is allowed to be: one source for About, the CLI's --version
and the packaging."""

from __future__ import annotations

from engine._version import __version__


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name pyside6-lupdate looks for
    """Marks ``text`` for the app's translations (scripts/i18n_update.py); the engine itself speaks English."""
    return text


CONTEXT = "Product"  # the translation context of the texts below
PRODUCT = "Pneumoscan"
MANUFACTURER = "The Pneumoscan project (open-source development build, not placed on the market)"
#: No support line exists for a development build: problems go to whoever installed it, defects to the project.
CONTACT = ("Your first contact is the organisation that installed Pneumoscan at your site (its IT or clinical "
           "engineering team). Software defects and safety concerns: the Pneumoscan project's issue tracker.")
REGULATORY_STATUS = QT_TRANSLATE_NOOP("Product", "Regulatory status: Pneumoscan has not been cleared, approved or "
                                     "CE-marked as a medical device by any regulator. It is decision support for "
                                     "trained clinicians, for use under local clinical governance: it must not be "
                                     "the sole basis of a diagnosis or a treatment decision.")
REGULATORY_PLAIN = QT_TRANSLATE_NOOP("Product", "In plain words: this is not an approved medical device. It can be "
                                    "wrong. A clinician reads every image and makes every decision; Pneumoscan's "
                                    "label is a second opinion only.")


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
