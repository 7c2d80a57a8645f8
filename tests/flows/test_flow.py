"""The flow end to end against a real Prefect API (Prefect's test harness): outputs and artifacts."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from uuid import UUID

import pytest

pytestmark = pytest.mark.prefect


def tree_digest(root: Path) -> dict[str, str]:
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def read_artifacts(flow_run_id: str) -> dict[str, object]:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId

    with get_client(sync_client=True) as client:
        found = client.read_artifacts(
            artifact_filter=ArtifactFilter(
                flow_run_id=ArtifactFilterFlowRunId(any_=[UUID(flow_run_id)])
            )
        )
    return {a.key: a for a in found if a.key}


def test_run_writes_clean_texts_manifest_and_artifacts(prefect_api, corpus, tmp_path):
    from flows.flow import presswash

    before = tree_digest(corpus)
    out = tmp_path / "clean"
    report = presswash(raw=str(corpus), out=str(out), workers=1)

    assert tree_digest(corpus) == before, "raw/ must never be modified"
    manifest = [json.loads(line) for line in (out / "manifest.jsonl").read_text().splitlines()]
    by_id = {r["id"]: r for r in manifest}
    assert len(manifest) == len(by_id) == 9
    assert by_id["empty"]["status"] == "rejected" and by_id["empty"]["reason"] == "empty file"
    assert by_id["feed.jsonl:2"]["reason"].startswith("invalid jsonl line")
    kept = [r for r in manifest if r["status"] == "kept"]
    assert len(kept) == 7
    for record in kept:
        text = (out / record["text_path"]).read_text(encoding="utf-8")
        assert len(text) == record["chars_out"] + 1 and "\n\n\n" not in text
    assert by_id["feed-1"]["url"] == "https://example.org/news/feed-1"

    copy_pairs = {
        o["id"] for o in by_id["copy-of-000"]["overlaps"] if o["kind"] == "near_duplicate"
    }
    assert copy_pairs == {"000_5fe9a8b6ae70ace9"}
    story = {
        o["id"] for o in by_id["001_5cd9a229ee895793"]["overlaps"] if o["kind"] == "same_story"
    }
    # 000 and its syndicated copy are one story told again: 001 is flagged with that cluster.
    assert story and story <= {"000_5fe9a8b6ae70ace9", "copy-of-000"}
    assert by_id["002_12429d2f99e46768"]["overlaps"] == []
    assert by_id["004_3bd3082e180324b4"]["overlaps"] == []
    # feed-1 carries the body of sample 003: a copy, and nothing else.
    assert {(o["id"], o["kind"]) for o in by_id["003_2c30a861351b1e2d"]["overlaps"]} == {
        ("feed-1", "near_duplicate")
    }

    artifacts = read_artifacts(report.flow_run_id)
    assert {
        "presswash-summary",
        "presswash-overlaps",
        "presswash-rejected",
        "presswash-progress",
    } <= set(artifacts)
    summary = artifacts["presswash-summary"].data
    assert "| kept | 7 |" in summary and "| rejected | 2 |" in summary
    assert "## Overlap index" in summary and "| documents | 7 |" in summary
    rejected = json.loads(artifacts["presswash-rejected"].data)
    assert sorted(row["id"] for row in rejected) == ["empty", "feed.jsonl:2"]
    overlaps = json.loads(artifacts["presswash-overlaps"].data)
    rows = {(row["id"], row["other_id"], row["kind"]) for row in overlaps}
    assert {r for r in rows if r[2] == "near_duplicate"} == {
        ("000_5fe9a8b6ae70ace9", "copy-of-000", "near_duplicate"),
        ("003_2c30a861351b1e2d", "feed-1", "near_duplicate"),
    }
    assert {r for r in rows if r[2] == "same_story"} == {
        (min(other, "001_5cd9a229ee895793"), max(other, "001_5cd9a229ee895793"), "same_story")
        for other in story
    }
    assert artifacts["presswash-progress"].data == 100.0


def test_task_runs_take_no_tags_from_the_flow_runs_caller(prefect_api, corpus, tmp_path):
    """The CLI tags its flow runs; their task runs stay untagged (see `untagged_tasks`).

    A tagged task run asks the API for the tag's concurrency slots before it starts, which left
    workers idle for seconds at a time. The batches run on the process pool, as in a big run.
    """
    from prefect import tags
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId

    from flows.flow import presswash

    with tags("presswash", "cli"):
        report = presswash(
            raw=str(corpus), out=str(tmp_path / "clean"), workers=2, engine="process"
        )

    with get_client(sync_client=True) as client:
        flow_run = client.read_flow_run(UUID(report.flow_run_id))
        task_runs = client.read_task_runs(
            flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[flow_run.id]))
        )
    assert {"presswash", "cli"} <= set(flow_run.tags)
    names = {run.name.rsplit("-", 1)[0] for run in task_runs}
    assert {"plan-run", "profile-sites", "clean-batch", "flag-overlaps", "write-outputs"} <= names
    assert [run.name for run in task_runs if run.tags] == []
