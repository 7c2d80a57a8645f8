"""Boilerplate stripping for plain scraped text.

Deciding and rewriting are separate steps. `decide` gives every line (a hard-wrapped paragraph
counts as one) either None, to keep it, or the name of the rule that removes it:

1. line rules, each recognising one kind of boilerplate line on its own: the whole-line
   vocabularies of `VOCABULARIES` (menus, legal links, share buttons, comment headings...), then
   the shape rules of `SHAPE_RULES` (cookie banners, copyright lines, bylines, photo credits...);
2. lines that recur across the site's documents (`recurring`, learned by cleaners.cleaning.recurring);
3. block rules that need neighbours and position (`decide_blocks`): promo blocks, comment
   threads, related-links boxes, bullet-separated teasers, author bios, the article body versus
   the page around it (`context`), the repeated title.

`strip_boilerplate` then blanks the removed lines and lists every removal with its rule. The rule
modules: furniture (site chrome), promos, appeals (follow, share and offer prompts), credits
(bylines, dates, photo credits, bios), links, comments, title, context; lines and vocab hold what
they share.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from cleaners.cleaning.boilerplate import (
    appeals,
    comments,
    context,
    credits,
    furniture,
    gates,
    guard,
    links,
    promos,
)
from cleaners.cleaning.boilerplate import title as titles
from cleaners.cleaning.boilerplate.lines import TABLE_PIPE, Line, is_prose, read_lines, table_cell
from cleaners.cleaning.boilerplate.vocab import Vocabulary, index_vocabularies
from cleaners.records import Removal
from cleaners.cleaning.recurring import fingerprint_line
from cleaners.cleaning.whitespace import EDGE_CHARS

__all__ = [
    "SHAPE_RULES", "VOCABULARIES", "Stripped", "decide", "decide_blocks", "decide_line",
    "strip_boilerplate",
]


@dataclass(frozen=True, slots=True)
class Stripped:
    """The text that survived boilerplate stripping and what was taken out, line by line."""

    text: str
    removed: tuple[Removal, ...]


# Whole-line vocabularies, in registration order: the first that holds a line names its removal.
VOCABULARIES: tuple[tuple[str, Vocabulary], ...] = (
    ("advertisement", furniture.ADVERTISEMENT),
    ("newsletter_promo", promos.NEWSLETTER_LINES),
    ("paywall_prompt", promos.PAYWALL_PROMPT),
    ("share_prompt", promos.SHARE_PROMPT),
    ("call_to_action", promos.CALL_TO_ACTION),
    ("comments", comments.COMMENTS_HEADINGS),
    ("comment_form", comments.COMMENT_FORM),
    ("related_links", links.RELATED_HEADINGS),
    ("reading_time", furniture.READING_TIME),
    ("legal_links", furniture.LEGAL_LINKS),
    ("navigation", furniture.NAVIGATION),
)

VOCABULARY_INDEX = index_vocabularies(VOCABULARIES)

# Passes of decide-and-remove: the second almost never removes anything; the bound keeps a
# pathological document from looping.
MAX_PASSES = 6

# Shape rules, tried in order on the lines no vocabulary holds, each with the shortest and the
# longest line (in words) it can match and the features (`gates`) a line needs for it to match at
# all: other lines skip it without a call (the predicates check their own bounds and conditions
# too). A vocabulary line ("Newsletter") never reaches the newsletter rule's own vocabulary test:
# VOCABULARY_INDEX holds it first, so that rule needs its hints.
SHAPE_RULES: tuple[tuple[str, int, int, int, Callable[[Line], bool]], ...] = (
    ("player_timestamp", 1, 8, gates.COLON, furniture.is_player_timestamp),
    ("cookie_notice", 3, 200, gates.COOKIE, furniture.is_cookie_notice),
    ("copyright_footer", 1, 40, gates.COPYRIGHT, furniture.is_copyright_footer),
    ("legal_notice", 6, 120, gates.LEGAL, furniture.is_legal_notice),
    ("newsletter_promo", 1, 60, gates.NEWSLETTER, promos.is_newsletter_promo),
    ("donation_appeal", 1, 30, gates.DONATION, promos.is_donation_appeal),
    ("affiliate_disclosure", 5, 60, gates.AFFILIATE, promos.is_affiliate_disclosure),
    ("app_badge", 1, 14, gates.APP, promos.is_app_badge),
    ("social_links", 1, 16, gates.SOCIAL, promos.is_social_links),
    ("social_follow", 1, 20, gates.OPENING, appeals.is_social_follow),
    ("share_appeal", 1, 40, gates.SHARE, appeals.is_share_appeal),
    ("signup_offer", 1, 60, gates.OFFER, appeals.is_signup_offer),
    ("contact_details", 2, 16, gates.COLON, furniture.is_contact_details),
    ("byline", 1, 20, gates.NAMED | gates.OPENING | gates.DIGIT, credits.is_byline),
    ("date_line", 1, 16, gates.DIGIT, credits.is_date_line),
    ("photo_credit", 1, 60, gates.OPENING | gates.NAMED | gates.MARK | gates.CREDIT,
     credits.is_photo_credit),
    ("photo_caption", 6, 70, gates.DATED | gates.CAPTION, credits.is_photo_caption),
    ("comment_form", 1, 30, gates.COLON | gates.LISTED, comments.is_comment_form),
    ("related_link", 2, 30, gates.OPENING, links.is_related_link),
    ("tag_list", 1, 30, gates.LISTED | gates.OPENING, links.is_tag_line),
    ("link_list", 2, 16, gates.MARK, links.is_link_row),
    ("breadcrumb", 2, 16, gates.MARK, furniture.is_breadcrumb),
    ("link_list", 3, 150, gates.EVERY, links.is_glued_links),
)
LONGEST_SHAPE = max(longest for _, _, longest, _, _ in SHAPE_RULES)
# Word counts that admit the same rules share a class. The rules a line is offered are looked up
# by its word class and the table bits of its features, then each checks the rest of its gate.
_BOUNDS = tuple(
    tuple(shortest <= words <= longest for _, shortest, longest, _, _ in SHAPE_RULES)
    for words in range(LONGEST_SHAPE + 2)
)
_CLASSES = tuple(dict.fromkeys(_BOUNDS))
WORD_CLASS = tuple(_CLASSES.index(bounds) for bounds in _BOUNDS)
SHAPE_TABLE = tuple(
    tuple(
        tuple((name, needs, matches)
              for (name, _, _, needs, matches), fits in zip(SHAPE_RULES, bounds)
              if fits and gates.table_needs(needs) & (features | gates.EVERY))
        for bounds in _CLASSES
    )
    for features in range(gates.FEATURES)
)


def decide_line(line: Line) -> str | None:
    """Return the name of the first line rule that matches, or None.

    A table row with a single filled cell is judged by that cell (see `lines.table_cell`).
    """
    if line.text.startswith(TABLE_PIPE):
        cell = table_cell(line)
        if cell is not None:
            line = cell
    found = VOCABULARY_INDEX.find(line.bare, line.words)
    if found is not None:
        return found
    features = gates.line_features(line)
    word_class = WORD_CLASS[min(line.words, LONGEST_SHAPE + 1)]
    for name, needs, matches in SHAPE_TABLE[features & (gates.FEATURES - 1)][word_class]:
        if needs & features and matches(line):
            return name
    return None


def decide(
    lines: Sequence[Line],
    *,
    title: str | None = None,
    recurring: frozenset[str] = frozenset(),
    words: dict[int, frozenset[str]] | None = None,
    page: bool = True,
    shares_by_prose: dict[tuple[int, ...], dict[int, float]] | None = None,
) -> list[str | None]:
    """Return, for each line, the rule that removes it or None to keep it.

    A line rule looks at a line's text only, and a page repeats many of its lines (share
    buttons, bullets, menu items): each distinct line is decided once.
    """
    by_text: dict[str, str | None] = {}
    decided: list[str | None] = []
    for line in lines:
        if line.text not in by_text:
            by_text[line.text] = decide_line(line)
        decided.append(by_text[line.text])
    if recurring:
        _apply(decided, mark_recurring(lines, recurring))
    return decide_blocks(lines, decided, title=title, words=words, page=page,
                         shares_by_prose=shares_by_prose)


def mark_recurring(lines: Sequence[Line], recurring: frozenset[str]) -> dict[int, str]:
    """Mark the lines that recur across the site's documents (see cleaners.cleaning.recurring).

    A document whose prose would mostly go this way is a copy of the site's other documents,
    not their boilerplate (overlap flagging deals with copies): then nothing is marked.
    """
    known: dict[str, bool] = {}  # a page repeats lines (bullets, share buttons): hash each once
    marks: dict[int, str] = {}
    prose_chars = recurring_prose = 0
    for i, line in enumerate(lines):
        found = known.get(line.text)
        if found is None:
            found = known[line.text] = fingerprint_line(line.text) in recurring
        if found:
            marks[i] = "recurring_site_line"
        if is_prose(line):
            prose_chars += line.chars
            recurring_prose += line.chars if found else 0
    if recurring_prose * 2 > prose_chars:
        return {}
    return marks


# Block rules, in order: those that extend another rule's removals, then those that find their
# blocks on their own.
ANCHORED_BLOCK_RULES: tuple[Callable[[Sequence[Line], list[str | None]], dict[int, str]], ...] = (
    promos.mark_promo_blocks, comments.mark_comment_thread, links.mark_related_sections,
)
OPEN_BLOCK_RULES: tuple[Callable[[Sequence[Line], list[str | None]], dict[int, str]], ...] = (
    links.mark_bulleted_teasers, credits.mark_author_bios,
)


def decide_blocks(
    lines: Sequence[Line],
    decided: list[str | None],
    *,
    title: str | None = None,
    words: dict[int, frozenset[str]] | None = None,
    page: bool = True,
    shares_by_prose: dict[tuple[int, ...], dict[int, float]] | None = None,
) -> list[str | None]:
    """Complete the line rules' decisions with the rules that look at neighbours and position.

    ``words`` and ``shares_by_prose`` cache the lines' content words and their coherence
    (`context.coherence`) between passes over the same text. ``page`` says
    the text is a whole page (scraped text); text that an extractor already cut out of a page
    (trafilatura's main text) has no page around its article, and looking for one there only
    removes the article's own first and last paragraphs (measured on aeb-dev and wcxb-dev).
    """
    # Promo blocks, comment threads and related sections grow from lines a rule already
    # removed: with none (the passes after the first), they have nothing to start from.
    for block_rule in (ANCHORED_BLOCK_RULES + OPEN_BLOCK_RULES if any(decided)
                       else OPEN_BLOCK_RULES):
        _apply(decided, block_rule(lines, decided))
    body = context.find_body(lines, decided, words, shares_by_prose) if page else None
    if body is not None:
        title_at = titles.find_title(lines, title)
        headline = title_at if title_at is not None and title_at < body[0] else (
            context.find_headline(lines, decided, body[0]))
        if headline is None and context.is_headline(lines[body[0]]):
            headline = body[0]  # the headline opens the body (a short article, no menu above)
        _apply(decided, context.mark_outside_body(lines, decided, body, headline))
        if title is None and headline is not None:
            title = lines[headline].text
    _apply(decided, titles.mark_repeated_lines(lines, decided, title))
    return guard.keep_article(lines, decided)


def _apply(decided: list[str | None], marks: dict[int, str]) -> None:
    for position, rule in marks.items():
        if decided[position] is None:
            decided[position] = rule


def strip_boilerplate(
    text: str,
    *,
    title: str | None = None,
    recurring: frozenset[str] = frozenset(),
    page: bool = True,
    language: str | None = None,
) -> Stripped:
    """Remove boilerplate lines from scraped text and record each removal with its rule.

    ``language`` (ISO 639-1, or None when undetermined) chooses the vocabularies that match
    wording; the language-agnostic evidence (position, recurrence, shape) applies to every text.

    Lines are split as str.splitlines splits them (as normalize_whitespace does next) and joined
    again with "\n"; a removed line leaves an empty line behind, so its neighbours never run
    together, and text with nothing to remove comes back unchanged. The neighbour and position
    rules run again on what is left until they remove nothing more (so cleaning clean text
    changes nothing), at most MAX_PASSES times; the line rules need not, as a kept line stays
    the same line.
    """
    lines = read_lines(text)
    words: dict[int, frozenset[str]] = {}
    shares: dict[tuple[int, ...], dict[int, float]] = {}
    decided = decide(lines, title=title, recurring=recurring, words=words, page=page,
                     shares_by_prose=shares)
    if not any(decided):
        return Stripped(text=text, removed=())
    raws = text.splitlines()
    removed: list[Removal] = []
    for _ in range(MAX_PASSES):
        kept: list[Line] = []
        for line, rule in zip(lines, decided):
            if rule is None:
                kept.append(line)
                continue
            span = range(line.index, line.last + 1)
            # One raw line's stripped text is the line's text; a wrapped one is rebuilt line by line.
            removed.append(Removal(rule=rule, text=line.text if len(span) == 1 else "\n".join(
                raws[i].strip(EDGE_CHARS) for i in span)))
            for i in span:
                raws[i] = ""
        lines = kept
        decided = decide_blocks(lines, [None] * len(lines), title=title, words=words, page=page,
                                shares_by_prose=shares)
        if not any(decided):
            break
    return Stripped(text="\n".join(raws), removed=tuple(removed))
