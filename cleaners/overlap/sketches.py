"""Same-story candidates: weighted MinHash sketches of each document's heaviest terms, banded.

Each of ``SAMPLES`` samples keeps the term minimising ``-ln(u) / weight**SKETCH_POWER``, ``u`` a
hash of the term for that sample (exponential races): two term sets agree on a sample with a
probability close to their weighted Jaccard similarity. Raising the weights to a power makes the
rarest shared terms (the story's names and numbers) decide the buckets. The sketches are banded
(cleaners/overlap/banding.py, bands of ``BAND_ROWS`` samples) and every pair sharing a band is a
candidate. docs/overlap.md says why this is not datasketch's ``WeightedMinHashGenerator``.

A run against an index does not band every earlier document with every other: pairs of two
earlier documents were compared when the later of them was new. Its candidates are the pairs of
its new documents and those of the earlier documents that a new one pairs with on the evidence
a flag needs (their whole neighbourhood sets their local scale); see docs/overlap.md, "Scale".
"""

from __future__ import annotations

import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from functools import lru_cache

import numpy as np

from cleaners.overlap.arrays import sorted_unique
from cleaners.overlap.banding import banded_pairs
from cleaners.overlap.tokens import U64
from cleaners.overlap.weights import WeightedSets, heaviest_terms

# Same-story pairs have weighted Jaccard 0.1-0.3, so bands of 2 samples (128 bands: a pair at
# 0.15 is a candidate with probability 0.94) over the heaviest terms.
SAMPLES = 256
BAND_ROWS = 2
SKETCH_TERMS = 48
SKETCH_POWER = 2.0
SKETCH_SEED = 7
# A band shared by more documents than this holds common terms, not one story's (stories-dev:
# stories of three outlets; two hops still join the members of a bigger story): skipped.
MAX_BUCKET = 16
# Documents sketched at once: their (documents, samples, terms) scores, ~0.8 MB of float32 and
# ~1.6 MB of hash bits, stay in a core's caches (64 at once took three times the time).
SKETCH_BATCH = 16
SKETCH_TASK = 1024  # rows a thread takes at once (a task per batch cost more than the batch)
# Sketching is numpy work on big arrays, which releases the GIL: it runs in threads, one a core
# (flagging runs once per run, in one process, while the other cores wait).
THREADS = os.cpu_count() or 1


def lsh_candidates(
    sets: WeightedSets,
    new: np.ndarray | None = None,
    evident: Callable[[np.ndarray], np.ndarray] | None = None,
) -> np.ndarray:
    """Return the (i, j) pairs of documents whose weighted sketches share an LSH band.

    With ``new`` (a bool per document) and ``evident`` (those of some pairs that have the evidence
    a flag needs), only the pairs that touch a new document, or an earlier one in an evident pair
    with a new document: every pair of those, so that each one's neighbours are known whole
    (they set its local scale), and no other pair of two earlier documents (compared when the
    later of them was new). Each document is sketched once, when it can share a band.
    """
    heavy_terms, heavy, weighted = heaviest_terms(sets, SKETCH_TERMS)
    if new is None or evident is None or new.all():
        rows = np.flatnonzero(weighted)
        positions = sketch_rows(heavy_terms, heavy, rows)
        del heavy
        return banded(heavy_terms[rows], positions, rows, None)
    sketches = LazySketches(heavy_terms, heavy, weighted)
    rows = sketches.reachable(new)
    found = banded(heavy_terms[rows], sketches.sketched(rows), rows, new)
    near = new.copy()
    near[evident(found).ravel()] = True
    if (near == new).all():
        return found
    rows = sketches.reachable(near)
    return banded(heavy_terms[rows], sketches.sketched(rows), rows, near)


class LazySketches:
    """Sketch positions of the documents' heaviest terms, each row sketched when first needed."""

    def __init__(self, heavy_terms: np.ndarray, heavy: np.ndarray, weighted: np.ndarray) -> None:
        self.terms, self.weights, self.weighted = heavy_terms, heavy, weighted
        self.positions = np.zeros((len(heavy_terms), SAMPLES), dtype=np.uint8)
        self.done = np.zeros(len(heavy_terms), dtype=bool)

    def sketched(self, rows: np.ndarray) -> np.ndarray:
        """Return the sketch positions of ``rows`` (sketching those not sketched yet)."""
        todo = rows[~self.done[rows]]
        self.positions[todo] = sketch_rows(self.terms, self.weights, todo)
        self.done[todo] = True
        return self.positions[rows]

    def reachable(self, wanted: np.ndarray) -> np.ndarray:
        """Return the weighted rows that hold a term a wanted row's samples picked (those too).

        Two documents share a band only when its samples picked the same terms in both: the
        other documents cannot be candidates of the wanted ones.
        """
        rows = np.flatnonzero(wanted & self.weighted)
        picked = np.take_along_axis(self.terms[rows], self.sketched(rows).astype(np.intp), axis=1)
        terms = sorted_unique(picked.ravel())
        if not len(terms):
            return rows
        heavy = self.terms
        at = np.minimum(np.searchsorted(terms, heavy), len(terms) - 1)
        held = (terms[at] == heavy) & (self.weights > 0)  # a 0 pads a row of fewer heavy terms
        return np.flatnonzero(self.weighted & held.any(axis=1))


def banded(
    terms: np.ndarray, positions: np.ndarray, rows: np.ndarray, new: np.ndarray | None
) -> np.ndarray:
    """Return the candidate pairs among ``rows`` that touch a ``new`` one (None: any pair).

    ``terms`` and ``positions`` are the rows' heavy terms and the positions their samples picked.
    """
    if len(rows) < 2:
        return np.zeros((0, 2), dtype=np.int64)

    def columns(first: int, last: int) -> np.ndarray:
        chosen = positions[:, first * BAND_ROWS : last * BAND_ROWS].astype(np.intp)
        return np.take_along_axis(terms, chosen, axis=1)

    marked = np.ones(len(rows), dtype=bool) if new is None else new[rows]
    pairs = banded_pairs(columns, SAMPLES // BAND_ROWS, BAND_ROWS, marked, MAX_BUCKET)
    return rows[pairs].reshape(-1, 2)


def sketch_rows(terms: np.ndarray, weights: np.ndarray, rows: np.ndarray) -> np.ndarray:
    """Return ``sketch_positions`` of the given rows, in threads, SKETCH_BATCH rows at a time."""
    positions = np.empty((len(rows), SAMPLES), dtype=np.uint8)

    def sketch(first: int) -> None:  # a thread's share: SKETCH_TASK rows, a batch at a time
        for start in range(first, min(first + SKETCH_TASK, len(rows)), SKETCH_BATCH):
            batch = rows[start : start + SKETCH_BATCH]
            positions[start : start + len(batch)] = sketch_positions(terms[batch], weights[batch])

    with ThreadPoolExecutor(max_workers=THREADS) as pool:
        list(pool.map(sketch, range(0, len(rows), SKETCH_TASK)))
    return positions


def sketch_positions(terms: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Return (documents, SAMPLES) uint8 positions of each sample's term in each row of terms."""
    multipliers, increments = sample_hashes()
    # Laid out (documents, samples, terms), so that each argmin runs along a contiguous row, and
    # computed in place: one temporary of hash bits, one of scores.
    bits = terms[:, None, :] * multipliers[:, None]  # a 2-universal hash a sample
    bits += increments[:, None]
    bits >>= U64(40)
    scores = bits.astype(np.float32)
    del bits
    scores += np.float32(0.5)
    scores *= np.float32(2.0**-24)  # uniform in (0, 1)
    with np.errstate(divide="ignore"):
        np.log(scores, out=scores)
        np.negative(scores, out=scores)
        scores /= (weights.astype(np.float32) ** SKETCH_POWER)[:, None, :]
    return np.argmin(scores, axis=2).astype(np.uint8)


@lru_cache(maxsize=1)
def sample_hashes() -> tuple[np.ndarray, np.ndarray]:
    """Return the odd multipliers and the increments of the SAMPLES hash functions."""
    rng = np.random.Generator(np.random.PCG64(SKETCH_SEED))
    multipliers = rng.integers(0, 1 << 63, SAMPLES, dtype=U64) * U64(2) + U64(1)
    return multipliers, rng.integers(0, 1 << 63, SAMPLES, dtype=U64)
