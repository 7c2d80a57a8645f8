"""A killed run followed by a rerun gives exactly the outputs of an uninterrupted run.

Two ways to stop a run: a crash injected just before each step that publishes something (every
rename into the output or state folder: deterministic, in-process), and SIGKILL of a real
`presswash run` process group at varied moments (what a scheduler does).
"""

from __future__ import annotations

import json
import os
import random
import shutil
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.robustness.corpus import write_big_corpus
from tests.robustness.nasty import story
from tests.robustness.support import (
    kill_group,
    output_digest,
    read_manifest,
    run_cli,
    start_run,
    tail,
)

pytestmark = pytest.mark.prefect


class Crash(Exception):
    """Stands for the process dying at this moment."""


def change_corpus(raw: Path) -> None:
    """Turn a raw folder into its next version: edited, emptied, added and copied documents."""
    stories = sorted(raw.glob("site-*/story-*.txt"))
    stories[0].write_text(
        stories[0].read_text(encoding="utf-8") + "\nA correction was added.\n", encoding="utf-8"
    )
    stories[1].write_text("\n", encoding="utf-8")  # kept before, rejected now: its text must go
    (raw / "site-0" / "late-story.txt").write_text(story(0), encoding="utf-8")
    copy = "By Wire Staff\n" + stories[2].read_text(encoding="utf-8")  # overlaps a v1 document
    (raw / "wire").mkdir(exist_ok=True)
    (raw / "wire" / "late-copy.txt").write_text(copy, encoding="utf-8")
    with open(raw / "feed.jsonl", "a", encoding="utf-8") as feed:
        feed.write(json.dumps({"id": "late-feed", "text": story(1)}) + "\n")


def is_publication(dst: str, out: Path) -> bool:
    """Tell whether a rename publishes into the output or state folder.

    Renames into staging are the work in progress of batches, not publications.
    """
    return dst.startswith(f"{out}{os.sep}") and not Path(dst).relative_to(out).parts[0].startswith(
        ".staging-"
    )


def publications(calls: list[str], out: Path) -> list[str]:
    """Return the renames that publish into the output or state folder, relative to it, in order."""
    return [Path(dst).relative_to(out).as_posix() for dst in calls if is_publication(dst, out)]


# The publishing steps of a run, in order: clean texts moved into place (the first and one in
# the middle stand for all), the manifest, then each state file. A crash just before each one,
# then a rerun, must give what an uninterrupted run gives.
TEXT_POINTS = ("the first clean text", "a clean text in the middle")
STATE_POINTS = (
    "manifest.jsonl",
    ".presswash/overlap-index.npz",
    ".presswash/seen.json",
    ".presswash/last-run.json",
)


def point_position(point: str, published: list[str]) -> int:
    """Return the position among a run's publications of a named crash point."""
    texts = [n for n, name in enumerate(published) if "/" not in name and name.endswith(".txt")]
    if point in TEXT_POINTS:
        return texts[0] if point == TEXT_POINTS[0] else texts[len(texts) // 2]
    return published.index(point)


@pytest.fixture(scope="module")
def small_corpus(tmp_path_factory) -> tuple[Path, Path]:
    """Return two versions of a small raw folder (the second: what changed by the next run)."""
    root = tmp_path_factory.mktemp("small")
    write_big_corpus(root / "v1", documents=24)
    shutil.copytree(root / "v1", root / "v2")
    change_corpus(root / "v2")
    return root / "v1", root / "v2"


@pytest.fixture(scope="module")
def uninterrupted(prefect_api, small_corpus, tmp_path_factory):
    """Run v1 then v2 without a crash; return v1's outputs, v2's digest and what v2 published."""
    from flows.flow import presswash

    v1, v2 = small_corpus
    root = tmp_path_factory.mktemp("uninterrupted")
    base, after_v1 = root / "base", root / "after-v1"
    presswash(raw=str(v1), out=str(base), workers=1)
    shutil.copytree(base, after_v1)
    real_replace, calls = os.replace, []

    def recording_replace(src, dst, *args, **kwargs):
        calls.append(str(dst))
        return real_replace(src, dst, *args, **kwargs)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(os, "replace", recording_replace)
        presswash(raw=str(v2), out=str(base), workers=1)
    return after_v1, output_digest(base), publications(calls, base)


def test_every_publishing_step_of_a_run_is_a_crash_point(uninterrupted):
    _, _, published = uninterrupted
    texts = [name for name in published if "/" not in name and name.endswith(".txt")]
    assert len(texts) >= 2
    assert [name for name in published if name not in texts] == list(STATE_POINTS)


@pytest.mark.parametrize("point", [*TEXT_POINTS, *STATE_POINTS])
def test_a_crash_before_a_publishing_step_is_repaired_by_the_rerun(
    uninterrupted, small_corpus, tmp_path, point
):
    from flows.flow import presswash

    after_v1, expected, published = uninterrupted
    _, v2 = small_corpus
    crash_at = point_position(point, published)
    out = tmp_path / "out"
    shutil.copytree(after_v1, out)
    real_replace, count = os.replace, [0]

    def crashing_replace(src, dst, *args, **kwargs):
        if is_publication(str(dst), out):
            if count[0] == crash_at:
                raise Crash(f"killed before publishing {dst}")
            count[0] += 1
        return real_replace(src, dst, *args, **kwargs)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(os, "replace", crashing_replace)
        with pytest.raises(Crash):
            presswash(raw=str(v2), out=str(out), workers=1)
    presswash(raw=str(v2), out=str(out), workers=1)
    got = output_digest(out)
    differ = sorted(k for k in set(got) | set(expected) if got.get(k) != expected.get(k))
    assert not differ, f"killed before publishing {point}, then rerun: differs in {differ}"


# Moments to SIGKILL a run at, in the order a run reaches them: each waits for a sign in the
# output folder (polled every few milliseconds), then a random delay moves the kill around it.
Moment = tuple[str, Callable[[Path], bool], float]
MOMENTS: tuple[Moment, ...] = (
    ("starting up", lambda out: True, 1.0),
    ("planning", lambda out: any(out.glob(".staging-*")), 0.2),
    ("cleaning batches", lambda out: any(out.glob(".staging-*/batch-*.jsonl")), 0.5),
    ("publishing texts", lambda out: any(out.glob("*.txt")), 0.03),
)


def wait_for(sign: Callable[[Path], bool], out: Path, proc, timeout: float = 120) -> bool:
    """Wait until a sign shows in the output folder; False if the run ended first."""
    deadline = time.monotonic() + timeout
    while proc.poll() is None and time.monotonic() < deadline:
        if sign(out):
            return True
        time.sleep(0.002)
    return False


def assert_nothing_half_written(out: Path, expected_texts: dict[str, bytes]) -> None:
    """Check what a killed run left visible: whole files only, state files that parse."""
    if not out.exists():
        return
    for path in out.iterdir():
        if path.name == "manifest.jsonl":
            for line in path.read_text(encoding="utf-8").splitlines():
                json.loads(line)
        elif not path.name.startswith("."):
            assert path.read_bytes() == expected_texts[path.name], f"{path.name} is half-written"
    for path in (out / ".presswash").glob("*.json"):
        json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def kill_corpus(tmp_path_factory) -> Path:
    """Return a raw folder big enough that cleaning it takes a few seconds."""
    raw = tmp_path_factory.mktemp("kill") / "raw"
    write_big_corpus(raw, documents=100)
    return raw


def test_sigkill_at_varied_moments_then_a_rerun_gives_the_uninterrupted_outputs(
    api_env, kill_corpus, tmp_path
):
    from flows.flow import presswash

    seed = int(os.environ.get("PRESSWASH_KILL_SEED", time.time_ns() % 10**6))
    rng = random.Random(seed)
    base = tmp_path / "base"
    presswash(raw=str(kill_corpus), out=str(base), batch_size=10, workers=1)
    expected = output_digest(base)
    texts = {p.name: p.read_bytes() for p in base.glob("*.txt")}

    out = tmp_path / "killed"
    args = [
        "run",
        "--raw",
        str(kill_corpus),
        "--out",
        str(out),
        "--batch-size",
        "10",
        "--workers",
        "1",
    ]
    for number, (moment, sign, jitter) in enumerate(MOMENTS):
        logs = tmp_path / "logs" / f"killed-{number}"
        proc = start_run(args, api_env, logs)
        reached = wait_for(sign, out, proc)
        time.sleep(rng.uniform(0, jitter))
        kill_group(proc)
        assert reached, f"the run ended before {moment} (seed {seed}):\n{tail(logs)}"
        assert_nothing_half_written(out, texts)
    finished = run_cli(args, api_env, tmp_path / "logs" / "rerun")
    assert finished.returncode == 0, finished.stderr[-3000:]
    got = output_digest(out)
    differ = sorted(k for k in set(got) | set(expected) if got.get(k) != expected.get(k))
    assert not differ, f"after kills (seed {seed}) these differ from an uninterrupted run: {differ}"
    assert len(read_manifest(out)) == len(read_manifest(base))


def test_the_next_run_removes_what_a_killed_run_left_half_written(tmp_path):
    from flows.run.state import clear_staging

    out = tmp_path / "clean"
    (out / ".presswash" / "index").mkdir(parents=True)
    (out / ".staging-0123456789ab" / "batch-000000").mkdir(parents=True)
    leftovers = [
        out / ".manifest.jsonl.k2j4_x.presswash-tmp",
        out / ".presswash" / ".seen.json.a8f3.presswash-tmp",
        out / ".presswash" / "index" / ".bands.json.9x.presswash-tmp",
    ]
    kept = [
        out / "manifest.jsonl",
        out / "story.txt",
        out / ".presswash" / "seen.json",
        out / ".presswash" / "lock",
    ]
    for path in leftovers + kept:
        path.write_text("{}\n")
    clear_staging(out)
    assert not any(p.exists() for p in leftovers) and not (out / ".staging-0123456789ab").exists()
    assert all(p.read_text() == "{}\n" for p in kept)
