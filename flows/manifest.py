"""Merge a run's manifest fragments, overlaps and clusters into the whole manifest, streaming.

The manifest holds one record for every document ever processed in this output folder, the latest
state of each, sorted by id: a run replaces the records of the documents it processed and adds its
overlaps to the earlier documents they pair with.

A record lists every removal with its text (kilobytes a document), so neither the manifest nor a
run's records are ever held in memory whole: a run keeps a `RunRecord` summary of each of its
documents (where its full record lies in the batch's fragment file), and the new manifest is
written by merging the old one, line by line, with the run's records read back one at a time.
"""

from __future__ import annotations

import heapq
import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from cleaners.records import Overlap


@dataclass(slots=True)
class RunRecord:
    """What a run needs to know of one of its documents; the full record stays in its fragment."""

    id: str
    source: str
    status: str
    fragment: str  # the batch's fragment file (jsonl) and where the record's line starts
    offset: int
    reason: str | None = None
    text_path: str | None = None
    staged: str | None = None
    title: str | None = None
    renamed: bool = False  # a repeated id, renamed and rejected by `mark_duplicate_ids`


def scan_fragments(paths: Iterable[str]) -> list[RunRecord]:
    """Return the summaries of the records of a run's fragments, in batch order."""
    records = []
    for path in paths:
        offset = 0
        with open(path, "rb") as handle:
            for line in handle:
                if line.strip():
                    r = json.loads(line)
                    records.append(RunRecord(
                        r["id"], r["source"], r["status"], path, offset, r.get("reason"),
                        r.get("text_path"), r.get("staged"), r.get("title"),
                    ))
                offset += len(line)
    return records


def mark_duplicate_ids(records: list[RunRecord]) -> list[RunRecord]:
    """Reject every record of a run whose id an earlier record of the run already took.

    The later record keeps its place in the manifest under the id ``<id>~dup<n>`` so that no input
    document goes unaccounted for (its staged text is dropped with the staging folder).
    """
    first: dict[str, str] = {}
    counts: dict[str, int] = {}
    taken = {r.id for r in records}  # a new name must not be another document's own id
    for record in records:
        if record.id not in first:
            first[record.id] = record.source
            continue
        name = record.id
        while name in taken:
            counts[record.id] = counts.get(record.id, 1) + 1
            name = f"{record.id}~dup{counts[record.id]}"
        taken.add(name)
        record.reason = f"duplicate id {record.id!r}: first seen in {first[record.id]}"
        record.id = name
        record.status, record.text_path, record.staged, record.renamed = "rejected", None, None, True
    return records


def full_record(summary: RunRecord) -> dict:
    """Return a run record as the manifest holds it, read back from its fragment."""
    with open(summary.fragment, "rb") as handle:
        handle.seek(summary.offset)
        record = json.loads(handle.readline())
    record.pop("staged", None)
    if summary.renamed:
        record.pop("text_path", None)
        record.update(id=summary.id, status="rejected", reason=summary.reason, chars_out=0)
    return record


def previous_text_paths(manifest: Path, ids: set[str]) -> dict[str, str]:
    """Return the clean text paths that the existing manifest gives documents of ``ids``."""
    return {r["id"]: r["text_path"] for r in read_records(manifest)
            if r["id"] in ids and r.get("text_path")}


def merged_records(
    manifest: Path,
    run: list[RunRecord],
    overlaps: Mapping[str, tuple[Overlap, ...]],
    clusters: Mapping[str, tuple[str, str]],
) -> Iterator[dict]:
    """Yield the whole manifest after a run, sorted by id, one record at a time."""
    processed = {r.id for r in run}
    earlier = (r for r in read_records(manifest) if r["id"] not in processed)
    current = (full_record(r) for r in sorted(run, key=lambda r: r.id))
    for record in heapq.merge(earlier, current, key=lambda r: r["id"]):
        stale = [o for o in record.get("overlaps", []) if o["id"] not in processed]
        record["overlaps"] = stale if record["id"] not in processed else record.get("overlaps", [])
        add_overlaps(record, overlaps.get(record["id"], ()))
        if record["id"] in clusters:
            record["cluster"], record["representative"] = clusters[record["id"]]
        yield record


def add_overlaps(record: dict, found: Iterable[Overlap]) -> None:
    """Add a document's new overlaps to its record (each other document and kind once)."""
    known = {(o["id"], o["kind"]) for o in record["overlaps"]}
    extra = [overlap_record(o) for o in found if (o.id, o.kind) not in known]
    if extra:
        record["overlaps"] = sorted(record["overlaps"] + extra, key=lambda o: (o["kind"], o["id"]))


def overlap_record(overlap: Overlap) -> dict:
    """Return an overlap as it appears in the manifest."""
    return {
        "id": overlap.id,
        "kind": overlap.kind,
        "similarity": round(overlap.similarity, 4),
        "measure": overlap.measure,
    }


def read_records(path: Path) -> Iterator[dict]:
    """Yield the records of a jsonl file one at a time (nothing when it does not exist)."""
    if not path.exists():
        return
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)
