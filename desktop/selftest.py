"""``pneumoscan --self-test``: prove an installation works, from source or frozen.

Verifies the model bundle's hashes, reports the inference backend and device,
classifies a bundled PNG and a bundled JPEG-compressed DICOM, computes their
heatmaps, prints a one-page PDF report, receives the DICOM sample over the network on a loopback DICOM node
(pynetdicom) and builds its Secondary Capture and SR (highdicom), builds the main window offscreen, prints one
line, and exits 0 only if all of that worked.
"""

from __future__ import annotations

import os
import platform
import sys
import time
from pathlib import Path


def run_self_test(model_dir: str | None = None, report_file: Path | None = None) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    t_start = time.perf_counter()
    report: dict[str, str] = {}
    failures: list[str] = []

    def step(name: str, fn):
        t0 = time.perf_counter()
        try:
            value = fn()
        except Exception as exc:  # noqa: BLE001 - report every failure, keep checking the rest
            failures.append(f"{name}: {type(exc).__name__}: {exc}")
            return None
        report[name] = f"{time.perf_counter() - t0:.2f}s"
        return value

    from engine import __version__
    from engine.bundle.model_bundle import load_bundle
    from engine.files.resources import default_model_dir, is_frozen, samples_dir

    bundle = step("bundle", lambda: load_bundle(model_dir or default_model_dir(), verify=True))
    clf = None
    if bundle is not None:
        from engine.runners.classifier import Classifier

        clf = step("model", lambda: Classifier(bundle))
    samples = samples_dir()
    results = {}
    if clf is not None:
        from engine.image.io import load_image, sha256_of_file

        for key, name in (("png", "normal_IM-0001-0001.png"), ("dicom", "adult_chest_CR_jpeg_baseline.dcm")):
            def classify(name=name, key=key):
                img = load_image(samples / name)
                # 1.2.840.10008.1.2.4.x: the JPEG family of transfer syntaxes (PS3.5 A.4)
                if key == "dicom" and not img.metadata.get("TransferSyntaxUID", "").startswith("1.2.840.10008.1.2.4."):
                    raise RuntimeError("the sample DICOM is not JPEG-compressed")
                pred = clf.predict(img, sha256=sha256_of_file(samples / name))
                if pred.ok:
                    pred = clf.explain(pred)  # the map the app shows, made as it makes it
                if pred.raw_p_pneumonia is None or pred.status not in ("ok", "out_of_scope"):
                    raise RuntimeError(f"classification failed: {pred.status} {pred.error}")
                hm = pred.heatmap
                if pred.ok and (hm is None or hm.shape != img.pixels.shape or not 0 <= hm.min() <= hm.max() <= 1):
                    raise RuntimeError("heatmap missing or out of range")
                return pred
            results[key] = step(key, classify)

    def print_report():
        """The PDF report (ReportLab and its fonts must travel with a frozen build): one page, with text."""
        import tempfile

        from engine.records.report import write_report

        pred = results.get("png")
        if pred is None:
            raise RuntimeError("no result to print")
        with tempfile.TemporaryDirectory() as tmp:
            pages = write_report([pred], os.path.join(tmp, "r.pdf"), bundle)
            data = open(os.path.join(tmp, "r.pdf"), "rb").read()
        if pages != 1 or not data.startswith(b"%PDF") or b"/Font" not in data:
            raise RuntimeError("the report has no page or no text")
        return True

    def window():
        from PySide6.QtWidgets import QApplication

        from desktop.app import AppController

        app = QApplication.instance() or QApplication([sys.argv[0]])
        c = AppController(model_dir=model_dir, settings=None, cache_path=None, ask_intended_use=False)
        c.window.show()
        app.processEvents()
        ok = c.window.isVisible()
        c.window.close()
        c.shutdown()
        if not ok:
            raise RuntimeError("main window did not show")
        return True

    def qt_binding():
        from desktop.qt_guard import binding_problem

        problem = binding_problem()
        if problem:
            raise RuntimeError(problem)
        return True

    def dicom_node():
        """The node's libraries travel with a frozen build: a loopback C-STORE of the DICOM sample is stored, and
        its result objects are made."""
        import tempfile

        from pydicom import dcmread
        from pynetdicom import AE

        from engine.node.config import NodeConfig
        from engine.node.receiver import StorageReceiver
        from engine.node.store import DicomStore
        from engine.records import dicom_results as dr

        pred = results.get("dicom")
        if pred is None or bundle is None:
            raise RuntimeError("no DICOM result to send back")
        with tempfile.TemporaryDirectory() as tmp:
            store = DicomStore(Path(tmp))
            store.open()
            got: list = []
            receiver = StorageReceiver(NodeConfig(store=Path(tmp), port=0, bind="127.0.0.1").check(), store,
                                       lambda path, _d: got.append(path), lambda _n, _d: None)
            receiver.start()
            try:
                ds = dcmread(samples / "adult_chest_CR_jpeg_baseline.dcm")
                ae = AE(ae_title="SELFTEST")
                ae.add_requested_context(str(ds.SOPClassUID), [str(ds.file_meta.TransferSyntaxUID)])
                assoc = ae.associate("127.0.0.1", receiver.address[1], ae_title="PNEUMOSCAN")
                status = int(assoc.send_c_store(ds).Status) if assoc.is_established else -1
                if assoc.is_established:
                    assoc.release()
            finally:
                receiver.stop()
            if status != 0 or len(got) != 1:
                raise RuntimeError(f"loopback C-STORE answered {status:#06x}")
            header = dr.source_header(str(got[0]))
            dr.encode(dr.result_sr(header, pred, bundle))
            dr.encode(dr.secondary_capture(header, load_image(got[0]).pixels, pred))
        return True

    def languages():
        """Every language the build ships loads (Qt's own translations and Pneumoscan's, desktop.i18n), says a menu
        in its own words, and prints a one-image report in them (Arabic: shaped and right to left, which needs
        arabic-reshaper and python-bidi in the build)."""
        import tempfile

        from PySide6.QtCore import QCoreApplication

        from desktop import i18n
        from engine.records.report import write_report

        app = QCoreApplication.instance()
        shipped = i18n.shipped_languages()
        pred = results.get("png")
        try:
            for lang in shipped[1:]:
                if len(i18n.install(app, lang)) != 2:
                    raise RuntimeError(f"the {lang} translations did not load")
                if QCoreApplication.translate("MainWindow", "Settings\u2026") == "Settings\u2026":
                    raise RuntimeError(f"the {lang} translation does not translate the menus")
                if pred is not None:
                    with tempfile.TemporaryDirectory() as tmp:
                        if write_report([pred], os.path.join(tmp, "r.pdf"), bundle, tr=i18n.TR) != 1:
                            raise RuntimeError(f"the {lang} report has no page")
        finally:
            i18n.install(app, i18n.SOURCE_LANGUAGE)
        return shipped

    step("qt_binding", qt_binding)
    step("dicom_node", dicom_node)
    step("report", print_report)
    step("window", window)
    shipped = step("languages", languages)
    torch_loaded = "torch" in sys.modules
    line = (f"pneumoscan {__version__} self-test {'PASS' if not failures else 'FAIL'}: "
            f"{'frozen' if is_frozen() else 'source'}, python {platform.python_version()}, {platform.system()}; "
            f"model {bundle.summary() if bundle else 'none'}; backend {clf.description if clf else 'none'}; "
            f"torch {'loaded' if torch_loaded else 'not loaded'}; "
            + ", ".join(f"{k} p={v.raw_p_pneumonia:.3f} {v.label or 'not assessed (' + ';'.join(v.gate_codes) + ')'}"
                        for k, v in results.items() if v is not None)
            + f"; languages {','.join(shipped or []) or 'none'}"
            + "; timings " + " ".join(f"{k}={v}" for k, v in report.items())
            + f" total={time.perf_counter() - t_start:.2f}s")
    lines = [line, *(f"  FAILED {f}" for f in failures)]
    print("\n".join(lines), flush=True)
    if report_file is not None:
        # a windowed build has no console to print to: the result is also kept in the log folder
        from engine.files.outputs import atomic_write

        data = ("\n".join(lines) + "\n").encode("utf-8")
        try:
            atomic_write(report_file, lambda fd: os.write(fd, data), overwrite=True)
        except OSError as exc:
            print(f"  (the report could not be written to {report_file}: {exc})", flush=True)
    return 0 if not failures else 1
