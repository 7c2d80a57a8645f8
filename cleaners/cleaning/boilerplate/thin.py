"""The last line of defence: a page the cleaning would leave almost empty keeps its best stretch.

When the body finder takes the wrong stretch for the article (a sidebar blurb, a tag cloud, a
one-line teaser) on a page whose article is not prose (a gallery of captions, a Q&A page whose
question the page rules took and whose answers the comments thread took, a catalogue's list),
the position rules leave a few dozen words of a long page. A kept text of under THIN_WORDS
words that is also under THIN_SHARE of the page's words is such a page far more often than a
real short article (a short news item keeps a tenth or more of its page, measured on the dev
sets). Then the stretch of lines with the most content comes back from the position rules:
each line counts its words less CONTENT_FLOOR (a menu's one- and two-word entries count
against it, a caption or a list item of five words for it), a line a shape rule took a little
against it, a line a wording rule took (a share row, a newsletter box) much more.
"""

from __future__ import annotations

from collections.abc import Sequence

from cleaners.cleaning.boilerplate.guarded import POSITION_RULES, SHAPE_RULES
from cleaners.cleaning.boilerplate.lines import Line
from cleaners.cleaning.boilerplate.stretches import best_segment

THIN_WORDS = 80
THIN_SHARE = 0.08
CONTENT_FLOOR = 3.0
SHAPE_COST = 1.0
WORDING_COST = 5.0


def keep_thin_page(lines: Sequence[Line], kept: list[str | None]) -> None:
    """Give a page left almost empty its best stretch back from the position rules."""
    total = sum(line.words for line in lines)
    left = sum(line.words for i, line in enumerate(lines) if kept[i] is None)
    if left >= THIN_WORDS or left >= THIN_SHARE * total:
        return
    found = best_segment(
        [_content(line, kept[i]) for i, line in enumerate(lines)], 0, len(lines) - 1
    )
    if found is None:
        return
    first, last = found[1]
    for i in range(first, last + 1):
        if kept[i] in POSITION_RULES:
            kept[i] = None


def _content(line: Line, rule: str | None) -> float:
    """Score a line for the best stretch of a thin page (module docstring)."""
    if rule is None or rule in POSITION_RULES:
        return line.words - CONTENT_FLOOR
    return -SHAPE_COST if rule in SHAPE_RULES else -WORDING_COST
