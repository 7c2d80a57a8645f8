"""Merge a run's manifest fragments, overlaps and clusters into the whole manifest, streaming.

The manifest holds one record for every document ever processed in this output folder, the latest
state of each, sorted by id: a run replaces the records of the documents it processed and adds its
overlaps to the earlier documents they pair with.

A record lists every removal with its text (kilobytes a document), so neither the manifest nor a
run's records are ever held in memory whole: a run keeps a `RunRecord` summary of each of its
documents (where its full record lies in the batch's fragment file), and the new manifest is
written by merging the old one, line by line, with the run's records read back one at a time.

An earlier document that the run does not touch keeps its line as it was read; the others are
`ManifestRecord` objects (cleaners/records.py, the manifest's schema), written by
`flows.run.output.record_line`.
"""

from __future__ import annotations

import heapq
import json
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from pathlib import Path, PurePath
from typing import BinaryIO

from cleaners.records import ManifestRecord, Overlap, replaced
from flows.run.output import record_line, staged_text_path, write_chunks_atomic

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
    overruled: bool = False  # rejected by `mark_duplicate_ids` (a repeated id is also renamed)

    @property
    def staged(self) -> str | None:
        """Where the batch staged a kept document's text (relative to the staging folder)."""
        if self.status != "kept" or not self.text_path:
            return None
        return staged_text_path(self.fragment, self.text_path)


def write_fragment(path: Path, records: Iterable[ManifestRecord]) -> list[RunRecord]:
    """Write a batch's records as its manifest fragment (atomically); return their summaries.

    The batch knows each summary as it writes the line, so the run never parses its fragments
    to learn them (0.6 s per 10k documents in the flow's process).
    """
    summaries, lines, offset = [], [], 0
    for r in records:
        line = record_line(r)
        summaries.append(
            RunRecord(r.id, r.source, r.status, str(path), offset, r.reason, r.text_path, r.title)
        )
        lines.append(line)
        offset += len(line)
    write_chunks_atomic(path, lines)
    return summaries


@dataclass(frozen=True, slots=True)
class Owner:
    """Who holds an id in the manifest: the input it came from and where its clean text is."""

    source: str
    text_path: str | None = None
    input_deleted: bool = False

    @property
    def file(self) -> str:
        return input_file(self.source)


def read_owners(manifest: Path, bad: list[int] | None = None) -> dict[str, Owner]:
    """Return, by id, who holds each id of the manifest (empty when there is no manifest).

    ``bad`` gets the numbers of the lines that are not manifest records (they are skipped).
    """
    return {
        r["id"]: Owner(r.get("source", ""), r.get("text_path"), bool(r.get("input_deleted")))
        for r, _ in read_lines(manifest, bad)
    }


def mark_duplicate_ids(
    records: list[RunRecord], owners: Mapping[str, Owner] | None = None
) -> list[RunRecord]:
    """Reject every record of a run whose id another input already holds, or whose text name is taken.

    A document is its input and its id: an id held by an earlier record of the run, or by a
    manifest record (``owners``) from another input file that still exists, stays with that
    holder. The later record keeps its place in the manifest under the id ``<id>~dup<n>`` so
    that no input document goes unaccounted for (its staged text is dropped with the staging
    folder); a name its own input held in an earlier run is taken again. Clean-text file names
    are unique by construction (`flows.run.output.safe_name`); a name found taken all the same
    rejects the document rather than overwrite another's text.
    """
    owners = owners or {}
    first: dict[str, str] = {}  # id -> the source of the run's record that holds it
    used = {r.id for r in records}  # a new name must not be another document's own id
    paths = {o.text_path: doc_id for doc_id, o in owners.items() if o.text_path}
    counts: dict[str, int] = {}
    for record in records:
        file = input_file(record.source)
        holder = first.get(record.id)
        owner = owners.get(record.id)
        if holder is None and owner is not None and owner.file != file and not owner.input_deleted:
            holder = owner.source
        if holder is None:
            first[record.id] = record.source
            taken = paths.setdefault(record.text_path, record.id) if record.text_path else record.id
            if taken != record.id:
                record.reason = f"clean-text file name {record.text_path} is {taken!r}'s"
                record.status, record.text_path, record.overruled = "rejected", None, True
            continue
        name = record.id
        while name in used or (name in owners and owners[name].file != file):
            counts[record.id] = counts.get(record.id, 1) + 1
            name = f"{record.id}~dup{counts[record.id]}"
        used.add(name)
        record.reason = f"duplicate id {record.id!r}: first seen in {holder}"
        record.id = name
        record.status, record.text_path, record.overruled = "rejected", None, True
    return records


def full_record(summary: RunRecord, line: bytes | None = None) -> ManifestRecord:
    """Return a run record as the manifest holds it, from its fragment's line (read if not given)."""
    record = ManifestRecord.from_json(json.loads(fragment_line(summary) if line is None else line))
    if summary.overruled:
        record = replace(
            record,
            id=summary.id,
            status="rejected",
            reason=summary.reason,
            text_path=None,
            chars_out=0,
        )
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


def input_file(source: str) -> str:
    """Return the input file of a record's source (a jsonl line's source is ``file:number``)."""
    file, _, number = source.rpartition(":")
    return file if file and number.isdigit() else source


def is_position_record(record: dict) -> bool:
    """Tell whether a record stands for a jsonl line that gave no id (its id is its position)."""
    file, _, number = record.get("source", "").rpartition(":")
    return bool(file) and number.isdigit() and record["id"] == f"{PurePath(file).name}:{number}"


def merged_records(
    manifest: Path,
    run: list[RunRecord],
    overlaps: Mapping[str, tuple[Overlap, ...]],
    clusters: Mapping[str, tuple[str, str]],
    parse: Callable[[str], bool] = lambda doc_id: False,
    deleted: Collection[str] = frozenset(),
) -> Iterator[tuple[str, ManifestRecord | bytes]]:
    """Yield the whole manifest after a run, sorted by id: (id, record) one record at a time.

    A record is the bytes of an earlier document's line when the run does not change it (nor
    ``parse`` asks for it by id), else a `ManifestRecord` with its overlaps and cluster. An
    earlier record whose input file is in ``deleted`` gets ``input_deleted``; one that stood for
    a jsonl line's position (no id of its own, e.g. the line was unreadable) is dropped when the
    run reads that line again.
    """
    processed, sources = {r.id for r in run}, {r.source for r in run}
    earlier = (
        (r["id"], r, line)
        for r, line in read_lines(manifest)
        if r["id"] not in processed and not (r.get("source") in sources and is_position_record(r))
    )
    current = ((r.id, r, line) for r, line in fragment_lines(sorted(run, key=lambda r: r.id)))
    for doc_id, record, line in heapq.merge(earlier, current, key=lambda item: item[0]):
        if isinstance(record, RunRecord):
            yield doc_id, with_flags(full_record(record, line), overlaps, clusters)
            continue
        gone = not record.get("input_deleted") and input_file(record.get("source", "")) in deleted
        if touched(record, processed, overlaps, clusters) or parse(doc_id) or gone:
            found = ManifestRecord.from_json(record)
            kept = tuple(o for o in found.overlaps if o.id not in processed)
            found = replace(
                found, overlaps=kept, input_deleted=True if gone else found.input_deleted
            )
            yield doc_id, with_flags(found, overlaps, clusters)
        else:
            yield doc_id, line


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
    record: ManifestRecord,
    overlaps: Mapping[str, tuple[Overlap, ...]],
    clusters: Mapping[str, tuple[str, str]],
) -> ManifestRecord:
    """Return a record with its document's new overlaps and its cluster added."""
    changes = {}
    known = {(o.id, o.kind) for o in record.overlaps}  # each other document and kind once
    extra = [o for o in overlaps.get(record.id, ()) if (o.id, o.kind) not in known]
    if extra:
        ordered = sorted((*record.overlaps, *extra), key=lambda o: (o.kind, o.id))
        changes["overlaps"] = tuple(ordered)
    if record.id in clusters:
        changes["cluster"], changes["representative"] = clusters[record.id]
    return replaced(record, **changes) if changes else record


def read_records(path: Path) -> Iterator[dict]:
    """Yield the records of a jsonl file one at a time (nothing when it does not exist)."""
    for record, _ in read_lines(path):
        yield record


def is_record(value: object) -> bool:
    """Tell whether a parsed manifest line is a record (an object with a string id)."""
    return isinstance(value, dict) and isinstance(value.get("id"), str)


def read_lines(path: Path, bad: list[int] | None = None) -> Iterator[tuple[dict, bytes]]:
    """Yield each record of a manifest with its line, one at a time (none if no file).

    A line that is not a record (damaged by hand or by a disk) is skipped; ``bad`` gets its
    number (`flows.flow` then rebuilds the manifest's records with a full run).
    """
    if not path.exists():
        return
    with open(path, "rb") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except ValueError:
                record = None
            if not is_record(record):
                if bad is not None:
                    bad.append(number)
                continue
            yield record, line if line.endswith(b"\n") else line + b"\n"
