"""Helpers for robustness tests: run `presswash` in a real subprocess, read and compare outputs."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# State files that describe the latest run rather than the outputs: the lock names the process
# that held it; last-run.json counts what the latest run did (a rerun after a kill reads less);
# output.json names the output folder (another path for another copy of the same outputs).
VOLATILE_STATE = (".presswash/lock", ".presswash/last-run.json", ".presswash/output.json")


@dataclass(frozen=True, slots=True)
class Finished:
    """How a `presswash` subprocess ended."""

    returncode: int
    stdout: str
    stderr: str
    max_rss_mb: float


def cli_env(**extra: str) -> dict[str, str]:
    """Return an environment for `python -m flows.cli` run from a checkout of this repository."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    env["PREFECT_SERVER_ANALYTICS_ENABLED"] = "false"
    env.update(extra)
    return env


def start_run(
    args: list[str], env: dict[str, str], logs: Path, cwd: Path = ROOT
) -> subprocess.Popen:
    """Start `presswash <args>` from ``cwd`` in its own process group, output to ``logs``.{out,err}."""
    logs.parent.mkdir(parents=True, exist_ok=True)
    with open(f"{logs}.out", "wb") as out, open(f"{logs}.err", "wb") as err:
        return subprocess.Popen(
            [sys.executable, "-m", "flows.cli", *args],
            cwd=cwd,
            env=env,
            stdout=out,
            stderr=err,
            start_new_session=True,
        )


def wait_run(proc: subprocess.Popen, logs: Path, timeout: float = 300) -> Finished:
    """Wait for a started run and return how it ended, with its peak memory (RSS)."""
    deadline = time.monotonic() + timeout
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if time.monotonic() > deadline:
            kill_group(proc)
            raise AssertionError(f"presswash did not finish in {timeout} s:\n{tail(logs)}")
        time.sleep(0.05)
    proc.returncode = os.waitstatus_to_exitcode(status)
    return Finished(
        returncode=proc.returncode,
        stdout=Path(f"{logs}.out").read_text(errors="replace"),
        stderr=Path(f"{logs}.err").read_text(errors="replace"),
        max_rss_mb=usage.ru_maxrss / 1024,
    )


def run_cli(
    args: list[str], env: dict[str, str], logs: Path, timeout: float = 300, cwd: Path = ROOT
) -> Finished:
    """Run `presswash <args>` to the end, from ``cwd``."""
    return wait_run(start_run(args, env, logs, cwd), logs, timeout)


def kill_group(proc: subprocess.Popen) -> None:
    """SIGKILL a started run and every process it started (as a scheduler's kill does)."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()


def tail(logs: Path, lines: int = 30) -> str:
    """Return the end of a run's output, to show when it failed."""
    text = "".join(Path(f"{logs}.{kind}").read_text(errors="replace") for kind in ("out", "err"))
    return "\n".join(text.splitlines()[-lines:])


def read_manifest(out: Path) -> list[dict]:
    """Return the manifest's records in file order."""
    with open(out / "manifest.jsonl", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def tree_digest(root: Path) -> dict[str, str]:
    """Return every file under ``root`` (hidden ones too) with a digest of its content."""
    digests = {}
    for path in sorted(root.rglob("*")):
        if path.is_file():
            name = path.relative_to(root).as_posix()
            digests[name] = sha256(path)
    return digests


def output_digest(out: Path) -> dict[str, str]:
    """Return an output folder's digest without the files that describe the latest run."""
    digests = tree_digest(out)
    for name in VOLATILE_STATE:
        digests.pop(name, None)
    return digests


def folder_snapshot(root: Path) -> dict[str, tuple]:
    """Return what is in a folder without following links: each entry's type, target or digest."""
    entries: dict[str, tuple] = {}
    for folder, dirs, files in os.walk(root, followlinks=False):
        for name in dirs + files:
            path = Path(folder) / name
            info = path.lstat()
            key = path.relative_to(root).as_posix()
            if path.is_symlink():
                entries[key] = ("link", os.readlink(path))
            elif path.is_file():
                entries[key] = ("file", info.st_mode, info.st_mtime_ns, sha256(path))
            else:
                entries[key] = ("other", info.st_mode, info.st_mtime_ns)
    return entries


def sha256(path: Path) -> str:
    """Return the digest of a file's content, read in pieces."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(2**20), b""):
            digest.update(block)
    return digest.hexdigest()
