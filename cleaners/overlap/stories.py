"""Flag the same story told by different outlets: weighted salient terms, LSH, local scaling.

How it works, once per run over the documents in scope (this run's and the index's documents
whose date falls within ``WINDOW_DAYS`` of a run document; see cleaners/overlap/flags.py):

1. Weigh each document's salient terms (cleaners/overlap/weights.py): boost x rarity in the
   document's language; terms seen once, common in the language or recurring across the
   document's site weigh nothing. Documents in different languages share no term.
2. Sketch the heaviest terms with a weighted MinHash and band the sketches: pairs sharing a band
   are candidates (cleaners/overlap/sketches.py).
3. Verify: the exact weighted Jaccard similarity of the candidates' weighted term sets, and the
   shared phrases that weigh something. Candidates of a document's best neighbours are verified
   too (two hops), so that the members of one story all know one another even when LSH missed
   one of their pairs.
4. Scale locally: divide a pair's similarity by the geometric mean of both documents' ``RANK``-th
   best similarity, at least ``SCALE_FLOOR`` and ``BACKGROUND`` times the mean similarity of all
   pairs in scope: a pair counts when it stands out from what each document shares with its
   other neighbours, and from the corpus as a whole. A pair must also come within
   ``ANY_BEST_SHARE`` of each document's best similarity, within ``BEST_SHARE`` in a language
   with fewer than ``SMALL_CORPUS`` documents.
5. Cluster with average linkage at ``MERGE_SCALED`` (one strong link cannot chain two stories
   together), and flag the pairs inside a cluster whose scaled similarity reaches
   ``FLAG_SCALED`` and that carry the evidence of cleaners/overlap/evidence.py: they share at
   least ``MIN_SHARED_PHRASES`` weighted phrases (pairs of neighbouring words: "duvet lung",
   "forest hill") and their similarity is at least ``MIN_SIMILARITY`` (``UNDATED_SHARED_PHRASES``
   and ``UNDATED_SIMILARITY`` when a document has no date: nothing then says they come from the
   same week); ``TITLE_WORDS_FOR_PHRASES`` words
   of both titles stand for all shared phrases but one. Two titled documents must share a title
   word, and at least ``MIN_TITLE_COVERAGE`` of each title's words must be found in the other
   document (``FULL_TEXT_TITLE_COVERAGE`` in a full article, one with names past its lead):
   outlets headline one event by its specifics, while two events of one topic (a product's
   review and its rumour, two athletes' positive tests) headline different ones, and headlines
   that name different models or sizes ("13-inch" and "16-inch") are not one story. In a
   language with fewer than ``PRIOR_DOCS`` documents, a pair shares a term rare in general use
   (cleaners/overlap/prior.py: a name, not a topic's "military exercises"). The absolute bars
   hold where the corpus says little: a handful of unrelated documents always has a best pair.

Each flagged pair comes with the ``TERMS_SHOWN`` shared terms that weigh most. docs/overlap.md
has the measurements and where it fails.
"""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import numpy as np

from cleaners.overlap.arrays import find_in_slices, release_free_memory, sorted_unique
from cleaners.overlap.clusters import linkage_clusters
from cleaners.overlap.evidence import (
    ANONYMOUS_SIMILARITY,
    TITLE_WORD,
    anonymous_pairs,
    coverage_bars,
    evidence,
    has_title,
    headlines_disagree,
    share_specifics,
    title_words,
)
from cleaners.overlap.prior import PRIOR_DOCS
from cleaners.overlap.salient import PAIR_BIT, PART_BOOSTS
from cleaners.overlap.sketches import lsh_candidates
from cleaners.overlap.thresholds import MERGE_SCALED, WINDOW_DAYS
from cleaners.overlap.weights import WeightedSets, weighted_only, weighted_sets

# Verification and clustering, chosen on stories-dev where the results stay flat around them
# (RANK 4-6, SCALE_FLOOR 0.04-0.06 all score alike; MERGE_SCALED: see thresholds.py).
RANK = 5
SCALE_FLOOR = 0.05
BACKGROUND = 1.6
SMALL_CORPUS = 50  # documents of one language below which a pair must be a document's best
BEST_SHARE = 0.8  # a small corpus's pairs: at least this share of each document's best
# Any pair: at least this share of each document's best. A page that shares an event's kind
# ("killed in a helicopter crash") with a story whose own outlets share far more is not one of them.
ANY_BEST_SHARE = 0.3
FLAG_SCALED = 0.6  # inside a cluster, pairs at half the merge level are listed too
TERMS_SHOWN = 5
TWO_HOP_NEIGHBOURS = 5
TWO_HOP_MIN = 0.06
# Verifying is numpy work on big arrays, which releases the GIL: it runs in threads, one a core.
THREADS = os.cpu_count() or 1
VERIFY_PAIRS = 2000  # candidate pairs verified at once by all threads together


@dataclass(frozen=True, slots=True, eq=False)
class StoryScope:
    """The documents in the same-story scope: ids, salient terms, days, and what they are."""

    ids: list[str]
    terms: list[np.ndarray]  # uint64: each document's salient terms, sorted and unique
    boosts: list[np.ndarray]  # float32, one per term
    days: np.ndarray  # int64 proleptic ordinals
    new: np.ndarray  # bool: a document of this run
    dated: np.ndarray  # bool: the document's own date is known
    documents: np.ndarray  # distinct texts of each document's language (for IDF)
    sites: np.ndarray  # int: each document's site number, -1 when unknown
    specs: list[str]  # each headline's numbered specifics (cleaners/overlap/specifics.py)
    codes: list[np.ndarray | None]  # the model codes each document writes (None: any)
    zipf: list[np.ndarray | None] | None = None  # float32 Zipf frequency of a term (prior.py)


@dataclass(frozen=True, slots=True)
class StoryPair:
    """A flagged same-story pair: its similarity and its heaviest shared terms (hashes)."""

    similarity: float
    terms: tuple[int, ...]
    phrases: int  # shared phrases (neighbouring words) that weigh something
    dated: bool  # both documents' own dates are known


def flag_stories(
    scope: StoryScope,
    counts: np.ndarray,
    *,
    merge_from: float = MERGE_SCALED,
    window_days: int = WINDOW_DAYS,
) -> dict[tuple[str, str], StoryPair]:
    """Return the same-story pairs (ids sorted) with at least one new document.

    ``counts`` are the document frequencies of the scope's terms, packed (`term_counts`).
    """
    count = len(scope.ids)
    sets = weighted_sets(
        scope.terms, scope.boosts, counts, scope.documents, scope.sites, scope.zipf
    )
    sets = weighted_only(sets)
    candidates = lsh_candidates(
        sets, scope.new, lambda found: evident(sets, found, scope.days, window_days)
    )
    release_free_memory()  # the sketches' temporaries
    pairs, similar, phrases, titles, covered = verify(
        sets, within_window(candidates, scope.days, window_days)
    )
    extra = within_window(two_hop(pairs, similar, count), scope.days, window_days)
    known = pairs[:, 0] * count + pairs[:, 1]
    extra = extra[~np.isin(extra[:, 0] * count + extra[:, 1], known)]
    more, more_similar, more_phrases, more_titles, more_covered = verify(sets, extra)
    pairs = np.concatenate([pairs, more])
    similar = np.concatenate([similar, more_similar])
    phrases = np.concatenate([phrases, more_phrases])
    titles = np.concatenate([titles, more_titles])
    covered = np.concatenate([covered, more_covered])
    scale = local_scale(pairs, similar, count)
    scaled = similar / np.sqrt(scale[pairs[:, 0]] * scale[pairs[:, 1]])
    cluster = linkage_clusters(pairs, scaled, merge_from)
    both_dated = scope.dated[pairs[:, 0]] & scope.dated[pairs[:, 1]]
    titled = has_title(sets)
    enough = evidence(pairs, similar, phrases, titles, covered, both_dated, titled)
    enough &= ~anonymous_pairs(pairs, titled, scope.dated) | (similar >= ANONYMOUS_SIMILARITY)
    enough &= stands_out(pairs, similar, scope.documents < SMALL_CORPUS)
    enough &= (scaled >= FLAG_SCALED) & (scope.new[pairs[:, 0]] | scope.new[pairs[:, 1]])
    at = np.flatnonzero(enough)
    enough[at] = ~headlines_disagree(pairs[at], scope.specs, scope.codes, sets)
    small = scope.documents[pairs[:, 0]] < PRIOR_DOCS  # one language: both corpora alike
    at = np.flatnonzero(enough & small)
    enough[at] = share_specifics(sets, pairs[at])
    flagged = {}
    for at in np.flatnonzero(enough).tolist():
        i, j = pairs[at].tolist()
        if cluster.get(i, i) == cluster.get(j, j):
            a, b = sorted((scope.ids[i], scope.ids[j]))
            pair = StoryPair(
                float(similar[at]), shared_terms(sets, i, j), int(phrases[at]), bool(both_dated[at])
            )
            flagged[(a, b)] = pair
    return flagged


def within_window(
    pairs: np.ndarray, days: np.ndarray, window_days: int = WINDOW_DAYS
) -> np.ndarray:
    """Return the pairs whose days are ``window_days`` apart at most (undated: the run's day)."""
    return pairs[np.abs(days[pairs[:, 0]] - days[pairs[:, 1]]) <= window_days]


def evident(
    sets: WeightedSets, pairs: np.ndarray, days: np.ndarray, window_days: int
) -> np.ndarray:
    """Return the pairs in the window with the evidence a flag needs, whatever their scale."""
    pairs, similar, phrases, titles, covered = verify(sets, within_window(pairs, days, window_days))
    loosest = np.ones(len(pairs), dtype=bool)  # the dated bars, the lower ones
    return pairs[evidence(pairs, similar, phrases, titles, covered, loosest, has_title(sets))]


def shared_terms(sets: WeightedSets, i: int, j: int) -> tuple[int, ...]:
    """Return the TERMS_SHOWN shared terms of two documents that weigh most, heaviest first."""
    left, right = sets.document(i), sets.document(j)
    common, at_left, at_right = np.intersect1d(
        sets.terms[left], sets.terms[right], assume_unique=True, return_indices=True
    )
    weight = np.minimum(sets.weights(at_left + left.start), sets.weights(at_right + right.start))
    # Rarest first, and a pair ("xi jinping") before a word of the same rarity: most specific.
    rare = sets.rarity[at_left + left.start]
    order = np.lexsort((common, -weight, -(common & PAIR_BIT).astype(np.int8), -rare))
    # A language's frequent words ("these") count, but do not tell a person why a pair was made.
    word = (common & PAIR_BIT) == 0
    frequent = word & ~np.isin(sets.boosts[at_left + left.start], PART_BOOSTS)
    shown = (weight > 0) & ~frequent
    return tuple(common[order][shown[order]][:TERMS_SHOWN].tolist())


def verify(sets: WeightedSets, pairs: np.ndarray) -> tuple[np.ndarray, ...]:
    """Return the pairs that share any weight, their weighted Jaccard, phrases and title words."""
    values = np.zeros(len(pairs))
    phrases = np.zeros(len(pairs), dtype=np.int64)
    titles = np.zeros(len(pairs), dtype=np.int64)
    covered = np.zeros(len(pairs))
    title_sizes = title_words(sets)
    bars = coverage_bars(sets)
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
        rows = np.repeat(np.arange(len(left)), sizes)
        shared = np.bincount(rows, shared_each, len(left))
        is_pair = (sets.terms[entry] & PAIR_BIT) != 0
        least = np.minimum(sets.boosts[entry], sets.boosts[at])
        phrases[start : start + step] = np.bincount(rows, (shared_each > 0) & is_pair, len(left))
        # A word of both titles: a title's boost in both (a frequent word's included).
        in_titles = (shared_each > 0) & ~is_pair & (least >= TITLE_WORD)
        titles[start : start + step] = np.bincount(rows, in_titles, len(left))
        # Each title's words that the other document holds anywhere, over the bar it sets.
        title_word = found & ~is_pair
        on_left = np.bincount(rows, title_word & (sets.boosts[entry] >= TITLE_WORD), len(left))
        on_right = np.bincount(rows, title_word & (sets.boosts[at] >= TITLE_WORD), len(left))
        coverage = np.minimum(
            on_left / np.maximum(title_sizes[left], 1) / bars[right],
            on_right / np.maximum(title_sizes[right], 1) / bars[left],
        )
        covered[start : start + step] = np.where(
            (title_sizes[left] > 0) & (title_sizes[right] > 0), coverage, np.inf
        )
        union = sets.totals[left] + sets.totals[right] - shared
        values[start : start + step] = np.divide(
            shared, union, out=np.zeros_like(shared), where=union > 0
        )

    with ThreadPoolExecutor(max_workers=THREADS) as pool:
        list(pool.map(verify_batch, range(0, len(pairs), step)))
    keep = values > 0
    return pairs[keep], values[keep], phrases[keep], titles[keep], covered[keep]


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


def stands_out(pairs: np.ndarray, similar: np.ndarray, small: np.ndarray) -> np.ndarray:
    """Tell, for each pair, that it is not far below the best pair of either document.

    In a handful of documents on one topic every pair is someone's neighbour and IDF cannot tell
    a topic word from a name: a document whose language has fewer than SMALL_CORPUS documents
    pairs only within BEST_SHARE of its best similarity, any other within ANY_BEST_SHARE.
    """
    best = np.zeros(len(small))
    np.maximum.at(best, pairs[:, 0], similar)
    np.maximum.at(best, pairs[:, 1], similar)
    ok = np.ones(len(pairs), dtype=bool)
    for side in (0, 1):
        at = pairs[:, side]
        ok &= similar >= np.where(small[at], BEST_SHARE, ANY_BEST_SHARE) * best[at]
    return ok


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
