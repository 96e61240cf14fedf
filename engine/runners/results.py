"""The result of analysing one file: one record, one set of status values, one way to build a failed row.

Everything downstream of the model -- CSV export, the result cache, the audit
log, the desktop app and training's evaluation -- reads :class:`Prediction`
from here, so none of them needs the inference module to know what a result is.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum
from types import MappingProxyType
from typing import TYPE_CHECKING

import numpy as np

from engine.image.heatmap import upsample

if TYPE_CHECKING:  # pragma: no cover
    from engine.bundle.model_bundle import ModelBundle


class Status(str, Enum):
    """What happened to a file.  A ``str`` enum: it compares equal to, and serialises as, its value."""

    OK = "ok"  # analysed: label, band and score
    OUT_OF_SCOPE = "out_of_scope"  # the input gate withheld the label (``error`` says why)
    ERROR = "error"  # not analysed (``error_code`` / ``error`` say why)

    def __str__(self) -> str:
        return self.value


#: The result as displayed: what the clinician reads on screen, in the report and in the CSV's ``result`` column.
PNEUMONIA, NORMAL, INDETERMINATE, NOT_ASSESSED, FAILED = "PNEUMONIA", "NORMAL", "INDETERMINATE", "NOT_ASSESSED", "FAILED"


def displayed_result(p: Prediction) -> str:
    """One word for what the product states about a file.

    An analysed image inside the indeterminate band is INDETERMINATE whichever side of the threshold it lies
    on (the label column keeps the side); an image the input gate withheld is NOT_ASSESSED; anything not
    analysed is FAILED.
    """
    if p.status == Status.OUT_OF_SCOPE:
        return NOT_ASSESSED
    if p.status != Status.OK:
        return FAILED
    if p.band == "indeterminate":
        return INDETERMINATE
    return PNEUMONIA if p.label == PNEUMONIA else NORMAL


#: DICOM identifiers copied from the image into a prediction (and the CSV).
IDENTIFIERS = ("PatientID", "AccessionNumber", "StudyInstanceUID", "SeriesInstanceUID", "SOPInstanceUID",
               "StudyDate", "Modality", "ViewPosition", "BodyPartExamined", "PatientAge", "PatientSex")


@dataclass(frozen=True)
class Prediction:
    """One file's result.  ``status`` is ``"ok"``, ``"out_of_scope"`` (the input gate withheld the
    label; ``error`` says why, ``raw_p_pneumonia`` keeps the model's output for audit) or ``"error"``.

    ``cam`` is the low-resolution heatmap in [0, 1] on the bundle's fixed scale -- None until the result is
    explained when the bundle's map is an occlusion sweep (engine.runners.classifier.Classifier.explain); :attr:`heatmap`
    upsamples it to the image's size on demand, so thousands of results stay
    small in memory.
    """

    path: str
    status: Status | str
    sha256: str = ""
    label: str | None = None
    band: str = ""  # "normal" | "indeterminate" | "pneumonia" (engine.bundle.model_bundle.ModelBundle.decide); "" unless ok
    p_pneumonia: float | None = None
    threshold: float | None = None
    logit: float | None = None
    model_name: str = ""
    model_version: str = ""
    model_sha256: str = ""  # sha256 of the weights file
    bundle_sha256: str = ""
    site_profile: str = ""  # identity of the site profile in force (engine.decision.site_profile), "" at the bundle's own point
    device: str = ""
    error_code: str = ""
    error: str = ""
    source_format: str = ""
    image_size: tuple[int, int] | None = None  # (height, width)
    metadata: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    raw_p_pneumonia: float | None = None  # the model's P even when the gate withheld the label (audit)
    ood_score: float | None = None
    adult_score: float | None = None  # engine.checks.scope: log-odds that the image is an adult radiograph
    gate_codes: tuple[str, ...] = ()
    gate_details: tuple[str, ...] = ()  # the numbers behind each gate reason (scores and cut-offs), one per code
    relaxed_checks: tuple[str, ...] = ()
    cam: np.ndarray | None = field(default=None, repr=False, compare=False)
    features: np.ndarray | None = field(default=None, repr=False, compare=False)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return self.status == Status.OK

    @property
    def result(self) -> str:
        """The result exactly as the app, the report and the CSV's ``result`` column state it (:func:`displayed_result`)."""
        return displayed_result(self)

    @property
    def gate_reasons(self) -> tuple[str, ...]:
        """The input gate's reasons, one short plain sentence each (``error`` holds them joined)."""
        if self.status != Status.OUT_OF_SCOPE:
            return ()
        return tuple(r for r in self.error.split("\n") if r.strip()) or (self.error,)

    @classmethod
    def failed(cls, path: str, code: str, message: str, bundle: ModelBundle | None = None, device: str = "",
               sha256: str = "", seconds: float = 0.0) -> Prediction:
        """The row of a file that was not analysed (unreadable, not an image, not analysed yet...):
        the one constructor for failed rows, so every such row names the same model fields."""
        return cls(path=path, status=Status.ERROR, sha256=sha256, error_code=code, error=message,
                   threshold=bundle.threshold if bundle else None, model_name=bundle.name if bundle else "",
                   model_version=bundle.version if bundle else "",
                   model_sha256=bundle.weights_sha256 if bundle else "", bundle_sha256=bundle.digest if bundle else "",
                   site_profile=bundle.site_profile if bundle else "",
                   device=device, seconds=seconds)

    @property
    def heatmap(self) -> np.ndarray | None:
        """The heatmap at the image's full size, values in [0, 1] (None while the result has no map)."""
        if self.cam is None or self.image_size is None:
            return None
        return upsample(self.cam, *self.image_size)


