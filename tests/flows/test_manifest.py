"""Merging a run into the manifest: repeated ids, overlaps added to earlier documents, streaming."""

import json

from cleaners.records import Overlap
from flows.manifest import full_record, mark_duplicate_ids, merged_records, scan_fragments


def record(doc_id, status="kept", source=None, overlaps=(), **extra):
    rec = {"id": doc_id, "source": source or f"{doc_id}.txt", "status": status, "overlaps": list(overlaps)}
    if status == "kept":
        rec["text_path"] = f"{doc_id}.txt"
    rec["removed"] = [{"rule": "newsletter_promo", "text": "Sign up for our daily newsletter"}]
    return rec | extra


def write_jsonl(path, records):
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return str(path)


def test_a_repeated_id_is_rejected_and_still_accounted_for(tmp_path):
    fragment = write_jsonl(tmp_path / "batch-000000.jsonl", [
        record("a", source="f.jsonl:1", staged="batch-000000/a.txt"),
        record("a", source="f.jsonl:7", staged="batch-000000/a.txt"),
    ])
    out = mark_duplicate_ids(scan_fragments([fragment]))
    assert [r.id for r in out] == ["a", "a~dup2"]
    assert out[1].status == "rejected" and "first seen in f.jsonl:1" in out[1].reason
    assert out[1].staged is None and out[1].text_path is None
    full = full_record(out[1])
    assert full["id"] == "a~dup2" and full["source"] == "f.jsonl:7" and "text_path" not in full
    assert "staged" not in full and full["removed"][0]["rule"] == "newsletter_promo"


def test_a_new_name_for_a_repeated_id_never_takes_another_documents_id(tmp_path):
    fragment = write_jsonl(tmp_path / "batch-000000.jsonl", [
        record("a", source="f.jsonl:1"), record("a~dup2", source="f.jsonl:2"),
        record("a", source="f.jsonl:3"), record("a", source="f.jsonl:4"),
    ])
    out = mark_duplicate_ids(scan_fragments([fragment]))
    assert [r.id for r in out] == ["a", "a~dup2", "a~dup3", "a~dup4"]
    assert [r.status for r in out] == ["kept", "kept", "rejected", "rejected"]


def test_new_overlaps_are_added_to_earlier_documents_and_stale_ones_dropped(tmp_path):
    manifest = tmp_path / "manifest.jsonl"
    write_jsonl(manifest, [
        record("changed"),
        record("old", overlaps=[{"id": "changed", "kind": "near_duplicate", "similarity": 0.9}]),
        record("other", title="Untouched"),
    ])
    fragment = write_jsonl(tmp_path / "batch-000000.jsonl", [record("new"), record("changed")])
    overlaps = {
        "new": (Overlap("old", "near_duplicate", 0.81),),
        "old": (Overlap("new", "near_duplicate", 0.81),),
    }
    clusters = {"new": ("c1", "old"), "old": ("c1", "old")}
    merged = {r["id"]: r for r in merged_records(manifest, scan_fragments([fragment]), overlaps, clusters)}
    assert list(merged) == ["changed", "new", "old", "other"]  # sorted by id, each once
    assert [o["id"] for o in merged["old"]["overlaps"]] == ["new"]
    assert merged["new"]["overlaps"][0]["id"] == "old"
    assert merged["new"]["representative"] == "old" and merged["changed"]["overlaps"] == []
    assert merged["other"]["title"] == "Untouched"


def test_records_are_read_back_one_at_a_time_from_their_fragment(tmp_path):
    """A run keeps summaries only; the full records (with their removals) stay on disk."""
    docs = [record(f"d{i:03d}", title=f"Story {i}") for i in range(50)]
    fragment = write_jsonl(tmp_path / "batch-000000.jsonl", docs)
    summaries = scan_fragments([fragment])
    assert not hasattr(summaries[0], "removed")
    assert [full_record(s) for s in summaries[::7]] == docs[::7]
