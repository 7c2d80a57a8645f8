"""A temporary Prefect server for a one-off run, started before Prefect is imported.

With no API configured, Prefect starts a temporary server itself, but only when the flow's
client first asks for it: after the flow's modules have imported, and after importing Prefect's
own server modules in the flow's process (~5 s here). ``presswash run`` instead starts the same
server (uvicorn with Prefect's app factory, UI off, the usual database under ``PREFECT_HOME``) as
the first thing it does, so that the server boots on one core while the flow's modules import on
the other, and points the run and its worker processes at it with ``PREFECT_API_URL``. The server
stops when the command exits (after Prefect has flushed its logs and events to it).

An API configured in the environment or in the active Prefect profile (``prefect config set
PREFECT_API_URL=...``) is used as is: no temporary server then.
"""

from __future__ import annotations

import atexit
import ctypes
import importlib.util
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import tomllib
import urllib.request
from collections.abc import Callable
from pathlib import Path

DEFAULT_STARTUP_TIMEOUT = 90.0  # seconds; a fresh database on a loaded machine needs 20+
PORT_IN_USE = 3  # uvicorn's exit code when it cannot bind its port
# Health checks go straight to the loopback port, never through an HTTP proxy of the environment.
NO_PROXY = urllib.request.build_opener(urllib.request.ProxyHandler({}))


# The temporary server: no UI, Prefect's own ephemeral mode, and no block registration. To decide
# whether block types need registering again, the server imports every installed Prefect
# collection first: with the dask extra installed, prefect-dask and distributed, 0.5 s of its
# boot. A one-off run uses no blocks; `presswash ui` (a full server) registers them.
SERVER_SETTINGS = {
    "PREFECT_UI_ENABLED": "0",
    "PREFECT__SERVER_EPHEMERAL": "1",
    "PREFECT__SERVER_FINAL": "1",
    "PREFECT_API_BLOCKS_REGISTER_ON_START": "false",
    "PREFECT_MEMOIZE_BLOCK_AUTO_REGISTRATION": "false",
}


# Linux's prctl option that sends a process a signal when its parent dies.
PR_SET_PDEATHSIG = 1


class ServerStartError(RuntimeError):
    """The temporary Prefect server did not become healthy (the message says why)."""


def configured_api_url() -> str | None:
    """Return the Prefect API URL set in the environment or the active profile, if any."""
    if os.environ.get("PREFECT_API_URL"):
        return os.environ["PREFECT_API_URL"]
    home = Path(os.environ.get("PREFECT_HOME") or Path.home() / ".prefect").expanduser()
    path = Path(os.environ.get("PREFECT_PROFILES_PATH") or home / "profiles.toml").expanduser()
    try:
        profiles = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    name = os.environ.get("PREFECT_PROFILE") or profiles.get("active") or "ephemeral"
    profile = profiles.get("profiles", {}).get(name, {})
    return profile.get("PREFECT_API_URL") if isinstance(profile, dict) else None


class TemporaryServer:
    """Prefect's API server in a child process on a free loopback port."""

    def __init__(self) -> None:
        self.port = free_port()
        # The server's stderr, shown if it fails to start; open as long as the server runs.
        self.log = tempfile.TemporaryFile()  # noqa: SIM115
        self.process = self._spawn()
        atexit.register(self.stop)  # registered before Prefect's own exit hooks: runs after them

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api"

    def _spawn(self) -> subprocess.Popen:
        package = importlib.util.find_spec("prefect")
        app_dir = Path(package.origin).parent.parent if package and package.origin else Path(".")
        command = [sys.executable, "-m", "uvicorn", "--app-dir", str(app_dir), "--factory",
                   "prefect.server.api.server:create_app", "--host", "127.0.0.1",
                   "--port", str(self.port), "--log-level", "error", "--lifespan", "on"]
        env = {**os.environ, **SERVER_SETTINGS}
        # preexec_fn runs between fork and exec: stop_with_parent's hook calls a libc function
        # looked up beforehand and takes no lock, so Prefect's threads cannot deadlock it.
        return subprocess.Popen(command, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                stderr=self.log, preexec_fn=stop_with_parent())  # noqa: PLW1509

    def wait_ready(self, timeout: float | None = None) -> None:
        """Block until the server answers its health check; raise ServerStartError if it fails."""
        if timeout is None:
            timeout = startup_timeout()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            code = self.process.poll()
            if code == PORT_IN_USE:  # another process took the port meanwhile: try another
                self.port = free_port()
                self.process = self._spawn()
            elif code is not None:
                raise ServerStartError(f"the temporary Prefect server exited with code {code}: "
                                       f"{self.errors()}")
            elif healthy(self.api_url):
                return
            time.sleep(0.1)
        self.stop()
        raise ServerStartError(f"the temporary Prefect server did not start within {timeout:.0f} s "
                               "(raise PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS, or start "
                               f"one with `presswash ui`): {self.errors()}")

    def errors(self) -> str:
        """Return the end of what the server wrote to stderr."""
        self.log.seek(0)
        return self.log.read()[-2000:].decode(errors="replace").strip() or "no output"

    def stop(self) -> None:
        """Stop the server (idempotent)."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def stop_with_parent() -> Callable[[], None] | None:
    """Return what makes a child process stop when this one dies, however it dies (Linux only).

    The server is stopped at exit, but a killed run (SIGKILL, the OOM killer) runs no exit hook:
    without this its temporary server would run on, holding its port and database, forever.
    The libc function is looked up here, before the fork: the child only calls it.
    """
    if not sys.platform.startswith("linux"):
        return None
    try:
        prctl = ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):
        return None
    parent = os.getpid()

    def in_child() -> None:
        prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
        if os.getppid() != parent:  # the parent died before prctl: nobody would signal
            os._exit(1)

    return in_child


def start_temporary_server() -> TemporaryServer | None:
    """Start a temporary server and point this process at it, unless an API is configured."""
    if configured_api_url():
        return None
    server = TemporaryServer()
    os.environ["PREFECT_API_URL"] = server.api_url  # this process and the workers it starts
    return server


def startup_timeout() -> float:
    """Return how long to wait for the server (Prefect's own setting for its temporary server)."""
    try:
        return float(os.environ["PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS"])
    except (KeyError, ValueError):
        return DEFAULT_STARTUP_TIMEOUT


def free_port() -> int:
    """Return a loopback port that is free now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def healthy(api_url: str) -> bool:
    """Tell whether the API answers its health check."""
    try:
        with NO_PROXY.open(f"{api_url}/health", timeout=2) as response:
            return response.status == 200
    except OSError:
        return False
