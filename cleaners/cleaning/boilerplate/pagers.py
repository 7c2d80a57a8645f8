"""Pagers: the links to the previous and next article that close a page, with their headlines."""

from __future__ import annotations

import re
from collections.abc import Sequence

from cleaners.cleaning.boilerplate import names
from cleaners.cleaning.boilerplate.furniture import NAVIGATION
from cleaners.cleaning.boilerplate.lines import Line
from cleaners.cleaning.boilerplate.vocab import MAX_RULE_CHARS, bare
from cleaners.cleaning.boilerplate.wording import LANGUAGES

# Links to the previous and next article with their headlines ("Vorheriger Artikel++ Wetter in
# der Region: …" / "Nächster ArtikelFDP-Landes- und …", "Previous Post: « X" / "Next Post: Y »"):
# a menu label of two or three words (NAVIGATION, in every language) opening a headline of
# PAGER_HEADLINE_WORDS words (fewest, most) that is not prose. A line is a pager when the label runs
# into the headline without a space, or when within PAGER_REACH lines another one's label differs
# from it but shares a word with it (the pair "Vorheriger Artikel" / "Nächster Artikel").
PAGER_LABELS = frozenset(line for line in NAVIGATION.for_languages(LANGUAGES).lines if " " in line)
PAGER_LABEL_WORDS = (2, 3)
PAGER_HEADLINE_WORDS = (4, 25)
PAGER_REACH = 3
# Where a label runs into its headline without a space: a small letter before a capital.
LABEL_GLUE = re.compile(r"(?<=[^\W\d_])(?=[A-ZÀ-ÞА-Я])(?<![A-ZÀ-ÞА-Я])")


def pager_label(line: Line) -> tuple[str, bool] | None:
    """Return the menu label a line opens with before a headline, and whether it is glued on."""
    if line.prose or line.text.endswith((".", "。")):
        return None
    words = line.text[:MAX_RULE_CHARS].split()
    for count in PAGER_LABEL_WORDS:
        if len(words) <= count:
            break
        label, rest = words[:count], len(words) - count
        glued = LABEL_GLUE.search(label[-1], 1)
        if glued is not None:
            label[-1], rest = label[-1][: glued.start()], rest + 1
        low, high = PAGER_HEADLINE_WORDS
        found = bare(" ".join(label))
        if low <= rest <= high and found in PAGER_LABELS:
            return found, glued is not None
    return None


def mark_pager_links(lines: Sequence[Line], decided: Sequence[str | None]) -> dict[int, str]:
    """Mark previous/next-article links with their headlines ("Nächster Artikel: Neue Regeln …")."""
    labels = {
        i: found
        for i, line in enumerate(lines)
        if decided[i] is None and 3 <= line.words <= 30 and (found := pager_label(line))
    }
    marks: dict[int, str] = {}
    for i, (label, glued) in labels.items():
        words = set(label.split())
        pair = any(
            other != label and words & set(other.split())
            for j in range(i - PAGER_REACH, i + PAGER_REACH + 1)
            if j != i and j in labels
            for other in (labels[j][0],)
        )
        if glued or pair:
            marks[i] = names.READ_MORE_LINK
    return marks
