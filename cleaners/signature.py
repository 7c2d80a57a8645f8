"""Compact per-document signatures for overlap flagging, computed in parallel batches.

A signature keeps what the once-per-run overlap step needs and nothing of the text (1-2 KB):

- ``hashvalues``: a MinHash of the text's word shingles (``SHINGLE_WORDS`` lower-cased words a
  shingle, ``NUM_PERM`` permutations), bit for bit what datasketch's ``MinHash`` computes with the
  ``"affine32"`` scheme, ``permutations=minhash_permutations()`` and an identity ``hashfunc`` from
  ``shingle_hashes`` (tests/cleaners/test_signature.py checks it); ``lean_minhash()`` hands it to
  datasketch. ``shingles`` counts the distinct shingles, so that containment can be estimated
  from the Jaccard estimate and the two set sizes (cleaners/copies.py).
- ``terms`` / ``term_boosts``: the salient terms of the title, lead and names for same-story
  flagging (cleaners/salient.py); their corpus weights are applied once per run, when the
  document frequencies of the whole corpus are known.
- ``length`` and ``date``, for the representative rule and the same-story time window.

Speed: words are hashed with a few numpy operations over the text's code points
(cleaners/tokens.py) and the permutations are applied to all shingles at once, instead of one
Python call and one SHA-1 per shingle as in ``MinHash.update``: about 15 times faster
(bench/overlap.py). datasketch itself is not imported here: it takes seconds to import, and the
permutations are ours (seeded), so that persisted signatures do not change with its versions.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date as Date
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np

from cleaners.salient import salient_terms
from cleaners.tokens import U32, U64, mix32, mix64, word_hashes

if TYPE_CHECKING:
    from datasketch import LeanMinHash

# Shingle size and sketch size: chosen on copies-dev (bench/overlap.py; cleaners/copies.py says
# why). The seed fixes our permutations (not datasketch's: a MinHash(seed=...) of datasketch has
# other ones, so the seed is not one it defaults to). A persisted index depends on all three.
SHINGLE_WORDS = 4
NUM_PERM = 256
MINHASH_SEED = 24301

MAX_HASH = U32(0xFFFFFFFF)
SHINGLE_MULTIPLIER = U64(0x100000001B3)  # odd: folds a shingle's word hashes in order


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

    @property
    def is_empty(self) -> bool:
        return self.shingles == 0

    def lean_minhash(self) -> LeanMinHash:
        """Return the word-shingle MinHash as a datasketch LeanMinHash (e.g. for a shared LSH)."""
        from datasketch import LeanMinHash  # deferred: batches sign without paying its import

        return LeanMinHash(seed=MINHASH_SEED, hashvalues=self.hashvalues, scheme="affine32")


def sign_document(
    doc_id: str, text: str, *, title: str | None = None, date: str | Date | None = None
) -> Signature:
    """Return the signature of one cleaned document (its clean text, title and date)."""
    head = title or ""
    words = word_hashes(f"{head}\n{text}")
    title_words = int(np.searchsorted(words.starts, len(head.lower())))
    shingles = shingle_hashes(words.hashes[title_words:])
    terms, boosts = salient_terms(words, title_words)
    return Signature(
        doc_id=doc_id,
        hashvalues=minhash_values(shingles),
        shingles=len(shingles),
        terms=terms,
        term_boosts=boosts,
        length=len(text),
        date=parse_date(date),
    )


def shingle_hashes(words: np.ndarray, size: int = SHINGLE_WORDS) -> np.ndarray:
    """Return the sorted distinct uint32 hashes of the ``size``-word shingles of hashed words."""
    if not len(words):
        return np.zeros(0, dtype=U32)
    size = min(size, len(words))
    count = len(words) - size + 1
    combined = words[:count].copy()
    for offset in range(1, size):
        combined = combined * SHINGLE_MULTIPLIER + words[offset : offset + count]
    hashes = np.sort((mix64(combined) >> U64(32)).astype(U32))
    return hashes[np.r_[True, hashes[1:] != hashes[:-1]]]


def minhash_values(shingles: np.ndarray, num_perm: int = NUM_PERM) -> np.ndarray:
    """Return the MinHash values (datasketch's affine32 scheme) of uint32 shingle hashes."""
    a, b = minhash_permutations(num_perm)
    values = np.full(num_perm, MAX_HASH, dtype=U32)
    mixed = mix32(shingles)
    for start in range(0, len(mixed), 1024):  # bounded temporaries for long documents
        block = mixed[start : start + 1024, None] * a
        block += b
        np.minimum(values, block.min(axis=0), out=values)
    return values


@lru_cache(maxsize=4)
def minhash_permutations(num_perm: int = NUM_PERM, seed: int = MINHASH_SEED) -> np.ndarray:
    """Return the (2, num_perm) uint32 affine permutations ``a * h + b`` (``a`` odd) for a seed."""
    rng = np.random.Generator(np.random.PCG64(seed))
    a = rng.integers(0, 1 << 31, num_perm, dtype=U32) * U32(2) + U32(1)
    b = rng.integers(0, 1 << 32, num_perm, dtype=np.uint64).astype(U32)
    permutations = np.array([a, b])
    permutations.setflags(write=False)
    return permutations


def parse_date(value: str | Date | None) -> Date | None:
    """Return the calendar date of an ISO date or timestamp string, or None when unknown."""
    if value is None or isinstance(value, Date):
        return value
    try:
        return Date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None
