"""Each language's common words: never same-story evidence, whatever a small corpus says of them.

A corpus weighs a term by its rarity (IDF), but a run of a few documents, or of a few documents in
one language among many in another, cannot tell a language's everyday words from a story's names.
So every language carries a list of words that never count: its most frequent words, taken from
jusText's stoplists (frequency-ordered word lists of Wikipedia, shipped with jusText, which
trafilatura already depends on), the first ``STOPLIST_WORDS`` of each, plus a few reporting words
news uses in every story. Chinese and Japanese have no jusText list; their text is hashed as
character bigrams (cleaners/overlap/tokens.py), and a bigram of two function characters is common.
The rest of each jusText list, its lower-case entries (its capitalised ones are names and
places: "John", "London"), are the language's frequent words ("these", "government", "album"):
they weigh less (cleaners/overlap/salient.py) but are not dropped, since the stories of one event
share them too. The language's weekday and month names (babel's CLDR data; babel comes with
trafilatura through courlan) never count either: "nesta terça-feira" dates a story, it does not
tell which (only its own language's: French "mars" is the planet in English). A document of
another language, or of none detected, uses the union of all lists.
"""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files
from itertools import product

import numpy as np

from cleaners.overlap.tokens import word_hashes

# The languages presswash cleans (ISO 639-1) and the name of their jusText stoplist.
JUSTEXT_STOPLISTS = {
    "cs": "Czech",
    "de": "German",
    "en": "English",
    "es": "Spanish",
    "fr": "French",
    "it": "Italian",
    "ko": "Korean",
    "nl": "Dutch",
    "pl": "Polish",
    "pt": "Portuguese",
    "ru": "Russian",
    "uk": "Ukrainian",
}
# Past its first few hundred words a stoplist lists names and places (Russian: "Александр").
STOPLIST_WORDS = 100

# Reporting words and news furniture that every story of the language uses.
EXTRA_WORDS = {
    "en": """
        ago am among another around became being below doing ever every few further hers herself
        himself however itself just last later latest least less like me might myself near news
        nor ours ourselves per report reported reportedly reports same say saying says said should
        still such theirs themselves though told too upon us via whether whom whose why yet yours
        yourself
    """,
    "de": "sagte sagt sagten laut heißt hieß bisher bereits erklärte teilte mit",
    "fr": "selon dit déclaré affirmé indiqué ajouté estime",
    "es": "según dijo afirmó señaló indicó aseguró explicó",
}

# Function characters of Chinese (particles, pronouns, copulas, measure words): a bigram of two
# of them ("我们", "这个", "的是") says nothing of a story.
ZH_FUNCTION_CHARS = (
    "的了是在和有我你他她它们这那个也就都而及与或但被把对从到为以于之其所着过吗呢吧啊不没很更最又还"
)
# Japanese grammar is written in hiragana: a bigram of two hiragana is an ending or a particle.
HIRAGANA = "".join(chr(c) for c in range(0x3041, 0x3097))


@lru_cache(maxsize=32)
def justext_words(language: str) -> tuple[str, ...]:
    """Return a language's whole jusText stoplist, most frequent first (empty: none)."""
    name = JUSTEXT_STOPLISTS.get(language)
    if name is None:
        return ()
    text = (files("justext") / "stoplists" / f"{name}.txt").read_text(encoding="utf-8")
    return tuple(text.split())


def stoplist_words(language: str) -> list[str]:
    """Return the first STOPLIST_WORDS words of a language's jusText stoplist, lower-cased."""
    return [w.lower() for w in justext_words(language)[:STOPLIST_WORDS]]


def frequent_words(language: str) -> list[str]:
    """Return the rest of a language's jusText stoplist: its lower-case entries (not names)."""
    return [w for w in justext_words(language)[STOPLIST_WORDS:] if w.islower()]


@lru_cache(maxsize=32)
def calendar_words(language: str) -> tuple[str, ...]:
    """Return a language's names of weekdays and months (babel's CLDR data), lower-cased."""
    from babel.dates import get_day_names, get_month_names

    names = []
    for context in ("format", "stand-alone"):  # whole names: "Jun", "Sun" are also names
        names += get_day_names("wide", context, locale=language).values()
        names += get_month_names("wide", context, locale=language).values()
    return tuple(sorted({n.lower() for n in names}))


def common_words(language: str) -> list[str]:
    """Return the words and bigrams that never count as same-story terms in a language."""
    if language == "zh":
        return ["".join(p) for p in product(ZH_FUNCTION_CHARS, repeat=2)]
    if language == "ja":
        return ["".join(p) for p in product(HIRAGANA, repeat=2)]
    return stoplist_words(language) + EXTRA_WORDS.get(language, "").split()


def never_terms(language: str) -> list[str]:
    """Return a language's common words and its calendar's names (its own: French "mars")."""
    return [*common_words(language), *calendar_words(language)]


@lru_cache(maxsize=64)
def stopword_hashes(language: str | None) -> np.ndarray:
    """Return the sorted word hashes of a language's common words (all lists: another language)."""
    if language in JUSTEXT_STOPLISTS or language in ("zh", "ja"):
        words = never_terms(language)
    else:
        words = [w for code in [*JUSTEXT_STOPLISTS, "zh", "ja"] for w in never_terms(code)]
    hashes = np.unique(word_hashes(" ".join(words)).hashes)
    hashes.setflags(write=False)
    return hashes


@lru_cache(maxsize=64)
def frequent_hashes(language: str | None) -> np.ndarray:
    """Return the sorted word hashes of a language's frequent words (none: another language)."""
    words = frequent_words(language) if language in JUSTEXT_STOPLISTS else []
    hashes = np.unique(word_hashes(" ".join(words)).hashes)
    hashes.setflags(write=False)
    return hashes
