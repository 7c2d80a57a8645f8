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
# Band keys (documents x bands) sorted at once: each key costs ~60 bytes of sort and pair
# temporaries, so 2M keys stay near 120 MB (all 128 bands of 100,000 documents at once: ~800 MB).
MAX_GROUP_ENTRIES = 2_000_000


def band_keys(sketches: np.ndarray, rows: int, first: int = 0, last: int | None = None) -> np.ndarray:
    """Return (documents, bands) uint64 keys, one hash of each band's ``rows`` values.

    ``first`` and ``last`` select bands (a band's key is the same whichever are selected).
    """
    count, width = sketches.shape
    last = width // rows if last is None else last
    values = sketches[:, first * rows : last * rows].astype(U64, copy=False)
    values = values.reshape(count, last - first, rows)
    keys = np.broadcast_to(np.arange(first, last, dtype=U64) * BAND_SALT, (count, last - first))
    for row in range(rows):
        keys = mix64(keys * BAND_MULTIPLIER + values[:, :, row])
    return keys


def candidate_pairs(
    sketches: np.ndarray,
    rows: int,
    new: np.ndarray,
    max_bucket: int | None = None,
    max_entries: int = MAX_GROUP_ENTRIES,
) -> np.ndarray:
    """Return the sorted (i, j) pairs, i < j, that share a band and include a new document.

    ``sketches`` is (documents, values); ``new`` a bool per document. Pairs of two documents that
    are not new are left out: they were compared when the later of them was new. A bucket of
    more than ``max_bucket`` documents gives no pairs (a band that many documents share holds
    common terms, not one story's: its pairs would grow with the square of its size). Bands are
    keyed a group at a time, at most ``max_entries`` (documents x bands) keys at once.
    """
    if len(sketches) < 2:
        return np.zeros((0, 2), dtype=np.int64)
    bands = sketches.shape[1] // rows
    step = max(1, max_entries // len(sketches))
    codes = [
        group_codes(band_keys(sketches, rows, first, min(bands, first + step)), new, max_bucket)
        for first in range(0, bands, step)
    ]
    found = sorted_unique(np.concatenate(codes))
    return np.stack([found // len(sketches), found % len(sketches)], axis=1)


def group_codes(keys: np.ndarray, new: np.ndarray, max_bucket: int | None) -> np.ndarray:
    """Return the pair codes (i * count + j, i < j) of documents sharing a band of ``keys``."""
    count = len(keys)
    docs = np.repeat(np.arange(count), keys.shape[1])
    order = np.argsort(keys.ravel(), kind="stable")
    keys, docs = keys.ravel()[order], docs[order]
    starts = np.flatnonzero(np.r_[True, keys[1:] != keys[:-1]])
    sizes = np.diff(np.r_[starts, len(keys)])
    group = np.repeat(np.arange(len(starts)), sizes)
    shared = (sizes > 1) & (sizes <= (max_bucket or count))
    left = np.flatnonzero(new[docs] & shared[group])  # a new document in a shared bucket
    spans = sizes[group[left]]
    first = np.repeat(starts[group[left]], spans)
    right = first + np.arange(spans.sum()) - np.repeat(np.cumsum(spans) - spans, spans)
    a, b = docs[np.repeat(left, spans)], docs[right]
    distinct = a != b
    return np.minimum(a, b)[distinct] * count + np.maximum(a, b)[distinct]
