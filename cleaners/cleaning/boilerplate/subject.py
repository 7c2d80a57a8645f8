"""The page's subject: its description and its data, wherever the page rules put them.

A shop's product page, a holiday flat's or a database entry names its subject in a headline and
describes it in prose and in a block of labelled values ("Aroma" / "Rote Beeren, Zitrusnoten" /
"Herkunft" / ...) above a longer stretch the body finder takes (the reviews, a longer
description), so `page_header` takes them. What the body keeps names the subject again; menus,
teasers and shop chrome do not. This step gives back, of what the page rules took:

1. prose above the body that is about the body's subject: it shares SUBJECT_WORDS of the body's
   subject words (topic words in RECUR paragraphs of the kept body or more) and they are
   SUBJECT_SHARE of its own topic words or more (a cookie notice or a site's blurb shares a word
   or two with a long body, not most of its own);
2. the labelled values right under the subject's headline (a headline-shaped line above the
   body naming a subject word): pairs of a label (one to LABEL_WORDS words, capitalised, no
   figures) and the value on the next line (VALUE_WORDS words at most, a comma between words or
   an amount with its unit), PAIRS of them or more with at most PAIR_GAP lines between two, and
   a value with commas among them (a menu's entries have none), within DATA_REACH lines of the
   headline; the lines from the first label to the last value come back;
3. a list a kept line announces (it ends with a colon) in a hole of the body: every line between
   it and the next kept line when that one is HOLE_LINES lines away at most and kept prose
   follows within HOLE_PROSE lines.

Only `page_header` / `page_footer` removals come back: a price "inkl. MwSt.", a cart line or a
"Buy now" button a wording rule took stays removed.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from cleaners.cleaning.boilerplate.guarded import PAGE_RULES, kept_prose
from cleaners.cleaning.boilerplate.headline import shares_topic
from cleaners.cleaning.boilerplate.lines import Line
from cleaners.cleaning.boilerplate.quantities import QUANTITY
from cleaners.cleaning.boilerplate.topics import Topics

# 1. Prose about the subject.
RECUR = 2
SUBJECT_REACH = 60
HEADLINE_WORDS = (2, 30)
HEADLINE_DIGITS = 0.15
SUBJECT_WORDS = 3
PARAGRAPH_WORDS = 20
SUBJECT_SHARE = 0.3
# 2. Labelled values under the subject's headline.
HEADLINE_GAP = 8
DATA_HEADLINE_WORDS = 2
LABEL_WORDS = 3
LABEL_CHARS = 30
VALUE_WORDS = 8
PAIRS = 2
PAIR_GAP = 6
LISTED = re.compile(r"[^\W\d_]\s*,\s*[^\W\d_]")
FIGURE = re.compile(r"\d")
LABEL_PUNCT = re.compile(r"[.!?,;:|€$£%]")
# 3. A list announced inside the body.
HOLE_LINES = 20
HOLE_PROSE = 3


def keep_subject(
    lines: Sequence[Line], kept: list[str | None], prose: list[bool], topics: Topics
) -> None:
    """Give back the subject's description, data and announced lists (module docstring)."""
    body = kept_prose(kept, prose)
    if not body:
        return
    subject = _subject_words(body, topics)
    headline = _subject_headline(lines, kept, topics, body[0], subject) if subject else None
    if headline is not None:
        _keep_described(lines, kept, topics, headline, body[0], subject)
    if subject:
        _keep_data(lines, kept, topics, body[0], subject)
    _keep_announced(lines, kept, prose)


def _subject_words(body: list[int], topics: Topics) -> set[str]:
    """Return the topic words RECUR kept paragraphs or more name: what the body is about."""
    counts = Counter(word for i in body for word in topics[i])
    return {word for word, count in counts.items() if count >= RECUR}


def _keep_described(
    lines: Sequence[Line],
    kept: list[str | None],
    topics: Topics,
    headline: int,
    first: int,
    subject: set[str],
) -> None:
    """Keep the taken paragraphs between the subject's headline and the body (docstring, 1)."""
    for i in range(headline + 1, first):
        line = lines[i]
        if kept[i] not in PAGE_RULES or line.words < PARAGRAPH_WORDS:
            continue
        shared = len(topics[i] & subject)
        if (
            shared >= SUBJECT_WORDS
            and shared >= SUBJECT_SHARE * len(topics[i])
            and topics[i] & topics[headline] & subject
        ):
            kept[i] = None


def _subject_headline(
    lines: Sequence[Line], kept: list[str | None], topics: Topics, first: int, subject: set[str]
) -> int | None:
    """Return the farthest headline above the body (SUBJECT_REACH lines up) naming its subject."""
    found = None
    for i in range(first - 1, max(-1, first - 1 - SUBJECT_REACH), -1):
        if (kept[i] is None or kept[i] in PAGE_RULES) and _names_subject(
            lines[i], topics[i], subject
        ):
            found = i
    return found


def _names_subject(line: Line, words: set[str], subject: set[str]) -> bool:
    """Tell whether a line is a headline naming the subject (`headline.shares_topic`)."""
    return (
        HEADLINE_WORDS[0] <= line.words <= HEADLINE_WORDS[1]
        and not line.sentence
        and line.digits < HEADLINE_DIGITS
        and shares_topic(words, subject)
    )


def _is_label(line: Line) -> bool:
    """Tell whether a line is a field's label: a capitalised word or two, no figures."""
    return (
        line.words <= LABEL_WORDS
        and line.chars <= LABEL_CHARS
        and line.text[:1].isupper()
        and FIGURE.search(line.text) is None
        and LABEL_PUNCT.search(line.text) is None
    )


def _is_value(line: Line) -> bool:
    """Tell whether a line is a field's value: a few words listed with commas, or an amount."""
    return (
        2 <= line.words <= VALUE_WORDS
        and not line.sentence
        and (LISTED.search(line.text) is not None or QUANTITY.search(line.text) is not None)
    )


def _keep_data(
    lines: Sequence[Line],
    kept: list[str | None],
    topics: Topics,
    first: int,
    subject: set[str],
) -> None:
    """Keep the labelled values under the subject's headline, and it (module docstring, 2)."""
    pairs: list[int] = []
    for i in range(max(0, first - SUBJECT_REACH), first - 1):
        if kept[i] in PAGE_RULES and _is_label(lines[i]) and _is_value(lines[i + 1]):
            if pairs and i - pairs[-1] - 2 > PAIR_GAP:
                _keep_block(lines, kept, topics, subject, pairs)
                pairs = []
            pairs.append(i)
    _keep_block(lines, kept, topics, subject, pairs)


def _keep_block(
    lines: Sequence[Line],
    kept: list[str | None],
    topics: Topics,
    subject: set[str],
    pairs: list[int],
) -> None:
    """Keep a block of label/value pairs under the subject's headline, and the headline."""
    if len(pairs) < PAIRS or not any(LISTED.search(lines[i + 1].text) for i in pairs):
        return
    headline = next(
        (
            i
            for i in range(pairs[0] - 1, max(-1, pairs[0] - 1 - HEADLINE_GAP), -1)
            if _names_subject(lines[i], topics[i], subject)
            and len(topics[i] & subject) >= DATA_HEADLINE_WORDS
        ),
        None,
    )
    if headline is None:
        return
    for i in (headline, *range(pairs[0], pairs[-1] + 2)):
        if kept[i] in PAGE_RULES:
            kept[i] = None


def _keep_announced(lines: Sequence[Line], kept: list[str | None], prose: list[bool]) -> None:
    """Keep a list a kept line announces in a hole of the body (module docstring, 3)."""
    for i, line in enumerate(lines):
        if kept[i] is not None or not line.text.endswith(":") or i + 1 >= len(lines):
            continue
        if kept[i + 1] not in PAGE_RULES:
            continue
        end = i + 1
        while end < len(lines) and end - i <= HOLE_LINES and kept[end] in PAGE_RULES:
            end += 1
        if end == len(lines) or kept[end] is not None or end - i > HOLE_LINES:
            continue
        if not any(
            kept[j] is None and prose[j] for j in range(end, min(len(lines), end + HOLE_PROSE))
        ):
            continue
        for j in range(i + 1, end):
            kept[j] = None
