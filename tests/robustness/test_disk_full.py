"""A full disk at any point of a run (issue 24, reproduction 8).

The disk fills up while a step writes (a fault injected at the write, after part of the data, as
ENOSPC comes): the run stops, leaves no staging folder, and the outputs are either the earlier
run's or this run's, each text with its own record; the rerun gives an uninterrupted run's outputs.
A real small tmpfs checks the command's ending: exit 4, one line, no traceback.
"""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
from pathlib import Path

import pytest

import flows.run.batch
import flows.run.output
import flows.run.overlaps
from tests.robustness.corpus import write_big_corpus
from tests.robustness.support import output_digest, read_manifest, run_cli
from tests.robustness.test_kill import change_corpus

pytestmark = pytest.mark.prefect


class FullDisk:
    """A file that takes ``room`` bytes, then fails as a full disk does."""

    def __init__(self, handle, room: int) -> None:
        self.handle, self.room = handle, room

    def write(self, data) -> int:
        if len(data) > self.room:
            self.handle.write(bytes(data[: self.room]))
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        self.room -= len(data)
        return self.handle.write(data)

    def writelines(self, chunks) -> None:
        for chunk in chunks:
            self.write(chunk)

    def __getattr__(self, name):
        return getattr(self.handle, name)


def fill_up_at(patch: pytest.MonkeyPatch, point: str) -> None:
    """Make the disk full when the run writes ``point`` (a file name, or "a staged text")."""
    if point == "a staged text":
        real_staged, count = flows.run.batch.write_staged, [0]

        def staged(path, data):
            count[0] += 1
            if count[0] == 3:
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))
            real_staged(path, data)

        patch.setattr(flows.run.batch, "write_staged", staged)
        return
    real_write = flows.run.output.write_atomic_with

    def write_atomic_with(path, write, before_rename=None):
        if Path(path).name == point:
            return real_write(path, lambda handle: write(FullDisk(handle, 100)), before_rename)
        return real_write(path, write, before_rename)

    patch.setattr(flows.run.output, "write_atomic_with", write_atomic_with)
    patch.setattr(flows.run.overlaps, "write_atomic_with", write_atomic_with)


@pytest.fixture(scope="module")
def versions(prefect_api, tmp_path_factory) -> dict:
    """Run v1, keep its outputs, run v2 on a copy; return both with v2's digest."""
    from flows.flow import presswash

    root = tmp_path_factory.mktemp("disk-full")
    write_big_corpus(root / "v1", documents=24)
    shutil.copytree(root / "v1", root / "v2")
    change_corpus(root / "v2")
    out = root / "clean"
    presswash(raw=str(root / "v1"), out=str(out), workers=1)
    shutil.copytree(out, root / "after-v1")
    presswash(raw=str(root / "v2"), out=str(out), workers=1)
    return {"v2": root / "v2", "after_v1": root / "after-v1", "after_v2": out}


def published(out: Path) -> dict[str, str]:
    """Return the digests of the manifest and the clean texts (what a reader of the outputs sees)."""
    return {k: v for k, v in output_digest(out).items() if not k.startswith(".")}


def assert_consistent(out: Path) -> None:
    """Check that every kept record has its own text and every text its record."""
    records = read_manifest(out)
    texts = {r["text_path"]: r for r in records if r["status"] == "kept" and r.get("text_path")}
    assert {p.name for p in out.glob("*.txt")} == set(texts)
    for name, record in texts.items():
        assert len((out / name).read_text(encoding="utf-8")) == record["chars_out"] + 1, name


@pytest.mark.parametrize(
    "point", ["a staged text", "manifest.jsonl", "overlap-index.npz", "seen.json"]
)
def test_a_full_disk_leaves_outputs_consistent_and_the_rerun_completes(versions, tmp_path, point):
    from flows.flow import presswash

    out = tmp_path / "clean"
    shutil.copytree(versions["after_v1"], out)
    with pytest.MonkeyPatch.context() as patch:
        fill_up_at(patch, point)
        with pytest.raises(OSError, match="No space left on device"):
            presswash(raw=str(versions["v2"]), out=str(out), workers=1)
    assert not list(out.glob(".staging-*")) and not list(out.rglob("*.presswash-tmp"))
    assert_consistent(out)
    before_manifest = point in ("a staged text", "manifest.jsonl")
    expected = versions["after_v1" if before_manifest else "after_v2"]
    assert published(out) == published(expected)
    presswash(raw=str(versions["v2"]), out=str(out), workers=1)
    assert output_digest(out) == output_digest(versions["after_v2"])


@pytest.fixture
def small_disk(tmp_path):
    """Mount a 1 MB tmpfs (root, where mounts are allowed); skip elsewhere."""
    disk = tmp_path / "disk"
    disk.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(disk)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.decode().strip()}")
    yield disk
    subprocess.run(["umount", "-l", str(disk)], check=False)


def test_a_full_disk_ends_the_command_in_one_line(api_env, small_disk, tmp_path):
    raw = tmp_path / "raw"
    write_big_corpus(raw, documents=400)  # about 2 MB of clean text: twice the disk
    finished = run_cli(
        ["run", "--raw", str(raw), "--out", str(small_disk / "clean"), "--workers", "1"],
        api_env,
        tmp_path / "run",
    )
    assert finished.returncode == 4, finished.stderr[-3000:]
    assert "Traceback" not in finished.stdout + finished.stderr, finished.stderr[-3000:]
    last = finished.stderr.strip().splitlines()[-1]
    assert last.startswith("presswash: cannot write outputs:") and "No space left" in last
    assert not list((small_disk / "clean").glob(".staging-*")), "the staging folder is removed"
