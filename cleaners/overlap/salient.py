"""Same-story terms: what a story is about, as hashed terms weighted by corpus rarity later.

Two outlets' write-ups of one event share almost no word sequences but name the same people,
places, numbers and uncommon words, mostly in the title and the lead. A document's salient terms
are the content words (not common in its language, two characters or more) of its title, the first
``LEAD_WORDS`` content words of its text and, after the lead, up to ``ENTITY_WORDS`` names and
numbers (words written with a capital or a digit: "RUSI", "Belousov", "2027"), plus the pairs of
neighbouring terms ("travel ban", "Xi Jinping"), which are rarer and so stronger evidence than
either word. Each term carries a boost, the largest of its occurrences: ``TITLE_BOOST`` in the
title, 1 in the lead, ``ENTITY_BOOST`` after it, times ``PHRASE_BOOST`` for a pair, and times
``FREQUENT_BOOST`` for a frequent word of the language (a boost no other word has, so that a flag
does not name it). Common words
of the document's language (cleaners/overlap/stopwords.py) are never terms, and every term is salted
with that language: documents in different languages share no term, so they are never compared.
A term's lowest bit says whether it is a word (0) or a pair (1), so that the evidence of a pair
can count shared phrases; a document's ``lexicon`` spells its words, so that a flag can name them.
Each term also carries its Zipf frequency in general use (cleaners/overlap/prior.py: its rarer
word's for a pair), known only while the words are.

The terms are kept as uint64 hashes with their boosts; the corpus weight of a term (its inverse
document frequency, IDF) is only known once per run, over the run's documents and the persisted
index, and is applied then (cleaners/overlap/weights.py).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

import numpy as np

from cleaners.overlap.prior import word_zipf
from cleaners.overlap.stopwords import JUSTEXT_STOPLISTS, frequent_hashes, stopword_hashes
from cleaners.overlap.tokens import U64, Words, mix64_inplace, word_hashes

LEAD_WORDS = 48  # content words of the text after the title: a news lead
TITLE_BOOST = 1.5  # a title names the story in the fewest words
PHRASE_BOOST = 0.5  # a word pair adds evidence on top of its two words, not twice as much
ENTITY_WORDS = 64  # names and numbers after the lead: who and what the whole article names
# Names after the lead are the article's background (a guide's product list, a season's teams):
# they add evidence, but half what the title and lead, which say what the story is, add.
ENTITY_BOOST = 0.5
# The frequent words of a language (past its stoplist: "these", "government") tell a topic, not
# a story: they count, less than other words, and are never named as a flag's terms.
FREQUENT_BOOST = 0.75
PAIR_MULTIPLIER = U64(0x100000001B3)
PART_BOOSTS = np.array([TITLE_BOOST, 1.0, ENTITY_BOOST], dtype=np.float32)  # title, lead, names

PAIR_BIT = U64(1)  # set in a pair's hash, clear in a word's
LISTED_LANGUAGES = frozenset([*JUSTEXT_STOPLISTS, "zh", "ja"])


def salient_terms(
    words: Words,
    title_words: int,
    language: str | None = None,
    spell: Callable[[np.ndarray], list[str]] | None = None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Return the unique salient terms, boosts and Zipf frequencies of hashed words (title first).

    ``spell`` gives the lower-cased words at positions (prior.py: without it, every Zipf
    frequency is 0). The fourth array holds the positions of the terms' words, in order.
    """
    hashes = words.hashes
    stopwords = stopword_hashes(language if language in LISTED_LANGUAGES else None)
    found = np.append(stopwords, U64(0))[np.searchsorted(stopwords, hashes)]
    positions = np.flatnonzero((words.lengths >= 2) & (found != hashes))
    del found  # a word's worth of memory for every word of the text (a 50 MB line has millions)
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
    part_boost = np.repeat(PART_BOOSTS, [len(head), len(lead), len(named)])
    boost = part_boost * np.where(is_frequent(hashes[sequence], language), FREQUENT_BOOST, 1.0)
    boost = boost.astype(np.float32)
    # Neighbouring content words of one part make a pair; names only when nothing stands between.
    neighbours = sequence[1:] == sequence[:-1] + 1
    lead_end = len(head) + len(lead)
    neighbours[: max(lead_end - 1, 0)] = True
    for end in (len(head), lead_end):  # a part's last word does not pair with the next part's
        if 0 < end < len(sequence):
            neighbours[end - 1] = False
    paired = np.flatnonzero(neighbours)
    words_in = words.stems[sequence] & ~PAIR_BIT
    pairs = pair_hashes(words_in[paired], words_in[paired + 1])
    terms = np.concatenate([words_in, pairs]) ^ language_salt(language)
    # A pair of frequent words is a phrase like any other ("white house"): its rarity tells.
    boosts = np.concatenate([boost, part_boost[paired] * np.float32(PHRASE_BOOST)])
    zipf = word_zipf(spell(sequence), language) if spell else np.zeros(len(sequence), np.float32)
    zipf = np.concatenate([zipf, np.minimum(zipf[paired], zipf[paired + 1])])
    terms, boosts, zipf = largest_boosts(terms, boosts, zipf)
    return terms, boosts, zipf, sequence


def is_frequent(hashes: np.ndarray, language: str | None) -> np.ndarray:
    """Tell, for hashed words, that they are frequent words of the language."""
    frequent = frequent_hashes(language if language in LISTED_LANGUAGES else None)
    return np.append(frequent, U64(0))[np.searchsorted(frequent, hashes)] == hashes


def largest_boosts(
    terms: np.ndarray, boosts: np.ndarray, zipf: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Return the sorted distinct terms, the largest boost and the lowest Zipf frequency of each."""
    order = np.argsort(terms)
    terms, boosts, zipf = terms[order], boosts[order], zipf[order]
    firsts = np.empty(len(terms), dtype=bool)
    firsts[:1] = True
    np.not_equal(terms[1:], terms[:-1], out=firsts[1:])
    starts = np.flatnonzero(firsts)
    if not len(starts):
        return terms, boosts, zipf
    # A stem's rarest spelling counts ("militia" and "military" share "milita").
    return (
        terms[starts],
        np.maximum.reduceat(boosts, starts),
        np.minimum.reduceat(zipf, starts),
    )


def pair_hashes(first: np.ndarray, second: np.ndarray) -> np.ndarray:
    """Return the hashes of word pairs, from the hashes of their first and second words."""
    combined = first * PAIR_MULTIPLIER
    combined += second
    return mix64_inplace(combined) | PAIR_BIT


@lru_cache(maxsize=256)
def language_salt(language: str | None) -> np.uint64:
    """Return the value a language's terms are XORed with (its pair bit clear)."""
    if not language:
        return U64(0)
    return U64(int(word_hashes(f"language {language}").hashes[-1]) & ~1)


def spellings(lowered: str, words: Words, positions: np.ndarray) -> list[str]:
    """Return the words at ``positions`` of a lower-cased text."""
    starts, lengths = words.starts[positions].tolist(), words.lengths[positions].tolist()
    return [lowered[s : s + n] for s, n in zip(starts, lengths, strict=True)]


def lexicon(spelled: list[str]) -> str:
    """Return the distinct words of `spellings`, space-separated, in their first order."""
    return " ".join(dict.fromkeys(spelled))


def name_terms(spelling: str, language: str | None, wanted: np.ndarray) -> dict[int, str]:
    """Return how a lexicon spells the wanted terms it holds (a word, or two for a pair)."""
    words = spelling.split()
    if not words or not len(wanted):
        return {}
    stems = word_hashes(spelling).stems
    if len(stems) != len(words):  # a lexicon word never splits, but a bad one must not mislead
        return {}
    stems &= ~PAIR_BIT
    salt = language_salt(language)
    wanted_set = set(np.asarray(wanted, dtype=U64).tolist())
    names: dict[int, str] = {}
    for n, t in enumerate((stems ^ salt).tolist()):  # the first spelling of a stem names it
        if t in wanted_set:
            names.setdefault(t, words[n])
    pairs = {t for t in wanted_set if t & 1 and t not in names}
    # A pair's words are mostly next to each other in the lexicon (first occurrences in order):
    # those are tried first, every ordered pair of words only for what is left.
    count = len(words)
    for left, right in (
        (np.arange(count - 1), np.arange(1, count)),
        np.divmod(np.arange(count * count), count),
    ):
        if not pairs:
            break
        paired = (pair_hashes(stems[left], stems[right]) ^ salt).tolist()
        for i, j, t in zip(left.tolist(), right.tolist(), paired, strict=True):
            if t in pairs:
                names[t] = f"{words[i]} {words[j]}"
                pairs.discard(t)
    return names
