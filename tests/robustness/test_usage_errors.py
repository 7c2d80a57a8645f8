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
    finished = run_cli(
        ["run", "--raw", str(missing), "--out", str(tmp_path / "out")],
        offline_env,
        tmp_path / "run",
        timeout=60,
    )
    assert_one_clear_message(finished, "raw path does not exist", str(missing))
    assert not (tmp_path / "out").exists()


def raw_snapshot(raw: Path) -> dict[str, bytes]:
    return {str(p.relative_to(raw)): p.read_bytes() for p in sorted(raw.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("inside", ["", "clean"], ids=["out-is-raw", "out-inside-raw"])
def test_an_output_folder_inside_the_raw_folder(tmp_path, offline_env, inside):
    raw = make_raw(tmp_path)
    before = raw_snapshot(raw)
    finished = run_cli(
        ["run", "--raw", str(raw), "--out", str(raw / inside)],
        offline_env,
        tmp_path / "run",
        timeout=60,
    )
    assert_one_clear_message(finished, "the raw")
    assert finished.returncode == 2
    assert raw_snapshot(raw) == before


def out_through_dotdot(tmp_path: Path, raw: Path) -> list[str]:
    # The reproduction: `cd t9 && presswash run --raw raw --out ../t9/raw`.
    return ["--raw", "raw", "--out", f"../{tmp_path.name}/raw"]


def out_through_symlink(tmp_path: Path, raw: Path) -> list[str]:
    (tmp_path / "link-to-raw").symlink_to(raw, target_is_directory=True)
    return ["--raw", "raw", "--out", "link-to-raw/clean"]


def raw_symlink_to_out(tmp_path: Path, raw: Path) -> list[str]:
    (tmp_path / "clean").symlink_to(raw, target_is_directory=True)
    return ["--raw", "raw", "--out", "clean"]


def state_inside_raw(tmp_path: Path, raw: Path) -> list[str]:
    return ["--raw", "raw", "--out", "clean", "--state", "./raw/../raw/.presswash"]


def out_contains_raw(tmp_path: Path, raw: Path) -> list[str]:
    return ["--raw", "raw", "--out", "."]


@pytest.mark.parametrize(
    "spell",
    [
        out_through_dotdot,
        out_through_symlink,
        raw_symlink_to_out,
        state_inside_raw,
        out_contains_raw,
    ],
    ids=lambda spell: spell.__name__,
)
def test_raw_is_refused_as_an_output_however_the_path_is_spelled(tmp_path, offline_env, spell):
    raw = make_raw(tmp_path)
    before = raw_snapshot(raw)
    finished = run_cli(
        ["run", *spell(tmp_path, raw)],
        offline_env,
        tmp_path / "logs" / "run",
        timeout=60,
        cwd=tmp_path,
    )
    assert_one_clear_message(finished, "the raw")
    assert finished.returncode == 2
    assert raw_snapshot(raw) == before


def test_an_output_path_that_is_a_file(tmp_path, offline_env):
    raw = make_raw(tmp_path)
    (tmp_path / "clean").write_text("not a folder\n")
    finished = run_cli(
        ["run", "--raw", str(raw), "--out", str(tmp_path / "clean")],
        offline_env,
        tmp_path / "run",
        timeout=60,
    )
    assert_one_clear_message(finished, "output path is not a folder")
    assert (tmp_path / "clean").read_text() == "not a folder\n"


def test_an_output_folder_that_cannot_be_created(tmp_path, offline_env):
    raw = make_raw(tmp_path)
    (tmp_path / "file").write_text("x\n")
    out = tmp_path / "file" / "clean"  # below a regular file: no one can create it, root included
    finished = run_cli(
        ["run", "--raw", str(raw), "--out", str(out)], offline_env, tmp_path / "run", timeout=60
    )
    assert_one_clear_message(finished, "cannot write to", str(out))


@pytest.mark.skipif(
    os.geteuid() == 0,
    reason="root writes into read-only folders; the test above "
    "covers an unwritable output folder for root",
)
def test_a_read_only_output_folder(tmp_path, offline_env):
    raw = make_raw(tmp_path)
    out = tmp_path / "clean"
    out.mkdir()
    out.chmod(0o555)
    try:
        finished = run_cli(
            ["run", "--raw", str(raw), "--out", str(out)], offline_env, tmp_path / "run", timeout=60
        )
    finally:
        out.chmod(0o755)
    assert_one_clear_message(finished, "cannot write to", str(out))
