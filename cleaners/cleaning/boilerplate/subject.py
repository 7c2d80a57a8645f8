"""The page's subject: its description, its data and its lists, wherever the page rules put them.

A shop's product page, a holiday flat's or a database entry names its subject in a headline and
describes it in a paragraph and in a block of labelled values ("Aroma" / "Rote Beeren,
Zitrusnoten" / "Herkunft" / ...) above a longer stretch the body finder takes (the reviews, a
longer description), so `page_header` takes them. The kept body names the subject again, in
several paragraphs: its subject words are the topic words RECUR of its paragraphs name. Menus,
teasers and shop chrome seldom name them; a menu's entries carry no values listed with commas.
This step gives back, of what the page rules took:

1. a paragraph (PARAGRAPH_WORDS words or more: a scraper may cut its full stop) between the
   subject's headline and the body that names a subject word of the headline and shares
   SUBJECT_WORDS subject words, SUBJECT_SHARE of its own topic words or more. The headline is
   the farthest line shaped like one within SUBJECT_REACH lines above the body whose topic words
   are the subject's (`headline.shares_topic`): a product's headline stands above its price,
   its data and its description, whose own short lines may name the subject too;
2. the labelled values under the subject's headline: PAIRS or more of a label (LABEL_WORDS words
   at most, capitalised, no figures or punctuation) with its value on the next line (2 to
   VALUE_WORDS words, words listed with commas or an amount with its unit), at most PAIR_GAP
   lines between two pairs, one value listed with commas, and within HEADLINE_GAP lines above
   the first label a headline sharing DATA_HEADLINE_WORDS subject words; the headline and the
   lines from the first label to the last value come back (the headline too, so that the next
   pass over the kept lines finds the block under it again);
3. a list a kept line announces (it ends with a colon) in a hole of the body: the page rules'
   lines between it and the next kept line, when that one is HOLE_LINES lines away at most and
   kept prose follows within HOLE_PROSE lines (a wording rule's line in the hole ends it).

Only `page_header` / `page_footer` removals come back: a price "inkl. MwSt.", a cart line or a
"Buy now" button that a wording rule took stays removed, and so do the lines between the
headline and the data (the price, "In den Warenkorb").
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

# The subject (module docstring). A word the body names once is the writer's; one it names in
# two paragraphs is what it is about. A product's headline and its description may stand some
# 40 lines above the reviews (price, cart, attributes between); a subject is named in a short
# headline ("Villa Galaxy") as in a long one.
RECUR = 2
SUBJECT_REACH = 60
HEADLINE_WORDS = (2, 30)
HEADLINE_DIGITS = 0.15
# 1. The description. A menu's blurb ("Explore our plans and pricing for social media
# marketing") is a sentence of a dozen words sharing two or three with a corporate body; a
# description is a paragraph naming the subject itself.
SUBJECT_WORDS = 3
PARAGRAPH_WORDS = 20
SUBJECT_SHARE = 0.3
# 2. The data. A mega-menu's section name shares one word with the body ("Dental Services"); the
# subject's headline two. Labels are a word or two ("Aroma", "Länge (aufgebaut)"); values list
# words with commas ("Handgepflückt, gewaschen, sonnengetrocknet") or give an amount ("52 cm").
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
# 3. A list announced inside the body ("Artikeldetails:" over its feature lines): a colon says
# what follows belongs to the line, and kept prose after the hole says the body goes on.
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
