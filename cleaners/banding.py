"""Candidate pairs of same-story sketches by LSH banding, over all sketches of a run at once.

The banding of datasketch's ``MinHashLSH`` with ``params=(bands, rows)``: a sketch of ``bands *
rows`` values is cut into bands of ``rows`` consecutive values, and two documents are candidates
when all values of one band are equal. Here the band keys of all documents are hashed, sorted and
grouped with numpy. Why not ``MinHashLSH`` itself, as near-duplicate flagging uses (cleaners/lsh.py):
same-story sketches need 128 bands (pairs of one story have weighted Jaccard 0.1-0.3), and
``MinHashLSH`` does Python work a band for every insert and query: 17 s for the 9,200 stories of
stories-dev (1.9 ms a document, 3 minutes for 100,000 documents in a window), against under a
second here for the same candidates (tests/cleaners/test_banding.py checks them against
``MinHashLSH``). These candidates are recomputed each run from the documents in the same-story
window; nothing of them is persisted.
"""

from __future__ import annotations

import numpy as np

from cleaners.arrays import sorted_unique
from cleaners.tokens import U64, mix64

BAND_MULTIPLIER = U64(0x100000001B3)  # odd: folds a band's values in order
BAND_SALT = U64(0x9E3779B97F4A7C15)  # separates equal values in different bands


def band_keys(sketches: np.ndarray, rows: int) -> np.ndarray:
    """Return (documents, bands) uint64 keys, one hash of each band's ``rows`` values."""
    count, width = sketches.shape
    bands = width // rows
    values = sketches[:, : bands * rows].astype(U64).reshape(count, bands, rows)
    keys = np.broadcast_to(np.arange(bands, dtype=U64) * BAND_SALT, (count, bands))
    for row in range(rows):
        keys = mix64(keys * BAND_MULTIPLIER + values[:, :, row])
    return keys


def candidate_pairs(
    sketches: np.ndarray, rows: int, new: np.ndarray, max_bucket: int | None = None
) -> np.ndarray:
    """Return the sorted (i, j) pairs, i < j, that share a band and include a new document.

    ``sketches`` is (documents, values); ``new`` a bool per document. Pairs of two documents that
    are not new are left out: they were compared when the later of them was new. A bucket of
    more than ``max_bucket`` documents gives no pairs (a band that many documents share holds
    common terms, not one story's: its pairs would grow with the square of its size).
    """
    if len(sketches) < 2:
        return np.zeros((0, 2), dtype=np.int64)
    keys = band_keys(sketches, rows).ravel()
    docs = np.repeat(np.arange(len(sketches)), keys.size // len(sketches))
    order = np.argsort(keys, kind="stable")
    keys, docs = keys[order], docs[order]
    starts = np.flatnonzero(np.r_[True, keys[1:] != keys[:-1]])
    sizes = np.diff(np.r_[starts, len(keys)])
    group = np.repeat(np.arange(len(starts)), sizes)
    shared = (sizes > 1) & (sizes <= (max_bucket or len(sketches)))
    left = np.flatnonzero(new[docs] & shared[group])  # a new document in a shared bucket
    spans = sizes[group[left]]
    first = np.repeat(starts[group[left]], spans)
    right = first + np.arange(spans.sum()) - np.repeat(np.cumsum(spans) - spans, spans)
    a, b = docs[np.repeat(left, spans)], docs[right]
    distinct = a != b
    codes = sorted_unique(np.minimum(a, b)[distinct] * len(sketches) + np.maximum(a, b)[distinct])
    return np.stack([codes // len(sketches), codes % len(sketches)], axis=1)
