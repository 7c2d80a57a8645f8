"""The state folder: a lock against concurrent runs, and what earlier runs saw and learned.

Layout of ``<state>`` (default ``<out>/.presswash``): ``seen.json`` (content hashes of processed
inputs and recurring-line counts per site), ``overlap-index.npz`` (the overlap index),
``output.json`` (the output folder it belongs to). The lock is ``<out>/.presswash/lock``, in the
output folder whatever ``--state`` says: two runs on one output folder never overlap. Delete the
state folder to forget everything (the next run is full).
"""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import time
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from flows.run.output import TEMPORARY_FILES, write_json_atomic


class RunLockedError(RuntimeError):
    """Another run holds the output folder."""


class StateError(RuntimeError):
    """The state folder cannot serve this run (the message says why, naming the file)."""


# The default state folder inside an output folder; it also holds the output folder's lock.
STATE_FOLDER = ".presswash"
OWNER_FILE = "output.json"


def lock_folder(out: Path) -> Path:
    """Return the folder of an output folder's lock, whatever state folder the run uses."""
    return out / STATE_FOLDER


def claim_state(state: Path, out: Path) -> None:
    """Record which output folder a state folder serves; raise StateError if it serves another.

    A state folder says what the manifest beside it holds: shared by two output folders, each
    run would skip what the other processed (the second output got an empty manifest). The
    default state folder, inside its output folder, follows the folder when it moves.
    """
    real = os.path.realpath(out)
    path = state / OWNER_FILE
    try:
        owner = json.loads(path.read_text(encoding="utf-8")).get("output")
    except (OSError, ValueError, AttributeError):
        owner = None
    if owner == real:
        return
    if owner and Path(os.path.realpath(state)) != Path(real) / STATE_FOLDER:
        raise StateError(
            f"the state folder {state} belongs to the output folder {owner} "
            f"({path}); give {out} a state folder of its own"
        )
    state.mkdir(parents=True, exist_ok=True)
    save_json(path, {"output": real})


# How the command line signs the lock it takes before starting Prefect; the flow it then runs in
# the same process enters the lock again instead of finding it taken.
COMMAND_LINE_HOLDER = "by the presswash command"


@contextmanager
def run_lock(
    state: Path, wait_seconds: float = 0.0, *, command_line: bool = False
) -> Iterator[None]:
    """Hold the state folder's lock for a run; raise RunLockedError if another run holds it.

    The lock is an OS file lock: it disappears with its process, so a killed run never leaves
    a stale lock behind. The command line takes it (``command_line=True``) before the seconds
    Prefect needs to start, so a second run stops at once, and keeps it while its flow runs.
    """
    state.mkdir(parents=True, exist_ok=True)
    with open(state / "lock", "a+") as handle:
        if not acquire(handle, wait_seconds):
            yield  # this process's command line holds the lock around this flow run
            return
        holder = f"pid {os.getpid()}, started {time.strftime('%Y-%m-%d %H:%M:%S')}"
        handle.seek(0)
        handle.truncate()
        handle.write(f"{holder}, {COMMAND_LINE_HOLDER}\n" if command_line else f"{holder}\n")
        handle.flush()
        yield


def acquire(handle: TextIO, wait_seconds: float) -> bool:
    """Lock an open lock file; False when this process's command line holds it already."""
    deadline = time.monotonic() + wait_seconds
    while True:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            holder = read_holder(handle)
        if holder.startswith(f"pid {os.getpid()},") and holder.endswith(COMMAND_LINE_HOLDER):
            return False
        if time.monotonic() >= deadline:
            raise RunLockedError(
                f"another presswash run is using this output folder ({holder}); "
                "wait for it to finish or use another --out"
            )
        time.sleep(0.5)


def read_holder(handle: TextIO, patience: float = 1.0) -> str:
    """Return who holds a lock file, as its holder wrote it.

    A holder writes itself into the file right after it takes the lock: a run that finds the lock
    taken in between finds the file empty (two runs started at once did), so it reads again for
    up to ``patience`` seconds.
    """
    deadline = time.monotonic() + patience
    while True:
        handle.seek(0)
        holder = handle.read().strip()
        if holder or time.monotonic() >= deadline:
            return holder or "unknown process"
        time.sleep(0.02)


def load_json(path: Path, default: object) -> object:
    """Return a state file's value, or ``default`` when it does not exist yet."""
    if not path.exists():
        return default
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)


SEEN_FILE = "seen.json"
REBUILD = "processing every input again to rebuild it"


def check_state(state: Path, manifest: Path) -> tuple[dict, list[str]]:
    """Return what earlier runs saw (``seen.json``) and one line for each state file found broken.

    State is checked, not trusted: a seen map without the index or the manifest it went with
    (deleted, or never written) would make the run skip documents whose records or overlaps
    are gone. Whatever is broken is rebuilt by a full run; a damaged index is moved aside
    (``.damaged``) for the full run to start a new one.
    """
    # Imported here: it imports numpy, whose thread pool would start before the command line
    # blocks the stop signals (flows/signals.py) if this module imported it.
    from cleaners.overlap.flags import INDEX_FILE

    problems, path = [], state / SEEN_FILE
    try:
        seen = load_json(path, {})
    except (OSError, ValueError) as err:
        seen = {"error": getattr(err, "strerror", None) or str(err)}
    if (
        not isinstance(seen, dict)
        or not isinstance(seen.get("inputs", {}), dict)
        or "error" in seen
    ):
        reason = (
            seen.get("error", "not what presswash writes")
            if isinstance(seen, dict)
            else "not an object"
        )
        problems.append(f"{path} is unreadable ({reason}); {REBUILD}")
        seen = {}
    index = state / INDEX_FILE
    if index.exists() and not zipfile.is_zipfile(index):
        aside = index.with_name(f"{index.name}.damaged")
        os.replace(index, aside)
        problems.append(f"{index} is damaged (moved to {aside.name}); {REBUILD}")
    elif seen.get("inputs") and not index.exists():
        problems.append(f"{index} is missing; {REBUILD}")
    if seen.get("inputs") and not manifest.exists():
        problems.append(f"{manifest} is missing; {REBUILD}")
    return seen, problems


def save_json(path: Path, value: object) -> None:
    """Save a state file atomically."""
    write_json_atomic(path, value)


def clear_staging(out: Path, state: Path | None = None) -> None:
    """Remove what a killed run left behind: staging folders and half-written temporary files."""
    if out.is_dir():
        for stale in out.glob(".staging-*"):
            shutil.rmtree(stale, ignore_errors=True)
        for stale in out.glob(TEMPORARY_FILES):
            stale.unlink(missing_ok=True)
    state = out / ".presswash" if state is None else state
    if state.is_dir():
        for stale in state.rglob(TEMPORARY_FILES):
            stale.unlink(missing_ok=True)
