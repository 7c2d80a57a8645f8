"""Two runs on one output folder: one runs, the other stops at once with one clear message."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.robustness.nasty import SAMPLES
from tests.robustness.support import ROOT, cli_env, read_manifest, run_cli, start_run, wait_run

LOCKED = "another presswash run is using this output folder"


def assert_stopped_clearly(finished) -> None:
    assert finished.returncode == 3
    assert "Traceback" not in finished.stderr + finished.stdout
    lines = [line for line in finished.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith(f"presswash: {LOCKED} (pid "), finished.stderr


@pytest.mark.prefect
def test_two_runs_started_at_once_one_runs_the_other_stops(api_env, tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "clean"
    shutil.copytree(SAMPLES, raw)
    args = ["run", "--raw", str(raw), "--out", str(out)]
    procs = [start_run(args, api_env, tmp_path / f"run-{n}") for n in range(2)]
    finished = [wait_run(proc, tmp_path / f"run-{n}") for n, proc in enumerate(procs)]

    winner, loser = sorted(finished, key=lambda f: f.returncode)
    assert winner.returncode == 0, winner.stderr[-3000:]
    assert_stopped_clearly(loser)
    records = read_manifest(out)
    assert sorted(r["id"] for r in records) == sorted(p.stem for p in SAMPLES.iterdir())
    texts = {r["text_path"] for r in records if r["status"] == "kept"}
    assert {p.name for p in out.iterdir()} == {"manifest.jsonl", ".presswash"} | texts


def test_a_run_on_a_folder_that_a_flow_holds_stops_before_starting_prefect(tmp_path, offline_env):
    from flows.run.state import run_lock

    raw, out = tmp_path / "raw", tmp_path / "clean"
    shutil.copytree(SAMPLES, raw)
    with run_lock(out / ".presswash"):  # as a served deployment's flow run holds it
        finished = run_cli(
            ["run", "--raw", str(raw), "--out", str(out)], offline_env, tmp_path / "run", timeout=60
        )
    assert_stopped_clearly(finished)
    assert not (out / "manifest.jsonl").exists()


# Another process trying the lock, and a process holding it until it is killed.
TRY_LOCK = """
import sys
from pathlib import Path
from flows.run.state import RunLockedError, run_lock
try:
    with run_lock(Path(sys.argv[1])):
        pass
except RunLockedError as err:
    sys.exit(f"locked: {err}")
"""
HOLD_LOCK = """
import sys, time
from pathlib import Path
from flows.run.state import run_lock
with run_lock(Path(sys.argv[1]), command_line=True):
    print("held", flush=True)
    time.sleep(60)
"""


def python(script: str, *args: str, **kwargs):
    """Run a small Python script against this checkout; return the finished process."""
    return subprocess.run(
        [sys.executable, "-c", script, *args],
        cwd=ROOT,
        env=cli_env(),
        capture_output=True,
        text=True,
        check=False,
        **kwargs,
    )


def test_the_command_line_lock_lets_in_its_own_flow_and_no_other_process(tmp_path):
    from flows.run.state import RunLockedError, run_lock

    state = tmp_path / "clean" / ".presswash"
    with run_lock(state, command_line=True):
        with run_lock(state):  # the flow, called by the command line in the same process
            pass
        attempt = python(TRY_LOCK, str(state))
    assert attempt.returncode == 1 and attempt.stderr.startswith(f"locked: {LOCKED}")
    with run_lock(state), pytest.raises(RunLockedError), run_lock(state):
        pass  # two flows in one process (tests): the second one stops
    assert python(TRY_LOCK, str(state)).returncode == 0


def test_a_killed_run_leaves_no_lock_behind(tmp_path):
    from flows.run.state import run_lock

    state = tmp_path / "clean" / ".presswash"
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(state)],
        cwd=ROOT,
        env=cli_env(),
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout.readline() == "held\n"
    holder.kill()
    holder.wait()
    with run_lock(state):
        assert Path(state / "lock").read_text().startswith("pid ")


def test_a_run_that_finds_the_lock_just_taken_names_its_holder(tmp_path):
    # Two runs started at once: the second found the lock taken before the first had written
    # itself into the file, and said "unknown process" (CI, once).
    import fcntl
    import threading

    from flows.run.state import RunLockedError, run_lock

    state = tmp_path / "clean" / ".presswash"
    state.mkdir(parents=True)
    with open(state / "lock", "a+") as first:
        fcntl.flock(first, fcntl.LOCK_EX | fcntl.LOCK_NB)  # taken, not yet written
        writer = threading.Timer(
            0.3, lambda: (first.write("pid 4242, started now\n"), first.flush())
        )
        writer.start()
        with pytest.raises(RunLockedError, match=r"\(pid 4242, started now\)"), run_lock(state):
            pass
        writer.join()


@pytest.mark.prefect
def test_two_runs_on_one_output_with_two_state_folders_do_not_overlap(api_env, tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "clean"
    shutil.copytree(SAMPLES, raw)
    procs = [
        start_run(
            ["run", "--raw", str(raw), "--out", str(out), "--state", str(tmp_path / f"s{n}")],
            api_env,
            tmp_path / f"run-{n}",
        )
        for n in range(2)
    ]
    finished = [wait_run(proc, tmp_path / f"run-{n}") for n, proc in enumerate(procs)]
    winner, loser = sorted(finished, key=lambda f: f.returncode)
    assert winner.returncode == 0, winner.stderr[-3000:]
    assert_stopped_clearly(loser)
    assert (out / ".presswash" / "lock").exists(), "the lock lives in the output folder"
    assert sorted(r["id"] for r in read_manifest(out)) == sorted(p.stem for p in SAMPLES.iterdir())


@pytest.mark.prefect
def test_a_state_folder_serves_one_output_folder(api_env, tmp_path):
    raw, state = tmp_path / "raw", tmp_path / "state"
    shutil.copytree(SAMPLES, raw)
    first = run_cli(
        ["run", "--raw", str(raw), "--out", str(tmp_path / "one"), "--state", str(state)],
        api_env,
        tmp_path / "run-1",
    )
    assert first.returncode == 0, first.stderr[-3000:]
    second = run_cli(
        ["run", "--raw", str(raw), "--out", str(tmp_path / "two"), "--state", str(state)],
        api_env,
        tmp_path / "run-2",
        timeout=60,
    )
    assert second.returncode == 2 and "Traceback" not in second.stderr
    lines = [line for line in second.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith(
        f"presswash: the state folder {state} belongs to the output folder {tmp_path / 'one'}"
    ), lines
    assert not (tmp_path / "two" / "manifest.jsonl").exists()
    again = run_cli(
        ["run", "--raw", str(raw), "--out", str(tmp_path / "one"), "--state", str(state)],
        api_env,
        tmp_path / "run-3",
    )
    assert again.returncode == 0 and len(read_manifest(tmp_path / "one")) == len(
        list(SAMPLES.iterdir())
    )
