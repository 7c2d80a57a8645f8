"""Flag a run's overlaps against the persistent index (state: ``<state>/overlap-index.npz``)."""

from __future__ import annotations

import heapq
from dataclasses import dataclass
from pathlib import Path

from cleaners.overlap.flags import INDEX_FILE, OverlapFlags, OverlapIndex, flag_overlaps
from cleaners.overlap.index import IndexedPair
from cleaners.overlap.signature import Signature
from flows.run.batch import BatchResult
from flows.run.output import write_atomic_with
from flows.run.settings import Settings
from flows.run.signatures import load_signatures


@dataclass(frozen=True, slots=True, eq=False)
class Flagged:
    """A run's flags, with the index and signatures to save once its outputs are written."""

    flags: OverlapFlags
    index: OverlapIndex
    signatures: list[Signature]

    @property
    def overlaps(self):
        return self.flags.overlaps

    @property
    def clusters(self) -> dict[str, tuple[str | None, str | None]]:
        """Return the (cluster, representative) of every document whose cluster the run changes.

        An earlier document that left its cluster (its pairs with a run document are gone) maps
        to (None, None), so that its manifest record drops the stale ones.
        """
        left = dict.fromkeys(self.flags.unclustered, (None, None))
        return {**self.flags.clusters, **left}


def run_signatures(results: list[BatchResult], winners: set[str]) -> list[Signature]:
    """Return the signatures of a run's kept documents, the first of each id (as the manifest)."""
    signatures, taken = [], set()
    for result in results:  # batch order
        for signature in load_signatures(result.signatures):
            if signature.doc_id in winners and signature.doc_id not in taken:
                taken.add(signature.doc_id)
                signatures.append(signature)
    return signatures


def flag(settings: Settings, signatures: list[Signature]) -> Flagged:
    """Flag overlaps among this run's documents and with those of earlier runs."""
    index = OverlapIndex.load(settings.state / INDEX_FILE)
    flags = flag_overlaps(
        signatures,
        index,
        near_jaccard=settings.near_duplicate_jaccard,
        near_containment=settings.near_duplicate_containment,
        story_merge=settings.same_story_threshold,
        window_days=settings.same_story_window_days,
    )
    return Flagged(flags, index, signatures)


def commit(state: Path, flagged: Flagged) -> None:
    """Add the run's documents and pairs to the index and save it (after the outputs)."""
    flagged.index.add(flagged.signatures, flagged.flags)
    # Streamed into the file: at 100,000 documents its bytes in memory would be 150 MB twice.
    write_atomic_with(state / INDEX_FILE, flagged.index.write)


def index_size(state: Path, flagged: Flagged) -> tuple[int, int]:
    """Return the documents in the saved index and its bytes on disk (after `commit`)."""
    path = state / INDEX_FILE
    return len(flagged.index), path.stat().st_size if path.exists() else 0


def most_similar(flagged: Flagged, limit: int) -> list[IndexedPair]:
    """Return the ``limit`` most similar pairs flagged in a run."""
    return heapq.nsmallest(limit, flagged.flags.pairs, key=lambda p: (-p.similarity, p.a, p.b))


def table_rows(pairs: list[IndexedPair], titles: dict[str, str]) -> list[dict]:
    """Return one row per pair, for the overlap table artifact."""
    return [
        {
            "kind": p.kind,
            "similarity": round(p.similarity, 3),
            "id": p.a,
            "other_id": p.b,
            "title": titles.get(p.a) or "(no title)",
            "other_title": titles.get(p.b) or "(no title)",
            "measure": p.measure,
        }
        for p in pairs
    ]
