"""``pneumoscan-node``'s command-line contract: one line when listening, SIGTERM/SIGINT finish and exit 0, the
exit codes of bad arguments, outputs inside inputs and a port that is taken."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from factories import csv_rows, gradient, make_dicom, trust_args
from pydicom import dcmread

pytest.importorskip("pynetdicom")
ROOT = Path(__file__).resolve().parents[2]


def node_cmd(tiny_bundle: Path, tmp_path: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "engine.cli.node", "--port", "0", "--bind", "127.0.0.1", "--store",
            str(tmp_path / "store"), "--csv", str(tmp_path / "out.csv"), "--model", str(tiny_bundle),
            *trust_args(tiny_bundle), *extra]


def start(cmd: list[str]) -> tuple[subprocess.Popen, int]:
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    line = proc.stdout.readline()
    assert line.startswith("pneumoscan-node: listening as PNEUMOSCAN on 127.0.0.1:"), line + proc.stderr.read()
    return proc, int(line.split("127.0.0.1:")[1].split(";")[0])


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
@pytest.mark.hazard("H-039")
def test_listens_analyses_and_stops_cleanly_on_a_signal(tiny_bundle: Path, tmp_path: Path, sig) -> None:
    from pynetdicom import AE
    from pynetdicom.sop_class import DigitalXRayImageStorageForPresentation

    proc, port = start(node_cmd(tiny_bundle, tmp_path))
    try:
        ae = AE(ae_title="XRAY")
        ae.add_requested_context(DigitalXRayImageStorageForPresentation, ["1.2.840.10008.1.2.1"])
        assoc = ae.associate("127.0.0.1", port, ae_title="PNEUMOSCAN")
        assert assoc.is_established
        for i in range(3):
            src = make_dicom(tmp_path / f"{i}.dcm", gradient(96, 96, maxval=4095, seed=i))
            assert int(assoc.send_c_store(dcmread(src)).Status) == 0
        assoc.release()
        end = time.monotonic() + 60
        while time.monotonic() < end and len(csv_rows(tmp_path / "out.csv")) < 3:
            time.sleep(0.05)
    finally:
        proc.send_signal(sig)
        code = proc.wait(60)
    err = proc.stderr.read()
    assert code == 0, err
    assert "3 received, 0 refused, 3 analysed" in err
    assert len(csv_rows(tmp_path / "out.csv")) == 3


@pytest.mark.hazard("H-024")
def test_bad_arguments_exit_2_and_outputs_inside_inputs_exit_4(tiny_bundle: Path, tmp_path: Path) -> None:
    from engine.cli.node import main

    base = ["--store", str(tmp_path / "s"), "--model", str(tiny_bundle), *trust_args(tiny_bundle)]
    assert main([*base, "--csv", str(tmp_path / "o.csv"), "--send-to", "PACS-without-host"]) == 2
    assert main([*base, "--csv", str(tmp_path / "o.csv"), "--ae-title", "A" * 17]) == 2
    assert main([*base, "--csv", str(tmp_path / "o.csv"), "--no-listen"]) == 2
    assert main([*base, "--csv", str(tmp_path / "s" / "o.csv")]) == 4
    (tmp_path / "w").mkdir()
    assert main([*base, "--csv", str(tmp_path / "w" / "o.csv"), "--watch", str(tmp_path / "w")]) == 4
    assert not (tmp_path / "s" / "o.csv").exists()


def test_a_port_in_use_exits_5(tiny_bundle: Path, tmp_path: Path) -> None:
    from engine.cli.node import main

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        port = s.getsockname()[1]
        assert main(["--port", str(port), "--bind", "127.0.0.1", "--store", str(tmp_path / "s"), "--csv",
                     str(tmp_path / "o.csv"), "--model", str(tiny_bundle), *trust_args(tiny_bundle)]) == 5


@pytest.mark.hazard("H-039")
def test_a_second_node_on_the_same_store_is_refused(tiny_bundle: Path, tmp_path: Path) -> None:
    proc, _ = start(node_cmd(tiny_bundle, tmp_path))
    try:
        second = subprocess.run([*node_cmd(tiny_bundle, tmp_path)[:-4], "--csv", str(tmp_path / "other.csv"),
                                 "--model", str(tiny_bundle), *trust_args(tiny_bundle)],
                                capture_output=True, text=True, timeout=120, cwd=ROOT,
                                env={**os.environ, "PYTHONPATH": str(ROOT)})
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(60)
    assert second.returncode == 4 and "another Pneumoscan run" in second.stderr, second.stderr
