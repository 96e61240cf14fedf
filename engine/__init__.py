"""Pneumoscan's engine: from an image file to a checked, recorded result, with no Qt and no training code.

The names a script or another program needs import from here, lazily (nothing
heavy is imported until a name is used)::

    import engine

    bundle = engine.load_bundle(engine.default_model_dir())
    classifier = engine.Classifier(bundle)
    image = engine.load_image("study/0001.dcm")          # an engine.XrayImage
    result = classifier.predict(image)                   # an engine.Prediction
    files = engine.discover(["study/"]).images           # folders walked, DICOM sniffed
    for row in classifier.predict_many(files):           # streamed; a file that fails is a row with its reason
        ...

The sub-packages are the layers, each built only on those below it (the import
contracts in ``pyproject.toml`` hold this; ``docs/architecture.md`` draws it)::

    engine.cli        the command lines (pneumoscan-predict, pneumoscan-calibrate)
    engine.batch      which files, which studies; Analysis, the batch loop
    engine.records    results CSV, PDF report, wording, audit log, readings, readers
    engine.runners    ONNX Runtime / torch runners, Classifier, Prediction, output cache
    engine.bundle     the model bundle: schema, loading, verification, trust
    engine.checks     input gate, out-of-distribution and adult-appearance scores
    engine.decision   sigmoid, Platt fit, threshold and band rules, site profiles
    engine.image      image input, DICOM display values, preprocessing, heatmaps
    engine.files      private files, atomic writes, output checks, strict JSON, app folders
    engine.errors     typed errors whose messages say what to do
"""

from engine._lazy import attach
from engine._version import __version__

__getattr__, __dir__, _public = attach(__name__, {
    # image input
    "load_image": "engine.image.io",
    "XrayImage": "engine.image.io",
    "discover": "engine.batch.discover",
    # the model
    "load_bundle": "engine.bundle.model_bundle",
    "ModelBundle": "engine.bundle.model_bundle",
    "default_model_dir": "engine.files.resources",
    "load_site_profile": "engine.decision.site_profile",
    # running it
    "Classifier": "engine.runners.classifier",
    "Prediction": "engine.runners.results",
    "Status": "engine.runners.results",
    "Analysis": "engine.batch.analysis",
    # records
    "write_csv": "engine.records.results_csv",
    "write_report": "engine.records.report",
    "AuditLog": "engine.records.audit",
})
__all__ = ["__version__", *_public]
