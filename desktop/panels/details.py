"""Result and metadata panel: one coherent statement of the result.

The model's calibrated P(pneumonia) is shown as a 0-100 *pneumonia score* on a
bar with the decision threshold marked and the indeterminate band shaded; the
headline is the label that follows from the threshold, or "Indeterminate —
read carefully" when the score lies in the band (fitted on validation and
stored in the bundle).  Nothing here states a "confidence in the label" that
could read as the opposite of the bar.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QResizeEvent
from PySide6.QtWidgets import QGroupBox, QLabel, QLineEdit, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from engine.results import Prediction
from engine.io import XrayImage

from desktop.models import (INDETERMINATE_COLOUR, LABEL_COLOUR, LABEL_TEXT, format_probability, format_score)

HEADLINE_STYLE = "font-size: 20px; font-weight: bold; color: {};"


class MetadataTreeWidget(QTreeWidget):
    """Field/value pairs that always fit the panel: no horizontal scrolling; long values are elided
    (full text in the tooltip) and the field column takes at most 45 % of the width."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setHeaderLabels(["Field", "Value"])
        self.setRootIsDecorated(False)
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.header().setStretchLastSection(True)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        widest = max((self.fontMetrics().horizontalAdvance(self.topLevelItem(i).text(0))
                      for i in range(self.topLevelItemCount())), default=60) + 14
        self.setColumnWidth(0, min(widest, int(self.viewport().width() * 0.45)))


class ScoreBarWidget(QWidget):
    """The pneumonia score (0-100) as a bar; dashed line: the threshold; shaded: the indeterminate band."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.p: float | None = None
        self.threshold: float | None = None
        self.band: tuple[float, float] | None = None
        self.setMinimumHeight(44)
        self.setMinimumWidth(160)
        self.setToolTip("Pneumonia score 0-100 (the model's calibrated probability of pneumonia x 100). Dashed line: "
                        "the decision threshold. Shaded: the indeterminate band, where the model's validation errors "
                        "are frequent.")

    def set_values(self, p: float | None, threshold: float | None, band: tuple[float, float] | None = None) -> None:
        self.p, self.threshold, self.band = p, threshold, band
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        r = QRectF(self.rect().adjusted(4, 4, -4, -20))
        painter.fillRect(r, QColor(232, 232, 232))
        if self.band is not None:
            lo, hi = self.band
            band_rect = QRectF(r.left() + r.width() * lo, r.top(), r.width() * (hi - lo), r.height())
            painter.fillRect(band_rect, QColor(255, 214, 140))
            painter.setPen(QPen(QColor(176, 112, 0), 1, Qt.PenStyle.DotLine))
            painter.drawRect(band_rect)
        if self.p is not None:
            x = r.left() + r.width() * self.p
            colour = self._colour()
            painter.fillRect(QRectF(r.left(), r.top() + r.height() * 0.3, x - r.left(), r.height() * 0.4), colour)
            painter.setBrush(colour)
            painter.setPen(QPen(QColor(0, 0, 0), 1))
            painter.drawEllipse(QRectF(x - 6, r.center().y() - 6, 12, 12))  # the score's marker
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(self.palette().windowText().color())
        painter.drawRect(r)
        fm = painter.fontMetrics()
        y_text = r.bottom() + 3
        painter.drawText(QRectF(r.left(), y_text, 30, 16), Qt.AlignmentFlag.AlignLeft, "0")
        painter.drawText(QRectF(r.right() - 30, y_text, 30, 16), Qt.AlignmentFlag.AlignRight, "100")
        if self.threshold is not None:
            x = r.left() + r.width() * self.threshold
            painter.setPen(QPen(QColor(0, 0, 0), 2, Qt.PenStyle.DashLine))
            painter.drawLine(int(x), int(r.top() - 3), int(x), int(r.bottom() + 3))
            painter.setPen(self.palette().windowText().color())
            text = f"threshold {self.threshold * 100:.0f}"
            w = fm.horizontalAdvance(text) + 6
            left = min(max(x - w / 2, r.left() + 14), r.right() - 30 - w)  # keep it clear of "0" and "100"
            painter.drawText(QRectF(left, y_text, w, 16), Qt.AlignmentFlag.AlignCenter, text)
        painter.end()

    def _colour(self) -> QColor:
        if self.p is None or self.threshold is None:
            return QColor(90, 90, 90)
        if self.band is not None and self.band[0] <= self.p < self.band[1]:
            return INDETERMINATE_COLOUR
        return LABEL_COLOUR["PNEUMONIA" if self.p >= self.threshold else "NORMAL"]


def result_statement(pred: Prediction, band: tuple[float, float] | None) -> tuple[str, str, QColor]:
    """(headline, explanation, colour) for an analysed image: one way to state the result."""
    score, thr = format_score(pred.p_pneumonia), (pred.threshold or 0.0) * 100
    p_text = format_probability(pred.p_pneumonia)
    p_text = f"P(pneumonia) {p_text}" if p_text[0] in "<>" else f"P(pneumonia) = {p_text}"
    side = "above" if pred.label == "PNEUMONIA" else "below"
    if pred.band == "indeterminate":
        lo, hi = band if band is not None else (pred.threshold or 0.0, pred.threshold or 0.0)
        return ("\u25c7 Indeterminate \u2014 read carefully",
                f"Pneumonia score {score} of 100 lies in the indeterminate band ({lo * 100:.0f}\u2013{hi * 100:.0f}), "
                f"{side} the threshold {thr:.0f}, where the model is often wrong on validation images. "
                f"({p_text}.)", INDETERMINATE_COLOUR)
    label = pred.label or ""
    return (LABEL_TEXT.get(label, label),
            f"Pneumonia score {score} of 100, {side} the threshold {thr:.0f}. ({p_text}.)",
            LABEL_COLOUR.get(label, QColor(0, 0, 0)))


class DetailsPanel(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.band: tuple[float, float] | None = None
        self.label = QLabel("\u2014")
        self.label.setStyleSheet(HEADLINE_STYLE.format("#666"))
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statement = QLabel("")
        self.statement.setWordWrap(True)
        self.bar = ScoreBarWidget()
        self.note = QLabel("Decision support only \u2014 the clinician reads the image and decides.")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #666; font-size: 11px;")
        self.predictive = QLabel("")
        self.predictive.setWordWrap(True)
        self.predictive.setStyleSheet("color: #333; font-size: 11px;")
        self.review_label = QLabel("")
        self.review_label.setWordWrap(True)
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText("Note (Enter saves it with your review)")
        self.note_edit.setClearButtonEnabled(True)
        self.operating: tuple[float, float, float, str] | None = None  # sensitivity, specificity, prevalence, where
        self.error = QLabel("")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #a05000;")
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box = QGroupBox("Result")
        form = QVBoxLayout(box)
        for w in (self.label, self.statement, self.bar, self.predictive, self.error, self.review_label, self.note_edit,
                  self.note):
            form.addWidget(w)
        self.meta = MetadataTreeWidget()
        self.setMinimumWidth(240)
        self.setMaximumWidth(420)
        lay = QVBoxLayout(self)
        lay.addWidget(box)
        lay.addWidget(QLabel("Image and model"))
        lay.addWidget(self.meta, 1)
        self.show_result(None, None)

    def set_band(self, band: tuple[float, float] | None) -> None:
        """The loaded bundle's indeterminate band (shown on the bar)."""
        self.band = band

    def set_operating_point(self, sensitivity: float, specificity: float, prevalence: float, where: str) -> None:
        """What PPV / NPV are computed from: the operating point in force and the clinic's prevalence."""
        self.operating = (sensitivity, specificity, prevalence, where)

    def show_review(self, review, pred: Prediction | None = None) -> None:
        """The clinician's answer (engine.reviews.Review) or None: A / D / U record one (analysed images only)."""
        reviewable = pred is not None and pred.ok
        self.review_label.setVisible(reviewable)
        self.note_edit.setVisible(reviewable)
        if review is None:
            self.review_label.setText("Your review: none yet \u2014 A agree, D disagree, U unsure")
            self.note_edit.setText("")
        else:
            final = f"; final label {review.final_label}" if review.final_label else ""
            stale = ""
            if pred is not None and review.model_label and review.model_label != pred.label:
                stale = (f"<br/><span style='color:#a05000'>Made when the result was {review.model_label}; the result "
                         "has changed since (another operating point): review it again.</span>")
            self.review_label.setText(f"Your review: <b>{review.verdict}</b>{final} \u2014 saved "
                                      f"({review.reviewed_by}, {review.reviewed_at}){stale}")
            self.note_edit.setText(review.note)

    def _predictive_text(self, pred: Prediction) -> str:
        if self.operating is None or pred.band == "indeterminate":
            return ""
        from engine.decision import predictive_values

        sens, spec, prev, where = self.operating
        ppv, npv = predictive_values(sens, spec, prev)
        def pct(v: float) -> str:  # never "100 %": a call is never certain
            return ">99.9%" if v > 0.999 else f"{v:.1%}" if v >= 0.995 else f"{v:.0%}"

        if pred.label == "PNEUMONIA":
            return (f"At a prevalence of {prev:.0%}, a PNEUMONIA call is right {pct(ppv)} of the time (PPV; sensitivity "
                    f"{sens:.2f}, specificity {spec:.2f} on {where}).")
        return (f"At a prevalence of {prev:.0%}, a NORMAL call is right {pct(npv)} of the time (NPV; sensitivity "
                f"{sens:.2f}, specificity {spec:.2f} on {where}).")

    def show_result(self, pred: Prediction | None, image: XrayImage | None, model_text: str = "") -> None:
        self.error.setText("")
        self.predictive.setText("")
        if pred is None:
            self.label.setText("\u2014 not analysed")
            self.label.setStyleSheet(HEADLINE_STYLE.format("#666"))
            self.statement.setText("")
            self.bar.set_values(None, None)
        elif not pred.ok:
            gated = pred.status == "out_of_scope"
            self.label.setText("\u2298 Not assessed" if gated else "\u26a0 Could not be read")
            self.label.setStyleSheet(HEADLINE_STYLE.format("#a05000"))
            self.statement.setText("No score: the input check withheld it." if gated else "")
            self.error.setText(pred.error)
            self.bar.set_values(None, pred.threshold, None)
        else:
            headline, text, colour = result_statement(pred, self.band)
            self.label.setText(headline)
            self.label.setStyleSheet(HEADLINE_STYLE.format(colour.name()))
            self.statement.setText(text)
            self.bar.set_values(pred.p_pneumonia, pred.threshold, self.band)
            self.predictive.setText(self._predictive_text(pred))
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
            rows.append(("Raw P(pneumonia) (audit only)", format_probability(pred.raw_p_pneumonia)))
        if pred is not None and pred.ood_score is not None:
            rows.append(("Out-of-distribution score", f"{pred.ood_score:.1f}"))
        if pred is not None and pred.adult_score is not None:
            rows.append(("Adult-appearance score", f"{pred.adult_score:.2f}"))
        if pred is not None and pred.relaxed_checks:
            rows.append(("Relaxed checks (settings)", ", ".join(pred.relaxed_checks)))
        if pred is not None and pred.model_name:
            rows += [("Model", f"{pred.model_name} {pred.model_version}"), ("Bundle identity", pred.bundle_sha256),
                     ("Device", pred.device)]
        elif model_text:
            rows.append(("Model", model_text))
        for k, v in rows:
            item = QTreeWidgetItem(self.meta, [k, str(v)])
            item.setToolTip(0, k)
            item.setToolTip(1, str(v))  # values too long for the panel are elided; the tooltip has them whole
        self.meta.resizeEvent(QResizeEvent(self.meta.size(), self.meta.size()))
