"""Results as DICOM objects for the PACS: a Secondary Capture and a TID 1500 Structured Report per image.

What the IHE AI Results profile asks of a CAD result, built with highdicom (which writes the IODs and the SR
templates correctly; hand-built SR content trees are where DICOM tools fail most):

* :func:`secondary_capture` -- the radiograph with the heatmap, the result and the score burned in
  (``BurnedInAnnotation`` YES), in a series described as decision support, not for diagnosis;
* :func:`result_sr` -- a Comprehensive 3D SR holding a TID 1500 Measurement Report: the finding (pneumonia
  present / absent / indeterminate; no finding when the input checks withheld the result, and their reason as
  text), the probability and the threshold, with the model's name, version and bundle identity as the algorithm.
  It is unverified when the model wrote it; when a reader records their reading it is issued again as a new,
  verified version naming the reader, with the earlier version as its predecessor.

UIDs are derived from the source image, the bundle and the kind of object (and the reading, for a verified
version): the same result sent twice is the same object to the PACS, never a duplicate.

Type 2 attributes the source lacks (many modalities' exports have no PatientName, highdicom refuses a source
without it) are added empty, as PS3.5 7.4 allows for type 2.  Every object is checked by dicom3tools'
``dciodvfy`` in the tests.
"""

from __future__ import annotations

import copy
import datetime as _dt
import re
import warnings
from typing import TYPE_CHECKING, Any

import numpy as np

from engine._version import __version__
from engine.runners.results import Prediction

if TYPE_CHECKING:
    from pydicom.dataset import Dataset

    from engine.bundle.model_bundle import ModelBundle

MANUFACTURER = "Pneumoscan"
SERIES_DESCRIPTION = "Pneumoscan AI decision support - not for diagnosis"
SC_SERIES_NUMBER = 9901
SR_SERIES_NUMBER = 9902
#: the longest side of the Secondary Capture: enough to read the overlay, small enough for any PACS
SC_MAX_SIDE = 1024
#: the private coding scheme for the two concepts no standard terminology names
SCHEME = "99PNEUMOSCAN"

#: type 2 attributes of the Patient and General Study modules that a source may lack (filled empty)
_TYPE2 = ("PatientName", "PatientID", "PatientBirthDate", "PatientSex", "StudyDate", "StudyTime",
          "ReferringPhysicianName", "StudyID", "AccessionNumber")
#: what the source must have for a result to be filed under its patient and study
REQUIRED = ("SOPClassUID", "SOPInstanceUID", "StudyInstanceUID", "SeriesInstanceUID")


class NotSendable(ValueError):
    """The source cannot carry a result back (not DICOM, or no study to file it under): the message says why."""


def _uid(*parts: str) -> str:
    from pydicom.uid import generate_uid

    return str(generate_uid(entropy_srcs=["pneumoscan", *parts]))


def source_header(path: str) -> Dataset:
    """The source image's header (no pixels), with empty type 2 attributes where it lacks them; NotSendable when it
    is not DICOM or lacks the UIDs a result is filed under."""
    from pydicom import dcmread
    from pydicom.errors import InvalidDicomError

    try:
        ds = dcmread(path, stop_before_pixels=True)
    except (InvalidDicomError, OSError, ValueError, EOFError) as exc:
        raise NotSendable(f"not a DICOM file ({exc})") from None
    missing = [k for k in REQUIRED if not str(ds.get(k, "") or "").strip()]
    if missing:
        raise NotSendable(f"the image has no {', '.join(missing)}")
    _drop_invalid(ds)
    for key in _TYPE2:
        if key not in ds:
            setattr(ds, key, "")
    return ds


def _drop_invalid(ds: Dataset) -> None:
    """Values the source got wrong (an age "62" where DICOM wants "062Y") are not copied into our objects: a type 2
    attribute is emptied, any other removed.  Sequences and pixel data are left to the reader's own checks."""
    from pydicom import config
    from pydicom.valuerep import validate_value

    for elem in list(ds):
        if elem.VR in ("SQ", "OB", "OW", "UN") or elem.value is None or elem.tag.group == 0x0002:
            continue
        values = elem.value if elem.VM > 1 else [elem.value]
        try:
            for v in values:
                validate_value(elem.VR, v, config.RAISE)
        except (ValueError, TypeError):
            if elem.keyword in _TYPE2:
                elem.value = ""
            else:
                del ds[elem.tag]


def _text_lines(pred: Prediction) -> list[str]:
    """The burned-in lines, on the scale and in the words the app and the report use (score 0-100)."""
    from engine.records.wording import HEADLINE_WORDS, format_score, threshold_text

    headline = f"Pneumoscan: {HEADLINE_WORDS.get(pred.result, pred.result)}"
    if pred.ok:
        score = (f"score {format_score(pred.p_pneumonia)} of 100 (threshold {threshold_text(pred.threshold)})"
                 if pred.p_pneumonia is not None else "")
        return [headline, score, "AI decision support - not for diagnosis"]
    return [headline, *(r[:90] for r in pred.gate_reasons[:2]), "AI decision support - not for diagnosis"]


def burned_in(pixels: np.ndarray, pred: Prediction) -> np.ndarray:
    """RGB uint8: the radiograph (display-ready greyscale in [0, 1]), the heatmap where the app shows one, and the
    result, score and purpose written in a band above the image (never over the anatomy)."""
    from PIL import Image, ImageDraw, ImageFont

    from engine.image.heatmap import overlay, shown_by_default

    heat = pred.heatmap if pred.ok and shown_by_default(pred) else None
    rgb = overlay(pixels, heat)
    img = Image.fromarray(rgb)
    scale = SC_MAX_SIDE / max(img.size)
    if scale < 1:
        img = img.resize((max(1, round(img.width * scale)), max(1, round(img.height * scale))), Image.Resampling.BILINEAR)
    size = max(12, img.width // 40)
    try:
        font: Any = ImageFont.load_default(size=size)
    except (TypeError, OSError):  # a Pillow without FreeType: the bitmap font
        font = ImageFont.load_default()
    lines = [t for t in _text_lines(pred) if t]
    band = (size + 6) * len(lines) + 8
    out = Image.new("RGB", (img.width, img.height + band), (0, 0, 0))
    out.paste(img, (0, band))
    draw = ImageDraw.Draw(out)
    for i, text in enumerate(lines):
        draw.text((6, 4 + i * (size + 6)), text, fill=(255, 255, 0) if i == 0 else (255, 255, 255), font=font)
    return np.asarray(out, dtype=np.uint8)


def secondary_capture(source: Dataset, pixels: np.ndarray, pred: Prediction) -> Dataset:
    """The Secondary Capture of one result (see the module docstring), in the source's patient and study."""
    import highdicom as hd
    from pydicom.uid import ExplicitVRLittleEndian

    rgb = burned_in(pixels, pred)
    with warnings.catch_warnings():  # highdicom warns of one-component person names, which PS3.5 allows
        warnings.simplefilter("ignore", UserWarning)
        sc = hd.sc.SCImage.from_ref_dataset(
            ref_dataset=source, pixel_array=rgb, photometric_interpretation="RGB", bits_allocated=8,
            coordinate_system="PATIENT", series_instance_uid=_uid(str(source.StudyInstanceUID), "sc", pred.bundle_sha256),
            series_number=SC_SERIES_NUMBER,
            sop_instance_uid=_uid(str(source.SOPInstanceUID), "sc", pred.bundle_sha256, pred.site_profile),
            instance_number=_instance_number(source), manufacturer=MANUFACTURER,
            patient_orientation=_orientation(source) or ("L", "F"), transfer_syntax_uid=ExplicitVRLittleEndian)
    if _orientation(source) is None:  # highdicom wants a pair; an orientation the source does not state is not invented
        sc.PatientOrientation = ""  # type: ignore[assignment]  # highdicom types it as a pair
    if "Laterality" not in sc:
        sc.Laterality = ""  # type 2C in General Series; a laterality the source does not state is not invented
    sc.BurnedInAnnotation = "YES"
    sc.SeriesDescription = SERIES_DESCRIPTION
    sc.ImageComments = "AI decision support, not for diagnosis: " + pred.result
    sc.DerivationDescription = f"Pneumoscan {__version__}: heatmap and result burned in"
    sc.SoftwareVersions = __version__
    return sc


def _instance_number(source: Dataset) -> int:
    try:
        return max(1, int(source.get("InstanceNumber", 1) or 1))
    except (TypeError, ValueError):
        return 1


def _orientation(source: Dataset) -> tuple[str, str] | None:
    """The source's PatientOrientation when it is a valid pair, else None (the attribute left empty)."""
    value = source.get("PatientOrientation")
    try:
        pair = tuple(str(v) for v in value) if value is not None and not isinstance(value, str) else ()
    except TypeError:
        return None
    return (pair[0], pair[1]) if len(pair) == 2 and all(re.fullmatch(r"[LRAPHF]", v) for v in pair) else None


def _codes() -> dict[str, Any]:
    from pydicom.sr.codedict import codes
    from pydicom.sr.coding import Code

    return {
        "finding": codes.DCM.Finding,
        "pneumonia": Code("233604007", "SCT", "Pneumonia"),
        "present": Code("52101004", "SCT", "Present"),
        "absent": Code("2667000", "SCT", "Absent"),
        "indeterminate": Code("82334004", "SCT", "Indeterminate"),
        "probability": Code("PROB", SCHEME, "Probability of pneumonia"),
        "threshold": Code("THRESH", SCHEME, "Decision threshold"),
        "no_units": Code("1", "UCUM", "no units"),
        "chest_xr": Code("399208008", "SCT", "Plain chest X-ray"),
        "comment": Code("121106", "DCM", "Comment"),
    }


def reading_stamp(review: Any) -> str:
    """One reading's identity (when, what, who): a changed reading is a new version, the same one is not."""
    return f"{getattr(review, 'reviewed_at', '')}|{getattr(review, 'reading', '')}|{getattr(review, 'reader', '')}"


def result_sr(source: Dataset, pred: Prediction, bundle: ModelBundle, review: Any = None,
              previous: Dataset | None = None, withdrawn_by: str = "") -> Dataset:
    """The TID 1500 report of one result (see the module docstring).

    ``review`` (a recorded reading, engine.records.readings.Review) makes it the verified version: the reader is
    the verifying observer and a person observer of the report, and the reader's own reading is a second finding
    (pneumonia present / absent / indeterminate for NORMAL / PNEUMONIA / UNSURE) with a text saying whether it
    agrees with the AI result, and the reader's note.  ``withdrawn_by`` (no review): the reading was cleared -- an
    unverified version saying so.  ``previous``: the version this one replaces (its predecessor)."""
    import highdicom as hd

    c = _codes()
    algorithm = hd.sr.AlgorithmIdentification(name=bundle.name or "Pneumoscan", version=bundle.version or __version__,
                                              parameters=[f"bundle_sha256={bundle.digest}",
                                                          f"site_profile={pred.site_profile or 'none'}"])
    device = hd.sr.ObserverContext(
        observer_type=hd.sr.CodedConcept("121007", "DCM", "Device"),
        observer_identifying_attributes=hd.sr.DeviceObserverIdentifyingAttributes(
            uid=_uid("device", bundle.digest), name="Pneumoscan", manufacturer_name=MANUFACTURER,
            model_name=f"{bundle.name} {bundle.version}".strip()[:64]))
    measurements, evaluations = [], []
    if pred.ok and pred.p_pneumonia is not None:
        value = {"pneumonia": c["present"], "normal": c["absent"]}.get(pred.band, c["indeterminate"])
        evaluations.append(hd.sr.QualitativeEvaluation(name=c["pneumonia"], value=value))
        measurements.append(hd.sr.Measurement(name=c["probability"], value=float(pred.p_pneumonia),
                                              unit=c["no_units"], algorithm_id=algorithm))
        measurements.append(hd.sr.Measurement(name=c["threshold"], value=float(pred.threshold or 0.0),
                                              unit=c["no_units"], algorithm_id=algorithm))
    source_image = [hd.sr.SourceImageForMeasurementGroup.from_source_image(source)]
    group = hd.sr.MeasurementsAndQualitativeEvaluations(
        tracking_identifier=hd.sr.TrackingIdentifier(uid=_uid(str(source.SOPInstanceUID), "track"),
                                                     identifier="Pneumoscan AI result"),
        finding_type=c["pneumonia"], algorithm_id=algorithm,
        measurements=measurements or None, qualitative_evaluations=evaluations or None, source_images=source_image)
    comment = (f"AI result: Not assessed: {' '.join(pred.gate_reasons) or pred.error}" if not pred.ok
               else f"AI result: {pred.result}. AI decision support, not for diagnosis.")
    group.append(hd.sr.TextContentItem(name=c["comment"], value=comment[:1024],
                                       relationship_type=hd.sr.RelationshipTypeValues.CONTAINS))
    groups = [group]
    person = None
    if review is not None:
        reader = str(getattr(review, "reader", "") or "")
        reading = str(getattr(review, "reading", "") or "")
        person = hd.sr.ObserverContext(
            observer_type=hd.sr.CodedConcept("121006", "DCM", "Person"),
            observer_identifying_attributes=hd.sr.PersonObserverIdentifyingAttributes(name=_person_name(reader)))
        value = {"PNEUMONIA": c["present"], "NORMAL": c["absent"]}.get(reading, c["indeterminate"])
        verdict = str(getattr(review, "verdict", "") or "")
        relation = {"agree": "agrees with", "disagree": "DISAGREES with", "resolved": "decides"}.get(
            verdict, "is unsure about")
        text = (f"Reading by {reader or 'the reader'} at {getattr(review, 'reviewed_at', '')}: {reading}; it "
                f"{relation} the AI result {getattr(review, 'result', '') or pred.result}.")
        note = str(getattr(review, "note", "") or "").strip()
        if note:
            text += f" Note: {note}"
        reader_group = hd.sr.MeasurementsAndQualitativeEvaluations(
            tracking_identifier=hd.sr.TrackingIdentifier(uid=_uid(str(source.SOPInstanceUID), "reader"),
                                                         identifier="Reader's reading"),
            finding_type=c["pneumonia"], qualitative_evaluations=[
                hd.sr.QualitativeEvaluation(name=c["pneumonia"], value=value)], source_images=source_image)
        reader_group.append(hd.sr.TextContentItem(name=c["comment"], value=text[:1024],
                                                  relationship_type=hd.sr.RelationshipTypeValues.CONTAINS))
        groups.append(reader_group)
    elif withdrawn_by:
        group.append(hd.sr.TextContentItem(
            name=c["comment"], value=f"The reading recorded earlier was withdrawn by {withdrawn_by}; the AI result "
            "stands unverified."[:1024], relationship_type=hd.sr.RelationshipTypeValues.CONTAINS))
    report = hd.sr.MeasurementReport(
        observation_context=hd.sr.ObservationContext(observer_person_context=person, observer_device_context=device),
        procedure_reported=c["chest_xr"], imaging_measurements=groups)
    verified: dict[str, Any] = {}
    version = "model"
    if review is not None:
        version = "reading:" + reading_stamp(review)
        verified = {"is_verified": True, "verifying_observer_name": _person_name(getattr(review, "reader", "")),
                    "verifying_organization": "Pneumoscan workstation"}
    elif withdrawn_by:
        version = f"withdrawn:{withdrawn_by}:{_dt.datetime.now(_dt.UTC).isoformat()}"
    number = 1 if previous is None else _instance_number(previous) + 1
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        sr = hd.sr.Comprehensive3DSR(
            evidence=[source], content=report[0],
            series_instance_uid=_uid(str(source.StudyInstanceUID), "sr", bundle.digest),
            series_number=SR_SERIES_NUMBER,
            sop_instance_uid=_uid(str(source.SOPInstanceUID), "sr", bundle.digest, pred.site_profile, version),
            instance_number=number, manufacturer=MANUFACTURER, is_complete=True,
            is_final=review is not None, previous_versions=[previous] if previous is not None else None, **verified)
    sr.SeriesDescription = SERIES_DESCRIPTION
    sr.SoftwareVersions = __version__
    if review is not None:
        sr.VerificationDateTime = _dt.datetime.now().strftime("%Y%m%d%H%M%S")
    return sr


def _person_name(reader: str) -> str:
    """A reader's name as a DICOM person name (``Family^Given``); a name with no family part stays one component."""
    parts = reader.strip().replace("^", " ").split()
    if len(parts) >= 2:
        return f"{parts[-1]}^{' '.join(parts[:-1])}"[:64]
    return (parts[0] if parts else "Unknown reader")[:64]


def encode(ds: Dataset) -> bytes:
    """The object in the DICOM file format (preamble, file meta) as bytes."""
    from io import BytesIO

    buf = BytesIO()
    ds.save_as(buf, enforce_file_format=True)
    return buf.getvalue()


def strip_pixels(ds: Dataset) -> Dataset:
    """A copy of a header without pixel data (kept as the predecessor of a later version)."""
    out = copy.copy(ds)
    for key in ("PixelData",):
        if key in out:
            del out[key]
    return out
