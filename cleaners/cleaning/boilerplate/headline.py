"""The headline above the article body.

`context.find_body` finds where the body is; the position rules would take everything above it,
the headline included. The headline is a line shaped like one (a few words, no full stop, few
figures) a few lines above the body that shares topic words with the body's first paragraphs: an
author's name, a photo agency, a date or a share prompt between them shares none.
"""

from __future__ import annotations

from collections.abc import Sequence

from cleaners.cleaning.boilerplate.lines import Line, is_link_like
from cleaners.cleaning.boilerplate.topics import topic_words

# How far above the body the headline is looked for (in undecided lines), and its shape.
HEADLINE_LOOKBACK = 8
HEADLINE_WORDS = (3, 30)
# A line with more figures than this is a date or a time ("Publicado el 21 de abril de 2022 a
# las 22:04h"), not the headline under which it sits.
HEADLINE_DIGITS = 0.15
# A headline shares HEADLINE_TOPIC_WORDS topic words with the body's first HEADLINE_BODY_LINES
# paragraphs, or half of its own (one of many is shared by a menu entry: "About us: we innovate HR
# through training"). A news lead opens with names, places and an anecdote and states the headline's
# subject a few paragraphs in, so ten paragraphs are looked at.
HEADLINE_BODY_LINES = 10
HEADLINE_TOPIC_WORDS = 2
# A standfirst between the headline and the body: a sentence or two, not a link or a date line.
STANDFIRST_WORDS = 6
STANDFIRST_DIGITS = 0.3


def find_headline(
    lines: Sequence[Line], decided: Sequence[str | None], body_start: int
) -> int | None:
    """Return the position of the headline just above the body, if one is there.

    Of the headline-shaped lines above the body, the nearest that shares HEADLINE_TOPIC_WORDS
    topic words with the body's first paragraphs is taken (an author's name or a photo agency
    between the headline and the body shares none; nor does a line such as "Close extra sharing
    options", which the nearest headline-shaped line often is): with none, there is no headline.
    When the line right above it is headline-shaped too, that one is the headline and the nearer
    one its standfirst (`context.mark_outside_body` keeps the lines between them).
    """
    candidates: list[int] = []
    looked = 0
    for position in range(body_start - 1, -1, -1):
        if decided[position] is not None:
            continue
        if is_headline(lines[position]):
            candidates.append(position)
        looked += 1
        if looked >= HEADLINE_LOOKBACK:
            break
    if not candidates:
        return None
    lead = lead_topic(lines, decided, body_start)
    chosen = next((p for p in candidates if shares_topic(topic_words(lines[p].lower), lead)), None)
    if chosen is None:
        return None
    above = chosen - 1
    if above >= 0 and decided[above] is None and is_headline(lines[above]):
        return above
    return chosen


def shares_topic(headline: set[str], lead: set[str]) -> bool:
    """Tell whether a headline's topic words are the lead's: HEADLINE_TOPIC_WORDS, or half of them.

    A short headline has few topic words ("Chocolate Chip Cookies": two, one of them the lead's).
    """
    shared = len(headline & lead)
    return shared >= HEADLINE_TOPIC_WORDS or (shared > 0 and 2 * shared >= len(headline))


def lead_topic(lines: Sequence[Line], decided: Sequence[str | None], body_start: int) -> set[str]:
    """Return the topic words of the body's first HEADLINE_BODY_LINES paragraphs from body_start."""
    lead: set[str] = set()
    found = 0
    for position in range(body_start, len(lines)):
        if decided[position] is None and lines[position].prose:
            lead |= topic_words(lines[position].lower)
            found += 1
            if found == HEADLINE_BODY_LINES:
                break
    return lead


def is_headline(line: Line) -> bool:
    """Tell whether a line is shaped like a headline: a few words, no full stop, few figures."""
    return (
        HEADLINE_WORDS[0] <= line.words <= HEADLINE_WORDS[1]
        and not line.text.endswith(".")
        and line.digits < HEADLINE_DIGITS
    )


def standfirst_topic(
    lines: Sequence[Line], decided: Sequence[str | None], body_start: int, headline: int
) -> set[str]:
    """Return the topic words a standfirst shares: the headline's and the body's first paragraphs'."""
    return lead_topic(lines, decided, body_start) | topic_words(lines[headline].lower)


def is_standfirst(line: Line, topic: set[str]) -> bool:
    """Tell whether a line under the headline is its standfirst: prose-like, on the topic.

    One shared topic word is enough (a standfirst restates the headline in other words); a
    "most read" box's teasers for other stories under a wrongly found headline share none.
    """
    return (
        line.words >= STANDFIRST_WORDS
        and not is_link_like(line)
        and line.digits < STANDFIRST_DIGITS
        and not topic.isdisjoint(topic_words(line.lower))
    )
