"""What the body finder and the article guard share: prose in any script, and topic words."""

from __future__ import annotations

import re
from collections.abc import Sequence

from cleaners.cleaning.boilerplate.lines import CJK_CHAR, Line

# Prose in scripts written without spaces: a line with this many CJK characters and a sentence
# mark (。！？ or a comma) is running text however few spaces it has.
CJK_PROSE_CHARS = 20
CJK_SENTENCE_MARKS = re.compile(r"[。！？，、；]")

# Topic words: words of six letters or more (few function words are that long, in the languages
# with spaces) and, in CJK text, pairs of characters.
TOPIC_WORD = re.compile(r"[^\W\d_]{6,}")
CJK_RUN = re.compile(CJK_CHAR.pattern + "{2,}")


def reads_as_prose(line: Line) -> bool:
    """Tell whether a line is running text, in spaced scripts or in CJK ones."""
    if line.prose:
        return True
    return (
        line.chars >= CJK_PROSE_CHARS
        and CJK_SENTENCE_MARKS.search(line.text) is not None
        and len(CJK_CHAR.findall(line.text)) >= CJK_PROSE_CHARS
    )


def topic_words(lower: str) -> set[str]:
    """Return a lower-cased line's topic words: words of six letters or more, CJK bigrams."""
    words = set(TOPIC_WORD.findall(lower))
    for run in CJK_RUN.findall(lower):
        words.discard(run)
        words.update(run[k : k + 2] for k in range(len(run) - 1))
    return words


class Topics(dict[int, set[str]]):
    """The topic words of a document's lines by position, each line's found when first asked."""

    def __init__(self, lines: Sequence[Line]) -> None:
        super().__init__()
        self.lines = lines

    def __missing__(self, position: int) -> set[str]:
        words = self[position] = topic_words(self.lines[position].lower)
        return words
