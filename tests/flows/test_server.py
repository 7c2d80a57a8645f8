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

from flows.ephemeral import EPHEMERAL_ENVIRONMENT, server_command
from flows.server import free_port, start_temporary_server

ROOT = Path(__file__).resolve().parents[2]


def prefect_env(home: Path, **extra: str) -> dict[str, str]:
    """Return an environment with no Prefect setting but a fresh home (and ``extra``)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    return env | {
        "PREFECT_HOME": str(home),
        "PYTHONPATH": str(ROOT),
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "90",
        **extra,
    }


# Ours, then Prefect's own answer, in a process working in the folder under test.
BOTH_ANSWERS = (
    "from flows.ephemeral import configured_api_url; print(configured_api_url())\n"
    "from prefect.settings import get_current_settings; print(get_current_settings().api.url)\n"
)


def answers(folder: Path, env: dict[str, str]) -> list[str]:
    """Return presswash's and Prefect's answer to "which API?" in a new process in ``folder``."""
    done = subprocess.run(
        [sys.executable, "-c", BOTH_ANSWERS],
        cwd=folder,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return done.stdout.split()


def test_an_api_is_found_where_prefect_finds_it(tmp_path):
    """flows/ephemeral.py reads Prefect's settings without Prefect: its answers are Prefect's."""
    home, project = tmp_path / "home", tmp_path / "project"
    home.mkdir()
    project.mkdir()
    assert answers(project, prefect_env(home)) == ["None", "None"]
    (home / "profiles.toml").write_text(
        'active = "team"\n\n[profiles.ephemeral]\n\n'
        '[profiles.team]\nPREFECT_API_URL = "http://127.0.0.1:4201/api"\n'
    )
    assert answers(project, prefect_env(home)) == ["http://127.0.0.1:4201/api"] * 2
    assert answers(project, prefect_env(home, PREFECT_PROFILE="ephemeral")) == ["None", "None"]
    (project / "pyproject.toml").write_text(
        '[tool.prefect.api]\nurl = "http://127.0.0.1:4202/api"\n'
    )
    assert answers(project, prefect_env(home)) == ["http://127.0.0.1:4202/api"] * 2
    (project / "prefect.toml").write_text('[api]\nurl = "http://127.0.0.1:4203/api"\n')
    assert answers(project, prefect_env(home)) == ["http://127.0.0.1:4203/api"] * 2
    (project / ".env").write_text("PREFECT_API_URL=http://127.0.0.1:4204/api\n")
    assert answers(project, prefect_env(home)) == ["http://127.0.0.1:4204/api"] * 2
    env = prefect_env(home, PREFECT_API_URL="http://127.0.0.1:4205/api")
    assert answers(project, env) == ["http://127.0.0.1:4205/api"] * 2


def test_a_configured_api_means_no_temporary_server(monkeypatch):
    monkeypatch.setenv("PREFECT_API_URL", "http://127.0.0.1:4206/api")
    assert start_temporary_server() is None


def test_the_temporary_server_is_started_as_prefect_starts_its_own(monkeypatch):
    """flows/ephemeral.py copies Prefect's launcher: this fails the day Prefect changes it."""
    from prefect.server.api import server as prefect_server

    launched = {}

    def popen(args, env, **options):
        launched.update(args=args, env=env)
        return None

    monkeypatch.setattr(prefect_server.subprocess, "Popen", popen)
    port = free_port()
    try:
        prefect_server.SubprocessASGIServer(port)._run_uvicorn_command()
    finally:
        prefect_server.SubprocessASGIServer._instances.pop(port, None)
    assert launched["args"] == server_command(port)
    assert {k: launched["env"].get(k) for k in EPHEMERAL_ENVIRONMENT} == EPHEMERAL_ENVIRONMENT


def test_one_off_run_with_no_server_set_up(tmp_path):
    """The README's first command: a fresh Prefect home, no API, the bundled sample."""
    raw = tmp_path / "raw"
    shutil.copytree(ROOT / "raw", raw)
    env = prefect_env(tmp_path / "home")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "flows.cli",
            "run",
            "--raw",
            str(raw),
            "--out",
            str(tmp_path / "out"),
        ],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
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
    env = prefect_env(tmp_path / "home")
    owner = subprocess.Popen(
        [sys.executable, "-c", SERVER_OWNER],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    )
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
