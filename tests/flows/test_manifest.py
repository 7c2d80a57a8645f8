"""Merging a run into the manifest: repeated ids, overlaps added to earlier documents, streaming."""

import json

from cleaners.records import ManifestRecord, Overlap, Removal
from flows.run.manifest import (
    OPEN_FRAGMENTS,
    Owner,
    fragment_line,
    fragment_lines,
    full_record,
    mark_duplicate_ids,
    merged_records,
    write_fragment,
)
from flows.run.output import record_line, write_chunks_atomic


def as_dicts(merged):
    """Return merged records by id, as JSON objects."""
    return {i: json.loads(r) if isinstance(r, bytes) else r.to_json() for i, r in merged}


def record(doc_id, status="kept", source=None, overlaps=(), **extra):
    return ManifestRecord(
        doc_id,
        source or f"{doc_id}.txt",
        status,
        overlaps=tuple(overlaps),
        text_path=f"{doc_id}.txt" if status == "kept" else None,
        removed=(Removal("newsletter_promo", "Sign up for our daily newsletter"),),
        **extra,
    )


def write_jsonl(path, records):
    path.write_text("".join(json.dumps(r.to_json()) + "\n" for r in records), encoding="utf-8")
    return str(path)


def test_a_repeated_id_is_rejected_and_still_accounted_for(tmp_path):
    summaries = write_fragment(
        tmp_path / "batch-000000.jsonl",
        [
            record("a", source="f.jsonl:1"),
            record("a", source="f.jsonl:7"),
        ],
    )
    out = mark_duplicate_ids(summaries)
    assert [r.id for r in out] == ["a", "a~dup2"]
    assert out[0].staged == "batch-000000/a.txt"  # where the batch staged the kept text
    assert out[1].status == "rejected" and "first seen in f.jsonl:1" in out[1].reason
    assert out[1].staged is None and out[1].text_path is None
    full = full_record(out[1])
    assert full.id == "a~dup2" and full.source == "f.jsonl:7" and full.text_path is None
    assert full.removed[0].rule == "newsletter_promo"


def test_a_new_name_for_a_repeated_id_never_takes_another_documents_id(tmp_path):
    summaries = write_fragment(
        tmp_path / "batch-000000.jsonl",
        [
            record("a", source="f.jsonl:1"),
            record("a~dup2", source="f.jsonl:2"),
            record("a", source="f.jsonl:3"),
            record("a", source="f.jsonl:4"),
        ],
    )
    out = mark_duplicate_ids(summaries)
    assert [r.id for r in out] == ["a", "a~dup2", "a~dup3", "a~dup4"]
    assert [r.status for r in out] == ["kept", "kept", "rejected", "rejected"]


def test_an_id_held_by_another_input_of_an_earlier_run_stays_with_it(tmp_path):
    summaries = write_fragment(
        tmp_path / "batch-000000.jsonl",
        [
            record("000123", source="site2/000123.txt"),
            record("bar", source="feed.jsonl:4"),
            record("bar", source="bar.txt"),
            record("gone", source="new/gone.txt"),
        ],
    )
    owners = {
        "000123": Owner("site1/000123.txt", "000123.txt"),
        "bar": Owner("bar.txt", "bar.txt"),
        "bar~dup2": Owner("other.jsonl:9"),
        "gone": Owner("old/gone.txt", input_deleted=True),
    }
    out = mark_duplicate_ids(summaries, owners)
    assert [(r.id, r.status) for r in out] == [
        ("000123~dup2", "rejected"),
        ("bar~dup3", "rejected"),
        ("bar", "kept"),
        ("gone", "kept"),
    ]
    assert out[0].reason == "duplicate id '000123': first seen in site1/000123.txt"
    assert out[1].reason == "duplicate id 'bar': first seen in bar.txt", (
        "its own file's change is no duplicate"
    )


def test_a_clean_text_name_found_taken_rejects_the_document_instead_of_overwriting(tmp_path):
    summaries = write_fragment(tmp_path / "batch-000000.jsonl", [record("b"), record("c")])
    summaries[1].text_path = "b.txt"  # as if two names met
    out = mark_duplicate_ids(summaries, {"a": Owner("a.txt", "a.txt")})
    assert [(r.id, r.status) for r in out] == [("b", "kept"), ("c", "rejected")]
    assert out[1].reason == "clean-text file name b.txt is 'b''s" and full_record(out[1]).id == "c"
    taken = mark_duplicate_ids(
        write_fragment(tmp_path / "b.jsonl", [record("z")]), {"y": Owner("y", "z.txt")}
    )
    assert taken[0].status == "rejected" and "'y'" in taken[0].reason


def test_new_overlaps_are_added_to_earlier_documents_and_stale_ones_dropped(tmp_path):
    manifest = tmp_path / "manifest.jsonl"
    write_jsonl(
        manifest,
        [
            record("changed"),
            record("old", overlaps=[Overlap("changed", "near_duplicate", 0.9)]),
            record("other", title="Untouched"),
        ],
    )
    summaries = write_fragment(tmp_path / "batch-000000.jsonl", [record("new"), record("changed")])
    overlaps = {
        "new": (Overlap("old", "near_duplicate", 0.81),),
        "old": (Overlap("new", "near_duplicate", 0.81),),
    }
    clusters = {"new": ("c1", "old"), "old": ("c1", "old")}
    merged = as_dicts(merged_records(manifest, summaries, overlaps, clusters))
    assert list(merged) == ["changed", "new", "old", "other"]  # sorted by id, each once
    assert [o["id"] for o in merged["old"]["overlaps"]] == ["new"]
    assert merged["new"]["overlaps"][0]["id"] == "old"
    assert merged["new"]["representative"] == "old" and merged["changed"]["overlaps"] == []
    assert merged["other"]["title"] == "Untouched"


def test_records_are_read_back_one_at_a_time_from_their_fragment(tmp_path):
    """A run keeps summaries only; the full records (with their removals) stay on disk."""
    docs = [record(f"d{i:03d}", title=f"Story {i}") for i in range(50)]
    summaries = write_fragment(tmp_path / "batch-000000.jsonl", docs)
    assert not hasattr(summaries[0], "removed")
    assert [full_record(s) for s in summaries[::7]] == docs[::7]


def test_manifest_lines_keep_their_keys_and_order(tmp_path):
    """Untouched earlier lines are copied; the others are written from their records, in the
    key order earlier presswash versions wrote (a field left out while it is not set)."""
    manifest = tmp_path / "manifest.jsonl"
    earlier = [
        b'{"id": "e1", "source": "e1.txt", "status": "kept", "text_path": "e1.txt", '
        b'"title": "Kremlin\xe2\x80\x99s plan", "chars_in": 10, "chars_out": 9, "removed": [], '
        b'"overlaps": []}\n',
        b'{"id": "e2", "source": "e2.txt", "status": "kept", "text_path": "e2.txt", "chars_in": 0, '
        b'"chars_out": 0, "removed": [], "overlaps": [], "cluster": "e2", "representative": "e2"}\n',
    ]
    write_chunks_atomic(manifest, earlier)
    run = [
        ManifestRecord(
            "n1",
            "n1.txt",
            "kept",
            text_path="n1.txt",
            url="",
            title="Russia helps China\u2019s airborne forces \u2014 report",
            chars_in=4200,
            chars_out=3100,
            removed=(Removal("byline", "By Justin Klawans"),),
        ),
        ManifestRecord("n2", "n2.txt", "rejected", reason="empty text"),
    ]
    summaries = write_fragment(tmp_path / "batch-000000.jsonl", run)
    overlaps = {
        "n1": (Overlap("e1", "same_story", 0.5351, "weighted_jaccard"),),
        "e1": (Overlap("n1", "same_story", 0.5351, "weighted_jaccard"),),
    }
    clusters = {"n1": ("n1", "n1"), "n2": ("n2", "n2"), "e1": ("e1", "e1")}
    merged = dict(merged_records(manifest, summaries, overlaps, clusters))
    assert list(merged) == ["e1", "e2", "n1", "n2"]
    assert merged["e2"] == earlier[1]  # untouched: its line as it was
    assert record_line(merged["e1"]) == earlier[0].replace(
        b'"overlaps": []}',
        b'"overlaps": [{"id": "n1", "kind": "same_story", "similarity": 0.5351, '
        b'"measure": "weighted_jaccard"}], "cluster": "e1", "representative": "e1"}',
    )
    assert (
        record_line(merged["n1"])
        == (
            '{"id": "n1", "source": "n1.txt", "status": "kept", "text_path": "n1.txt", '
            '"title": "Russia helps China\u2019s airborne forces \u2014 report", "chars_in": 4200, '
            '"chars_out": 3100, "removed": [{"rule": "byline", "text": "By Justin Klawans"}], '
            '"overlaps": [{"id": "e1", "kind": "same_story", "similarity": 0.5351, '
            '"measure": "weighted_jaccard"}], "cluster": "n1", "representative": "n1"}\n'
        ).encode()
    )
    assert record_line(merged["n2"]) == (
        b'{"id": "n2", "source": "n2.txt", "status": "rejected", "reason": "empty text", '
        b'"chars_in": 0, "chars_out": 0, "removed": [], "overlaps": [], "cluster": "n2", '
        b'"representative": "n2"}\n'
    )
    parsed = dict(merged_records(manifest, summaries, overlaps, clusters, lambda doc_id: True))
    assert record_line(parsed["e2"]) == earlier[1]


def test_lines_read_from_many_open_fragments_are_each_records_own(tmp_path):
    """Merging reads fragments in id order: more fragments than it holds open, interleaved."""
    summaries = []
    for batch in range(OPEN_FRAGMENTS + 3):
        docs = [
            record(f"d{n:03d}-{batch:02d}", title=f"Story {n} of batch {batch}") for n in range(4)
        ]
        summaries += write_fragment(tmp_path / f"batch-{batch:06d}.jsonl", docs)
    ordered = sorted(summaries, key=lambda s: s.id)  # d000-00, d000-01, ...: a fragment a record
    read = list(fragment_lines(ordered + ordered[::-1]))
    assert [s for s, _ in read] == ordered + ordered[::-1]
    assert [line for _, line in read] == [fragment_line(s) for s in ordered + ordered[::-1]]
    assert {json.loads(line)["id"] for _, line in read} == {s.id for s in summaries}


def test_documents_rejected_for_their_id_after_cleaning_are_logged(tmp_path):
    from flows.flow import log_overruled

    class Lines:
        def __init__(self):
            self.lines = []

        def warning(self, message, *args):
            self.lines.append(message % args)

    summaries = write_fragment(
        tmp_path / "batch-000000.jsonl",
        [record("a", source="f.jsonl:1"), record("a", source="f.jsonl:2"), record("b")],
    )
    logger = Lines()
    log_overruled(mark_duplicate_ids(summaries), logger)
    log_overruled(mark_duplicate_ids(write_fragment(tmp_path / "b.jsonl", [record("c")])), logger)
    # The batch lines counted f.jsonl:2 as kept; one warning corrects the total, none when clean.
    assert len(logger.lines) == 1
    assert logger.lines[0].startswith("1 document rejected after cleaning")
    assert "duplicate id 'a': first seen in f.jsonl:1" in logger.lines[0]
