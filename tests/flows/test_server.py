"""The temporary Prefect server of one-off runs: when it starts, and a real run through it."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from flows.server import configured_api_url, start_temporary_server

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def no_api(monkeypatch, tmp_path):
    """A Prefect home with no API configured anywhere."""
    for name in ("PREFECT_API_URL", "PREFECT_PROFILE", "PREFECT_PROFILES_PATH"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("PREFECT_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


def test_no_api_configured_means_a_temporary_server(no_api):
    assert configured_api_url() is None


def test_api_url_from_the_active_profile(no_api):
    no_api.mkdir()
    (no_api / "profiles.toml").write_text(
        'active = "team"\n\n[profiles.ephemeral]\n\n'
        '[profiles.team]\nPREFECT_API_URL = "http://prefect.internal:4200/api"\n'
    )
    assert configured_api_url() == "http://prefect.internal:4200/api"


def test_environment_wins_over_the_profile(no_api, monkeypatch):
    no_api.mkdir()
    (no_api / "profiles.toml").write_text(
        '[profiles.ephemeral]\nPREFECT_API_URL = "http://from-profile:4200/api"\n'
    )
    monkeypatch.setenv("PREFECT_API_URL", "http://from-env:4200/api")
    assert configured_api_url() == "http://from-env:4200/api"
    assert start_temporary_server() is None


def test_damaged_profiles_file_is_not_an_api(no_api):
    no_api.mkdir()
    (no_api / "profiles.toml").write_text("active = [unclosed\n")
    assert configured_api_url() is None


def test_one_off_run_with_no_server_set_up(tmp_path):
    """The README's first command: a fresh Prefect home, no API, the bundled sample."""
    raw = tmp_path / "raw"
    shutil.copytree(ROOT / "raw", raw)
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env |= {"PREFECT_HOME": str(tmp_path / "home"), "PYTHONPATH": str(ROOT),
            "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    done = subprocess.run(
        [sys.executable, "-m", "flows.cli", "run", "--raw", str(raw), "--out", str(tmp_path / "out")],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300, check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    records = [json.loads(line) for line in (tmp_path / "out" / "manifest.jsonl").open()]
    assert len(records) == len(list(raw.iterdir())) == 5
    assert all(r["status"] == "kept" for r in records)
    assert "temporary local server" in done.stdout
    # The run was recorded by the server in the Prefect home's database, for `presswash ui`.
    assert (tmp_path / "home" / "prefect.db").stat().st_size > 0
    assert processes_with_env(f"PREFECT_HOME={tmp_path / 'home'}") == []  # no server left behind


def processes_with_env(entry: str) -> list[int]:
    """Return the ids of live processes whose environment holds ``entry``."""
    found = []
    for environ in Path("/proc").glob("[0-9]*/environ"):
        try:
            if entry.encode() in environ.read_bytes().split(b"\0"):
                found.append(int(environ.parent.name))
        except OSError:
            continue
    return found


# A process that starts the temporary server, says so, and waits to be killed.
SERVER_OWNER = """
import sys, time
from flows.server import start_temporary_server
server = start_temporary_server()
server.wait_ready()
print(server.process.pid, flush=True)
time.sleep(300)
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="parent-death signal is Linux's")
def test_a_killed_run_leaves_no_temporary_server_behind(tmp_path):
    """SIGKILL runs no exit hook: the server must stop on its own when its run dies."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env |= {"PREFECT_HOME": str(tmp_path / "home"), "PYTHONPATH": str(ROOT),
            "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    owner = subprocess.Popen([sys.executable, "-c", SERVER_OWNER], cwd=tmp_path, env=env,
                             stdout=subprocess.PIPE, text=True)
    try:
        server_pid = int(owner.stdout.readline())
        assert processes_with_env(f"PREFECT_HOME={tmp_path / 'home'}") == [owner.pid, server_pid]
    finally:
        owner.kill()
        owner.wait()
    deadline = time.monotonic() + 30
    while processes_with_env(f"PREFECT_HOME={tmp_path / 'home'}") and time.monotonic() < deadline:
        time.sleep(0.2)
    left = processes_with_env(f"PREFECT_HOME={tmp_path / 'home'}")
    for pid in left:  # do not leave a failed test's server running
        os.kill(pid, signal.SIGKILL)
    assert left == []
