"""Scheduled runs process only what is new, keep earlier outputs, and flag overlaps across runs."""

import json

import pytest

from tests.flows.conftest import COPY_FOOTER, COPY_HEADER, article_body

pytestmark = pytest.mark.prefect


def manifest(out):
    return {r["id"]: r for r in map(json.loads, (out / "manifest.jsonl").read_text().splitlines())}


def test_second_run_processes_only_the_new_document(prefect_api, corpus, tmp_path):
    from flows.flow import presswash

    out = tmp_path / "clean"
    first = presswash(raw=str(corpus), out=str(out), workers=1)
    texts = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in out.glob("*.txt")}

    body = article_body("002_12429d2f99e46768.txt")
    (corpus / "wire" / "repost-of-002.txt").write_text(
        f"{COPY_HEADER}{body}{COPY_FOOTER}", encoding="utf-8"
    )
    second = presswash(raw=str(corpus), out=str(out), workers=1)

    assert (first.read, second.read, second.unchanged) == (9, 1, 9)
    for name, (data, mtime) in texts.items():
        assert (out / name).read_bytes() == data and (out / name).stat().st_mtime_ns == mtime
    records = manifest(out)
    assert len(records) == 10
    repost = records["repost-of-002"]
    assert repost["status"] == "kept"
    assert [(o["id"], o["kind"]) for o in repost["overlaps"]] == [
        ("002_12429d2f99e46768", "near_duplicate")
    ]
    assert ("repost-of-002", "near_duplicate") in {
        (o["id"], o["kind"]) for o in records["002_12429d2f99e46768"]["overlaps"]
    }
    third = presswash(raw=str(corpus), out=str(out), workers=1)
    assert (third.read, third.unchanged) == (0, 10)
    assert manifest(out) == records

    # The overlap index holds every kept document of the three runs; its size is reported.
    kept = sum(r["status"] == "kept" for r in records.values())
    index = out / ".presswash" / "overlap-index.npz"
    for report in (second, third):
        assert (report.index_documents, report.index_bytes) == (kept, index.stat().st_size)
    assert first.index_documents == kept - 1
    saved = json.loads((out / ".presswash" / "last-run.json").read_text())["overlap_index"]
    assert saved == {
        "documents": kept,
        "bytes": index.stat().st_size,
        "bytes_per_document": round(index.stat().st_size / kept),
    }


def test_second_run_on_a_locked_output_folder_stops_clearly(corpus, tmp_path):
    from flows.run.state import RunLockedError, run_lock

    state = tmp_path / "clean" / ".presswash"
    with (
        run_lock(state),
        pytest.raises(RunLockedError, match="another presswash run is using this output folder"),
        run_lock(state),
    ):
        pass
