"""engine.records.dicom_results: the Secondary Capture and the TID 1500 SR sent to the PACS, checked by
dicom3tools' dciodvfy where it is installed (.ci/run installs it)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest
from factories import gradient, make_dicom, ok_prediction
from pydicom import dcmread

pytest.importorskip("highdicom")
from engine.records import dicom_results as dr  # noqa: E402
from engine.runners.results import Prediction  # noqa: E402

DCIODVFY = "/usr/bin/dciodvfy" if Path("/usr/bin/dciodvfy").exists() else shutil.which("dciodvfy")


class Bundle:
    name, version, digest, threshold = "pneumoscan-test", "1.0", "ab" * 32, 0.5


def source(tmp_path: Path, **kw) -> Path:
    return make_dicom(tmp_path / "src.dcm", gradient(128, 96, maxval=4095), **kw)


def errors_of(ds, tmp_path: Path) -> list[str]:
    if DCIODVFY is None:
        pytest.skip("dciodvfy (Debian dicom3tools) is not installed; .ci/run installs it")
    path = tmp_path / "out.dcm"
    path.write_bytes(dr.encode(ds))
    out = subprocess.run([DCIODVFY, str(path)], capture_output=True, text=True, timeout=60)
    return [line for line in (out.stdout + out.stderr).splitlines() if line.startswith("Error")]


@pytest.mark.hazard("H-040")
def test_secondary_capture_burns_in_the_result_and_says_it_is_decision_support(tmp_path: Path) -> None:
    src = source(tmp_path)
    header = dr.source_header(str(src))
    pred = ok_prediction(str(src), label="PNEUMONIA", band="pneumonia", p_pneumonia=0.91, threshold=0.5,
                         cam=np.linspace(0, 1, 64, dtype=np.float32).reshape(8, 8))
    sc = dr.secondary_capture(header, np.asarray(gradient(128, 96, maxval=255), np.float32) / 255, pred)
    assert sc.BurnedInAnnotation == "YES" and sc.Modality == "OT"
    assert "not for diagnosis" in sc.SeriesDescription
    assert sc.StudyInstanceUID == header.StudyInstanceUID and sc.PatientID == header.PatientID
    rgb = sc.pixel_array
    assert rgb.ndim == 3 and rgb.shape[2] == 3 and rgb.shape[1] == 96 and rgb.shape[0] > 128  # the text band above
    assert rgb[: rgb.shape[0] - 128].max() > 200, "the text is written"
    # the same result twice is the same object (an idempotent resend), another site profile another
    again = dr.secondary_capture(header, np.zeros((128, 96), np.float32), pred)
    assert again.SOPInstanceUID == sc.SOPInstanceUID
    assert errors_of(sc, tmp_path) == []


@pytest.mark.hazard("H-040")
def test_sr_states_finding_probability_threshold_and_algorithm(tmp_path: Path) -> None:
    header = dr.source_header(str(source(tmp_path)))
    pred = ok_prediction("x", label="NORMAL", band="normal", p_pneumonia=0.12, threshold=0.5,
                         bundle_sha256=Bundle.digest)
    sr = dr.result_sr(header, pred, Bundle())
    assert sr.VerificationFlag == "UNVERIFIED" and sr.SOPClassUID == "1.2.840.10008.5.1.4.1.1.88.34"
    assert sr.ContentTemplateSequence[0].TemplateIdentifier == "1500"
    text = _walk(sr)
    assert "Pneumonia" in text and "Absent" in text and "0.12" in text and "Decision threshold" in text
    assert Bundle.digest in text and "pneumoscan-test" in text
    assert errors_of(sr, tmp_path) == []


@pytest.mark.hazard("H-040")
def test_sr_of_a_withheld_result_gives_the_reason_and_no_finding(tmp_path: Path) -> None:
    header = dr.source_header(str(source(tmp_path, age="045Y")))
    pred = Prediction(path="x", status="out_of_scope", gate_codes=("age_outside_population",),
                      gate_details=("PatientAge 045Y",), bundle_sha256=Bundle.digest)
    sr = dr.result_sr(header, pred, Bundle())
    text = _walk(sr)
    assert "Not assessed" in text and "Absent" not in text and "Present" not in text
    assert errors_of(sr, tmp_path) == []


@pytest.mark.hazard("H-040")
def test_a_source_without_patient_name_or_a_valid_age_still_makes_valid_objects(tmp_path: Path) -> None:
    src = source(tmp_path)
    ds = dcmread(src)
    for key in ("PatientName", "PatientID", "StudyDate", "AccessionNumber"):
        if key in ds:
            delattr(ds, key)
    ds.PatientAge = "62"  # not an Age String: not copied
    ds.save_as(src)
    header = dr.source_header(str(src))
    assert header.PatientName == "" and "PatientAge" not in header
    pred = ok_prediction("x", label="NORMAL", band="normal", p_pneumonia=0.2)
    assert errors_of(dr.result_sr(header, pred, Bundle()), tmp_path) == []
    assert errors_of(dr.secondary_capture(header, np.zeros((128, 96), np.float32), pred), tmp_path) == []


@pytest.mark.hazard("H-040")
def test_verified_version_names_the_reader_and_its_predecessor(tmp_path: Path) -> None:
    header = dr.source_header(str(source(tmp_path)))
    pred = ok_prediction("x", label="NORMAL", band="normal", p_pneumonia=0.2)

    class Reading:
        reader, reviewed_at = "Dr Jo Smith", "2026-12-04T10:00:00+00:00"

    first = dr.result_sr(header, pred, Bundle())
    second = dr.result_sr(header, pred, Bundle(), review=Reading(), previous=first)
    assert second.VerificationFlag == "VERIFIED"
    assert str(second.VerifyingObserverSequence[0].VerifyingObserverName) == "Smith^Dr Jo"
    assert second.SOPInstanceUID != first.SOPInstanceUID and second.SeriesInstanceUID == first.SeriesInstanceUID
    assert errors_of(second, tmp_path) == []


def test_a_file_that_is_not_dicom_or_has_no_study_is_not_sendable(tmp_path: Path) -> None:
    (tmp_path / "a.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    with pytest.raises(dr.NotSendable, match="not a DICOM file"):
        dr.source_header(str(tmp_path / "a.png"))
    src = source(tmp_path)
    ds = dcmread(src)
    del ds.StudyInstanceUID
    ds.save_as(src)
    with pytest.raises(dr.NotSendable, match="StudyInstanceUID"):
        dr.source_header(str(src))


def _walk(ds) -> str:
    out = []
    for item in ds.get("ContentSequence", []):
        for key in ("ConceptNameCodeSequence", "ConceptCodeSequence"):
            out += [str(c.CodeMeaning) for c in item.get(key, [])]
        out += [str(item.get("TextValue", ""))]
        out += [str(m.NumericValue) for m in item.get("MeasuredValueSequence", [])]
        out.append(_walk(item))
    return " | ".join(x for x in out if x)
