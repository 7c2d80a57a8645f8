"""Same-story terms: what a story is about, as hashed terms weighted by corpus rarity later.

Two outlets' write-ups of one event share almost no word sequences but name the same people,
places, numbers and uncommon words, mostly in the title and the lead. A document's salient terms
are the content words (not in ``STOPWORDS``, two characters or more) of its title, the first
``LEAD_WORDS`` content words of its text and, after the lead, up to ``ENTITY_WORDS`` names and
numbers (words written with a capital or a digit: "RUSI", "Belousov", "2027"), plus the pairs of
neighbouring terms ("travel ban", "Xi Jinping"), which are rarer and so stronger evidence than
either word. Each term carries a boost, the largest of its occurrences: ``TITLE_BOOST`` in the
title, 1 in the lead, ``ENTITY_BOOST`` after it, times ``PHRASE_BOOST`` for a pair. The words are
English-agnostic hashes (cleaners/tokens.py); only the stopwords are English.

The terms are kept as uint64 hashes with their boosts; the corpus weight of a term (its inverse
document frequency, IDF) is only known once per run, over the run's documents and the persisted
index, and is applied then (``term_weights``, used by cleaners/stories.py).
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from cleaners.overlap.tokens import U64, Words, mix64_inplace, word_hashes

LEAD_WORDS = 48  # content words of the text after the title: a news lead
TITLE_BOOST = 1.5  # a title names the story in the fewest words
PHRASE_BOOST = 0.5  # a word pair adds evidence on top of its two words, not twice as much
ENTITY_WORDS = 64  # names and numbers after the lead: who and what the whole article names
ENTITY_BOOST = 1.0
IDF_POWER = 1.5  # rarer terms count more than plain IDF says: names and numbers carry the story
PAIR_MULTIPLIER = U64(0x100000001B3)
PART_BOOSTS = np.array([TITLE_BOOST, 1.0, ENTITY_BOOST], dtype=np.float32)  # title, lead, names

# English function words and reporting verbs: they say nothing about which story a text tells.
# Other languages rely on IDF alone (their function words get a low weight, not none).
STOPWORD_TEXT = """
    a about above after again against ago all also am among an and another any are around as at
    be because been before being below between both but by can could did do does doing down
    during each either even ever every few for from further had has have having he her here
    hers herself him himself his how however i if in into is it its itself just last later
    latest least less like many may me might more most much must my myself near new news no nor
    not now of off on once one only or other our ours ourselves out over own per said same say
    saying says she should since so some still such than that the their theirs them themselves
    then there these they this those though three through to told too two under until up upon
    us very via was we were what when where whether which while who whom whose why will with
    within without would yet you your yours yourself
"""
STOPWORDS = frozenset(STOPWORD_TEXT.split())


def salient_terms(words: Words, title_words: int) -> tuple[np.ndarray, np.ndarray]:
    """Return the unique salient term hashes and boosts of hashed words (the title's first)."""
    hashes = words.hashes
    stopwords = stopword_hashes()
    found = stopwords[np.minimum(np.searchsorted(stopwords, hashes), len(stopwords) - 1)]
    positions = np.flatnonzero((words.lengths >= 2) & (found != hashes))
    split = int(np.searchsorted(positions, title_words))
    head, body = positions[:split], positions[split:]
    repeated = 2 * title_words <= len(hashes) and np.array_equal(
        hashes[:title_words], hashes[title_words : 2 * title_words]
    )
    if title_words and repeated:  # the text repeats its title on its first line: skip it
        body = body[body >= 2 * title_words]
    lead, later = body[:LEAD_WORDS], body[LEAD_WORDS:]
    named = later[words.capitalised[later]][:ENTITY_WORDS]
    sequence = np.concatenate([head, lead, named])
    boost = np.repeat(PART_BOOSTS, [len(head), len(lead), len(named)])
    # Neighbouring content words of one part make a pair; names only when nothing stands between.
    neighbours = sequence[1:] == sequence[:-1] + 1
    lead_end = len(head) + len(lead)
    neighbours[: max(lead_end - 1, 0)] = True
    for end in (len(head), lead_end):  # a part's last word does not pair with the next part's
        if 0 < end < len(sequence):
            neighbours[end - 1] = False
    paired = np.flatnonzero(neighbours)
    words_in = hashes[sequence]
    terms = np.concatenate([words_in, pair_hashes(words_in[paired], words_in[paired + 1])])
    boosts = np.concatenate([boost, boost[paired] * np.float32(PHRASE_BOOST)])
    return largest_boosts(terms, boosts)


def largest_boosts(terms: np.ndarray, boosts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Return the sorted distinct terms and the largest boost of each."""
    order = np.argsort(terms)
    terms, boosts = terms[order], boosts[order]
    firsts = np.empty(len(terms), dtype=bool)
    firsts[:1] = True
    np.not_equal(terms[1:], terms[:-1], out=firsts[1:])
    starts = np.flatnonzero(firsts)
    if not len(starts):
        return terms, boosts
    return terms[starts], np.maximum.reduceat(boosts, starts)


def pair_hashes(first: np.ndarray, second: np.ndarray) -> np.ndarray:
    """Return the hashes of word pairs, from the hashes of their first and second words."""
    combined = first * PAIR_MULTIPLIER
    combined += second
    return mix64_inplace(combined)


@lru_cache(maxsize=1)
def stopword_hashes() -> np.ndarray:
    """Return the sorted word hashes of ``STOPWORDS``."""
    hashes = np.sort(word_hashes(" ".join(sorted(STOPWORDS))).hashes)
    hashes.setflags(write=False)
    return hashes


def term_weights(boosts: np.ndarray, frequencies: np.ndarray, documents: int) -> np.ndarray:
    """Return the weights of terms: boost times IDF**IDF_POWER; zero for terms seen only once."""
    idf = np.log(documents / np.maximum(frequencies, 1))
    return np.where(frequencies > 1, boosts * idf**IDF_POWER, 0.0)
