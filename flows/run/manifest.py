"""Merge a run's manifest fragments, overlaps and clusters into the whole manifest, streaming.

The manifest holds one record for every document ever processed in this output folder, the latest
state of each, sorted by id: a run replaces the records of the documents it processed and adds its
overlaps to the earlier documents they pair with.

A record lists every removal with its text (kilobytes a document), so neither the manifest nor a
run's records are ever held in memory whole: a run keeps a `RunRecord` summary of each of its
documents (where its full record lies in the batch's fragment file), and the new manifest is
written by merging the old one, line by line, with the run's records read back one at a time.

Most lines are written as they were read: a run document's line is its fragment's, with its
overlaps and cluster spliced in at the end (where the fragment's empty ``"overlaps"`` list stands),
and an earlier document that the run does not touch keeps its line. Only the rest are parsed and
written again (at 10,000 documents, writing the manifest took 2.6 s parsing and re-encoding every
record).
"""

from __future__ import annotations

import heapq
import json
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from cleaners.records import Overlap
from flows.run.output import json_line, staged_text_path, write_chunks_atomic

# How a fragment's record ends (flows/output.manifest_record puts the empty overlaps last).
EMPTY_OVERLAPS_END = b', "overlaps": []}\n'
# Fragments held open while the manifest is merged: the run's records come in id order, mostly a
# fragment at a time, and opening a fragment for every record took 0.5 s per 20k documents.
OPEN_FRAGMENTS = 16


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
    title: str | None = None
    renamed: bool = False  # a repeated id, renamed and rejected by `mark_duplicate_ids`

    @property
    def staged(self) -> str | None:
        """Where the batch staged a kept document's text (relative to the staging folder)."""
        if self.status != "kept" or not self.text_path:
            return None
        return staged_text_path(self.fragment, self.text_path)


def write_fragment(path: Path, records: Iterable[dict]) -> list[RunRecord]:
    """Write a batch's records as its manifest fragment (atomically); return their summaries.

    The batch knows each summary as it writes the line, so the run never parses its fragments
    to learn them (0.6 s per 10k documents in the flow's process).
    """
    summaries, lines, offset = [], [], 0
    for r in records:
        line = json_line(r)
        summaries.append(RunRecord(r["id"], r["source"], r["status"], str(path), offset,
                                   r.get("reason"), r.get("text_path"), r.get("title")))
        lines.append(line)
        offset += len(line)
    write_chunks_atomic(path, lines)
    return summaries


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
        record.status, record.text_path, record.renamed = "rejected", None, True
    return records


def full_record(summary: RunRecord, line: bytes | None = None) -> dict:
    """Return a run record as the manifest holds it, from its fragment's line (read if not given)."""
    record = json.loads(fragment_line(summary) if line is None else line)
    if summary.renamed:
        record.pop("text_path", None)
        record.update(id=summary.id, status="rejected", reason=summary.reason, chars_out=0)
    return record


def fragment_line(summary: RunRecord) -> bytes:
    """Return the JSON line of a run record in its fragment."""
    with open(summary.fragment, "rb") as handle:
        handle.seek(summary.offset)
        return handle.readline()


def fragment_lines(run: Iterable[RunRecord]) -> Iterator[tuple[RunRecord, bytes]]:
    """Yield each run record with its fragment's line, keeping the last fragments read open."""
    handles: dict[str, BinaryIO] = {}  # least recently read first
    try:
        for summary in run:
            handle = handles.pop(summary.fragment, None)
            if handle is None:
                if len(handles) >= OPEN_FRAGMENTS:
                    handles.pop(next(iter(handles))).close()
                handle = open(summary.fragment, "rb")  # noqa: SIM115 - closed when evicted or below
            handles[summary.fragment] = handle
            handle.seek(summary.offset)
            yield summary, handle.readline()
    finally:
        for handle in handles.values():
            handle.close()


def previous_text_paths(manifest: Path, ids: set[str]) -> dict[str, str]:
    """Return the clean text paths that the existing manifest gives documents of ``ids``."""
    return {r["id"]: r["text_path"] for r in read_records(manifest)
            if r["id"] in ids and r.get("text_path")}


def merged_records(
    manifest: Path,
    run: list[RunRecord],
    overlaps: Mapping[str, tuple[Overlap, ...]],
    clusters: Mapping[str, tuple[str, str]],
    parse: Callable[[str], bool] = lambda doc_id: False,
) -> Iterator[tuple[str, dict | bytes]]:
    """Yield the whole manifest after a run, sorted by id: (id, record) one record at a time.

    A record is the bytes of its JSON line when it needed no parsing, else a dict (an earlier
    document whose overlaps or cluster change, a renamed repeated id, or one that ``parse`` asks
    for by id); `json_line` writes a dict.
    """
    processed = {r.id for r in run}
    earlier = (
        (r["id"], r, line) for r, line in read_lines(manifest) if r["id"] not in processed
    )
    current = ((r.id, r, line) for r, line in fragment_lines(sorted(run, key=lambda r: r.id)))
    for doc_id, record, line in heapq.merge(earlier, current, key=lambda item: item[0]):
        if isinstance(record, RunRecord):
            yield doc_id, run_record(record, overlaps, clusters, parse(doc_id), line)
        elif touched(record, processed, overlaps, clusters) or parse(doc_id):
            record["overlaps"] = [o for o in record.get("overlaps", []) if o["id"] not in processed]
            yield doc_id, with_flags(record, overlaps, clusters)
        else:
            yield doc_id, line


def run_record(
    summary: RunRecord,
    overlaps: Mapping[str, tuple[Overlap, ...]],
    clusters: Mapping[str, tuple[str, str]],
    parse: bool,
    line: bytes,
) -> dict | bytes:
    """Return a run document's manifest record: its fragment's line with its flags spliced in.

    ``line`` is the record's line in its fragment (`fragment_lines`).
    """
    if parse or summary.renamed or not line.endswith(EMPTY_OVERLAPS_END):
        record = full_record(summary, line)
        record["overlaps"] = record.get("overlaps", [])
        return with_flags(record, overlaps, clusters)
    tail: dict = {"overlaps": []}
    add_overlaps(tail, overlaps.get(summary.id, ()))
    if summary.id in clusters:
        tail["cluster"], tail["representative"] = clusters[summary.id]
    return line[: -len(EMPTY_OVERLAPS_END)] + b", " + json_line(tail)[1:]


def touched(
    record: dict,
    processed: set[str],
    overlaps: Mapping[str, tuple[Overlap, ...]],
    clusters: Mapping[str, tuple[str, str]],
) -> bool:
    """Tell whether a run changes an earlier document's record (its overlaps or its cluster)."""
    doc_id = record["id"]
    return (
        doc_id in overlaps
        or doc_id in clusters
        or any(o["id"] in processed for o in record.get("overlaps", []))
    )


def with_flags(
    record: dict, overlaps: Mapping[str, tuple[Overlap, ...]], clusters: Mapping[str, tuple[str, str]]
) -> dict:
    """Add a document's new overlaps and its cluster to its record; return the record."""
    doc_id = record["id"]
    add_overlaps(record, overlaps.get(doc_id, ()))
    if doc_id in clusters:
        record["cluster"], record["representative"] = clusters[doc_id]
    return record


def add_overlaps(record: dict, found: Iterable[Overlap]) -> None:
    """Add a document's new overlaps to its record (each other document and kind once)."""
    known = {(o["id"], o["kind"]) for o in record["overlaps"]}
    extra = [overlap_record(o) for o in found if (o.id, o.kind) not in known]
    if extra:
        record["overlaps"] = sorted(record["overlaps"] + extra, key=lambda o: (o["kind"], o["id"]))


def overlap_record(overlap: Overlap) -> dict:
    """Return an overlap as it appears in the manifest (same_story: with its shared terms)."""
    record = {
        "id": overlap.id,
        "kind": overlap.kind,
        "similarity": round(overlap.similarity, 4),
        "measure": overlap.measure,
    }
    if overlap.terms:
        record["terms"] = list(overlap.terms)
    return record


def read_records(path: Path) -> Iterator[dict]:
    """Yield the records of a jsonl file one at a time (nothing when it does not exist)."""
    for record, _ in read_lines(path):
        yield record


def read_lines(path: Path) -> Iterator[tuple[dict, bytes]]:
    """Yield each record of a jsonl file with its line, one at a time (none if no file)."""
    if not path.exists():
        return
    with open(path, "rb") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line), line if line.endswith(b"\n") else line + b"\n"
