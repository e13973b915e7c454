"""`make lab` start een JupyterLab die antwoordt, ook als de gebruiker root is (issue 18)."""

from __future__ import annotations

import os
import secrets
import shutil
import signal
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def _vrije_poort() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_make_lab_geeft_allow_root_alleen_als_root():
    if shutil.which("make") is None:
        pytest.skip("make ontbreekt")  # pragma: no cover
    uit = subprocess.run(["make", "-s", "-n", "lab"], cwd=REPO, capture_output=True, text=True, check=True).stdout
    regel = [r for r in uit.splitlines() if "jupyter lab" in r][-1]
    assert ("--allow-root" in regel) == (os.geteuid() == 0)


def test_make_lab_start_en_antwoordt(tmp_path):
    if shutil.which("make") is None or not (REPO / ".venv" / ".geinstalleerd").exists():
        pytest.skip("make lab heeft een geïnstalleerde .venv nodig (make install)")  # pragma: no cover
    poort, token = _vrije_poort(), secrets.token_hex(8)
    opties = f"--no-browser --port={poort} --ServerApp.ip=127.0.0.1 --IdentityProvider.token={token}"
    env = dict(os.environ, JUPYTER_RUNTIME_DIR=str(tmp_path / "runtime"), JUPYTER_DATA_DIR=str(tmp_path / "data"))
    proces = subprocess.Popen(["make", "-s", "lab", f"LAB_OPTIES={opties}"], cwd=REPO, env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    try:
        deadline = time.monotonic() + 90
        while True:
            assert proces.poll() is None, proces.stderr.read().decode(errors="replace")[-2000:]
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{poort}/api/status?token={token}", timeout=2) as r:
                    assert r.status == 200
                    break
            except OSError:
                assert time.monotonic() < deadline, "JupyterLab antwoordde niet binnen 90 s"
                time.sleep(0.5)
    finally:
        os.killpg(proces.pid, signal.SIGTERM)
        try:
            proces.wait(timeout=20)
        except subprocess.TimeoutExpired:  # pragma: no cover
            os.killpg(proces.pid, signal.SIGKILL)
