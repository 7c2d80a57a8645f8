"""`presswash ui` and `presswash serve` stop everything they started on SIGINT and SIGTERM.

Real processes and real signals, on loopback ports: every process the command started must be
gone afterwards, its port closed, and nothing printed on the way out but Prefect's own log lines.
"""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

pytestmark = pytest.mark.prefect

REPO = Path(__file__).resolve().parents[2]
SAMPLES = REPO / "tests" / "fixtures" / "samples"
STARTUP_SECONDS = 240.0
SIGNALS = [pytest.param(signal.SIGINT, id="SIGINT"), pytest.param(signal.SIGTERM, id="SIGTERM")]
NO_PROXY = urllib.request.build_opener(urllib.request.ProxyHandler({}))
TEMPORARY_SERVER = re.compile(r"Starting temporary server on (http://127\.0\.0\.1:\d+)")


@pytest.fixture(scope="module")
def home(tmp_path_factory) -> Path:
    """A Prefect home shared by the module's commands (the second start finds its database)."""
    return tmp_path_factory.mktemp("prefect-home")


def command_env(home: Path) -> dict[str, str]:
    """Return an environment with a private Prefect home and no configured API."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    return env | {
        "PREFECT_HOME": str(home),
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "PYTHONPATH": str(REPO),
    }


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def family(pid: int) -> set[int]:
    """Return a process and all its descendants, from /proc."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            children.setdefault(int(stat.rsplit(")", 1)[1].split()[1]), []).append(int(entry))
    found, todo = set(), [pid]
    while todo:
        current = todo.pop()
        found.add(current)
        todo += children.get(current, [])
    return found


def running(pid: int) -> bool:
    """Tell whether a process exists and is not a zombie."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def get_json(url: str) -> dict | None:
    """Return a JSON answer from a loopback URL, or None when it does not answer 200."""
    try:
        with NO_PROXY.open(url, timeout=5) as response:
            return json.load(response) if response.status == 200 else None
    except (OSError, ValueError):
        return None


def wait_for(condition, what: str, proc: subprocess.Popen) -> object:
    """Poll until ``condition()`` is truthy; fail if the command exits or time runs out."""
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        if proc.poll() is not None:
            pytest.fail(
                f"the command exited ({proc.returncode}) before {what}: {proc.stderr.read()}"
            )
        time.sleep(0.5)
    pytest.fail(f"no {what} after {STARTUP_SECONDS:.0f} s")


def stop_and_check(proc: subprocess.Popen, signum: int, started: set[int]) -> str:
    """Send the signal, wait for the command; fail if a process it started is left. Return stderr."""
    proc.send_signal(signum)
    try:
        proc.wait(timeout=90)
    finally:
        left = sorted(pid for pid in started if running(pid))
        for pid in left:  # never leave them to the next test (an orphan holds the stderr pipe)
            os.kill(pid, signal.SIGKILL)
    err = proc.stderr.read()
    assert not left, f"processes left after {signal.Signals(signum).name}: {left}"
    assert proc.returncode == 0, err
    assert "Traceback" not in err and "Warning" not in err, err
    return err


@pytest.mark.parametrize("signum", SIGNALS)
def test_ui_stops_its_prefect_server(home, signum):
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "flows.cli", "ui", "--port", str(port)],
        env=command_env(home),
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        wait_for(lambda: get_json(f"http://127.0.0.1:{port}/api/health"), "healthy server", proc)
        started = family(proc.pid)
        assert len(started) >= 2  # presswash and `prefect server start`
        stop_and_check(proc, signum, started)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    with socket.socket() as sock:
        assert sock.connect_ex(("127.0.0.1", port)) != 0, "the UI's port still answers"


@pytest.mark.parametrize("signum", SIGNALS)
def test_serve_stops_its_runner_and_temporary_server(home, signum, tmp_path):
    command = [
        sys.executable,
        "-m",
        "flows.cli",
        "serve",
        "--raw",
        str(SAMPLES),
        "--out",
        str(tmp_path / "clean"),
        "--cron",
        "0 0 1 1 *",
        "--name",
        "signal-test",
    ]
    proc = subprocess.Popen(
        command,
        env=command_env(home),
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        log: list[str] = []
        api = wait_for(lambda: server_url(proc, log), "temporary server", proc)
        # The runner polls for scheduled runs once it has started: the deployment is then READY.
        wait_for(
            lambda: (
                (get_json(f"{api}/api/deployments/name/presswash/signal-test") or {}).get("status")
                == "READY"
            ),
            "served deployment",
            proc,
        )
        started = family(proc.pid)
        assert len(started) >= 2  # presswash and Prefect's temporary server
        err = "".join(log) + stop_and_check(proc, signum, started)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert "never awaited" not in err
    assert "Stopping temporary server" in err


def server_url(proc: subprocess.Popen, log: list[str]) -> str | None:
    """Read the command's stderr up to the line naming Prefect's temporary server."""
    line = proc.stderr.readline()
    log.append(line)
    found = TEMPORARY_SERVER.search(line)
    return found.group(1) if found else None
