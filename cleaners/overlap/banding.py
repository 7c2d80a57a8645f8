"""Candidate pairs of MinHash-like sketches by LSH banding, over all sketches of a run at once.

The banding of datasketch's ``MinHashLSH`` with ``params=(bands, rows)``: a sketch of ``bands *
rows`` values is cut into bands of ``rows`` consecutive values, and two documents are candidates
when all values of one band are equal. Here the band keys of all documents are hashed (64 bits),
sorted and grouped with numpy, a group of bands at a time. Both overlap kinds use it: copies
(cleaners/copies.py, 32 bands of the word-shingle MinHash) and same-story sketches
(cleaners/stories.py, 128 bands). Why not ``MinHashLSH`` itself: it does Python work a band for
every insert and query and keeps a Python set a bucket (~300 bytes a document and band): 17 s
for the 128 bands of stories-dev's 9,200 stories, 20 s and ~250 MB (with its scipy import) for
the 32 bands of 100,000 documents, against about a second and 60 MB here for the same
candidates (tests/cleaners/test_banding.py checks them against ``MinHashLSH``). The candidates
are recomputed each run; nothing of them is persisted.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from cleaners.overlap.arrays import sorted_unique
from cleaners.overlap.tokens import U64, mix64

BAND_MULTIPLIER = U64(0x100000001B3)  # odd: folds a band's values in order
BAND_SALT = U64(0x9E3779B97F4A7C15)  # separates equal values in different bands
# Band keys (documents x bands) sorted at once: each key costs ~60 bytes of sort and pair
# temporaries, so 500k keys stay near 30 MB (all 128 bands of 100,000 documents at once: ~800 MB).
MAX_GROUP_ENTRIES = 500_000
# Pairs expanded from the buckets at once (a new document by each member of its bucket), ~25 MB.
MAX_PAIR_ENTRIES = 500_000


def band_keys(values: np.ndarray, rows: int, first: int = 0) -> np.ndarray:
    """Return (documents, bands) uint64 keys, one hash of each band's ``rows`` values.

    ``values`` holds the columns of consecutive bands from band ``first`` on (a band's key is the
    same whichever bands are given with it).
    """
    count, width = values.shape
    bands = width // rows
    values = values[:, : bands * rows].astype(U64, copy=False).reshape(count, bands, rows)
    keys = np.broadcast_to(np.arange(first, first + bands, dtype=U64) * BAND_SALT, (count, bands))
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
    bands = sketches.shape[1] // rows
    return banded_pairs(
        lambda first, last: sketches[:, first * rows : last * rows],
        bands,
        rows,
        new,
        max_bucket,
        max_entries,
    )


def banded_pairs(
    columns: Callable[[int, int], np.ndarray],
    bands: int,
    rows: int,
    new: np.ndarray,
    max_bucket: int | None = None,
    max_entries: int = MAX_GROUP_ENTRIES,
) -> np.ndarray:
    """Return ``candidate_pairs`` of the sketches whose bands [first, last) ``columns`` gives.

    The sketches' values are asked for a band group at a time, so that they need not be held
    whole (cleaners/stories.py keeps each sample as a position among a document's heaviest terms).
    """
    count = len(new)
    if count < 2:
        return np.zeros((0, 2), dtype=np.int64)
    step = max(1, max_entries // count)
    found = np.zeros(0, dtype=np.int64)
    for first in range(0, bands, step):
        keys = band_keys(columns(first, min(bands, first + step)), rows, first)
        found = sorted_unique(np.concatenate([found, group_codes(keys, new, max_bucket)]))
    return np.stack([found // count, found % count], axis=1)


def group_codes(keys: np.ndarray, new: np.ndarray, max_bucket: int | None) -> np.ndarray:
    """Return the pair codes (i * count + j, i < j) of documents sharing a band of ``keys``."""
    count = len(keys)
    docs = np.repeat(np.arange(count), keys.shape[1])
    # Not a stable sort (twice as fast): a bucket's members pair with one another in any order.
    order = np.argsort(keys.ravel())
    keys, docs = keys.ravel()[order], docs[order]
    starts = np.flatnonzero(np.r_[True, keys[1:] != keys[:-1]])
    sizes = np.diff(np.r_[starts, len(keys)])
    group = np.repeat(np.arange(len(starts)), sizes)
    shared = (sizes > 1) & (sizes <= (max_bucket or count))
    left = np.flatnonzero(new[docs] & shared[group])  # a new document in a shared bucket
    spans = sizes[group[left]]
    # Each new document pairs with its whole bucket: copies of one text share every band, so
    # the pairs are expanded MAX_PAIR_ENTRIES at a time and each slice's kept distinct.
    ends = np.cumsum(spans)
    found = [np.zeros(0, dtype=np.int64)]
    begin = 0
    while begin < len(left):
        done = int(ends[begin - 1]) if begin else 0
        stop = max(begin + 1, int(np.searchsorted(ends, done + MAX_PAIR_ENTRIES, side="right")))
        part, part_spans = left[begin:stop], spans[begin:stop]
        first = np.repeat(starts[group[part]], part_spans)
        offsets = np.repeat(np.cumsum(part_spans) - part_spans, part_spans)
        right = first + np.arange(part_spans.sum()) - offsets
        a, b = docs[np.repeat(part, part_spans)], docs[right]
        distinct = a != b
        found.append(sorted_unique(np.minimum(a, b)[distinct] * count + np.maximum(a, b)[distinct]))
        begin = stop
    return sorted_unique(np.concatenate(found))
