"""Learn recurring site lines across a run and earlier runs.

The counts live in ``<state>/seen.json`` under ``"sites"``, saved with the content hashes of the
inputs in one atomic write at the end of a run (flows/flow.py: write_task).
"""

from __future__ import annotations

from pathlib import Path

from cleaners.recurring import LineCounts, merge_counts, recurring_fingerprints
from flows.state import load_json


def learn(state: Path, profiles: list[LineCounts], *, full: bool) -> tuple[dict[str, frozenset[str]], LineCounts]:
    """Return each site's recurring line fingerprints, and the counts to save after the run.

    A full run forgets earlier counts: it recounts every document, so keeping them would count
    each document twice.
    """
    saved: LineCounts = {} if full else load_json(state / "seen.json", {}).get("sites", {})
    counts = merge_counts(saved, *profiles)
    recurring = {site: found for site in counts if (found := recurring_fingerprints(counts, site))}
    return recurring, counts
