"""Run and stop child processes as whole process groups, for the UI check."""

from __future__ import annotations

import os
import signal
import subprocess
from pathlib import Path


class CheckFailed(Exception):
    """A step of the check failed; the message says which and why."""


def run_group(
    command: list[str], env: dict[str, str], cwd: Path, timeout: float
) -> tuple[int, str, str]:
    """Run a command in its own process group; return its exit code, stdout and stderr."""
    proc = subprocess.Popen(
        command,
        env=env,
        cwd=cwd,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        stop_group(proc)
        _, err = proc.communicate()
        text = err.decode("utf-8", "replace")
        raise CheckFailed(
            f"{command[0]} timed out after {timeout:.0f} s:\n{last_lines(text)}"
        ) from None
    finally:
        if proc.poll() is None:  # interrupted (SIGTERM): leave no child behind
            stop_group(proc)
    return proc.returncode, out.decode("utf-8", "replace"), err.decode("utf-8", "replace")


def stop_group(proc: subprocess.Popen) -> None:
    """Stop a process and its group: SIGTERM, then SIGKILL after 20 s."""
    for sig, wait in ((signal.SIGTERM, 20), (signal.SIGKILL, 5)):
        try:
            os.killpg(proc.pid, sig)
        except ProcessLookupError:
            return
        try:
            proc.wait(timeout=wait)
            return
        except subprocess.TimeoutExpired:
            continue


def tail(log: Path, lines: int = 30) -> str:
    """Return the last lines of a log file."""
    return last_lines(log.read_text("utf-8", "replace") if log.exists() else "", lines)


def last_lines(text: str, lines: int = 30) -> str:
    """Return the last lines of a text."""
    return "\n".join(text.rstrip().splitlines()[-lines:])
