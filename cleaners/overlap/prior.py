"""A language's general word frequencies: what a small corpus cannot say about its words.

IDF counted over a handful of documents of one language weighs every word they share alike, so
two reports of one topic ("military exercises", "troops", "ministry") look as alike as two of
one event ("Vostok", "RUSI"). Each salient term therefore carries, from signing (when its words
are known), its Zipf frequency in general use: log10 of its frequency per billion words, from
wordfreq's lists of 40+ languages, which ship inside the package. A pair of words takes its
rarer word's, a stem its rarest spelling's. In a language with fewer than ``PRIOR_DOCS``
documents in scope, a same-story pair must share a term rarer than ``SPECIFIC_ZIPF`` (a name,
a place, an uncommon word) that weighs something (cleaners/overlap/evidence.py).
0 stands for a word the list lacks (most numbers: the lists smash digits to zeros, "2024" is
"0000"; "5" is listed, and common) and for every word of a language without a list: Chinese,
Japanese and Korean are hashed as character bigrams, which the lists lack.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

# Rarer than about 3 per million words: "RUSI" (2.0), "Vostok" (2.4), "Gobi" (2.5), not
# "drills" (3.6), "exercises" (4.1), "troops" (4.6).
SPECIFIC_ZIPF = 3.5
# Zipf frequencies are kept in twentieths (exact in one byte a term: the index stores them so).
ZIPF_STEPS = 20
PRIOR_DOCS = 200  # documents of a language from which its own IDF tells a topic from a story
BIGRAM_LANGUAGES = frozenset(["zh", "ja", "ko"])


@lru_cache(maxsize=64)
def frequencies(language: str) -> dict[str, float]:
    """Return a language's word frequencies (wordfreq's small list; empty: no list)."""
    if not language or language in BIGRAM_LANGUAGES:
        return {}
    from wordfreq import available_languages, get_frequency_dict  # deferred: 0.1 s to import

    if language not in available_languages("small"):
        return {}
    return get_frequency_dict(language, wordlist="small")


def word_zipf(spelled: list[str], language: str | None) -> np.ndarray:
    """Return the Zipf frequency (float32) of lower-cased words; 0: not listed (rare)."""
    found = frequencies(language or "")
    if not found:
        return np.zeros(len(spelled), dtype=np.float32)
    frequency = np.fromiter((found.get(w, 0.0) for w in spelled), np.float64, len(spelled))
    zipf = np.log10(np.maximum(frequency, 1e-9)) + 9.0
    return (np.round(zipf * ZIPF_STEPS) / ZIPF_STEPS).astype(np.float32)


def zipf_bytes(zipf: np.ndarray) -> np.ndarray:
    """Return Zipf frequencies as one byte each (in ZIPF_STEPS, as `word_zipf` rounds them)."""
    return np.clip(np.round(zipf * ZIPF_STEPS), 0, 255).astype(np.uint8)


def zipf_of_bytes(stored: np.ndarray) -> np.ndarray:
    """Return the Zipf frequencies (float32) that `zipf_bytes` stored."""
    return (stored.astype(np.float32) / ZIPF_STEPS).astype(np.float32)
