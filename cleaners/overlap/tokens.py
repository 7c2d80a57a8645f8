"""Words as numbers: tokenise and hash text with a few numpy operations over its code points.

The overlap step never needs a word's spelling, only whether two words are the same, so a text is
turned into one uint64 hash per lower-cased word without a Python call per word. Word characters
are the letters, digits and ``_`` of the Basic Multilingual Plane (what ``str.isalnum`` says), so
words split like ``\\w+`` (``Sweden’s`` is ``sweden`` and ``s``); characters beyond the plane
(emoji) split words. Hashes are stable across processes and Python versions (no ``hash()``).

Chinese and Japanese are written without spaces, and Korean glues particles to its words, so a
run of their characters (``CJK_RANGES``) is not one word: it becomes its overlapping character
bigrams, each a word of two characters (a lone character stays a word of one), the segmentation
search engines use for these scripts (docs/overlap.md says why not a dictionary segmenter).
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
# MurmurHash3's 64-bit finaliser (`mix64`), and shifts as uint64 scalars (not built per call).
FMIX_MULTIPLIER_1 = U64(0xFF51AFD7ED558CCD)
FMIX_MULTIPLIER_2 = U64(0xC4CEB9FE1A85EC53)
SHIFT_29 = U64(29)
SHIFT_33 = U64(33)
BIGRAM_MULTIPLIER = U64(0x100000001B3)  # odd: folds a bigram's two characters in order
# Scripts written without spaces between words (or with particles glued on): Han, kana, Hangul.
CJK_RANGES = (
    (0x3040, 0x30FF),  # Hiragana, Katakana
    (0x3400, 0x4DBF),  # CJK Unified Ideographs Extension A
    (0x4E00, 0x9FFF),  # CJK Unified Ideographs
    (0xAC00, 0xD7AF),  # Hangul syllables
    (0xF900, 0xFAFF),  # CJK Compatibility Ideographs
    (0xFF66, 0xFF9F),  # halfwidth Katakana
)
WORD, CJK = 1, 2  # kinds of character in `char_kinds`
STEM_CHARS = 6
# Texts are hashed a piece of about this many characters at a time, cut at a space: the numpy
# temporaries are some 30 bytes a character, which a 50 MB text would make 1.5 GB at once.
PIECE_CHARS = 1 << 20


@dataclass(frozen=True, slots=True, eq=False)
class Words:
    """The words of a text as numbers, in order."""

    hashes: np.ndarray  # uint64 hash of each lower-cased word
    lengths: np.ndarray  # characters of each word
    capitalised: np.ndarray  # bool: the word starts with a capital letter or a digit
    starts: np.ndarray  # where each word starts in the lower-cased text
    stems: np.ndarray  # uint64 hash of each word's first STEM_CHARS characters


def word_hashes(text: str) -> Words:
    """Return the hashed words of ``text``: lower-cased, with their lengths and capitals."""
    if len(text) <= PIECE_CHARS:
        return piece_hashes(text)
    parts, offset = [], 0
    for piece in pieces(text, PIECE_CHARS):
        words = piece_hashes(piece)
        parts.append(Words(**{**as_fields(words), "starts": words.starts + offset}))
        offset += len(piece.lower())  # starts count in the lower-cased text, as for one piece
    return Words(**{name: np.concatenate([as_fields(w)[name] for w in parts]) for name in FIELDS})


FIELDS = ("hashes", "lengths", "capitalised", "starts", "stems")


def as_fields(words: Words) -> dict[str, np.ndarray]:
    """Return the arrays of a Words by field name."""
    return {name: getattr(words, name) for name in FIELDS}


def pieces(text: str, size: int) -> list[str]:
    """Cut ``text`` into pieces of at most ``size`` characters, each ending at a space or newline.

    Words never straddle a cut, and casing is per character on either side of a space, so the
    pieces hash to the words of the whole text; a run of ``size`` characters without a space is
    cut where it reaches the size (one word or CJK bigram split in a text without spaces).
    """
    cuts, start = [], 0
    while len(text) - start > size:
        space = max(
            text.rfind(" ", start + 1, start + size), text.rfind("\n", start + 1, start + size)
        )
        end = space + 1 if space > start else start + size
        cuts.append(text[start:end])
        start = end
    cuts.append(text[start:])
    return cuts


def piece_hashes(text: str) -> Words:
    """Return the hashed words of one piece of text (see `word_hashes`)."""
    lowered = text.lower()
    points = np.frombuffer(lowered.encode("utf-32-le"), dtype=U32)
    kinds = char_kinds()[points]
    is_word = kinds != 0
    has_cjk = bool(len(kinds)) and int(kinds.max()) == CJK
    if has_cjk:  # each CJK character is a word of its own, paired into bigrams below
        starts, lengths = cjk_word_spans(is_word, kinds == CJK)
    else:  # a word starts and ends where is_word changes: the changes alternate, starts first
        padded = np.zeros(len(points) + 2, dtype=bool)
        padded[1:-1] = is_word
        edges = np.flatnonzero(padded[1:] != padded[:-1])
        starts = edges[0::2]
        lengths = edges[1::2] - starts
    if not len(starts):
        return Words(
            np.zeros(0, dtype=U64), lengths, np.zeros(0, dtype=bool), starts, np.zeros(0, dtype=U64)
        )
    offsets = np.cumsum(lengths) - lengths
    # A character's position in its word, times its multiplier, in place (wrapping uint64).
    mixed = np.arange(int(offsets[-1] + lengths[-1]), dtype=U64)
    mixed -= np.repeat(offsets.astype(U64), lengths)
    mixed *= POSITION_MULTIPLIER
    mixed += points[is_word] * CHAR_MULTIPLIER  # uint32 code points, widened to uint64
    mixed ^= mixed >> SHIFT_29
    mixed *= MIX_MULTIPLIER  # one round: position-dependent, nonlinear
    firsts = points[starts]
    capitalised = (firsts - U32(ord("0"))) < 10  # a digit (smaller code points wrap around)
    if len(lowered) == len(text):  # lower() kept every character in place (it nearly always does)
        capitalised |= np.frombuffer(text.encode("utf-32-le"), dtype=U32)[starts] != firsts
    summed = np.add.reduceat(mixed, offsets)
    summed ^= lengths.astype(U64)
    long = lengths > STEM_CHARS
    stems = summed.copy()
    if long.any():  # a long word's stem: its first STEM_CHARS characters, hashed as a word
        at = np.flatnonzero(long)
        running = np.cumsum(mixed)  # wrapping uint64: differences are sums over ranges
        before = np.where(offsets[at] > 0, running[offsets[at] - 1], U64(0))
        stems[at] = (running[offsets[at] + STEM_CHARS - 1] - before) ^ U64(STEM_CHARS)
    words = Words(mix64_inplace(summed), lengths, capitalised, starts, mix64_inplace(stems))
    return cjk_bigrams(words, kinds[starts] == CJK) if has_cjk else words


def cjk_word_spans(is_word: np.ndarray, is_cjk: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Return the starts and lengths of words when every CJK character is a word of its own."""
    before = np.zeros(len(is_word), dtype=bool)
    before[1:] = is_cjk[:-1]
    after = np.zeros(len(is_word), dtype=bool)
    after[:-1] = is_cjk[1:]
    previous = np.r_[False, is_word[:-1]]
    following = np.r_[is_word[1:], False]
    starts = np.flatnonzero(is_word & (~previous | is_cjk | before))
    ends = np.flatnonzero(is_word & (~following | is_cjk | after)) + 1
    return starts, ends - starts


def cjk_bigrams(words: Words, single: np.ndarray) -> Words:
    """Return words with each run of CJK characters replaced by its overlapping bigrams."""
    adjacent = np.zeros(len(single), dtype=bool)  # this character and the next make a bigram
    adjacent[:-1] = single[:-1] & single[1:] & (words.starts[1:] == words.starts[:-1] + 1)
    after_bigram = np.r_[False, adjacent[:-1]]
    keep = ~single | adjacent | ~after_bigram  # a run's last character only ends its last bigram
    hashes = words.hashes.copy()
    at = np.flatnonzero(adjacent)
    paired = hashes[at] * BIGRAM_MULTIPLIER
    paired += hashes[at + 1]
    hashes[at] = mix64_inplace(paired)
    lengths = np.where(adjacent, 2, words.lengths)
    stems = np.where(
        single, hashes, words.stems
    )  # a bigram is its own stem; other words keep theirs
    return Words(
        hashes[keep], lengths[keep], words.capitalised[keep], words.starts[keep], stems[keep]
    )


@lru_cache(maxsize=1)
def char_kinds() -> np.ndarray:
    """Return the kind of every code point: 0 (not a word character), WORD or CJK."""
    kinds = word_char_table().astype(np.uint8)
    for first, last in CJK_RANGES:
        kinds[first : last + 1] *= CJK  # only word characters become CJK (not marks or signs)
    kinds.setflags(write=False)
    return kinds


@lru_cache(maxsize=1)
def word_char_table() -> np.ndarray:
    """Return a bool table of all code points: True for word characters of the BMP."""
    table = np.zeros(0x110000, dtype=bool)  # indexed by any code point: no clipping pass
    table[:0x10000] = [chr(c).isalnum() for c in range(0x10000)]
    table[ord("_")] = True
    table.setflags(write=False)
    return table


def mix64(values: np.ndarray) -> np.ndarray:
    """Return the MurmurHash3 64-bit finaliser of uint64 values (an avalanching bijection)."""
    return mix64_inplace(values.copy())


def mix64_inplace(values: np.ndarray) -> np.ndarray:
    """Apply `mix64` to a uint64 array in place and return it (three temporaries, not eight)."""
    values ^= values >> SHIFT_33
    values *= FMIX_MULTIPLIER_1
    values ^= values >> SHIFT_33
    values *= FMIX_MULTIPLIER_2
    values ^= values >> SHIFT_33
    return values
