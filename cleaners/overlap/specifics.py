"""Numbered specifics of a headline: the sizes and model codes that say which thing it is about.

Two reports of one product line or one kind of event in one week share most of their words; what
tells a person that they are about different things is often a number written into a name: a
"13-inch" and a "16-inch" MacBook Pro, a "PS4" controller in one deal list that the other never
mentions. Counts are not specifics: outlets report different counts of one event ("more than
180" and "at least 150" killed), so plain numbers, prices and numbers glued to a unit or
magnitude ("719K", "$2T", "4K", "32GB") never decide.

- A headline's *specs* (`title_specs`) are its compounds that join a number and a word: a word
  with a number inside or after it ("ps4", "covid-19", "g7-gipfel"), or a number hyphenated to a
  word ("13-inch", "8-year-old", "15-week").
- A *code* is a spec whose letters are an abbreviation, not a word: at most ``CODE_LETTERS``
  letters glued to the number ("ps4", "a380", "cop26") or ``HYPHEN_CODE_LETTERS`` hyphenated to
  it ("f-35", "g-20"). Its head (letters and first number: "ps4", "g20") is how any text writes
  it; a document keeps the heads of every code it writes (`code_heads`).

Two headlines disagree (`disagreement`) when they hold specs of the same shape ("#-inch") with
different numbers and neither holds the other's (a 13-inch and a 16-inch model), or when a code
of one headline is nowhere in the other document while that document is a full article, which
would name it (a PS4 deal is not in a list of Apple deals). docs/overlap.md has the measurements.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from hashlib import blake2b

import numpy as np

from cleaners.overlap.tokens import PIECE_CHARS, U32, pieces, word_char_table

# A compound: words joined by hyphens, and decimal or thousands separators between digits
# ("13.3-inch", "1,000-point"); a spec is one that holds a number.
COMPOUND = re.compile(r"\w+(?:-\w+|[.,][0-9]+)*")
DIGITS = re.compile(r"[0-9]+(?:[.,][0-9]+)*")
LETTERS = re.compile(r"[^\W\d_]")
# A code's head anywhere in a text: a few letters starting a word, glued or hyphenated to a number.
CODE_LETTERS = 3  # "ps4", "rtx3080", "cop26"; "covid19" is a name with a number
HYPHEN_CODE_LETTERS = 2  # "f-35", "ms-13"; "mid-2017", "pac-12" are words with a number
CODE_LETTERS_AT = (
    rf"(?<![\w-])(?:([^\W\d_]{{1,{CODE_LETTERS}}})|([^\W\d_]{{1,{HYPHEN_CODE_LETTERS}}})-)"
)
CODE_HEADS = re.compile(rf"{CODE_LETTERS_AT}([0-9]+)")
CODE_LETTERS_BEFORE = re.compile(rf"{CODE_LETTERS_AT}\Z")  # searched up to where a number starts
MAX_TITLE_SPECS = 8
MAX_TITLE_CHARS = 1000  # a headline is shorter; a whole page passed as a title is cut here
# A text that writes more codes than this (a spec sheet, a price list) is taken to write any:
# its heads are not kept, so no headline code is ever found missing from it.
MAX_CODES = 256


def title_specs(title: str | None) -> str:
    """Return the specs of a headline ("13-inch ps4"), space-separated, lower-cased, distinct."""
    found = [c for c in COMPOUND.findall((title or "")[:MAX_TITLE_CHARS].lower()) if is_spec(c)]
    return " ".join(list(dict.fromkeys(found))[:MAX_TITLE_SPECS])


def is_spec(compound: str) -> bool:
    """Tell that a compound joins a number and a word (not a count, price or unit)."""
    return (
        DIGITS.search(compound) is not None
        and LETTERS.search(compound) is not None
        and (compound[0].isalpha() or "-" in compound)
    )


def code_head(spec: str) -> str | None:
    """Return the head of a spec that is a code ("f-35s" -> "f35"), None for any other spec."""
    match = CODE_HEADS.match(spec)
    if match is None:
        return None
    return (match.group(1) or match.group(2)) + match.group(3)


def code_heads(text: str) -> np.ndarray | None:
    """Return the hashes of the heads of every code a text writes; None when it writes too many.

    The heads `CODE_HEADS` finds, looked for only before the numbers that follow a letter or a
    hyphen (found with numpy): the expression tried at every position of a whole text cost a
    fifth of its signature's time. A long text is read a piece at a time, cut at spaces (a code
    holds none): its code points as numbers take four times the text's size.
    """
    heads: set[str] = set()
    for piece in pieces(text, PIECE_CHARS):
        if not add_code_heads(piece.lower(), heads):
            return None
    return head_hashes(heads)


def add_code_heads(lowered: str, heads: set[str]) -> bool:
    """Add the code heads of a lower-cased text to ``heads``; False once they are too many."""
    points = np.frombuffer(lowered.encode("utf-32-le"), dtype=U32)
    edges = np.flatnonzero(np.diff((points - U32(ord("0"))) < 10, prepend=False, append=False))
    starts, ends = edges[0::2], edges[1::2]  # each number's digits
    before = points[np.maximum(starts - 1, 0)]
    glued = (starts > 0) & (letter_table()[before] | (before == ord("-")))
    for start, end in zip(starts[glued].tolist(), ends[glued].tolist(), strict=True):
        found = CODE_LETTERS_BEFORE.search(lowered, max(start - CODE_LETTERS - 1, 0), start)
        if found:
            heads.add((found.group(1) or found.group(2)) + lowered[start:end])
            if len(heads) > MAX_CODES:
                return False
    return True


def head_hashes(heads: Iterable[str]) -> np.ndarray:
    """Return the sorted distinct uint64 hashes of code heads (stable across processes)."""
    return np.sort(
        np.array(
            [int.from_bytes(blake2b(h.encode(), digest_size=8).digest(), "little") for h in heads],
            dtype=np.uint64,
        )
    )


@lru_cache(maxsize=1)
def letter_table() -> np.ndarray:
    """Return a bool table of all code points: True for letters (word characters, no digit or _)."""
    table = word_char_table().copy()
    table[[c for c in range(0x10000) if chr(c).isdecimal()]] = False
    table[ord("_")] = False
    table.setflags(write=False)
    return table


@lru_cache(maxsize=4096)
def shapes(specs: str) -> dict[str, frozenset[str]]:
    """Return a headline's specs by shape, the spec with its numbers as "#" ("#-inch": ...)."""
    found: dict[str, set[str]] = {}
    for spec in specs.split():
        found.setdefault(DIGITS.sub("#", spec), set()).add(spec)
    return {shape: frozenset(members) for shape, members in found.items()}


def disagreement(
    specs: tuple[str, str],
    codes: tuple[np.ndarray | None, np.ndarray | None],
    full: tuple[bool, bool],
) -> str:
    """Return what makes two headlines name different things ("" when nothing does).

    ``specs`` are both headlines' `title_specs`, ``codes`` both documents' `code_heads`, ``full``
    whether each document is a full article (one that would name the other's codes).
    """
    left, right = shapes(specs[0]), shapes(specs[1])
    for shape, members in left.items():
        others = right.get(shape)
        if others and not members & others:
            return f"{min(members)} / {min(others)}"
    for side in (0, 1):
        written, other = codes[1 - side], specs[side]
        if not full[1 - side] or written is None or not other:
            continue
        heads = [h for h in map(code_head, other.split()) if h]
        if heads:
            wanted = head_hashes(heads)
            missing = ~np.isin(wanted, written)
            if missing.any():
                return next(h for h in heads if head_hashes([h])[0] in wanted[missing])
    return ""
