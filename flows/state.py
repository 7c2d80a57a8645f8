"""The state folder: a lock against concurrent runs, and what earlier runs saw and learned.

Layout of ``<state>`` (default ``<out>/.presswash``): ``lock`` (held while a run works),
``seen.json`` (content hashes of processed inputs), ``sites.json`` (recurring-line counts per site),
``index/`` (the overlap index). Delete the folder to forget everything (the next run is full).
"""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from flows.output import write_json_atomic


class RunLockedError(RuntimeError):
    """Another run holds the output folder."""


@contextmanager
def run_lock(state: Path, wait_seconds: float = 0.0) -> Iterator[None]:
    """Hold the state folder's lock for a run; raise RunLockedError if another run holds it.

    The lock is an OS file lock: it disappears with its process, so a killed run never leaves
    a stale lock behind.
    """
    state.mkdir(parents=True, exist_ok=True)
    with open(state / "lock", "a+") as handle:
        deadline = time.monotonic() + wait_seconds
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    handle.seek(0)
                    holder = handle.read().strip() or "unknown process"
                    raise RunLockedError(
                        f"another presswash run is using this output folder ({holder}); "
                        "wait for it to finish or use another --out"
                    ) from None
                time.sleep(0.5)
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()}, started {time.strftime('%Y-%m-%d %H:%M:%S')}\n")
        handle.flush()
        yield


def load_json(path: Path, default: object) -> object:
    """Return a state file's value, or ``default`` when it does not exist yet."""
    if not path.exists():
        return default
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)


def save_json(path: Path, value: object) -> None:
    """Save a state file atomically."""
    write_json_atomic(path, value)


def clear_staging(out: Path) -> None:
    """Remove staging folders left behind by a run that was killed."""
    if out.is_dir():
        for stale in out.glob(".staging-*"):
            shutil.rmtree(stale, ignore_errors=True)
