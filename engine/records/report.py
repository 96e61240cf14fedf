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
from engine.image.display import dicom_date
from engine.image.heatmap import DEFAULT_COLOUR_MAP, overlay, shown_by_default
from engine.records.readings import EARLIER, local_time
from engine.records.wording import HEADLINE_WORDS, predictive_statement, prevalence_text, statement, threshold_text
from engine.runners.results import FAILED, INDETERMINATE, NORMAL, NOT_ASSESSED, PNEUMONIA, Prediction

INTENDED_USE = ("Decision support for reading frontal chest radiographs of children (trained on ages 1-5). Not a "
                "diagnosis: the clinician reads the image and decides. Not for lateral views, adults, other body "
                "parts, CT/MR or photographs.")
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
SUMMARY_WORDS = {PNEUMONIA: "PNEUMONIA", INDETERMINATE: "indeterminate", NORMAL: "NORMAL", NOT_ASSESSED: "not assessed",
                 FAILED: "could not be read"}
#: A note is printed whole up to this many characters; the rest is in the CSV and the reading database.
MAX_NOTE_PRINTED = 1200


class ReportCancelled(Exception):
    """The report was cancelled; no file was written."""


@functools.lru_cache(maxsize=8)
def _covered(font_name: str) -> Any:
    """The set of code points the font can draw, or None when unknown (a standard PDF font)."""
    from reportlab.pdfbase import pdfmetrics

    face = getattr(pdfmetrics.getFont(font_name), "face", None)
    return frozenset(getattr(face, "charToGlyph", {}) or {}) or None


def printable(text: str, font_name: str) -> str:
    """Text the report's font can show as written.  Characters it has no glyph for, and any text written right to
    left (which it cannot lay out), are printed as code points -- ``王伟`` as ``<U+738B U+4F1F>`` -- so two
    patients' identifiers never print as the same row of boxes."""
    import unicodedata

    covered = _covered(font_name)
    rtl = any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text)
    missing = covered is not None and any(ord(ch) not in covered for ch in text if not ch.isspace())
    if not (rtl or missing):
        return text
    return "<" + " ".join(f"U+{ord(ch):04X}" for ch in text) + "> (code points: the report's font cannot show it)"


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

    def __init__(self, canvas: Any) -> None:
        from reportlab.lib.pagesizes import A4

        self.c = canvas
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
        for line in _hard_wrap(simpleSplit(str(text), font, size, width) or [""], font, size, width):
            self.y += size * 1.25
            self.c.drawString(self.margin + indent, self.h - self.y, line)
        self.y += gap

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
        c.drawString(x0, top - bh - 10, "0")
        c.drawRightString(x0 + w, top - bh - 10, "100")
        if threshold is not None:
            tx = x0 + w * threshold
            c.setDash(3, 2)
            c.setLineWidth(1.5)
            c.line(tx, top + 3, tx, top - bh - 3)
            c.setDash()
            c.setLineWidth(1)
            c.drawCentredString(min(max(tx, x0 + 40), x0 + w - 40), top - bh - 10,
                                f"threshold {threshold_text(threshold)}")
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
        ident = "   ".join(f"{k}: {printable(str(v), pg.regular)}" for k, v in (
            ("Patient", (identity or {}).get("PatientName") or "name not in the file"),
            ("Patient ID", md.get("PatientID") or "not in the file"),
            ("Study date", dicom_date(md.get("StudyDate", "")) or "not in the file"),
            ("Accession", md.get("AccessionNumber", ""))) if v)
        for i, line in enumerate(simpleSplit(ident, pg.regular, 8, pg.w - 2 * pg.margin)[:2]):  # never off the paper
            c.drawString(pg.margin, pg.h - 22 - 10 * i, line)
    c.drawString(pg.margin, 34, f"Pneumoscan {__version__} - decision support only; the clinician reads the image and "
                                "decides.")
    c.drawString(pg.margin, 22, f"Printed {printed}")
    c.drawRightString(pg.w - pg.margin, 22, f"Page {number} of {total}")


def _operating_lines(bundle: Any, prevalence: float | None) -> list[str]:
    if bundle is None:
        return ["Model: -"]
    band = bundle.band
    site = bundle.site
    lines = [f"Model: {bundle.name} {bundle.version}; bundle identity {bundle.digest}",
             f"Operating point: {'site profile ' + bundle.site_profile[:12] if site is not None else 'the model' + chr(39) + 's own'}"
             f"; threshold {threshold_text(bundle.threshold)} on the 0-100 score"
             + (f"; indeterminate band {band[0] * 100:.0f}-{band[1] * 100:.0f}" if band else "")]
    f = bundle.operating_figures()
    if f is not None:
        lines.append(f"Sensitivity {f.sensitivity:.2f}, specificity {f.specificity:.2f}, measured on {f.source}.")
    lines.append(f"Clinic prevalence for PPV / NPV: {prevalence_text(prevalence)}" if prevalence is not None else
                 "Clinic prevalence for PPV / NPV: not set (Settings)")
    return lines


def _reading_lines(pred: Prediction, review: Any, font: str) -> list[tuple[str, bool]]:
    """(line, emphasised) about the clinician's reading of this image."""
    if review is None:
        return [("Clinician's reading: none recorded", False)]
    when = local_time(review.reviewed_at)
    reader = printable(review.reader, font)
    if review.relation(pred) == EARLIER:
        return [(f"Clinician's reading {review.reading} by {reader} ({when}) was made on an earlier result "
                 f"({review.result}); it must be read again on this result.", True)]
    out = [(f"Clinician's reading: {review.reading} ({review.verdict}) by {reader}, {when}", True)]
    if review.note:
        note = review.note if len(review.note) <= MAX_NOTE_PRINTED else (
            review.note[:MAX_NOTE_PRINTED] + f"… [{len(review.note) - MAX_NOTE_PRINTED} more characters: the whole "
            "note is in the CSV and the reading database]")
        out.append((f"Note: {printable(note, font)}", False))
    return out


def _image_page(pg: _Page, pred: Prediction, pixels: np.ndarray | None, review: Any, bundle: Any, cmap: str,
                prevalence: float | None, changed: bool = False, identity: Mapping[str, str] | None = None) -> None:
    from engine.image.display import patient_fields

    pg.y = 44
    pg.text(printable(Path(pred.path).name, pg.regular), 15, bold=True)
    pg.text(printable(str(pred.path), pg.regular), 7.5, colour=(0.35, 0.35, 0.35), gap=4)
    # the viewer's overlay, on paper: who and what this image is (a PNG / JPEG names no one: it says so)
    who = ("A plain image file: no patient name, ID or age is recorded in it - check the file name and folder."
           if pred.source_format and pred.source_format != "DICOM" else
           "   ".join(f"{k}: {v}" for k, v in patient_fields(pred.metadata, identity or {})))
    top = pg.y
    pg.text(printable(who, pg.regular), 9.5, bold=True, gap=8)
    identity_h = pg.y - top - 4  # the page's budget is unchanged: the image box gives the identity its room
    if changed:
        pg.text("THE FILE HAS CHANGED SINCE IT WAS ANALYSED: its contents are not the image this result belongs to, "
                "so no image is printed. Analyse it again before relying on this page.", 11, bold=True,
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
            pg.c.setFont(pg.regular, 8)
            pg.c.drawString(pg.margin, pg.h - pg.y - 8, "Radiograph")
            pg.c.drawString(pg.margin + half + 16, pg.h - pg.y - 8,
                            "Heatmap: where the score came from (not an outline of disease)")
            pg.y += 14
        else:
            pg.y += pg.image(overlay(pixels, None), pg.margin, full_w, box_h) + 6
    elif not changed:
        pg.text("The image could not be read.", 11, colour=COLOURS[FAILED], gap=6)
    result = pred.result
    pg.text(HEADLINE_WORDS[result], 20, bold=True, colour=COLOURS[result], gap=4)
    if pred.ok and pred.relaxed_checks:  # a result the settings let through says so where it is read
        pg.text(printable("RELAXED input check (settings): " + "; ".join(pred.relaxed_checks), pg.regular), 10,
                bold=True, colour=(0.63, 0.31, 0.0), gap=4)
    if result == NOT_ASSESSED:
        for reason, detail in zip(pred.gate_reasons, pred.gate_details or ("",) * len(pred.gate_reasons)):
            pg.text(f"- {reason}", 10)
            if detail:
                pg.text(detail, 8.5, colour=(0.35, 0.35, 0.35), indent=10)
    elif result == FAILED:
        pg.text(pred.error, 10, colour=(0.45, 0.27, 0.0))
    else:
        pg.text(statement(pred, bundle.band if bundle is not None else None), 10.5)
        pg.score_bar(pred.p_pneumonia, pred.threshold, bundle.band if bundle is not None else None)
        pv = predictive_statement(result, bundle.operating_figures() if bundle is not None else None, prevalence)
        if pv:
            pg.text(pv, 8.5, colour=(0.25, 0.25, 0.25), gap=6)
    pg.y += 4
    for line, strong in _reading_lines(pred, review, pg.regular):
        pg.text(line, 10.5 if strong else 9, bold=strong)
    pg.y += 4
    fields = [f"{k}: {printable(dicom_date(pred.metadata[k]) if k == 'StudyDate' else str(pred.metadata[k])[:64], pg.regular)}"
              for k in FIELDS if pred.metadata.get(k)]
    if fields:
        pg.text("   ".join(fields), 8.5, colour=(0.3, 0.3, 0.3))


def _summary_lines(preds: Sequence[Prediction], reviews: dict[int, Any], bundle: Any,
                   prevalence: float | None) -> list[str]:
    counts: dict[str, int] = {}
    for p in preds:
        counts[p.result] = counts.get(p.result, 0) + 1
    readings = [(p, r) for p in preds if (r := reviews.get(id(p))) is not None]
    current = [r for p, r in readings if r.relation(p) != EARLIER]
    readers = sorted({r.reader for r in current})
    lines = [f"Images: {len(preds)}. Results: " + (", ".join(f"{SUMMARY_WORDS[k]} {counts[k]}" for k in SUMMARY_WORDS
                                                              if counts.get(k)) or "none"),
             f"Read by a clinician: {len(current)} (agree {sum(r.verdict == 'agree' for r in current)}, disagree "
             f"{sum(r.verdict == 'disagree' for r in current)}, resolved indeterminate "
             f"{sum(r.verdict == 'resolved' for r in current)}, unsure {sum(r.verdict == 'unsure' for r in current)})"
             + (f" by {', '.join(readers)}" if readers else "")
             + (f"; {len(readings) - len(current)} reading(s) made on an earlier result" if len(readings) > len(current)
                else "")]
    return lines + _operating_lines(bundle, prevalence)


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
                 overwrite: bool = True) -> int:
    """Write the PDF atomically (a temporary file in the same folder, then a rename); returns its page count.

    One page per image, preceded by a summary page when there is more than one image (or none: then the summary
    page says so).  ``reviews`` is an engine.records.readings.ReviewStore (each image's current reading is printed, marked
    when it was made on an earlier result); ``prevalence`` the clinic's, for PPV / NPV (None: not set, and the
    report says so); ``notes``: lines for the summary (what the report leaves out).  Each image is re-read and
    checked against the sha256 it was analysed with: a changed file gets a warning and no image.  ``cancel`` (a
    callable or an Event) is checked between pages: :class:`ReportCancelled` is raised and nothing is left on disk.
    """
    from reportlab.pdfgen.canvas import Canvas

    preds = list(predictions)
    from engine.records.results_csv import _review_of

    revs = {id(p): _review_of(reviews, p) for p in preds}
    total = len(preds) + (1 if len(preds) != 1 else 0)
    printed = local_time(_dt.datetime.now(_dt.UTC).isoformat())
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
                pg = _Page(canvas)
                pg.y = 50
                pg.text("Pneumoscan - report", 22, bold=True, gap=4)
                pg.text(f"Printed {printed}", 9, colour=(0.35, 0.35, 0.35), gap=14)
                for line in [*_summary_lines(preds, revs, bundle, prevalence), *notes]:
                    pg.text(printable(line, pg.regular), 10.5, gap=5)
                pg.y += 10
                pg.text("Intended use", 13, bold=True)
                pg.text(INTENDED_USE, 10)
                _header_footer(pg, None, number, total, printed)
                canvas.showPage()
            for i, p in enumerate(preds):
                if cancel is not None and (cancel.is_set() if hasattr(cancel, "is_set") else cancel()):
                    raise ReportCancelled()
                pixels, changed, identity = _load_checked(p)
                number += 1
                pg = _Page(canvas)
                _image_page(pg, p, pixels, revs[id(p)], bundle, cmap, prevalence, changed, identity)
                if len(preds) == 1:  # a one-image report is one page: the summary goes to its foot
                    pg.y = max(pg.y + 10, pg.h - 150)
                    for line in [*_operating_lines(bundle, prevalence), *notes]:
                        pg.text(printable(line, pg.regular), 7.5, colour=(0.3, 0.3, 0.3), gap=1)
                    pg.text(INTENDED_USE, 7.5, colour=(0.3, 0.3, 0.3))
                _header_footer(pg, p, number, total, printed, identity)
                canvas.showPage()
                if progress is not None:
                    progress(i + 1, len(preds))
            canvas.save()

    # private (0600: a report holds patient IDs), flushed, moved into place; never over a file without overwrite
    atomic_write(path, write, overwrite=overwrite)
    return number
