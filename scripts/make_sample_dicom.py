#!/usr/bin/env python3
"""Make the pediatric DICOM sample (assets/samples/) from a Kermany test image.

    python scripts/make_sample_dicom.py ../shared/data/kermany224/test/PNEUMONIA/person10_virus_35.jpeg \
        assets/samples/pediatric_chest_CR_rle.dcm

The pixels are the CC BY 4.0 image, unchanged (8-bit grey, RLE Lossless, so it
decodes back bit-exact).  Tags describe what the dataset documents (pediatric
AP chest radiographs, CR); nothing is invented: no name, age, sex or date, and
the description says where the pixels come from.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__)
        return 2
    import pydicom
    from PIL import Image
    from pydicom.dataset import Dataset, FileMetaDataset
    from pydicom.uid import ComputedRadiographyImageStorage as CRImageStorage
    from pydicom.uid import ExplicitVRLittleEndian, RLELossless, generate_uid

    src, out = Path(argv[0]), Path(argv[1])
    grey = np.asarray(Image.open(src).convert("L"), dtype=np.uint8)
    ds = Dataset()
    ds.file_meta = FileMetaDataset()
    ds.file_meta.MediaStorageSOPClassUID = CRImageStorage
    ds.file_meta.MediaStorageSOPInstanceUID = generate_uid()
    ds.file_meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds.SOPClassUID = CRImageStorage
    ds.SOPInstanceUID = ds.file_meta.MediaStorageSOPInstanceUID
    ds.StudyInstanceUID, ds.SeriesInstanceUID = generate_uid(), generate_uid()
    ds.PatientID = "SAMPLE-PED-001"
    ds.Modality = "CR"
    ds.BodyPartExamined = "CHEST"
    ds.ViewPosition = "AP"
    ds.StudyDescription = f"Kermany 2018 test {src.stem} CC BY 4.0"[:64]  # LO: 64 chars at most
    ds.SamplesPerPixel = 1
    ds.PhotometricInterpretation = "MONOCHROME2"
    ds.Rows, ds.Columns = grey.shape
    ds.BitsAllocated = ds.BitsStored = 8
    ds.HighBit = 7
    ds.PixelRepresentation = 0
    ds.PixelData = grey.tobytes()
    ds["PixelData"].VR = "OB"
    ds.compress(RLELossless, grey)
    ds.save_as(out, enforce_file_format=True)
    back = pydicom.dcmread(out).pixel_array
    assert np.array_equal(back, grey), "RLE round trip changed the pixels"
    print(f"wrote {out} ({out.stat().st_size} bytes, {grey.shape[1]}x{grey.shape[0]}, RLE Lossless)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
