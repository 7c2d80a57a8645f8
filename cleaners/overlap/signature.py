"""Compact per-document signatures for overlap flagging, computed in parallel batches.

A signature keeps what the once-per-run overlap step needs and nothing of the text (1-2 KB):

- ``hashvalues``: the hash values of a datasketch ``MinHash`` (scheme ``"affine32"``,
  ``NUM_PERM`` permutations from ``MINHASH_SEED``) of the text's word shingles (``SHINGLE_WORDS``
  lower-cased words a shingle); ``lean_minhash()`` gives it back as a ``LeanMinHash``.
  ``shingles`` counts the distinct shingles, so that containment can be estimated from the
  Jaccard estimate and the two set sizes (cleaners/copies.py).
- ``terms`` / ``term_boosts``: the salient terms of the title, lead and names for same-story
  flagging (cleaners/salient.py), and ``term_zipf``, how common each term is in general use
  (cleaners/overlap/prior.py); their corpus weights are applied once per run, when the
  document frequencies of the whole corpus are known.
- ``length`` and ``date`` (declared, else from the URL or a dateline: cleaners/overlap/dates.py),
  for the representative rule and the same-story time window;
- ``language``, ``site`` (the URL's host, when known) and ``lexicon`` (the spelling of the salient
  words), for same-story flagging and to name the terms a same-story flag rests on;
- ``title_specs`` and ``codes``: the headline's numbered specifics ("13-inch", "ps4") and the
  model codes the whole text writes (cleaners/overlap/specifics.py), so that two headlines naming
  different models are not flagged as one story.

Speed: words and shingles are hashed with a few numpy operations over the text's code points
(cleaners/tokens.py), and the MinHash is fed those 32-bit shingle hashes with ``update_batch``,
``UPDATE_BLOCK`` shingles a call, as one uint32 array with the identity as its hash function (the
hashes are already numbers; datasketch pre-mixes them before its permutations; see
`empty_minhash`). datasketch's default takes bytes and computes one SHA-1 a shingle, and a plain
``update`` loop costs a numpy call a shingle: about 9 times slower (bench/overlap.py); a list of
ints with ``int`` as the hash function spent a third of the MinHash's time converting them.
128 permutations would sign about 1.4 times faster, but halve the values that verify a pair: on
the fixtures the republished copy's Jaccard estimate moved from 0.48 to 0.41 and the excerpt's
containment from 0.91 to 0.69 (its threshold is 0.6).
datasketch is imported on first use, not with this module: its import takes about a second.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from datetime import date as Date
from functools import lru_cache
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import numpy as np

from cleaners.overlap.arrays import sorted_unique
from cleaners.overlap.dates import find_date
from cleaners.overlap.salient import lexicon, salient_terms, spellings
from cleaners.overlap.specifics import code_heads, title_specs
from cleaners.overlap.tokens import U32, U64, mix64_inplace, word_hashes
from cleaners.records import Document

if TYPE_CHECKING:
    from datasketch import LeanMinHash, MinHash

# Shingle size and sketch size: chosen on copies-dev (bench/overlap.py; cleaners/copies.py says
# why). The seed picks datasketch's permutations. A persisted index depends on all three.
SHINGLE_WORDS = 4
NUM_PERM = 256
MINHASH_SEED = 24301
MINHASH_SCHEME = "affine32"  # 32-bit values: half the bytes of the 64-bit scheme
# The rules (cleaners/cleaning/boilerplate/names.py) whose removed lines state a page's date: a
# byline's or a dateline's day is the publication date even though the clean text drops it.
DATELINE_RULES = frozenset({"byline", "date_line"})
DATELINE_REMOVALS = 12  # the first removals, where the page's head stood
# Shingles a MinHash update: its (shingles, NUM_PERM) uint32 temporaries (512 KB) stay in the
# CPU's L2 cache; blocks of 1,024 signed 1.2-1.4 times slower (bench/overlap.py).
UPDATE_BLOCK = 512

MAX_HASH = U32(0xFFFFFFFF)
SHINGLE_MULTIPLIER = U64(0x100000001B3)  # odd: folds a shingle's word hashes in order
SHIFT_32 = U64(32)


@dataclass(frozen=True, slots=True, eq=False)
class Signature:
    """What the overlap step knows about one document: sketches, sizes and its date."""

    doc_id: str
    hashvalues: np.ndarray  # uint32[NUM_PERM]: MinHash of the word shingles
    shingles: int  # distinct word shingles
    terms: np.ndarray  # uint64: salient term hashes of the title and lead (unique)
    term_boosts: np.ndarray  # float32, one per term: title and phrase boosts (salient.py)
    length: int = 0  # characters of the text (the longer copy represents a cluster)
    date: Date | None = None
    language: str = ""  # ISO 639-1, "" when undetermined
    site: str = ""  # the URL's host without "www.", "" when unknown
    lexicon: str = ""  # the salient words, space-separated (to name a flag's terms)
    title_specs: str = ""  # the headline's numbered specifics, space-separated ("13-inch ps4")
    # uint64 hashes of the model codes the text writes; None: not listed (too many, or signed
    # before they were kept), taken to write any
    codes: np.ndarray | None = None
    # float32, one per term: its Zipf frequency in general use (prior.py); None: signed before
    # it was kept, taken as rare
    term_zipf: np.ndarray | None = None

    @property
    def is_empty(self) -> bool:
        return self.shingles == 0

    def lean_minhash(self) -> LeanMinHash:
        """Return the word-shingle MinHash as a datasketch LeanMinHash (e.g. for a shared LSH)."""
        from datasketch import LeanMinHash  # deferred: batches sign without paying its import

        return LeanMinHash(seed=MINHASH_SEED, hashvalues=self.hashvalues, scheme=MINHASH_SCHEME)


def sign_cleaned(doc: Document) -> Signature:
    """Return the signature of a kept document from its clean text and metadata."""
    return sign_document(
        doc.id,
        doc.text,
        title=doc.title,
        date=doc.date,
        language=doc.language,
        url=doc.url,
        dateline=removed_dateline(doc),
    )


def removed_dateline(doc: Document) -> str:
    """Return the byline and dateline lines the cleaning removed from the document's head."""
    head = doc.removed[:DATELINE_REMOVALS]
    return "\n".join(r.text for r in head if r.rule in DATELINE_RULES)


def sign_document(
    doc_id: str,
    text: str,
    *,
    title: str | None = None,
    date: str | Date | None = None,
    language: str | None = None,
    url: str | None = None,
    dateline: str = "",
) -> Signature:
    """Return the signature of one cleaned document (its clean text, title, date, language, URL).

    ``dateline``: lines the cleaning removed that may state the date (`removed_dateline`), read
    when neither the metadata, the URL nor the clean text's first lines give one.
    """
    head = title or ""
    joined = f"{head}\n{text}"
    words = word_hashes(joined)
    title_words = int(np.searchsorted(words.starts, len(head.lower())))
    shingles = shingle_hashes(words.hashes[title_words:])
    spelled: list[str] = []  # the terms' words: spelled once, for their frequencies and the lexicon

    def spell(positions: np.ndarray) -> list[str]:
        spelled.extend(spellings(joined.lower(), words, positions))
        return spelled

    terms, boosts, zipf, _ = salient_terms(words, title_words, language, spell)
    return Signature(
        doc_id=doc_id,
        hashvalues=minhash_values(shingles),
        shingles=len(shingles),
        terms=terms,
        term_boosts=boosts,
        length=len(text),
        date=find_date(date, url, text) or (find_date(None, None, dateline) if dateline else None),
        language=language or "",
        site=site_of(url),
        lexicon=lexicon(spelled),
        title_specs=title_specs(head),
        codes=code_heads(joined),
        term_zipf=zipf,
    )


def site_of(url: str | None) -> str:
    """Return the host of a URL without "www.", or "" when there is none."""
    if not url:
        return ""
    try:
        host = urlsplit(url if "//" in url else f"//{url}").hostname or ""
    except ValueError:  # a malformed URL (an unclosed IPv6 bracket) names no site
        return ""
    return host.lower().removeprefix("www.")


def shingle_hashes(words: np.ndarray, size: int = SHINGLE_WORDS) -> np.ndarray:
    """Return the sorted distinct uint32 hashes of the ``size``-word shingles of hashed words."""
    if not len(words):
        return np.zeros(0, dtype=U32)
    size = min(size, len(words))
    count = len(words) - size + 1
    combined = words[:count].copy()
    for offset in range(1, size):
        combined *= SHINGLE_MULTIPLIER
        combined += words[offset : offset + count]
    return sorted_unique((mix64_inplace(combined) >> SHIFT_32).astype(U32))


def minhash_values(shingles: np.ndarray) -> np.ndarray:
    """Return the hash values of the datasketch MinHash of uint32 shingle hashes."""
    if not len(shingles):
        return np.full(NUM_PERM, MAX_HASH, dtype=U32)  # an empty MinHash's, in a fresh array
    sketch = copy.copy(empty_minhash())  # a new MinHash object costs 3 times as much
    for start in range(0, len(shingles), UPDATE_BLOCK):
        sketch.update_batch((shingles[start : start + UPDATE_BLOCK],))
    return sketch.hashvalues


@lru_cache(maxsize=1)
def empty_minhash() -> MinHash:
    """Return an empty MinHash of our settings, to copy, that is updated with shingle arrays.

    Its hash function is the identity and each update a one-item batch, a uint32 array of
    shingle hashes: datasketch makes the batch's hashes one (n, 1) array and permutes it, so the
    values are those of an update with the shingles as ints (tests/cleaners/test_signature.py
    compares them), without a Python int and a call a shingle. Never updated itself: a document
    updates a shallow copy, whose update replaces (never writes into) its hash values.
    """
    from datasketch import MinHash  # deferred: importing datasketch takes about a second

    sketch = MinHash(
        num_perm=NUM_PERM,
        seed=MINHASH_SEED,
        hashfunc=np.asarray,
        permutations=minhash_permutations(),
        scheme=MINHASH_SCHEME,
    )
    sketch.hashvalues.setflags(write=False)
    return sketch


@lru_cache(maxsize=1)
def minhash_permutations() -> np.ndarray:
    """Return datasketch's (2, NUM_PERM) permutations for MINHASH_SEED, drawn once a process."""
    from datasketch import MinHash

    permutations = MinHash(num_perm=NUM_PERM, seed=MINHASH_SEED, scheme=MINHASH_SCHEME).permutations
    permutations.setflags(write=False)
    return permutations
