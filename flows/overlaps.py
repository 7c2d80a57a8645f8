"""Flag overlaps for a run against the persistent index (state: ``<state>/index/``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from cleaners.records import Overlap
from cleaners.signature import Signature


@dataclass(slots=True)
class Flagged:
    overlaps: dict[str, list[Overlap]] = field(default_factory=dict)
    clusters: dict[str, tuple[str, str]] = field(default_factory=dict)
    index: object = None


def flag(state: Path, signatures: list[Signature]) -> Flagged:
    """TEMPORARY: pairwise Jaccard among this run's signatures (the real index comes with issue 5)."""
    flagged = Flagged()
    for i, a in enumerate(signatures):
        for b in signatures[i + 1 :]:
            similarity = float((a.hashvalues == b.hashvalues).mean())
            if similarity >= 0.3:
                flagged.overlaps.setdefault(a.doc_id, []).append(Overlap(b.doc_id, "near_duplicate", similarity))
                flagged.overlaps.setdefault(b.doc_id, []).append(Overlap(a.doc_id, "near_duplicate", similarity))
    return flagged


def commit(state: Path, flagged: Flagged) -> None:
    """Save the index once the run's outputs are written."""


def table_rows(flagged: Flagged, titles: dict[str, str]) -> list[dict]:
    """Return one row per flagged pair for the overlap table artifact."""
    rows = []
    for doc_id, found in flagged.overlaps.items():
        for o in found:
            if doc_id < o.id:
                rows.append({"id": doc_id, "title": titles.get(doc_id, ""), "other_id": o.id,
                             "other_title": titles.get(o.id, ""), "kind": o.kind,
                             "similarity": round(o.similarity, 3), "measure": o.measure})
    return sorted(rows, key=lambda r: (r["kind"], r["id"], r["other_id"]))
