"""Flag the same story told by different outlets: weighted salient terms, LSH, local scaling.

How it works, once per run over the documents in scope (this run's and the index's documents
whose date falls within ``WINDOW_DAYS`` of a run document; see cleaners/overlap.py for dates):

1. Weigh each document's salient terms (cleaners/salient.py): boost x IDF**1.5, the document
   frequencies counted over the whole index plus this run. A term seen in one document only
   weighs nothing (it cannot be shared, and it would only dilute similarities).
2. Sketch the ``SKETCH_TERMS`` heaviest terms with a weighted MinHash (``SAMPLES`` samples; each
   sample keeps the term minimising ``-ln(u) / weight**SKETCH_POWER``, ``u`` a hash of the term
   for that sample: two sets agree on a sample with probability close to their weighted Jaccard
   similarity), band the sketches (cleaners/banding.py, bands of ``BAND_ROWS`` samples) and take
   every pair that shares a band as a candidate (raising the weights to a power makes the rarest
   shared terms - the names and numbers of the story - decide the buckets).
   Why not datasketch here (measured on stories-dev, 9,200 documents): its
   ``WeightedMinHashGenerator`` needs a dense dimension (the vocabulary in scope: 150 MB of random
   parameters for 49,000 terms at 256 samples, GBs for a large corpus) and computes 5-10 us a
   document and sample (~2 ms a document); ``MinHashLSH`` over 128 bands costs ~1.9 ms a document.
   Both together made flagging 17-30 s for stories-dev and minutes at 100,000 documents; this
   sparse sketch and numpy banding take under 3 s with the same B-cubed F1 (0.766 against
   0.761-0.764). Near-duplicate flagging signs with datasketch's MinHash (cleaners/signature.py)
   and bands those values the same way.
3. Verify: the exact weighted Jaccard similarity of the candidates' weighted term sets. Candidates
   of a document's best neighbours are verified too (two hops), so that the members of one story
   all know one another even when LSH missed one of their pairs.
4. Scale locally: divide a pair's similarity by the geometric mean of both documents' ``RANK``-th
   best similarity. Coverage of a busy topic (the president, an election) makes every document
   about it look alike; a pair counts when it stands out from what each document shares with its
   other neighbours. The scale is at least ``SCALE_FLOOR``, and at least ``BACKGROUND`` times the
   mean similarity of all pairs in scope: in a small corpus on one topic (the five samples are
   all China-Russia military news) every pair looks alike, and IDF cannot tell which shared words
   are common, so a pair must also stand out from the corpus as a whole.
5. Cluster with average linkage at ``MERGE_SCALED`` (clusters merge only when their members are
   alike on average, so one strong link cannot chain two stories together), and flag the pairs
   inside a cluster whose scaled similarity reaches ``FLAG_SCALED``.

Measured on stories-dev (3,066 events, three outlets each, title and lead; bench/overlap.py):
B-cubed F1 0.76 (precision 0.87, recall 0.68); no flags scores 0.50. Exact weighted Jaccard over
all pairs with the same clustering scores 0.78: LSH costs little. 128 samples in 64 bands lose
too many candidates (0.74).

Memory, for 100,000 documents in scope (~140 terms each, bench/overlap.py --scale): the terms
stay in the signatures' arrays, and while sketching only the packed document frequencies (int32,
0.5 KB a document), each document's heaviest terms and its samples as uint8 positions among them
are held; the terms and boosts are packed for verification once the sketches are gone, and a
term's weight is computed when it is compared. Every step works in batches of documents or pairs
(``WEIGH_BATCH``, ``SKETCH_BATCH``, ``VERIFY_PAIRS``). Whole-scope float64 weights and
(document, term) keys took ~6 KB a document before.

Where it fails: a story covered from unrelated angles (an opinion piece naming none of the facts)
shares too few terms and stays apart (most of the lost recall); two events with the same actors
on the same topic look like one story unless their dates are known and further apart than the
window (the samples 002-004 - joint exercises in 2022 and 2024, a war-time test of ties - are
told apart only by the background rule in a corpus of five, and are flagged among 9,000 US
politics stories, where China-Russia military words are rare); a story told by more than
``RANK`` documents raises its members' local scale and may split into smaller clusters; IDF needs
a corpus (two documents alone never make a story); stopwords are English only.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from cleaners.overlap.arrays import find_in_slices, release_free_memory, sorted_unique
from cleaners.overlap.banding import banded_pairs
from cleaners.overlap.clusters import average_linkage
from cleaners.overlap.salient import term_weights
from cleaners.overlap.tokens import U64

# Candidates: same-story pairs have weighted Jaccard 0.1-0.3, so bands of 2 samples (128 bands:
# a pair at 0.15 is a candidate with probability 0.94) over the heaviest terms.
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
# Sketching and verifying are numpy work on big arrays, which releases the GIL: both run in
# threads, one a core (flagging runs once per run, in one process, while the other cores wait).
THREADS = os.cpu_count() or 1
# Documents weighed at once; candidate pairs verified at once by all threads together (each
# verifies VERIFY_PAIRS // THREADS at a time): bound their temporaries.
WEIGH_BATCH = 4096
VERIFY_PAIRS = 2000
TWO_HOP_NEIGHBOURS = 5
TWO_HOP_MIN = 0.06
# Verification and clustering, chosen on stories-dev where the results stay flat around them
# (RANK 4-6, MERGE_SCALED 1.2-1.3, SCALE_FLOOR 0.04-0.06 all score B-cubed F1 0.76-0.77).
RANK = 5
SCALE_FLOOR = 0.05
BACKGROUND = 2.0
MERGE_SCALED = 1.25
FLAG_SCALED = 0.6  # inside a cluster, pairs at half the merge level are listed too
# News of one event comes out within days; beyond a week it is a follow-up or another event.
WINDOW_DAYS = 7


@dataclass(frozen=True, slots=True, eq=False)
class StoryScope:
    """The documents in the same-story scope: their ids, salient terms, days and newness."""

    ids: list[str]
    terms: list[np.ndarray]  # uint64: each document's salient terms, sorted and unique
    boosts: list[np.ndarray]  # float32, one per term
    days: np.ndarray  # int64 proleptic ordinals
    new: np.ndarray  # bool: a document of this run


def flag_stories(
    scope: StoryScope,
    counts: np.ndarray,
    documents: int,
    *,
    merge_from: float = MERGE_SCALED,
    window_days: int = WINDOW_DAYS,
) -> dict[tuple[str, str], float]:
    """Return the same-story pairs (ids sorted) with at least one new document, and similarity.

    ``counts`` are the document frequencies of the scope's terms, packed (``term_counts``),
    over ``documents`` distinct texts.
    """
    count = len(scope.ids)
    offsets = np.r_[0, np.cumsum([len(t) for t in scope.terms], dtype=np.int64)]
    candidates = lsh_candidates(scope, counts, offsets, documents)
    release_free_memory()  # the sketches' freed temporaries, before the sets are packed
    # Every term of every document, packed: built once the sketches are gone.
    sets = weighted_sets(scope, counts, offsets, documents)
    pairs, similar = verify(sets, within_window(candidates, scope.days, window_days))
    extra = within_window(two_hop(pairs, similar, count), scope.days, window_days)
    known = pairs[:, 0] * count + pairs[:, 1]
    extra = extra[~np.isin(extra[:, 0] * count + extra[:, 1], known)]
    more, more_similar = verify(sets, extra)
    del sets
    pairs, similar = np.concatenate([pairs, more]), np.concatenate([similar, more_similar])
    scale = local_scale(pairs, similar, count)
    scaled = similar / np.sqrt(scale[pairs[:, 0]] * scale[pairs[:, 1]])
    cluster = average_linkage(
        dict(zip(map(tuple, pairs.tolist()), scaled.tolist(), strict=True)), merge_from
    )
    flagged = {}
    for (i, j), s, value in zip(pairs.tolist(), scaled.tolist(), similar.tolist(), strict=True):
        if s >= FLAG_SCALED and cluster[i] == cluster[j] and (scope.new[i] or scope.new[j]):
            a, b = sorted((scope.ids[i], scope.ids[j]))
            flagged[(a, b)] = value
    return flagged


def within_window(
    pairs: np.ndarray, days: np.ndarray, window_days: int = WINDOW_DAYS
) -> np.ndarray:
    """Return the pairs whose days are at most ``window_days`` apart."""
    return pairs[np.abs(days[pairs[:, 0]] - days[pairs[:, 1]]) <= window_days]


def term_counts(scope: StoryScope, frequencies: Callable[[np.ndarray], np.ndarray]) -> np.ndarray:
    """Return the document frequencies of every document's terms, packed (int32), in batches."""
    sizes = [len(t) for t in scope.terms]
    counts = np.empty(sum(sizes), dtype=np.int32)
    at = 0
    for first in range(0, len(sizes), WEIGH_BATCH):
        found = frequencies(np.concatenate(scope.terms[first : first + WEIGH_BATCH]))
        counts[at : at + len(found)] = found
        at += len(found)
    return counts


@dataclass(frozen=True, slots=True, eq=False)
class WeightedSets:
    """Every document's terms, packed: one array for all, each document's a slice.

    A term's weight is computed from its boost and count when it is needed (``weights``): two
    arrays of 4 bytes a term instead of one of 8 held beside the packed terms.
    """

    terms: np.ndarray  # uint64, each document's sorted and unique
    boosts: np.ndarray  # float32, one per term
    counts: np.ndarray  # int32 document frequencies, one per term
    documents: int  # distinct texts the counts are over
    offsets: np.ndarray  # where each document's terms start (documents + 1 entries)
    totals: np.ndarray  # each document's total weight

    def weights(self, entries: np.ndarray | slice) -> np.ndarray:
        """Return the weights of the terms at ``entries``."""
        return term_weights(
            self.boosts[entries].astype(np.float64), self.counts[entries], self.documents
        )


def weighted_sets(
    scope: StoryScope, counts: np.ndarray, offsets: np.ndarray, documents: int
) -> WeightedSets:
    """Return the scope's weighted term sets, with each document's total weight."""
    sets = WeightedSets(
        terms=np.concatenate(scope.terms or [np.zeros(0, U64)]),
        boosts=np.concatenate(scope.boosts or [np.zeros(0, np.float32)]),
        counts=counts,
        documents=documents,
        offsets=offsets,
        totals=np.zeros(len(scope.terms)),
    )
    for first in range(0, len(scope.terms), WEIGH_BATCH):
        last = min(first + WEIGH_BATCH, len(scope.terms))
        start = offsets[first]
        totals = document_totals(
            sets.weights(slice(start, offsets[last])), offsets[first : last + 1] - start
        )
        sets.totals[first:last] = totals
    return sets


def batch_weights(
    scope: StoryScope,
    counts: np.ndarray,
    offsets: np.ndarray,
    documents: int,
    first: int,
    last: int,
) -> np.ndarray:
    """Return the weights of the terms of documents [first, last)."""
    boosts = np.concatenate(scope.boosts[first:last]).astype(np.float64)
    return term_weights(boosts, counts[offsets[first] : offsets[last]], documents)


def document_totals(weights: np.ndarray, offsets: np.ndarray) -> np.ndarray:
    """Return the sum of each document's slice of packed weights (0 for a document without)."""
    totals = np.zeros(len(offsets) - 1)
    filled = np.flatnonzero(offsets[1:] > offsets[:-1])
    if len(filled):
        totals[filled] = np.add.reduceat(weights, offsets[filled])
    return totals


def heaviest_terms(
    scope: StoryScope, counts: np.ndarray, offsets: np.ndarray, documents: int
) -> tuple[np.ndarray, ...]:
    """Return (documents, SKETCH_TERMS) arrays of each document's heaviest terms and weights.

    Weights are float32 (as the sketches use them); the third array says which documents have
    a weighted term at all.
    """
    count = len(offsets) - 1
    heavy_terms = np.zeros((count, SKETCH_TERMS), dtype=U64)
    heavy = np.zeros((count, SKETCH_TERMS), dtype=np.float32)
    weighted = np.zeros(count, dtype=bool)
    for first in range(0, count, WEIGH_BATCH):
        last = min(first + WEIGH_BATCH, count)
        w = batch_weights(scope, counts, offsets, documents, first, last)
        sizes = np.diff(offsets[first : last + 1])
        doc = np.repeat(np.arange(first, last), sizes)
        order = np.lexsort((-w, doc))  # by document, heaviest first, ties in term order
        rank = np.arange(len(order)) - np.repeat(offsets[first:last] - offsets[first], sizes)
        keep = (rank < SKETCH_TERMS) & (w[order] > 0)
        rows, columns, at = doc[keep], rank[keep], order[keep]
        heavy_terms[rows, columns] = np.concatenate(scope.terms[first:last])[at]
        heavy[rows, columns] = w[at]
        weighted[rows[columns == 0]] = True
    return heavy_terms, heavy, weighted


def lsh_candidates(
    scope: StoryScope, counts: np.ndarray, offsets: np.ndarray, documents: int
) -> np.ndarray:
    """Return the (i, j) pairs of documents whose weighted sketches share an LSH band."""
    heavy_terms, heavy, weighted = heaviest_terms(scope, counts, offsets, documents)
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


def story_sketches(terms: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Return (documents, SAMPLES) sampled term hashes from (documents, SKETCH_TERMS) arrays.

    Each sample keeps the term minimising ``-ln(u) / weight**SKETCH_POWER``, ``u`` a uniform hash
    of the term for that sample (exponential races: a weighted MinHash over sparse term sets).
    """
    return np.take_along_axis(terms, sketch_positions(terms, weights).astype(np.intp), axis=1)


def sketch_positions(terms: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Return (documents, SAMPLES) uint8 positions of ``story_sketches``' terms in each row."""
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


def verify(sets: WeightedSets, pairs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Return the pairs that share any weight and their weighted Jaccard similarity."""
    values = np.zeros(len(pairs))
    step = max(1, VERIFY_PAIRS // THREADS)

    def verify_batch(start: int) -> None:
        left, right = pairs[start : start + step].T
        sizes = sets.offsets[left + 1] - sets.offsets[left]
        # Look each term of the left document up among the right document's (sorted) terms.
        entry = np.repeat(sets.offsets[left] - np.cumsum(sizes) + sizes, sizes) + np.arange(
            sizes.sum()
        )
        at, found = find_in_slices(
            sets.terms, sets.terms[entry], sets.offsets[right], sets.offsets[right + 1], sizes
        )
        shared_each = np.where(found, np.minimum(sets.weights(entry), sets.weights(at)), 0.0)
        shared = np.bincount(np.repeat(np.arange(len(left)), sizes), shared_each, len(left))
        union = sets.totals[left] + sets.totals[right] - shared
        values[start : start + step] = np.divide(
            shared, union, out=np.zeros_like(shared), where=union > 0
        )

    with ThreadPoolExecutor(max_workers=THREADS) as pool:
        list(pool.map(verify_batch, range(0, len(pairs), step)))
    return pairs[values > 0], values[values > 0]


def ranked_neighbours(
    pairs: np.ndarray, similar: np.ndarray, minimum: float
) -> tuple[np.ndarray, ...]:
    """Return (document, neighbour, similarity, rank) for both sides of each pair, best first."""
    keep = similar >= minimum
    doc = np.concatenate([pairs[keep, 0], pairs[keep, 1]])
    other = np.concatenate([pairs[keep, 1], pairs[keep, 0]])
    values = np.concatenate([similar[keep], similar[keep]])
    order = np.lexsort((other, -values, doc))
    doc, other, values = doc[order], other[order], values[order]
    starts = np.flatnonzero(np.r_[True, doc[1:] != doc[:-1]])
    sizes = np.diff(np.r_[starts, len(doc)])
    rank = np.arange(len(doc)) - np.repeat(starts, sizes)
    return doc, other, values, rank


def two_hop(pairs: np.ndarray, similar: np.ndarray, count: int) -> np.ndarray:
    """Return the pairs among each document's TWO_HOP_NEIGHBOURS best neighbours."""
    doc, other, _, rank = ranked_neighbours(pairs, similar, TWO_HOP_MIN)
    best = np.full((count, TWO_HOP_NEIGHBOURS), -1, dtype=np.int64)
    top = rank < TWO_HOP_NEIGHBOURS
    best[doc[top], rank[top]] = other[top]
    found = [
        np.stack([best[:, p], best[:, q]], axis=1)
        for p in range(TWO_HOP_NEIGHBOURS)
        for q in range(p + 1, TWO_HOP_NEIGHBOURS)
    ]
    hops = np.concatenate(found or [np.zeros((0, 2), dtype=np.int64)])
    hops = hops[(hops >= 0).all(axis=1)]
    codes = sorted_unique(hops.min(axis=1) * count + hops.max(axis=1))
    return np.stack([codes // count, codes % count], axis=1)


def local_scale(pairs: np.ndarray, similar: np.ndarray, count: int) -> np.ndarray:
    """Return each document's scale: its RANK-th best similarity, at least the floor.

    The floor is SCALE_FLOOR, or BACKGROUND times the mean similarity of all pairs in scope when
    that is higher: in a small corpus on one topic every pair looks alike, and a pair must stand
    out from the whole corpus too.
    """
    doc, _, values, rank = ranked_neighbours(pairs, similar, 0.0)
    floor = max(SCALE_FLOOR, BACKGROUND * float(similar.sum()) / max(count * (count - 1) / 2, 1))
    scale = np.full(count, floor)
    at = rank == RANK - 1
    scale[doc[at]] = np.maximum(values[at], floor)
    return scale
