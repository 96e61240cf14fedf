"""Result, reading and metadata panel: one coherent statement of the result, and the clinician's own reading.

The model's output is shown as a 0-100 *pneumonia score* on a bar with the
decision threshold marked and the indeterminate band shaded; the headline is
the result as displayed everywhere (PNEUMONIA, NORMAL, "Indeterminate — read
carefully", Not assessed, Could not be read) and the sentences come from
:mod:`engine.records.wording`: a NORMAL result says what it means, no sentence states a
probability for this child, and how often a call is right (PPV / NPV) is
computed from figures measured on images the operating point was not chosen
on, at the prevalence the clinic set -- or the panel says it is not set.

The reading section records the clinician's own reading -- NORMAL, PNEUMONIA
or unsure -- with buttons that take no keyboard focus (the space bar cannot
press them) or shortcuts with Ctrl+Shift; it confirms each act on screen and
offers undo and clear.  The note is reachable with Alt+N and kept as a draft
until it is saved with a reading.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop import i18n
from desktop.views.flow_layout import FlowLayout
from desktop.views.table_models import INDETERMINATE_COLOUR, LABEL_COLOUR, LABEL_TEXT, format_probability, word
from desktop.views.typing_guard import NoteLineEdit, no_keyboard_focus
from engine.checks.input_gate import translate_reasons
from engine.errors import FileChangedError
from engine.image.io import XrayImage
from engine.records.readings import MAX_NOTE, UNSURE
from engine.records.wording import CONTEXT as WORDING
from engine.records.wording import HEADLINE_WORDS, VERDICT_WORDS, fill, predictive_statement, statement
from engine.runners.results import FAILED, INDETERMINATE, NORMAL, NOT_ASSESSED, PNEUMONIA, Prediction

HEADLINE_STYLE = "font-size: 20px; font-weight: bold; color: {};"
#: Shortcuts of the reading acts: a modifier typing never produces (README, Help > Keyboard shortcuts).
READING_KEYS = {NORMAL: "Ctrl+Shift+N", PNEUMONIA: "Ctrl+Shift+P", UNSURE: "Ctrl+Shift+U"}


class MetadataTreeWidget(QTreeWidget):
    """Field/value pairs that always fit the panel: no horizontal scrolling; long values are elided
    (full text in the tooltip) and the field column takes at most 45 % of the width."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setHeaderLabels([self.tr("Field"), self.tr("Value")])
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
        self.setToolTip(self.tr("Pneumonia score 0-100: the model's output, calibrated on its validation images. It ranks "
                        "images against the threshold; it is not the chance that this child has pneumonia. Dashed "
                        "line: the decision threshold. Shaded: the indeterminate band, where the model's errors are "
                        "frequent."))

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
            text = fill(self.tr("threshold %1"), f"{self.threshold * 100:.0f}")
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


def relaxed_badge(pred: Prediction | None) -> str:
    """The words of the badge on a result that a relaxed input check let through ("" for any other)."""
    if pred is None or not pred.ok or not pred.relaxed_checks:
        return ""
    return fill(QCoreApplication.translate("DetailsPanel", "\u2691 RELAXED input check (settings): %1"),
                "; ".join(translate_reasons(r, i18n.TR) for r in pred.relaxed_checks))


def result_statement(pred: Prediction, band: tuple[float, float] | None) -> tuple[str, str, QColor]:
    """(headline, explanation, colour) for an analysed image: one way to state the result."""
    result = pred.result
    tr = i18n.TR  # the engine's sentences, in the interface's language and decimal mark (engine.records.wording)
    if result == INDETERMINATE:
        headline, colour = "\u25c7 " + tr(WORDING, HEADLINE_WORDS[INDETERMINATE]), INDETERMINATE_COLOUR
    else:
        label = pred.label or ""
        headline = LABEL_TEXT.get(label, label)  # its symbol, then the word in the interface's language
        if label in HEADLINE_WORDS:
            headline = headline.replace(label, tr(WORDING, HEADLINE_WORDS[label]))
        colour = LABEL_COLOUR.get(label, QColor(0, 0, 0))
    return headline, statement(pred, band, tr), colour


class DetailsPanel(QWidget):
    reading_requested = Signal(str)  # NORMAL / PNEUMONIA / UNSURE, from a button
    clear_requested = Signal()
    undo_requested = Signal()
    note_edited = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.band: tuple[float, float] | None = None
        self.figures = None  # engine.decision.operating_point.OperatingFigures in force, or None
        self.prevalence: float | None = None
        self.label = QLabel("\u2014")
        self.label.setStyleSheet(HEADLINE_STYLE.format("#666"))
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statement = QLabel("")
        self.statement.setWordWrap(True)
        self.bar = ScoreBarWidget()
        self.note = QLabel(self.tr("Decision support only \u2014 the clinician reads the image and decides."))
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #666; font-size: 11px;")
        self.predictive = QLabel("")
        self.predictive.setWordWrap(True)
        self.predictive.setStyleSheet("color: #333; font-size: 11px;")
        self.error = QLabel("")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #a05000;")
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.setTextFormat(Qt.TextFormat.RichText)
        self.error_details = QLabel("")
        self.error_details.setTextFormat(Qt.TextFormat.RichText)
        self.error_details.setWordWrap(True)
        self.error_details.setStyleSheet("color: #666; font-size: 11px;")
        self.error_details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.relaxed = QLabel("")  # a result the settings let through: said beside the headline, never only in details
        self.relaxed.setWordWrap(True)
        self.relaxed.setObjectName("relaxedBadge")
        self.relaxed.setStyleSheet("color: #ffffff; background: #a05000; padding: 3px; font-weight: bold;")
        box = QGroupBox(self.tr("Model result"))
        form = QVBoxLayout(box)
        for w in (self.label, self.relaxed, self.statement, self.bar, self.predictive, self.error, self.error_details,
                  self.note):
            form.addWidget(w)

        # ---- the clinician's own reading
        self.reading_box = QGroupBox(self.tr("Your reading"))
        self.review_label = QLabel("")
        self.review_label.setWordWrap(True)
        self.review_label.setTextFormat(Qt.TextFormat.RichText)
        self.reading_buttons: dict[str, QPushButton] = {}
        buttons = FlowLayout()  # the three readings wrap onto two rows where a language's words need it
        words = {NORMAL: QCoreApplication.translate(WORDING, HEADLINE_WORDS[NORMAL]),
                 PNEUMONIA: QCoreApplication.translate(WORDING, HEADLINE_WORDS[PNEUMONIA]), UNSURE: self.tr("Unsure")}
        for reading, text in words.items():
            b = QPushButton(text)
            b.setMinimumWidth(b.fontMetrics().horizontalAdvance(text) + 18)
            b.setCheckable(True)
            b.setToolTip(fill(self.tr("Record your own reading of this image: %1 (%2). Saved at once, with your name; "
                                      "Undo (Ctrl+Z) takes it back."), text, READING_KEYS[reading]))
            b.clicked.connect(lambda _=False, r=reading: self.reading_requested.emit(r))
            self.reading_buttons[reading] = b
            buttons.addWidget(b)
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setToolTip(self.tr("Undo your last act on this image's reading (Ctrl+Z); recorded in the audit log"))
        self.undo_button.clicked.connect(self.undo_requested)
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.setToolTip(self.tr("Withdraw the reading of this image (recorded in the audit log)"))
        self.clear_button.clicked.connect(self.clear_requested)
        acts = FlowLayout()
        acts.addWidget(self.undo_button)
        acts.addWidget(self.clear_button)
        no_keyboard_focus(*self.reading_buttons.values(), self.undo_button, self.clear_button)
        self.note_label = QLabel(self.tr("Note (Alt+N; Enter saves it with your reading):"))
        self.note_label.setWordWrap(True)
        self.note_edit = NoteLineEdit()
        self.note_edit.setPlaceholderText(self.tr("Your note on this image"))
        self.note_edit.setClearButtonEnabled(True)
        self.note_edit.setMaxLength(MAX_NOTE)  # what the reading database keeps whole
        self.note_label.setBuddy(self.note_edit)
        self.note_edit.textEdited.connect(self._note_typed)
        self.draft_label = QLabel("")
        self.draft_label.setWordWrap(True)
        self.draft_label.setStyleSheet("color: #a05000; font-size: 11px;")
        self._saved_note = ""
        rl = QVBoxLayout(self.reading_box)
        rl.addWidget(self.review_label)
        rl.addLayout(buttons)
        rl.addLayout(acts)
        rl.addWidget(self.note_label)
        rl.addWidget(self.note_edit)
        rl.addWidget(self.draft_label)

        for lab in (self.label, self.relaxed, self.statement, self.predictive, self.error, self.error_details, self.note,
                    self.review_label, self.note_label, self.draft_label):
            # a long word (a file name, a note without spaces) wraps or is cut, never widening the panel past its dock
            lab.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            lab.setMinimumWidth(1)
        self.meta = MetadataTreeWidget()
        self.meta.setMinimumHeight(150)
        self.setMinimumWidth(300)  # the reading buttons and the score bar need it; narrower, the panel scrolls
        self.setMaximumWidth(420)
        # everything scrolls as one column: on a 768-px screen no sentence or button is cut off
        content = QWidget()
        inner = QVBoxLayout(content)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(box)
        inner.addWidget(self.reading_box)
        inner.addWidget(QLabel(self.tr("Image and model")))
        inner.addWidget(self.meta, 1)
        scroll = self.scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)  # never clipped out of reach
        scroll.setWidget(content)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(scroll)
        self.show_result(None, None)
        self.show_reading(None, None)

    def set_band(self, band: tuple[float, float] | None) -> None:
        """The indeterminate band in force (shown on the bar)."""
        self.band = band

    def set_operating(self, figures, prevalence: float | None) -> None:
        """What PPV / NPV are computed from: engine.decision.operating_point.OperatingFigures (measured on images the operating
        point was not chosen on) and the clinic's prevalence (None: not set)."""
        self.figures, self.prevalence = figures, prevalence

    # ------------------------------------------------------------------ reading
    def show_reading(self, review, pred: Prediction | None, can_undo: bool = False, draft: str | None = None,
                     confirmed: str = "") -> None:
        """The image's current reading (engine.records.readings.Review) or None, against ``pred``'s result.

        ``draft``: a note kept for this image but not saved with a reading (shown in the field); ``confirmed``: a
        sentence confirming the act just done.
        """
        readable = pred is not None and pred.ok
        self.reading_box.setVisible(readable)
        current = review is not None and review.answers(pred)
        for reading, b in self.reading_buttons.items():
            b.setChecked(current and review.reading == reading)
            b.setEnabled(readable)
        self.undo_button.setEnabled(readable and can_undo)
        self.clear_button.setEnabled(readable and review is not None)
        if review is None:
            text = self.tr("No reading yet: record yours (Ctrl+Shift+N / P / U).")
        elif current:
            note = fill(self.tr("<br/>Note: %1"), escape(review.note)) if review.note else ""
            text = fill(self.tr("Your reading: <b>%1</b> (%2) \u2014 saved by %3, %4"), word(review.reading),
                        QCoreApplication.translate(WORDING, VERDICT_WORDS.get(review.verdict, review.verdict)),
                        escape(review.reader), escape(review.local_time())) + note
        else:
            text = fill(self.tr("<span style='color:#a05000'><b>Read again:</b> the reading %1 by %2 (%3) was made on "
                                "an earlier result (%4). The result has changed since (another operating point, "
                                "model or setting): record your reading of this result.</span>"),
                        word(review.reading), escape(review.reader), escape(review.local_time()),
                        word(review.result))
        if confirmed:
            text = f"<span style='color:#1a6b2a'><b>\u2713 {escape(confirmed)}</b></span><br/>{text}"
        self.review_label.setText(text)
        self._saved_note = review.note if current else ""
        self.note_edit.setText(draft if draft else self._saved_note)
        self._update_draft_label()

    def _note_typed(self, text: str) -> None:
        self._update_draft_label()
        self.note_edited.emit(text)

    def note_is_draft(self) -> bool:
        return self.note_edit.text().strip() != self._saved_note.strip()

    def _update_draft_label(self) -> None:
        self.draft_label.setText(self.tr("Draft note, kept with this image: it is saved with your reading (record "
                                         "one, or press Enter to save it with the reading you made).")
                                 if self.note_is_draft() else "")
        self.draft_label.setVisible(self.note_is_draft())

    # ------------------------------------------------------------------ result
    def _predictive_text(self, pred: Prediction) -> str:
        return predictive_statement(pred.result, self.figures, self.prevalence, i18n.TR)

    def show_pending(self, pred: Prediction | None, model_text: str = "") -> None:
        """A row whose result is being redone at the operating point now in force: no old numbers on screen."""
        self.show_result(None, None, model_text)
        self.label.setText(self.tr("\u2026 being analysed again"))
        self.statement.setText(self.tr("The operating point, model or settings changed: this image is analysed again. Its "
                               "earlier result is not shown, so that no number mixes two operating points."))
        self.statement.setVisible(True)

    def show_result(self, pred: Prediction | None, image: XrayImage | None, model_text: str = "") -> None:
        path = pred.path if pred is not None else None
        if path != getattr(self, "_shown_path", None):  # a new image: its headline first, whatever was scrolled to
            self._shown_path = path
            self.scroll.verticalScrollBar().setValue(0)
        self._fill(pred, image, model_text)
        self.relaxed.setText(relaxed_badge(pred))
        for w in (self.relaxed, self.statement, self.predictive, self.error, self.error_details):  # no empty gaps
            w.setVisible(bool(w.text()))

    def _fill(self, pred: Prediction | None, image: XrayImage | None, model_text: str) -> None:
        self.error.setText("")
        self.error_details.setText("")
        self.predictive.setText("")
        if pred is None:
            self.label.setText(self.tr("\u2014 not analysed"))
            self.label.setStyleSheet(HEADLINE_STYLE.format("#666"))
            self.statement.setText("")
            self.bar.set_values(None, None)
        elif not pred.ok:
            gated = pred.result == NOT_ASSESSED
            self.label.setText("\u2298 " + QCoreApplication.translate(WORDING, HEADLINE_WORDS[NOT_ASSESSED]) if gated
                               else "\u26a0 " + self.tr("Changed since it was analysed")
                               if pred.error_code == FileChangedError.code
                               else "\u26a0 " + QCoreApplication.translate(WORDING, HEADLINE_WORDS[FAILED]))
            self.label.setStyleSheet(HEADLINE_STYLE.format("#a05000"))
            self.statement.setText(self.tr("No score: the input check withheld it. Why:") if gated else "")
            if gated:
                # stored in English (the CSV's words), said in the interface's language and decimal mark
                self.error.setText("<br/>".join(f"\u2022 {escape(translate_reasons(r, i18n.TR))}"
                                                for r in pred.gate_reasons))
                self.error_details.setText("<br/>".join(escape(translate_reasons(d, i18n.TR))
                                                        for d in pred.gate_details if d))
            else:
                self.error.setText(escape(pred.error))
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
            rows.append((self.tr("File"), Path(path).name))
        if image is not None:
            rows += [(self.tr("Format"), image.source_format),
                     (self.tr("Size"), fill(self.tr("%1 x %2 px"), str(image.width), str(image.height))),
                     (self.tr("Bit depth"), str(image.bit_depth))]
            if image.window:
                rows.append((self.tr("Window (file)"), f"C {image.window[0]:g} / W {image.window[1]:g}"))
            rows += [(k, v) for k, v in image.metadata.items() if k != "TransferSyntaxUID"]
        elif pred is not None:
            rows += list(pred.metadata.items())
        if pred is not None and pred.raw_p_pneumonia is not None and not pred.ok:
            rows.append((self.tr("Raw score (audit only)"), format_probability(pred.raw_p_pneumonia)))
        if pred is not None and pred.ood_score is not None:
            rows.append((self.tr("Out-of-distribution score"), f"{pred.ood_score:.2f}"))
        if pred is not None and pred.adult_score is not None:
            rows.append((self.tr("Adult-appearance score"), f"{pred.adult_score:.2f}"))
        if pred is not None and pred.relaxed_checks:
            rows.append((self.tr("Relaxed checks (settings)"), ", ".join(
                translate_reasons(r, i18n.TR) for r in pred.relaxed_checks)))
        if pred is not None and pred.model_name:
            rows += [(self.tr("Model"), f"{pred.model_name} {pred.model_version}"),
                     (self.tr("Bundle identity"), pred.bundle_sha256),
                     (self.tr("Site profile"), pred.site_profile or self.tr("none (the model's own operating point)")),
                     (self.tr("Device"), pred.device)]
        elif model_text:
            rows.append((self.tr("Model"), model_text))
        for k, v in rows:
            item = QTreeWidgetItem(self.meta, [k, i18n.isolate(str(v))])
            item.setToolTip(0, k)
            item.setToolTip(1, str(v))  # values too long for the panel are elided; the tooltip has them whole
        self.meta.resizeEvent(QResizeEvent(self.meta.size(), self.meta.size()))
