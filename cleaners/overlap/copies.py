"""Flag copies: one text republished, trimmed, lightly edited or excerpted (``near_duplicate``).

Candidates share a band of their word-shingle MinHash: the banding of datasketch's ``MinHashLSH``
done with numpy (cleaners/banding.py: the same candidates, a second for 100,000 documents where
``MinHashLSH`` took 20 s and, with its scipy import, 3-4 times the memory; ``BANDS`` bands of
``BAND_ROWS`` values, the first ``BANDS * BAND_ROWS`` of the MinHash: a pair with Jaccard J becomes
a candidate with probability 1 - (1 - J**2)**BANDS, 0.95 at J 0.3, so excerpts are found, while
texts that share a stock phrase or two rarely are); each candidate is then verified from the two
signatures alone (no texts are kept):

- Jaccard, estimated as the share of equal MinHash values; flagged from ``NEAR_JACCARD``;
- containment of the smaller text in the larger, estimated from that Jaccard estimate and the two
  shingle counts: ``|A & B| / |A| = J / (1 + J) * (|A| + |B|) / |A|``; flagged from
  ``NEAR_CONTAINMENT``, when the Jaccard estimate is at least ``MIN_CONTAINMENT_JACCARD`` (below
  it a few equal values would decide). An excerpt of 30-60% of an article is contained in it
  (containment near 1) although its Jaccard similarity is only 0.3-0.6.

Measured on copies-dev (bench/overlap.py): full copies' Jaccard on word 4-grams is mostly
0.4-0.9, and edits that insert words push some below 0.3; hard negatives (follow-ups reusing
background paragraphs, briefs on the same site) reach containment 0.55 on raw text. Word 4-grams
with Jaccard 0.35 or containment 0.6 keep pairwise F1 above 0.98 on both cleaned and raw text;
5-grams lose inserted-word edits on raw text (0.97), 3-grams gain nothing and share more stock
phrases between unrelated texts.
"""

from __future__ import annotations

import numpy as np

from cleaners.overlap.arrays import unique_inverse
from cleaners.overlap.banding import candidate_pairs
from cleaners.overlap.signature import Signature
from cleaners.overlap.thresholds import NEAR_CONTAINMENT, NEAR_JACCARD

MIN_CONTAINMENT_JACCARD = 0.05
# The banding uses the first BANDS * BAND_ROWS of the NUM_PERM values; verification all of them.
BANDS = 32
BAND_ROWS = 2
VERIFY_BATCH = 5_000  # candidates verified at once: their documents' values, gathered once

Pair = tuple[str, str]


def flag_copies(
    new: list[Signature],
    old: list[Signature],
    *,
    jaccard_from: float = NEAR_JACCARD,
    containment_from: float = NEAR_CONTAINMENT,
) -> dict[Pair, tuple[float, str]]:
    """Return the near-duplicate pairs (ids sorted) with at least one new document.

    Each pair maps to its similarity and the measure that flagged it ("jaccard" or
    "containment"). Empty documents (no words) are never flagged.
    """
    new_ids = {s.doc_id for s in new}
    # In id order, so that a candidate (i, j), i < j, is already the sorted pair of ids.
    signed = sorted((s for s in [*old, *new] if not s.is_empty), key=lambda s: s.doc_id)
    if len(signed) < 2:
        return {}
    is_new = np.array([s.doc_id in new_ids for s in signed], dtype=bool)
    ids = [s.doc_id for s in signed]
    sizes = np.array([s.shingles for s in signed], dtype=np.float64)
    # Only the banded values are stacked (a quarter of each signature); a candidate's values are
    # gathered when it is verified: all of 100,000 documents' would be 100 MB more.
    banded = np.stack([s.hashvalues[: BANDS * BAND_ROWS] for s in signed])
    pairs = candidate_pairs(banded, BAND_ROWS, is_new)
    del banded
    flagged: dict[Pair, tuple[float, str]] = {}
    for start in range(0, len(pairs), VERIFY_BATCH):
        a, b = pairs[start : start + VERIFY_BATCH].T
        rows, at = unique_inverse(np.concatenate([a, b]))  # each document's values gathered once
        values = np.stack([signed[n].hashvalues for n in rows.tolist()])
        jaccard = (values[at[: len(a)]] == values[at[len(a) :]]).mean(axis=1)
        containment = estimate_containment(jaccard, sizes[a], sizes[b])
        copy = jaccard >= jaccard_from
        excerpt = (jaccard >= MIN_CONTAINMENT_JACCARD) & (containment >= containment_from)
        keep = copy | excerpt
        similarity = np.where(copy, jaccard, containment)[keep].tolist()
        measure = ["jaccard" if c else "containment" for c in copy[keep].tolist()]
        ends = [(ids[i], ids[j]) for i, j in zip(a[keep].tolist(), b[keep].tolist(), strict=True)]
        flagged.update(zip(ends, zip(similarity, measure, strict=True), strict=True))
    return flagged


def estimate_containment(jaccard: np.ndarray, size_a: np.ndarray, size_b: np.ndarray) -> np.ndarray:
    """Return the estimated share of the smaller set's elements found in the larger set."""
    smaller = np.maximum(np.minimum(size_a, size_b), 1.0)
    return np.minimum(1.0, jaccard / (1.0 + jaccard) * (size_a + size_b) / smaller)
