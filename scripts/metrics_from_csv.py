#!/usr/bin/env python3
"""Metrics of a pneumoscan-predict CSV against the labels in the folder names (NORMAL/, PNEUMONIA/).

    .venv/bin/python scripts/metrics_from_csv.py out.csv

Uses the same scikit-learn metrics as pneumoscan-evaluate, on the CSV's p_pneumonia and threshold,
so the numbers can be compared with the model card.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np  # noqa: E402

from training.evaluate import point_metrics  # noqa: E402


def main(path: str) -> int:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    labels, probs, thresholds, status = [], [], set(), {}
    for r in rows:
        status[r["status"]] = status.get(r["status"], 0) + 1
        parent = Path(r["path"].lstrip("'")).parent.name.upper()
        if parent not in ("NORMAL", "PNEUMONIA"):
            continue
        p = r["p_pneumonia"] or r["raw_p_pneumonia"]  # gated rows: the model's raw output
        if not p:
            continue
        labels.append(int(parent == "PNEUMONIA"))
        probs.append(float(p))
        thresholds.add(float(r["threshold"]))
    t = thresholds.pop()
    m = point_metrics(np.array(labels), np.array(probs), t)
    print(f"{len(rows)} rows {status}; {len(labels)} labelled; threshold {t:.4f}")
    print("  ".join(f"{k} {v:.4f}" for k, v in m.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
