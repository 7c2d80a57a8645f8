"""Publish a run: move its staged texts into place, write the manifest, save what it saw.

Plain functions (no Prefect): the flow's write-outputs task calls `publish`, and so does the
benchmark's plain loop. The order makes a killed run harmless: until ``seen.json`` is saved
(last), a rerun processes this run's documents again and rewrites the same outputs.
"""

from __future__ import annotations

import os
from pathlib import Path

from cleaners.recurring import LineCounts
from flows import overlaps as overlap_step
from flows.manifest import load_manifest, merge_records
from flows.output import write_jsonl_atomic
from flows.plan import Plan, forget_unreadable
from flows.settings import Settings
from flows.state import save_json


def publish(
    settings: Settings,
    staging: Path,
    records: list[dict],
    flagged: overlap_step.Flagged,
    plan: Plan,
    site_counts: LineCounts,
) -> dict[str, dict]:
    """Publish a run's outputs and state; return the whole merged manifest by document id."""
    previous = load_manifest(settings.manifest)
    merged = merge_records(previous, records, flagged.overlaps, flagged.clusters)
    move_texts(settings, staging, records, previous, merged)
    os.sync()  # the texts reach the disk before the manifest that lists them
    write_jsonl_atomic(settings.manifest, merged.values())
    overlap_step.commit(settings.state, flagged)
    # What the run saw and what it learned of each site's lines, in one atomic write: killed
    # between two files, a rerun would count this run's documents twice.
    save_json(settings.state / "seen.json",
              {"inputs": forget_unreadable(plan.seen, records), "sites": site_counts})
    return merged


def move_texts(settings: Settings, staging: Path, records: list[dict], previous: dict,
               merged: dict) -> None:
    """Publish this run's clean texts; drop texts of documents that are no longer kept."""
    for record in records:
        old = previous.get(record["id"], {}).get("text_path")
        if record["status"] == "kept" and record.get("staged"):
            os.replace(staging / record.pop("staged"), settings.out / record["text_path"])
        elif old:
            (settings.out / old).unlink(missing_ok=True)
        record.pop("staged", None)
    if settings.representatives_only:
        for record in merged.values():
            rep = record.get("representative")
            if record["status"] == "kept" and rep and rep != record["id"] and record.get("text_path"):
                (settings.out / record.pop("text_path")).unlink(missing_ok=True)
