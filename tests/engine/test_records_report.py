"""engine.records.report: the PDF report -- text, page numbers, one image per page, cancel, and where it is
written.

Gathered, when the tests were named for the modules they test, from: test_clinician.py (The clinician's side
(issue 13): reviews, the printable report, site calibration); test_reading_store_hardening.py (What an
adversarial pass over the reading features found (issue 26 review): each case stays fixed);
test_untrusted_disk.py (Issue 27: nothing read back from disk decides a label unverified, and no output ever
destroys an input).
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest
from factories import csv_rows, gradient, make_dicom, noisy_images, run_predict, trust_args, write_raster

from engine.bundle.model_bundle import load_bundle
from engine.records.results_csv import StreamingCsv


def _pdf_text(pdf: Path) -> str | None:
    if not shutil.which("pdftotext"):
        return None
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def _page_count(pdf: Path) -> int:
    data = pdf.read_bytes()
    return data.count(b"/Type /Page\n") + data.count(b"/Type /Page ") + data.count(b"/Type /Page/")


def _text(pdf: Path) -> str:
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) is not installed; .ci/run installs it")
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(out.split())


@pytest.mark.hazard("H-014", "H-030", "H-045")
def test_report_has_text_page_numbers_and_patient_on_every_image_page(tmp_path: Path, tiny_bundle: Path) -> None:
    from factories import make_dicom

    from engine.batch.analysis import Analysis
    from engine.records.readings import ReviewStore
    from engine.records.report import write_report

    for i in range(2):
        write_raster(tmp_path / f"i{i}.png", gradient(96, 96, maxval=255, seed=i).astype(np.uint8))
    make_dicom(tmp_path / "IM1", gradient(maxval=4095))
    bundle = load_bundle(tiny_bundle)
    preds = list(Analysis(bundle).run([str(tmp_path / "i0.png"), str(tmp_path / "i1.png"), str(tmp_path / "IM1")]))
    store = ReviewStore(tmp_path / "r.sqlite")
    store.record(preds[2], "PNEUMONIA", "patchy RLL", reader="Dr Ama Mensah")
    n = write_report(preds, tmp_path / "r.pdf", bundle, store, prevalence=0.2)
    assert n == 4 and _page_count(tmp_path / "r.pdf") == 4
    one = write_report(preds[2:], tmp_path / "one.pdf", bundle, store)
    assert one == 1 and _page_count(tmp_path / "one.pdf") == 1  # one image, one page
    text = _pdf_text(tmp_path / "r.pdf")
    if text is None:
        pytest.skip("pdftotext (poppler-utils) is not installed; .ci/run installs it")
    pages = [" ".join(p.split()) for p in text.split("\f")]
    assert "Page 1 of 4" in pages[0] and "Images: 3" in pages[0] and "Dr Ama Mensah" in pages[0]
    for k, page in enumerate(pages[1:4], start=2):
        assert f"Page {k} of 4" in page and "Patient ID" in page and "Study date" in page
    dicom_page = pages[3]
    assert "TEST-001" in dicom_page and "2026-01-01" in dicom_page and "patchy RLL" in dicom_page
    # the viewer's overlay on paper: the name (read from the file for the page only), age / sex and view
    assert "Patient: DOE, Jane" in dicom_page and "Age / sex: 3 years / F" in dicom_page and "View: AP" in dicom_page
    assert "plain image file: no patient name" in pages[1]
    assert "threshold 50" in dicom_page and "0.5" not in dicom_page.split("threshold")[1][:6]
    normal_pages = [p for p in pages[1:4] if "No pneumonia pattern found" in p]
    for p in normal_pages:
        assert "not assessed" in p and "Heatmap:" not in p  # a NORMAL page shows the radiograph once
    one_text = " ".join(_pdf_text(tmp_path / "one.pdf").split())
    # a one-image report is one page: the summary lines (model, identity, operating point) sit at its foot
    assert "Page 1 of 1" in one_text and "bundle identity" in one_text and "Operating point" in one_text


@pytest.mark.hazard("H-030")
def test_report_cancel_leaves_nothing(tmp_path: Path, tiny_bundle: Path) -> None:
    import threading

    from engine.batch.analysis import Analysis
    from engine.records.report import ReportCancelled, write_report

    write_raster(tmp_path / "a.png", gradient(96, 96, maxval=255).astype(np.uint8))
    bundle = load_bundle(tiny_bundle)
    preds = list(Analysis(bundle).run([str(tmp_path / "a.png")])) * 5
    stop = threading.Event()
    seen = []

    def progress(done, total):
        seen.append((done, total))
        if done == 2:
            stop.set()

    with pytest.raises(ReportCancelled):
        write_report(preds, tmp_path / "r.pdf", bundle, progress=progress, cancel=stop)
    assert seen == [(1, 5), (2, 5)] and not list(tmp_path.glob("*.pdf*")) and not list(tmp_path.glob(".r.pdf*"))


@pytest.mark.hazard("H-030")
def test_report_lines_without_spaces_are_cut_to_the_page() -> None:
    """A UID file name or a note with no spaces is cut by character: nothing runs off the paper."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from engine.records.report import _hard_wrap, fonts

    _regular, bold = fonts()
    name = "1.2.276.0.7230010.3.1.4.8323329.6904.1517875201.850819.dcm"
    lines = _hard_wrap([name, "short"], bold, 15, 300)
    assert "".join(lines[:-1]) == name and lines[-1] == "short" and len(lines) >= 3
    assert all(stringWidth(x, bold, 15) <= 300 for x in lines)


@pytest.mark.needs_torch  # expects the random DenseNet test bundle's NORMAL results
@pytest.mark.hazard("H-030")
def test_report_pages_never_pair_a_result_with_another_image_and_never_overflow(tmp_path: Path,
                                                                                tiny_bundle: Path) -> None:
    from engine.batch.analysis import Analysis
    from engine.bundle.model_bundle import load_bundle
    from engine.records.readings import ReviewStore
    from engine.records.report import write_report

    write_raster(tmp_path / "a.png", gradient(96, 96, maxval=255, seed=1).astype(np.uint8))
    make_dicom(tmp_path / "IM1", gradient(maxval=4095),
               extra={"SpecificCharacterSet": "ISO_IR 192", "PatientID": "\u738b\u4f1f", "AccessionNumber": "A" * 16})
    make_dicom(tmp_path / "IM2", gradient(maxval=4095, seed=3),
               extra={"SpecificCharacterSet": "ISO_IR 192", "PatientID": "\u674e\u4f1f"})
    bundle = load_bundle(tiny_bundle)
    preds = list(Analysis(bundle).run([str(tmp_path / n) for n in ("a.png", "IM1", "IM2")]))
    store = ReviewStore(tmp_path / "r.sqlite")
    store.record(preds[1], "PNEUMONIA", note="lobar opacity " * 142, reader="Dr A")  # 1,988 characters
    write_raster(tmp_path / "a.png", gradient(300, 200, maxval=255, seed=9).astype(np.uint8))  # replaced after analysis
    assert write_report(preds, tmp_path / "r.pdf", bundle, store) == 4
    text = _text(tmp_path / "r.pdf")
    assert "HAS CHANGED SINCE IT WAS ANALYSED" in text and "Results: NORMAL" in text and "Not 1" not in text
    assert "U+738B U+4F1F" in text and "U+674E U+4F1F" in text  # two patients, two identifiers, never two "□□"
    assert "more characters: the whole note is in the CSV" in text
    one = write_report(preds[1:2], tmp_path / "one.pdf", bundle, store)
    assert one == 1 and "Page 1 of 1" in _text(tmp_path / "one.pdf")
    assert write_report([], tmp_path / "empty.pdf", bundle) == 1 and "Images: 0" in _text(tmp_path / "empty.pdf")
    assert (tmp_path / "r.pdf").stat().st_mode & 0o077 == 0  # patient IDs inside: readable by this account only


@pytest.mark.hazard("H-030")
def test_cli_keeps_going_without_a_readable_reading_database_and_says_what_a_resumed_report_leaves_out(
        tiny_bundle: Path, tmp_path: Path, monkeypatch) -> None:
    from engine.cli.predict import main
    from engine.files.resources import reviews_path

    folder = tmp_path / "s"
    folder.mkdir()
    for i in range(3):
        write_raster(folder / f"i{i}.png", gradient(96, 96, maxval=255, seed=i).astype(np.uint8))
    reviews_path().parent.mkdir(parents=True, exist_ok=True)
    reviews_path().write_bytes(b"not a database" * 300)
    out = tmp_path / "o.csv"
    assert main([str(folder), "--csv", str(out), "--model", str(tiny_bundle), *trust_args(tiny_bundle), "--quiet"]) == 0
    assert len(out.read_text(encoding="utf-8-sig").splitlines()) == 4
    reviews_path().unlink()
    # an interrupted run with one finished row, resumed with --report: the report says what it leaves out
    from engine.batch.analysis import Analysis
    from engine.bundle.model_bundle import load_bundle

    partial = StreamingCsv(tmp_path / "r.csv", bundle_sha256=load_bundle(tiny_bundle).digest)
    partial.write(next(iter(Analysis(load_bundle(tiny_bundle)).run([str(folder / "i0.png")]))))
    partial.close()
    assert main([str(folder), "--csv", str(tmp_path / "r.csv"), "--model", str(tiny_bundle), *trust_args(tiny_bundle),
                 "--resume", "--report", str(tmp_path / "r.pdf"), "--quiet"]) == 0
    assert "Not in this report: 1 image(s) finished by an earlier, interrupted run" in _text(tmp_path / "r.pdf")


@pytest.mark.hazard("H-024")
def test_report_is_written_beside_the_csv_and_replaced_only_with_overwrite(tiny_bundle: Path, tmp_path: Path) -> None:
    folder = noisy_images(tmp_path / "s", 2)
    assert run_predict(tiny_bundle, str(folder), "--csv", str(tmp_path / "r.csv"), "--report", str(tmp_path / "r.pdf")) == 0
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF") and len(csv_rows(tmp_path / "r.csv")) == 2
    assert run_predict(tiny_bundle, str(folder), "--csv", str(tmp_path / "r.csv"), "--report", str(tmp_path / "r.pdf"),
                "--overwrite") == 0
