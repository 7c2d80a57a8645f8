"""A broken state folder or manifest is detected and rebuilt, in one line (issue 24, reproduction 7).

Each case breaks what one finished run left, then runs the next version of the raw folder: the run
must say in one warning line which file it found broken, exit 0 without a traceback, and give
what the same run on unbroken outputs gives.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.flows.conftest import COPY_FOOTER, COPY_HEADER, article_body
from tests.robustness.nasty import SAMPLES
from tests.robustness.support import output_digest, read_manifest, run_cli

pytestmark = pytest.mark.prefect


def add_copy(raw: Path) -> None:
    """Add a syndicated copy of sample 000: only the overlap index can tell it is one."""
    (raw / "wire").mkdir(exist_ok=True)
    copy = f"{COPY_HEADER}{article_body('000_5fe9a8b6ae70ace9.txt')}{COPY_FOOTER}"
    (raw / "wire" / "copy-of-000.txt").write_text(copy, encoding="utf-8")


@pytest.fixture(scope="module")
def runs(api_env, tmp_path_factory) -> dict:
    """Run v1 (the samples), keep its outputs, then run v2 (plus a copy); return paths and digest."""
    root = tmp_path_factory.mktemp("broken")
    shutil.copytree(SAMPLES, root / "raw")
    out = root / "clean"
    args = ["run", "--raw", str(root / "raw"), "--out", str(out), "--workers", "1"]
    assert run_cli(args, api_env, root / "v1").returncode == 0
    shutil.copytree(out, root / "after-v1")
    add_copy(root / "raw")
    finished = run_cli(args, api_env, root / "v2")
    assert finished.returncode == 0, finished.stderr[-3000:]
    copy = next(r for r in read_manifest(out) if r["id"] == "copy-of-000")
    assert copy["overlaps"], "the copy is flagged against the earlier sample"
    return {"raw": root / "raw", "after_v1": root / "after-v1", "expected": outcome(out)}


def outcome(out: Path) -> tuple[dict, dict]:
    """Return what a run's outputs say of each document, and the digest of every clean text.

    Overlaps are left out: a full run (the rebuild) flags them among all its documents at once,
    an incremental run against the index, and the two may pair a story's copies differently.
    The copy's overlap with its original is checked by the test.
    """
    records = {
        r["id"]: (r["source"], r["status"], r.get("reason"), r.get("text_path"))
        for r in read_manifest(out)
    }
    return records, {k: v for k, v in output_digest(out).items() if k.endswith(".txt")}


def cut_in_half(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def add_garbage_line(path: Path) -> None:
    lines = path.read_bytes().splitlines(keepends=True)
    path.write_bytes(b"".join([*lines[:2], b"\x00garbage{\n", *lines[2:]]))


Breakage = tuple[str, Callable[[Path], None]]
BREAKAGES: dict[str, Breakage] = {
    "index deleted": (".presswash/overlap-index.npz", Path.unlink),
    "index damaged": (".presswash/overlap-index.npz", cut_in_half),
    "manifest deleted": ("manifest.jsonl", Path.unlink),
    "manifest garbage line": ("manifest.jsonl", add_garbage_line),
    "seen.json cut in half": (".presswash/seen.json", cut_in_half),
}


@pytest.mark.parametrize("case", list(BREAKAGES))
def test_a_broken_state_file_is_named_and_rebuilt(api_env, runs, tmp_path, case):
    name, breakage = BREAKAGES[case]
    out = tmp_path / "clean"
    shutil.copytree(runs["after_v1"], out)
    breakage(out / name)
    finished = run_cli(
        ["run", "--raw", str(runs["raw"]), "--out", str(out), "--workers", "1"],
        api_env,
        tmp_path / "run",
    )
    assert finished.returncode == 0, finished.stderr[-3000:]
    assert "Traceback" not in finished.stdout + finished.stderr
    warnings = [line for line in finished.stderr.splitlines() if "WARNING" in line]
    assert len(warnings) == 1 and Path(name).name in warnings[0], warnings
    (records, texts), (want_records, want_texts) = outcome(out), runs["expected"]
    differ = {
        i: (records.get(i), want_records.get(i))
        for i in set(records) | set(want_records)
        if records.get(i) != want_records.get(i)
    }
    assert not differ, f"{case}: records differ from those of a run on unbroken outputs: {differ}"
    assert texts == want_texts
    copy = next(r for r in read_manifest(out) if r["id"] == "copy-of-000")
    assert "000_5fe9a8b6ae70ace9" in {o["id"] for o in copy["overlaps"]}, "flagged against run 1's"
    assert (out / ".presswash" / "overlap-index.npz").exists()


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads a file whatever its mode")
def test_an_unreadable_seen_file_is_named_and_rebuilt(api_env, runs, tmp_path):
    out = tmp_path / "clean"
    shutil.copytree(runs["after_v1"], out)
    (out / ".presswash" / "seen.json").chmod(0)
    finished = run_cli(
        ["run", "--raw", str(runs["raw"]), "--out", str(out), "--workers", "1"],
        api_env,
        tmp_path / "run",
    )
    assert finished.returncode == 0 and "seen.json is unreadable" in finished.stderr
