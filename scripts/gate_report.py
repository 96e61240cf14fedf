#!/usr/bin/env python3
"""Input-gate figures for the closing note / model card.

    .venv/bin/python scripts/gate_report.py [--model DIR] [--test ../shared/data/kermany224/test]

Share of the official test split gated out (target <= 2 %) and share of 60 generated
non-chest-X-ray images plus pydicom's CT/MR test files gated (target >= 95 %).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", default=None)
    ap.add_argument("--test", default=str(ROOT.parent / "shared" / "data" / "kermany224" / "test"))
    args = ap.parse_args()
    import pydicom.data

    from engine.discover import discover
    from engine.inference import Classifier
    from engine.resources import default_model_dir
    from factories import non_cxr_images

    clf = Classifier(args.model or default_model_dir(), batch_size=16)
    test = discover([args.test]).images
    preds = list(clf.predict_many(test))
    gated = [p for p in preds if p.status == "out_of_scope"]
    print(f"official test split: {len(gated)}/{len(preds)} gated ({len(gated) / len(preds):.1%}); "
          f"codes {Counter(c for p in gated for c in p.gate_codes)}")
    with tempfile.TemporaryDirectory() as tmp:
        junk = non_cxr_images(Path(tmp), n=60)
        names = ["CT_small.dcm", "MR_small.dcm", "MR_small_RLE.dcm", "MR_small_jp2klossless.dcm", "JPGExtended.dcm",
                 "liver_1frame.dcm", "image_dfl.dcm", "693_J2KI.dcm", "examples_overlay.dcm"]
        junk += [Path(pydicom.data.get_testdata_file(n)) for n in names]
        jp = list(clf.predict_many(junk))
    ok = [p for p in jp if p.status == "out_of_scope"]
    print(f"non-chest-X-ray set: {len(ok)}/{len(jp)} gated ({len(ok) / len(jp):.1%}); "
          f"codes {Counter(c for p in ok for c in p.gate_codes)}")
    for p in jp:
        if p.status != "out_of_scope":
            print(f"  NOT gated: {Path(p.path).name} status={p.status} ood={p.ood_score} {p.error[:80]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
