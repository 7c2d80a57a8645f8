from cleaners.records import Overlap
from flows.manifest import mark_duplicate_ids, merge_records


def record(doc_id, status="kept", source=None, overlaps=()):
    rec = {"id": doc_id, "source": source or f"{doc_id}.txt", "status": status, "overlaps": list(overlaps)}
    if status == "kept":
        rec["text_path"] = f"{doc_id}.txt"
    return rec


def test_a_repeated_id_is_rejected_and_still_accounted_for():
    out = mark_duplicate_ids([record("a", source="f.jsonl:1"), record("a", source="f.jsonl:7")])
    assert [r["id"] for r in out] == ["a", "a~dup2"]
    assert out[1]["status"] == "rejected" and "first seen in f.jsonl:1" in out[1]["reason"]
    assert "text_path" not in out[1]


def test_new_overlaps_are_added_to_earlier_documents_and_stale_ones_dropped():
    previous = {
        "old": record("old", overlaps=[{"id": "changed", "kind": "near_duplicate", "similarity": 0.9}]),
        "changed": record("changed"),
    }
    current = [record("changed"), record("new")]
    overlaps = {
        "new": [Overlap("old", "near_duplicate", 0.81)],
        "old": [Overlap("new", "near_duplicate", 0.81)],
    }
    merged = merge_records(previous, current, overlaps, {"new": ("c1", "old"), "old": ("c1", "old")})
    assert list(merged) == ["changed", "new", "old"]
    assert [o["id"] for o in merged["old"]["overlaps"]] == ["new"]
    assert merged["new"]["overlaps"][0]["id"] == "old"
    assert merged["new"]["representative"] == "old" and merged["changed"]["overlaps"] == []
