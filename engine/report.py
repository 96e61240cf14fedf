"""A printable PDF report of a batch: a summary page, then one page per image.

Drawn with Pillow (already in every build, the torch-free CPU installer
included) and saved as a multi-page PDF, so the command line and the app make
the same report without a browser, Qt's printing stack or a new dependency.
Pages are A4 at 150 dpi.  Each image page shows the radiograph and its
heatmap side by side, the score bar with the threshold and the indeterminate
band, the label, the clinician's review and note, and key DICOM fields --
never the patient's name (Pneumoscan does not read it).
"""

from __future__ import annotations

import datetime as _dt
import functools
import os
import textwrap
from pathlib import Path
from typing import Any, Iterable, Sequence

import numpy as np

from engine._version import __version__
from engine.heatmap import DEFAULT_COLOUR_MAP, overlay, shown_by_default
from engine.results import Prediction

PAGE = (1240, 1754)  # A4 at 150 dpi
MARGIN = 90
INTENDED_USE = ("Decision support for reading frontal chest radiographs of children (trained on ages 1-5). Not a "
                "diagnosis: the clinician reads the image and decides. Not for lateral views, adults, other body "
                "parts, CT/MR or photographs.")
WORDS = {"pneumonia": "PNEUMONIA", "normal": "NORMAL", "indeterminate": "indeterminate", "out_of_scope": "not assessed",
         "error": "could not be read"}
FIELDS = ("PatientID", "AccessionNumber", "StudyDate", "Modality", "ViewPosition", "BodyPartExamined", "PatientAge",
          "PatientSex")


#: Fonts with wide Unicode coverage (accents, Cyrillic, Greek) found on clinic machines; Pillow's built-in
#: font (the fallback) covers Latin letters only, so "José" or "Müller" would print as boxes with it.
FONT_CANDIDATES = ("DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "arialuni.ttf",
                   "Arial Unicode.ttf", "/System/Library/Fonts/Supplemental/Arial Unicode.ttf", "arial.ttf",
                   "C:/Windows/Fonts/arial.ttf", "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf")


@functools.lru_cache(maxsize=32)
def _font(size: int):
    from PIL import ImageFont

    for name in FONT_CANDIDATES:
        try:
            return ImageFont.truetype(name, size)
        except OSError:
            continue
    return ImageFont.load_default(size=size)


def _text(draw, xy: tuple[int, int], text: str, size: int = 26, fill=(0, 0, 0), width: int = 80) -> int:
    """Draw wrapped text; returns the y below it."""
    x, y = xy
    font = _font(size)
    for line in textwrap.wrap(text, width=width) or [""]:
        draw.text((x, y), line, font=font, fill=fill)
        y += int(size * 1.35)
    return y


def _score_bar(draw, box: tuple[int, int, int, int], p: float | None, threshold: float | None,
               band: tuple[float, float] | None) -> None:
    x0, y0, x1, y1 = box
    w = x1 - x0
    draw.rectangle(box, fill=(232, 232, 232), outline=(0, 0, 0))
    if band is not None:
        draw.rectangle((x0 + w * band[0], y0, x0 + w * band[1], y1), fill=(255, 214, 140))
    if p is not None:
        colour = (176, 112, 0) if band and band[0] <= p < band[1] else \
            (200, 60, 40) if threshold is not None and p >= threshold else (40, 120, 60)
        draw.rectangle((x0, y0 + (y1 - y0) * 0.3, x0 + w * p, y1 - (y1 - y0) * 0.3), fill=colour)
        cx = x0 + w * p
        draw.ellipse((cx - 9, (y0 + y1) / 2 - 9, cx + 9, (y0 + y1) / 2 + 9), fill=colour, outline=(0, 0, 0))
    if threshold is not None:
        tx = x0 + w * threshold
        for yy in range(y0 - 6, y1 + 6, 8):
            draw.line((tx, yy, tx, yy + 4), fill=(0, 0, 0), width=3)
        draw.text((tx - 60, y1 + 8), f"threshold {threshold * 100:.0f}", font=_font(22), fill=(0, 0, 0))
    draw.text((x0, y1 + 8), "0", font=_font(22), fill=(0, 0, 0))
    draw.text((x1 - 40, y1 + 8), "100", font=_font(22), fill=(0, 0, 0))


def _statement(pred: Prediction) -> tuple[str, tuple[int, int, int]]:
    if pred.status == "out_of_scope":
        return "NOT ASSESSED", (160, 90, 0)
    if not pred.ok:
        return "COULD NOT BE READ", (160, 90, 0)
    if pred.band == "indeterminate":
        return "INDETERMINATE - read carefully", (176, 112, 0)
    return (pred.label or ""), ((200, 60, 40) if pred.label == "PNEUMONIA" else (40, 120, 60))


def _fmt_score(p: float | None) -> str:
    if p is None:
        return "-"
    return ">99.9" if p >= 0.9995 else "<0.1" if p < 0.0005 else f"{p * 100:.1f}"


def _summary_page(preds: Sequence[Prediction], reviews: dict, bundle: Any, site: str) -> Any:
    from PIL import Image, ImageDraw

    page = Image.new("RGB", PAGE, "white")
    d = ImageDraw.Draw(page)
    y = _text(d, (MARGIN, MARGIN), "Pneumoscan - batch report", 48)
    y = _text(d, (MARGIN, y + 10), f"Printed {_dt.datetime.now().strftime('%Y-%m-%d %H:%M')}  -  Pneumoscan {__version__}",
              24, (80, 80, 80))
    counts: dict[str, int] = {}
    for p in preds:
        key = p.band if p.ok else str(p.status)
        counts[key] = counts.get(key, 0) + 1
    reviewed = [r for r in reviews.values() if r is not None]
    lines = [f"Images: {len(preds)}",
             "Results: " + ", ".join(f"{WORDS.get(k, k)} {v}" for k, v in sorted(counts.items())),
             f"Reviewed by a clinician: {len(reviewed)} (agree {sum(r.verdict == 'agree' for r in reviewed)}, "
             f"disagree {sum(r.verdict == 'disagree' for r in reviewed)}, unsure {sum(r.verdict == 'unsure' for r in reviewed)})",
             f"Model: {bundle.name} {bundle.version}" if bundle is not None else "Model: -",
             f"Bundle identity: {bundle.digest}" if bundle is not None else "",
             (f"Operating point: {site} (threshold {bundle.threshold:.3f})" if bundle is not None else "")]
    y += 30
    for line in lines:
        y = _text(d, (MARGIN, y), line, 28, width=70) + 6
    y += 30
    y = _text(d, (MARGIN, y), "Intended use", 32)
    _text(d, (MARGIN, y + 6), INTENDED_USE, 26, (40, 40, 40), width=75)
    return page


def _image_page(pred: Prediction, pixels: np.ndarray | None, review: Any, bundle: Any, cmap: str) -> Any:
    from PIL import Image, ImageDraw

    page = Image.new("RGB", PAGE, "white")
    d = ImageDraw.Draw(page)
    y = _text(d, (MARGIN, MARGIN), Path(pred.path).name, 34, width=60)
    _text(d, (MARGIN, y), str(pred.path), 20, (90, 90, 90), width=85)
    top = y + 60
    side = (PAGE[0] - 2 * MARGIN - 30) // 2
    if pixels is not None:
        grey = overlay(pixels, None)
        heat = overlay(pixels, pred.heatmap if shown_by_default(pred) else None, 0.45, cmap)
        for i, rgb in enumerate((grey, heat)):
            im = Image.fromarray(rgb).convert("RGB")
            scale = side / max(im.size)
            im = im.resize((max(1, round(im.size[0] * scale)), max(1, round(im.size[1] * scale))), Image.Resampling.LANCZOS)
            page.paste(im, (MARGIN + i * (side + 30), top))
        _text(d, (MARGIN, top + side + 8), "Radiograph", 22, (80, 80, 80))
        shown = "heatmap (shown for PNEUMONIA and indeterminate)" if shown_by_default(pred) else \
            "heatmap (NORMAL result: shown on request only)" if pred.ok else "no heatmap: no result"
        _text(d, (MARGIN + side + 30, top + side + 8), shown, 22, (80, 80, 80), width=45)
    else:
        d.rectangle((MARGIN, top, PAGE[0] - MARGIN, top + side), outline=(160, 160, 160))
        _text(d, (MARGIN + 20, top + 20), "The image could not be read.", 28, (160, 90, 0))
    y = top + side + 60
    headline, colour = _statement(pred)
    y = _text(d, (MARGIN, y), headline, 44, colour)
    if pred.ok:
        y = _text(d, (MARGIN, y + 4), f"Pneumonia score {_fmt_score(pred.p_pneumonia)} of 100 "
                  f"(threshold {(pred.threshold or 0) * 100:.0f})", 28)
        _score_bar(d, (MARGIN, y + 20, PAGE[0] - MARGIN, y + 70), pred.p_pneumonia, pred.threshold,
                   bundle.band if bundle is not None else None)
        y += 130
    else:
        y = _text(d, (MARGIN, y + 4), pred.error, 26, (120, 70, 0), width=75) + 10
    verdict = f"Clinician: {review.verdict} ({review.reviewed_by}, {review.reviewed_at})" if review else \
        "Clinician: not reviewed"
    y = _text(d, (MARGIN, y), verdict, 28)
    if review is not None and review.final_label:
        y = _text(d, (MARGIN, y), f"Final label: {review.final_label}", 28)
    if review is not None and review.note:
        y = _text(d, (MARGIN, y), f"Note: {review.note}", 26, width=75)
    y += 20
    for k in FIELDS:
        v = pred.metadata.get(k)
        if v:
            y = _text(d, (MARGIN, y), f"{k}: {v}", 24, (60, 60, 60))
    _text(d, (MARGIN, PAGE[1] - MARGIN), "Decision support only - the clinician reads the image and decides.", 22,
          (100, 100, 100))
    return page


def render_pages(predictions: Iterable[Prediction], bundle: Any = None, reviews: Any = None,
                 cmap: str = DEFAULT_COLOUR_MAP) -> list[Any]:
    """The report's pages as images: a summary page, then one per image."""
    from engine.io import load_image

    preds = list(predictions)
    revs = {id(p): (reviews.get(p.sha256, p.bundle_sha256) if reviews is not None and p.sha256 else None)
            for p in preds}
    site = (f"site profile {bundle.site_profile[:12]}" if bundle is not None and bundle.site is not None
            else "the bundle's own")
    pages = [_summary_page(preds, revs, bundle, site)]
    for p in preds:
        try:
            pixels = load_image(p.path).pixels if p.status != "error" else None
        except Exception:  # noqa: BLE001 - a file that vanished since the batch still gets its page
            pixels = None
        pages.append(_image_page(p, pixels, revs[id(p)], bundle, cmap))
    return pages


def write_report(predictions: Iterable[Prediction], path: str | os.PathLike[str], bundle: Any = None,
                 reviews: Any = None, cmap: str = DEFAULT_COLOUR_MAP) -> int:
    """Write the PDF atomically; returns its number of pages (summary + one per image)."""
    pages = render_pages(predictions, bundle, reviews, cmap)
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.tmp")
    pages[0].save(tmp, "PDF", resolution=150.0, save_all=True, append_images=pages[1:], title="Pneumoscan report",
                  author="Pneumoscan", creator=f"Pneumoscan {__version__}")
    os.replace(tmp, target)
    return len(pages)
