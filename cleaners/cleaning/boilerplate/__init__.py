"""Boilerplate stripping for plain scraped text.

Deciding and rewriting are separate steps. `decide_lines` and then `decide_blocks` give every
line (a hard-wrapped paragraph counts as one) either None, to keep it, or the name of the rule
that removes it:

1. line rules, each recognising one kind of boilerplate line on its own, as `registry` declares
   them: the whole-line vocabularies (menus, legal links, share buttons, comment headings...) of
   the document's language (`wording`), then the shape rules (cookie banners, copyright lines,
   bylines, photo credits...), each offered the lines its hints admit (`prefilter`);
2. lines that recur across the site's documents (`recurring`, learned by cleaners.cleaning.recurring);
3. block rules that need neighbours and position (`decide_blocks`): promo blocks, comment
   threads, related-links boxes, bullet-separated teasers, author bios, the article body versus
   the page around it (`context`), the repeated title.

`strip_boilerplate` then blanks the removed lines and lists every removal with its rule. The rule
modules: furniture (site chrome wording), consent (cookie banners and dialogs), notices
(copyright and legal notices), widgets (breadcrumbs, player read-outs, contact rows, language
switches, embed code), promos, donations, social (share buttons, network rows, app badges),
appeals (follow, share and offer prompts), credits (bylines, dates), authors (bios, author
boxes), pictures (photo credits and captions), staff (editor credits), links, pagers
(previous/next links), comments, title, context; names, declarations, registry, prefilter and
catalogue declare and index them; lines and vocab hold what they share. docs/cleaning.md
describes the design.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from cleaners.cleaning.boilerplate import context, guard, names
from cleaners.cleaning.boilerplate import title as titles
from cleaners.cleaning.boilerplate.frame import has_frame
from cleaners.cleaning.boilerplate.lines import TABLE_PIPE, Line, is_prose, read_lines, table_cell
from cleaners.cleaning.boilerplate.prefilter import Prefilter
from cleaners.cleaning.boilerplate.registry import BLOCK_RULES, SHAPE_RULES, VOCABULARY_RULES
from cleaners.cleaning.boilerplate.vocab import VocabularyIndex, index_vocabularies
from cleaners.cleaning.boilerplate.wording import LANGUAGES, layers
from cleaners.cleaning.recurring import fingerprint_line
from cleaners.cleaning.whitespace import EDGE_CHARS
from cleaners.records import Removal

__all__ = [
    "Stripped",
    "decide_blocks",
    "decide_line",
    "decide_lines",
    "strip_boilerplate",
]


@dataclass(frozen=True, slots=True)
class Stripped:
    """The text that survived boilerplate stripping and what was taken out, line by line."""

    text: str
    removed: tuple[Removal, ...]


# How many languages' vocabulary indexes are kept (one is built the first time it is needed).
CACHED_LANGUAGES = 64


@lru_cache(maxsize=CACHED_LANGUAGES)
def vocabulary_index(language: str | None) -> VocabularyIndex:
    """Return the whole-line vocabularies that apply to a document in ``language``, merged."""
    chosen = layers(language)
    return index_vocabularies(
        tuple(
            (rule.name, rule.vocabulary.for_languages(chosen))
            for rule in VOCABULARY_RULES
            if rule.vocabulary is not None
        )
    )


SHAPE_PREFILTER = Prefilter(SHAPE_RULES)

# Passes of decide-and-remove: the second almost never removes anything; the bound keeps a
# pathological document from looping.
MAX_PASSES = 6


def decide_line(line: Line, vocabularies: VocabularyIndex | None = None) -> str | None:
    """Return the name of the first line rule that matches, or None.

    A table row with a single filled cell is judged by that cell (see `lines.table_cell`).
    ``vocabularies``: those of the document's language (`vocabulary_index`); all by default.
    """
    if line.text.startswith(TABLE_PIPE):
        cell = table_cell(line)
        if cell is not None:
            line = cell
    index = vocabularies if vocabularies is not None else vocabulary_index(None)
    found = index.find_line(line.bare, line.text, line.words)
    if found is not None:
        return found
    for name, matches in SHAPE_PREFILTER.offered(line):
        if matches(line):
            return name
    return None


def decide_lines(
    lines: Sequence[Line], *, recurring: frozenset[str] = frozenset(), language: str | None = None
) -> tuple[list[str | None], bool]:
    """Return the line rules' and recurring lines' decisions, and whether the text has a frame.

    Recurring lines do not show a frame: a second run over clean texts learns them from
    the clean texts themselves.
    """
    by_text: dict[str, str | None] = {}
    decided: list[str | None] = []
    vocabularies = vocabulary_index(language if language in LANGUAGES else None)
    for line in lines:
        if line.text not in by_text:
            by_text[line.text] = decide_line(line, vocabularies)
        decided.append(by_text[line.text])
    framed = has_frame(lines, decided)
    if recurring:
        _apply(decided, mark_recurring(lines, recurring))
    return decided, framed


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
            marks[i] = names.RECURRING_SITE_LINE
        if is_prose(line):
            prose_chars += line.chars
            recurring_prose += line.chars if found else 0
    if recurring_prose * 2 > prose_chars:
        return {}
    return marks


ANCHORED_BLOCK_RULES = tuple(rule.mark for rule in BLOCK_RULES if rule.anchored)
OPEN_BLOCK_RULES = tuple(rule.mark for rule in BLOCK_RULES if not rule.anchored)


def decide_blocks(
    lines: Sequence[Line],
    decided: list[str | None],
    *,
    title: str | None = None,
    words: dict[int, frozenset[str]] | None = None,
    page: bool = True,
    framed: bool = True,
    shares_by_prose: dict[tuple[int, ...], dict[int, float]] | None = None,
) -> list[str | None]:
    """Complete the line rules' decisions with the rules that look at neighbours and position.

    ``words`` and ``shares_by_prose`` cache the lines' content words and their coherence
    (`context.coherence`) between passes over the same text. ``page`` says
    the text is a whole page (scraped text); text that an extractor already cut out of a page
    (trafilatura's main text) has no page around its article, and looking for one there only
    removes the article's own first and last paragraphs (measured on aeb-dev and wcxb-dev).
    ``framed`` says a page text shows a frame (`frame.has_frame`); without one, the body and
    its headline are still found (for the repeated title) but nothing around them is removed.
    """
    # Promo blocks, comment threads and related sections grow from lines a rule already
    # removed: with none (the passes after the first), they have nothing to start from.
    for block_rule in ANCHORED_BLOCK_RULES + OPEN_BLOCK_RULES if any(decided) else OPEN_BLOCK_RULES:
        _apply(decided, block_rule(lines, decided))
    body = context.find_body(lines, decided, words, shares_by_prose) if page else None
    if body is not None:
        title_at = titles.find_title(lines, title)
        opening = body[0] if body.opening is None else body.opening
        headline = (
            title_at
            if title_at is not None and title_at < opening
            else (context.find_headline(lines, decided, opening))
        )
        if headline is None and context.is_headline(lines[body[0]]):
            headline = body[0]  # the headline opens the body (a short article, no menu above)
        if framed:
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
    decided, framed = decide_lines(lines, recurring=recurring, language=language)
    # The passes after the first keep the first one's answer to whether there is a frame.
    decided = decide_blocks(
        lines,
        decided,
        title=title,
        words=words,
        page=page,
        framed=framed,
        shares_by_prose=shares,
    )
    if not any(decided):
        return Stripped(text=text, removed=())
    raws = text.splitlines()
    removed: list[Removal] = []
    for _ in range(MAX_PASSES):
        kept: list[Line] = []
        for line, rule in zip(lines, decided, strict=False):
            if rule is None:
                kept.append(line)
                continue
            span = range(line.index, line.last + 1)
            # One raw line's stripped text is the line's text; a wrapped one is rebuilt line by line.
            removed.append(
                Removal(
                    rule=rule,
                    text=line.text
                    if len(span) == 1
                    else "\n".join(raws[i].strip(EDGE_CHARS) for i in span),
                )
            )
            for i in span:
                raws[i] = ""
        lines = kept
        decided = decide_blocks(
            lines,
            [None] * len(lines),
            title=title,
            words=words,
            page=page,
            framed=framed,
            shares_by_prose=shares,
        )
        if not any(decided):
            break
    return Stripped(text="\n".join(raws), removed=tuple(removed))
