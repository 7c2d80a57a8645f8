"""Tables keep their rows together (the article guard's first step, see `guard`).

A run of rows with the same columns is kept whole when any row of it is kept or a kept paragraph
touches it (its introduction, its comment), or when shape rules took most of its rows one by one.
A table flattened unevenly (a training plan whose cells spill over lines: "30 min | Run Easy",
"6 miles Easy", "2 | Rest | Speed Play") has rows of different lengths with short lines between:
such a block is kept whole when a kept paragraph comes right before it or its heading.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from cleaners.cleaning.boilerplate.guarded import GUARDED_RULES, SHAPE_RULES
from cleaners.cleaning.boilerplate.lines import DIGITS, Line, number_shape

# Table rows: cells split by tabs, pipes or runs of two spaces or more; a run of at least
# TABLE_ROWS lines with the same number of cells (two or more) is a table. One-column data (query
# output, a log) is a run of DATA_ROWS lines of DATA_FIGURES numbers or more that have the same
# shape once every number is written as 0 (a calendar's "26. Oktober 2020" has two: its rows are
# dates, not data). Rows longer than TABLE_ROW_CHARS are prose with pipes in it.
TABLE_ROWS = 3
DATA_ROWS = 5
DATA_FIGURES = 3
TABLE_ROW_CHARS = 400
CELL_SEPARATOR = re.compile(r"\t| *\| *|  +")
# Uneven tables: RAGGED_ROWS rows with cell separators or more, at most RAGGED_GAP short lines
# (RAGGED_WORDS words at most) between two of them, and a heading of up to RAGGED_WORDS words
# between the kept paragraph and the block.
RAGGED_ROWS = 5
RAGGED_GAP = 2
RAGGED_WORDS = 6
CELL_MARK = re.compile(r"\S \| \S|\t")


def row_shape(line: Line) -> int | str | None:
    """Return a table row's shape: its number of cells, or its digits-as-0 form; else None."""
    if line.chars > TABLE_ROW_CHARS:
        return None
    text = line.text
    if "|" in text or "\t" in text or "  " in text:
        text = text.strip("|").strip()
        if text and len(CELL_SEPARATOR.split(text)) >= 2:
            return len(CELL_SEPARATOR.split(text))
    if line.digits and len(DIGITS.findall(text)) >= DATA_FIGURES:
        return number_shape(text)
    return None


def keep_tables(lines: Sequence[Line], kept: list[str | None], prose: list[bool]) -> None:
    """Keep a table's rows together: give back the rows the position and shape rules took."""
    shapes = [row_shape(line) for line in lines]
    start = 0
    while start < len(lines):
        end = start
        while (
            shapes[start] is not None and end + 1 < len(lines) and shapes[end + 1] == shapes[start]
        ):
            end += 1
        rows = range(start, end + 1)
        needed = TABLE_ROWS if isinstance(shapes[start], int) else DATA_ROWS
        if shapes[start] is not None and len(rows) >= needed:
            some_kept = any(kept[i] is None for i in rows) or any(
                0 <= i < len(lines) and kept[i] is None and prose[i] for i in (start - 1, end + 1)
            )
            by_shape = sum(kept[i] in SHAPE_RULES and lines[i].digits > 0 for i in rows)
            if some_kept or 2 * by_shape > len(rows):
                for i in rows:
                    if kept[i] in GUARDED_RULES:
                        kept[i] = None
        start = end + 1


def keep_ragged_tables(lines: Sequence[Line], kept: list[str | None], prose: list[bool]) -> None:
    """Keep an unevenly flattened table whole when a kept paragraph introduces it."""
    rows = [
        i
        for i, line in enumerate(lines)
        if ("|" in line.text or "\t" in line.text)  # a cheap test first: most lines have neither
        and line.chars <= TABLE_ROW_CHARS
        and CELL_MARK.search(line.text) is not None
    ]
    k = 0
    while k < len(rows):
        first = last = rows[k]
        count, k = 1, k + 1
        while (
            k < len(rows)
            and rows[k] - last <= RAGGED_GAP + 1
            and all(lines[j].words <= RAGGED_WORDS for j in range(last + 1, rows[k]))
        ):
            last = rows[k]
            count, k = count + 1, k + 1
        if count < RAGGED_ROWS:
            continue
        start = first - 1 if first > 0 and lines[first - 1].words <= RAGGED_WORDS else first
        if start > 0 and kept[start - 1] is None and prose[start - 1]:
            for i in range(start, last + 1):
                if kept[i] in GUARDED_RULES:
                    kept[i] = None
