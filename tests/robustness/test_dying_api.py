"""A Prefect API that dies mid-run does not throw the run away (issue 24, reproduction 5).

A real `prefect server start` on a loopback port, SIGKILLed while the run cleans its batches: the
run finishes without it, publishes the outputs an uninterrupted run publishes, exits 0 and says in
one line what was not reported. Slow (a server's start, the client's retries): it runs when
PRESSWASH_SLOW_TESTS is set, not in CI.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.robustness.corpus import write_big_corpus
from tests.robustness.support import cli_env, output_digest, run_cli, start_run, tail, wait_run

pytestmark = [
    pytest.mark.prefect,
    pytest.mark.skipif(
        not os.environ.get("PRESSWASH_SLOW_TESTS"),
        reason="slow (minutes): set PRESSWASH_SLOW_TESTS=1 to run it",
    ),
]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def server(tmp_path):
    """Start a real Prefect server on a loopback port; yield its process and API URL."""
    port = free_port()
    prefect = Path(sys.executable).parent / "prefect"
    env = cli_env(PREFECT_HOME=str(tmp_path / "server-home"), PREFECT_UI_ENABLED="false")
    with open(tmp_path / "server.log", "wb") as log:
        proc = subprocess.Popen(
            [str(prefect), "server", "start", "--host", "127.0.0.1", "--port", str(port)],
            env=env,
            stdout=log,
            stderr=log,
            start_new_session=True,
        )
    api = f"http://127.0.0.1:{port}/api"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{api}/health", timeout=2):
                break
        except OSError:
            time.sleep(0.5)
    else:
        os.killpg(proc.pid, signal.SIGKILL)
        pytest.fail("the Prefect server did not start")
    yield proc, api
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()


def test_a_run_whose_api_dies_finishes_its_outputs_and_says_what_was_not_reported(
    api_env, server, tmp_path
):
    proc_server, api = server
    raw = tmp_path / "raw"
    write_big_corpus(raw, documents=120)
    args = ["run", "--raw", str(raw), "--workers", "1", "--batch-size", "8"]
    baseline = run_cli([*args, "--out", str(tmp_path / "base")], api_env, tmp_path / "base-run")
    assert baseline.returncode == 0, baseline.stderr[-3000:]

    out = tmp_path / "clean"
    env = cli_env(
        PREFECT_HOME=str(tmp_path / "client-home"),
        PREFECT_API_URL=api,
        PREFECT_CLIENT_MAX_RETRIES="1",
    )  # the default 5 retries only make it slower
    proc = start_run([*args, "--out", str(out)], env, tmp_path / "run")
    deadline = time.monotonic() + 240
    while len(list(out.glob(".staging-*/batch-*.jsonl"))) < 2:
        assert proc.poll() is None and time.monotonic() < deadline, tail(tmp_path / "run")
        time.sleep(0.02)
    os.killpg(proc_server.pid, signal.SIGKILL)
    finished = wait_run(proc, tmp_path / "run", timeout=600)

    assert finished.returncode == 0, finished.stderr[-3000:]
    assert "Traceback" not in finished.stderr, finished.stderr[-5000:]
    assert any(
        line.startswith("presswash: the Prefect API stopped answering during the run")
        for line in finished.stderr.splitlines()
    ), finished.stderr[-3000:]
    assert output_digest(out) == output_digest(tmp_path / "base")
