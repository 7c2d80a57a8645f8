"""Plan a run: which inputs are new or changed since the last run, split into batches."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from itertools import repeat
from pathlib import Path

from flows.run.sources import (
    ReadLog,
    Span,
    WorkItem,
    content_hash,
    hash_file,
    is_gzip_jsonl,
    jsonl_line_hashes,
    open_regular,
    read_limited,
    walk_inputs,
)

# seen: what earlier runs processed. Whole files: source -> content hash. Uncompressed jsonl files:
# source -> list of the content hashes of the lines already processed (so appended lines are new).
Seen = dict[str, str | list[str]]
# What a file planned for this run counts as until a batch has read it: no content hash equals it,
# so a file the batches could not read (deleted, locked) is planned again by the next run.
UNREAD = "unread"


@dataclass(slots=True)
class Plan:
    items: list[tuple[WorkItem, int]]  # each work item with its number of documents
    seen: Seen  # the seen map to store once the run has finished
    files: int = 0
    unchanged: int = 0  # documents (files or jsonl lines) skipped because they did not change
    documents: int = 0  # documents (files or jsonl lines) to process
    changed: int = 0  # of those, files processed before whose content changed (the rest are new)
    deleted: list[str] = field(default_factory=list)  # inputs of earlier runs gone from raw


def plan_run(raw: Path, seen: Seen, *, full: bool, known: Seen | None = None) -> Plan:
    """Return the work of a run over ``raw`` given what earlier runs saw.

    ``known``: the inputs earlier runs processed (``seen`` unless ``full`` empties it), to tell
    which of them are gone from raw.
    """
    plan = Plan(items=[], seen=dict(seen))
    found = set()
    for path, source in walk_inputs(raw):
        plan.files += 1
        found.add(source)
        item, count = plan_file(path, source, plan, full=full)
        if item is not None:
            plan.items.append((item, count))
    plan.deleted = sorted(set(seen if known is None else known) - found)
    for source in plan.deleted:
        plan.seen.pop(source, None)
    return plan


def seen_after(plan: Plan, read: ReadLog) -> Seen:
    """Return what a run saw: the plan's map with the hashes of what its batches actually read.

    A whole file counts as the bytes a batch read (not the plan's hash of it: the file may have
    changed in between); a jsonl file as its lines read unchanged since the plan.
    """
    seen = dict(plan.seen)
    for source, digest in read.files.items():
        seen[source] = digest
    for source, digests in read.lines.items():
        seen[source] = sorted(set(as_list(seen.get(source))) | set(digests))
    return seen


# Worker processes take the next batch as they free up. Equal batches leave the workers that
# finish first idle while the last one cleans its whole batch (5 s at 1,000 documents); so the
# batches shrink towards the end of a run (guided scheduling): each takes a 1/GUIDED_SHARE part of
# the documents left per worker, at most ``batch_size``, and at least 1/SMALLEST_PART of it or of
# a worker's share of the run, or about SMALLEST_SECONDS of a core's work if that is fewer
# documents (HTML pages: 125 pages of 190 KB, an eighth of a worker's share of 2,000, took 7-11 s
# each, and one worker waited 4.6 s for the other's last). Few big batches first also keep
# Prefect's cost per task run (~0.2 s of a worker) small.
GUIDED_SHARE = 2
SMALLEST_PART = 8
SMALLEST_SECONDS = 2.0


def batch_sizes(
    documents: int, workers: int, batch_size: int, seconds_per_document: float = 0.0
) -> Iterator[int]:
    """Yield the sizes of a run's batches (in documents): equal in one process, shrinking in many.

    ``seconds_per_document``: a core's estimated time for an average document of the run.
    """
    if workers <= 1:
        yield from repeat(batch_size)
        return
    smallest = min(batch_size, documents // workers) // SMALLEST_PART
    if seconds_per_document > 0:
        smallest = min(smallest, int(SMALLEST_SECONDS / seconds_per_document))
    smallest = max(1, smallest)
    left = documents
    while True:
        size = max(smallest, min(batch_size, -(-left // (workers * GUIDED_SHARE))))
        yield size
        left -= size


def plan_file(path: Path, source: str, plan: Plan, *, full: bool) -> tuple[WorkItem | None, int]:
    """Return the work item of one input file (None when unchanged) and its document count."""
    from cleaners.reading.inputs import input_kind

    kind = input_kind(path.name) or "text"
    try:
        if is_gzip_jsonl(path.name):  # a dump of any size, hashed without holding it
            digest, size = hash_file(path)
        elif kind == "jsonl":
            return plan_jsonl(path, source, plan, full=full)
        else:
            data = read_limited(path)
            digest, size = content_hash(data), len(data)
    except OSError:
        # Unreadable now: planned anyway, so that the batch records the document as rejected.
        plan.documents += 1
        plan.seen[source] = UNREAD
        return WorkItem(str(path), source, kind), 1
    if not full and plan.seen.get(source) == digest:
        plan.unchanged += 1
        return None, 0
    if not full and source in plan.seen:
        plan.changed += 1
    plan.seen[source] = UNREAD
    plan.documents += 1
    return WorkItem(str(path), source, kind, None, size), 1


def plan_jsonl(path: Path, source: str, plan: Plan, *, full: bool) -> tuple[WorkItem | None, int]:
    """Return the work item of an uncompressed jsonl file's new lines, read a line at a time."""
    with open_regular(path) as handle:
        lines = list(jsonl_line_hashes(handle))
        size = handle.tell()
    done = set() if full else set(as_list(plan.seen.get(source)))
    spans = tuple(replace(span, digest=digest) for span, digest in lines if digest not in done)
    plan.unchanged += len(lines) - len(spans)
    plan.seen[source] = sorted(done)  # the lines read join it (`seen_after`)
    plan.documents += len(spans)
    if not spans:
        return None, 0
    return WorkItem(str(path), source, "jsonl", spans, size), len(spans)


def as_list(value: str | list[str] | None) -> list[str]:
    """Return the stored line hashes of a jsonl source (an older whole-file hash counts as none)."""
    return value if isinstance(value, list) else []


def split_batches(items: list[tuple[WorkItem, int]], sizes: Iterable[int]) -> list[list[WorkItem]]:
    """Group work items into batches of the given sizes (in documents), splitting big jsonl files.

    A whole file counts as its documents and is never split: a batch takes it whole and is
    full once it holds its size or more.
    """
    batches: list[list[WorkItem]] = []
    current: list[WorkItem] = []
    filled = 0
    size_of_next = iter(sizes)
    batch_size = next(size_of_next)
    for item, count in items:
        spans = item.spans
        while spans is not None and filled + len(spans) > batch_size:
            take = batch_size - filled
            current.append(with_spans(item, spans[:take]))
            batches.append(current)
            current, filled, spans = [], 0, spans[take:]
            batch_size = next(size_of_next)
        if spans is not None:
            if spans:
                current.append(with_spans(item, spans))
                filled += len(spans)
        else:
            current.append(item)
            filled += count
        if filled >= batch_size:
            batches.append(current)
            current, filled = [], 0
            batch_size = next(size_of_next)
    if current:
        batches.append(current)
    return batches


def with_spans(item: WorkItem, spans: tuple[Span, ...]) -> WorkItem:
    """Return the work item restricted to some of its jsonl lines."""
    return WorkItem(item.path, item.source, item.kind, spans, item.size)
