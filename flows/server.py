"""A temporary Prefect server for a one-off run, started before Prefect is imported.

With no API configured, Prefect starts a temporary server itself, but only when the flow's
client first asks for it: after the flow's modules have imported, and after importing Prefect's
own server modules in the flow's process (~5 s here). ``presswash run`` instead starts the same
server (flows/ephemeral.py; UI off, the usual database under ``PREFECT_HOME``) as the first thing
it does, so that the server boots on one core while the flow's modules import on the other, and
points the run and its worker processes at it with ``PREFECT_API_URL``. The server stops when the
command exits (after Prefect has flushed its logs and events to it).

An API configured where Prefect reads its settings (the environment, a profile, ``prefect.toml``)
is used as is: no temporary server then.
"""

from __future__ import annotations

import atexit
import ctypes
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable

from flows.ephemeral import EPHEMERAL_ENVIRONMENT, configured_api_url, server_command

PORT_IN_USE = 3  # uvicorn's exit code when it cannot bind its port
# Health checks go straight to the loopback port, never through an HTTP proxy of the environment.
NO_PROXY = urllib.request.build_opener(urllib.request.ProxyHandler({}))


# The temporary server: no UI, and no block registration. To decide whether block types need
# registering again, the server imports every installed Prefect collection first: with the dask
# extra installed, prefect-dask and distributed, 0.5 s of its boot. A one-off run uses no blocks;
# `presswash ui` (a full server) registers them.
SERVER_SETTINGS = {
    **EPHEMERAL_ENVIRONMENT,
    "PREFECT_SERVER_UI_ENABLED": "false",
    "PREFECT_SERVER_REGISTER_BLOCKS_ON_START": "false",
    "PREFECT_SERVER_MEMOIZE_BLOCK_AUTO_REGISTRATION": "false",
}


# Linux's prctl option that sends a process a signal when its parent dies.
PR_SET_PDEATHSIG = 1


class ServerStartError(RuntimeError):
    """The temporary Prefect server did not become healthy (the message says why)."""


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
        env = {**os.environ, **SERVER_SETTINGS}
        # preexec_fn runs between fork and exec: stop_with_parent's hook calls a libc function
        # looked up beforehand and takes no lock, so Prefect's threads cannot deadlock it.
        return subprocess.Popen(
            server_command(self.port),
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=self.log,
            preexec_fn=stop_with_parent(),
        )  # noqa: PLW1509

    def wait_ready(self, timeout: float | None = None) -> None:
        """Block until the server answers its health check; raise ServerStartError if it fails."""
        if timeout is None:
            from prefect.settings import get_current_settings

            timeout = get_current_settings().server.ephemeral.startup_timeout_seconds
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            code = self.process.poll()
            if code == PORT_IN_USE:  # another process took the port meanwhile: try another
                self.port = free_port()
                self.process = self._spawn()
            elif code is not None:
                raise ServerStartError(
                    f"the temporary Prefect server exited with code {code}: {self.errors()}"
                )
            elif healthy(self.api_url):
                return
            time.sleep(0.1)
        self.stop()
        raise ServerStartError(
            f"the temporary Prefect server did not start within {timeout:.0f} s "
            "(raise PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS, or start "
            f"one with `presswash ui`): {self.errors()}"
        )

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
    # Before Prefect is imported: every thread of this process, and the processes it starts.
    os.environ["PREFECT_API_URL"] = server.api_url
    return server


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
