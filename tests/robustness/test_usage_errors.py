"""Usage errors stop `presswash run` at once: a non-zero exit, one clear line, no traceback."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.robustness.nasty import sample
from tests.robustness.support import run_cli


def make_raw(tmp_path: Path) -> Path:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "story.txt").write_text(sample(), encoding="utf-8")
    return raw


def assert_one_clear_message(finished, *phrases: str) -> None:
    assert finished.returncode != 0
    assert "Traceback" not in finished.stderr + finished.stdout
    lines = [line for line in finished.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("presswash: "), finished.stderr
    for phrase in phrases:
        assert phrase in lines[0]


def test_a_raw_path_that_does_not_exist(tmp_path, offline_env):
    missing = tmp_path / "no-such-folder"
    finished = run_cli(["run", "--raw", str(missing), "--out", str(tmp_path / "out")],
                       offline_env, tmp_path / "run", timeout=60)
    assert_one_clear_message(finished, "raw path does not exist", str(missing))
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("inside", ["", "clean"], ids=["out-is-raw", "out-inside-raw"])
def test_an_output_folder_inside_the_raw_folder(tmp_path, offline_env, inside):
    raw = make_raw(tmp_path)
    before = sorted(p.name for p in raw.rglob("*"))
    finished = run_cli(["run", "--raw", str(raw), "--out", str(raw / inside)],
                       offline_env, tmp_path / "run", timeout=60)
    assert_one_clear_message(finished, "must not be inside the raw folder")
    assert sorted(p.name for p in raw.rglob("*")) == before


def test_an_output_path_that_is_a_file(tmp_path, offline_env):
    raw = make_raw(tmp_path)
    (tmp_path / "clean").write_text("not a folder\n")
    finished = run_cli(["run", "--raw", str(raw), "--out", str(tmp_path / "clean")],
                       offline_env, tmp_path / "run", timeout=60)
    assert_one_clear_message(finished, "output path is not a folder")
    assert (tmp_path / "clean").read_text() == "not a folder\n"


def test_an_output_folder_that_cannot_be_created(tmp_path, offline_env):
    raw = make_raw(tmp_path)
    (tmp_path / "file").write_text("x\n")
    out = tmp_path / "file" / "clean"  # below a regular file: no one can create it, root included
    finished = run_cli(["run", "--raw", str(raw), "--out", str(out)], offline_env, tmp_path / "run",
                       timeout=60)
    assert_one_clear_message(finished, "cannot write to", str(out))


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders; the test above "
                    "covers an unwritable output folder for root")
def test_a_read_only_output_folder(tmp_path, offline_env):
    raw = make_raw(tmp_path)
    out = tmp_path / "clean"
    out.mkdir()
    out.chmod(0o555)
    try:
        finished = run_cli(["run", "--raw", str(raw), "--out", str(out)], offline_env,
                           tmp_path / "run", timeout=60)
    finally:
        out.chmod(0o755)
    assert_one_clear_message(finished, "cannot write to", str(out))
