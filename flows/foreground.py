"""The long-lived commands, ``presswash ui`` and ``presswash serve``: stop all they started on a signal.

SIGINT (Ctrl-C) and SIGTERM (a service manager, `kill`) both stop them cleanly, with no process
left behind and no warning printed.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from types import FrameType

from flows.server import stop_with_parent

STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)
# Seconds the Prefect server has to stop on SIGTERM (it finishes its requests and services).
GRACE_SECONDS = 20.0


def run_server(command: list[str], env: dict[str, str]) -> int:
    """Run the Prefect server in the foreground until it exits or this process gets a signal.

    The server runs in its own process group, so that every process it starts is stopped with
    it, and with Linux's parent-death signal, so that it stops even if this process is killed.
    """
    received: list[int] = []
    started: list[subprocess.Popen] = []

    def forward(signum: int, frame: FrameType | None) -> None:
        received.append(signum)
        for server in started:
            signal_group(server.pid, signal.SIGTERM)

    with handlers(forward):
        # preexec_fn runs between fork and exec: stop_with_parent's hook only calls a libc function.
        server = subprocess.Popen(
            command, env=env, start_new_session=True, preexec_fn=stop_with_parent()
        )  # noqa: PLW1509
        started.append(server)
        if received:  # a signal came while the server was being started
            signal_group(server.pid, signal.SIGTERM)
        try:
            code = wait(server, None)
        finally:
            if server.poll() is None:
                signal_group(server.pid, signal.SIGTERM)
            if wait(server, GRACE_SECONDS) is None:
                signal_group(server.pid, signal.SIGKILL)
                server.wait()
            signal_group(server.pid, signal.SIGKILL)  # anything of its group still running
    return 0 if received else (code or 0)


def wait(process: subprocess.Popen, timeout: float | None) -> int | None:
    """Wait for a process, through signals; return its exit code, or None after ``timeout``."""
    try:
        return process.wait(timeout)
    except subprocess.TimeoutExpired:
        return None


def signal_group(pid: int, signum: int) -> None:
    """Send a signal to a process group, if it still exists."""
    with suppress(ProcessLookupError, PermissionError):
        os.killpg(pid, signum)


@contextmanager
def handlers(handler) -> Iterator[None]:
    """Handle SIGINT and SIGTERM with ``handler`` inside the block."""
    previous = {signum: signal.signal(signum, handler) for signum in STOP_SIGNALS}
    try:
        yield
    finally:
        for signum, old in previous.items():
            signal.signal(signum, old)


def serve_deployment(deployment) -> None:
    """Serve a deployment until SIGINT or SIGTERM, then stop as Ctrl-C stops Prefect's runner.

    Prefect's runner answers SIGTERM by calling its async ``stop`` without awaiting it (a
    RuntimeWarning) and exiting at once; here SIGTERM takes Ctrl-C's path: the runner's main task
    is cancelled and it shuts down (its flow-run processes and its client) before the process exits.
    """
    from prefect.runner import Runner

    class QuietRunner(Runner):
        def handle_sigterm(self, *args, **kwargs) -> None:
            signal.raise_signal(signal.SIGINT)

    def interrupt(signum: int, frame: FrameType | None) -> None:
        raise KeyboardInterrupt

    # Until the runner takes SIGTERM over, it interrupts the start-up as Ctrl-C does: the temporary
    # server Prefect may have started is then stopped at exit, not left running.
    previous = signal.signal(signal.SIGTERM, interrupt)
    try:
        runner = QuietRunner()
        runner.add_deployment(deployment)
        asyncio.run(runner.start())
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)
