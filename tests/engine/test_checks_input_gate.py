"""engine.checks.input_gate: DICOM tag checks (modality, body part, view, age), relaxations recorded and never
silent, and the gate's plain reasons.

Gathered, when the tests were named for the modules they test, from: test_integrity.py (Trust what decides a
label; survive hostile files, names and disks without losing a row (issue 11)); test_messages_and_tools.py
(Plain messages (gate reasons, results), the CSV's result column, the batch's progress lines in a log, and
the); test_safety.py (Input gate, audit trail, fuzzing, and no lost work); test_untrusted_disk.py (Issue 27:
nothing read back from disk decides a label unverified, and no output ever destroys an input).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pydicom
import pydicom.data
import pytest
from factories import gradient, make_dicom

from engine.checks.input_gate import GatePolicy, check_tags, parse_age_years
from engine.image.io import load_image
from engine.runners.classifier import Classifier

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("age", ["abc", "12X", "-5Y", "999999"])
@pytest.mark.hazard("H-018")
def test_malformed_age_is_gated_and_never_relaxed(age: str) -> None:
    found = check_tags({"PatientAge": age}, None)
    # an age the file records but nobody can read is not "no recorded age": the relaxation never covers it
    assert [(n, f.code) for n, f in found] == [("age_stated", "age_unreadable")]
    assert "cannot be read" in found[0][1].message


@pytest.mark.parametrize("age, years", [("62 years", 62), ("62 Years old", 62), ("5 mo", 5 / 12), ("3 wks", 3 / 52.18),
                                        ("10 days", 10 / 365.25), ("004Y", 4), ("62", 62), ("2y", 2)])
@pytest.mark.hazard("H-018")
def test_ages_as_people_write_them_are_read(age: str, years: float) -> None:
    from engine.checks.input_gate import parse_age_years

    assert parse_age_years(age) == pytest.approx(years)


@pytest.mark.hazard("H-011")
def test_malformed_age_gates_the_image_even_when_relaxed(tmp_path: Path, tiny_bundle: Path) -> None:
    path = make_dicom(tmp_path / "a.dcm", gradient(96, 96, maxval=4095), age="1A")
    gated = next(Classifier(tiny_bundle).predict_many([path]))
    assert gated.status == "out_of_scope" and gated.gate_codes == ("age_unreadable",)
    relaxed = next(Classifier(tiny_bundle, gate_policy=GatePolicy(frozenset({"age"}), 12)).predict_many([path]))
    assert relaxed.status == "out_of_scope" and relaxed.gate_codes == ("age_unreadable",)
    assert relaxed.relaxed_checks == ()


@pytest.mark.parametrize("meta, admitted", [
    ({}, True),  # the file records no age at all: the clinic's "children up to 12" stands in for it
    ({"PatientAge": "62 years"}, False),  # an adult's age as a RIS writes it
    ({"PatientAge": "062Y", "PatientAgeProblem": "PatientBirthDate '19561301' is not a date."}, False),
    ({"PatientAge": "5 lustra"}, False),  # recorded but unreadable
    ({"PatientAge": "004Y"}, False),  # a child's age beside an adult-looking image: check the image is the patient's
])
@pytest.mark.hazard("H-011")
def test_relaxed_age_admits_only_images_that_record_no_age(meta: dict, admitted: bool) -> None:
    """Walkthrough finding: a 62-year-old with a garbled birth date, or "62 years", was labelled with the age check
    relaxed.  An adult-looking image (score 4.31 over its cut-off) is admitted only where the file records no age."""
    from engine.checks.input_gate import evaluate

    findings, relaxed = evaluate(meta, None, None, None, GatePolicy(frozenset({"age"}), 12), adult_score=4.31,
                                 adult_cutoff=-0.02)
    assert (not findings) == admitted
    assert bool(relaxed) == admitted


@pytest.mark.hazard("H-018")
def test_age_is_derived_from_birth_and_study_dates(tmp_path: Path) -> None:
    from engine.image.io import load_image

    adult = make_dicom(tmp_path / "adult.dcm", gradient(96, 96, maxval=4095), age=None,
                       extra={"PatientBirthDate": "19600101"})
    md = load_image(adult).metadata
    assert md["PatientAge"] == "066Y" and "PatientBirthDate" not in md
    assert [f.code for _, f in check_tags(md, None)] == ["age_outside_population"]
    child = make_dicom(tmp_path / "child.dcm", gradient(96, 96, maxval=4095), age=None,
                       extra={"PatientBirthDate": "20230115"})
    assert check_tags(load_image(child).metadata, None) == []


@pytest.mark.parametrize("extra", [{"SeriesDescription": "CHEST LAT"}, {"ProtocolName": "Thorax lateral"},
                                   {"SeriesDescription": "Chest, left lateral decubitus"}])
@pytest.mark.hazard("H-016")
def test_lateral_hint_without_view_position_is_gated(tmp_path: Path, extra: dict) -> None:
    from engine.image.io import load_image

    path = make_dicom(tmp_path / "lat.dcm", gradient(96, 96, maxval=4095), view=None, extra=extra)
    found = check_tags(load_image(path).metadata, None)
    assert [(n, f.code) for n, f in found] == [("view", "view_not_frontal")]
    # a frontal ViewPosition is trusted over descriptions; a word that merely contains "lat" is no hint
    assert check_tags({"ViewPosition": "AP", **extra}, None) == []
    assert check_tags({"SeriesDescription": "BILATERAL CHEST PLATE"}, None) == []


@pytest.mark.hazard("H-016")
def test_view_code_sequence_lateral_is_gated(tmp_path: Path) -> None:
    from pydicom.dataset import Dataset
    from pydicom.sequence import Sequence

    from engine.image.io import load_image

    code = Dataset()
    code.CodeValue, code.CodingSchemeDesignator, code.CodeMeaning = "R-10236", "SRT", "left lateral"
    path = make_dicom(tmp_path / "vc.dcm", gradient(96, 96, maxval=4095), view=None,
                      extra={"ViewCodeSequence": Sequence([code])})
    md = load_image(path).metadata
    assert md["ViewCodeMeaning"] == "left lateral"
    assert [f.code for _, f in check_tags(md, None)] == ["view_not_frontal"]


@pytest.mark.hazard("H-016")
def test_gate_reasons_are_short_plain_sentences_with_the_numbers_apart() -> None:
    from engine.checks.input_gate import check_adult, check_ood, check_tags, evaluate, pair

    assert pair(6.8312, 6.79) == ("6.83", "6.79") and pair(6.8012, 6.8004) == ("6.801", "6.800")
    ood = check_ood(6.8012, 6.8004)  # once "6.8 > 6.8": now as many decimals as tell them apart
    assert "6.8 > 6.8" not in ood.detail and "score 6.801, cut-off 6.800" in ood.detail
    assert "score" not in ood.message and ood.message.endswith(".")
    # a DICOM that states an adult age: two plain reasons, and no advice to relax the age check
    findings, _ = evaluate({"PatientAge": "062Y"}, None, 1.0, 5.0, None, adult_score=4.31, adult_cutoff=-0.02)
    assert [f.code for f in findings] == ["age_outside_population", "looks_adult"]
    assert findings[0].message == "The patient is 62 years old; the model is meant for children aged 1-5."
    assert all("relax" not in (f.message + f.detail).lower() for f in findings)
    assert findings[1].detail.startswith("Adult-appearance score 4.31, cut-off -0.02")
    # no age in the file: the pixels are the only evidence, and the detail says what can be done
    adult = check_adult(4.31, -0.02, None)
    assert "relaxed in Settings" in adult.detail and "relax" not in adult.message.lower()
    # a stated child's age beside an adult-looking image: check the image belongs to the patient
    assert "belongs to this patient" in check_adult(4.31, -0.02, 3.0).detail
    (view,) = check_tags({"ViewPosition": "LL"})
    assert view[1].message == "This is a lateral view; the model reads frontal (AP/PA) chest X-rays only."


@pytest.mark.hazard("H-018")
def test_age_strings() -> None:
    assert parse_age_years("003Y") == 3 and parse_age_years("018M") == 1.5
    assert parse_age_years("045Y") == 45 and parse_age_years("") is None and parse_age_years("abc") is None
    assert parse_age_years("62") == 62  # non-standard but common: a bare number of years


@pytest.mark.parametrize("tags,code", [
    ({"view": "LL"}, "view_not_frontal"),
    ({"modality": "CT"}, "modality_not_radiograph"),
    ({"age": "045Y"}, "age_outside_population"),
    ({"body_part": "ABDOMEN"}, "body_part_not_chest"),
])
@pytest.mark.hazard("H-016")
def test_gate_rules_on_generated_dicoms(tiny_bundle: Path, tmp_path: Path, tags: dict, code: str) -> None:
    kw = {"view": "AP", "modality": "DX", "age": "003Y", "body_part": "CHEST", **tags}
    path = make_dicom(tmp_path / "x.dcm", gradient(96, 96, maxval=4095), **kw)
    good = make_dicom(tmp_path / "good.dcm", gradient(96, 96, maxval=4095))
    bad_pred, good_pred = list(Classifier(tiny_bundle).predict_many([path, good]))
    assert good_pred.status == "ok" and good_pred.label is not None
    assert bad_pred.status == "out_of_scope"
    assert bad_pred.gate_codes == (code,)
    assert bad_pred.label is None and bad_pred.p_pneumonia is None and bad_pred.result == "NOT_ASSESSED"
    assert bad_pred.raw_p_pneumonia is not None  # kept for audit
    # one short plain sentence, its numbers apart
    (reason,) = bad_pred.gate_reasons
    assert reason.endswith(".") and len(reason) < 110 and "score" not in reason and len(bad_pred.gate_details) == 1


@pytest.mark.hazard("H-011")
def test_relaxed_check_is_recorded_not_silent(tiny_bundle: Path, tmp_path: Path) -> None:
    path = make_dicom(tmp_path / "ct.dcm", gradient(96, 96, maxval=4095), modality="CR", body_part="ABDOMEN")
    pred = next(Classifier(tiny_bundle, gate_policy=GatePolicy(frozenset({"body_part"}))).predict_many([path]))
    assert pred.status == "ok" and pred.relaxed_checks == ("body_part:body_part_not_chest",)
    with pytest.raises(ValueError):
        GatePolicy(frozenset({"ood"}))  # the image check cannot be relaxed


@pytest.mark.hazard("H-011")
def test_a_stated_adult_age_is_never_relaxed(tiny_bundle: Path, tmp_path: Path) -> None:
    """Issue 28: one checkbox labelled adults; a stated age outside the population is never assessed."""
    path = make_dicom(tmp_path / "adult.dcm", gradient(96, 96, maxval=4095), age="062Y")
    pred = next(Classifier(tiny_bundle, gate_policy=GatePolicy(frozenset({"age"}), 12)).predict_many([path]))
    assert pred.status == "out_of_scope" and "age_outside_population" in pred.gate_codes and not pred.relaxed_checks
    with pytest.raises(ValueError, match="oldest age"):
        GatePolicy(frozenset({"age"}))  # no range: no relaxation
    with pytest.raises(ValueError):
        GatePolicy(frozenset({"age"}), 40)  # not a child's age
    assert GatePolicy.parse("view,age:12") == GatePolicy(frozenset({"view", "age"}), 12.0)


@pytest.mark.hazard("H-016")
def test_pydicom_ct_and_mr_are_gated_by_tags() -> None:
    from engine.image.io import load_image

    for name in ("CT_small.dcm", "MR_small.dcm"):
        md = load_image(pydicom.data.get_testdata_file(name)).metadata
        checks = [c for c, _ in check_tags(md, {"modalities": ["CR", "DX", "DR"]})]
        assert checks[0] == "modality"


@pytest.mark.parametrize("tags,why", [
    ({"PatientBirthDate": "20240601", "StudyDate": "20230101"}, "after the study date"),
    ({"PatientBirthDate": "29990101", "StudyDate": "20230101"}, "in the future"),
    ({"PatientBirthDate": "20200101", "StudyDate": "29990101"}, "in the future"),
    ({"PatientBirthDate": "18000101", "StudyDate": "20230101"}, "over 150"),
    ({"PatientAge": "200Y"}, "over 150"),
])
@pytest.mark.hazard("H-018")
def test_dates_that_cannot_be_an_age_gate_the_image(tmp_path: Path, tags: dict, why: str) -> None:
    """Before: a birth date after the study date ran no age check and the image got a label."""
    from engine.checks.input_gate import check_tags

    path = make_dicom(tmp_path / "x.dcm", gradient(96, 96, 4095).astype(np.uint16))
    import pydicom

    ds = pydicom.dcmread(path)
    for k, v in tags.items():
        setattr(ds, k, v)
    ds.save_as(path)
    meta = load_image(path).metadata
    findings = [f for _name, f in check_tags(meta)]
    codes = [f.code for f in findings]
    assert "age_unreadable" in codes, (meta, codes)
    assert why in " ".join(f.detail for f in findings)


@pytest.mark.parametrize("tags", [{"PatientBirthDate": "20200230"}, {"StudyDate": "00000000"},
                                  {"PatientBirthDate": "2020-01-01"}])
@pytest.mark.hazard("H-018")
def test_a_date_that_is_no_date_gates_the_age(tmp_path: Path, tags: dict) -> None:
    import pydicom

    from engine.checks.input_gate import check_tags

    path = make_dicom(tmp_path / "x.dcm", gradient(96, 96, 4095).astype(np.uint16))
    ds = pydicom.dcmread(path)
    for k, v in tags.items():
        setattr(ds, k, v)
    ds.save_as(path)
    assert "age_unreadable" in [f.code for _n, f in check_tags(load_image(path).metadata)]
