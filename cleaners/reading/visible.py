"""The blocks of text a reader sees on a page, and which of them an extracted text holds.

Extraction keeps the main text of a page and leaves the rest out; these functions say what was
left out (the manifest lists it) and where the text a looser extraction adds belongs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree
from lxml.html import HtmlElement

# Elements whose text is never visible, and the block elements that start a new line.
INVISIBLE_TAGS = frozenset(
    ("script", "style", "noscript", "template", "svg", "iframe", "object", "head")
)
BLOCK_TAGS = frozenset((
    "p", "div", "br", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
    "tr", "table", "section", "article", "header", "footer", "nav", "aside", "main", "blockquote",
    "pre", "figure", "figcaption", "form", "address", "hr", "details", "summary", "td", "th",
))  # fmt: skip

# Characters a reader never sees that split a word for \w+ (soft hyphens: "Jung\xadpa\xadläo"):
# trafilatura drops the soft hyphen, so a block and its extracted line compare without them.
INVISIBLE_CHARS = dict.fromkeys(map(ord, "\xad\u200b\u2060\ufeff"))

# Words, and how many make the unit of comparison: a line is in a text when most of its word
# triples are (trafilatura joins, splits and trims lines, so whole lines rarely match exactly).
WORD = re.compile(r"\w+")
GRAM = 3
MIN_COVERED_SHARE = 0.5
# A block at least this share of link text is a link list, not prose.
MAX_LINK_SHARE = 0.5
# A lead paragraph precision mode cut (it sits in the page's header, before the first block the
# text holds) is prose of at least this many words; shorter lines there are the headline, a
# byline, a date or a kicker, which article truths leave out. Looked for in this many blocks
# before the first held one.
MIN_LEAD_WORDS = 16
LEAD_BLOCKS = 3


@dataclass(frozen=True, slots=True)
class Block:
    """One block of a page's visible text (whitespace collapsed) and how much of it is link text."""

    text: str
    link_chars: int


def read_blocks(root: HtmlElement) -> list[Block]:
    """Return the visible text blocks of a page (or element) in page order, never the hidden ones."""
    blocks: list[Block] = []
    parts: list[str] = []
    link_chars = link_depth = 0
    # One loop without helper calls: it visits every element of every page.
    walker = etree.iterwalk(root, events=("start", "end"))
    for event, element in walker:
        tag = element.tag
        if event == "start":
            if tag in INVISIBLE_TAGS or not isinstance(tag, str):
                walker.skip_subtree()  # its "end" event still comes, and adds its tail
                continue
            if tag in BLOCK_TAGS and parts:
                _add_block(blocks, parts, link_chars)
                parts, link_chars = [], 0
            link_depth += tag == "a"
            text = element.text
        else:
            link_depth -= tag == "a"
            if tag in BLOCK_TAGS and parts:
                _add_block(blocks, parts, link_chars)
                parts, link_chars = [], 0
            text = element.tail if element is not root else None
        if text:
            parts.append(text)
            if link_depth:
                link_chars += len(text.strip())
    if parts:
        _add_block(blocks, parts, link_chars)
    return blocks


def _add_block(blocks: list[Block], parts: list[str], link_chars: int) -> None:
    """Append the block of text parts (whitespace collapsed) unless it is blank."""
    text = " ".join("".join(parts).translate(INVISIBLE_CHARS).split())
    if text:
        blocks.append(Block(text, min(link_chars, len(text))))


def words(text: str) -> list[str]:
    """Return the lower-cased words of a text, what coverage compares."""
    return WORD.findall(text.translate(INVISIBLE_CHARS).lower())


def block_words(blocks: list[Block]) -> list[list[str]]:
    """Return the words of each block (one pass over the page's text, not one per block)."""
    joined = "\x00".join(block.text for block in blocks).translate(INVISIBLE_CHARS).lower()
    return [WORD.findall(part) for part in joined.split("\x00")] if blocks else []


def grams(tokens: list[str]) -> list[tuple[str, ...]]:
    """Return the word triples of a list of words."""
    return [tuple(tokens[i : i + GRAM]) for i in range(len(tokens) - GRAM + 1)]


class TextIndex:
    """Where the lines of a text hold each word triple (and each short line), for coverage tests."""

    __slots__ = ("grams", "short_lines")

    def __init__(self, text: str) -> None:
        self.grams: dict[tuple[str, ...], int] = {}
        self.short_lines: dict[tuple[str, ...], int] = {}
        # Triples run across line ends: a block of code or verse is one block and many lines.
        all_tokens: list[str] = []
        token_lines: list[int] = []
        for number, line in enumerate(text.split("\n")):
            tokens = words(line)
            all_tokens.extend(tokens)
            token_lines.extend([number] * len(tokens))
            # A short block is held as a line of its own or as a table cell ("| 1 | Fraga |").
            for part in line.split("|") if "|" in line else (line,):
                part_tokens = tokens if part is line else words(part)
                if 0 < len(part_tokens) < GRAM:
                    self.short_lines.setdefault(tuple(part_tokens), number)
        for start, gram in enumerate(grams(all_tokens)):
            self.grams.setdefault(gram, token_lines[start])

    def locate(self, text: str) -> int | None:
        """Return the last line of the indexed text that holds ``text``, None when it is not held.

        Text of fewer than three words is held only as a whole line or table cell of its own;
        longer text when most of its word triples occur. Text without words is never held.
        """
        return self.locate_words(words(text))

    def locate_words(self, tokens: list[str]) -> int | None:
        """Return the last line of the indexed text that holds these words (see locate)."""
        if len(tokens) < GRAM:
            return self.short_lines.get(tuple(tokens)) if tokens else None
        triples = grams(tokens)
        found = [self.grams[gram] for gram in triples if gram in self.grams]
        return max(found) if len(found) >= MIN_COVERED_SHARE * len(triples) else None


def is_link_list(block: Block) -> bool:
    """Tell whether a block is mostly link text (a menu, a teaser, a related-articles entry)."""
    return block.link_chars >= MAX_LINK_SHARE * len(block.text)


def locate_blocks(
    blocks: list[Block], text: str, tokens: list[list[str]] | None = None
) -> list[bool]:
    """Tell, block by block, whether a text extracted from the page holds it.

    ``tokens`` are the blocks' words (`block_words`), when the caller locates them more than once.
    """
    index = TextIndex(text)
    return [
        index.locate_words(found) is not None
        for found in (block_words(blocks) if tokens is None else tokens)
    ]


def interior_loss(blocks: list[Block], held: list[bool]) -> int:
    """Count the characters of prose blocks not held between the first and last block held.

    Blocks inside the stretch of the page that the text comes from, which are not link lists,
    are what a precise extraction leaves out of an article (a list, a heading, an FAQ).
    """
    if True not in held:
        return 0
    first, last = held.index(True), len(held) - 1 - held[::-1].index(True)
    return sum(
        len(block.text)
        for block, found in zip(blocks[first : last + 1], held[first : last + 1], strict=True)
        if not found and not is_link_list(block)
    )


def lost_lead(blocks: list[Block], held: list[bool]) -> bool:
    """Tell whether prose just before the first block held was left out (a cut lead paragraph)."""
    if True not in held:
        return False
    first = held.index(True)
    return any(
        not is_link_list(block) and len(words(block.text)) >= MIN_LEAD_WORDS
        for block in blocks[max(first - LEAD_BLOCKS, 0) : first]
    )


def fill_gaps(text: str, fuller: str, skip: frozenset[str]) -> str:
    """Return text with the lines of a fuller extraction that it left out of its article.

    A fuller line is inserted after the line of ``text`` that holds the fuller line before it;
    a held line the fuller extraction has longer (a sentence whose inline link precision mode
    cut) takes the fuller wording; the prose lines just before the first held line (a lead
    paragraph, see MIN_LEAD_WORDS) go first. Other fuller lines before the first or after the
    last held one (headlines, teasers, related articles, footers) and lines in ``skip`` (link
    lists, whitespace collapsed) are left out.
    """
    index = TextIndex(text)
    lines = text.split("\n")
    inserts: dict[int, list[str]] = {}
    longer: dict[int, str] = {}
    lead: list[str] = []
    pending: list[str] = []
    last: int | None = None
    for line in fuller.split("\n"):
        if not line.strip():
            continue
        where = index.locate(line)
        if where is None:
            if " ".join(line.split()) not in skip:
                pending.append(line)
            continue
        if _extends(index, line, lines[where]):
            longer[where] = line
        if pending and last is not None:
            inserts.setdefault(last, []).extend(pending)
        elif pending:
            lead = _prose_tail(pending)
        pending = []
        last = where if last is None else max(last, where)
    if not inserts and not longer and not lead:
        return text
    filled = list(lead)
    for number, line in enumerate(lines):
        filled.append(longer.get(number, line))
        filled.extend(inserts.get(number, ()))
    return "\n".join(filled)


def _extends(index: TextIndex, fuller: str, line: str) -> bool:
    """Tell whether a fuller line is a line with words put in at one place that text lacks.

    Its words are the line's, in order, with new ones at the start, the end or one place inside
    (up to as many again), and those new words are not elsewhere in the text (two lines that a
    looser extraction joined are not a longer wording). Table rows are left as they are.
    """
    if "|" in fuller or "|" in line:
        return False
    old, new = words(line), words(fuller)
    if not len(new) > len(old) >= len(new) / 2:
        return False
    start = 0
    while start < len(old) and old[start] == new[start]:
        start += 1
    end = len(new) - (len(old) - start)
    if new[end:] != old[start:]:
        return False
    return index.locate_words(new[start:end]) is None


def _prose_tail(lines: list[str]) -> list[str]:
    """Return the last lines of a list that are all prose (MIN_LEAD_WORDS words or more)."""
    start = len(lines)
    while start and len(words(lines[start - 1])) >= MIN_LEAD_WORDS:
        start -= 1
    return lines[start:]
