"""Small files the tests generate: DICOMs, rasters, bad inputs."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pydicom
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.uid import (
    ExplicitVRBigEndian,
    ExplicitVRLittleEndian,
    JPEGBaseline8Bit,
    generate_uid,
)

DX_STORAGE = "1.2.840.10008.5.1.4.1.1.1.1"  # Digital X-Ray Image Storage - For Presentation


def gradient(height: int = 96, width: int = 80, maxval: int = 255, seed: int = 0) -> np.ndarray:
    """A smooth ramp with a bright disc: varied enough to catch inversions and scaling."""
    rng = np.random.default_rng(seed)
    y, x = np.mgrid[0:height, 0:width]
    img = (x / (width - 1) * 0.6 + y / (height - 1) * 0.3) * maxval
    disc = (y - height / 2) ** 2 + (x - width / 3) ** 2 < (min(height, width) / 5) ** 2
    img[disc] = maxval * 0.95
    img += rng.normal(0, maxval * 0.01, img.shape)
    return np.clip(np.rint(img), 0, maxval)


def make_dicom(
    path: Path,
    pixels: np.ndarray,
    *,
    bits_stored: int = 12,
    bits_allocated: int = 16,
    photometric: str = "MONOCHROME2",
    signed: bool = False,
    slope: float | None = None,
    intercept: float | None = None,
    window: tuple[float, float] | None = None,
    modality: str = "DX",
    view: str | None = "AP",
    body_part: str | None = "CHEST",
    age: str | None = "003Y",
    transfer_syntax: str = ExplicitVRLittleEndian,
    frames: int = 1,
    preamble: bool = True,
    extra: dict | None = None,
) -> Path:
    ds = Dataset()
    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = DX_STORAGE
    meta.MediaStorageSOPInstanceUID = generate_uid()
    meta.TransferSyntaxUID = transfer_syntax
    ds.file_meta = meta
    ds.SOPClassUID = DX_STORAGE
    ds.SOPInstanceUID = meta.MediaStorageSOPInstanceUID
    ds.StudyInstanceUID = generate_uid()
    ds.SeriesInstanceUID = generate_uid()
    ds.PatientID = "TEST-001"
    ds.PatientName = "Doe^Jane"
    ds.AccessionNumber = "ACC42"
    ds.StudyDate = "20260101"
    ds.Modality = modality
    if view is not None:
        ds.ViewPosition = view
    if body_part is not None:
        ds.BodyPartExamined = body_part
    if age is not None:
        ds.PatientAge = age
    ds.PatientSex = "F"
    ds.SamplesPerPixel = 1
    ds.PhotometricInterpretation = photometric
    ds.Rows, ds.Columns = pixels.shape[-2:]
    ds.BitsAllocated = bits_allocated
    ds.BitsStored = bits_stored
    ds.HighBit = bits_stored - 1
    ds.PixelRepresentation = 1 if signed else 0
    if frames > 1:
        ds.NumberOfFrames = frames
    if slope is not None:
        ds.RescaleSlope = slope
        ds.RescaleIntercept = intercept or 0
    if window is not None:
        ds.WindowCenter, ds.WindowWidth = window
    for k, v in (extra or {}).items():
        setattr(ds, k, v)
    dtype = {8: np.uint8, 16: np.uint16}[bits_allocated]
    if signed:
        dtype = {8: np.int8, 16: np.int16}[bits_allocated]
    arr = np.asarray(pixels).astype(dtype)
    if transfer_syntax in (pydicom.uid.JPEGLossless, pydicom.uid.JPEGLosslessSV1):
        # no local test file uses JPEG Lossless: encode one (imagecodecs' lossless JPEG encoder)
        import imagecodecs
        from pydicom.encaps import encapsulate

        ds.PixelData = encapsulate([imagecodecs.ljpeg_encode(arr, bitspersample=bits_stored)])
        ds["PixelData"].VR = "OB"
    elif transfer_syntax == JPEGBaseline8Bit:
        from PIL import Image
        from pydicom.encaps import encapsulate

        buf = io.BytesIO()
        Image.fromarray(arr.astype(np.uint8)).save(buf, format="JPEG", quality=95)
        ds.PixelData = encapsulate([buf.getvalue()])
        ds["PixelData"].VR = "OB"
        ds.LossyImageCompression = "01"
    elif transfer_syntax in (ExplicitVRLittleEndian, ExplicitVRBigEndian, pydicom.uid.ImplicitVRLittleEndian,
                             pydicom.uid.DeflatedExplicitVRLittleEndian):
        if transfer_syntax == ExplicitVRBigEndian:
            ds.PixelData = arr.astype(arr.dtype.newbyteorder(">")).tobytes()
        else:
            ds.PixelData = arr.tobytes()
        ds["PixelData"].VR = "OW" if bits_allocated > 8 else "OB"
    else:  # RLE, JPEG 2000...: let pydicom's encoders compress an uncompressed dataset
        ds.file_meta.TransferSyntaxUID = ExplicitVRLittleEndian
        ds.PixelData = arr.tobytes()
        ds["PixelData"].VR = "OW" if bits_allocated > 8 else "OB"
        ds.compress(transfer_syntax, arr)
    if preamble:
        ds.save_as(path, enforce_file_format=True)
    else:
        # a raw dataset stream with no 128-byte preamble and no "DICM" marker
        with open(path, "wb") as fh:
            pydicom.dcmwrite(fh, ds, enforce_file_format=False, little_endian=True, implicit_vr=False)
    return path


def write_raster(path: Path, arr: np.ndarray) -> Path:
    """Encode ``arr`` (grey, or BGR as OpenCV orders colour) by its file suffix: with OpenCV where it is installed
    (the main test environment, which the tests' expectations were written against), else with Pillow (the
    torch-free run: the CPU run-time has no OpenCV), JPEG at OpenCV's default quality."""
    try:
        import cv2
    except ModuleNotFoundError:
        from PIL import Image

        a = arr[..., ::-1] if arr.ndim == 3 and arr.shape[2] == 3 else arr
        kw = {"quality": 95} if path.suffix.lower() in (".jpg", ".jpeg") else {}
        Image.fromarray(np.ascontiguousarray(a)).save(path, **kw)
        return path
    ok, buf = cv2.imencode(path.suffix, arr)
    assert ok, path
    path.write_bytes(buf.tobytes())
    return path


def write_palette_png(path: Path, grey: np.ndarray) -> Path:
    from PIL import Image

    im = Image.fromarray(grey.astype(np.uint8), mode="L").convert("P")
    im.save(path)
    return path


def png_with_declared_size(path: Path, width: int, height: int) -> Path:
    """A tiny, valid-looking PNG whose header declares a huge image (a decompression bomb)."""
    import struct
    import zlib

    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    idat = zlib.compress(b"\x00" * 1024)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b""))
    return path


def bundle_meta(size: int = 64, hidden: list[int] | None = None, threshold: float = 0.5, temperature: float = 1.0,
                band: tuple[float, float] | None = None) -> dict:
    """Metadata of a tiny test bundle (random weights; not a real model)."""
    from engine.image.preprocess import PreprocessSpec
    from engine.runners.torch_backend.network import head_meta

    return {
        "name": "test-random-densenet161",
        "version": "0.0.1-test",
        "architecture": "densenet161",
        "head": head_meta([16] if hidden is None else hidden, 0.0),
        "class_names": ["NORMAL", "PNEUMONIA"],
        "input": PreprocessSpec(size, size).to_meta(),
        "decision": {"threshold": threshold, "rule": "fixed for tests", "temperature": temperature,
                     "calibration": "none",
                     **({"band": {"low": band[0], "high": band[1], "rule": "fixed for tests"}} if band else {})},
        "training": {"recipe": "random weights for tests"},
        "data": {},
        "metrics": {},
        "intended_use": "tests only",
        "population": {"age_years": [1, 5], "trained_age_years": [1, 5], "modalities": ["CR", "DX", "DR"],
                       "body_parts": ["CHEST", "THORAX", "LUNG"], "views": ["AP", "PA"]},
    }


def trivial_ood(meta: dict, cutoff: float = 1e6):
    """Out-of-distribution statistics every test image passes (identity precision, a huge cut-off):
    a bundle must carry them, and tests of the gate itself fit real ones."""
    from engine.checks.ood import OodModel
    from engine.runners.torch_backend.network import FEATURE_CHANNELS

    dim = FEATURE_CHANNELS[meta["architecture"]]
    return (OodModel(mean=np.zeros(dim), precision=np.eye(dim) * 1e-6, cutoff=cutoff),
            {"method": "identity (tests only)", "cutoff": cutoff})


def random_net(meta: dict, seed: int = 0):
    import torch

    from engine.runners.torch_backend.network import build_model

    torch.manual_seed(seed)
    net = build_model(meta)
    for m in net.modules():  # non-trivial batch-norm statistics, so outputs vary with the input
        if isinstance(m, torch.nn.BatchNorm2d):
            m.running_mean.normal_(0, 0.1)
            m.running_var.uniform_(0.5, 1.5)
    return net


def write_test_bundle(path: Path, size: int = 64, seed: int = 0, **kw) -> Path:
    from training.bundle_writer import save_bundle

    meta = bundle_meta(size, **kw)
    save_bundle(path, random_net(meta, seed).state_dict(), meta, ood=trivial_ood(meta))
    return path


def non_cxr_images(folder: Path, n: int = 60, seed: int = 0) -> list[Path]:
    """Images a clinic's folder may hold that are not chest X-rays: photos, documents, noise,
    blank frames, CT/MR-like slices, screenshots.  Deterministic for a seed."""
    import cv2

    rng = np.random.default_rng(seed)
    folder.mkdir(parents=True, exist_ok=True)
    kinds = ["photo", "document", "noise", "blank", "ct_slice", "checker", "screenshot", "gradient", "mr_slice", "text_scan"]
    out = []
    for i in range(n):
        kind = kinds[i % len(kinds)]
        h, w = int(rng.integers(200, 480)), int(rng.integers(200, 480))
        if kind == "photo":  # smooth colour blobs, like a blurred natural photo
            img = rng.random((h // 16 + 2, w // 16 + 2, 3))
            img = cv2.resize(img, (w, h), interpolation=cv2.INTER_CUBIC)
            img = np.clip(img * 255, 0, 255).astype(np.uint8)
        elif kind in ("document", "text_scan"):
            img = np.full((h, w, 3), 245 if kind == "document" else 225, np.uint8)
            for y in range(30, h - 20, 22):
                words = "".join(rng.choice(list("abcdefghijklmnopqrstuvwxyz "), size=int(rng.integers(10, 40))))
                cv2.putText(img, words, (15, y), cv2.FONT_HERSHEY_SIMPLEX, 0.5, (20, 20, 20), 1)
        elif kind == "noise":
            img = rng.integers(0, 256, (h, w), dtype=np.uint8)
        elif kind == "blank":
            img = np.full((h, w), int(rng.choice([0, 128, 255])), np.uint8)
        elif kind in ("ct_slice", "mr_slice"):
            img = np.zeros((h, w), np.float32)
            cy, cx = h // 2, w // 2
            cv2.ellipse(img, (cx, cy), (int(w * 0.4), int(h * 0.33)), 0, 0, 360, 0.45, -1)
            if kind == "ct_slice":
                cv2.ellipse(img, (cx, cy), (int(w * 0.4), int(h * 0.33)), 0, 0, 360, 1.0, 6)
                cv2.circle(img, (cx, int(cy + h * 0.2)), int(min(h, w) * 0.05), 1.0, -1)
            else:
                for _ in range(6):
                    cv2.circle(img, (int(rng.integers(cx - 60, cx + 60)), int(rng.integers(cy - 40, cy + 40))),
                               int(rng.integers(5, 25)), float(rng.uniform(0.6, 1.0)), -1)
            img = cv2.GaussianBlur(img, (5, 5), 0)
            img = np.clip(img * 255 + rng.normal(0, 6, img.shape), 0, 255).astype(np.uint8)
        elif kind == "checker":
            s = int(rng.integers(8, 40))
            yy, xx = np.mgrid[0:h, 0:w]
            img = (((yy // s) + (xx // s)) % 2 * 255).astype(np.uint8)
        elif kind == "screenshot":
            img = np.full((h, w, 3), 235, np.uint8)
            cv2.rectangle(img, (0, 0), (w, 28), (60, 90, 160), -1)
            for _ in range(5):
                x0, y0 = int(rng.integers(0, w - 60)), int(rng.integers(40, h - 40))
                cv2.rectangle(img, (x0, y0), (x0 + 60, y0 + 25), tuple(int(c) for c in rng.integers(0, 255, 3)), -1)
        else:  # gradient
            y, x = np.mgrid[0:h, 0:w]
            img = ((x / w * 0.5 + y / h * 0.5) * 255).astype(np.uint8)
        path = folder / f"{i:03d}_{kind}.{'jpg' if kind == 'photo' else 'png'}"
        write_raster(path, img)
        out.append(path)
    return out


def trust_args(bundle_dir) -> list[str]:
    """``--trust-bundle DIGEST`` for a test bundle (test bundles are never the shipped one)."""
    from engine.bundle.model_bundle import load_bundle

    return ["--trust-bundle", load_bundle(bundle_dir, verify=False).digest]


# --------------------------------------------------------------------------- helpers the engine's tests share
def run_predict(bundle_dir: Path, *args: str) -> int:
    """``pneumoscan-predict ARGS`` with a test bundle, trusted, quietly; its exit code."""
    from engine.cli.predict import main as predict_main

    return predict_main([*args, "--model", str(bundle_dir), *trust_args(bundle_dir), "--quiet"])


def csv_rows(path: Path) -> list[dict[str, str]]:
    """A results CSV's rows, as the spreadsheet-friendly BOM-prefixed file is read back."""
    import csv

    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def cache_file() -> Path:
    """The result cache's file under the test's private user folders."""
    from engine.files.resources import user_cache_dir

    return user_cache_dir() / "results.jsonl"


def ok_prediction(path: str, **kw):
    """An analysed NORMAL result for ``path`` (fields overridable)."""
    from engine.runners.results import Prediction

    base = dict(path=path, status="ok", sha256="ab" * 32, label="NORMAL", p_pneumonia=0.2,
                threshold=0.5, bundle_sha256="ef" * 32)
    base.update(kw)
    return Prediction(**base)


def with_int8_gate(src: Path, dst: Path, passed: bool) -> Path:
    """A copy of bundle ``src`` at ``dst`` whose int8 acceptance outcome (``quantized.gate.passed``) is ``passed``."""
    import json
    import shutil

    from training.bundle_writer import update_bundle

    shutil.copytree(src, dst)
    meta = json.loads((dst / "bundle.json").read_text())
    q = dict(meta["quantized"], gate=dict(meta["quantized"]["gate"], passed=passed))
    update_bundle(dst, {}, {"quantized": q})
    return dst


def noisy_images(folder: Path, n: int = 4) -> Path:
    """``n`` distinct noisy 96x80 grey PNGs in ``folder`` (seeded): a small study to run the command line on."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(0)
    for i in range(n):
        g = gradient(96, 80, 255, seed=i).astype(np.float32) + rng.normal(0, 20, (96, 80))
        write_raster(folder / f"img{i}.png", np.clip(g, 0, 255).astype(np.uint8))
    return folder


def identified_prediction(path: str, **kw):
    """An analysed PNEUMONIA result carrying model identity and DICOM identifiers, one of them a formula."""
    from engine.runners.results import Prediction

    base = dict(path=path, status="ok", sha256="ab" * 32, label="PNEUMONIA", p_pneumonia=0.9,
                threshold=0.5, model_name="m", model_version="1", model_sha256="cd" * 32, device="cpu",
                image_size=(100, 120), metadata={"PatientID": "=HYPERLINK(\"http://x\")", "StudyDate": "20260101"})
    base.update(kw)
    return Prediction(**base)


def fitted_site_profile(bundle_dir: Path, tmp_path: Path) -> tuple[Path, dict]:
    """A site profile fitted for the bundle at ``bundle_dir`` on 80 generated scores, saved as ``site.json``."""
    import json

    from engine.bundle.model_bundle import load_bundle
    from engine.decision.site_profile import fit_site_profile, save_site_profile

    rng = np.random.default_rng(1)
    y = np.r_[np.zeros(40), np.ones(40)].astype(int)
    prof = fit_site_profile(load_bundle(bundle_dir), rng.normal(np.where(y == 1, 2.0, -1.0), 1.0), y,
                            n_bootstrap=50, n_out_of_bag=40)
    path = save_site_profile(prof, tmp_path / "site.json")
    return path, json.loads(path.read_text())
