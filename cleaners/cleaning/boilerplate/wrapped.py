"""A hard-wrapped article's list: what the page rules took between its wrapped paragraphs.

Plain-text blogs, mailing lists, RFC-style pages and man pages are set at a fixed width (60 to
80 columns): `read_lines` joins each paragraph's raw lines into one line spanning several. Such
an article's list (tools, options, references: a one-word name, a note) is the shape of a menu,
the body finder stops above it, and `page_footer` takes the list and the wrapped paragraphs
after it. A paragraph wrapped at the body's own width, below the body on its topic, was written
in the same file as the body: the list between them is the article's too. So:

- the kept body is hard-wrapped: WRAPPED_BODY paragraphs or more span several raw lines, no
  wider on average than MAX_WIDTH columns (a scraper's line break inside an HTML paragraph
  leaves pieces hundreds of characters long);
- below the body's end, a paragraph the page rules took that is wrapped (ANCHOR_WORDS words or
  more, several raw lines) no wider than the body's widest paragraph and WIDTH_SLACK, sharing
  TOPIC_WORDS topic words with the body, is the article's, and so is every line the page or
  shape rules took between it and the body (at most GAP_LINES lines); the next such paragraph
  is looked for below it in turn;
- a line a wording rule took (a comments heading, a share row, "Related"), a comment thread's
  line or a kept line ends the search: the article's list never runs through them.
"""

from __future__ import annotations

from collections.abc import Sequence

from cleaners.cleaning.boilerplate.guarded import PAGE_RULES, SHAPE_RULES, body_end, kept_prose
from cleaners.cleaning.boilerplate.lines import Line
from cleaners.cleaning.boilerplate.topics import Topics

WRAPPED_BODY = 3
MAX_WIDTH = 100
WIDTH_SLACK = 1.15
ANCHOR_WORDS = 10
TOPIC_WORDS = 2
GAP_LINES = 30
# What may lie between the body and the paragraph: the page and shape rules' lines; a comment
# thread's (the `comments` rule) never, whatever its paragraphs look like.
BETWEEN_RULES = PAGE_RULES | SHAPE_RULES


def width(line: Line) -> float:
    """Return a line's mean raw-line width (a wrapped paragraph spans several raw lines)."""
    return line.chars / (line.last - line.index + 1)


def keep_wrapped(
    lines: Sequence[Line], kept: list[str | None], prose: list[bool], topics: Topics
) -> None:
    """Give back a hard-wrapped article's lines between its wrapped paragraphs (docstring)."""
    body = kept_prose(kept, prose)
    wrapped = [i for i in body if lines[i].last > lines[i].index and width(lines[i]) <= MAX_WIDTH]
    if len(wrapped) < WRAPPED_BODY:
        return
    widest = max(width(lines[i]) for i in wrapped) * WIDTH_SLACK
    topic = set().union(*(topics[i] for i in body))
    end = body_end(kept, body)
    while end is not None:
        anchor = _next_anchor(lines, kept, end, widest, topic, topics)
        if anchor is None:
            return
        for i in range(end + 1, anchor + 1):
            if kept[i] in BETWEEN_RULES:
                kept[i] = None
                topic |= topics[i]
        end = anchor


def _next_anchor(
    lines: Sequence[Line],
    kept: list[str | None],
    end: int,
    widest: float,
    topic: set[str],
    topics: Topics,
) -> int | None:
    """Return the next wrapped paragraph on the body's topic below end, or None."""
    for i in range(end + 1, min(len(lines), end + 2 + GAP_LINES)):
        if kept[i] not in BETWEEN_RULES:
            return None
        line = lines[i]
        if (
            kept[i] in PAGE_RULES
            and line.last > line.index
            and line.words >= ANCHOR_WORDS
            and width(line) <= widest
            and len(topics[i] & topic) >= TOPIC_WORDS
        ):
            return i
    return None
