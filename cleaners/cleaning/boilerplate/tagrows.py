"""Tag rows: the tags under a tag list's heading, printed as one row ("Política / Economía")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from cleaners.cleaning.boilerplate import names
from cleaners.cleaning.boilerplate.lines import Line
from cleaners.cleaning.boilerplate.links import is_tag_heading

# The separators a row of tags is printed with. A row on its own is a table's row as often (a
# pipe) or a breadcrumb (a slash): only right under a tag heading is it a tag list.
# (?<!\s): a run of spaces is matched from its start only, so it is scanned once, not once from
# each of its positions (linear on adversarial lines).
TAG_SEPARATOR = re.compile(r"(?<!\s)\s*[|/·•,;]\s*")
TAG_WORDS = 5  # the most words of one tag ("Pedro Sánchez", "Guerra en Ucrania")
TAG_ROW_WORDS = 40
TAG_ROWS = 2  # rows under one heading (a long list wraps)


def is_tag_row(line: Line) -> bool:
    """Tell whether a line is a row of two or more short tags joined by separators."""
    if line.words > TAG_ROW_WORDS or line.sentence or line.prose:
        return False
    tags = [tag for tag in TAG_SEPARATOR.split(line.text.strip()) if tag]
    return len(tags) >= 2 and all(len(tag.split()) <= TAG_WORDS for tag in tags)


def mark_tag_rows(lines: Sequence[Line], decided: Sequence[str | None]) -> dict[int, str]:
    """Mark the rows of tags under a tag list's heading ("Archivado en:" / "Política / Madrid")."""
    marks: dict[int, str] = {}
    for i, rule in enumerate(decided):
        if rule != names.TAG_LIST or not is_tag_heading(lines[i]):
            continue
        for j in range(i + 1, min(len(lines), i + 1 + TAG_ROWS)):
            if decided[j] is not None or not is_tag_row(lines[j]):
                break
            marks[j] = names.TAG_LIST
    return marks
