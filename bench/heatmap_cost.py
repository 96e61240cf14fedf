#!/usr/bin/env python3
"""What the heatmap costs (issue 31): on screen, in exports and in reports, measured in one run.

    python bench/heatmap_cost.py [--model BUNDLE] [--data FOLDER] [--n 24] [--json OUT]

For ``--n`` images of ``--data`` (default: the Kermany test split's PNEUMONIA folder, else generated images):

* (a) analysis alone: the batch, no map (what every image costs);
* (b) selecting an image: read, check, decode and sweep it (``Analysis.explain``, as the app's viewer asks),
  per image -- the target is at most 1.5 s on a 2-core CPU -- and the same image again (kept in memory);
* (c) exporting the overlays of the images whose map is shown, and (d) printing their report, each with the maps
  already made (the app's case after review) and made during the export;

and the ratios (b)/(a) per image and (c), (d) with and without the maps made first, from the same run.  Speed
lives here, never in timed tests (tests/engine/test_bench_heatmap.py runs this on a tiny bundle).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

KERMANY_PNEUMONIA = ROOT.parent / "shared" / "data" / "kermany224" / "test" / "PNEUMONIA"
TARGET_SECONDS = 1.5


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", default=None)
    ap.add_argument("--data", default=None)
    ap.add_argument("--n", type=int, default=24)
    ap.add_argument("--json", default=None)
    args = ap.parse_args(argv)

    from engine.batch.analysis import Analysis
    from engine.batch.discover import discover
    from engine.bundle.model_bundle import load_bundle
    from engine.files.resources import default_model_dir
    from engine.image.heatmap import shown_by_default
    from engine.records.report import write_report

    bundle = load_bundle(args.model or default_model_dir())
    data = Path(args.data) if args.data else KERMANY_PNEUMONIA
    paths = sorted(str(p) for p in discover([data]).images)[: args.n]
    if not paths:
        ap.error(f"no images in {data}")
    res: dict = {"bundle": bundle.summary(), "method": bundle.heatmap_method, "grid": bundle.heatmap_grid,
                 "refine": bundle.heatmap_refine, "images": len(paths)}

    def fresh() -> Analysis:  # a new classifier: no map kept from an earlier step
        return Analysis(bundle, device="cpu")

    service = fresh()
    list(service.run(paths[:1]))  # warm-up: the graph's first run
    t0 = time.perf_counter()
    preds = list(service.run(paths))
    res["a_analysis_s_per_image"] = (time.perf_counter() - t0) / len(paths)
    res["runner"] = service.description
    shown = [p for p in preds if shown_by_default(p)]
    res["shown"] = len(shown)
    first, again = [], []
    for p in shown:
        t = time.perf_counter()
        service.explain(p)
        first.append(time.perf_counter() - t)
        t = time.perf_counter()
        service.explain(p)
        again.append(time.perf_counter() - t)
    if first:
        res["b_select_s_median"] = statistics.median(first)
        res["b_select_s_max"] = max(first)
        res["b_select_again_s_median"] = statistics.median(again)
        res["b_over_a"] = res["b_select_s_median"] / res["a_analysis_s_per_image"]
    with tempfile.TemporaryDirectory() as tmp:
        for label in ("made_first", "made_during"):
            svc = service if label == "made_first" else fresh()  # a fresh classifier keeps no map
            run = preds if label == "made_first" else list(svc.run(paths))
            t = time.perf_counter()
            svc.export_heatmaps(run, Path(tmp) / f"heat_{label}")
            res[f"c_export_s_{label}"] = time.perf_counter() - t
            if label == "made_during":
                svc = fresh()
                run = list(svc.run(paths))
            t = time.perf_counter()
            write_report(svc.with_maps(run), Path(tmp) / f"r_{label}.pdf", bundle)
            res[f"d_report_s_{label}"] = time.perf_counter() - t
    print(f"{res['bundle']} on {res['runner']}: {len(paths)} images, {res['shown']} with a map shown "
          f"({res['method']}{', grid %d' % res['grid'] if res['grid'] else ''}"
          f"{', refine %d' % res['refine'] if res['refine'] else ''})")
    print(f"(a) analysis alone              {res['a_analysis_s_per_image']:.3f} s per image")
    if first:
        print(f"(b) selecting an image: its map {res['b_select_s_median']:.3f} s median, {res['b_select_s_max']:.3f} s max "
              f"(target <= {TARGET_SECONDS} s; again: {res['b_select_again_s_median'] * 1000:.1f} ms); "
              f"{res['b_over_a']:.1f} x the analysis of one image")
    for step, name in (("c_export", "(c) exporting the overlays"), ("d_report", "(d) printing the report")):
        made, during = res[f"{step}_s_made_first"], res[f"{step}_s_made_during"]
        print(f"{name:31} {made:.2f} s with the maps made, {during:.2f} s making them "
              f"({during / max(made, 1e-9):.1f} x)")
    if args.json:
        Path(args.json).write_text(json.dumps(res, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
