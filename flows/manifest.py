"""Merge a run's manifest fragments, overlaps and clusters into the whole manifest.

The manifest holds one record for every document ever processed in this output folder, the latest
state of each: a run replaces the records of the documents it processed and adds its overlaps to
the earlier documents they pair with.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from pathlib import Path

from cleaners.records import Overlap


def load_fragments(paths: Iterable[str]) -> list[dict]:
    """Return the records of a run's manifest fragments, in batch order."""
    records = []
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            records += [json.loads(line) for line in handle if line.strip()]
    return records


def mark_duplicate_ids(records: list[dict]) -> list[dict]:
    """Reject every record of a run whose id an earlier record of the run already took.

    The later record keeps its place in the manifest under the id ``<id>~dup<n>`` so that no input
    document goes unaccounted for.
    """
    first: dict[str, str] = {}
    counts: dict[str, int] = {}
    out = []
    for record in records:
        doc_id = record["id"]
        if doc_id not in first:
            first[doc_id] = record["source"]
            out.append(record)
            continue
        counts[doc_id] = counts.get(doc_id, 1) + 1
        duplicate = {k: v for k, v in record.items() if k not in ("text_path", "staged")}
        duplicate.update(
            id=f"{doc_id}~dup{counts[doc_id]}",
            status="rejected",
            reason=f"duplicate id {doc_id!r}: first seen in {first[doc_id]}",
            chars_out=0,
        )
        out.append(duplicate)
    return out


def merge_records(
    previous: Mapping[str, dict],
    current: list[dict],
    overlaps: Mapping[str, list[Overlap]],
    clusters: Mapping[str, tuple[str, str]],
) -> dict[str, dict]:
    """Return the whole manifest after a run, keyed by id, in a stable order."""
    processed = {r["id"] for r in current}
    merged: dict[str, dict] = {}
    for doc_id, record in previous.items():
        if doc_id not in processed:
            kept = [o for o in record.get("overlaps", []) if o["id"] not in processed]
            merged[doc_id] = {**record, "overlaps": kept}
    for record in current:
        merged[record["id"]] = record
    for doc_id, found in overlaps.items():
        if doc_id in merged:
            record = merged[doc_id]
            known = {(o["id"], o["kind"]) for o in record["overlaps"]}
            extra = [overlap_record(o) for o in found if (o.id, o.kind) not in known]
            record["overlaps"] = sorted(record["overlaps"] + extra, key=lambda o: (o["kind"], o["id"]))
    for doc_id, (cluster, representative) in clusters.items():
        if doc_id in merged:
            merged[doc_id]["cluster"] = cluster
            merged[doc_id]["representative"] = representative
    return dict(sorted(merged.items()))


def overlap_record(overlap: Overlap) -> dict:
    """Return an overlap as it appears in the manifest."""
    return {
        "id": overlap.id,
        "kind": overlap.kind,
        "similarity": round(overlap.similarity, 4),
        "measure": overlap.measure,
    }


def load_manifest(path: Path) -> dict[str, dict]:
    """Return an existing manifest keyed by id (empty when there is none yet)."""
    if not path.exists():
        return {}
    with open(path, encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle if line.strip()]
    return {r["id"]: r for r in records}
