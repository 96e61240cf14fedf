"""engine.node.receiver, .store and .config: the Storage SCP against pynetdicom as the sender, hostile traffic
included (the dcmtk programs' turn is tests/engine/test_node_dcmtk.py)."""

from __future__ import annotations

import errno
import socket
import threading
import time
from pathlib import Path

import numpy as np
import pytest
from factories import gradient, make_dicom
from pydicom import dcmread

from engine.node.config import Destination, NodeConfig, check_ae_title
from engine.node.receiver import StorageReceiver
from engine.node.store import DicomStore, safe_uid

pynetdicom = pytest.importorskip("pynetdicom")
from pynetdicom import AE, evt  # noqa: E402
from pynetdicom.sop_class import CTImageStorage, DigitalXRayImageStorageForPresentation, Verification  # noqa: E402


class Node:
    """A receiver on a free port with its store and everything it reported."""

    def __init__(self, tmp: Path, **config: object) -> None:
        self.store = DicomStore(tmp / "store")
        self.store.open()
        self.stored: list[Path] = []
        self.events: list[tuple[str, dict]] = []
        self.config = NodeConfig(store=tmp / "store", port=0, bind="127.0.0.1", **config).check()  # type: ignore[arg-type]
        self.receiver = StorageReceiver(self.config, self.store, lambda p, d: self.stored.append(p),
                                        lambda name, d: self.events.append((name, d)))
        self.receiver.start()
        self.port = self.receiver.address[1]

    def refusals(self) -> list[dict]:
        return [d for name, d in self.events if name == "refused"]


@pytest.fixture()
def node(tmp_path: Path):
    n = Node(tmp_path)
    yield n
    n.receiver.stop()


def sender(title: str = "MODALITY", *contexts: str) -> AE:
    ae = AE(ae_title=title)
    for cx in contexts or (DigitalXRayImageStorageForPresentation,):
        ae.add_requested_context(cx, ["1.2.840.10008.1.2.1"])  # explicit VR little endian, as make_dicom writes
    ae.add_requested_context(Verification)
    ae.acse_timeout = ae.dimse_timeout = ae.network_timeout = 30
    return ae


def send(port: int, ds_or_path, title: str = "MODALITY", called: str = "PNEUMOSCAN", context: str | None = None) -> int:
    ae = sender(title, context or DigitalXRayImageStorageForPresentation)
    assoc = ae.associate("127.0.0.1", port, ae_title=called)
    assert assoc.is_established, "association refused"
    try:
        status = assoc.send_c_store(ds_or_path)
        return int(status.Status)
    finally:
        assoc.release()


def dx(tmp_path: Path, name: str = "a.dcm", size: int = 96, **kw) -> Path:
    return make_dicom(tmp_path / name, gradient(size, size, maxval=4095), **kw)


@pytest.mark.hazard("H-037")
def test_echo_and_a_dx_image_are_stored_by_study_before_success(node: Node, tmp_path: Path) -> None:
    ae = sender()
    assoc = ae.associate("127.0.0.1", node.port, ae_title="PNEUMOSCAN")
    assert assoc.is_established
    assert int(assoc.send_c_echo().Status) == 0
    assoc.release()
    src = dx(tmp_path)
    assert send(node.port, dcmread(src)) == 0x0000
    ds = dcmread(src)
    assert node.stored == [node.store.root / str(ds.StudyInstanceUID) / f"{ds.SOPInstanceUID}.dcm"]
    back = dcmread(node.stored[0])
    assert back.SOPInstanceUID == ds.SOPInstanceUID and np.array_equal(back.pixel_array, ds.pixel_array)
    assert not list(node.store.incoming.iterdir()), "no temporary file is left once the object is in place"
    # the same object again: success, stored once, not handed over for analysis twice
    assert send(node.port, dcmread(src)) == 0x0000
    assert len(node.stored) == 1 and node.receiver.received == 2


@pytest.mark.hazard("H-038")
def test_ct_is_refused_with_a_status_and_a_logged_reason_and_the_node_keeps_running(node: Node, tmp_path: Path,
                                                                                      caplog) -> None:
    src = dx(tmp_path, modality="CT")
    ds = dcmread(src)
    ds.SOPClassUID = CTImageStorage
    ds.file_meta.MediaStorageSOPClassUID = CTImageStorage
    assert send(node.port, ds, context=CTImageStorage) == 0x0122
    assert node.stored == [] and not list(node.store.files())
    (refusal,) = node.refusals()
    assert "CT Image Storage is not an image Pneumoscan reads" in refusal["reason"]
    assert refusal["status"] == "0x0122" and refusal["calling_ae"] == "MODALITY"
    assert "refused an object from MODALITY" in caplog.text and "answered 0x0122" in caplog.text
    assert send(node.port, dcmread(dx(tmp_path, "b.dcm"))) == 0  # still serving


@pytest.mark.hazard("H-038")
def test_a_malformed_dataset_is_refused_and_never_stored(node: Node, tmp_path: Path, monkeypatch) -> None:
    """A file with valid file meta but a dataset that does not parse, sent as it is (pynetdicom's chunked sending
    passes a file's bytes on without decoding them)."""
    from pynetdicom import _config

    monkeypatch.setattr(_config, "STORE_SEND_CHUNKED_DATASET", True)
    src = dx(tmp_path)
    good = src.read_bytes()
    ds = dcmread(src)
    assert good[132:136] == b"\x02\x00\x00\x00"  # (0002,0000) group length: the file meta ends after it
    meta_end = 144 + int.from_bytes(good[140:144], "little")
    bad = tmp_path / "bad.dcm"
    bad.write_bytes(good[:meta_end] + b"\x08\x00\x18\x00UI\xff\xff" + b"\x01" * 64)  # a length past the end
    status = send(node.port, bad)
    assert status == 0xC210, hex(status)
    assert node.stored == [] and not list(node.store.files())
    assert node.refusals()[0]["status"] == "0xC210" and "malformed" in node.refusals()[0]["reason"]
    monkeypatch.setattr(_config, "STORE_SEND_CHUNKED_DATASET", False)
    assert send(node.port, ds) == 0


@pytest.mark.hazard("H-037")
def test_an_object_that_cannot_be_stored_is_answered_out_of_resources(node: Node, tmp_path: Path, monkeypatch) -> None:
    def full(*_a, **_k):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(node.store, "put", full)
    assert send(node.port, dcmread(dx(tmp_path))) == 0xA700
    assert node.stored == []
    assert "No space left on device" in node.refusals()[0]["reason"] and node.refusals()[0]["status"] == "0xA700"


@pytest.mark.hazard("H-037")
def test_a_full_disk_leaves_nothing_behind_in_the_store(tmp_path: Path, monkeypatch) -> None:
    import os

    store = DicomStore(tmp_path / "s")
    store.open()
    real = os.write
    monkeypatch.setattr(os, "write", lambda fd, data: (_ for _ in ()).throw(OSError(errno.ENOSPC, "full"))
                        if len(data) > 100 else real(fd, data))
    with pytest.raises(OSError):
        store.put(b"x" * 1000, "1.2.3", "1.2.3.4")
    monkeypatch.setattr(os, "write", real)
    assert not list(store.files()) and not list(store.incoming.iterdir())


@pytest.mark.hazard("H-038", "H-050")
def test_unknown_calling_ae_is_refused_when_the_allow_list_is_on(tmp_path: Path) -> None:
    n = Node(tmp_path, allow=("XRAY1",))
    try:
        assoc = sender("INTRUDER").associate("127.0.0.1", n.port, ae_title="PNEUMOSCAN")
        assert assoc.is_rejected
        assoc = sender("XRAY1").associate("127.0.0.1", n.port, ae_title="PNEUMOSCAN")
        assert assoc.is_established
        assoc.release()
        time.sleep(0.2)
        (refusal,) = n.refusals()
        assert "'INTRUDER' is not on the allow-list" in refusal["reason"]
        # a wrong called AE title is refused too, and said
        assoc = sender("XRAY1").associate("127.0.0.1", n.port, ae_title="NOTUS")
        assert assoc.is_rejected
        time.sleep(0.2)
        assert "called AE title 'NOTUS' is not this node's" in n.refusals()[-1]["reason"]
    finally:
        n.receiver.stop()


@pytest.mark.hazard("H-037")
def test_fifty_simultaneous_associations_are_all_stored(node: Node, tmp_path: Path) -> None:
    datasets = [dcmread(dx(tmp_path, f"{i}.dcm", size=64)) for i in range(50)]
    barrier = threading.Barrier(50)
    statuses: list[int] = []
    lock = threading.Lock()

    def one(ds) -> None:
        ae = sender(f"XR{len(statuses) % 9}")
        barrier.wait(30)
        assoc = ae.associate("127.0.0.1", node.port, ae_title="PNEUMOSCAN")
        try:
            code = int(assoc.send_c_store(ds).Status) if assoc.is_established else -1
        finally:
            if assoc.is_established:
                assoc.release()
        with lock:
            statuses.append(code)

    threads = [threading.Thread(target=one, args=(ds,)) for ds in datasets]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert statuses.count(0) == 50, statuses
    assert len(node.stored) == 50 and len(list(node.store.files())) == 50


@pytest.mark.hazard("H-038")
def test_a_sender_that_drops_mid_transfer_leaves_nothing(node: Node, tmp_path: Path) -> None:
    """The connection is cut after a few P-DATA PDUs of a 4 MB image: nothing is stored, nothing is handed over,
    the node serves the next sender."""
    big = dx(tmp_path, size=1400)
    ae = sender()
    ae.maximum_pdu_size = 16_384
    sent = {"n": 0}

    def on_sent(event) -> None:
        if type(event.pdu).__name__ == "P_DATA_TF":
            sent["n"] += 1
            if sent["n"] == 20:
                event.assoc.dul.socket.socket.shutdown(socket.SHUT_RDWR)

    assoc = ae.associate("127.0.0.1", node.port, ae_title="PNEUMOSCAN", evt_handlers=[(evt.EVT_PDU_SENT, on_sent)])
    assert assoc.is_established
    try:
        assoc.send_c_store(dcmread(big))
    except Exception:  # noqa: BLE001 - the sender's own side of the cut
        pass
    assoc.abort()
    time.sleep(1.0)
    assert sent["n"] >= 20
    assert node.stored == [] and not list(node.store.files())
    assert not [p for p in node.store.incoming.iterdir()], "no partial object on disk"
    assert send(node.port, dcmread(dx(tmp_path, "next.dcm"))) == 0


@pytest.mark.timeout(300)
@pytest.mark.hazard("H-037")
def test_a_200_mb_image_is_received_whole(node: Node, tmp_path: Path) -> None:
    """A 10,240 x 10,240 16-bit DX (200 MB) arrives and is stored byte for byte; the node keeps serving."""
    from pydicom.dataset import Dataset  # noqa: F401

    side = 10_240
    src = make_dicom(tmp_path / "huge.dcm", np.zeros((side, side), np.uint16) + 7)
    assert src.stat().st_size > 200 * 2**20
    assert send(node.port, src) == 0
    (stored,) = node.stored
    assert stored.stat().st_size >= 200 * 2**20
    assert send(node.port, dcmread(dx(tmp_path, "after.dcm"))) == 0


@pytest.mark.hazard("H-038")
def test_uids_never_name_a_path(tmp_path: Path) -> None:
    store = DicomStore(tmp_path / "s")
    store.open()
    path, new = store.put(b"abc", "../../etc", "..\\x/y")
    assert new and path.parent.parent == store.root and ".." not in path.parts[-2:]
    assert safe_uid("1.2.840.10008.1") == "1.2.840.10008.1" and safe_uid("1" * 65).startswith("x")
    # a different object under the same UIDs is kept beside the first, never over it
    other, new = store.put(b"abd", "../../etc", "..\\x/y")
    assert new and other != path and path.read_bytes() == b"abc" and other.read_bytes() == b"abd"
    assert store.put(b"abc", "../../etc", "..\\x/y") == (path, False)


@pytest.mark.hazard("H-038")
def test_settings_are_checked_in_words() -> None:
    assert Destination.parse("PACS@10.0.0.5:104") == Destination("PACS", "10.0.0.5", 104)
    assert str(Destination.parse(" ORTHANC@[::1]:4242 ")) == "ORTHANC@::1:4242"
    for bad in ("PACS@host", "@h:1", "PACS@h:70000", "A\\B@h:1", "WAYTOOLONGAETITLE17@h:1"):
        with pytest.raises(ValueError):
            Destination.parse(bad)
    assert check_ae_title(" PNEUMOSCAN ") == "PNEUMOSCAN"
    with pytest.raises(ValueError, match="inside the watch folder"):
        NodeConfig(store=Path("/tmp/w/store"), watch=Path("/tmp/w")).check()
    with pytest.raises(ValueError, match="port"):
        NodeConfig(store=Path("/tmp/s"), port=70000).check()
