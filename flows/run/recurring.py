"""Learn recurring site lines across a run and earlier runs, in bounded memory.

The counts live in ``<state>/seen.json`` under ``"sites"``, saved with the content hashes of the
inputs in one atomic write at the end of a run (flows/run/publish.py).

Memory: most lines of a scrape occur once (article paragraphs), so counting every line would
grow with the corpus (~7 million fingerprints for 100k articles). A line can only be recurring
for a big site if it is common there (``MIN_SHARE`` of its documents), so for a site with at least
``PRUNE_FROM_DOCUMENTS`` documents the lines seen in one document only are dropped from the counts
- in each batch's profile, and again whenever counts are merged. A line that recurs later starts
counting again; one that is common loses at most one count per batch it was dropped from, which
is negligible against the thousands it needs in such a site.
"""

from __future__ import annotations

from pathlib import Path

from cleaners.cleaning.recurring import (
    MIN_DOCUMENTS,
    LineCounts,
    merge_counts,
    recurring_fingerprints,
)
from flows.run.state import load_json

PRUNE_FROM_DOCUMENTS = 50  # below this, a site needs every count (3 documents can be recurring)


def learn(
    state: Path, profiles: list[LineCounts], *, full: bool, min_documents: int = MIN_DOCUMENTS
) -> tuple[dict[str, frozenset[str]], LineCounts]:
    """Return each site's recurring line fingerprints, and the counts to save after the run.

    A full run forgets earlier counts: it recounts every document, so keeping them would count
    each document twice. ``min_documents``: as in `recurring_fingerprints`.
    """
    counts: LineCounts = {} if full else load_json(state / "seen.json", {}).get("sites", {})
    for profile in profiles:  # merged one at a time, pruned as they come
        counts = prune_rare_lines(merge_counts(counts, profile))
    recurring = {
        site: found
        for site in counts
        if (found := recurring_fingerprints(counts, site, min_documents=min_documents))
    }
    return recurring, counts


def prune_rare_lines(counts: LineCounts, min_documents: int = PRUNE_FROM_DOCUMENTS) -> LineCounts:
    """Drop the lines seen in one document only from the counts of sites with many documents."""
    for site_counts in counts.values():
        if site_counts["documents"] >= min_documents:
            site_counts["lines"] = {fp: n for fp, n in site_counts["lines"].items() if n > 1}
    return counts
