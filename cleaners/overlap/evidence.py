"""What a same-story pair must share, whatever the corpus around it: the absolute evidence bars.

Local scaling (cleaners/overlap/stories.py) asks that a pair stand out from each document's other
neighbours; these bars hold where the corpus says little (a handful of unrelated documents
always has a best pair) and where one topic fills the corpus (every pair of its documents looks
alike). A pair shares phrases, not only words; a least similarity, higher when a document has no
date (nothing then says the two come from the same week); and, when both documents have a
title, their headlines agree: outlets headline one event by its specifics, two events of one
topic headline different ones. A full article (names past its lead) holds its event's people,
places and numbers, so another outlet's headline of that event is mostly found in it; a title
and lead hold less. Headlines that name different models or sizes ("13-inch" and "16-inch", a
"PS4" that the other full article never names) tell different things (cleaners/overlap/
specifics.py). In a language with few documents, whose IDF cannot tell a topic's words from
names, a pair shares a word rare in general use (cleaners/overlap/prior.py). docs/overlap.md has
the measurements.
"""

from __future__ import annotations

import numpy as np

from cleaners.overlap.salient import ENTITY_BOOST, FREQUENT_BOOST, PAIR_BIT, TITLE_BOOST
from cleaners.overlap.specifics import disagreement
from cleaners.overlap.weights import WeightedSets

MIN_SHARED_PHRASES = 2
MIN_SIMILARITY = 0.05
UNDATED_SHARED_PHRASES = 2
UNDATED_SIMILARITY = 0.1
TITLE_WORDS_FOR_PHRASES = 2  # words of both titles that stand for all shared phrases but one
MIN_SHARED_TITLE_WORDS = 1  # when both documents have a title
MIN_TITLE_COVERAGE = 0.25  # each title's words found in the other document, when both have one
# ... found in a full article, one that names at least FULL_TEXT_NAMES people, places or numbers
# past its lead (that weigh something): it names its event's specifics, not only a topic's.
FULL_TEXT_NAMES = 5
FULL_TEXT_TITLE_COVERAGE = 0.4
# Two undated documents, one of them without a title, say neither when their events happened nor
# what one of them is: only a much closer similarity is then one story (two undated reports of
# one topic months apart share the topic's phrases, "joint naval exercises", "military ties").
ANONYMOUS_SIMILARITY = 0.4
TITLE_WORD = TITLE_BOOST * FREQUENT_BOOST  # the least boost of a title's word


def evidence(
    pairs: np.ndarray,
    similar: np.ndarray,
    phrases: np.ndarray,
    titles: np.ndarray,
    covered: np.ndarray,
    both_dated: np.ndarray,
    titled: np.ndarray,
) -> np.ndarray:
    """Tell, for each pair, that it carries the absolute evidence of one story.

    Shared phrases (or shared title words and a phrase: outlets headline an event by its
    specifics), a least similarity, and, when both documents have a title, a shared title word
    and each title's words found in the other document (``covered``: the smaller share over
    the bar that document sets, `coverage_bars`; at least 1): two pages that share a topic's
    vocabulary in their text but not their headlines' specifics tell two events (a newsletter
    and one of its items, two athletes' positive tests).
    """
    enough = np.where(both_dated, phrases >= MIN_SHARED_PHRASES, phrases >= UNDATED_SHARED_PHRASES)
    enough |= (titles >= TITLE_WORDS_FOR_PHRASES) & (phrases >= 1)
    enough &= similar >= np.where(both_dated, MIN_SIMILARITY, UNDATED_SIMILARITY)
    both_titled = titled[pairs[:, 0]] & titled[pairs[:, 1]]
    headlines = (titles >= MIN_SHARED_TITLE_WORDS) & (covered >= 1.0)
    return enough & (headlines | ~both_titled)


def anonymous_pairs(pairs: np.ndarray, titled: np.ndarray, dated: np.ndarray) -> np.ndarray:
    """Tell, for each pair, that neither document has a date and one has no title."""
    first, second = pairs[:, 0], pairs[:, 1]
    undated = ~dated[first] & ~dated[second]
    return undated & ~(titled[first] & titled[second])


def title_words(sets: WeightedSets) -> np.ndarray:
    """Return how many words each document's title holds (frequent words included)."""
    words = ((sets.terms & PAIR_BIT) == 0) & (sets.boosts >= TITLE_WORD)
    doc = np.repeat(np.arange(len(sets.offsets) - 1), np.diff(sets.offsets))
    return np.bincount(doc[words], minlength=len(sets.offsets) - 1)


def has_title(sets: WeightedSets) -> np.ndarray:
    """Tell, for each document, that its title holds a word that is not a frequent word."""
    words = ((sets.terms & PAIR_BIT) == 0) & (sets.boosts >= TITLE_BOOST)
    doc = np.repeat(np.arange(len(sets.offsets) - 1), np.diff(sets.offsets))
    return np.bincount(doc[words], minlength=len(sets.offsets) - 1) > 0


def coverage_bars(sets: WeightedSets) -> np.ndarray:
    """Return the share of another document's title words each document must hold."""
    return np.where(full_articles(sets), FULL_TEXT_TITLE_COVERAGE, MIN_TITLE_COVERAGE)


def full_articles(sets: WeightedSets) -> np.ndarray:
    """Tell, for each document, that it is a full article: it names FULL_TEXT_NAMES past its lead."""
    doc = np.repeat(np.arange(len(sets.offsets) - 1), np.diff(sets.offsets))
    count = len(sets.offsets) - 1
    return np.bincount(doc[names(sets, slice(None))], minlength=count) >= FULL_TEXT_NAMES


def is_full_article(sets: WeightedSets, row: int) -> bool:
    """Tell that one document is a full article (as `full_articles`)."""
    return int(np.count_nonzero(names(sets, sets.document(row)))) >= FULL_TEXT_NAMES


def names(sets: WeightedSets, entries: slice) -> np.ndarray:
    """Tell, for the packed terms at ``entries``, that they are names past a lead (no pairs)."""
    return ((sets.terms[entries] & PAIR_BIT) == 0) & (sets.boosts[entries] <= ENTITY_BOOST)


def headlines_disagree(
    pairs: np.ndarray, specs: list[str], codes: list[np.ndarray | None], sets: WeightedSets
) -> np.ndarray:
    """Tell, for each pair, that its headlines name different things (specifics.py).

    Only pairs with a headline spec on either side are looked at (few: most headlines have none).
    """
    found = np.zeros(len(pairs), dtype=bool)
    for at, (i, j) in enumerate(pairs.tolist()):
        if specs[i] or specs[j]:
            full = (is_full_article(sets, i), is_full_article(sets, j))
            found[at] = bool(disagreement((specs[i], specs[j]), (codes[i], codes[j]), full))
    return found


def share_specifics(sets: WeightedSets, pairs: np.ndarray) -> np.ndarray:
    """Tell, for each pair, that it shares a weighed term rare in general use (prior.py).

    In a small corpus IDF weighs a topic's words as it weighs names: two reports of one topic
    share "military exercises"; two of one event also share a name or an uncommon word.
    """
    found = np.ones(len(pairs), dtype=bool)
    if sets.specific is None:
        return found
    for at, (i, j) in enumerate(pairs.tolist()):
        left, right = sets.document(i), sets.document(j)
        specific = sets.terms[left][sets.specific[left] & (sets.rarity[left] > 0)]
        found[at] = bool(np.isin(specific, sets.terms[right], assume_unique=True).any())
    return found
