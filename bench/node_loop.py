"""The DICOM node end to end against programs this project did not write (dcmtk, dicom3tools), and its latency.

    python bench/node_loop.py [--images 100] [--data DIR] [--model BUNDLE] [--json OUT]

1. N test images (alternately from DIR's PNEUMONIA and NORMAL folders, or any images in DIR) are made into
   DICOM with dcmtk's ``img2dcm`` (Modality CR, a child's age, chest PA), in a mix of transfer syntaxes: JPEG
   baseline as made, and re-encoded by dcmtk (explicit and implicit little endian, deflated, RLE, JPEG lossless
   SV1, JPEG-LS lossless) or pydicom (JPEG 2000 lossless).
2. dcmtk's ``storescp`` plays the PACS; ``pneumoscan-node`` listens on 127.0.0.1 and sends its results there.
3. dcmtk's ``storescu`` plays the X-ray unit: first ``--single`` images one at a time (the idle node's latency
   from the end of the C-STORE to the CSV row, timed from outside), then the rest in one association per
   transfer syntax.  Half-way through, the PACS is stopped; it is started again once every row is written.
4. The node is stopped with SIGTERM (it must exit 0), ``pneumoscan-predict`` analyses the same DICOM files,
   and the two CSVs are compared file by file (by sha256); ``dciodvfy`` checks every object the PACS received.

Prints what it measured and, with ``--json``, writes it.  Exit status 1 when a check failed.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SYNTAXES = (  # name, dcmtk commands after img2dcm (None: pydicom), the storescu option that proposes it
    ("jpeg-baseline", [], "-xy"),
    ("explicit-le", [["dcmdjpeg"]], "-xe"),
    ("implicit-le", [["dcmdjpeg"], ["dcmconv", "+ti"]], "-xi"),
    ("rle", [["dcmdjpeg"], ["dcmcrle"]], "-xr"),
    ("jpeg-lossless-sv1", [["dcmdjpeg"], ["dcmcjpeg", "+e1"]], "-xs"),
    ("jpeg-ls-lossless", [["dcmdjpeg"], ["dcmcjpls"]], "-xt"),
    ("deflated", [["dcmdjpeg"], ["dcmconv", "+td"]], "-xd"),
    ("jpeg2000-lossless", None, "-xv"),
)
TOOLS = ("img2dcm", "storescu", "storescp", "dcmdjpeg", "dcmconv", "dcmcrle", "dcmcjpeg", "dcmcjpls", "dciodvfy")


def tool(name: str) -> str:
    """dcmtk's and dicom3tools' programs from /usr/bin: pynetdicom installs its own echoscu / storescu scripts into
    the venv, which shadow dcmtk's on PATH."""
    path = Path("/usr/bin") / name
    return str(path) if path.exists() else shutil.which(name) or name


def missing_tools() -> list[str]:
    return [t for t in TOOLS if not (Path("/usr/bin") / t).exists() and shutil.which(t) is None]


def pick_images(data: Path, n: int) -> list[Path]:
    groups = [sorted(p for p in (data / g).glob("*") if p.suffix.lower() in (".jpeg", ".jpg", ".png"))
              for g in ("PNEUMONIA", "NORMAL") if (data / g).is_dir()]
    if not groups:
        groups = [sorted(p for p in data.rglob("*") if p.suffix.lower() in (".jpeg", ".jpg", ".png"))]
    out: list[Path] = []
    i = 0
    while len(out) < n and any(i < len(g) for g in groups):
        out.extend(g[i] for g in groups if i < len(g))
        i += 1
    return out[:n]


def run(cmd: list[str], **kw: object) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, capture_output=True, text=True, check=True, timeout=300, **kw)  # type: ignore[call-overload]


def make_dicoms(images: list[Path], out: Path) -> list[tuple[Path, str]]:
    """``(file, syntax name)`` of each converted image."""
    from PIL import Image

    out.mkdir(parents=True, exist_ok=True)
    made = []
    for i, src in enumerate(images):
        name, steps, _ = SYNTAXES[i % len(SYNTAXES)]
        grey = out / f"{i:03d}.jpg"
        Image.open(src).convert("L").save(grey, quality=95)  # a radiograph is one channel: so is its DICOM
        dcm = out / f"{i:03d}_{name}.dcm"
        run([tool("img2dcm"), "-k", "Modality=CR", "-k", "PatientAge=005Y", "-k", "BodyPartExamined=CHEST",
             "-k", "ViewPosition=PA", "-k", f"PatientName=Test^Child{i:03d}", "-k", f"PatientID=BENCH{i:03d}",
             str(grey), str(dcm)])
        grey.unlink()
        if steps is None:
            from pydicom import dcmread
            from pydicom.uid import JPEG2000Lossless

            tmp = dcm.with_suffix(".tmp")
            run([tool("dcmdjpeg"), str(dcm), str(tmp)])
            ds = dcmread(tmp)
            ds.compress(JPEG2000Lossless)
            ds.save_as(dcm, enforce_file_format=True)
            tmp.unlink()
        for step in steps or []:
            tmp = dcm.with_suffix(".tmp")
            run([tool(step[0]), *step[1:], str(dcm), str(tmp)])
            tmp.replace(dcm)
        made.append((dcm, name))
    return made


def read_rows(path: Path) -> list[dict[str, str]]:
    if not path.is_file():
        return []
    text = path.read_text(encoding="utf-8-sig", errors="replace")
    text = text[: text.rfind("\n") + 1]
    return [r for r in csv.DictReader(text.splitlines()) if r.get("csv_schema")]


def start_pacs(port: int, folder: Path) -> subprocess.Popen:
    folder.mkdir(parents=True, exist_ok=True)
    proc = subprocess.Popen([tool("storescp"), "-aet", "PACS", "--output-directory", str(folder), "+xa", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    time.sleep(0.5)
    return proc


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_for(check, timeout: float, step: float = 0.01) -> bool:  # type: ignore[no-untyped-def]
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if check():
            return True
        time.sleep(step)
    return bool(check())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--images", type=int, default=100)
    ap.add_argument("--single", type=int, default=10, help="images sent one at a time to time the idle node")
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "data" / "kermany224" / "test"))
    ap.add_argument("--model", help="bundle folder (default: the shipped one)")
    ap.add_argument("--work", help="working folder (default: a temporary one, removed)")
    ap.add_argument("--json", help="write the measurements here")
    ap.add_argument("--timeout", type=float, default=900.0)
    args = ap.parse_args(argv)
    if missing_tools():
        print(f"node_loop: missing {', '.join(missing_tools())}: apt-get install dcmtk dicom3tools", file=sys.stderr)
        return 2
    work = Path(args.work) if args.work else Path(tempfile.mkdtemp(prefix="pneumoscan-node-bench-"))
    env = {**os.environ, "PNEUMOSCAN_HOME": str(work / "home"), "PYTHONPATH": str(ROOT)}
    trust: list[str] = []
    if args.model:
        sys.path.insert(0, str(ROOT))
        from engine.bundle.model_bundle import load_bundle

        trust = ["--model", args.model, "--trust-bundle", load_bundle(Path(args.model)).digest]
    images = pick_images(Path(args.data), args.images)
    if len(images) < args.images:
        print(f"node_loop: only {len(images)} images in {args.data}", file=sys.stderr)
        return 2
    t0 = time.perf_counter()
    made = make_dicoms(images, work / "modality")
    res: dict[str, object] = {"images": len(made), "convert_s": round(time.perf_counter() - t0, 1),
                              "syntaxes": sorted({s for _, s in made})}
    pacs_port, pacs_dir = free_port(), work / "pacs"
    pacs = start_pacs(pacs_port, pacs_dir)
    csv_path, store = work / "node.csv", work / "store"
    node = subprocess.Popen([sys.executable, "-m", "engine.cli.node", "--port", "0", "--bind", "127.0.0.1",
                             "--store", str(store), "--csv", str(csv_path), "--send-to", f"PACS@127.0.0.1:{pacs_port}",
                             "--retry-max", "2", *trust], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=env, cwd=ROOT)
    ok = True
    try:
        line = node.stdout.readline() if node.stdout else ""
        m = re.search(r"listening as \S+ on [\d.]+:(\d+)", line)
        if not m:
            print(f"node_loop: the node did not start: {line}{node.stderr.read() if node.stderr else ''}",
                  file=sys.stderr)
            return 1
        port = m.group(1)
        send = [tool("storescu"), "-R", "-aec", "PNEUMOSCAN", "-aet", "MODALITY", "127.0.0.1", port]
        option = {name: opt for name, _, opt in SYNTAXES}
        # (1) one at a time: the idle node's latency, end of C-STORE (storescu has its answer) -> CSV row
        latencies = []
        single = made[: args.single]
        for i, (path, name) in enumerate(single):
            run([*send[:1], option[name], *send[1:], str(path)])
            t_end = time.perf_counter()
            wait_for(lambda n=i + 1: len(read_rows(csv_path)) >= n, 120)
            latencies.append(time.perf_counter() - t_end)
        if latencies:
            res["idle_latency_s"] = {"median": round(statistics.median(latencies), 3),
                                     "max": round(max(latencies), 3), "n": len(latencies)}
        # (2) the rest, one association per transfer syntax, the PACS stopped half-way
        rest = made[args.single:]
        half = len(made) // 2
        t_burst = time.perf_counter()
        for name, _, opt in SYNTAXES:
            files = [str(p) for p, s in rest if s == name]
            if files:
                run([*send[:1], opt, *send[1:], *files])
            if pacs.poll() is None and len(read_rows(csv_path)) >= half:
                pacs.terminate()
                pacs.wait(10)
                res["pacs_stopped_at_rows"] = len(read_rows(csv_path))
        if pacs.poll() is None:
            pacs.terminate()
            pacs.wait(10)
            res.setdefault("pacs_stopped_at_rows", len(read_rows(csv_path)))
        all_rows = wait_for(lambda: len(read_rows(csv_path)) >= len(made), args.timeout, 0.05)
        res["burst_s"] = round(time.perf_counter() - t_burst, 2)
        waiting = len(list((store / ".pneumoscan" / "outbox").glob("*.dcm")))
        res["outbox_waiting_while_pacs_down"] = waiting
        pacs = start_pacs(pacs_port, pacs_dir)
        delivered = wait_for(lambda: not list((store / ".pneumoscan" / "outbox").glob("*.dcm")), args.timeout, 0.2)
        time.sleep(1.0)
        node.send_signal(signal.SIGTERM)
        code = node.wait(120)
        res["node_exit"] = code
        ok &= all_rows and delivered and code == 0
        # (3) the node's rows against pneumoscan-predict's on the same files
        node_rows = read_rows(csv_path)
        pred_csv = work / "predict.csv"
        subprocess.run([sys.executable, "-m", "engine.cli.predict", str(work / "modality"), "--csv", str(pred_csv),
                        "--quiet", "--no-cache", *trust], env=env, cwd=ROOT, capture_output=True, timeout=args.timeout,
                       check=True)
        from pydicom import dcmread

        # the node stores the object as received (its file meta is the node's), so files are matched by their
        # SOP Instance UID, which names the node's stored file
        uid_of = {str(p): str(dcmread(p, stop_before_pixels=True).SOPInstanceUID) for p, _ in made}
        by_uid = {uid_of.get(r["path"], r["path"]): r for r in read_rows(pred_csv)}
        same = 0
        for r in node_rows:
            other = by_uid.get(Path(r["path"]).stem)
            if other and all(r[k] == other[k] for k in ("status", "result", "label", "band", "p_pneumonia")):
                same += 1
        res.update(node_rows=len(node_rows), rows_as_predict=same,
                   results=dict(sorted({r["result"]: sum(1 for x in node_rows if x["result"] == r["result"])
                                        for r in node_rows}.items())))
        ok &= len(node_rows) == len(made) and same == len(made)
        # (4) what the PACS received, checked by dicom3tools

        objects = [p for p in pacs_dir.rglob("*") if p.is_file()]
        kinds: dict[str, int] = {}
        errors_found: list[str] = []
        for p in objects:
            kind = {"1.2.840.10008.5.1.4.1.1.7": "secondary_capture",
                    "1.2.840.10008.5.1.4.1.1.88.34": "comprehensive_3d_sr"}.get(
                str(dcmread(p, stop_before_pixels=True).SOPClassUID), "other")
            kinds[kind] = kinds.get(kind, 0) + 1
            out = subprocess.run([tool("dciodvfy"), str(p)], capture_output=True, text=True, timeout=60)
            errors_found += [f"{p.name}: {line}" for line in (out.stdout + out.stderr).splitlines()
                             if line.startswith("Error")]
        res.update(pacs_received=kinds, dciodvfy_errors=len(errors_found), dciodvfy_first_errors=errors_found[:5])
        ok &= kinds.get("secondary_capture") == len(made) and kinds.get("comprehensive_3d_sr") == len(made)
        ok &= not errors_found
    finally:
        if node.poll() is None:
            node.kill()
        if pacs.poll() is None:
            pacs.terminate()
        if not args.work:
            shutil.rmtree(work, ignore_errors=True)
    res["ok"] = bool(ok)
    lat = res.get("idle_latency_s", {})
    print(f"node_loop: {res['images']} images ({', '.join(res['syntaxes'])}) -> {res.get('node_rows')} CSV rows, "  # type: ignore[arg-type]
          f"{res.get('rows_as_predict')} as pneumoscan-predict; PACS stopped at {res.get('pacs_stopped_at_rows')} "
          f"rows, {res.get('outbox_waiting_while_pacs_down')} objects waited; PACS received {res.get('pacs_received')}; "
          f"dciodvfy errors: {res.get('dciodvfy_errors')}; node exit {res.get('node_exit')}")
    if lat:
        print(f"node_loop: end of C-STORE -> CSV row, idle node, one image at a time: median {lat['median']} s, "  # type: ignore[index]
              f"max {lat['max']} s (n={lat['n']}); burst of {len(made) - len(single)} images: {res['burst_s']} s "  # type: ignore[index]
              f"until every row was written")
    print(f"node_loop: {'PASS' if ok else 'FAIL'}")
    if args.json:
        Path(args.json).write_text(json.dumps(res, indent=2))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
