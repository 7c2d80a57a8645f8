"""Learn recurring site lines across a run and earlier runs (state: ``<state>/sites.json``)."""

from __future__ import annotations

from pathlib import Path

from cleaners.recurring import LineCounts, merge_counts, recurring_fingerprints
from flows.state import load_json, save_json


def learn(state: Path, profiles: list[LineCounts], *, full: bool) -> tuple[dict[str, frozenset[str]], LineCounts]:
    """Return each site's recurring line fingerprints, and the counts to save after the run.

    A full run forgets earlier counts: it recounts every document, so keeping them would count
    each document twice.
    """
    saved: LineCounts = {} if full else load_json(state / "sites.json", {})
    counts = merge_counts(saved, *profiles)
    recurring = {site: found for site in counts if (found := recurring_fingerprints(counts, site))}
    return recurring, counts


def commit(state: Path, counts: LineCounts) -> None:
    """Save the line counts once the run's outputs are written."""
    save_json(state / "sites.json", counts)
