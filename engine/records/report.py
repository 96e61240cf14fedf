"""A printable PDF report: one page per image, with a summary page in front when there are several.

Written with ReportLab (BSD licence, pure Python): real text that can be
searched and copied (``pdftotext`` reads it), vector score bars, and each
radiograph embedded once as JPEG at print resolution.  Pillow's PDF writer,
used before, could only paste whole pages as pictures: no text layer, and a
625-image report of 75 MB.

Every image page carries the patient ID, the study date and the page number
("page 3 of 12") in its header and footer; the threshold is on one scale
everywhere (the 0-100 score); a NORMAL result says what it means; the
radiograph is shown once, beside its heatmap only where the heatmap is shown
(PNEUMONIA and indeterminate results).  Never the patient's name (Pneumoscan
does not read it).  A one-image report is one page: the summary lines go to its
foot.

:func:`write_report` takes a progress callback and a cancel token (checked
between pages); a cancelled report leaves no file behind.
"""

from __future__ import annotations

import datetime as _dt
import functools
import io
import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from engine._version import __version__
from engine.checks.input_gate import translate_reasons
from engine.image.display import dicom_date
from engine.image.heatmap import DEFAULT_COLOUR_MAP, overlay, shown_by_default
from engine.product import QT_TRANSLATE_NOOP, Translate, english, fill, number
from engine.records.readings import EARLIER, local_time
from engine.records.wording import CONTEXT as WORDING
from engine.records.wording import (
    HEADLINE_WORDS,
    READING_WORDS,
    VERDICT_WORDS,
    predictive_statement,
    prevalence_text,
    statement,
    threshold_text,
)
from engine.runners.results import FAILED, INDETERMINATE, NORMAL, NOT_ASSESSED, PNEUMONIA, Prediction

C = "Report"  # the translation context of the report's own texts
INTENDED_USE = QT_TRANSLATE_NOOP("Report", "Decision support for reading frontal chest radiographs of children "
                                 "(trained on ages 1-5). Not a diagnosis: the clinician reads the image and decides. "
                                 "Not for lateral views, adults, other body parts, CT/MR or photographs.")
#: "RTL" in a right-to-left language's translation (Qt's own convention): the report's pages are then laid out
#: right to left, its Arabic shaped (arabic-reshaper) and put in display order (python-bidi)
DIRECTION = QT_TRANSLATE_NOOP("Report", "QT_LAYOUT_DIRECTION")
FIELDS = ("PatientID", "AccessionNumber", "StudyDate", "Modality", "ViewPosition", "BodyPartExamined", "PatientAge",
          "PatientSex")
COLOURS = {PNEUMONIA: (0.78, 0.24, 0.16), NORMAL: (0.16, 0.47, 0.24), INDETERMINATE: (0.69, 0.44, 0.0),
           NOT_ASSESSED: (0.63, 0.35, 0.0), FAILED: (0.63, 0.35, 0.0)}
#: Fonts with wide Unicode coverage (accents, Cyrillic, Greek) found on clinic machines, tried in order; ReportLab's
#: own Bitstream Vera (Latin) is the fallback, so "José" or "Müller" print in every build.
FONT_CANDIDATES = (("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
                   ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
                   ("C:/Windows/Fonts/arial.ttf", "C:/Windows/Fonts/arialbd.ttf"),
                   ("/System/Library/Fonts/Supplemental/Arial.ttf", "/System/Library/Fonts/Supplemental/Arial Bold.ttf"),
                   ("/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf", "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf"))
ProgressFn = Callable[[int, int], None]


#: Words for the results in the summary line.
SUMMARY_WORDS = {PNEUMONIA: QT_TRANSLATE_NOOP("Report", "PNEUMONIA"),
                 INDETERMINATE: QT_TRANSLATE_NOOP("Report", "indeterminate"),
                 NORMAL: QT_TRANSLATE_NOOP("Report", "NORMAL"), NOT_ASSESSED: QT_TRANSLATE_NOOP("Report", "not assessed"),
                 FAILED: QT_TRANSLATE_NOOP("Report", "could not be read")}

#: A note is printed whole up to this many characters; the rest is in the CSV and the reading database.
MAX_NOTE_PRINTED = 1200


def said(tr: Translate, text: str, *values: Any) -> str:
    """A report text in ``tr``'s language, its ``%1``… filled with ``values``."""
    return fill(tr(C, text), *(str(v) for v in values))


class ReportCancelled(Exception):
    """The report was cancelled; no file was written."""


@functools.lru_cache(maxsize=8)
def _covered(font_name: str) -> Any:
    """The set of code points the font can draw, or None when unknown (a standard PDF font)."""
    from reportlab.pdfbase import pdfmetrics

    face = getattr(pdfmetrics.getFont(font_name), "face", None)
    return frozenset(getattr(face, "charToGlyph", {}) or {}) or None


def printable(text: str, font_name: str) -> str:
    """Text the report's font can show as written.  Characters it has no glyph for are printed as code points --
    ``王伟`` as ``<U+738B U+4F1F>`` -- so two patients' identifiers never print as the same row of boxes.  Right-to-left
    text is laid out (:func:`visual`) where the font has the shaped letters it needs."""
    covered = _covered(font_name)
    shaped = _reshape(text) if covered is not None and _is_rtl(text) else text
    missing = covered is not None and any(ord(ch) not in covered for ch in shaped if not ch.isspace())
    if not missing:
        return text
    return "<" + " ".join(f"U+{ord(ch):04X}" for ch in text) + "> (code points: the report's font cannot show it)"


def _is_rtl(text: str) -> bool:
    import unicodedata

    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text)


def _reshape(text: str) -> str:
    """Arabic letters in their joined forms (logical order kept): what the font draws and what widths are measured on."""
    import arabic_reshaper

    return str(arabic_reshaper.reshape(text))


def visual(line: str, rtl: bool) -> str:
    """One line as drawn: every run in display order, brackets in right-to-left runs mirrored (python-bidi's
    Unicode bidi algorithm, the implementation of it that mirrors); unchanged when it has no right-to-left letter and
    the page is left to right.  ``line`` is already shaped (:func:`_reshape`)."""
    if not rtl and not _is_rtl(line):
        return line
    from bidi.algorithm import get_display

    return str(get_display(line, base_dir="R" if rtl else "L"))


@functools.lru_cache(maxsize=1)
def fonts() -> tuple[str, str]:
    """(regular, bold) font names registered with ReportLab."""
    import reportlab
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    own = Path(reportlab.__file__).parent / "fonts"
    for regular, bold in (*FONT_CANDIDATES, (str(own / "Vera.ttf"), str(own / "VeraBd.ttf"))):
        try:
            pdfmetrics.registerFont(TTFont("PsRegular", regular))
            pdfmetrics.registerFont(TTFont("PsBold", bold))
            return "PsRegular", "PsBold"
        except Exception:  # noqa: BLE001 - a font that is absent or unreadable: try the next one
            continue
    return "Helvetica", "Helvetica-Bold"


class _Page:
    """Drawing helpers on one ReportLab canvas page (A4, points, origin at the top-left for our own y)."""

    def __init__(self, canvas: Any, tr: Translate = english) -> None:
        from reportlab.lib.pagesizes import A4

        self.c = canvas
        self.tr = tr
        self.rtl = tr(C, DIRECTION) == "RTL"
        self.w, self.h = A4
        self.margin = 48.0
        self.y = self.margin
        self.regular, self.bold = fonts()

    def text(self, text: str, size: float = 10, bold: bool = False, colour: tuple[float, float, float] = (0, 0, 0), indent: float = 0,
             width: float | None = None, gap: float = 2) -> None:
        """Wrapped text at the cursor; the cursor moves below it."""
        from reportlab.lib.utils import simpleSplit

        font = self.bold if bold else self.regular
        width = width or (self.w - 2 * self.margin - indent)
        self.c.setFillColorRGB(*colour)
        self.c.setFont(font, size)
        text = str(text)
        if self.rtl or _is_rtl(text):  # joined letters measured and wrapped in reading order, then drawn as seen
            text = _reshape(text)
        for line in _hard_wrap(simpleSplit(text, font, size, width) or [""], font, size, width):
            self.y += size * 1.25
            self.line(self.margin + indent, self.h - self.y, line)
        self.y += gap

    def line(self, x: float, y: float, text: str, align: str = "start") -> None:
        """One line at ``x`` (measured from the page's start edge: the right one in a right-to-left report),
        aligned to its start, end or centre."""
        if self.rtl:
            x = self.w - x
            align = {"start": "end", "end": "start"}.get(align, align)
        if align == "centre":
            self.c.drawCentredString(x, y, visual(text, self.rtl))
        elif align == "end":
            self.c.drawRightString(x, y, visual(text, self.rtl))
        else:
            self.c.drawString(x, y, visual(text, self.rtl))

    def t(self, text: str, *values: Any) -> str:
        """A report text in the report's language, its ``%1``… filled."""
        return said(self.tr, text, *values)

    def image(self, rgb: np.ndarray, x: float, w: float, h: float) -> float:
        """Draw an image fitted into a w x h box at (x, cursor); returns the drawn height."""
        from PIL import Image
        from reportlab.lib.utils import ImageReader

        im = Image.fromarray(rgb).convert("RGB")
        scale = min(w / im.width, h / im.height)
        dw, dh = im.width * scale, im.height * scale
        px = max(1, round(dw / 72 * 150))  # 150 dpi on paper is plenty for a radiograph reference print
        if im.width > px:
            im = im.resize((px, max(1, round(im.height * px / im.width))), Image.Resampling.LANCZOS)
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=88)
        buf.seek(0)
        self.c.drawImage(ImageReader(buf), x + (w - dw) / 2, self.h - self.y - dh, dw, dh)
        return dh

    def score_bar(self, p: float | None, threshold: float | None, band: tuple[float, float] | None) -> None:
        c, x0, w, bh = self.c, self.margin, self.w - 2 * self.margin, 16.0
        top = self.h - self.y - 6
        c.setStrokeColorRGB(0, 0, 0)
        c.setFillColorRGB(0.91, 0.91, 0.91)
        c.rect(x0, top - bh, w, bh, stroke=1, fill=1)
        if band is not None:
            c.setFillColorRGB(1.0, 0.84, 0.55)
            c.rect(x0 + w * band[0], top - bh, w * (band[1] - band[0]), bh, stroke=0, fill=1)
        if p is not None:
            colour = COLOURS[INDETERMINATE] if band and band[0] <= p < band[1] else \
                COLOURS[PNEUMONIA] if threshold is not None and p >= threshold else COLOURS[NORMAL]
            c.setFillColorRGB(*colour)
            c.rect(x0, top - bh * 0.7, w * p, bh * 0.4, stroke=0, fill=1)
            c.circle(x0 + w * p, top - bh / 2, 5, stroke=1, fill=1)
        c.setFont(self.regular, 8)
        c.setFillColorRGB(0, 0, 0)
        c.drawString(x0, top - bh - 10, "0")  # the score's scale reads left to right in every language, as on screen
        c.drawRightString(x0 + w, top - bh - 10, "100")
        if threshold is not None:
            tx = x0 + w * threshold
            c.setDash(3, 2)
            c.setLineWidth(1.5)
            c.line(tx, top + 3, tx, top - bh - 3)
            c.setDash()
            c.setLineWidth(1)
            c.drawCentredString(min(max(tx, x0 + 40), x0 + w - 40), top - bh - 10,
                                visual(_reshape(self.t(QT_TRANSLATE_NOOP("Report", "threshold %1"),
                                                       threshold_text(threshold))), self.rtl))
        self.y += bh + 22


def _hard_wrap(lines: list[str], font: str, size: float, width: float) -> list[str]:
    """Lines still wider than the page after word wrapping (a UID file name, a note with no spaces) cut by
    character, so nothing runs off the paper."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    out: list[str] = []
    for line in lines:
        while stringWidth(line, font, size) > width and len(line) > 1:
            n = len(line)
            while n > 1 and stringWidth(line[:n], font, size) > width:
                n = max(1, int(n * width / stringWidth(line[:n], font, size))) if n > 40 else n - 1
            out.append(line[:n])
            line = line[n:]
        out.append(line)
    return out


def _header_footer(pg: _Page, pred: Prediction | None, number: int, total: int, printed: str,
                   identity: Mapping[str, str] | None = None) -> None:
    c = pg.c
    c.setFont(pg.regular, 8)
    c.setFillColorRGB(0.3, 0.3, 0.3)
    if pred is not None:
        from reportlab.lib.utils import simpleSplit

        md = pred.metadata
        absent = pg.t(QT_TRANSLATE_NOOP("Report", "not in the file"))
        ident = "   ".join(pg.t(QT_TRANSLATE_NOOP("Report", "%1: %2"), k, printable(str(v), pg.regular)) for k, v in (
            (pg.t(QT_TRANSLATE_NOOP("Report", "Patient")),
             (identity or {}).get("PatientName") or pg.t(QT_TRANSLATE_NOOP("Report", "name not in the file"))),
            (pg.t(QT_TRANSLATE_NOOP("Report", "Patient ID")), md.get("PatientID") or absent),
            (pg.t(QT_TRANSLATE_NOOP("Report", "Study date")), dicom_date(md.get("StudyDate", "")) or absent),
            (pg.t(QT_TRANSLATE_NOOP("Report", "Accession")), md.get("AccessionNumber", ""))) if v)
        if pg.rtl or _is_rtl(ident):
            ident = _reshape(ident)
        for i, line in enumerate(simpleSplit(ident, pg.regular, 8, pg.w - 2 * pg.margin)[:2]):  # never off the paper
            pg.line(pg.margin, pg.h - 22 - 10 * i, line)
    for y, text, align in (
            (34, pg.t(QT_TRANSLATE_NOOP("Report", "Pneumoscan %1 - decision support only; the clinician reads the image "
                                        "and decides."), __version__), "start"),
            (22, pg.t(QT_TRANSLATE_NOOP("Report", "Printed %1"), printed), "start"),
            (22, pg.t(QT_TRANSLATE_NOOP("Report", "Page %1 of %2"), number, total), "end")):
        pg.line(pg.margin if align == "start" else pg.w - pg.margin, y, _reshape(text) if pg.rtl else text, align)


def _operating_lines(bundle: Any, prevalence: float | None, tr: Translate = english) -> list[str]:
    t = functools.partial(said, tr)

    if bundle is None:
        return [t(QT_TRANSLATE_NOOP("Report", "Model: -"))]
    band = bundle.band
    point = (t(QT_TRANSLATE_NOOP("Report", "site profile %1"), bundle.site_profile[:12]) if bundle.site is not None
             else t(QT_TRANSLATE_NOOP("Report", "the model's own")))
    lines = [t(QT_TRANSLATE_NOOP("Report", "Model: %1 %2; bundle identity %3"), bundle.name, bundle.version,
               bundle.digest),
             t(QT_TRANSLATE_NOOP("Report", "Operating point: %1; threshold %2 on the 0-100 score"), point,
               threshold_text(bundle.threshold))
             + (t(QT_TRANSLATE_NOOP("Report", "; indeterminate band %1-%2"), f"{band[0] * 100:.0f}",
                  f"{band[1] * 100:.0f}") if band else "")]
    f = bundle.operating_figures()
    if f is not None:
        lines.append(t(QT_TRANSLATE_NOOP("Report", "Sensitivity %1, specificity %2, measured on %3."),
                       number(tr, f"{f.sensitivity:.2f}"), number(tr, f"{f.specificity:.2f}"), f.source))
    lines.append(t(QT_TRANSLATE_NOOP("Report", "Clinic prevalence for PPV / NPV: %1"), prevalence_text(prevalence, tr))
                 if prevalence is not None else
                 t(QT_TRANSLATE_NOOP("Report", "Clinic prevalence for PPV / NPV: not set (Settings)")))
    return lines


def _reading_lines(pred: Prediction, review: Any, font: str, tr: Translate = english) -> list[tuple[str, bool]]:
    """(line, emphasised) about the clinician's reading of this image."""
    t = functools.partial(said, tr)

    if review is None:
        return [(t(QT_TRANSLATE_NOOP("Report", "Clinician's reading: none recorded")), False)]
    when = local_time(review.reviewed_at)
    reader = printable(review.reader, font)
    reading = tr(WORDING, READING_WORDS.get(review.reading, review.reading))
    if review.relation(pred) == EARLIER:
        return [(t(QT_TRANSLATE_NOOP("Report", "Clinician's reading %1 by %2 (%3) was made on an earlier result (%4); "
                                     "it must be read again on this result."), reading, reader, when,
                   t(SUMMARY_WORDS.get(review.result, review.result))), True)]
    out = [(t(QT_TRANSLATE_NOOP("Report", "Clinician's reading: %1 (%2) by %3, %4"), reading,
              tr(WORDING, VERDICT_WORDS.get(review.verdict, review.verdict)), reader, when), True)]
    if review.note:
        note = review.note if len(review.note) <= MAX_NOTE_PRINTED else (
            review.note[:MAX_NOTE_PRINTED] + "… " + t(QT_TRANSLATE_NOOP(
                "Report", "[%1 more characters: the whole note is in the CSV and the reading database]"),
                len(review.note) - MAX_NOTE_PRINTED))
        out.append((t(QT_TRANSLATE_NOOP("Report", "Note: %1"), printable(note, font)), False))
    return out


def _image_page(pg: _Page, pred: Prediction, pixels: np.ndarray | None, review: Any, bundle: Any, cmap: str,
                prevalence: float | None, changed: bool = False, identity: Mapping[str, str] | None = None) -> None:
    from engine.image.display import patient_fields

    tr = pg.tr
    pg.y = 44
    pg.text(printable(Path(pred.path).name, pg.regular), 15, bold=True)
    pg.text(printable(str(pred.path), pg.regular), 7.5, colour=(0.35, 0.35, 0.35), gap=4)
    # the viewer's overlay, on paper: who and what this image is (a PNG / JPEG names no one: it says so)
    who = (pg.t(QT_TRANSLATE_NOOP("Report", "A plain image file: no patient name, ID or age is recorded in it - check "
                                  "the file name and folder."))
           if pred.source_format and pred.source_format != "DICOM" else
           "   ".join(pg.t(QT_TRANSLATE_NOOP("Report", "%1: %2"), k, v)
                      for k, v in patient_fields(pred.metadata, identity or {}, tr)))
    top = pg.y
    pg.text(printable(who, pg.regular), 9.5, bold=True, gap=8)
    identity_h = pg.y - top - 4  # the page's budget is unchanged: the image box gives the identity its room
    if changed:
        pg.text(pg.t(QT_TRANSLATE_NOOP("Report", "THE FILE HAS CHANGED SINCE IT WAS ANALYSED: its contents are not the "
                                       "image this result belongs to, so no image is printed. Analyse it again before "
                                       "relying on this page.")), 11, bold=True,
                colour=COLOURS[FAILED], gap=6)
    box_h = 300.0 - identity_h
    full_w = pg.w - 2 * pg.margin
    heat = shown_by_default(pred) and pred.heatmap is not None
    if pixels is not None:
        if heat:
            half = (full_w - 16) / 2
            h1 = pg.image(overlay(pixels, None), pg.margin, half, box_h)
            pg.image(overlay(pixels, pred.heatmap, 0.45, cmap), pg.margin + half + 16, half, box_h)
            pg.y += h1 + 4
            from reportlab.lib.utils import simpleSplit

            pg.c.setFont(pg.regular, 8)  # each caption under its picture, wrapped to its width (a wordier language)
            lines = 1
            for x, caption in ((pg.margin, QT_TRANSLATE_NOOP("Report", "Radiograph")),
                               (pg.margin + half + 16, QT_TRANSLATE_NOOP("Report", "Heatmap: where the score came "
                                                                          "from (not an outline of disease)"))):
                text = _reshape(pg.t(caption)) if pg.rtl else pg.t(caption)
                wrapped = simpleSplit(text, pg.regular, 8, half)
                for i, line in enumerate(wrapped):
                    pg.line(pg.w - x - half if pg.rtl else x, pg.h - pg.y - 8 - 10 * i, line)
                lines = max(lines, len(wrapped))
            pg.y += 4 + 10 * lines
        else:
            pg.y += pg.image(overlay(pixels, None), pg.margin, full_w, box_h) + 6
    elif not changed:
        pg.text(pg.t(QT_TRANSLATE_NOOP("Report", "The image could not be read.")), 11, colour=COLOURS[FAILED], gap=6)
    result = pred.result
    pg.text(tr(WORDING, HEADLINE_WORDS[result]), 20, bold=True, colour=COLOURS[result], gap=4)
    if pred.ok and pred.relaxed_checks:  # a result the settings let through says so where it is read
        pg.text(printable(pg.t(QT_TRANSLATE_NOOP("Report", "RELAXED input check (settings): %1"), "; ".join(
            translate_reasons(r, tr) for r in pred.relaxed_checks)), pg.regular), 10, bold=True,
            colour=(0.63, 0.31, 0.0), gap=4)
    if result == NOT_ASSESSED:
        for reason, detail in zip(pred.gate_reasons, pred.gate_details or ("",) * len(pred.gate_reasons)):
            pg.text(f"- {translate_reasons(reason, tr)}", 10)
            if detail:
                pg.text(translate_reasons(detail, tr), 8.5, colour=(0.35, 0.35, 0.35), indent=10)
    elif result == FAILED:
        pg.text(pred.error, 10, colour=(0.45, 0.27, 0.0))
    else:
        pg.text(statement(pred, bundle.band if bundle is not None else None, tr), 10.5)
        pg.score_bar(pred.p_pneumonia, pred.threshold, bundle.band if bundle is not None else None)
        pv = predictive_statement(result, bundle.operating_figures() if bundle is not None else None, prevalence, tr)
        if pv:
            pg.text(pv, 8.5, colour=(0.25, 0.25, 0.25), gap=6)
    pg.y += 4
    for line, strong in _reading_lines(pred, review, pg.regular, tr):
        pg.text(line, 10.5 if strong else 9, bold=strong)
    pg.y += 4
    fields = [f"{k}: {printable(dicom_date(pred.metadata[k]) if k == 'StudyDate' else str(pred.metadata[k])[:64], pg.regular)}"
              for k in FIELDS if pred.metadata.get(k)]
    if fields:
        pg.text("   ".join(fields), 8.5, colour=(0.3, 0.3, 0.3))


def _summary_lines(preds: Sequence[Prediction], reviews: dict[int, Any], bundle: Any,
                   prevalence: float | None, tr: Translate = english) -> list[str]:
    t = functools.partial(said, tr)

    counts: dict[str, int] = {}
    for p in preds:
        counts[p.result] = counts.get(p.result, 0) + 1
    readings = [(p, r) for p in preds if (r := reviews.get(id(p))) is not None]
    current = [r for p, r in readings if r.relation(p) != EARLIER]
    readers = sorted({r.reader for r in current})
    results = ", ".join(f"{t(SUMMARY_WORDS[k])} {counts[k]}" for k in SUMMARY_WORDS if counts.get(k))
    verdicts = ", ".join(f"{tr(WORDING, VERDICT_WORDS[v])} {sum(r.verdict == v for r in current)}" for v in VERDICT_WORDS)
    lines = [t(QT_TRANSLATE_NOOP("Report", "Images: %1. Results: %2"), len(preds),
               results or t(QT_TRANSLATE_NOOP("Report", "none"))),
             t(QT_TRANSLATE_NOOP("Report", "Read by a clinician: %1 (%2)"), len(current), verdicts)
             + (t(QT_TRANSLATE_NOOP("Report", " by %1"), ", ".join(readers)) if readers else "")
             + (t(QT_TRANSLATE_NOOP("Report", "; %1 reading(s) made on an earlier result"),
                  len(readings) - len(current)) if len(readings) > len(current) else "")]
    return lines + _operating_lines(bundle, prevalence, tr)


def _load_checked(p: Prediction) -> tuple[np.ndarray | None, bool, Mapping[str, str]]:
    """(pixels, changed, identity): the file re-read for its page, whether its bytes are no longer the ones analysed
    (then no pixels and no identity: a page must never pair a result with another image or patient), and the
    overlay's identity (the patient's name) from the same bytes."""
    import hashlib

    from engine.image.io import decode_image, read_file

    if p.status == "error":
        return None, False, {}
    try:
        data = read_file(p.path)
    except Exception:  # noqa: BLE001 - a file that vanished since the batch still gets its page
        return None, False, {}
    if p.sha256 and hashlib.sha256(data).hexdigest() != p.sha256:
        return None, True, {}
    try:
        image = decode_image(data, p.path, display=True)
    except Exception:  # noqa: BLE001 - unreadable now: the page says so
        return None, False, {}
    return image.pixels, False, image.display.identity if image.display is not None else {}


def write_report(predictions: Iterable[Prediction], path: str | os.PathLike[str], bundle: Any = None,
                 reviews: Any = None, cmap: str = DEFAULT_COLOUR_MAP, prevalence: float | None = None,
                 progress: ProgressFn | None = None, cancel: Any = None, notes: Sequence[str] = (),
                 overwrite: bool = True, tr: Translate = english) -> int:
    """Write the PDF atomically (a temporary file in the same folder, then a rename); returns its page count.

    One page per image, preceded by a summary page when there is more than one image (or none: then the summary
    page says so).  ``reviews`` is an engine.records.readings.ReviewStore (each image's current reading is printed, marked
    when it was made on an earlier result); ``prevalence`` the clinic's, for PPV / NPV (None: not set, and the
    report says so); ``notes``: lines for the summary (what the report leaves out).  Each image is re-read and
    checked against the sha256 it was analysed with: a changed file gets a warning and no image.  ``cancel`` (a
    callable or an Event) is checked between pages: :class:`ReportCancelled` is raised and nothing is left on disk.
    ``tr`` says the report in the app's language (``notes`` come already said); where the report's font cannot draw
    that language's letters the report is written in English, which every font draws.
    """
    from reportlab.pdfgen.canvas import Canvas

    preds = list(predictions)
    from engine.records.results_csv import _review_of

    revs = {id(p): _review_of(reviews, p) for p in preds}
    total = len(preds) + (1 if len(preds) != 1 else 0)
    printed = local_time(_dt.datetime.now(_dt.UTC).isoformat())
    if tr is not english and printable(tr(C, INTENDED_USE), fonts()[0]) != tr(C, INTENDED_USE):
        tr = english  # a language the font cannot draw: English, never a page of code points
    from engine.files.outputs import atomic_write

    number = 0

    def write(fd: int) -> None:
        nonlocal number
        with os.fdopen(os.dup(fd), "wb") as out:
            canvas = Canvas(out, pageCompression=1, invariant=0)
            canvas.setTitle("Pneumoscan report")
            canvas.setAuthor("Pneumoscan")
            canvas.setCreator(f"Pneumoscan {__version__}")
            if len(preds) != 1:
                number += 1
                pg = _Page(canvas, tr)
                pg.y = 50
                pg.text(pg.t(QT_TRANSLATE_NOOP("Report", "Pneumoscan - report")), 22, bold=True, gap=4)
                pg.text(pg.t(QT_TRANSLATE_NOOP("Report", "Printed %1"), printed), 9, colour=(0.35, 0.35, 0.35), gap=14)
                for line in [*_summary_lines(preds, revs, bundle, prevalence, tr), *notes]:
                    pg.text(printable(line, pg.regular), 10.5, gap=5)
                pg.y += 10
                pg.text(pg.t(QT_TRANSLATE_NOOP("Report", "Intended use")), 13, bold=True)
                pg.text(pg.t(INTENDED_USE), 10)
                _header_footer(pg, None, number, total, printed)
                canvas.showPage()
            for i, p in enumerate(preds):
                if cancel is not None and (cancel.is_set() if hasattr(cancel, "is_set") else cancel()):
                    raise ReportCancelled()
                pixels, changed, identity = _load_checked(p)
                number += 1
                pg = _Page(canvas, tr)
                _image_page(pg, p, pixels, revs[id(p)], bundle, cmap, prevalence, changed, identity)
                if len(preds) == 1:  # a one-image report is one page: the summary goes to its foot
                    pg.y = max(pg.y + 10, pg.h - 150)
                    for line in [*_operating_lines(bundle, prevalence, tr), *notes]:
                        pg.text(printable(line, pg.regular), 7.5, colour=(0.3, 0.3, 0.3), gap=1)
                    pg.text(pg.t(INTENDED_USE), 7.5, colour=(0.3, 0.3, 0.3))
                _header_footer(pg, p, number, total, printed, identity)
                canvas.showPage()
                if progress is not None:
                    progress(i + 1, len(preds))
            canvas.save()

    # private (0600: a report holds patient IDs), flushed, moved into place; never over a file without overwrite
    atomic_write(path, write, overwrite=overwrite)
    return number
