"""The DICOM node: images from the X-ray unit (or a watched folder) to results, and results back to the PACS.

Owns: the node's settings (:mod:`.config`), the durable store of received objects (:mod:`.store`), the Storage
SCP (:mod:`.receiver`, pynetdicom), the watch folder (:mod:`.watch`), the durable outbox to the PACS
(:mod:`.outbox`) and the service that ties them to the one analysis service (:mod:`.service`).  Above the batch
layer (it runs :class:`engine.batch.analysis.Analysis`), below the command lines.
"""

from engine._lazy import attach

__getattr__, __dir__, __all__ = attach(__name__, {
    "NodeConfig": "config",
    "Destination": "config",
    "DicomStore": "store",
    "StorageReceiver": "receiver",
    "WatchFolder": "watch",
    "Outbox": "outbox",
    "NodeService": "service",
    "Job": "service",
})
