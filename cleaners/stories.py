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
   0.761-0.764). Near-duplicate flagging, whose index persists, uses datasketch's MinHash and
   MinHashLSH (cleaners/signature.py, cleaners/lsh.py).
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
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date as Date
from functools import lru_cache

import numpy as np

from cleaners.arrays import sorted_unique, unique_inverse
from cleaners.banding import candidate_pairs as banded_pairs
from cleaners.clusters import average_linkage
from cleaners.salient import term_weights
from cleaners.tokens import U64

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
SKETCH_BATCH = 256  # documents sketched at once: bounds the (documents, terms, samples) scores
# Sketching is numpy work on big arrays, which releases the GIL: batches are sketched in threads,
# one a core (flagging runs once per run, in one process, while the other cores wait).
SKETCH_THREADS = os.cpu_count() or 1
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
class StoryDocument:
    """A document in the same-story scope: its salient terms, its day, whether it is new."""

    doc_id: str
    terms: np.ndarray
    boosts: np.ndarray
    day: Date
    new: bool


def flag_stories(
    docs: list[StoryDocument], frequencies: list[np.ndarray], documents: int
) -> dict[tuple[str, str], float]:
    """Return the same-story pairs (ids sorted) with at least one new document, and similarity."""
    weights = [
        term_weights(d.boosts.astype(np.float64), f, documents)
        for d, f in zip(docs, frequencies, strict=True)
    ]
    days = np.array([d.day.toordinal() for d in docs], dtype=np.int64)
    sets = weighted_sets(docs, weights)
    pairs, similar = verify(sets, within_window(lsh_candidates(docs, weights), days))
    extra = within_window(two_hop(pairs, similar, len(docs)), days)
    known = pairs[:, 0] * len(docs) + pairs[:, 1]
    extra = extra[~np.isin(extra[:, 0] * len(docs) + extra[:, 1], known)]
    more, more_similar = verify(sets, extra)
    pairs, similar = np.concatenate([pairs, more]), np.concatenate([similar, more_similar])
    scale = local_scale(pairs, similar, len(docs))
    scaled = similar / np.sqrt(scale[pairs[:, 0]] * scale[pairs[:, 1]])
    cluster = average_linkage(
        dict(zip(map(tuple, pairs.tolist()), scaled.tolist(), strict=True)), MERGE_SCALED
    )
    new = np.array([d.new for d in docs], dtype=bool)
    flagged = {}
    for (i, j), s, value in zip(pairs.tolist(), scaled.tolist(), similar.tolist(), strict=True):
        if s >= FLAG_SCALED and cluster[i] == cluster[j] and (new[i] or new[j]):
            a, b = sorted((docs[i].doc_id, docs[j].doc_id))
            flagged[(a, b)] = value
    return flagged


def within_window(pairs: np.ndarray, days: np.ndarray) -> np.ndarray:
    """Return the pairs whose days are at most WINDOW_DAYS apart."""
    return pairs[np.abs(days[pairs[:, 0]] - days[pairs[:, 1]]) <= WINDOW_DAYS]


def heaviest_terms(docs: list[StoryDocument], weights: list[np.ndarray]) -> tuple[np.ndarray, ...]:
    """Return (documents, SKETCH_TERMS) arrays of each document's heaviest terms and weights."""
    terms = np.zeros((len(docs), SKETCH_TERMS), dtype=U64)
    heavy = np.zeros((len(docs), SKETCH_TERMS))
    for row, (doc, w) in enumerate(zip(docs, weights, strict=True)):
        top = np.argsort(-w, kind="stable")[:SKETCH_TERMS]
        top = top[w[top] > 0]
        terms[row, : len(top)], heavy[row, : len(top)] = doc.terms[top], w[top]
    return terms, heavy


def lsh_candidates(docs: list[StoryDocument], weights: list[np.ndarray]) -> np.ndarray:
    """Return the (i, j) pairs of documents whose weighted sketches share an LSH band."""
    terms, heavy = heaviest_terms(docs, weights)
    sketched = np.flatnonzero(heavy[:, 0] > 0)  # documents with at least one weighted term
    if len(sketched) < 2:
        return np.zeros((0, 2), dtype=np.int64)
    batches = np.array_split(sketched, -(-len(sketched) // SKETCH_BATCH))
    with ThreadPoolExecutor(max_workers=min(SKETCH_THREADS, len(batches))) as pool:
        sketches = np.concatenate(
            list(pool.map(lambda rows: story_sketches(terms[rows], heavy[rows]), batches))
        )
    pairs = banded_pairs(sketches, BAND_ROWS, np.ones(len(sketched), dtype=bool), MAX_BUCKET)
    return sketched[pairs].reshape(-1, 2)


def story_sketches(terms: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Return (documents, SAMPLES) sampled term hashes from (documents, SKETCH_TERMS) arrays.

    Each sample keeps the term minimising ``-ln(u) / weight**SKETCH_POWER``, ``u`` a uniform hash
    of the term for that sample (exponential races: a weighted MinHash over sparse term sets).
    """
    multipliers, increments = sample_hashes()
    bits = terms[:, :, None] * multipliers + increments  # a 2-universal hash a sample
    uniform = ((bits >> U64(40)).astype(np.float32) + np.float32(0.5)) * np.float32(2.0**-24)
    with np.errstate(divide="ignore"):
        scores = -np.log(uniform) / (weights.astype(np.float32) ** SKETCH_POWER)[:, :, None]
    best = np.argmin(scores, axis=1)
    return np.take_along_axis(terms, best, axis=1)


@lru_cache(maxsize=1)
def sample_hashes() -> tuple[np.ndarray, np.ndarray]:
    """Return the odd multipliers and the increments of the SAMPLES hash functions."""
    rng = np.random.Generator(np.random.PCG64(SKETCH_SEED))
    multipliers = rng.integers(0, 1 << 63, SAMPLES, dtype=U64) * U64(2) + U64(1)
    return multipliers, rng.integers(0, 1 << 63, SAMPLES, dtype=U64)


@dataclass(frozen=True, slots=True, eq=False)
class WeightedSets:
    """Every document's weighted terms, as sorted (document, term) keys for batched lookups."""

    keys: np.ndarray  # int64 document * vocabulary + term column, sorted
    weights: np.ndarray  # one per key
    offsets: np.ndarray  # where each document's keys start (documents + 1 entries)
    vocabulary: int
    totals: np.ndarray  # each document's total weight


def weighted_sets(docs: list[StoryDocument], weights: list[np.ndarray]) -> WeightedSets:
    """Return the weighted term sets of documents (each document's terms sorted and unique)."""
    sizes = np.array([len(d.terms) for d in docs], dtype=np.int64)
    terms = np.concatenate([d.terms for d in docs] or [np.zeros(0, U64)])
    vocabulary, columns = unique_inverse(terms)
    rows = np.repeat(np.arange(len(docs), dtype=np.int64), sizes)
    values = np.concatenate(weights or [np.zeros(0)])
    return WeightedSets(
        keys=rows * max(len(vocabulary), 1) + columns,
        weights=values,
        offsets=np.r_[0, np.cumsum(sizes)],
        vocabulary=max(len(vocabulary), 1),
        totals=np.array([w.sum() for w in weights]),
    )


def verify(sets: WeightedSets, pairs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Return the pairs that share any weight and their weighted Jaccard similarity."""
    values = np.zeros(len(pairs))
    for start in range(0, len(pairs), 20000):
        left, right = pairs[start : start + 20000].T
        sizes = sets.offsets[left + 1] - sets.offsets[left]
        # Look each term of the left document up among the right document's keys.
        entry = np.repeat(sets.offsets[left] - np.cumsum(sizes) + sizes, sizes) + np.arange(
            sizes.sum()
        )
        wanted = sets.keys[entry] % sets.vocabulary + np.repeat(right, sizes) * sets.vocabulary
        at = np.minimum(np.searchsorted(sets.keys, wanted), len(sets.keys) - 1)
        found = sets.keys[at] == wanted
        shared_each = np.where(found, np.minimum(sets.weights[entry], sets.weights[at]), 0.0)
        shared = np.bincount(np.repeat(np.arange(len(left)), sizes), shared_each, len(left))
        union = sets.totals[left] + sets.totals[right] - shared
        values[start : start + 20000] = np.divide(
            shared, union, out=np.zeros_like(shared), where=union > 0
        )
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
