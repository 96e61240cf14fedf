"""engine.node.service, .outbox and .watch with the tiny test bundle: received and watched images to CSV rows, a
restart that neither repeats nor misses anything, and results that reach the PACS however often it is down."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path

import numpy as np
import pytest
from factories import csv_rows, gradient, make_dicom, write_raster
from pydicom import dcmread

pytest.importorskip("pynetdicom")
from pynetdicom import AE, evt  # noqa: E402
from pynetdicom.sop_class import (  # noqa: E402
    Comprehensive3DSRStorage,
    DigitalXRayImageStorageForPresentation,
    SecondaryCaptureImageStorage,
)

from engine.batch.analysis import Analysis  # noqa: E402
from engine.bundle.model_bundle import load_bundle  # noqa: E402
from engine.node.config import Destination, NodeConfig  # noqa: E402
from engine.node.outbox import Outbox  # noqa: E402
from engine.node.service import NodeService  # noqa: E402
from engine.node.watch import WatchFolder  # noqa: E402
from engine.records.audit import AuditLog, read_entries  # noqa: E402
from engine.records.results_csv import LiveCsv, ResumeError  # noqa: E402


def sr_text(ds) -> str:
    """Every concept name, code meaning, text and number in an SR's content tree, as one string."""
    out = []
    for item in ds.get("ContentSequence", []):
        for key in ("ConceptNameCodeSequence", "ConceptCodeSequence"):
            out += [str(c.CodeMeaning) for c in item.get(key, [])]
        out += [str(item.get("TextValue", "")), str(item.get("UID", ""))]
        out += [str(m.NumericValue) for m in item.get("MeasuredValueSequence", [])]
        out.append(sr_text(item))
    return " | ".join(x for x in out if x)


def wait_for(check, timeout: float = 60.0) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if check():
            return True
        time.sleep(0.05)
    return bool(check())


class Pacs:
    """A pynetdicom Storage SCP standing in for the PACS: what it received, and a switch to take it down."""

    def __init__(self) -> None:
        self.received: list = []
        self.port = 0
        self.server = None

    def up(self) -> Pacs:
        ae = AE(ae_title="PACS")
        for cx in (SecondaryCaptureImageStorage, Comprehensive3DSRStorage):
            ae.add_supported_context(cx)

        def on_store(event) -> int:
            self.received.append(event.dataset)
            return 0

        self.server = ae.start_server(("127.0.0.1", self.port), block=False, evt_handlers=[(evt.EVT_C_STORE, on_store)])
        self.port = self.server.server_address[1]
        return self

    def down(self) -> None:
        if self.server is not None:
            self.server.shutdown()
            self.server = None


@pytest.fixture()
def bundle(tiny_bundle: Path):
    return load_bundle(tiny_bundle, verify=False)


def make_node(tmp_path: Path, bundle, **config) -> NodeService:
    cfg = NodeConfig(store=tmp_path / "store", port=0, bind="127.0.0.1", retry_max_s=0.5, watch_interval_s=0.1,
                     watch_settle_s=0.3, **config)
    audit = AuditLog(tmp_path / "audit.jsonl")
    service = NodeService(cfg, Analysis(bundle, audit=audit), LiveCsv(tmp_path / "node.csv", bundle), audit=audit)
    if service.outbox is not None:
        service.outbox.first_retry = 0.2
    return service


def send(port: int, *paths: Path) -> list[int]:
    ae = AE(ae_title="XRAY")
    ae.add_requested_context(DigitalXRayImageStorageForPresentation, ["1.2.840.10008.1.2.1"])
    assoc = ae.associate("127.0.0.1", port, ae_title="PNEUMOSCAN")
    assert assoc.is_established
    try:
        return [int(assoc.send_c_store(dcmread(p)).Status) for p in paths]
    finally:
        assoc.release()


def dx(folder: Path, i: int, **kw) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return make_dicom(folder / f"img{i}.dcm", gradient(96, 96, maxval=4095, seed=i), **kw)


@pytest.mark.hazard("H-040")
def test_received_images_become_rows_and_their_results_reach_the_pacs(tmp_path: Path, bundle) -> None:
    pacs = Pacs().up()
    node = make_node(tmp_path, bundle, send_to=Destination("PACS", "127.0.0.1", pacs.port))
    arrived = []
    node.listeners.append(lambda pred, job: arrived.append((pred, job)))
    node.start()
    try:
        sources = [dx(tmp_path / "modality", i) for i in range(3)]
        adult = dx(tmp_path / "modality", 9, age="045Y")
        assert send(node.address[1], *sources, adult) == [0, 0, 0, 0]
        assert wait_for(lambda: node.analysed == 4)
        assert wait_for(lambda: len(pacs.received) == 8), len(pacs.received)
    finally:
        node.stop()
        pacs.down()
    rows = csv_rows(tmp_path / "node.csv")
    assert len(rows) == 4 and {r["SOPInstanceUID"] for r in rows} == {str(dcmread(p).SOPInstanceUID)
                                                                       for p in [*sources, adult]}
    assert all(Path(r["path"]).is_relative_to(tmp_path / "store") for r in rows)
    assert [job.origin for _, job in arrived] == ["dicom"] * 4
    adult_row = next(r for r in rows if r["PatientAge"] == "045Y")
    assert adult_row["result"] == "NOT_ASSESSED" and "age_outside_population" in adult_row["gate_codes"]
    # what the PACS has: a Secondary Capture and an SR per image, each in its source's study, nothing unverified
    # claimed as verified
    scs = [d for d in pacs.received if d.SOPClassUID == SecondaryCaptureImageStorage]
    srs = [d for d in pacs.received if d.SOPClassUID == Comprehensive3DSRStorage]
    assert len(scs) == len(srs) == 4
    assert {d.StudyInstanceUID for d in scs} == {str(dcmread(p).StudyInstanceUID) for p in [*sources, adult]}
    assert all(d.BurnedInAnnotation == "YES" and "not for diagnosis" in d.SeriesDescription for d in scs)
    assert all(d.VerificationFlag == "UNVERIFIED" for d in srs)
    adult_sr = next(d for d in srs if d.PatientAge == "045Y")
    text = sr_text(adult_sr)
    assert "Not assessed" in text and "Probability of pneumonia" not in text
    ok_sr = next(d for d in srs if d.PatientAge != "045Y")
    assert "Probability of pneumonia" in sr_text(ok_sr) and bundle.digest in sr_text(ok_sr)
    # the audit trail has every receipt and every send
    actions = [e["node"]["action"] for e in read_entries(tmp_path / "audit.jsonl") if e["event"] == "dicom_node"]
    assert actions.count("received") == 4 and actions.count("sent") == 8


class Reading:
    """What the reading store hands over (engine.records.readings.Review's fields the report uses)."""

    def __init__(self, reading: str, reader: str = "Amina Diallo", at: str = "2026-12-04T10:00:00+00:00",
                 result: str = "PNEUMONIA", note: str = "") -> None:
        self.reading, self.reader, self.reviewed_at, self.result, self.note = reading, reader, at, result, note
        self.verdict = "agree" if reading == result else "disagree"


@pytest.mark.hazard("H-040")
def test_a_reading_is_sent_as_a_new_verified_version_with_the_readers_own_call(tmp_path: Path, bundle) -> None:
    pacs = Pacs().up()
    node = make_node(tmp_path, bundle, send_to=Destination("PACS", "127.0.0.1", pacs.port))
    arrived = []
    node.listeners.append(lambda pred, job: arrived.append(pred))
    node.start()
    try:
        send(node.address[1], dx(tmp_path / "m", 1))
        assert wait_for(lambda: len(pacs.received) == 2)
        path = arrived[0].path
        ai = arrived[0].result
        other = "NORMAL" if ai != "NORMAL" else "PNEUMONIA"
        assert node.send_reading(path, Reading(other, result=ai, note="clear lungs"))
        assert wait_for(lambda: len(pacs.received) == 3)
        assert node.send_reading(path, Reading(ai, result=ai, at="2026-12-04T10:05:00+00:00"))
        assert node.send_reading(path, None, withdrawn_by="Amina Diallo")
        assert wait_for(lambda: len(pacs.received) == 5)
        assert not node.send_reading(tmp_path / "never-received.dcm", Reading("NORMAL"))
    finally:
        node.stop()
        pacs.down()
    first, disagree, agree, withdrawn = [d for d in pacs.received if d.SOPClassUID == Comprehensive3DSRStorage]
    assert first.VerificationFlag == "UNVERIFIED"
    assert disagree.VerificationFlag == "VERIFIED" and disagree.CompletionFlag == "COMPLETE"
    assert str(disagree.VerifyingObserverSequence[0].VerifyingObserverName) == "Diallo^Amina"
    text = sr_text(disagree)
    assert f"{other}; it DISAGREES with the AI result {ai}" in text and "clear lungs" in text
    assert ("Absent" if other == "NORMAL" else "Present") in text and "Person" in text
    assert "agrees with the AI result" in sr_text(agree)
    assert withdrawn.VerificationFlag == "UNVERIFIED" and "withdrawn by Amina Diallo" in sr_text(withdrawn)
    # each version names the one it replaces, in order
    chain = [first, disagree, agree, withdrawn]
    for before, after in zip(chain, chain[1:]):
        ref = after.PredecessorDocumentsSequence[0].ReferencedSeriesSequence[0].ReferencedSOPSequence[0]
        assert ref.ReferencedSOPInstanceUID == before.SOPInstanceUID
    assert len({d.SOPInstanceUID for d in chain}) == 4


@pytest.mark.hazard("H-040")
def test_readings_recorded_while_the_node_was_off_are_found_and_sent(tmp_path: Path, bundle) -> None:
    pacs = Pacs().up()
    dest = Destination("PACS", "127.0.0.1", pacs.port)
    node = make_node(tmp_path, bundle, send_to=dest)
    arrived = []
    node.listeners.append(lambda pred, job: arrived.append(pred))
    node.start()
    send(node.address[1], dx(tmp_path / "m", 1), dx(tmp_path / "m", 2))
    assert wait_for(lambda: len(pacs.received) == 4)
    node.stop()
    first, second = arrived
    readings = {first.sha256: Reading("NORMAL")}  # recorded in the app while the node was off
    again = make_node(tmp_path, bundle, send_to=dest)
    todo = again.readings_to_send(readings.get)
    assert [(Path(k).name, r.reading) for k, r in todo] == [(Path(first.path).name, "NORMAL")]
    again.start()
    try:
        for path, review in todo:
            assert again.send_reading(path, review)
        assert wait_for(lambda: len(pacs.received) == 5)
        assert again.readings_to_send(readings.get) == []  # sent: not again
        readings.clear()  # then cleared while the node was off: a withdrawal is owed
        assert [Path(k).name for k, r in again.readings_to_send(readings.get)] == [Path(first.path).name]
    finally:
        again.stop()
        pacs.down()


@pytest.mark.hazard("H-040")
def test_the_pacs_down_loses_nothing_across_a_restart(tmp_path: Path, bundle) -> None:
    pacs = Pacs().up()
    port = pacs.port
    pacs.down()
    node = make_node(tmp_path, bundle, send_to=Destination("PACS", "127.0.0.1", port))
    node.start()
    try:
        send(node.address[1], *(dx(tmp_path / "m", i) for i in range(2)))
        assert wait_for(lambda: node.analysed == 2)
        assert wait_for(lambda: node.outbox is not None and node.outbox.failures >= 2)
    finally:
        node.stop()
    waiting = sorted((tmp_path / "store" / ".pneumoscan" / "outbox").glob("*.dcm"))
    assert len(waiting) == 4
    # a second run: the results are not analysed again, the outbox delivers once the PACS is back
    again = make_node(tmp_path, bundle, send_to=Destination("PACS", "127.0.0.1", port))
    again.start()
    try:
        time.sleep(0.5)
        pacs.up()
        assert wait_for(lambda: len(pacs.received) == 4), len(pacs.received)
    finally:
        again.stop()
        pacs.down()
    assert again.analysed == 0 and len(csv_rows(tmp_path / "node.csv")) == 2
    assert not list((tmp_path / "store" / ".pneumoscan" / "outbox").glob("*.dcm"))
    failed = [e["node"] for e in read_entries(tmp_path / "audit.jsonl") if e.get("node", {}).get("action") == "send_failed"]
    assert failed and all(f["destination"] == f"PACS@127.0.0.1:{port}" for f in failed)


@pytest.mark.hazard("H-040")
def test_an_outbox_object_changed_on_disk_is_set_aside_not_sent(tmp_path: Path) -> None:
    pacs = Pacs().up()
    events = []
    box = Outbox(tmp_path / "out", Destination("PACS", "127.0.0.1", pacs.port), "PNEUMOSCAN",
                 on_event=lambda n, d: events.append((n, d)))
    box.open()
    sc = make_dicom(tmp_path / "x.dcm", gradient(64, 64, maxval=255).astype(np.uint16), bits_stored=8)
    ds = dcmread(sc)
    ds.SOPClassUID = ds.file_meta.MediaStorageSOPClassUID = SecondaryCaptureImageStorage
    from io import BytesIO

    buf = BytesIO()
    ds.save_as(buf, enforce_file_format=True)
    obj = box.put(buf.getvalue(), "sc", str(ds.SOPInstanceUID))
    data = bytearray(obj.read_bytes())
    data[-1] ^= 0xFF
    obj.write_bytes(bytes(data))
    assert box.send_round() == 0 and pacs.received == []
    assert (tmp_path / "out" / "damaged" / obj.name).exists()
    assert events[-1][0] == "send_refused" and "sha256 differs" in events[-1][1]["reason"]
    pacs.down()


@pytest.mark.hazard("H-039", "H-050")
def test_restart_analyses_what_was_stored_but_not_analysed_and_nothing_twice(tmp_path: Path, bundle) -> None:
    from engine.node.store import DicomStore

    store = DicomStore(tmp_path / "store")
    store.open()
    for i in range(3):  # received before a crash, never analysed
        p = dx(tmp_path / "m", i)
        ds = dcmread(p)
        store.put(p.read_bytes(), ds.StudyInstanceUID, ds.SOPInstanceUID)
    node = make_node(tmp_path, bundle)
    node.start()
    assert wait_for(lambda: node.analysed == 3)
    node.stop()
    assert node.outbox is None and not (tmp_path / "store" / ".pneumoscan" / "outbox").exists()  # no destination set:
    # nothing is queued to leave the workstation
    again = make_node(tmp_path, bundle)
    again.start()
    time.sleep(1.0)
    again.stop()
    assert again.analysed == 0 and len(csv_rows(tmp_path / "node.csv")) == 3


@pytest.mark.hazard("H-039")
def test_watch_folder_once_each_after_it_stops_growing_and_across_a_restart(tmp_path: Path, bundle) -> None:
    watched = tmp_path / "share"
    watched.mkdir()
    write_raster(watched / "a.png", gradient(96, 96, maxval=255, seed=1).astype(np.uint8))
    node = make_node(tmp_path, bundle, watch=watched, listen=False)
    node.start()
    try:
        assert wait_for(lambda: node.analysed == 1)
        (watched / "b.png.part").write_bytes(b"partial")  # a download in progress: left alone
        write_raster(watched / "c.png", gradient(96, 96, maxval=255, seed=3).astype(np.uint8))
        assert wait_for(lambda: node.analysed == 2)
        time.sleep(1.0)
        assert node.analysed == 2
    finally:
        node.stop()
    # while the node is down: one new file, one replaced by other content, one untouched
    write_raster(watched / "d.png", gradient(96, 96, maxval=255, seed=4).astype(np.uint8))
    write_raster(watched / "a.png", gradient(96, 96, maxval=255, seed=9).astype(np.uint8))
    again = make_node(tmp_path, bundle, watch=watched, listen=False)
    again.start()
    try:
        assert wait_for(lambda: again.analysed == 2)
        time.sleep(1.0)
    finally:
        again.stop()
    rows = csv_rows(tmp_path / "node.csv")
    names = sorted(r["file_name"] for r in rows)
    assert names == ["a.png", "a.png", "c.png", "d.png"], names
    assert len({r["sha256"] for r in rows if r["file_name"] == "a.png"}) == 2


@pytest.mark.hazard("H-039")
def test_a_file_is_ready_only_once_its_size_and_time_have_settled(tmp_path: Path) -> None:
    now = [0.0]
    w = WatchFolder(tmp_path, lambda p: False, settle=2.0, clock=lambda: now[0])
    f = tmp_path / "x.dcm"
    f.write_bytes(b"a" * 10)
    assert w.poll() == []
    now[0] = 1.0
    with f.open("ab") as fh:
        fh.write(b"b" * 10)  # still growing
    assert w.poll() == []
    now[0] = 2.5
    assert w.poll() == []  # unchanged for 1.5 s only
    now[0] = 3.5
    assert w.poll() == [f]
    now[0] = 10.0
    assert w.poll() == [], "handed over once"
    (tmp_path / ".hidden.dcm").write_bytes(b"x")
    (tmp_path / "y.dcm.tmp").write_bytes(b"x")
    now[0] = 20.0
    w.poll()
    now[0] = 30.0
    assert w.poll() == []


@pytest.mark.hazard("H-039")
def test_the_node_csv_continues_only_its_own_rows(tmp_path: Path, bundle, tiny_bundle: Path) -> None:
    from factories import ok_prediction

    target = tmp_path / "n.csv"
    out = LiveCsv(target, bundle)
    out.write(ok_prediction(str(tmp_path / "x.png"), bundle_sha256=bundle.digest, threshold=bundle.threshold,
                            **_decided(bundle, 0.2)))
    out.close()
    with target.open("ab") as fh:
        fh.write(b"torn,half,line")
    again = LiveCsv(target, bundle)
    assert again.dropped_torn and again.rows == 1
    again.close()
    assert target.read_bytes().endswith(b"\n")
    # a row edited to another label is refused, whole, with its line
    text = target.read_text(encoding="utf-8-sig").replace("NORMAL", "PNEUMONIA")
    target.write_text(text, encoding="utf-8-sig")
    with pytest.raises(ResumeError, match="line 2"):
        LiveCsv(target, bundle)


def _decided(bundle, p: float) -> dict:
    from engine.runners.results import INDETERMINATE

    label, band = bundle.decide(p)
    return {"label": label, "band": band, "p_pneumonia": p} if band != "indeterminate" else \
        {"label": label, "band": band, "p_pneumonia": p, "result": INDETERMINATE}


@pytest.mark.hazard("H-039")
def test_stop_finishes_the_images_in_hand_and_leaves_the_rest_for_the_next_start(tmp_path: Path, bundle,
                                                                                 monkeypatch) -> None:
    node = make_node(tmp_path, bundle)
    started = threading.Event()
    real = node.analysis.run

    def slow(paths, *a, **k):
        started.set()
        time.sleep(0.5)
        yield from real(paths, *a, **k)

    monkeypatch.setattr(node.analysis, "run", slow)
    node.start()
    send(node.address[1], *(dx(tmp_path / "m", i) for i in range(20)))
    assert started.wait(30)
    node.stop()
    done = len(csv_rows(tmp_path / "node.csv"))
    assert 1 <= done <= 20 and done == node.analysed
    monkeypatch.setattr(node.analysis, "run", real)
    again = make_node(tmp_path, bundle)
    again.start()
    assert wait_for(lambda: len(csv_rows(tmp_path / "node.csv")) == 20)
    again.stop()
    assert again.analysed == 20 - done
    assert json.loads(json.dumps(again.status()))["queued"] == 0


@pytest.mark.hazard("H-040")
def test_a_crash_between_the_row_and_the_outbox_loses_no_send(tmp_path: Path, bundle, monkeypatch) -> None:
    """The row is written, the node dies before the image's objects reach the outbox: the next start sends them,
    without a second row; and a full disk at the outbox is tried again without a restart."""
    pacs = Pacs().up()
    dest = Destination("PACS", "127.0.0.1", pacs.port)
    node = make_node(tmp_path, bundle, send_to=dest)
    monkeypatch.setattr(node, "_results_back", lambda pred, job, review=None: None)  # the crash, in effect
    node.start()
    send(node.address[1], dx(tmp_path / "m", 1))
    assert wait_for(lambda: node.analysed == 1)
    node.stop()
    assert pacs.received == [] and len(csv_rows(tmp_path / "node.csv")) == 1
    again = make_node(tmp_path, bundle, send_to=dest)
    again.start()
    try:
        assert wait_for(lambda: len(pacs.received) == 2)
    finally:
        again.stop()
    assert len(csv_rows(tmp_path / "node.csv")) == 1 and again.outbox.owed() == []
    # the outbox's disk refuses once: the results are queued a little later, without a restart
    third = make_node(tmp_path, bundle, send_to=dest)
    real_put, calls = third.outbox.put, []

    def flaky(*a, **k):
        calls.append(1)
        if len(calls) == 1:
            raise OSError(28, "No space left on device")
        return real_put(*a, **k)

    monkeypatch.setattr(third.outbox, "put", flaky)
    third.start()
    try:
        send(third.address[1], dx(tmp_path / "m", 2))
        assert wait_for(lambda: len(pacs.received) == 4, 30), len(pacs.received)
    finally:
        third.stop()
        pacs.down()
    assert len(csv_rows(tmp_path / "node.csv")) == 2
