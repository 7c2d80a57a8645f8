"""Words as numbers: tokenise and hash text with a few numpy operations over its code points.

The overlap step never needs a word's spelling, only whether two words are the same, so a text is
turned into one uint64 hash per lower-cased word without a Python call per word. Word characters
are the letters, digits and ``_`` of the Basic Multilingual Plane (what ``str.isalnum`` says), so
words split like ``\\w+`` (``Sweden’s`` is ``sweden`` and ``s``); characters beyond the plane
(emoji) split words. Hashes are stable across processes and Python versions (no ``hash()``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np

U32 = np.uint32
U64 = np.uint64

# Odd 64-bit multipliers that spread code points and their positions in a word (splitmix64's).
CHAR_MULTIPLIER = U64(0x9E3779B97F4A7C15)
POSITION_MULTIPLIER = U64(0xBF58476D1CE4E5B9)
MIX_MULTIPLIER = U64(0x94D049BB133111EB)


@dataclass(frozen=True, slots=True, eq=False)
class Words:
    """The words of a text as numbers, in order."""

    hashes: np.ndarray  # uint64 hash of each lower-cased word
    lengths: np.ndarray  # characters of each word
    capitalised: np.ndarray  # bool: the word starts with a capital letter or a digit
    starts: np.ndarray  # where each word starts in the lower-cased text


def word_hashes(text: str) -> Words:
    """Return the hashed words of ``text``: lower-cased, with their lengths and capitals."""
    lowered = text.lower()
    points = np.frombuffer(lowered.encode("utf-32-le"), dtype=U32)
    is_word = word_char_table()[np.minimum(points, U32(0xFFFF))] & (points <= 0xFFFF)
    padded = np.zeros(len(points) + 2, dtype=np.int8)
    padded[1:-1] = is_word
    steps = padded[1:] - padded[:-1]
    starts = np.flatnonzero(steps == 1)
    lengths = np.flatnonzero(steps == -1) - starts
    if not len(starts):
        return Words(np.zeros(0, dtype=U64), lengths, np.zeros(0, dtype=bool), starts)
    chars = points[is_word].astype(U64)
    offsets = np.cumsum(lengths) - lengths
    positions = (np.arange(len(chars)) - np.repeat(offsets, lengths)).astype(U64)
    mixed = chars * CHAR_MULTIPLIER + positions * POSITION_MULTIPLIER
    mixed = (
        mixed ^ (mixed >> U64(29))
    ) * MIX_MULTIPLIER  # one round: position-dependent, nonlinear
    firsts = points[starts]
    capitalised = (firsts >= ord("0")) & (firsts <= ord("9"))
    if len(lowered) == len(text):  # lower() kept every character in place (it nearly always does)
        capitalised |= np.frombuffer(text.encode("utf-32-le"), dtype=U32)[starts] != firsts
    hashes = mix64(np.add.reduceat(mixed, offsets) ^ lengths.astype(U64))
    return Words(hashes, lengths, capitalised, starts)


@lru_cache(maxsize=1)
def word_char_table() -> np.ndarray:
    """Return a bool table of the Basic Multilingual Plane: True for word characters."""
    table = np.array([chr(c).isalnum() for c in range(0x10000)], dtype=bool)
    table[ord("_")] = True
    table.setflags(write=False)
    return table


def mix64(values: np.ndarray) -> np.ndarray:
    """Return the MurmurHash3 64-bit finaliser of uint64 values (an avalanching bijection)."""
    values = values ^ (values >> U64(33))
    values = values * U64(0xFF51AFD7ED558CCD)
    values = values ^ (values >> U64(33))
    values = values * U64(0xC4CEB9FE1A85EC53)
    return values ^ (values >> U64(33))

