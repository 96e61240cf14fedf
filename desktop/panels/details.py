"""Result and metadata panel: label, confidence with the decision threshold, identifiers."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from engine.inference import Prediction
from engine.io import XrayImage

from desktop.models import LABEL_COLOUR, LABEL_TEXT


class ConfidenceBarWidget(QWidget):
    """P(pneumonia) as a bar from 0 to 1, with the decision threshold marked."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.p: float | None = None
        self.threshold: float | None = None
        self.setMinimumHeight(38)
        self.setToolTip("Bar: P(pneumonia). Vertical mark: the model's decision threshold.")

    def set_values(self, p: float | None, threshold: float | None) -> None:
        self.p, self.threshold = p, threshold
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        r = QRectF(self.rect().adjusted(4, 4, -4, -18))
        painter.fillRect(r, QColor(225, 225, 225))
        if self.p is not None:
            fill = QRectF(r.left(), r.top(), r.width() * self.p, r.height())
            above = self.threshold is not None and self.p >= self.threshold
            painter.fillRect(fill, LABEL_COLOUR["PNEUMONIA" if above else "NORMAL"])
        painter.setPen(self.palette().windowText().color())
        painter.drawRect(r)
        if self.threshold is not None:
            x = r.left() + r.width() * self.threshold
            painter.setPen(QPen(QColor(0, 0, 0), 2, Qt.PenStyle.DashLine))
            painter.drawLine(int(x), int(r.top() - 3), int(x), int(r.bottom() + 3))
            painter.setPen(self.palette().windowText().color())
            painter.drawText(QRectF(x - 60, r.bottom() + 2, 120, 14), Qt.AlignmentFlag.AlignCenter,
                             f"threshold {self.threshold:.2f}")
        painter.end()


class DetailsPanel(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.label = QLabel("—")
        self.label.setStyleSheet("font-size: 20px; font-weight: bold;")
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.confidence = QLabel("")
        self.confidence.setWordWrap(True)
        self.bar = ConfidenceBarWidget()
        self.note = QLabel("Decision support only \u2014 the clinician reads the image and decides.")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #666; font-size: 11px;")
        self.error = QLabel("")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #a05000;")
        box = QGroupBox("Result")
        form = QVBoxLayout(box)
        for w in (self.label, self.confidence, self.bar, self.error, self.note):
            form.addWidget(w)
        self.meta = QTreeWidget()
        self.meta.setHeaderLabels(["Field", "Value"])
        self.meta.setRootIsDecorated(False)
        self.meta.setColumnWidth(0, 150)
        self.setMaximumWidth(380)
        lay = QVBoxLayout(self)
        lay.addWidget(box)
        lay.addWidget(QLabel("Image and model"))
        lay.addWidget(self.meta, 1)
        self.show_result(None, None)

    def show_result(self, pred: Prediction | None, image: XrayImage | None, model_text: str = "") -> None:
        self.error.setText("")
        if pred is None:
            self.label.setText("\u2014 not analysed")
            self.label.setStyleSheet("font-size: 20px; font-weight: bold; color: #666;")
            self.confidence.setText("")
            self.bar.set_values(None, None)
        elif not pred.ok:
            gated = pred.status == "out_of_scope"
            self.label.setText("\u2298 Not assessed" if gated else "\u26a0 Could not be read")
            self.label.setStyleSheet("font-size: 20px; font-weight: bold; color: #a05000;")
            self.confidence.setText("")
            self.error.setText(pred.error)
            self.bar.set_values(None, pred.threshold)
        else:
            self.label.setText(LABEL_TEXT.get(pred.label or "", pred.label or ""))
            colour = LABEL_COLOUR.get(pred.label or "", QColor(0, 0, 0)).name()
            self.label.setStyleSheet(f"font-size: 20px; font-weight: bold; color: {colour};")
            conf = "> 99.9%" if pred.confidence >= 0.999 else f"{pred.confidence:.1%}"
            self.confidence.setText(f"Confidence in this label: {conf}   (P(pneumonia) = {pred.p_pneumonia:.3f})")
            self.bar.set_values(pred.p_pneumonia, pred.threshold)
        self.meta.clear()
        rows: list[tuple[str, str]] = []
        path = pred.path if pred else (image.path if image else "")
        if path:
            rows.append(("File", Path(path).name))
        if image is not None:
            rows += [("Format", image.source_format), ("Size", f"{image.width} x {image.height} px"),
                     ("Bit depth", str(image.bit_depth))]
            if image.window:
                rows.append(("Window (file)", f"C {image.window[0]:g} / W {image.window[1]:g}"))
            rows += [(k, v) for k, v in image.metadata.items() if k != "TransferSyntaxUID"]
        elif pred is not None:
            rows += list(pred.metadata.items())
        if pred is not None and pred.raw_p_pneumonia is not None and not pred.ok:
            rows.append(("Raw P(pneumonia) (audit only)", f"{pred.raw_p_pneumonia:.3f}"))
        if pred is not None and pred.ood_score is not None:
            rows.append(("Out-of-distribution score", f"{pred.ood_score:.1f}"))
        if pred is not None and pred.relaxed_checks:
            rows.append(("Relaxed checks (settings)", ", ".join(pred.relaxed_checks)))
        if pred is not None and pred.model_name:
            rows += [("Model", f"{pred.model_name} {pred.model_version}"), ("Model sha256", pred.model_sha256[:16] + "\u2026"),
                     ("Device", pred.device)]
        elif model_text:
            rows.append(("Model", model_text))
        for k, v in rows:
            QTreeWidgetItem(self.meta, [k, str(v)])
        _ = QFormLayout
