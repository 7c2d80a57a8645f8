"""Same-story candidates: weighted MinHash sketches of each document's heaviest terms, banded.

Each of ``SAMPLES`` samples keeps the term minimising ``-ln(u) / weight**SKETCH_POWER``, ``u`` a
hash of the term for that sample (exponential races): two term sets agree on a sample with a
probability close to their weighted Jaccard similarity. Raising the weights to a power makes the
rarest shared terms (the story's names and numbers) decide the buckets. The sketches are banded
(cleaners/overlap/banding.py, bands of ``BAND_ROWS`` samples) and every pair sharing a band is a
candidate. docs/overlap.md says why this is not datasketch's ``WeightedMinHashGenerator``.
"""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from functools import lru_cache

import numpy as np

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


def lsh_candidates(sets: WeightedSets) -> np.ndarray:
    """Return the (i, j) pairs of documents whose weighted sketches share an LSH band."""
    heavy_terms, heavy, weighted = heaviest_terms(sets, SKETCH_TERMS)
    sketched = np.flatnonzero(weighted)
    if len(sketched) < 2:
        return np.zeros((0, 2), dtype=np.int64)
    positions = sketch_rows(heavy_terms, heavy, sketched)
    del heavy
    heavy_terms = heavy_terms[sketched]

    def columns(first: int, last: int) -> np.ndarray:
        chosen = positions[:, first * BAND_ROWS : last * BAND_ROWS].astype(np.intp)
        return np.take_along_axis(heavy_terms, chosen, axis=1)

    pairs = banded_pairs(
        columns, SAMPLES // BAND_ROWS, BAND_ROWS, np.ones(len(sketched), dtype=bool), MAX_BUCKET
    )
    return sketched[pairs].reshape(-1, 2)


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
