"""Process one batch of raw inputs: read, clean, stage clean texts, sign. No Prefect here.

A batch writes its clean texts and its manifest fragment into the run's staging folder and returns
only what the rest of the run needs (counts, rejects, a small record a document, the path of its
signatures), so that big texts and arrays never travel between processes.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import astuple, dataclass, field
from pathlib import Path

from cleaners.cleaning.pipeline import clean_document
from cleaners.cleaning.recurring import LineCounts, count_lines, merge_counts, site_of
from cleaners.overlap.signature import Signature, sign_cleaned
from cleaners.records import Document
from flows.run.manifest import RunRecord, write_fragment
from flows.run.output import (
    clean_text_bytes,
    manifest_record,
    staged_text_path,
    write_atomic,
    write_staged,
)
from flows.run.recurring import prune_rare_lines
from flows.run.signatures import save_signatures
from flows.run.sources import ReadLog, Span, WorkItem, read_work_item


@dataclass(slots=True)
class BatchResult:
    records: list[RunRecord] = field(default_factory=list)  # in the batch's manifest fragment
    read: int = 0
    kept: int = 0
    rejected: int = 0
    chars_in: int = 0
    chars_out: int = 0
    removed_by_rule: Counter = field(default_factory=Counter)
    removed_chars: int = 0
    rejects: list[dict] = field(default_factory=list)
    signatures: str = ""  # path of the batch's signatures (flows/run/signatures.py)
    inputs: ReadLog = field(default_factory=ReadLog)  # the hashes of what the batch read
    seconds: dict[str, float] = field(default_factory=dict)


def write_batch(path: Path, items: list[WorkItem]) -> str:
    """Save a batch's work items as JSON and return the file's path (tasks get paths, not lists)."""
    rows = [
        [
            i.path,
            i.source,
            i.kind,
            None if i.spans is None else [astuple(s) for s in i.spans],
            i.size,
        ]
        for i in items
    ]
    write_atomic(path, json.dumps(rows).encode("utf-8", "surrogatepass"))
    return str(path)


def read_batch(path: str) -> list[WorkItem]:
    """Return the work items saved by `write_batch`."""
    rows = json.loads(Path(path).read_bytes().decode("utf-8", "surrogatepass"))
    return [
        WorkItem(p, source, kind, None if spans is None else tuple(Span(*s) for s in spans), size)
        for p, source, kind, spans, size in rows
    ]


def write_recurring(path: Path, recurring: dict[str, frozenset[str]]) -> str:
    """Save each site's recurring line fingerprints as JSON and return the file's path."""
    write_atomic(
        path, json.dumps({site: sorted(found) for site, found in recurring.items()}).encode()
    )
    return str(path)


def read_recurring(path: str) -> dict[str, frozenset[str]]:
    """Return the recurring line fingerprints saved by `write_recurring`."""
    return {site: frozenset(found) for site, found in json.loads(Path(path).read_bytes()).items()}


def may_hold_text(item: WorkItem) -> bool:
    """Tell whether a work item can hold plain-text documents (an HTML file never does).

    Only plain texts are profiled: reading and decoding an HTML page for nothing costs about a
    millisecond (a 190 KB page), a tenth of a text's whole profile.
    """
    return item.kind != "html"


def profile_items(items: list[WorkItem]) -> LineCounts:
    """Count, per site, the candidate lines of a batch's plain-text documents."""
    texts = (
        (site_of(raw.url, raw.source), raw.text)
        for item in items
        if may_hold_text(item)
        for raw in read_work_item(item, texts_only=True)
        if raw.text is not None
    )
    return prune_rare_lines(count_lines(texts))


def profile_batches(batches: Iterable[list[WorkItem]]) -> LineCounts:
    """Count the candidate lines of several batches, pruned batch by batch (bounded memory)."""
    counts: LineCounts = {}
    for items in batches:
        counts = prune_rare_lines(merge_counts(counts, profile_items(items)))
    return counts


def process_items(
    items: list[WorkItem], staging: Path, batch_number: int, recurring: dict[str, frozenset[str]]
) -> BatchResult:
    """Clean and sign every document of a batch; stage texts and the manifest fragment."""
    fragment = staging / f"batch-{batch_number:06d}.jsonl"
    (staging / staged_text_path(fragment, "")).mkdir(exist_ok=True)
    result = BatchResult()
    records = []
    started = time.perf_counter()
    docs: list[Document] = []
    signatures: list[Signature] = []
    for item in items:
        for raw in read_work_item(item, log=result.inputs):
            site = site_of(raw.url, raw.source)
            docs.append(clean_document(raw, recurring=recurring.get(site, frozenset())))
    cleaned = time.perf_counter()
    for doc in docs:
        count_document(result, doc)
        record = manifest_record(doc)
        if doc.status == "kept":
            staged = staging / staged_text_path(fragment, record.text_path)
            write_staged(staged, clean_text_bytes(doc))
            signatures.append(sign_cleaned(doc))
        records.append(record)
    signed = time.perf_counter()
    result.records = write_fragment(fragment, records)
    result.signatures = save_signatures(fragment.with_suffix(".signatures.npz"), signatures)
    result.seconds = {"clean": cleaned - started, "sign_and_stage": signed - cleaned}
    return result


def count_document(result: BatchResult, doc: Document) -> None:
    """Add one document to a batch's counts."""
    result.read += 1
    result.chars_in += doc.chars_in
    if doc.status == "kept":
        result.kept += 1
        result.chars_out += doc.chars_out
    else:
        result.rejected += 1
        result.rejects.append({"id": doc.id, "source": doc.source, "reason": doc.reason})
    for removal in doc.removed:
        result.removed_by_rule[removal.rule] += 1
        result.removed_chars += len(removal.text)
