"""Ctrl-C and SIGTERM end a run within seconds, in one line, with no process left (issue 24, 4).

A terminal's Ctrl-C signals the run's whole process group; `timeout` and service managers signal
its process. Either way the run ends every process it started before its lock goes, and the rerun
gives the outputs of an uninterrupted run.
"""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import psutil
import pytest

from tests.robustness.corpus import write_big_corpus
from tests.robustness.support import (
    cli_env,
    kill_group,
    output_digest,
    run_cli,
    start_run,
    tail,
    wait_run,
)

pytestmark = pytest.mark.prefect

STOP_SECONDS = 15  # "within seconds", with room for a loaded CI machine


@pytest.fixture(scope="module")
def signal_corpus(tmp_path_factory) -> Path:
    """Return a raw folder that two worker processes clean in several batches."""
    raw = tmp_path_factory.mktemp("signals") / "raw"
    write_big_corpus(raw, documents=120)
    return raw


def run_args(raw: Path, out: Path) -> list[str]:
    return [
        "run",
        "--raw",
        str(raw),
        "--out",
        str(out),
        "--engine",
        "process",
        "--workers",
        "2",
        "--batch-size",
        "6",
    ]


@pytest.fixture(scope="module")
def uninterrupted(api_env, signal_corpus, tmp_path_factory) -> dict[str, str]:
    """Return the digest of the outputs of a run that nothing stopped."""
    out = tmp_path_factory.mktemp("uninterrupted") / "clean"
    finished = run_cli(run_args(signal_corpus, out), api_env, out.parent / "logs")
    assert finished.returncode == 0, finished.stderr[-3000:]
    return output_digest(out)


def processes_of(proc) -> list[psutil.Process]:
    """Return a run's process and every process it started (workers have groups of their own)."""
    me = psutil.Process(proc.pid)
    return [me, *me.children(recursive=True)]


def stop_while_cleaning(env, raw: Path, out: Path, logs: Path, send) -> tuple:
    """Start a run, signal it once its first batch is staged; return how it ended and its processes."""
    proc = start_run(run_args(raw, out), env, logs)
    deadline = time.monotonic() + 240
    while not any(out.glob(".staging-*/batch-*.jsonl")):
        assert proc.poll() is None, f"the run ended before cleaning:\n{tail(logs)}"
        assert time.monotonic() < deadline, f"no batch was staged:\n{tail(logs)}"
        time.sleep(0.01)
    started = processes_of(proc)
    assert len(started) > 2, "the run should have worker processes"
    signalled = time.monotonic()
    send(proc)
    try:
        finished = wait_run(proc, logs, timeout=STOP_SECONDS)
    finally:
        kill_group(proc)
        for leftover in started:
            if leftover.is_running():
                leftover.kill()
    return finished, time.monotonic() - signalled, started


def assert_stopped_in_one_line(finished, code: int, name: str) -> None:
    assert finished.returncode == code, tail_of(finished)
    assert "Traceback" not in finished.stdout + finished.stderr, tail_of(finished)
    last = finished.stderr.rstrip("\n").splitlines()[-1]
    assert last.startswith(f"presswash: run stopped by {name}"), tail_of(finished)


def tail_of(finished) -> str:
    return (finished.stdout + finished.stderr)[-3000:]


def alive(processes: list[psutil.Process]) -> list[psutil.Process]:
    """Return the processes still running (a zombie has gone: it only waits to be reaped)."""
    running = []
    for process in processes:
        try:
            if process.is_running() and process.status() != psutil.STATUS_ZOMBIE:
                running.append(process)
        except psutil.NoSuchProcess:
            pass
    return running


@pytest.mark.parametrize(
    ("name", "send"),
    [
        ("SIGINT", lambda proc: os.killpg(proc.pid, signal.SIGINT)),  # Ctrl-C in a terminal
        ("SIGTERM", lambda proc: os.killpg(proc.pid, signal.SIGTERM)),
        ("SIGTERM", lambda proc: os.kill(proc.pid, signal.SIGTERM)),  # timeout(1), systemd
    ],
    ids=["sigint-to-group", "sigterm-to-group", "sigterm-to-process"],
)
def test_a_signal_ends_the_run_in_seconds_and_the_rerun_completes_it(
    api_env, signal_corpus, uninterrupted, tmp_path, name, send
):
    out = tmp_path / "clean"
    finished, seconds, started = stop_while_cleaning(
        api_env, signal_corpus, out, tmp_path / "run", send
    )
    assert_stopped_in_one_line(finished, 128 + signal.Signals[name].value, name)
    assert seconds < STOP_SECONDS
    assert not alive(started), "every process of the run has gone when its command exits"
    assert not any(out.glob(".staging-*")), "the stopped run removes its staging folder"
    rerun = run_cli(run_args(signal_corpus, out), api_env, tmp_path / "rerun")
    assert rerun.returncode == 0, tail_of(rerun)
    assert output_digest(out) == uninterrupted


def test_ctrl_c_stops_a_run_on_the_temporary_server(signal_corpus, tmp_path):
    env = cli_env(PREFECT_HOME=str(tmp_path / "prefect-home"))
    env.pop("PREFECT_API_URL", None)
    out = tmp_path / "clean"
    finished, seconds, started = stop_while_cleaning(
        env, signal_corpus, out, tmp_path / "run", lambda proc: os.killpg(proc.pid, signal.SIGINT)
    )
    assert_stopped_in_one_line(finished, 130, "SIGINT")
    assert not alive(started) and seconds < STOP_SECONDS
