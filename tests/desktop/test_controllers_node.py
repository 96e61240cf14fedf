"""desktop.controllers.node: the app's DICOM node -- off by default, its settings checked and audited, arrivals at
the top of the study list next to their study, the status bar saying what it does, a reading sent back."""

from __future__ import annotations

from pathlib import Path

import pytest
from factories import gradient, make_dicom
from pydicom import dcmread

pytest.importorskip("pynetdicom")
from pynetdicom import AE, evt  # noqa: E402
from pynetdicom.sop_class import (  # noqa: E402
    Comprehensive3DSRStorage,
    DigitalXRayImageStorageForPresentation,
    SecondaryCaptureImageStorage,
)


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def send(port: int, *paths: Path) -> None:
    ae = AE(ae_title="XRAY")
    ae.add_requested_context(DigitalXRayImageStorageForPresentation, ["1.2.840.10008.1.2.1"])
    assoc = ae.associate("127.0.0.1", port, ae_title="PNEUMOSCAN")
    assert assoc.is_established
    for p in paths:
        assert int(assoc.send_c_store(dcmread(p)).Status) == 0
    assoc.release()


@pytest.fixture()
def app_with_node(qtbot, tiny_bundle: Path, tmp_path: Path):
    from PySide6.QtCore import QSettings

    from desktop.app import AppController

    qs = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    qs.setValue("model/trusted_bundles", [])
    ctrl = AppController(tiny_bundle, settings=qs, ask_intended_use=False)
    if ctrl.trust_dialog is not None:
        ctrl.trust_dialog.accept()
    qtbot.waitUntil(lambda: ctrl.session.service is not None, timeout=60000)
    yield ctrl
    ctrl.shutdown()


@pytest.mark.hazard("H-050")
def test_the_node_is_off_until_it_is_turned_on(app_with_node) -> None:
    assert app_with_node.node.service is None
    assert app_with_node.node.label.text() == "DICOM node: off"
    assert "DICOM node" in [a.text().rstrip("\u2026") for a in app_with_node.window.shortcut_actions()]


class Pacs:
    def __init__(self) -> None:
        self.received: list = []
        ae = AE(ae_title="PACS")
        for cx in (SecondaryCaptureImageStorage, Comprehensive3DSRStorage):
            ae.add_supported_context(cx)
        self.server = ae.start_server(("127.0.0.1", 0), block=False,
                                      evt_handlers=[(evt.EVT_C_STORE, lambda e: self.received.append(e.dataset) or 0)])
        self.port = self.server.server_address[1]


def node_on(ctrl, tmp_path: Path, port: int, pacs: Pacs | None) -> None:
    ctrl.settings.set_node_values({"enabled": True, "ae_title": "PNEUMOSCAN", "port": port, "bind": "127.0.0.1",
                                   "allow": "", "store": str(tmp_path / "store"),
                                   "send_to": f"PACS@127.0.0.1:{pacs.port}" if pacs else "", "watch": ""})
    ctrl.node.start(ctrl.bundle)
    assert ctrl.node.service is not None, ctrl.node.error


class Reading:  # what the reading store hands the signal (engine.records.readings.Review's fields)
    def __init__(self, path: str, sha: str, reading: str = "NORMAL", result: str = "PNEUMONIA") -> None:
        self.path, self.file_sha256, self.reading, self.result = path, sha, reading, result
        self.reader, self.reviewed_at, self.note = "Amina Diallo", "2026-12-04T10:00:00+00:00", ""
        self.verdict = "agree" if reading == result else "disagree"


@pytest.mark.hazard("H-040")
def test_arrivals_come_first_marked_new_and_a_reading_is_sent_back(app_with_node, qtbot, tmp_path: Path) -> None:
    ctrl = app_with_node
    pacs = Pacs()
    try:
        port = free_port()
        node_on(ctrl, tmp_path, port, pacs)
        ctrl.open_paths([str(make_dicom(tmp_path / "opened.dcm", gradient(96, 96, maxval=4095)))])
        qtbot.waitUntil(lambda: len(ctrl.table.rows) == 1 and ctrl.table.rows[0].prediction is not None,
                        timeout=30000)
        (tmp_path / "m").mkdir()
        first = make_dicom(tmp_path / "m" / "a.dcm", gradient(96, 96, maxval=4095, seed=1))
        same_study = make_dicom(tmp_path / "m" / "b.dcm", gradient(96, 96, maxval=4095, seed=2),
                                extra={"StudyInstanceUID": str(dcmread(first).StudyInstanceUID)})
        send(port, first)
        qtbot.waitUntil(lambda: len(ctrl.table.rows) == 2 and ctrl.table.rows[0].prediction is not None, timeout=60000)
        send(port, same_study)
        qtbot.waitUntil(lambda: len(ctrl.table.rows) == 3 and ctrl.table.rows[0].prediction is not None, timeout=60000)
        rows = ctrl.table.rows
        assert Path(rows[0].path).stem == str(dcmread(same_study).SOPInstanceUID)  # newest first, with its study
        assert Path(rows[1].path).stem == str(dcmread(first).SOPInstanceUID)
        assert rows[0].study.key == rows[1].study.key and rows[2].path.endswith("opened.dcm")
        # on screen (the list is grouped by study): the arrivals' study above the one opened by hand, marked new
        view = ctrl.window.study_list
        assert view.proxy.index(0, ctrl.table.FILE).data().startswith("\u25cf new")
        assert view.proxy.index(2, ctrl.table.FILE).data() == "opened.dcm"
        ctrl.node.refresh_label()
        text = ctrl.node.label.text()
        assert f"receiving as PNEUMOSCAN on port {port}" in text and "2 analysed" in text and "2 new" in text
        # opening an arrival takes its "new" mark away
        view.table.setCurrentIndex(view.proxy.index(0, 0))
        qtbot.waitUntil(lambda: not rows[0].unseen, timeout=10000)
        qtbot.waitUntil(lambda: len(pacs.received) == 4, timeout=60000)
        ctrl.clinician.review_saved.emit(Reading(rows[0].path, rows[0].prediction.sha256))
        qtbot.waitUntil(lambda: len(pacs.received) == 5, timeout=60000)
        assert pacs.received[-1].VerificationFlag == "VERIFIED"
    finally:
        pacs.server.shutdown()


@pytest.mark.hazard("H-038")
def test_a_refused_sender_is_said_in_the_status_bar(app_with_node, qtbot, tmp_path: Path) -> None:
    ctrl = app_with_node
    port = free_port()
    node_on(ctrl, tmp_path, port, None)
    ae = AE(ae_title="XRAY")
    ae.add_requested_context(DigitalXRayImageStorageForPresentation)
    assoc = ae.associate("127.0.0.1", port, ae_title="WRONGTITLE")
    assert assoc.is_rejected
    qtbot.waitUntil(lambda: "refused" in ctrl.window.statusBar().currentMessage(), timeout=10000)
    assert "called AE title 'WRONGTITLE'" in ctrl.window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: "1 refused" in ctrl.node.label.text(), timeout=10000)


def test_a_port_in_use_is_said_in_words(app_with_node, tmp_path: Path, monkeypatch) -> None:
    import socket

    ctrl = app_with_node
    shown = []
    monkeypatch.setattr(ctrl.window, "show_message", lambda title, text, *a, **k: shown.append(text))
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        port = s.getsockname()[1]
        ctrl.settings.set_node_values({"enabled": True, "ae_title": "PNEUMOSCAN", "port": port, "bind": "127.0.0.1",
                                       "allow": "", "store": str(tmp_path / "store"), "send_to": "", "watch": ""})
        ctrl.node.start(ctrl.bundle)
    assert ctrl.node.service is None
    assert f"Another program on this computer already uses port {port}" in shown[0]
    assert "not running" in ctrl.node.label.text()


def test_settings_that_cannot_work_are_refused_in_words(app_with_node, tmp_path: Path) -> None:
    from desktop.views.dialogs import DicomNodeDialog

    dlg = DicomNodeDialog(app_with_node.settings.node_values(), str(tmp_path / "store"))
    dlg.enabled.setChecked(True)
    dlg.send_to.setText("PACS at 10.0.0.1")
    dlg._check_and_accept()
    assert "AE@HOST:PORT" in dlg.error.text() and dlg.result() == 0
    dlg.send_to.setText("PACS@10.0.0.1:104")
    dlg.watch.setText(str(tmp_path / "no-such-folder"))
    dlg._check_and_accept()
    assert "does not exist" in dlg.error.text()
    dlg.watch.setText("")
    dlg._check_and_accept()
    assert dlg.result() == 1
