"""engine.runners.cache: the cache of model outputs -- signed, verified field by field, survives restarts, torn
lines and full disks.

Gathered, when the tests were named for the modules they test, from: test_safety.py (Input gate, audit trail,
fuzzing, and no lost work); test_untrusted_disk.py (Issue 27: nothing read back from disk decides a label
unverified, and no output ever destroys an input).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import numpy as np
import pytest
from factories import cache_file, csv_rows, noisy_images, run_predict
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from engine.runners.cache import ResultCache
from engine.runners.classifier import Classifier

_json = st.recursive(st.none() | st.booleans() | st.floats(allow_nan=True) | st.integers() | st.text(max_size=20),
                     lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=6),
                     max_leaves=20)


_PROPERTY = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.mark.hazard("H-022")
def test_result_cache_survives_restart_and_torn_line(tmp_path: Path) -> None:
    from engine.runners.cache import ModelOutputs

    path = tmp_path / "cache.jsonl"
    c = ResultCache(path)
    c.put(ModelOutputs(sha256="1" * 64, bundle_sha256="e" * 64, variant="", logit=-2.0,
                       ood_score=0.5, adult_score=-1.0, cam=np.ones((2, 2), np.float32), image_size=(100, 120),
                       source_format="PNG", metadata={"PatientID": "X"}))
    with path.open("a") as fh:
        fh.write('{"_format": 3, "sha256": "2222')  # killed mid-write
    again = ResultCache(path)
    got = again.get("1" * 64, "e" * 64)
    assert got is not None and got.logit == -2.0 and got.image_size == (100, 120) and got.cam.shape == (2, 2)
    assert got.metadata["PatientID"] == "X" and len(again) == 1 and again.rejected == 1
    assert again.get("1" * 64, "e" * 64, variant="age") is None  # another gate policy: not the same result


@pytest.mark.hazard("H-022")
def test_an_edited_cache_line_never_changes_a_result(tiny_bundle: Path, tmp_path: Path, caplog) -> None:
    """Before: one appended line with the file's sha256 and ``"label": "NORMAL", "p_pneumonia": 0.01`` made a
    PNEUMONIA image NORMAL; a NaN, a band that contradicts the label, an unknown status passed; "abc" crashed
    every later batch.  Now: lines hold model outputs only, signed; every hit is decided again."""
    folder = noisy_images(tmp_path / "s")
    assert run_predict(tiny_bundle, str(folder), "--csv", str(tmp_path / "a.csv")) == 0
    first = {r["sha256"]: r for r in csv_rows(tmp_path / "a.csv")}
    lines = cache_file().read_bytes().splitlines()
    assert len(lines) == 4
    for raw in lines:
        rec = json.loads(raw)
        assert not {"label", "band", "status", "p_pneumonia", "error"} & set(rec)  # outputs only, never decisions
    forged = []
    for raw in lines:
        rec = json.loads(raw)
        forged.append({**rec, "logit": -rec["logit"] if rec["logit"] else 25.0})  # another "model output", old mac
        forged.append({**rec, "label": "NORMAL", "p_pneumonia": 0.01, "band": "normal"})  # the old attack
    with cache_file().open("ab") as fh:
        for rec in forged:
            fh.write(json.dumps(rec).encode() + b"\n")
        fh.write(b'{"_format": 3, "logit": NaN}\n{"_format": 3, "logit": "abc"}\n\xff\xfe garbage\n')
        fh.write(b'{"sha256": ' + b"[" * 5000 + b"\n")
    caplog.set_level("WARNING")
    assert run_predict(tiny_bundle, str(folder), "--csv", str(tmp_path / "b.csv")) == 0
    second = {r["sha256"]: r for r in csv_rows(tmp_path / "b.csv")}
    for sha, row in first.items():
        for col in ("status", "result", "label", "band", "p_pneumonia", "gate_codes"):
            assert second[sha][col] == row[col], (col, row["path"])
    assert any("not used" in r.getMessage() and "mac" in r.getMessage() for r in caplog.records)


@pytest.mark.hazard("H-012", "H-022")
def test_cache_hits_are_decided_by_the_bundle_in_force(tiny_bundle: Path, tmp_path: Path) -> None:
    """The same outputs under another decision rule give that rule's labels (nothing decided is read back)."""
    from engine.bundle.model_bundle import load_bundle
    from engine.runners.cache import ResultCache

    folder = noisy_images(tmp_path / "s")
    files = sorted(folder.iterdir())
    cache = ResultCache(tmp_path / "c.jsonl")
    bundle = load_bundle(tiny_bundle)
    fresh = list(Classifier(bundle, cache=cache).predict_many(files))
    again = list(Classifier(bundle, cache=ResultCache(tmp_path / "c.jsonl")).predict_many(files))
    for a, b in zip(fresh, again):
        assert (a.status, a.label, a.band, a.p_pneumonia, a.gate_codes, a.logit) == (
            b.status, b.label, b.band, b.p_pneumonia, b.gate_codes, b.logit)
        assert a.cam is not None and b.cam is not None and np.allclose(a.cam, b.cam, atol=1e-5)

    # another rule over the same cached outputs: a site profile whose threshold lies among these images' scores
    from engine.decision.site_profile import fit_site_profile

    ok = [p for p in fresh if p.ok]
    z = np.array([p.logit for p in ok])
    cut = float(np.median(z))
    y = np.r_[np.zeros(40), np.ones(40)].astype(int)
    gap = 1e-3 * (z.max() - z.min())
    profile = fit_site_profile(bundle, np.r_[np.linspace(z.min(), cut - gap, 40), np.linspace(cut + gap, z.max(), 40)],
                               y, n_bootstrap=20, n_out_of_bag=20)
    cached = Classifier(bundle.with_site(profile), cache=ResultCache(tmp_path / "c.jsonl"))
    sited = {p.path: p for p in cached.predict_many(files)}
    labels = set()
    for a in ok:
        b = sited[a.path]
        p = profile.probability(a.logit / bundle.temperature)
        assert b.logit == a.logit and b.p_pneumonia == pytest.approx(p, abs=1e-9)
        assert b.label == ("PNEUMONIA" if p >= profile.threshold else "NORMAL")  # the profile's rule, not the cache's
        labels.add(b.label)
    assert labels == {"NORMAL", "PNEUMONIA"}


@pytest.mark.hazard("H-027")
def test_the_cache_writes_whole_lines_and_survives_a_full_disk(tmp_path: Path, monkeypatch) -> None:
    from engine.files import outputs
    from engine.runners.cache import ModelOutputs, ResultCache

    cache = ResultCache(tmp_path / "c.jsonl")
    rec = ModelOutputs(sha256="a" * 64, bundle_sha256="b" * 64, variant="", logit=1.5, ood_score=0.1,
                       adult_score=-2.0, cam=np.ones((7, 7), np.float32), image_size=(100, 90), source_format="PNG")
    cache.put(rec)
    size = (tmp_path / "c.jsonl").stat().st_size
    real = os.write

    def half(fd, data):  # a disk that fills in the middle of the line
        return real(fd, bytes(data)[: len(data) // 2])

    monkeypatch.setattr(outputs.os, "write", half)
    cache.put(ModelOutputs(**{**rec.__dict__, "sha256": "c" * 64}))  # logged, never raised
    monkeypatch.setattr(outputs.os, "write", real)
    assert (tmp_path / "c.jsonl").stat().st_size == size  # the half line was rolled back
    assert len(ResultCache(tmp_path / "c.jsonl")) == 1


@_PROPERTY
@given(st.binary(max_size=400) | _json.map(lambda v: json.dumps(v).encode()))
@pytest.mark.hazard("H-022")
def test_cache_reader_never_crashes_and_never_invents_a_record(tmp_path: Path, line: bytes) -> None:
    from engine.runners.cache import BadRecord, ResultCache, from_line

    with pytest.raises(BadRecord):
        from_line(line, b"k" * 32)  # nothing but a line signed with the key is a record
    path = tmp_path / "c.jsonl"
    path.write_bytes(line + b"\n" + line)
    assert len(ResultCache(path)) == 0


@_PROPERTY
@given(st.dictionaries(st.sampled_from(["_format", "sha256", "bundle_sha256", "variant", "logit", "ood_score",
                                        "adult_score", "cam", "image_size", "source_format", "metadata", "device",
                                        "mac", "label"]), _json, max_size=14))
@pytest.mark.hazard("H-022")
def test_cache_reader_refuses_any_unsigned_record(record: dict) -> None:
    from engine.runners.cache import BadRecord, from_line

    with pytest.raises(BadRecord):
        from_line(json.dumps({**record, "_format": 3}), b"k" * 32)
