"""A seeded mutator for image files: bit flips, byte overwrites, truncation, insertions,
and header lies (declared sizes, bit depths, frame counts).  Used by the CI fuzz test and by
scripts/fuzz_load.py for long runs."""

from __future__ import annotations

import struct
import zlib

import numpy as np


def _png_lie(data: bytes, rng: np.random.Generator) -> bytes:
    i = data.find(b"IHDR")
    if i < 0:
        return data
    ihdr = bytearray(data[i + 4:i + 17])
    if len(ihdr) < 13:  # IHDR cut short by an earlier truncation
        return data
    choice = rng.integers(0, 4)
    if choice == 0:  # huge dimensions (decompression bomb)
        ihdr[0:8] = struct.pack(">II", int(rng.integers(20_000, 2**31 - 1)), int(rng.integers(20_000, 2**31 - 1)))
    elif choice == 1:
        ihdr[8] = int(rng.choice([1, 2, 4, 8, 16, 3, 7, 255]))  # bit depth
    elif choice == 2:
        ihdr[9] = int(rng.choice([0, 2, 3, 4, 6, 1, 5, 255]))  # colour type
    else:
        ihdr[0:8] = struct.pack(">II", int(rng.integers(0, 5)), int(rng.integers(0, 5)))
    crc = struct.pack(">I", zlib.crc32(b"IHDR" + bytes(ihdr)) & 0xFFFFFFFF)
    return data[:i + 4] + bytes(ihdr) + crc + data[i + 21:]


def _jpeg_lie(data: bytes, rng: np.random.Generator) -> bytes:
    for marker in (b"\xff\xc0", b"\xff\xc1", b"\xff\xc2"):
        i = data.find(marker)
        if 0 <= i and i + 9 <= len(data):
            b = bytearray(data)
            h, w = int(rng.integers(0, 65536)), int(rng.integers(0, 65536))
            b[i + 5:i + 9] = struct.pack(">HH", h, w)
            return bytes(b)
    return data


def _dicom_lie(data: bytes, rng: np.random.Generator) -> bytes:
    # (0028,0010) Rows, (0028,0011) Columns, (0028,0100) BitsAllocated, (0028,0101) BitsStored,
    # (0028,0008) NumberOfFrames -- explicit VR little endian: tag, VR, 2-byte length, value
    tags = {b"\x28\x00\x10\x00": "US", b"\x28\x00\x11\x00": "US", b"\x28\x00\x00\x01": "US", b"\x28\x00\x01\x01": "US",
            b"\x28\x00\x02\x00": "US"}
    b = bytearray(data)
    tag = list(tags)[int(rng.integers(0, len(tags)))]
    i = data.find(tag)
    if 0 <= i and i + 10 <= len(b):
        b[i + 8:i + 10] = struct.pack("<H", int(rng.choice([0, 1, 3, 7, 33, 255, 4096, 30000, 65535])))
    return bytes(b)


def mutate(data: bytes, kind: str, rng: np.random.Generator) -> bytes:
    """One random mutation (sometimes several) of a valid file of ``kind`` (png/jpeg/dicom)."""
    b = bytearray(data)
    n_ops = int(rng.integers(1, 4))
    for _ in range(n_ops):
        op = int(rng.integers(0, 7))
        if op == 0 and b:  # bit flips
            for _ in range(int(rng.integers(1, 16))):
                j = int(rng.integers(0, len(b)))
                b[j] ^= 1 << int(rng.integers(0, 8))
        elif op == 1 and b:  # truncation
            b = b[: int(rng.integers(0, len(b)))]
        elif op == 2 and b:  # overwrite a run of bytes
            j = int(rng.integers(0, len(b)))
            k = int(rng.integers(1, 64))
            b[j:j + k] = rng.integers(0, 256, k, dtype=np.uint8).tobytes()
        elif op == 3:  # insert random bytes
            j = int(rng.integers(0, len(b) + 1))
            b[j:j] = rng.integers(0, 256, int(rng.integers(1, 64)), dtype=np.uint8).tobytes()
        elif op == 4:  # header lies
            fn = {"png": _png_lie, "jpeg": _jpeg_lie, "dicom": _dicom_lie}[kind]
            b = bytearray(fn(bytes(b), rng))
        elif op == 5 and b:  # interesting values
            j = int(rng.integers(0, len(b)))
            b[j:j + 4] = rng.choice([b"\xff\xff\xff\xff", b"\x00\x00\x00\x00", b"\x7f\xff\xff\xff", b"\x80\x00\x00\x00"])
        else:  # duplicate a chunk
            if len(b) > 2:
                j = int(rng.integers(0, len(b) - 1))
                k = int(rng.integers(1, min(256, len(b) - j)))
                b[j:j] = b[j:j + k]
    return bytes(b)
