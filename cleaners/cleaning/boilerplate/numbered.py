"""Numbered rows keep together: a calendar, an index of pages, a schedule (the guard's step 1c).

A page's data is often a list whose rows open alike, numbers aside: "1a etapa: 10 de março –
Interlagos", "2a etapa: 8 de abril – Curitiba"; "Pages 1-5 (Hard Copy pages Cover-III) - About
Us", "Pages 6-13 ...". Each row is a short line without a sentence, the shape of a menu entry,
and the position rules take the whole list when the body finder stops at the prose around it.
Menus seldom number their entries, and numbered teaser lists ("1. Why...", "2. How...") differ
in their second word; rows that share their opening *with* a number in it, the numbers counting
up from row to row (stage 1, 2, 3; pages 1-5, 6-13), are one list. Headlines that open alike
("10 Best Food Boxes...", "6 Best Candle Boxes...") and news lists by date (newest first) do
not count up.

A run of ROWS rows or more (ROW_WORDS words or more each, the same first OPENING_TOKENS tokens
once every number is written as 0, a number among them; each row's first number above the row's
before in RISING of the steps), at most GAP lines between two rows, comes back when a kept paragraph is within REACH lines of it or its rows name TOPIC_WORDS of the
kept prose's topic words (the race calendar under a page whose text names its circuits). Only
the position and shape rules' removals come back, and the lines between rows with them (the
list's section headings).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from cleaners.cleaning.boilerplate.guarded import GUARDED_RULES
from cleaners.cleaning.boilerplate.lines import DIGITS, Line, number_shape
from cleaners.cleaning.boilerplate.topics import Topics

# The run (module docstring). Menu entries are one to three words; a list in sections (an
# index by chapter) starts its numbers again now and then, so not every step need rise.
ROWS = 5
ROW_WORDS = 4
OPENING_TOKENS = 2
GAP = 1
RISING = 0.75
# What ties it to the article: kept prose this close, or this many of its topic words.
REACH = 3
TOPIC_WORDS = 2


def opening(line: Line) -> str | None:
    """Return a row's opening with numbers as 0 when it holds a number; else None."""
    if line.words < ROW_WORDS or line.prose or not line.digits:
        return None
    head = " ".join(line.text.split(maxsplit=OPENING_TOKENS)[:OPENING_TOKENS])
    shaped = number_shape(head)
    return shaped if shaped != head else None


def keep_numbered_rows(
    lines: Sequence[Line], kept: list[str | None], prose: list[bool], topics: Topics
) -> None:
    """Give back a run of numbered rows near the kept prose or on its topic (module docstring)."""
    openings = [opening(line) if kept[i] in GUARDED_RULES else None for i, line in enumerate(lines)]
    body: set[str] | None = None
    i = 0
    while i < len(lines):
        if openings[i] is None:
            i += 1
            continue
        rows = [i]
        j = i + 1
        while j < len(lines) and j - rows[-1] <= GAP + 1:
            if openings[j] == openings[i]:
                rows.append(j)
            j += 1
        i = rows[-1] + 1
        if len(rows) < ROWS or not _counts_up([lines[k].text for k in rows]):
            continue
        first, last = rows[0], rows[-1]
        near = range(max(0, first - REACH), min(len(lines), last + 1 + REACH))
        if not any(kept[k] is None and prose[k] for k in near):
            if body is None:
                body = set().union(
                    *(topics[k] for k in range(len(lines)) if kept[k] is None and prose[k])
                )
            named = set().union(*(topics[k] for k in rows))
            if len(named & body) < TOPIC_WORDS:
                continue
        for k in range(first, last + 1):
            if kept[k] in GUARDED_RULES:
                kept[k] = None


def _counts_up(texts: list[str]) -> bool:
    """Tell whether the rows' first numbers rise from row to row in RISING of the steps."""
    numbers = [int(DIGITS.findall(text)[0]) for text in texts]
    rises = sum(later > earlier for earlier, later in pairwise(numbers))
    return rises >= RISING * (len(numbers) - 1)
