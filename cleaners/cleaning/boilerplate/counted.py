"""The items a headline counts: a listicle's entries below its introduction.

"The 10 best early Black Friday deals on Apple devices" introduces ten entries; a deals page or
a product round-up writes each as a name, a few feature lines, a price and the same frame of
shop lines ("Available from Amazon", "Buy Now"), the shape of a "customers also bought"
carousel, so the page rules take them below the introduction the body finder keeps. The
headline's number is the evidence a carousel lacks: when a line below the body repeats exactly
as many times as the kept headline counts (COUNT_RANGE items), each repeat within ITEM_LINES
lines of the one before and the first within ITEM_LINES of the body's end, and the body kept
under the headline has fewer lines than that count (a body that has room for the entries holds
them itself, and a "READ MORE" under each of ten teasers below it is no entry), the lines the
page rules took from the body's end to the last repeat come back. The frame's lines that a wording
rule took ("Buy Now") stay removed.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from cleaners.cleaning.boilerplate.guarded import PAGE_RULES, body_end, kept_prose
from cleaners.cleaning.boilerplate.headline import is_headline
from cleaners.cleaning.boilerplate.lines import Line

# A count a headline gives ("10 best", "Top 7", "15 Dinge"): a number standing alone, from three
# (fewer is no list) to fifty (a year or a price is no count: 2019, 300). The headline is one of
# the kept lines just above the body's first paragraph (HEADLINE_LOOKBACK lines up).
COUNT = re.compile(r"(?<![\d.,:/$€£])\b(\d{1,2})\b(?![\d.,:/%])")
COUNT_RANGE = (3, 50)
HEADLINE_LOOKBACK = 8
ITEM_LINES = 25


def keep_counted(lines: Sequence[Line], kept: list[str | None], prose: list[bool]) -> None:
    """Give back the entries a kept headline counts below the body (module docstring)."""
    body = kept_prose(kept, prose)
    end = body_end(kept, body)
    if end is None:
        return
    found = _headline_count(lines, kept, body[0])
    if found is None:
        return
    headline, count = found
    if sum(rule is None for rule in kept[headline + 1 : end + 1]) >= count:
        return  # the body has room for the entries: they are its own
    repeats: dict[str, list[int]] = defaultdict(list)
    for i in range(end + 1, min(len(lines), end + 1 + count * ITEM_LINES)):
        if kept[i] is not None:
            repeats[lines[i].text].append(i)
    for positions in repeats.values():
        if len(positions) != count or positions[0] - end > ITEM_LINES:
            continue
        if any(b - a > ITEM_LINES for a, b in zip(positions, positions[1:], strict=False)):
            continue
        for i in range(end + 1, positions[-1] + 1):
            if kept[i] in PAGE_RULES:
                kept[i] = None
        return


def _headline_count(
    lines: Sequence[Line], kept: list[str | None], first: int
) -> tuple[int, int] | None:
    """Return the kept headline above the body that counts items, and its count."""
    for i in range(first - 1, max(-1, first - 1 - HEADLINE_LOOKBACK), -1):
        if kept[i] is None and is_headline(lines[i]):
            counts = {int(found) for found in COUNT.findall(lines[i].text)}
            counts = {n for n in counts if COUNT_RANGE[0] <= n <= COUNT_RANGE[1]}
            if len(counts) == 1:
                return i, counts.pop()
    return None
