"""The Storage SCP: what an X-ray unit sends to Pneumoscan (pynetdicom).

Accepts Verification (C-ECHO) and the storage of CR, DX (for presentation and for processing) and Secondary
Capture images in the transfer syntaxes clinics send: implicit and explicit little endian, deflated, JPEG
baseline and extended, JPEG lossless (process 14 and SV1), JPEG-LS, JPEG 2000 lossless and lossy, RLE
(pynetdicom itself accepts only uncompressed syntaxes unless told).  Anything else -- a CT, an MR, a report --
is negotiated like any storage class and then refused object by object with ``0x0122`` (SOP Class not
supported), so the sender's log says so and the node's log and audit trail say why.

A C-STORE is answered

* ``0x0000`` only once the object is durably in the store (:class:`engine.node.store.DicomStore`);
* ``0xA700`` (Out of Resources) when it cannot be stored (a full disk, an unwritable store);
* ``0xC210`` (Cannot understand) for a dataset that does not parse or lacks its UIDs;
* ``0xA900`` (Dataset does not match SOP Class) when the dataset says another SOP class than the request;
* ``0x0122`` (SOP Class not supported) for anything but CR, DX and Secondary Capture images.

An object is complete when pynetdicom hands it over: a sender that drops mid-transfer never reaches the
handler, so nothing partial is stored or analysed.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from engine.node.config import NodeConfig
from engine.node.store import DicomStore

log = logging.getLogger("pneumoscan.node")

SUCCESS = 0x0000
OUT_OF_RESOURCES = 0xA700
DOES_NOT_MATCH = 0xA900
CANNOT_UNDERSTAND = 0xC210
SOP_CLASS_NOT_SUPPORTED = 0x0122
VERIFICATION = "1.2.840.10008.1.1"

#: the image storage SOP classes the model reads (CR, DX) and the form exports often take (SC)
STORAGE_CLASSES = {
    "1.2.840.10008.5.1.4.1.1.1": "CR Image Storage",
    "1.2.840.10008.5.1.4.1.1.1.1": "Digital X-Ray Image Storage - For Presentation",
    "1.2.840.10008.5.1.4.1.1.1.1.1": "Digital X-Ray Image Storage - For Processing",
    "1.2.840.10008.5.1.4.1.1.7": "Secondary Capture Image Storage",
}
TRANSFER_SYNTAXES = (
    "1.2.840.10008.1.2",  # implicit VR little endian
    "1.2.840.10008.1.2.1",  # explicit VR little endian
    "1.2.840.10008.1.2.1.99",  # deflated explicit VR little endian
    "1.2.840.10008.1.2.4.50",  # JPEG baseline
    "1.2.840.10008.1.2.4.51",  # JPEG extended (12-bit)
    "1.2.840.10008.1.2.4.57",  # JPEG lossless, process 14
    "1.2.840.10008.1.2.4.70",  # JPEG lossless SV1
    "1.2.840.10008.1.2.4.80",  # JPEG-LS lossless
    "1.2.840.10008.1.2.4.81",  # JPEG-LS near-lossless
    "1.2.840.10008.1.2.4.90",  # JPEG 2000 lossless
    "1.2.840.10008.1.2.4.91",  # JPEG 2000
    "1.2.840.10008.1.2.5",  # RLE lossless
)

#: called with (stored path, details) once an object is durably stored
OnStored = Callable[[Path, dict[str, str]], None]
#: called with (event name, details) for every refusal and every association-level event worth auditing
OnEvent = Callable[[str, dict[str, Any]], None]


class StorageReceiver:
    """A pynetdicom AE serving Verification and Storage on ``config.bind:config.port``."""

    def __init__(self, config: NodeConfig, store: DicomStore, on_stored: OnStored, on_event: OnEvent) -> None:
        self.config = config
        self.store = store
        self.on_stored = on_stored
        self.on_event = on_event
        self.server: Any = None
        self.received = 0
        self.refused = 0
        self._lock = threading.Lock()
        self._ae: Any = None

    # ------------------------------------------------------------------ lifecycle
    def start(self) -> None:
        """Listen; OSError when the port cannot be bound (in use, not allowed)."""
        from pynetdicom import AE, AllStoragePresentationContexts, evt

        ae = AE(ae_title=self.config.ae_title)
        ae.maximum_associations = self.config.max_associations
        ae.require_called_aet = True
        if self.config.allow:
            ae.require_calling_aet = list(self.config.allow)
        ae.network_timeout = 60
        ae.dimse_timeout = 60
        ae.acse_timeout = 30
        ae.add_supported_context(VERIFICATION)
        # every storage class is negotiated, so that a CT or an MR sent here is refused with a status and a reason
        # (0x0122), not by a silent rejection at association that the sender reports as a network failure
        for cx in AllStoragePresentationContexts:
            ae.add_supported_context(str(cx.abstract_syntax), list(TRANSFER_SYNTAXES))
        handlers: list[Any] = [(evt.EVT_C_STORE, self._on_store), (evt.EVT_C_ECHO, self._on_echo),
                    (evt.EVT_REJECTED, self._on_rejected), (evt.EVT_ACCEPTED, self._on_accepted),
                    (evt.EVT_ABORTED, self._on_aborted)]
        self._ae = ae
        self.server = ae.start_server((self.config.bind, self.config.port), block=False, evt_handlers=handlers)

    @property
    def address(self) -> tuple[str, int]:
        host, port = self.server.server_address[:2]
        return str(host), int(port)

    def stop(self) -> None:
        """Stop accepting; associations in progress are closed (their senders keep what was not answered)."""
        if self.server is not None:
            self.server.shutdown()
            self.server = None

    # ------------------------------------------------------------------ handlers
    def _peer(self, event: Any) -> dict[str, Any]:
        req = event.assoc.requestor
        return {"calling_ae": str(req.ae_title).strip(), "address": f"{req.address}:{req.port}"}

    def _refuse(self, what: str, reason: str, status: int | None, event: Any, **more: Any) -> None:
        with self._lock:
            self.refused += 1
        details = {**self._peer(event), "reason": reason, **more}
        if status is not None:
            details["status"] = f"0x{status:04X}"
        log.warning("refused %s from %s (%s): %s%s", what, details["calling_ae"], details["address"], reason,
                    f"; answered 0x{status:04X}" if status is not None else "")
        self.on_event("refused", {"what": what, **details})

    def _on_echo(self, event: Any) -> int:
        log.info("C-ECHO from %s", self._peer(event)["calling_ae"])
        return SUCCESS

    def _on_accepted(self, event: Any) -> None:
        rejected = getattr(event.assoc, "rejected_contexts", [])
        if rejected:  # negotiation, not a refusal: a sender proposes many; what it then sends is what counts
            log.info("association from %s: %d presentation context(s) not accepted (transfer syntax or class)",
                     self._peer(event)["calling_ae"], len(rejected))

    def _on_rejected(self, event: Any) -> None:
        calling = str(event.assoc.requestor.ae_title).strip()
        request = getattr(event.assoc.requestor, "primitive", None)  # the A-ASSOCIATE-RQ: the title it called
        called = str(getattr(request, "called_ae_title", "") or "").strip()
        if self.config.allow and calling not in self.config.allow:
            reason = f"calling AE title {calling!r} is not on the allow-list"
        elif called and called != self.config.ae_title:
            reason = f"called AE title {called!r} is not this node's ({self.config.ae_title!r})"
        else:
            reason = f"more than {self.config.max_associations} simultaneous associations (try again later)"
        self._refuse("an association", reason, None, event)

    def _on_aborted(self, event: Any) -> None:
        details = self._peer(event)
        log.warning("association from %s (%s) aborted; anything it had not finished sending was discarded",
                    details["calling_ae"], details["address"])
        self.on_event("aborted", details)

    def _on_store(self, event: Any) -> int:
        from io import BytesIO

        from pydicom import dcmread

        try:
            data = event.encoded_dataset(include_meta=True)
        except Exception as exc:  # noqa: BLE001 - whatever the sender did, it is one refused object
            self._refuse("an object", f"the dataset could not be read ({exc})", CANNOT_UNDERSTAND, event)
            return CANNOT_UNDERSTAND
        req_class = str(event.request.AffectedSOPClassUID)
        req_uid = str(event.request.AffectedSOPInstanceUID)
        if req_class not in STORAGE_CLASSES:
            from pydicom.uid import UID

            name = UID(req_class).name
            self._refuse("an object", f"{name} is not an image Pneumoscan reads (it reads CR, DX and Secondary "
                         "Capture chest X-rays)", SOP_CLASS_NOT_SUPPORTED, event, sop_class=req_class,
                         sop_instance=req_uid)
            return SOP_CLASS_NOT_SUPPORTED
        try:
            ds = dcmread(BytesIO(data), stop_before_pixels=True)
            sop_class, sop_uid = str(ds.SOPClassUID), str(ds.SOPInstanceUID)
            study = str(ds.StudyInstanceUID)
        except Exception as exc:  # noqa: BLE001 - a malformed dataset: refused, never stored or analysed
            self._refuse("an object", f"the dataset is malformed or lacks its UIDs ({type(exc).__name__}: "
                         f"{str(exc)[:200]})", CANNOT_UNDERSTAND, event, sop_instance=req_uid)
            return CANNOT_UNDERSTAND
        if sop_class != req_class or sop_uid != req_uid:
            self._refuse("an object", f"the dataset says SOP class {sop_class} / instance {sop_uid}, the request "
                         f"{req_class} / {req_uid}", DOES_NOT_MATCH, event, sop_instance=req_uid)
            return DOES_NOT_MATCH
        try:
            path, new = self.store.put(data, study, sop_uid)
        except OSError as exc:
            self._refuse("an object", f"it could not be stored ({exc.strerror or exc}); the sender keeps it",
                         OUT_OF_RESOURCES, event, sop_instance=sop_uid)
            return OUT_OF_RESOURCES
        with self._lock:
            self.received += 1
        details = {**self._peer(event), "sop_instance": sop_uid, "study": study, "sop_class": sop_class,
                   "transfer_syntax": str(event.context.transfer_syntax), "path": str(path), "bytes": str(len(data))}
        if new:
            self.on_stored(path, details)
        else:
            log.info("%s sent %s again (same bytes): already stored and analysed", details["calling_ae"], sop_uid)
        return SUCCESS
