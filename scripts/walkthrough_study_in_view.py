#!/usr/bin/env python3
"""Issue 28's walkthrough in a real window: one patient, one study and the operating point in force.

    DISPLAY=:77 PNEUMOSCAN_HOME=$(mktemp -d) python scripts/walkthrough_study_in_view.py OUT_DIR [--data DIR]

Needs an X display (Xvfb and a window manager such as openbox), ImageMagick's ``import``, xdotool, poppler's
``pdftoppm``, the shipped bundle and ../shared/data (Kermany JPEGs and the real 62-year-old DICOM).  On a fresh
Pneumoscan home (PNEUMOSCAN_HOME) it opens the samples (first launch), relaxes the age check for images with no
age (children up to 12), opens the 62-year-old DICOM (the samples make way), adds a child's study (asked: Add),
applies then clears a site profile fitted on 119 *training* images, replaces the list with a second child's study,
exports the study in view to CSV, prints the DICOM's report page, and shows the low-resolution warning, End,
Ctrl+T and About.  Screenshots go to OUT_DIR; every check is printed and the exit status is 1 if one fails.
The driving (menu actions, dialog buttons) goes through the app's own widgets; keys go through xdotool.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

failures: list[str] = []


def check(ok: bool, what: str) -> None:
    print(("ok    " if ok else "FAIL  ") + what, flush=True)
    if not ok:
        failures.append(what)


def prepare(data: Path, work: Path) -> dict[str, Path]:
    """The studies and the site's labelled images, copied from the shared data (never shipped, never fitted on
    the test split: the site profile is fitted on training images)."""
    import shutil

    out = {k: work / k for k in ("adult_dicom", "studyA", "studyB", "site")}
    for p in out.values():
        p.mkdir(parents=True)
    shutil.copy(next((data / "dicom").glob("1.2.276*.dcm")), out["adult_dicom"])
    test, train = data / "kermany224" / "test", data / "kermany224" / "train"
    for label in ("NORMAL", "PNEUMONIA"):
        files = sorted((test / label).iterdir())
        for f in files[:3]:
            shutil.copy(f, out["studyA"])
        for f in files[-2:]:
            shutil.copy(f, out["studyB"])
        (out["site"] / label).mkdir()
        for f in sorted((train / label).iterdir())[:60]:
            shutil.copy(f, out["site"] / label)
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser()
    p.add_argument("out")
    p.add_argument("--data", default=str(ROOT.parent / "shared" / "data"))
    args = p.parse_args(argv)
    if not os.environ.get("PNEUMOSCAN_HOME"):
        p.error("set PNEUMOSCAN_HOME to an empty folder: the walkthrough starts from a first launch")
    shots = Path(args.out)
    shots.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="walk28_"))
    dirs = prepare(Path(args.data), work)

    from engine.cli.calibrate import main as calibrate

    profile = work / "site_profile.json"
    check(calibrate([str(dirs["site"]), "--out", str(profile)]) == 0, "site profile fitted on 120 training images")

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QFileDialog

    app = QApplication(sys.argv[:1])
    from desktop.app import AppController

    def pump(sec: float = 0.3) -> None:
        end = time.time() + sec
        while time.time() < end:
            app.processEvents()
            time.sleep(0.02)

    def wait(cond, what: str, timeout: float = 240) -> None:
        end = time.time() + timeout
        while time.time() < end:
            app.processEvents()
            if cond():
                return
            time.sleep(0.05)
        raise SystemExit(f"timed out waiting for {what}")

    def shot(name: str) -> None:
        pump(0.8)
        subprocess.run(["import", "-window", "root", str(shots / f"{name}.png")], check=True)
        print(f"      screenshot {name}.png", flush=True)

    def key(k: str) -> None:
        subprocess.run(["xdotool", "search", "--name", "^Pneumoscan$", "windowactivate", "--sync", "key", k], check=False)
        pump(0.5)

    def settled(c) -> bool:
        return c.session.service is not None and c.batch.worker is None and all(
            r.has_current_result for r in c.table.rows)

    c = AppController()
    c.window.show()
    dlg = c.intended_use_dialog
    wait(lambda: dlg is not None and dlg.isVisible(), "the intended-use notice")
    c.start([])
    dlg.accept()
    wait(lambda: settled(c) and len(c.table.rows) > 0, "the samples")
    check(all(r.sample for r in c.table.rows), f"first launch: {len(c.table.rows)} sample images analysed")

    # 1. relaxation with a stated range
    def relax() -> None:
        d = app.activeModalWidget()
        d.relax_boxes["age"].setChecked(True)
        d.unknown_age.setValue(12)
        shot("01_settings_relax_age_up_to_12")
        d.accept()
    QTimer.singleShot(1500, relax)
    c.window.act_settings.trigger()
    wait(lambda: settled(c), "the model with relaxed checks")

    # 2. the 62-year-old DICOM: the samples make way without a question
    c.open_paths([str(dirs["adult_dicom"])])
    wait(lambda: len(c.table.rows) == 1 and settled(c) and c.table.rows[0].prediction is not None, "the DICOM")
    row = c.table.rows[0]
    check(not row.sample and c.opener.question is None, "the samples made way for the patient's image, unasked")
    check(row.prediction.result == "NOT_ASSESSED" and not row.prediction.relaxed_checks,
          f"62-year-old DICOM with the age check relaxed: {row.prediction.result} ({'; '.join(row.prediction.gate_reasons)})")
    c.window.study_list.select_path(row.path)
    wait(lambda: c._current_image is not None and c._current_image.path == row.path, "the DICOM on screen")
    overlay = c.window.viewer.overlay_text()
    pid = row.prediction.metadata.get("PatientID", "")
    check(bool(pid) and f"ID {pid}" in overlay and "62 years / M" in overlay,
          f"overlay shows PatientID and age: {overlay.splitlines()[:3]}")
    shot("02_adult_62y_not_assessed_with_relaxation_on_overlay")

    # 3. a second folder: asked, Add
    c.open_paths([str(dirs["studyA"])])
    wait(lambda: c.opener.question is not None and c.opener.question.isVisible(), "the replace / add question")
    check(c.opener.question.defaultButton().text() == "Replace the list", "the question's default is Replace")
    shot("03_open_second_folder_asks_replace_or_add")
    next(b for b in c.opener.question.buttons() if b.text() == "Add to the list").click()
    wait(lambda: len(c.table.rows) == 7 and settled(c), "study A analysed")
    check(c.last_summary["in_list"]["studies"] == 2, "summary: " + json.dumps(c.last_summary["in_list"]))
    c.window.study_list.select_path(str(sorted(dirs["studyA"].iterdir())[3]))
    shot("04_two_studies_grouped_summary_covers_list")

    # 4. a site profile applied, then cleared
    def site(path: str):
        def run() -> None:
            d = app.activeModalWidget()
            if path:
                sp = d.offer_site_profile(path)
                pump(1)
                shot("05_site_profile_asked_before_use")
                sp.apply_button.click()
            else:
                d.site_profile.clear()
            pump(0.3)
            d.accept()
        return run

    QTimer.singleShot(1500, site(str(profile)))
    c.window.act_settings.trigger()
    wait(lambda: settled(c) and c.bundle.site is not None, "the rows decided under the profile")
    t = c.bundle.threshold
    check(all(r.prediction.threshold == t for r in c.table.rows),
          f"profile applied: every row ({len(c.table.rows)}, not-assessed included) has threshold {t * 100:.0f}")
    c.window.study_list.select_path(str(sorted(dirs["studyA"].iterdir())[3]))
    shot("06_site_profile_in_force_every_row_redecided")
    QTimer.singleShot(1500, site(""))
    c.window.act_settings.trigger()
    wait(lambda: settled(c) and c.bundle.site is None, "the rows decided again without it")
    t = c.bundle.threshold
    check(all(r.prediction.threshold == t for r in c.table.rows), f"profile cleared: every row has threshold {t * 100:.0f}")
    check(c.table.rows[0].prediction.result == "NOT_ASSESSED", "the DICOM's reasons stay: still not assessed")
    c.window.study_list.select_path(c.table.rows[0].path)
    shot("07_site_profile_cleared_dicom_reason_and_threshold_follow")
    events = [json.loads(x) for x in open(c.audit.path, encoding="utf-8") if x.strip()]
    acts = [e["site_profile"]["action"] for e in events if e.get("event") == "site_profile"]
    check(acts[-2:] == ["applied", "cleared"], f"audit log: site profile {acts} (fitted by pneumoscan-calibrate)")
    check(any(e.get("event") == "setting" and e["setting"]["name"] == "relaxed_input_checks" for e in events),
          "audit log: the relaxation is an event")
    c.window.act_audit.trigger()
    pump(1)
    c.audit_dialog.kind.setCurrentIndex(4)  # Model, settings, site profile and readers
    shot("08_audit_log_profile_applied_and_cleared")
    c.audit_dialog.close()

    # 5. replace with study B, export the study in view
    c.open_paths([str(dirs["studyB"])])
    wait(lambda: c.opener.question is not None and c.opener.question.isVisible(), "the question")
    c.opener.question.defaultButton().click()
    wait(lambda: len(c.table.rows) == 4 and settled(c), "study B analysed")
    check(all(r.path.startswith(str(dirs["studyB"])) for r in c.table.rows), "Replace: only study B is in the list")
    shot("09_replace_shows_only_study_b")
    exports = work / "exports"
    exports.mkdir()
    starts: list[str] = []

    def save_dialog() -> None:
        d = app.activeModalWidget()
        shot("11_save_dialog_starts_beside_the_study")
        d.setDirectory(str(exports))  # the clinician picks an exports folder; the suggested name stays
        d.accept()

    def qt_save_dialog(parent, title, start, filt):  # the Qt dialog (no native one under Xvfb), driven as above
        starts.append(start)
        d = QFileDialog(parent, title, start, filt)
        d.setOption(QFileDialog.Option.DontUseNativeDialog)
        d.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        QTimer.singleShot(1200, save_dialog)
        return (d.selectedFiles()[0], "") if d.exec() else ("", "")

    QFileDialog.getSaveFileName = staticmethod(qt_save_dialog)  # type: ignore[method-assign]
    c.window.act_export_all.trigger()
    pump(1)
    check(c.exports.scope_dialog.chosen() == "study", "Export CSV defaults to the study on screen")
    shot("10_export_scope_defaults_to_study_on_screen")
    c.exports.scope_dialog.accept()
    wait(lambda: any(exports.glob("*.csv")), "the CSV")
    pump(1)
    check(Path(starts[0]).parent == work, f"the save dialog started beside the study: {starts[0]}")
    written = next(exports.glob("*.csv"))
    rows = list(csv.DictReader(open(written, encoding="utf-8-sig")))
    check(len(rows) == 4 and {Path(r["path"]).parent for r in rows} == {dirs["studyB"]},
          f"the CSV holds only study B's {len(rows)} rows; status: {c.window.statusBar().currentMessage()!r}")
    shot("12_exported_status_says_rows_and_studies")

    # 6. viewer: a 224-px JPEG, End, Ctrl+T, About
    first = c.window.study_list.filtered_rows()[0]
    c.window.study_list.select_path(first.path)
    wait(lambda: c._current_image is not None and c._current_image.path == first.path, "the JPEG on screen")
    v = c.window.viewer
    check(v.low_resolution() and "LOW RESOLUTION" in v.overlay_text(), f"224-px JPEG at {v.zoom_label.text()}: warned")
    shot("13_224px_jpeg_low_resolution_notice_plain_file_overlay")
    key("End")
    check(c.window.study_list.current_row().path == c.window.study_list.filtered_rows()[-1].path, "End: the last row")
    key("ctrl+t")
    check(not v.overlay_check.isChecked() and "LOW RESOLUTION" in v.overlay_text(), "Ctrl+T: overlay off, warning kept")
    shot("14_ctrl_t_hides_overlay_low_res_warning_stays")
    key("ctrl+t")
    c.window.act_about.trigger()
    pump(1)
    about = c.window.text_dialog.browser.toPlainText()
    check("Manufacturer:" in about and c.bundle.digest in about and "not an approved medical device" in about,
          "About: manufacturer, bundle identity, regulatory status")
    shot("15_about")
    c.window.text_dialog.close()

    # 7. the report page of the DICOM names the patient as the overlay does
    from engine.batch.analysis import Analysis
    from engine.records.report import write_report

    pred = next(Analysis(c.bundle).run([str(next(dirs["adult_dicom"].iterdir()))]))
    pdf = work / "report.pdf"
    write_report([pred], pdf, c.bundle)
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-singlefile", str(pdf), str(shots / "16_report_page_identity")],
                   check=True)
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    check(f"ID: {pid}" in text and "62 years / M" in text, "report page: patient ID and age / sex")
    c.window.close()
    pump(2)
    print(f"{len(failures)} check(s) failed" if failures else "every check passed")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
