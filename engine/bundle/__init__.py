"""The model bundle: one folder from training to engine to installer.

Owns: the schema, loading and verification of ``bundle.json`` and the files it
hashes (:mod:`.model_bundle`; the specification is ``docs/bundle.md``) and which
bundles may decide labels (:mod:`.trust`).  Built on the checks, decision and
image layers, whose parameters a bundle carries.
"""

from engine._lazy import attach

__getattr__, __dir__, __all__ = attach(__name__, {
    "sha256_file": "model_bundle",
    "bundle_digest": "model_bundle",
    "ModelBundle": "model_bundle",
    "thaw": "model_bundle",
    "validate_meta": "model_bundle",
    "load_bundle": "model_bundle",
    "verify_files": "model_bundle",
    "load_state_dict": "model_bundle",
    "is_shipped": "trust",
    "require_trusted": "trust",
})
