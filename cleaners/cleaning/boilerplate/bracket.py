"""A body of data lines: what lies between an article's opening and its first closing widget.

Some articles hold no prose at all: a film-swap post of labels and values ("Standorte" /
"Shuji: Japan." / "Filmmaterial" / "Fuji X-TRA 400."), a drug database's entry of one- and
two-word fields. The body finder weighs prose, finds none worth keeping, and the position rules
take the article with the menus. Every CMS frames such an article alike, though: a headline
and a byline or date open it, and a share prompt, a tag row, a "Related" heading or a comment
form closes it. So, on a page the rules would leave with under SPARSE_WORDS words of sentences
(prose lines that end like one: a tag cloud is a long line, but no sentence):

- a headline-shaped line the position rules took, whose text is on the page once (a maker's
  name under every product, a menu entry repeated in the footer are not headlines), opens a
  candidate; the first line below it that a wording rule took (the closing widget; what sits
  inside articles, a caption, an ad slot, a player, does not count) closes it, or the text's
  end (the passes after the first, which no longer hold the widget), within BRACKET_LINES;
- the opening is an article's: a byline or date line follows the headline within
  OPENING_LINES lines (at most DATED_WORDS words, a month name and a figure or a numeric date),
  or a longer line in the candidate, not a shape rule's (a glued menu), names the headline
  whole, word for word (a source line: "Fachinformation <headline> von <maker>");
- the article names its headline's subject again: ECHO_GROUPS groups of lines in a row, not
  touching the headline, name one of its words (ECHO_LETTERS letters or more);
- the candidate with the most such groups comes back from the position rules (the nearest to
  its closing widget when two tie); what other rules took inside it stays out.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from cleaners.cleaning.boilerplate import names
from cleaners.cleaning.boilerplate.context import INLINE_RULES
from cleaners.cleaning.boilerplate.credits import DATE_ANCHOR, MONTHS
from cleaners.cleaning.boilerplate.guarded import GUARDED_RULES, POSITION_RULES
from cleaners.cleaning.boilerplate.headline import is_headline
from cleaners.cleaning.boilerplate.lines import Line

SPARSE_WORDS = 50
BRACKET_LINES = 80
ECHO_LETTERS = 4
ECHO_GROUPS = 2
OPENING_LINES = 2
DATED_WORDS = 16
WORD = re.compile(r"[^\W\d_]+")
# What sits inside an article (a caption, an ad slot, a player) and the rules the guard may
# revert; any other rule matched wording (a share row, tags, "Related", comments, legal links).
INSIDE_RULES = GUARDED_RULES | INLINE_RULES | {names.MEDIA_PLAYER}


def keep_bracket(lines: Sequence[Line], kept: list[str | None], prose: list[bool]) -> None:
    """Give a page without prose the lines between its headline and closing widget back."""
    left = sum(
        line.words for i, line in enumerate(lines) if kept[i] is None and prose[i] and line.sentence
    )
    if left >= SPARSE_WORDS:
        return
    words = _Words(lines)
    best: tuple[int, int, int] | None = None  # echoes, opening, closing
    seen = Counter(line.lower for line in lines)
    for i, line in enumerate(lines):
        if kept[i] not in POSITION_RULES or not is_headline(line) or seen[line.lower] > 1:
            continue
        closing = _closing(kept, i)
        found = _echoes(words, i, closing)
        if found < ECHO_GROUPS or (best is not None and found < best[0]):
            continue
        if _dated(lines, i) or _restated(lines, kept, words, i, closing):
            best = (found, i, closing)
    if best is None:
        return
    for i in range(best[1], best[2]):
        if kept[i] in POSITION_RULES:
            kept[i] = None


class _Words(dict[int, list[str]]):
    """The lower-cased words of a document's lines by position, each line's found when asked."""

    def __init__(self, lines: Sequence[Line]) -> None:
        super().__init__()
        self.lines = lines

    def __missing__(self, position: int) -> list[str]:
        found = self[position] = WORD.findall(self.lines[position].lower)
        return found


def _closing(kept: Sequence[str | None], opening: int) -> int:
    """Return where the bracket below an opening ends: the first line a wording rule took (a
    closing widget or anything after it), else the text's end, BRACKET_LINES lines at most."""
    last = min(len(kept), opening + 1 + BRACKET_LINES)
    for i in range(opening + 1, last):
        if kept[i] is not None and kept[i] not in INSIDE_RULES:
            return i
    return last


def _dated(lines: Sequence[Line], opening: int) -> bool:
    """Tell whether a byline or date line follows a headline within OPENING_LINES lines."""
    for line in lines[opening + 1 : opening + 1 + OPENING_LINES]:
        if line.words <= DATED_WORDS and (
            DATE_ANCHOR.search(line.text) is not None
            or (
                any(char.isdigit() for char in line.text)
                and any(word in MONTHS for word in WORD.findall(line.lower))
            )
        ):
            return True
    return False


def _restated(
    lines: Sequence[Line], kept: Sequence[str | None], words: _Words, opening: int, closing: int
) -> bool:
    """Tell whether a longer line in the bracket names the headline whole, word for word (a
    source line: "Fachinformation <headline> von <maker>"); a menu glued into one line of
    links (a shape rule's) does not count."""
    headline = f" {' '.join(words[opening])} "
    return any(
        headline in f" {' '.join(words[i])} "
        for i in range(opening + 1, closing)
        if (kept[i] is None or kept[i] in POSITION_RULES) and lines[i].chars > lines[opening].chars
    )


def _echoes(words: _Words, opening: int, closing: int) -> int:
    """Count the groups of lines in a row below the opening that name the headline's words."""
    headline = {word for word in words[opening] if len(word) >= ECHO_LETTERS}
    groups, previous = 0, True  # lines right under the headline (a subtitle) are not echoes
    for i in range(opening + 1, closing):
        echo = not headline.isdisjoint(words[i])
        groups += echo and not previous
        previous = echo
    return groups
