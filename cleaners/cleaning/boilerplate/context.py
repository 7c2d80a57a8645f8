"""Where the article is: context-sensitive decisions over the whole document.

The idea is jusText's: classify each line by its shape (prose, short, link-like), then let the
neighbours decide. Here the article body is the stretch of lines with the most prose in it once
short link-like lines and lines already marked as boilerplate count against it (the maximum-sum
segment, as in Finn, Kushmerick and Smyth's Body Text Extraction). Menus and footers are runs of
short lines outside that stretch; a short subhead or a list inside it survives because the prose
around it outweighs it. Scores are weighed by context: prose that shares no topic words with its
neighbouring prose (a list of teasers for other stories) counts less, dates and bylines that
repeat close together (teaser cards) count more against, short lines among figures (a table)
count as data. The headline and standfirst just above the body are kept.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence
from itertools import chain, compress
from typing import NamedTuple

from cleaners.cleaning.boilerplate import names
from cleaners.cleaning.boilerplate.consent_prose import is_consent_wording
from cleaners.cleaning.boilerplate.headline import find_headline as find_headline  # for decide
from cleaners.cleaning.boilerplate.headline import is_headline as is_headline  # for decide
from cleaners.cleaning.boilerplate.headline import is_standfirst, standfirst_topic
from cleaners.cleaning.boilerplate.lines import Line, is_link_like
from cleaners.cleaning.boilerplate.quantities import has_quantity
from cleaners.cleaning.boilerplate.stretches import (
    Span,
    best_segment,
    find_extra,
    find_lead,
    run_on,
)

# Line scores. Prose counts by its length (capped so one huge paragraph cannot swallow a page of
# menus); short sentences and phrase-like list items ("Book music – DJ or band secured; discuss
# style": several words, mostly lower case, punctuated inside) count a little.
PROSE_CAP = 1000
# Prose in consent wording (a cookie dialog, a newsletter form's consent clause: `consent`)
# counts against the body by this share of its length.
CONSENT_WEIGHT = -0.5
SENTENCE_WEIGHT = 0.3
ITEM_WORDS = 6
ITEM_MAX_CAPS = 0.4
ITEM_WEIGHT = 0.3
# A line of LIST_INTRO_WORDS words or more that ends with a colon announces a list: up to
# LIST_ITEMS lines of LIST_ITEM_WORDS words or more after it are its items (a summary's points,
# a recipe's "Olive oil", a table's cells one a line), not menu entries.
LIST_INTRO_WORDS = 4
LIST_ITEM_WORDS = 2
LIST_ITEMS = 25
# Link-like and other short lines count against the body; short lines with figures or
# punctuation inside ("1a etapa: 10 de março – Interlagos") are table and list rows far more
# often than menu items, and count about nothing.
LINK_PENALTY = -35.0
SHORT_PENALTY = -15.0
NUMERIC_PENALTY = -2.0
DATA_PENALTY = 0.0
# Lines a rule already removed: those that sit inside article bodies (ad slots, photo credits,
# inline promos) cost little; the rest (menus, share rows, dates) mark the page around it.
BOILERPLATE_PENALTY = -80.0
INLINE_PENALTY = -20.0
INLINE_RULES = frozenset(
    (
        names.ADVERTISEMENT,
        names.PHOTO_CREDIT,
        names.PHOTO_CAPTION,
        names.READ_MORE_LINK,
        names.NEWSLETTER_PROMO,
        names.PAYWALL_PROMPT,
        names.APP_BADGE,
        names.DONATION_APPEAL,
        names.PLAYER_TIMESTAMP,
        names.MEDIA_PLAYER,
        names.REPEATED_TITLE,
        names.AFFILIATE_DISCLOSURE,
    )
)

# Teaser cards: dates and bylines recur in every card of a list of teasers and seldom inside an
# article, so each counts against the body once for itself and once for every other one within
# CARD_WINDOW lines.
CARD_RULES = frozenset((names.DATE_LINE, names.BYLINE))
CARD_WINDOW = 8

# Table cells: a short line among many figure cells ("9.6", "$165", "9.1 oz") or amounts
# ("1 tbsp minced garlic": `quantities`) is a cell or an ingredient, not a menu item: it counts as
# data when at least TABLE_FIGURES of the lines around it are figures or amounts.
FIGURE_DIGITS = 0.3
TABLE_WINDOW = 5
TABLE_FIGURES = 0.3

# A table or list that opens or ends the article scores about nothing and would fall outside the
# best stretch: the body runs on over the lines right before and after it that score at least
# this much (`stretches.run_on`).
TRAILING_DATA = NUMERIC_PENALTY

# Topic coherence: article paragraphs share topic words with their neighbours, a list of teasers
# for other stories does not. Topic words are words of four letters or more that are not in more
# than COMMON_SHARE of the prose lines (function words are); a line's prose score is scaled by how
# many of its topic words the WINDOW prose lines on each side use.
CONTENT_WORD = re.compile(r"[^\W\d_]{4,}")
# The same words of an ASCII line: the Unicode letter class makes a scan of every prose line cost
# more than the rest of the coherence step, an ASCII class costs a third of it.
ASCII_CONTENT_WORD = re.compile(r"[A-Za-z]{4,}")
COMMON_SHARE = 0.3
COMMON_MIN_LINES = 2
MIN_TOPIC_WORDS = 3
WINDOW = 2
COHERENCE_FLOOR = 0.5
COHERENCE_SLOPE = 4.0


def score_line(line: Line, rule: str | None) -> float:
    """Return how much a line speaks for being inside the article body."""
    if rule is not None:
        return INLINE_PENALTY if rule in INLINE_RULES else BOILERPLATE_PENALTY
    if line.prose:
        if is_consent_wording(line.lower):
            return CONSENT_WEIGHT * min(line.chars, PROSE_CAP)
        return float(min(line.chars, PROSE_CAP))
    if line.sentence and line.words >= 5:
        return SENTENCE_WEIGHT * line.chars
    if line.digits >= 0.3:
        return NUMERIC_PENALTY
    if is_link_like(line):
        return DATA_PENALTY if has_quantity(line) else LINK_PENALTY
    if line.digits > 0 or line.punct > 0:
        if line.words >= ITEM_WORDS and line.caps < ITEM_MAX_CAPS:
            return ITEM_WEIGHT * line.chars
        return DATA_PENALTY
    return DATA_PENALTY if has_quantity(line) else SHORT_PENALTY


def coherence(
    lines: Sequence[Line],
    decided: Sequence[str | None],
    words: dict[int, frozenset[str]],
    shares_by_prose: dict[tuple[int, ...], dict[int, float]] | None = None,
) -> dict[int, float]:
    """Return, for each prose line, the share of its topic words its neighbouring prose shares.

    ``words`` caches each line's content words by line position in the text (the passes of
    `strip_boilerplate` look at the same lines again). ``shares_by_prose`` caches the shares by
    line position for each set of prose lines: the shares depend on nothing else, and a later
    pass over what is left often has the same prose (only page furniture went).
    """
    prose = [i for i, line in enumerate(lines) if decided[i] is None and line.prose]
    if shares_by_prose is not None:
        key = tuple(lines[i].index for i in prose)
        known = shares_by_prose.get(key)
        if known is None:
            known = shares_by_prose[key] = {
                lines[i].index: share for i, share in _shares(lines, prose, words).items()
            }
        return {i: known[lines[i].index] for i in prose if lines[i].index in known}
    return _shares(lines, prose, words)


def _shares(
    lines: Sequence[Line], prose: list[int], words: dict[int, frozenset[str]]
) -> dict[int, float]:
    for i in prose:
        if lines[i].index not in words:
            words[lines[i].index] = content_words(lines[i].lower)
    frequency = Counter(chain.from_iterable(words[lines[i].index] for i in prose))
    limit = max(COMMON_MIN_LINES, COMMON_SHARE * len(prose))
    # The words in more than limit lines, picked without a Python loop over every word.
    common = set(compress(frequency, map(limit.__lt__, frequency.values())))
    topic = {i: words[lines[i].index] - common for i in prose}
    shares: dict[int, float] = {}
    for k, i in enumerate(prose):
        own = topic[i]
        if len(own) < MIN_TOPIC_WORDS:
            continue
        neighbours = prose[max(0, k - WINDOW) : k] + prose[k + 1 : k + 1 + WINDOW]
        # Shared: its words less those no neighbour uses (no union of the neighbours built).
        alone = own.difference(*(topic[j] for j in neighbours))
        shares[i] = (len(own) - len(alone)) / len(own)
    return shares


def content_words(lower: str) -> frozenset[str]:
    """Return the words of four letters or more of a lower-cased line."""
    if not lower.isascii():
        return frozenset(CONTENT_WORD.findall(lower))
    return frozenset(ASCII_CONTENT_WORD.findall(lower))


def body_scores(
    lines: Sequence[Line],
    decided: Sequence[str | None],
    words: dict[int, frozenset[str]],
    shares_by_prose: dict[tuple[int, ...], dict[int, float]] | None = None,
) -> list[float]:
    """Return each line's score in context: its own, weighed by coherence, cards and tables."""
    shares = coherence(lines, decided, words, shares_by_prose)
    markers = [i for i, rule in enumerate(decided) if rule in CARD_RULES]
    # Running counts of figure cells, of amounts and of either, to find the lines inside a table
    # or a list.
    figures, amounts, cells = [0], [0], [0]
    for line in lines:
        figure, amount = line.digits >= FIGURE_DIGITS, has_quantity(line)
        figures.append(figures[-1] + figure)
        amounts.append(amounts[-1] + amount)
        cells.append(cells[-1] + (figure or amount))
    scores = []
    listed = 0  # items still to come of a list a sentence announced ("...summarise them:")
    for position, line in enumerate(lines):
        score = score_line(line, decided[position])
        if decided[position] is not None or line.prose:
            listed = 0
        elif listed and score < 0 and line.words >= LIST_ITEM_WORDS:
            score, listed = ITEM_WEIGHT * line.chars, listed - 1
        if decided[position] is None and line.words >= LIST_INTRO_WORDS:
            listed = LIST_ITEMS if line.text.endswith(":") else listed
        if position in shares:
            score *= min(1.0, COHERENCE_FLOOR + COHERENCE_SLOPE * shares[position])
        elif decided[position] in CARD_RULES:
            low, high = position - CARD_WINDOW, position + CARD_WINDOW
            score *= bisect_right(markers, high) - bisect_left(markers, low)  # with itself
        elif score < 0 and decided[position] is None:
            low = max(0, position - TABLE_WINDOW)
            high = min(len(lines), position + TABLE_WINDOW + 1)
            # Among amounts, a line is the list's when amounts come before it and after it, or
            # right before it (the list's last item); a menu right below a list gets no amounts.
            after = (
                amounts[high] > amounts[position + 1] or amounts[position] > amounts[position - 1]
            )
            between = amounts[position] > amounts[low] and after
            counted = cells if between else figures
            if counted[high] - counted[low] >= TABLE_FIGURES * (high - low):
                score = DATA_PENALTY
        scores.append(score)
    return scores


class Body(NamedTuple):
    """Where the article body is: its best-scoring stretch and the others that belong to it."""

    start: int
    end: int
    extra: tuple[Span, ...] = ()
    opening: int | None = None  # where the article opens: its lead above the best stretch, if any


def find_body(
    lines: Sequence[Line],
    decided: Sequence[str | None],
    words: dict[int, frozenset[str]] | None = None,
    shares_by_prose: dict[tuple[int, ...], dict[int, float]] | None = None,
) -> Body | None:
    """Return where the article body is, or None if there is no prose.

    The body is the stretch with the highest total score, run on over the data lines (a table or
    list that opens or closes the article) right before and after it, and the stretches around
    it that belong to the article too (`stretches`). ``words`` and ``shares_by_prose`` cache
    content words and coherence between calls on one text.
    """
    scores = body_scores(lines, decided, {} if words is None else words, shares_by_prose)
    found = best_segment(scores, 0, len(lines) - 1)
    if found is None:
        return None
    total, span = found
    start, end = run_on(lines, scores, decided, span, TRAILING_DATA)
    lead = find_lead(lines, decided, scores, (start, end))
    extra = find_extra(lines, decided, scores, (start, end), total, TRAILING_DATA, lead)
    return Body(
        start,
        end,
        tuple(
            other if other == lead else run_on(lines, scores, decided, other, TRAILING_DATA)
            for other in extra
        ),
        None if lead is None else lead[0],
    )


def mark_outside_body(
    lines: Sequence[Line],
    decided: Sequence[str | None],
    body: Body | tuple[int, int],
    headline: int | None,
) -> dict[int, str]:
    """Mark the lines above the body (but its headline and standfirst) and below it.

    Lines inside the body's other stretches (`Body.extra`) are the article's too. A line between
    the headline and the body is its standfirst when it is shaped like one and shares a topic word
    with the headline or the body's first paragraphs: teasers for other stories under a wrongly
    found headline (a "most read" box above the story) share none.
    """
    start, end = body[0], body[1]
    inside = {i for first, last in getattr(body, "extra", ()) for i in range(first, last + 1)}
    topic = set() if headline is None else standfirst_topic(lines, decided, start, headline)
    marks: dict[int, str] = {}
    for position in range(start):
        if decided[position] is not None or position == headline or position in inside:
            continue
        if headline is not None and position > headline and is_standfirst(lines[position], topic):
            continue
        marks[position] = names.PAGE_HEADER
    for position in range(end + 1, len(lines)):
        if decided[position] is None and position not in inside:
            marks[position] = names.PAGE_FOOTER
    return marks
