"""Publish a run: move its staged texts into place, write the manifest, save what it saw.

Plain functions (no Prefect): the flow's write-outputs task calls `publish`, and so does the
benchmark's plain loop. The order makes a killed run harmless: until ``seen.json`` is saved
(last), a rerun processes this run's documents again and rewrites the same outputs. A full disk
stops publishing before anything moved (the manifest is written whole first) or after the
manifest appeared (the state files: a rerun redoes the run).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from cleaners.cleaning.recurring import LineCounts
from cleaners.records import ManifestRecord
from flows.run import overlaps as overlap_step
from flows.run.manifest import Owner, RunRecord, merged_records, read_owners
from flows.run.output import record_line, text_path, write_chunks_atomic
from flows.run.plan import Plan, seen_after
from flows.run.settings import Settings
from flows.run.sources import ReadLog
from flows.run.state import save_json

# Texts of copies that do not represent their cluster (--representatives-only), kept in the state
# folder so a copy that leaves its cluster, or a run without the option, gets its text back.
HELD_FOLDER = "held"


def publish(
    settings: Settings,
    staging: Path,
    records: list[RunRecord],
    flagged: overlap_step.Flagged,
    plan: Plan,
    site_counts: LineCounts,
    titles_of: frozenset[str] = frozenset(),
    read: ReadLog | None = None,
    owners: dict[str, Owner] | None = None,
) -> dict[str, str]:
    """Publish a run's outputs and state; return the titles of the documents of ``titles_of``.

    ``read``: what the run's batches read (`flows.run.sources.ReadLog`); it, not the plan, says
    what the run saw. Without it, every input the run planned is planned again next time.
    ``owners``: `read_owners` of the manifest before the run (read here if not given).
    """
    run_ids = {r.id for r in records}
    owners = read_owners(settings.manifest) if owners is None else owners
    old_paths = {i: owners[i].text_path for i in run_ids if i in owners and owners[i].text_path}
    # A run document's title is in its summary; only earlier documents' records are read for it.
    titles = {r.id: r.title or "" for r in records if r.id in titles_of}
    held = settings.state / HELD_FOLDER
    holding = held_texts(held)
    dropped: list[str] = []  # texts of copies that no longer represent their cluster
    restored: list[str] = []  # held texts of documents that need them again
    deleted = frozenset(plan.deleted)

    def wanted(doc_id: str) -> bool:  # the records publishing reads or changes
        return (
            settings.representatives_only
            or (doc_id in titles_of and doc_id not in run_ids)
            or (bool(holding) and text_path(doc_id) in holding)
        )

    def manifest() -> Iterator[bytes]:
        merged = merged_records(
            settings.manifest, records, flagged.overlaps, flagged.clusters, wanted, deleted
        )
        for doc_id, record in merged:
            if isinstance(record, bytes):
                yield record
                continue
            if settings.representatives_only:
                record = drop_copy_text(record, dropped)
            if doc_id not in run_ids:
                record = restore_text(record, holding, restored, settings)
            if doc_id in titles_of and doc_id not in run_ids:
                titles[doc_id] = record.title or ""
            yield record_line(record)

    # The texts move only once the new manifest is whole on disk (under its temporary name): a
    # disk that fills up while it is written leaves the earlier texts and manifest as they were.
    # Then the texts reach the disk before the manifest that lists them appears.
    def texts_in_place() -> None:
        move_texts(settings, staging, records, old_paths)
        for path in restored:
            move_if_there(held / path, settings.out / path)
        for path in dropped:
            move_if_there(settings.out / path, held / path)
        for path in holding - set(restored) - set(dropped):  # reprocessed, rejected or gone
            (held / path).unlink(missing_ok=True)
        os.sync()

    write_chunks_atomic(settings.manifest, manifest(), before_rename=texts_in_place)
    overlap_step.commit(settings.state, flagged)
    # What the run saw and what it learned of each site's lines, in one atomic write: killed
    # between two files, a rerun would count this run's documents twice.
    save_json(
        settings.state / "seen.json",
        {"inputs": seen_after(plan, read or ReadLog()), "sites": site_counts},
    )
    return titles


def move_texts(
    settings: Settings, staging: Path, records: list[RunRecord], old_paths: dict[str, str]
) -> None:
    """Publish this run's clean texts; drop texts of documents that are no longer kept."""
    # Paths joined as strings: pathlib's joins cost as much as the renames (20k documents: 0.5 s).
    source, target = os.fspath(staging), os.fspath(settings.out)
    for record in records:  # texts named otherwise by an earlier version go first
        old = old_paths.get(record.id)
        if old and old != (record.text_path if record.staged else None):
            Path(target, old).unlink(missing_ok=True)
    for record in records:
        staged = record.staged
        if staged:
            os.replace(os.path.join(source, staged), os.path.join(target, record.text_path))


def drop_copy_text(record: ManifestRecord, dropped: list[str]) -> ManifestRecord:
    """Return the record of a kept copy that does not represent its cluster without its text.

    Its path joins ``dropped`` (the file is removed once the run's texts are in place).
    """
    rep = record.representative
    if record.status == "kept" and rep and rep != record.id and record.text_path:
        dropped.append(record.text_path)
        return replace(record, text_path=None)
    return record


def held_texts(held: Path) -> set[str]:
    """Return the names of the copies' texts held in the state folder."""
    return {entry.name for entry in os.scandir(held)} if held.is_dir() else set()


def restore_text(
    record: ManifestRecord, holding: set[str], restored: list[str], settings: Settings
) -> ManifestRecord:
    """Return an earlier kept record whose text was held with that text back.

    A copy that still does not represent its cluster under --representatives-only stays without.
    The file already in the output folder counts too: a run killed after moving it back.
    """
    if record.status != "kept" or record.text_path:
        return record
    rep = record.representative
    if settings.representatives_only and rep and rep != record.id:
        return record
    path = text_path(record.id)
    if path in holding or (settings.representatives_only and (settings.out / path).exists()):
        restored.append(path)
        return replace(record, text_path=path)
    return record


def move_if_there(source: Path, target: Path) -> None:
    """Move a text file; a file already moved (a rerun after a kill) is left where it is."""
    if source.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(source, target)
