"""Publish a run: move its staged texts into place, write the manifest, save what it saw.

Plain functions (no Prefect): the flow's write-outputs task calls `publish`, and so does the
benchmark's plain loop. The order makes a killed run harmless: until ``seen.json`` is saved
(last), a rerun processes this run's documents again and rewrites the same outputs.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from cleaners.recurring import LineCounts
from flows import overlaps as overlap_step
from flows.manifest import RunRecord, merged_records, previous_text_paths
from flows.output import json_line, write_chunks_atomic
from flows.plan import Plan, forget_unreadable
from flows.settings import Settings
from flows.state import save_json


def publish(
    settings: Settings,
    staging: Path,
    records: list[RunRecord],
    flagged: overlap_step.Flagged,
    plan: Plan,
    site_counts: LineCounts,
    titles_of: frozenset[str] = frozenset(),
) -> dict[str, str]:
    """Publish a run's outputs and state; return the titles of the documents of ``titles_of``."""
    old_paths = previous_text_paths(settings.manifest, {r.id for r in records})
    move_texts(settings, staging, records, old_paths)
    os.sync()  # the texts reach the disk before the manifest that lists them
    titles: dict[str, str] = {}

    def wanted(doc_id: str) -> bool:  # the records publishing reads or changes
        return settings.representatives_only or doc_id in titles_of

    def manifest() -> Iterator[bytes]:
        merged = merged_records(settings.manifest, records, flagged.overlaps, flagged.clusters, wanted)
        for doc_id, record in merged:
            if isinstance(record, bytes):
                yield record
                continue
            if settings.representatives_only:
                drop_copy_text(settings.out, record)
            if doc_id in titles_of:
                titles[doc_id] = record.get("title") or ""
            yield json_line(record)

    write_chunks_atomic(settings.manifest, manifest())
    overlap_step.commit(settings.state, flagged)
    # What the run saw and what it learned of each site's lines, in one atomic write: killed
    # between two files, a rerun would count this run's documents twice.
    save_json(settings.state / "seen.json",
              {"inputs": forget_unreadable(plan.seen, records), "sites": site_counts})
    return titles


def move_texts(settings: Settings, staging: Path, records: list[RunRecord],
               old_paths: dict[str, str]) -> None:
    """Publish this run's clean texts; drop texts of documents that are no longer kept."""
    for record in records:
        if record.status == "kept" and record.staged:
            os.replace(staging / record.staged, settings.out / record.text_path)
        elif record.id in old_paths:
            (settings.out / old_paths[record.id]).unlink(missing_ok=True)


def drop_copy_text(out: Path, record: dict) -> None:
    """Remove the clean text of a kept document that does not represent its cluster."""
    rep = record.get("representative")
    if record["status"] == "kept" and rep and rep != record["id"] and record.get("text_path"):
        (out / record.pop("text_path")).unlink(missing_ok=True)
