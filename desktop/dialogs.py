"""Dialogs: intended use, model card, settings, keyboard shortcuts, about."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout,
                               QHBoxLayout, QLabel, QLineEdit, QPushButton, QSpinBox, QTextBrowser, QVBoxLayout,
                               QWidget)

from engine._version import __version__
from engine.bundle import ModelBundle

INTENDED_USE_TEXT = """
<h3>Intended use</h3>
<p><b>Pneumoscan is decision support, not a diagnosis.</b> It is intended to help clinicians read
<b>frontal (AP/PA) chest X-rays of children</b>. For each image it shows a pneumonia score (0&ndash;100, the
calibrated probability of pneumonia), the label that follows from the decision threshold &mdash; or
&ldquo;Indeterminate &mdash; read carefully&rdquo; when the score is close to it &mdash; and a heatmap of the
regions that drove the score.</p>
<ul>
<li>The clinician reads the image and makes the decision. Never act on Pneumoscan's output alone.</li>
<li>The model was trained on pediatric patients aged 1&ndash;5 from a single hospital. Results on
lateral views, adults, other body parts, CT/MR or photographs are meaningless.</li>
<li>The heatmap shows what influenced the score; it does not outline disease.</li>
<li>A missed pneumonia (false NORMAL) and false alarms both occur; see Help &rsaquo; Model card for
the measured sensitivity and specificity.</li>
</ul>
"""

SHORTCUTS = [
    ("Ctrl+O", "Open files"), ("Ctrl+Shift+O", "Open folder"), ("Ctrl+R", "Analyse all"),
    ("Ctrl+Shift+R", "Analyse selected"), ("Esc", "Cancel analysis (asks first)"), ("Ctrl+E", "Export CSV"),
    ("Down / J", "Next study"), ("Up / K", "Previous study"),
    ("H", "Show / hide the heatmap (shown by default for PNEUMONIA and indeterminate results)"),
    ("+ / -", "Zoom in / out"), ("F", "Fit to window"), ("1", "Actual pixels (1:1)"), ("I", "Invert"),
    ("Right-drag", "Window / level"), ("Wheel", "Zoom"), ("Left-drag", "Pan"),
]

THIRD_PARTY = ("PySide6 / Qt (LGPLv3), PyTorch and torchvision (BSD-3), ONNX Runtime (MIT), pydicom (MIT), "
               "pylibjpeg (MIT) with libjpeg (GPLv3) and OpenJPEG (BSD-2), OpenCV (Apache-2.0), NumPy (BSD-3), "
               "safetensors (Apache-2.0), platformdirs (MIT). Training data: Kermany et al. 2018, CC BY 4.0.")


class IntendedUseDialog(QDialog):
    """Must be acknowledged once (checkbox), then stays available from Help."""

    def __init__(self, parent: QWidget | None = None, require_ack: bool = True) -> None:
        super().__init__(parent)
        self.setWindowTitle("Pneumoscan \u2014 intended use")
        text = QTextBrowser()
        text.setHtml(INTENDED_USE_TEXT)
        text.setMinimumSize(520, 300)
        self.ack = QCheckBox("I understand that Pneumoscan supports, and does not replace, clinical judgement.")
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


def model_card_html(bundle: ModelBundle | None) -> str:
    if bundle is None:
        return "<h3>No model installed</h3><p>Images can be opened and viewed, but not analysed.</p>"
    m = bundle.meta
    card = bundle.path / "MODEL_CARD.md"
    rows = "".join(
        f"<tr><td>{k}</td><td>{v['value']:.3f}</td><td>{v['ci95'][0]:.3f}&ndash;{v['ci95'][1]:.3f}</td></tr>"
        for k, v in m.get("metrics", {}).items() if isinstance(v, dict) and "value" in v)
    dec = m["decision"]
    html = (f"<h3>{bundle.name} {bundle.version}</h3><p>{m['intended_use']}</p>"
            f"<p>Architecture: {m['architecture']}; input {m['input']['size'][0]}&times;{m['input']['size'][1]} px; "
            f"bundle identity <code>{bundle.digest}</code>; weights sha256 {bundle.weights_sha256[:16]}&hellip;</p>"
            f"<p>Decision threshold {dec['threshold']:.3f} ({dec.get('rule', '')}); temperature {dec.get('temperature', 1):.3f}.</p>")
    band = dec.get("band")
    if band:
        html += (f"<p>Indeterminate band: pneumonia scores {band['low'] * 100:.1f}&ndash;{band['high'] * 100:.1f} are shown "
                 f"as <i>Indeterminate &mdash; read carefully</i> ({band['rule']}; "
                 f"{band['val_fraction_in_band']:.1%} of validation images).</p>")
    if rows:
        html += ("<h4>Test metrics (95 % bootstrap intervals)</h4><table border=1 cellpadding=3>"
                 f"<tr><th>metric</th><th>value</th><th>95 % CI</th></tr>{rows}</table>")
    if card.is_file():
        html += "<hr/><pre style='white-space: pre-wrap'>" + card.read_text(encoding="utf-8").replace("<", "&lt;") + "</pre>"
    html += f"<hr/><h4>Third-party software and data</h4><p>{THIRD_PARTY}</p>"
    return html


class TextDialog(QDialog):
    def __init__(self, title: str, html: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        self.browser.setHtml(html)
        self.browser.setMinimumSize(600, 420)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.browser)
        lay.addWidget(buttons)


def audit_log_html(path: Path, limit: int = 300) -> str:
    """The newest entries of the audit log as an HTML table (results, exports, bundles put to use)."""
    from html import escape

    from engine.audit import read_entries

    entries = read_entries(path, limit=limit)
    rows = []
    for e in reversed(entries):
        kind = e.get("event")
        if kind == "result":
            r = e.get("result", {})
            what = (f"{r.get('status')} {r.get('label') or ''} {r.get('band') or ''} p={r.get('raw_p_pneumonia')} "
                    f"{','.join(r.get('gate', {}).get('codes', []))}")
            target = e.get("file", {}).get("path", "")
        elif kind == "bundle":
            b = e.get("bundle", {})
            what, target = f"model {b.get('name')} {b.get('version')} ({b.get('trust')})", b.get("bundle_sha256", "")
        else:
            x = e.get("export", {})
            what = f"export {x.get('kind')} {x.get('rows')} rows {'ok' if x.get('ok') else 'FAILED'}"
            target = x.get("path", "")
        rows.append(f"<tr><td>{escape(str(e.get('time', '')))}</td><td>{escape(str(e.get('os_user', '')))}</td>"
                    f"<td>{escape(what)}</td><td>{escape(str(target))}</td></tr>")
    return (f"<p>Audit log: {escape(str(path))} (newest first, last {len(entries)} entries)</p>"
            "<table border=1 cellpadding=2><tr><th>time (UTC)</th><th>user</th><th>what</th><th>file</th></tr>"
            + "".join(rows) + "</table>")


def shortcuts_html() -> str:
    rows = "".join(f"<tr><td><b>{k}</b></td><td>{v}</td></tr>" for k, v in SHORTCUTS)
    return f"<h3>Keyboard and mouse</h3><table cellpadding=4>{rows}</table>"


def about_html(bundle: ModelBundle | None, device: str, log_dir: Path) -> str:
    model = (f"{bundle.name} {bundle.version}<br/>Bundle identity (sha256 of bundle.json, covering every file and "
             f"decision parameter): <code>{bundle.digest}</code>") if bundle else "no model installed"
    return (f"<h3>Pneumoscan {__version__}</h3><p>Decision support for pediatric chest X-rays.</p>"
            f"<p>Model: {model}<br/>Inference: {device or 'not loaded'}<br/>Log folder: {log_dir}</p>"
            f"<p>{THIRD_PARTY}</p>")


class TrustBundleDialog(QDialog):
    """Confirm a model bundle that is not the one shipped with Pneumoscan (its digest and model card shown)."""

    def __init__(self, bundle: ModelBundle, card_html: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Use this model bundle?")
        intro = self.intro = QLabel(
            f"<p><b>{bundle.name} {bundle.version}</b> at {bundle.path} is not the model shipped with this "
            "Pneumoscan. Its decision threshold, indeterminate band and input checks decide every label: use it "
            "only if you know where it comes from and have read its model card.</p>"
            f"<p>Bundle identity: <code>{bundle.digest}</code></p>")
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(intro.textInteractionFlags() | Qt.TextInteractionFlag.TextSelectableByMouse)
        card = QTextBrowser()
        card.setHtml(card_html)
        card.setMinimumSize(520, 260)
        buttons = QDialogButtonBox()
        self.trust_button = buttons.addButton("Trust and use this bundle", QDialogButtonBox.ButtonRole.AcceptRole)
        self.refuse_button = buttons.addButton("Do not use it", QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addWidget(card, 1)
        lay.addWidget(buttons)


class SettingsDialog(QDialog):
    def __init__(self, device: str, batch_size: int, auto_analyse: bool, parent: QWidget | None = None,
                 relaxed: list[str] | None = None, heatmap_always: bool = False, prevalence: float = 0.5,
                 site_profile: str = "", precision: str = "auto") -> None:
        super().__init__(parent)
        self.setWindowTitle("Settings")
        self.device = QComboBox()
        self.device.addItems(["auto", "cpu", "cuda", "mps"])
        self.device.setCurrentText(device)
        self.batch = QSpinBox()
        self.batch.setRange(0, 256)
        self.batch.setSpecialValueText("auto (64 on a GPU, 8 on the CPU)")
        self.batch.setValue(batch_size)
        self.precision = QComboBox()
        for value, text in (("auto", "auto: int8 where the model passed its int8 check"), ("fp32", "fp32 (full precision)"),
                            ("int8", "int8 (faster)")):
            self.precision.addItem(text, value)
        self.precision.setCurrentIndex(max(0, self.precision.findData(precision)))
        self.precision.setToolTip("Arithmetic on the CPU. The model card gives the int8 graph's agreement with fp32 "
                                  "on validation images. GPUs always run float16.")
        self.auto = QCheckBox("Analyse automatically when images are opened")
        self.auto.setChecked(auto_analyse)
        form = QFormLayout()
        form.addRow("Device", self.device)
        form.addRow("Batch size", self.batch)
        form.addRow("CPU precision", self.precision)
        form.addRow("", self.auto)
        self.heatmap_always = QCheckBox("Show heatmaps on NORMAL results too (default: only PNEUMONIA and indeterminate)")
        self.heatmap_always.setChecked(heatmap_always)
        form.addRow("", self.heatmap_always)
        self.prevalence = QDoubleSpinBox()
        self.prevalence.setRange(0.5, 99.5)
        self.prevalence.setDecimals(1)
        self.prevalence.setSuffix(" %")
        self.prevalence.setValue(prevalence * 100)
        self.prevalence.setToolTip("Share of the children you X-ray who have pneumonia; PPV and NPV are computed for it")
        form.addRow("Pneumonia prevalence", self.prevalence)
        self.site_profile = QLineEdit(site_profile)
        self.site_profile.setReadOnly(True)
        self.site_profile.setPlaceholderText("none: the model's own operating point")
        self.site_profile.setToolTip("A site profile (pneumoscan-calibrate, or Analyse > Calibrate to this clinic) "
                                     "sets the threshold and calibration fitted on your clinic's images")
        choose, clear = QPushButton("Choose\u2026"), QPushButton("Clear")
        choose.clicked.connect(self._choose_site_profile)
        clear.clicked.connect(self.site_profile.clear)
        row = QHBoxLayout()
        for w in (self.site_profile, choose, clear):
            row.addWidget(w)
        form.addRow("Site profile", row)
        form.addRow("", QLabel("Device changes take effect when the model reloads (now)."))
        from engine.gate import RELAXABLE

        labels = {"modality": "modality is not CR/DX", "body_part": "body part is not the chest",
                  "view": "view is not frontal (AP/PA)", "age": "age outside the model's population (tag, or the image looks adult)"}
        self.relax_boxes = {}
        for name in RELAXABLE:
            box = QCheckBox(f"Assess even when the {labels[name]}")
            box.setChecked(name in (relaxed or []))
            self.relax_boxes[name] = box
            form.addRow("Relax input check" if name == RELAXABLE[0] else "", box)
        form.addRow("", QLabel("Relaxed checks are shown in the status bar and recorded with every result."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(buttons)

    def relaxed_checks(self) -> list[str]:
        return sorted(n for n, b in self.relax_boxes.items() if b.isChecked())

    def _choose_site_profile(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(self, "Choose a site profile", "", "Site profiles (*.json);;All files (*)")
        if path:
            self.site_profile.setText(path)

    @classmethod
    def for_settings(cls, s, parent: QWidget | None = None, prevalence_default: float = 0.5) -> "SettingsDialog":
        return cls(s.device, s.batch_size, s.auto_analyse, parent, relaxed=s.relaxed_checks,
                   heatmap_always=s.heatmap_always, prevalence=s.prevalence(prevalence_default),
                   site_profile=s.site_profile_path, precision=s.precision)

    def apply(self, s) -> bool:
        """Store the choices in ``s`` (desktop.settings.AppSettings); True if the model must be rebuilt."""
        relaxed = self.relaxed_checks()
        precision = str(self.precision.currentData())
        changed = (self.device.currentText(), self.batch.value(), relaxed, self.site_profile.text(), precision) != \
            (s.device, s.batch_size, s.relaxed_checks, s.site_profile_path, s.precision)
        s.site_profile_path = self.site_profile.text()
        s.precision = precision
        s.device, s.batch_size, s.auto_analyse = self.device.currentText(), self.batch.value(), self.auto.isChecked()
        s.relaxed_checks = relaxed
        s.heatmap_always = self.heatmap_always.isChecked()
        s.set_prevalence(self.prevalence.value() / 100.0)
        return changed
