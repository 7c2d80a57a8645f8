"""Inputs that change while a run reads them, or disappear between runs (issue 24, reproduction 2).

What a run records as seen is what its batches read: a file rewritten, emptied or deleted after
the plan is processed from the bytes read (or left for the next run), never recorded under a hash
it was not read with; the records of inputs gone from raw are marked, not left as they were.
"""

from __future__ import annotations

import json
import random
import shutil
from pathlib import Path

import pytest

from tests.robustness.corpus import remixed_story, sentences
from tests.robustness.nasty import story
from tests.robustness.support import read_manifest

pytestmark = pytest.mark.prefect


def feed_lines(count: int, version: int) -> list[str]:
    """Return the jsonl lines of a feed of distinct wire stories (``version`` changes every third)."""
    rng, pool = random.Random(7), sentences()
    lines = []
    for number in range(count):
        text = remixed_story(rng, pool, number)
        if version and number % 3 == 0:
            text += f"\n\nUpdate {version}: officials confirmed the figures on Tuesday."
        lines.append(json.dumps({"id": f"wire-{number}", "text": text}))
    return lines


def summary(out: Path) -> dict[str, tuple]:
    """Return each record's source, status and clean text, by id."""
    return {
        r["id"]: (
            r["source"],
            r["status"],
            r.get("reason"),
            (out / r["text_path"]).read_text(encoding="utf-8") if r.get("text_path") else None,
        )
        for r in read_manifest(out)
    }


def run_with(raw: Path, out: Path, after_plan=None, after_clean=None) -> None:
    """Run the flow in this process, calling hooks after its plan and after its clean stage."""
    import flows.flow
    from flows.flow import presswash

    real_plan, real_mark = flows.flow.plan_run, flows.flow.mark_duplicate_ids

    def plan_then(*args, **kwargs):
        plan = real_plan(*args, **kwargs)
        if after_plan:
            after_plan()
        return plan

    def mark_then(*args, **kwargs):
        if after_clean:
            after_clean()
        return real_mark(*args, **kwargs)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(flows.flow, "plan_run", plan_then)
        patch.setattr(flows.flow, "mark_duplicate_ids", mark_then)
        presswash(raw=str(raw), out=str(out), workers=1, batch_size=20)


def test_a_jsonl_file_rewritten_mid_run_is_never_recorded_wrongly(prefect_api, tmp_path):
    raw, out, fresh = tmp_path / "raw", tmp_path / "clean", tmp_path / "fresh"
    raw.mkdir()
    feed = raw / "feed.jsonl"
    feed.write_text("\n".join(feed_lines(50, 0)) + "\n", encoding="utf-8")
    rewritten = (
        "\n".join([json.dumps({"id": "wire-new", "text": story(3)}), *feed_lines(50, 1)]) + "\n"
    )

    run_with(raw, out, after_plan=lambda: feed.write_text(rewritten, encoding="utf-8"))
    during = read_manifest(out)
    assert len(during) <= 51 and not any("~dup" in r["id"] for r in during)
    lines = rewritten.splitlines()
    for record in during:  # a record cites the line it was read from, with that line's id
        number = int(record["source"].rpartition(":")[2])
        assert json.loads(lines[number - 1])["id"] == record["id"], record["source"]

    run_with(raw, out)
    shutil.copytree(raw, tmp_path / "raw-final")
    run_with(tmp_path / "raw-final", fresh)
    assert summary(out) == summary(fresh), "the rerun must give what a run on the new file gives"


def test_files_emptied_after_the_plan_and_restored_are_read_again_by_the_next_run(
    prefect_api, tmp_path
):
    raw, out = tmp_path / "raw", tmp_path / "clean"
    (raw / "site").mkdir(parents=True)
    for number in range(20):
        (raw / "site" / f"story-{number:02d}.txt").write_text(story(number), encoding="utf-8")
    saved = {p: p.read_bytes() for p in (raw / "site").iterdir()}

    def empty():
        for path in saved:
            path.write_bytes(b"")

    def restore():
        for path, data in saved.items():
            path.write_bytes(data)

    run_with(raw, out, after_plan=empty, after_clean=restore)
    assert {r["reason"] for r in read_manifest(out)} == {"empty file"}
    run_with(raw, out)
    records = read_manifest(out)
    assert len(records) == 20 and {r["status"] for r in records} == {"kept"}


def test_the_records_of_deleted_inputs_are_marked_and_keep_their_text(prefect_api, tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "clean"
    (raw / "site").mkdir(parents=True)
    for number in range(4):
        (raw / "site" / f"story-{number}.txt").write_text(story(number), encoding="utf-8")
    (raw / "feed.jsonl").write_text("\n".join(feed_lines(3, 0)) + "\n", encoding="utf-8")
    run_with(raw, out)
    (raw / "site" / "story-0.txt").unlink()
    (raw / "feed.jsonl").unlink()
    (raw / "site" / "story-1.txt").write_text(story(9), encoding="utf-8")  # changed, then gone
    run_with(raw, out, after_plan=lambda: (raw / "site" / "story-1.txt").unlink())
    run_with(raw, out)

    records = {r["id"]: r for r in read_manifest(out)}
    gone = {"story-0", "story-1", "wire-0", "wire-1", "wire-2"}
    assert {i for i, r in records.items() if r.get("input_deleted")} == gone
    assert (
        records["story-0"]["status"] == "kept" and (out / records["story-0"]["text_path"]).exists()
    )
    assert records["story-1"]["reason"].startswith("unreadable file")
    assert not any(records[i].get("input_deleted") for i in ("story-2", "story-3"))

    (raw / "site" / "story-0.txt").write_text(story(0), encoding="utf-8")  # back again
    run_with(raw, out)
    assert "input_deleted" not in {
        k for k in next(r for r in read_manifest(out) if r["id"] == "story-0")
    }
