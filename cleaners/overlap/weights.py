"""Weigh same-story terms: what a story shares is its specifics, not common vocabulary.

A term's weight in a document is its boost (cleaners/overlap/salient.py: title, lead, names,
pairs) times its rarity, ``IDF**IDF_POWER``, where IDF is counted among the distinct texts of the
document's language (terms are salted by language, and the document count is the language's).
A term weighs nothing when it cannot tell one story from another:

- it is in one document only (it cannot be shared);
- it recurs across the corpus: in at least ``COMMON_MIN_DOCS`` documents (or in all of a
  smaller corpus) and ``COMMON_SHARE`` of the language's (the words of a topic everyone covers,
  a language's everyday words the stoplist missed);
- it recurs across one site's documents: in at least ``SITE_MIN_DOCS`` of them and
  ``SITE_SHARE`` of the site's documents in scope (its furniture, section names, its company's
  product names: two pages of one software vendor share those and nothing else).

Memory: every document's terms are packed into one array (each document's a slice), with a
float32 boost and a float32 rarity a term; weights are computed when they are compared.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from cleaners.overlap import prior
from cleaners.overlap.arrays import unique_inverse
from cleaners.overlap.tokens import U64, mix64

IDF_POWER = 0.5  # rarer terms count more; flatter: a corpus-common term already weighs nothing
COMMON_MIN_DOCS = 5
COMMON_SHARE = 0.1
SITE_MIN_DOCS = 2
SITE_SHARE = 0.1
# Documents weighed at once: bounds the temporaries of a 100,000-document scope.
WEIGH_BATCH = 4096


@dataclass(frozen=True, slots=True, eq=False)
class WeightedSets:
    """Every document's terms, packed: one array for all, each document's a slice."""

    terms: np.ndarray  # uint64, each document's sorted and unique
    boosts: np.ndarray  # float32, one per term
    rarity: np.ndarray  # float32 IDF**IDF_POWER, 0 for a term that cannot be evidence
    offsets: np.ndarray  # where each document's terms start (documents + 1 entries)
    totals: np.ndarray  # each document's total weight
    # bool: rarer than prior.SPECIFIC_ZIPF in general use (a name, an uncommon word); None: all
    specific: np.ndarray | None = None

    def weights(self, entries: np.ndarray | slice) -> np.ndarray:
        """Return the weights of the terms at ``entries`` (float64)."""
        return self.boosts[entries].astype(np.float64) * self.rarity[entries]

    def document(self, row: int) -> slice:
        """Return the slice of one document's terms."""
        return slice(int(self.offsets[row]), int(self.offsets[row + 1]))


def term_counts(
    terms: list[np.ndarray], frequencies: Callable[[np.ndarray], np.ndarray]
) -> np.ndarray:
    """Return the document frequencies of every document's terms, packed (int32), in batches."""
    sizes = [len(t) for t in terms]
    counts = np.empty(sum(sizes), dtype=np.int32)
    at = 0
    for first in range(0, len(sizes), WEIGH_BATCH):
        found = frequencies(np.concatenate(terms[first : first + WEIGH_BATCH]))
        counts[at : at + len(found)] = found
        at += len(found)
    return counts


def rarity(counts: np.ndarray, documents: np.ndarray) -> np.ndarray:
    """Return IDF**IDF_POWER of terms from their counts and their language's documents.

    Zero for a term seen once, and for one common in its language (COMMON_MIN_DOCS, COMMON_SHARE).
    """
    idf = np.log(documents / np.maximum(counts, 1))
    common = (counts >= np.minimum(COMMON_MIN_DOCS, documents)) & (
        counts >= COMMON_SHARE * documents
    )
    return np.where((counts > 1) & ~common, np.maximum(idf, 0.0) ** IDF_POWER, 0.0).astype(
        np.float32
    )


def weighted_sets(
    terms: list[np.ndarray],
    boosts: list[np.ndarray],
    counts: np.ndarray,
    documents: np.ndarray,
    sites: np.ndarray,
    zipf: list[np.ndarray | None] | None = None,
) -> WeightedSets:
    """Return the documents' weighted term sets.

    ``counts`` are the packed document frequencies (`term_counts`, int32; overwritten with the
    rarities), ``documents`` each document's language's distinct texts, ``sites`` each
    document's site number (-1: unknown), ``zipf`` each document's terms' Zipf frequencies in
    general use (cleaners/overlap/prior.py; None: rare).
    """
    sizes = np.array([len(t) for t in terms], dtype=np.int64)
    offsets = np.r_[0, np.cumsum(sizes)]
    # The rarities take the counts' place, batch by batch (int32 and float32: same size): the
    # counts of 100,000 documents' terms are 56 MB that need not be held twice.
    rarities = counts.view(np.float32)
    for first in range(0, len(terms), WEIGH_BATCH):
        last = min(first + WEIGH_BATCH, len(terms))
        span = slice(offsets[first], offsets[last])
        found = rarity(counts[span].copy(), np.repeat(documents[first:last], sizes[first:last]))
        rarities[span] = found
    packed = np.concatenate(terms or [np.zeros(0, U64)])
    rarities[site_furniture(packed, sites, sizes)] = 0.0
    sets = WeightedSets(
        terms=packed,
        boosts=np.concatenate(boosts or [np.zeros(0, np.float32)]),
        rarity=rarities,
        offsets=offsets,
        totals=np.zeros(len(terms)),
        specific=None if zipf is None else specific_terms(zipf, sizes),
    )
    for first in range(0, len(terms), WEIGH_BATCH):
        last = min(first + WEIGH_BATCH, len(terms))
        start = offsets[first]
        sets.totals[first:last] = document_totals(
            sets.weights(slice(start, offsets[last])), offsets[first : last + 1] - start
        )
    return sets


def specific_terms(zipf: list[np.ndarray | None], sizes: np.ndarray) -> np.ndarray:
    """Tell, for the packed terms, that they are rare in general use (prior.SPECIFIC_ZIPF).

    A document signed without Zipf frequencies (an older index's) has only specific terms.
    """
    found = [
        np.ones(n, dtype=bool) if z is None else z < prior.SPECIFIC_ZIPF
        for z, n in zip(zipf, sizes.tolist(), strict=True)
    ]
    return np.concatenate(found or [np.zeros(0, dtype=bool)])


def site_furniture(terms: np.ndarray, sites: np.ndarray, sizes: np.ndarray) -> np.ndarray:
    """Return the packed positions of terms that recur across their site's documents."""
    per_site = np.bincount(sites[sites >= 0], minlength=1) if len(sites) else np.zeros(1, int)
    shared = np.flatnonzero(per_site >= SITE_MIN_DOCS)
    if not len(shared):
        return np.zeros(0, dtype=np.int64)
    doc = np.repeat(np.arange(len(sizes)), sizes)
    at = np.flatnonzero(np.isin(sites, shared)[doc])  # only sites with several documents
    site = sites[doc[at]]
    keys = mix64(terms[at] ^ mix64(site.astype(U64) + U64(1)))
    _, where = unique_inverse(keys)
    counts = np.bincount(where)[where]
    furniture = (counts >= SITE_MIN_DOCS) & (counts >= SITE_SHARE * per_site[site])
    return at[furniture]


def document_totals(weights: np.ndarray, offsets: np.ndarray) -> np.ndarray:
    """Return the sum of each document's slice of packed weights (0 for a document without)."""
    totals = np.zeros(len(offsets) - 1)
    filled = np.flatnonzero(offsets[1:] > offsets[:-1])
    if len(filled):
        totals[filled] = np.add.reduceat(weights, offsets[filled])
    return totals


def heaviest_terms(sets: WeightedSets, limit: int) -> tuple[np.ndarray, ...]:
    """Return (documents, limit) arrays of each document's heaviest terms and weights.

    Weights are float32 (as the sketches use them); the third array says which documents have
    a weighted term at all.
    """
    count = len(sets.offsets) - 1
    heavy_terms = np.zeros((count, limit), dtype=U64)
    heavy = np.zeros((count, limit), dtype=np.float32)
    weighted = np.zeros(count, dtype=bool)
    offsets = sets.offsets
    for first in range(0, count, WEIGH_BATCH):
        last = min(first + WEIGH_BATCH, count)
        span = slice(offsets[first], offsets[last])
        w = sets.weights(span)
        sizes = np.diff(offsets[first : last + 1])
        doc = np.repeat(np.arange(first, last), sizes)
        order = np.lexsort((-w, doc))  # by document, heaviest first, ties in term order
        rank = np.arange(len(order)) - np.repeat(offsets[first:last] - offsets[first], sizes)
        keep = (rank < limit) & (w[order] > 0)
        rows, columns, at = doc[keep], rank[keep], order[keep]
        heavy_terms[rows, columns] = sets.terms[span][at]
        heavy[rows, columns] = w[at]
        weighted[rows[columns == 0]] = True
    return heavy_terms, heavy, weighted


def weighted_only(sets: WeightedSets) -> WeightedSets:
    """Return the sets without the terms that weigh nothing (the same sums, shared terms, sketches).

    Most salient terms are in one document only: dropped, they leave verification a fifth of
    the entries to look up, and every weight, total and shared term as it was.
    """
    keep = (sets.rarity > 0) & (sets.boosts > 0)
    before = np.r_[0, np.cumsum(keep)]  # kept entries before each position
    return WeightedSets(
        terms=sets.terms[keep],
        boosts=sets.boosts[keep],
        rarity=sets.rarity[keep],
        offsets=before[sets.offsets].astype(np.int64),
        totals=sets.totals,
        specific=None if sets.specific is None else sets.specific[keep],
    )
