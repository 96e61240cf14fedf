"""Dialogs: intended use, model card, settings, site profiles, report scope, keyboard shortcuts, audit log, about."""

from __future__ import annotations

import functools
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QTextDocument
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop import i18n
from engine._version import __version__
from engine.bundle.model_bundle import ModelBundle
from engine.product import CONTACT, HAZARD_LOG, MANUFACTURER, REGULATORY_PLAIN, REGULATORY_STATUS, RESIDUAL_RISKS
from engine.product import CONTEXT as PRODUCT_CONTEXT
from engine.records.wording import CONTEXT as WORDING
from engine.records.wording import NORMAL_MEANING, QT_TRANSLATE_NOOP, fill

#: The intended use, as the dialog shows it; %1 is what a NORMAL result means (engine.records.wording).
INTENDED_USE_TEMPLATE = QT_TRANSLATE_NOOP("IntendedUseDialog", """
<h3>Intended use</h3>
<p><b>Pneumoscan is decision support, not a diagnosis.</b> It is intended to help clinicians read
<b>frontal (AP/PA) chest X-rays of children</b>. For each image it shows a pneumonia score (0&ndash;100, the
model's output calibrated on its validation images), the result that follows from the decision threshold
&mdash; or &ldquo;Indeterminate &mdash; read carefully&rdquo; when the score is close to it &mdash; and a heatmap
of the regions that drove the score.</p>
<ul>
<li>The clinician reads the image and makes the decision. Never act on Pneumoscan's output alone.</li>
<li>It looks for a pneumonia pattern only. A NORMAL result means: %1</li>
<li>The model was trained on pediatric patients aged 1&ndash;5 from a single hospital. Results on
lateral views, adults, other body parts, CT/MR or photographs are meaningless.</li>
<li>The heatmap shows what influenced the score; it does not outline disease.</li>
<li>A missed pneumonia (false NORMAL) and false alarms both occur; see Help &rsaquo; Model card for
the measured sensitivity and specificity.</li>
</ul>
""")
#: In English, filled in (the installer's intended-use page is made from it: scripts/installer_texts.py)
INTENDED_USE_TEXT = fill(INTENDED_USE_TEMPLATE, NORMAL_MEANING)


#: Mouse gestures and keys that are no menu action (the menu actions list themselves).
GESTURES = [(QT_TRANSLATE_NOOP("Help", "Right-drag"), QT_TRANSLATE_NOOP("Help", "Window / level")),
            (QT_TRANSLATE_NOOP("Help", "Wheel"), QT_TRANSLATE_NOOP("Help", "Zoom")),
            (QT_TRANSLATE_NOOP("Help", "Left-drag"), QT_TRANSLATE_NOOP("Help", "Pan")),
            (QT_TRANSLATE_NOOP("Help", "Tab / Shift+Tab"),
             QT_TRANSLATE_NOOP("Help", "Move between the list, the filter and the note")),
            (QT_TRANSLATE_NOOP("Help", "Typing in the study list"),
             QT_TRANSLATE_NOOP("Help", "Does nothing: no letter moves the selection or records a reading"))]

THIRD_PARTY = ("PySide6 / Qt (LGPLv3), PyTorch and torchvision (BSD-3), ONNX Runtime (MIT), pydicom (MIT), "
               "pylibjpeg (MIT) with libjpeg (GPLv3) and OpenJPEG (BSD-2), OpenCV (Apache-2.0), NumPy (BSD-3), "
               "safetensors (Apache-2.0), platformdirs (MIT), ReportLab (BSD). Training data: Kermany et al. 2018, "
               "CC BY 4.0.")


class IntendedUseDialog(QDialog):
    """Must be acknowledged once (checkbox), then stays available from Help."""

    def __init__(self, parent: QWidget | None = None, require_ack: bool = True) -> None:
        super().__init__(parent)
        self.require_ack = require_ack
        self.setWindowTitle(self.tr("Pneumoscan \u2014 intended use"))
        text = QTextBrowser()
        _t = QCoreApplication.translate  # marked where they are defined (QT_TRANSLATE_NOOP)
        text.setHtml(fill(_t(type(self).__name__, INTENDED_USE_TEMPLATE), _t(WORDING, NORMAL_MEANING))
                     + f"<p><b>{_t(PRODUCT_CONTEXT, REGULATORY_STATUS)}</b></p>")  # no italics: Arabic fonts have none
        text.setMinimumSize(520, 300)
        self.ack = QCheckBox(self.tr("I understand that Pneumoscan supports, and does not replace, clinical "
                                     "judgement."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        lay = QVBoxLayout(self)
        lay.addWidget(text)
        if require_ack:
            lay.addWidget(self.ack)
            self.ok_button.setEnabled(False)
            self.ack.toggled.connect(self.ok_button.setEnabled)
        lay.addWidget(buttons)


def _said(context: str, text: str, *values: Any) -> str:
    """``text`` (marked with ``QT_TRANSLATE_NOOP(context, …)``) in the interface's language, ``%1``… filled."""
    return fill(QCoreApplication.translate(context, text), *(str(v) for v in values))


def markdown_html(markdown: str) -> str:
    """Markdown (CommonMark with GitHub tables, as the model card is written) rendered to HTML by Qt."""
    doc = QTextDocument()
    doc.setMarkdown(markdown)
    return doc.toHtml()


def model_card_html(bundle: ModelBundle | None) -> str:
    """The bundle's model card, rendered (headings, lists, tables, its plots), after a summary of the operating point."""
    if bundle is None:
        return QCoreApplication.translate("ModelCard", "<h3>No model installed</h3><p>Images can be opened and viewed, "
                                          "but not analysed.</p>")
    m = bundle.meta
    dec = m["decision"]
    t = functools.partial(_said, "ModelCard")

    head = [f"# {bundle.name} {bundle.version}", "", str(m["intended_use"]), "",
            t(QT_TRANSLATE_NOOP("ModelCard", "- Architecture: %1; input %2x%3 px"), m["architecture"],
              m["input"]["size"][0], m["input"]["size"][1]),
            t(QT_TRANSLATE_NOOP("ModelCard", "- Bundle identity: `%1`"), bundle.digest),
            t(QT_TRANSLATE_NOOP("ModelCard", "- Decision threshold: score %1 of 100 (%2)"),
              f"{dec['threshold'] * 100:.0f}", dec.get("rule", ""))]
    band = dec.get("band")
    if band:
        share = band.get("val_fraction_in_band")  # descriptive, and optional in a bundle: never a reason to fail
        head.append(t(QT_TRANSLATE_NOOP("ModelCard", "- Indeterminate band: scores %1-%2"), f"{band['low'] * 100:.0f}",
                      f"{band['high'] * 100:.0f}")
                    + (t(QT_TRANSLATE_NOOP("ModelCard", " (%1 of validation images)"), f"{share:.1%}")
                       if isinstance(share, (int, float)) else ""))
    f = bundle.with_site(None).operating_figures()
    if f is not None:
        head.append(t(QT_TRANSLATE_NOOP("ModelCard", "- Measured on %1: sensitivity %2, specificity %3"), f.source,
                      f"{f.sensitivity:.3f}", f"{f.specificity:.3f}"))
    card = bundle.path / "MODEL_CARD.md"
    text = "\n".join(head) + "\n\n---\n\n"
    # the card is the bundle's own document, in the language its makers wrote it in
    text += card.read_text(encoding="utf-8") if card.is_file() else t(QT_TRANSLATE_NOOP(
        "ModelCard", "_This bundle has no MODEL_CARD.md._"))
    text += "\n\n---\n\n#### " + t(QT_TRANSLATE_NOOP("ModelCard", "Third-party software and data")) + \
        f"\n\n{THIRD_PARTY}\n"
    return markdown_html(text)


class TextDialog(QDialog):
    def __init__(self, title: str, html: str, parent: QWidget | None = None, search_path: Path | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        if search_path is not None:  # the model card's plots are relative to the bundle folder
            self.browser.setSearchPaths([str(search_path)])
        if QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft:  # tables too, right to left
            option = self.browser.document().defaultTextOption()
            option.setTextDirection(Qt.LayoutDirection.RightToLeft)
            self.browser.document().setDefaultTextOption(option)
        self.browser.setHtml(html)
        self.browser.setMinimumSize(600, 420)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.browser)
        lay.addWidget(buttons)


# --------------------------------------------------------------------------- audit log
AUDIT_KINDS = [(QT_TRANSLATE_NOOP("AuditDialog", "All entries"), None),
               (QT_TRANSLATE_NOOP("AuditDialog", "Readings"), {"review"}),
               (QT_TRANSLATE_NOOP("AuditDialog", "Results"), {"result"}),
               (QT_TRANSLATE_NOOP("AuditDialog", "Exports and reports"), {"export"}),
               (QT_TRANSLATE_NOOP("AuditDialog", "Model, settings, site profile and readers"),
                {"bundle", "site_profile", "reader", "setting"})]


def _p(v: Any) -> str:
    return f"{v:.3f}" if isinstance(v, (int, float)) and not isinstance(v, bool) else ("" if v is None else str(v))


def audit_entry_text(e: dict[str, Any]) -> tuple[str, str]:
    """(what, file) of one audit entry in plain words, numbers rounded."""
    kind = e.get("event")
    if kind == "result":
        r = e.get("result", {})
        res = r.get("band") or r.get("status") or ""
        what = f"result {str(r.get('label') or '').strip()} ({res}), score {_p(r.get('raw_p_pneumonia'))}".replace(" ()", "")
        if r.get("gate", {}).get("codes"):
            what += " - not assessed: " + ", ".join(r["gate"]["codes"])
        return what, e.get("file", {}).get("path", "")
    if kind == "review":
        rv = e.get("review", {})
        act = rv.get("action", "record")
        if act == "record":
            what = (f"reading {rv.get('reading', rv.get('final_label', ''))} ({rv.get('verdict', '')}) by "
                    f"{rv.get('reader') or rv.get('reviewed_by', '')}" + (f": {rv['note']}" if rv.get("note") else ""))
        else:
            now = f"; now {rv['reading']}" if rv.get("reading") else "; no reading now"
            what = f"reading {'undone' if act == 'undo' else 'cleared'} by {rv.get('reader', '')}{now}"
        return what, rv.get("path", "")
    if kind == "bundle":
        b = e.get("bundle", {})
        return f"model {b.get('name')} {b.get('version')} ({b.get('trust')})", b.get("bundle_sha256", "")
    if kind == "site_profile":
        s = e.get("site_profile", {})
        return f"site profile {str(s.get('sha256', ''))[:12]} {s.get('action', 'applied')}", s.get("path", "")
    if kind == "reader":
        r = e.get("reader", {})
        return f"reader {r.get('name')} {r.get('how')}", ""
    if kind == "setting":
        st = e.get("setting", {})
        return f"setting {st.get('name')}: {st.get('old')} -> {st.get('new')}", ""
    x = e.get("export", {})
    unit = "pages" if x.get("kind") == "pdf_report" else "files" if x.get("kind") == "heatmap_png" else "rows"
    return f"export {x.get('kind')}: {x.get('rows')} {unit} {'ok' if x.get('ok') else 'FAILED'}", x.get("path", "")


def audit_log_html(path: Path, limit: int = 300, kinds: set[str] | None = None) -> str:
    """The newest entries of the audit log (of ``kinds``, or all) as an HTML table, in local time."""
    from engine.records.audit import read_entries
    from engine.records.readings import local_time

    entries = [e for e in read_entries(path) if kinds is None or e.get("event") in kinds][-limit:]
    rows = []
    for e in reversed(entries):
        what, target = audit_entry_text(e)
        rows.append(f"<tr><td>{escape(local_time(str(e.get('time', '')), seconds=True))}</td>"
                    f"<td>{escape(str(e.get('os_user', '')))}</td><td>{escape(what)}</td>"
                    f"<td>{escape(Path(str(target)).name if target else '')}</td></tr>")
    # the entries themselves are the log's own English words (the log stays locale-neutral: docs/csv-schema.md)
    return (fill(QCoreApplication.translate("AuditDialog", "<p>Audit log: %1 (newest first, %2 entries shown)</p>"),
                 escape(str(path)), str(len(entries)))
            + "<table border=1 cellpadding=2><tr><th>"
            + "</th><th>".join(QCoreApplication.translate("AuditDialog", h) for h in (
                QT_TRANSLATE_NOOP("AuditDialog", "time (local)"), QT_TRANSLATE_NOOP("AuditDialog", "account"),
                QT_TRANSLATE_NOOP("AuditDialog", "what"), QT_TRANSLATE_NOOP("AuditDialog", "file")))
            + "</th></tr>" + "".join(rows) + "</table>")


class AuditDialog(TextDialog):
    """The audit log, filtered by kind (readings, results, exports, model and settings)."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("AuditDialog", "Audit log"), "", parent)
        self.path = path
        self.kind = QComboBox()
        for text, _kinds in AUDIT_KINDS:
            self.kind.addItem(QCoreApplication.translate("AuditDialog", text))
        self.kind.currentIndexChanged.connect(self.refresh)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Show")))
        row.addWidget(self.kind)
        row.addStretch(1)
        self.layout().insertLayout(0, row)
        self.refresh()

    def refresh(self) -> None:
        self.browser.setHtml(audit_log_html(self.path, kinds=AUDIT_KINDS[self.kind.currentIndex()][1]))


# --------------------------------------------------------------------------- help
def shortcuts_html(actions: list[Any] | None = None) -> str:
    """Every menu action with a shortcut (read from the actions themselves, so the list cannot go stale), then the
    mouse gestures."""
    rows = []
    for a in actions or []:
        keys = " / ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in a.shortcuts())  # as menus say
        if keys:
            rows.append(f"<tr><td><b>{escape(keys)}</b></td><td>{escape(a.text().replace('&', '').rstrip('.…'))}</td></tr>")
    rows += [f"<tr><td><b>{escape(QCoreApplication.translate('Help', k))}</b></td>"
             f"<td>{escape(QCoreApplication.translate('Help', v))}</td></tr>" for k, v in GESTURES]
    return (QCoreApplication.translate("Help", "<h3>Keyboard and mouse</h3><p>Every shortcut that acts has a modifier "
                                       "(Ctrl, Alt) or is a function, arrow or Esc key: ordinary typing never records "
                                       "a reading or moves the selection.</p>")
            + f"<table cellpadding=4>{''.join(rows)}</table>")


def about_html(bundle: ModelBundle | None, device: str, log_dir: Path, site_contact: str = "") -> str:
    """Help > About: the regulatory status in plain words and the risks that remain, manufacturer and contact, software
    and model versions, the bundle's identity and the operating point in force."""
    import sys

    from engine.product import component_versions

    t = functools.partial(_said, "About")

    if bundle is not None:
        site = bundle.site
        created = str(bundle.meta.get("created", "") or "")
        model = (f"{escape(bundle.name)} {escape(bundle.version)}"
                 + (t(QT_TRANSLATE_NOOP("About", ", made %1"), escape(created[:10])) if created else "")
                 + t(QT_TRANSLATE_NOOP("About", "<br/>Bundle identity (sha256 of bundle.json, covering every file and "
                                       "decision parameter):<br/><code>%1</code><br/>Operating point: "), bundle.digest)
                 + (t(QT_TRANSLATE_NOOP("About", "site profile %1, identity <code>%2</code>"), escape(site.summary()),
                      site.digest[:16]) if site is not None
                    else t(QT_TRANSLATE_NOOP("About", "the model's own (no site profile)"))))
    else:
        model = t(QT_TRANSLATE_NOOP("About", "no model installed"))
    versions = ", ".join(f"{escape(n)} {escape(v)}" for n, v in component_versions())
    build = t(QT_TRANSLATE_NOOP("About", "installed build") if getattr(sys, "frozen", False)
              else QT_TRANSLATE_NOOP("About", "run from source"))
    local = t(QT_TRANSLATE_NOOP("About", "<br/><b>Local support:</b> %1"), escape(site_contact)) if site_contact else ""
    product = QCoreApplication.translate
    return (t(QT_TRANSLATE_NOOP("About", "<h3>Pneumoscan %1</h3><p>Decision support for reading pediatric chest X-rays "
                                "(NORMAL / PNEUMONIA).</p>"), __version__)
            + f"<p><b>{product(PRODUCT_CONTEXT, REGULATORY_STATUS)}</b><br/>{product(PRODUCT_CONTEXT, REGULATORY_PLAIN)}</p>"
            + residual_risks_html()
            + t(QT_TRANSLATE_NOOP("About", "<p><b>Manufacturer:</b> %1<br/><b>Contact:</b> %2%3</p>"),
                escape(product(PRODUCT_CONTEXT, MANUFACTURER)), escape(product(PRODUCT_CONTEXT, CONTACT)), local)
            + t(QT_TRANSLATE_NOOP("About", "<p><b>Model:</b> %1</p>"), model)
            + t(QT_TRANSLATE_NOOP("About", "<p><b>Software:</b> %1 (%2)<br/><b>Inference:</b> %3<br/>"
                                  "<b>Log folder:</b> %4</p>"), versions, build,
                escape(device) or t(QT_TRANSLATE_NOOP("About", "not loaded")), escape(str(log_dir)))
            + f"<p>{THIRD_PARTY}</p>")


def residual_risks_html() -> str:
    """The risks the hazard log keeps on purpose, each with its hazard IDs, and where the log is."""
    product = QCoreApplication.translate
    items = "".join(f"<li>{escape(product(PRODUCT_CONTEXT, text))} ({i18n.isolate(', '.join(ids))})</li>"
                    for ids, text in RESIDUAL_RISKS)
    return _said("About", QT_TRANSLATE_NOOP("About", "<p><b>Risks that remain</b> (the hazard log, %1 in the source, "
                                                     "ties every known hazard to its control and its test):</p>"),
                 f"<code>{i18n.isolate(HAZARD_LOG)}</code>") + f"<ul>{items}</ul>"


class TrustBundleDialog(QDialog):
    """Confirm a model bundle that is not the one shipped with Pneumoscan (its digest and model card shown)."""

    def __init__(self, bundle: ModelBundle, card_html: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Use this model bundle?"))
        intro = self.intro = QLabel(fill(self.tr(
            "<p><b>%1</b> at %2 is not the model shipped with this Pneumoscan. Its decision threshold, indeterminate "
            "band and input checks decide every label: use it only if you know where it comes from and have read its "
            "model card.</p><p>Bundle identity: <code>%3</code></p>"),
            f"{escape(bundle.name)} {escape(bundle.version)}", escape(str(bundle.path)), bundle.digest))
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(intro.textInteractionFlags() | Qt.TextInteractionFlag.TextSelectableByMouse)
        card = QTextBrowser()
        card.setSearchPaths([str(bundle.path)])
        card.setHtml(card_html)
        card.setMinimumSize(520, 260)
        buttons = QDialogButtonBox()
        self.trust_button = buttons.addButton(self.tr("Trust and use this bundle"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.refuse_button = buttons.addButton(self.tr("Do not use it"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addWidget(card, 1)
        lay.addWidget(buttons)


# --------------------------------------------------------------------------- site profiles
def site_profile_html(profile, own: ModelBundle) -> str:
    """What a site profile would change, on one scale (the model's own score), with its out-of-sample figures,
    their intervals, the sample sizes, the band's share and every warning."""
    meta = profile.meta
    s, m = meta["samples"], meta["metrics"]
    lo, hi = profile.band or (profile.threshold, profile.threshold)
    share = meta.get("band_share", {})

    t = functools.partial(_said, "SiteProfileDialog")

    def pct(v: float) -> str:
        return f"{v:.0%}".replace("%", " %")

    def fig(key: str) -> str:
        v = m[key]
        return t(QT_TRANSLATE_NOOP("SiteProfileDialog", "%1 (95 % interval %2\u2013%3)"), f"{v['value']:.2f}",
                 f"{v['ci95'][0]:.2f}", f"{v['ci95'][1]:.2f}")

    rows = [(QT_TRANSLATE_NOOP("SiteProfileDialog", "Fitted on"),
             t(QT_TRANSLATE_NOOP("SiteProfileDialog", "%1 NORMAL and %2 PNEUMONIA images (%3)"), s["NORMAL"],
               s["PNEUMONIA"], escape(str(meta.get("source", ""))))),
            (QT_TRANSLATE_NOOP("SiteProfileDialog", "Threshold (the model's score scale)"),
             t(QT_TRANSLATE_NOOP("SiteProfileDialog", "<b>%1</b> instead of the model's own <b>%2</b>"),
               f"{profile.on_bundle_scale(profile.threshold) * 100:.0f}", f"{own.threshold * 100:.0f}")),
            (QT_TRANSLATE_NOOP("SiteProfileDialog", "Indeterminate band (same scale)"),
             t(QT_TRANSLATE_NOOP("SiteProfileDialog", "%1 instead of %2"),
               f"{profile.on_bundle_scale(lo) * 100:.0f}\u2013{profile.on_bundle_scale(hi) * 100:.0f}",
               f"{own.band[0] * 100:.0f}\u2013{own.band[1] * 100:.0f}" if own.band
               else t(QT_TRANSLATE_NOOP("SiteProfileDialog", "none")))),
            (QT_TRANSLATE_NOOP("SiteProfileDialog", "Sensitivity, out of sample"), fig("sensitivity")),
            (QT_TRANSLATE_NOOP("SiteProfileDialog", "Specificity, out of sample"), fig("specificity")),
            (QT_TRANSLATE_NOOP("SiteProfileDialog", "Accuracy, out of sample"), fig("accuracy"))]
    if share:
        flag = share.get("all", 0) > share.get("flag_above", 1)
        text = t(QT_TRANSLATE_NOOP("SiteProfileDialog", "%1 of these images (NORMAL %2, PNEUMONIA %3)"),
                 pct(share.get("all", 0)), pct(share.get("NORMAL", 0)), pct(share.get("PNEUMONIA", 0)))
        if flag:
            text = "<b style='color:#a05000'>" + t(QT_TRANSLATE_NOOP("SiteProfileDialog", "%1 - flagged: above %2"),
                                                     text, pct(share.get("flag_above", 0))) + "</b>"
        rows.append((QT_TRANSLATE_NOOP("SiteProfileDialog", "Indeterminate with this profile"), text))
    table = "".join(f"<tr><td>{t(k)}</td><td>{v}</td></tr>" for k, v in rows)
    # the fit's warnings are the calibration's own English sentences (engine.decision.site_profile)
    warnings = "".join(f"<li>{escape(w)}</li>" for w in meta.get("warnings", []))
    own_f = own.operating_figures()
    compare = t(QT_TRANSLATE_NOOP("SiteProfileDialog", "<p>The model's own point, measured on %1: sensitivity %2, "
                                  "specificity %3.</p>"), escape(own_f.source), f"{own_f.sensitivity:.2f}",
                f"{own_f.specificity:.2f}") if own_f is not None else ""
    return (t(QT_TRANSLATE_NOOP("SiteProfileDialog", "<p>Every number here is measured <b>out of sample</b>: the whole "
                                "fit was repeated on resamples of these images and scored on the images each left out. "
                                "With the profile, the app shows scores on the profile's recalibrated scale, where the "
                                "threshold reads %1.</p>"), f"{profile.threshold * 100:.0f}")
            + f"<table cellpadding=3>{table}</table>{compare}"
            + (t(QT_TRANSLATE_NOOP("SiteProfileDialog", "<p><b>Warnings</b></p><ul>%1</ul>"), warnings) if warnings
               else t(QT_TRANSLATE_NOOP("SiteProfileDialog", "<p>No warnings.</p>"))))


class SiteProfileDialog(QDialog):
    """Show a site profile's figures, intervals and warnings, and ask before it is applied."""

    def __init__(self, profile, own: ModelBundle, parent: QWidget | None = None, title: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title or self.tr("Use this site profile?"))
        self.profile = profile
        self.text = QTextBrowser()
        self.text.setHtml(site_profile_html(profile, own))
        self.text.setMinimumSize(560, 360)
        buttons = QDialogButtonBox()
        self.apply_button = buttons.addButton(self.tr("Apply this operating point"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.keep_button = buttons.addButton(self.tr("Keep the current one"), QDialogButtonBox.ButtonRole.RejectRole)
        self.keep_button.setDefault(True)  # applying is a choice, not the Enter key
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.text, 1)
        lay.addWidget(wrapped(self.tr("Apply this operating point to every result from now on? Results are analysed "
                                      "again.")))
        lay.addWidget(buttons)


# --------------------------------------------------------------------------- report
class Counts(QObject):
    """Counted nouns in the interface's language, with each language's plural forms (Qt's ``%n``); English's own
    come from ``pneumoscan_en.ts``, which holds only these."""

    @staticmethod
    def _english(said: str, source: str, n: int, one: str, many: str) -> str:
        """English's own forms where no translation is installed (a checkout whose .qm files are not built yet)."""
        return (one if n == 1 else many).replace("%n", str(n)) if said == source.replace("%n", str(n)) else said

    def rows(self, n: int) -> str:
        return self._english(self.tr("%n row(s)", "", n), "%n row(s)", n, "%n row", "%n rows")

    def studies(self, n: int) -> str:
        return self._english(self.tr("%n study(-ies)", "", n), "%n study(-ies)", n, "%n study", "%n studies")

    def images(self, n: int) -> str:
        return self._english(self.tr("%n image(s)", "", n), "%n image(s)", n, "%n image", "%n images")

    def items(self, n: int) -> str:
        return self._english(self.tr("%n item(s)", "", n), "%n item(s)", n, "%n item", "%n items")

    def overlays(self, n: int) -> str:
        return self._english(self.tr("%n overlay(s)", "", n), "%n overlay(s)", n, "%n overlay", "%n overlays")

    def pages(self, n: int) -> str:
        return self._english(self.tr("%n page(s)", "", n), "%n page(s)", n, "%n page", "%n pages")

    def report_pages(self, n: int) -> str:
        source = "%n pages (a summary, then one page per image)"
        return self._english(self.tr("%n pages (a summary, then one page per image)", "", n), source, n,
                             "%n page", source)


COUNTS = Counts()


def rows_and_studies(rows: list) -> str:
    """"12 rows, 1 study": what an export holds, said before and after it is written."""
    n, k = len(rows), len({r.study.key for r in rows if getattr(r, "study", None) is not None})
    return fill(QCoreApplication.translate("Scope", "%1, %2"), COUNTS.rows(n), COUNTS.studies(k))


class ScopeDialog(QDialog):
    """What an export covers: the study on screen (the default), the image on screen, the selected rows, the rows
    the filter shows, or everything -- each with how many rows and studies it holds."""

    def __init__(self, title: str, intro: str, choices: list[tuple[str, str, list]], parent: QWidget | None = None,
                 default: str = "study", describe=rows_and_studies) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.choices = choices
        self.group = QButtonGroup(self)
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(intro))
        first = None
        for i, (key, text, rows) in enumerate(choices):
            b = QRadioButton(f"{text} \u2014 {describe(rows)}")
            b.setObjectName(key)
            b.setEnabled(bool(rows))
            self.group.addButton(b, i)
            lay.addWidget(b)
            if rows and (first is None or key == default and first.objectName() != default):
                first = b
        if first is not None:
            first.setChecked(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Choose where to save\u2026"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    def choose(self, key: str) -> None:
        for b in self.group.buttons():
            if b.objectName() == key:
                b.setChecked(True)

    def chosen(self) -> str:
        i = self.group.checkedId()
        return self.choices[i][0] if i >= 0 else ""

    def rows(self) -> list:
        i = self.group.checkedId()
        return self.choices[i][2] if i >= 0 else []


def _pages(rows: list) -> str:
    n = len(rows)
    return fill(QCoreApplication.translate("Scope", "%1, %2"), rows_and_studies(rows),
                COUNTS.report_pages(n + 1) if n > 1 else COUNTS.pages(n))


class ReportScopeDialog(ScopeDialog):
    """What to print: the study on screen, the image on screen, the selected rows, the rows the filter shows, or
    everything."""

    def __init__(self, choices: list[tuple[str, str, list]], parent: QWidget | None = None,
                 default: str = "study") -> None:
        super().__init__(QCoreApplication.translate("ReportScopeDialog", "Print report"),
                         QCoreApplication.translate("ReportScopeDialog", "Print a PDF report of:"), choices, parent,
                         default=default, describe=_pages)



# --------------------------------------------------------------------------- settings
def wrapped(text: str) -> QLabel:
    """An explanation under a form's fields: it wraps, so no sentence widens the dialog past the screen."""
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class SettingsDialog(QDialog):
    def __init__(self, device: str, batch_size: int, auto_analyse: bool, parent: QWidget | None = None,
                 relaxed: list[str] | None = None, heatmap_always: bool = False, prevalence: float | None = None,
                 site_profile: str = "", precision: str = "auto", bundle: ModelBundle | None = None,
                 readers: list | None = None, unknown_age_max: float | None = None, language: str = "system") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.bundle = bundle
        self.device = QComboBox()
        self.device.addItems(["auto", "cpu", "cuda", "mps"])
        self.device.setCurrentText(device)
        self.batch = QSpinBox()
        self.batch.setRange(0, 256)
        self.batch.setSpecialValueText(self.tr("auto (64 on a GPU, 8 on the CPU)"))
        self.batch.setValue(batch_size)
        self.precision = QComboBox()
        for value, text in (("auto", self.tr("auto: int8 where the model passed its int8 check")),
                            ("fp32", self.tr("fp32 (full precision)")), ("int8", self.tr("int8 (faster)"))):
            self.precision.addItem(text, value)
        self.precision.setCurrentIndex(max(0, self.precision.findData(precision)))
        self.precision.setToolTip(self.tr("Arithmetic on the CPU. The model card gives the int8 graph's agreement with fp32 "
                                  "on validation images. GPUs always run float16."))
        self.auto = QCheckBox(self.tr("Analyse automatically when images are opened"))
        self.auto.setChecked(auto_analyse)
        from PySide6.QtCore import QLocale


        shipped = i18n.shipped_languages()
        self.language = QComboBox()
        system = i18n.NATIVE_NAMES[i18n.resolve(i18n.SYSTEM, QLocale.system().name(), shipped)]
        self.language.addItem(self.tr("System (%1)").replace("%1", system), i18n.SYSTEM)
        for code in shipped:
            self.language.addItem(i18n.NATIVE_NAMES[code], code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.language.setToolTip(self.tr("The language of Pneumoscan's windows and reports; applies when Pneumoscan next "
                                 "starts. The CSV, the audit log and DICOM objects stay in English."))
        form = QFormLayout()
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Device"), self.device)
        form.addRow(self.tr("Batch size"), self.batch)
        form.addRow(self.tr("CPU precision"), self.precision)
        form.addRow("", self.auto)
        self.heatmap_always = QCheckBox(self.tr("Show heatmaps on NORMAL results too (default: only PNEUMONIA and indeterminate)"))
        self.heatmap_always.setChecked(heatmap_always)
        form.addRow("", self.heatmap_always)
        self.prevalence = QDoubleSpinBox()
        self.prevalence.setRange(0.0, 99.5)
        self.prevalence.setDecimals(1)
        self.prevalence.setSuffix(" %")
        self.prevalence.setSpecialValueText(self.tr("not set"))
        self.prevalence.setValue(prevalence * 100 if prevalence else 0.0)
        self.prevalence.setToolTip(self.tr("Share of the children you X-ray who have pneumonia. PPV and NPV (how often a call "
                                   "is right) are computed for it; until it is set, the result panel says so."))
        form.addRow(self.tr("Pneumonia prevalence at your clinic"), self.prevalence)
        self.site_profile = QLineEdit(site_profile)
        self.site_profile.setReadOnly(True)
        self.site_profile.setPlaceholderText(self.tr("none: the model's own operating point"))
        self.site_profile.setToolTip(self.tr("A site profile (pneumoscan-calibrate, or Analyse > Calibrate to this clinic) "
                                     "sets the threshold and calibration fitted on your clinic's images"))
        choose, clear = QPushButton(self.tr("Choose\u2026")), QPushButton(self.tr("Clear"))
        choose.clicked.connect(self._choose_site_profile)
        clear.clicked.connect(self.site_profile.clear)
        self.site_profile_dialog: SiteProfileDialog | None = None
        row = QHBoxLayout()
        for w in (self.site_profile, choose, clear):
            row.addWidget(w)
        form.addRow(self.tr("Site profile"), row)
        self.readers = list(readers or [])
        self.reader_list = QListWidget()
        self.reader_list.setMaximumHeight(90)
        for r in self.readers:
            self.reader_list.addItem(QListWidgetItem(r.name + (self.tr("  (PIN)") if r.has_pin else "")))
        remove = QPushButton(self.tr("Remove"))
        remove.setToolTip(self.tr("Take the selected reader off this workstation's list (their readings stay theirs)"))
        remove.clicked.connect(self._remove_reader)
        rrow = QHBoxLayout()
        rrow.addWidget(self.reader_list, 1)
        rrow.addWidget(remove, 0, Qt.AlignmentFlag.AlignTop)
        form.addRow(self.tr("Readers"), rrow)
        form.addRow("", wrapped(self.tr("Readers add themselves when they first record a reading (status bar: Reader).")))
        form.addRow("", wrapped(self.tr("Device changes take effect when the model reloads (now).")))
        from engine.checks.input_gate import MAX_UNKNOWN_AGE, RELAXABLE

        labels = {"modality": self.tr("Assess even when the modality is not CR/DX"),
                  "body_part": self.tr("Assess even when the body part is not the chest"),
                  "view": self.tr("Assess even when the view is not frontal (AP/PA)"),
                  "age": self.tr("Assess images with no recorded age as children up to")}
        self.relax_boxes = {}
        for name in RELAXABLE:
            box = QCheckBox(labels[name])
            box.setChecked(name in (relaxed or []))
            self.relax_boxes[name] = box
            if name == "age":
                self.unknown_age = QSpinBox()
                self.unknown_age.setRange(1, MAX_UNKNOWN_AGE)
                self.unknown_age.setSuffix(self.tr(" years"))
                self.unknown_age.setValue(int(unknown_age_max or 12))
                self.unknown_age.setEnabled(box.isChecked())
                box.toggled.connect(self.unknown_age.setEnabled)
                row = QHBoxLayout()
                row.addWidget(box)
                row.addWidget(self.unknown_age)
                row.addStretch(1)
                form.addRow("", row)
                form.addRow("", wrapped(self.tr("Only images whose file records no age at all: the adult-appearance "
                                               "check is skipped for them. An age outside the model's population, or "
                                               "one that is recorded but cannot be read, is never assessed.")))
            else:
                form.addRow(self.tr("Relax input check") if name == RELAXABLE[0] else "", box)
        form.addRow("", wrapped(self.tr("Relaxed checks are shown in the status bar and recorded with every result.")))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(buttons)

    def relaxed_checks(self) -> list[str]:
        return sorted(n for n, b in self.relax_boxes.items() if b.isChecked())

    def _remove_reader(self) -> None:
        i = self.reader_list.currentRow()
        if 0 <= i < len(self.readers):
            self.readers.pop(i)
            self.reader_list.takeItem(i)

    def _choose_site_profile(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a site profile"), "", self.tr("Site profiles (*.json);;All files (*)"))
        if path:
            self.offer_site_profile(path)

    def offer_site_profile(self, path: str) -> SiteProfileDialog | None:
        """Check the profile belongs to this model, show its figures, intervals and warnings, and ask before it is
        set; a profile that cannot be used is refused with its reason."""
        from engine.decision.site_profile import SiteProfileError, load_site_profile

        if self.bundle is None:
            QMessageBox.warning(self, self.tr("Site profile"), self.tr("A site profile can be chosen once a model is loaded."))
            return None
        own = self.bundle.with_site(None)
        try:
            profile = load_site_profile(path, own.digest)
        except SiteProfileError as exc:
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Site profile not used"), i18n.engine_text(exc.message),
                              QMessageBox.StandardButton.Ok, self)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.refusal = box
            box.open()
            return None
        dlg = self.site_profile_dialog = SiteProfileDialog(profile, own, self)
        dlg.accepted.connect(lambda: self.site_profile.setText(path))
        dlg.open()
        return dlg

    @classmethod
    def for_settings(cls, s, parent: QWidget | None = None, bundle: ModelBundle | None = None) -> SettingsDialog:
        return cls(s.device, s.batch_size, s.auto_analyse, parent, relaxed=s.relaxed_checks,
                   unknown_age_max=s.unknown_age_max,
                   heatmap_always=s.heatmap_always, prevalence=s.prevalence,
                   site_profile=s.site_profile_path, precision=s.precision, bundle=bundle, readers=s.readers(),
                   language=s.language)

    def apply(self, s) -> bool:
        """Store the choices in ``s`` (desktop.settings.AppSettings); True if the model must be rebuilt."""
        relaxed = self.relaxed_checks()
        precision = str(self.precision.currentData())
        age_max = float(self.unknown_age.value()) if "age" in relaxed else None
        changed = (self.device.currentText(), self.batch.value(), relaxed, age_max, self.site_profile.text(),
                   precision) != (s.device, s.batch_size, s.relaxed_checks, s.unknown_age_max if "age" in
                                  s.relaxed_checks else None, s.site_profile_path, s.precision)
        s.unknown_age_max = age_max
        s.site_profile_path = self.site_profile.text()
        s.precision = precision
        s.device, s.batch_size, s.auto_analyse = self.device.currentText(), self.batch.value(), self.auto.isChecked()
        s.relaxed_checks = relaxed
        s.heatmap_always = self.heatmap_always.isChecked()
        s.set_prevalence(self.prevalence.value() / 100.0 if self.prevalence.value() > 0 else None)
        s.set_readers(self.readers)
        s.language = str(self.language.currentData())
        return changed


NODE_HELP = QT_TRANSLATE_NOOP(
    "DicomNodeDialog", "<p>With the node on, the X-ray unit sends images straight to Pneumoscan: enter this workstation's "
    "<b>AE title</b>, its <b>IP address</b> and the <b>port</b> below as a DICOM destination on the unit. Each image "
    "is kept in the store folder and analysed at once; it appears at the top of the study list, with its study.</p>"
    "<p><b>What leaves this workstation:</b> nothing, unless <b>Send results to</b> names a destination. Then, for "
    "each analysed image, a picture of the result (the image, heatmap, result and score burned in) and a structured "
    "report go to that one destination -- marked as decision support, not for diagnosis -- and a reading you "
    "record is sent again as a verified report with your name. Nothing is sent anywhere else.</p>")


def local_addresses() -> list[str]:
    """This computer's IPv4 addresses other than loopback (what to enter on the X-ray unit); no packet is sent."""
    import socket

    found: list[str] = []
    try:
        for info in socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET):
            found.append(str(info[4][0]))
    except OSError:
        pass
    try:  # the address of the interface a LAN route would use (a UDP "connect" sends nothing)
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
            s.connect(("10.255.255.255", 1))
            found.append(str(s.getsockname()[0]))
    except OSError:
        pass
    return [a for a in dict.fromkeys(found) if not a.startswith("127.")]


class DicomNodeDialog(QDialog):
    """Analyse > DICOM node: receive from the X-ray unit, watch a folder, send results to one destination."""

    echo_done = Signal(str)

    def __init__(self, values: dict, default_store: str, parent: QWidget | None = None, error: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("DICOM node"))
        self.enabled = QCheckBox(self.tr("Receive images from the X-ray unit (DICOM node)"))
        self.enabled.setChecked(bool(values["enabled"]))
        self.ae_title = QLineEdit(values["ae_title"])
        self.ae_title.setMaxLength(16)
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(int(values["port"]))
        self.bind = QComboBox()
        self.bind.setEditable(True)
        self.bind.addItem("0.0.0.0", "0.0.0.0")
        self.bind.addItem("127.0.0.1", "127.0.0.1")
        self.bind.setCurrentText(values["bind"])
        self.bind.setToolTip(self.tr("0.0.0.0: every network connection of this computer (the X-ray unit can reach "
                                     "it); 127.0.0.1: this computer only (for testing)"))
        addresses = local_addresses()
        self.addresses = QLabel(fill(self.tr("This computer's address for the X-ray unit: %1"), ", ".join(addresses)
                                     if addresses else self.tr("no network address found (is the network cable "
                                                               "connected?)")))
        self.addresses.setWordWrap(True)
        self.addresses.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.allow = QLineEdit(values["allow"])
        self.allow.setPlaceholderText(self.tr("any sender (or e.g. XRAY1, XRAY2)"))
        self.store = QLineEdit(values["store"] or default_store)
        self.send_to = QLineEdit(values["send_to"])
        self.send_to.setPlaceholderText(self.tr("nothing is sent (or e.g. PACS@192.168.1.20:104)"))
        self.watch = QLineEdit(values["watch"])
        self.watch.setPlaceholderText(self.tr("no folder is watched"))
        self.test_button = QPushButton(self.tr("Test the destination"))
        self.test_button.setToolTip(self.tr("Send a DICOM echo (C-ECHO) to the destination and say whether it answers"))
        self.test_button.clicked.connect(self._test_destination)
        self.test_result = QLabel("")
        self.test_result.setWordWrap(True)
        self.echo_done.connect(self._echo_answered)
        form = QFormLayout()
        form.addRow("", self.enabled)
        form.addRow(self.tr("AE title"), self.ae_title)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Listen on"), self.bind)
        form.addRow("", self.addresses)
        form.addRow(self.tr("Only from (AE titles)"), self.allow)
        form.addRow(self.tr("Store received images in"), self.store)
        form.addRow(self.tr("Send results to"), self.send_to)
        form.addRow(self.test_button, self.test_result)
        form.addRow(self.tr("Also watch this folder"), self.watch)
        self.error = QLabel(fill(self.tr("Not running: %1"), error) if error else "")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        info = QLabel(QCoreApplication.translate("DicomNodeDialog", NODE_HELP))
        info.setWordWrap(True)
        info.setTextFormat(Qt.TextFormat.RichText)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._check_and_accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(info)
        lay.addWidget(self.error)
        lay.addWidget(buttons)

    def values(self) -> dict:
        return {"enabled": self.enabled.isChecked(), "ae_title": self.ae_title.text().strip(),
                "port": self.port.value(), "bind": self.bind.currentText().strip() or "0.0.0.0",
                "allow": self.allow.text().strip(), "store": self.store.text().strip(),
                "send_to": self.send_to.text().strip(), "watch": self.watch.text().strip()}

    def _test_destination(self) -> None:
        import threading

        from engine.node.config import Destination, check_ae_title

        try:
            dest = Destination.parse(self.send_to.text())
            calling = check_ae_title(self.ae_title.text() or "PNEUMOSCAN")
        except ValueError as exc:
            self.test_result.setText(str(exc))
            return
        self.test_button.setEnabled(False)
        self.test_result.setText(fill(self.tr("Asking %1\u2026"), str(dest)))

        def echo() -> None:
            from engine.node.outbox import echo as send_echo

            self.echo_done.emit(send_echo(dest, calling))

        threading.Thread(target=echo, daemon=True, name="pneumoscan-echo").start()

    def _echo_answered(self, text: str) -> None:
        self.test_button.setEnabled(True)
        self.test_result.setText(i18n.engine_text(text))

    def _check_and_accept(self) -> None:
        from engine.node.config import node_config

        values = self.values()
        try:
            node_config(values)
        except ValueError as exc:
            self.error.setText(str(exc))
            return
        self.accept()
