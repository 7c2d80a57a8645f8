"""Find the main text of a scraped HTML page with trafilatura, and the page's metadata.

trafilatura's settings were chosen by measurement on ../shared/bench/extraction (aeb-dev, 103
pages; wcxb-dev, 250 pages; AEB shingle scores, extraction only, before any cleaning):

    setting                                   aeb P / R / F1          wcxb F1  with%  w/o%  time
    extract(html), trafilatura's default      0.928 0.983 0.955       0.927   93.3   6.5   1.00
    comments off                              0.942 0.983 0.962       0.933   93.3   6.1
    comments off, tables off                  0.943 0.973 0.958       0.924   92.7   6.0
    comments off, deduplicate                 0.942 0.973 0.957       0.933   93.3   6.1
    comments off, favor_recall                0.935 0.983 0.959       0.936   92.8   6.5
    comments off, favor_precision             0.960 0.980 0.970       0.913   89.5   3.8   0.9-1.0
    comments off, favor_precision, fast       0.959 0.960 0.960       0.877   84.4   3.8   0.65
    the stages below (what this module does)  0.964 0.980 0.972       0.933   93.6   4.8   0.8-0.9

Every stage runs with comments off, tables on, no deduplication (trafilatura's cache is
process-wide: output would depend on batch order) and without trafilatura's metadata, which
costs 30-45% of the extraction time (`cleaners.reading.metadata` reads the page's head instead):

1. ``trafilatura``: ``favor_precision`` and ``fast``. Precision is what lifts aeb-dev precision;
   ``fast`` skips the readability/justext comparison, a third of the time, on every page.
2. ``trafilatura_balanced``: trafilatura's default cascade (readability/justext comparison,
   baseline rescue, its own recall retry), only when stage 1 gave too little: under
   ``MIN_TEXT_CHARS`` or under ``MIN_PAGE_SHARE`` of the page's visible text. Precision mode
   empties or truncates pages whose article sits in an unusual layout (12% of wcxb-dev).
3. ``trafilatura_recall``: ``favor_recall``, when the text is still too little (one wcxb page).
4. ``visible_text``: the page's visible text, line by line, when trafilatura finds nothing at
   all; the plain-text boilerplate cleaners run on it afterwards anyway.
5. ``trafilatura_filled``: when stage 1's text is kept but leaves prose out between the first
   and last blocks of the page it holds (``MIN_INTERIOR_LOSS_CHARS``, a cheap test on the page's
   visible blocks) or the lead paragraph just before them, the balanced stage's lines that fall
   in those gaps are put back, and its longer wording of a sentence stage 1 cut; its other lines
   before or after the article, and link lists, are not (`cleaners.reading.visible.fill_gaps`).
Every extraction also says what it left out of the page's visible text (``dropped_*``): the
manifest counts it and lists the longest blocks under rule ``extraction``. Design notes and
measurements: docs/extraction.md.
A later stage replaces the text only when it is ``MIN_GAIN`` times longer: a slightly longer
text from a looser setting is usually the same article plus boilerplate. Mojibake that
extraction would make irreparable (C1 controls, which trafilatura deletes) is repaired in the
markup first (`cleaners.cleaning.encoding.fix_markup_encoding`).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from types import MappingProxyType

import trafilatura
from lxml import etree
from lxml.html import HtmlElement

from cleaners.cleaning.encoding import fix_markup_encoding
from cleaners.reading.metadata import read_metadata
from cleaners.reading.visible import (
    Block,
    block_words,
    fill_gaps,
    interior_loss,
    is_link_list,
    locate_blocks,
    lost_lead,
    read_blocks,
)

__all__ = ["Extraction", "extract_html"]


@dataclass(frozen=True, slots=True)
class Extraction:
    """The main text of a page (paragraphs one a line), its metadata and the path that found it."""

    text: str
    title: str | None
    author: str | None
    date: str | None
    url: str | None
    sitename: str | None
    language: str | None
    # "trafilatura", "trafilatura_filled", "trafilatura_balanced", "trafilatura_recall",
    # "visible_text" or "none"
    method: str
    # What extraction left out of the page's visible text: its characters and blocks, and the
    # longest of those blocks (at most MAX_LISTED_DROPPED of them), in page order.
    dropped_chars: int = 0
    dropped_blocks: int = 0
    dropped: tuple[str, ...] = ()


# The one place trafilatura's extraction settings live: shared settings, then one stage each.
SHARED_SETTINGS = MappingProxyType(
    {
        "include_comments": False,
        "include_tables": True,
        "include_images": False,
        "include_links": False,
        "deduplicate": False,
        "with_metadata": False,
    }
)
PRECISE, BALANCED, RECALL = "trafilatura", "trafilatura_balanced", "trafilatura_recall"
STAGES = (
    (PRECISE, MappingProxyType({"favor_precision": True, "fast": True})),
    (BALANCED, MappingProxyType({})),
    (RECALL, MappingProxyType({"favor_recall": True})),
)
FILLED = "trafilatura_filled"

# "Too little" text, which sends a page to the next stage: under trafilatura's MIN_EXTRACTED_SIZE,
# or under a share of the page's visible text (measured 0.1 to 0.25: 0.1 is as good as 0.15 and
# 0.2 on both sets and reruns fewest pages; 0.2 and above cost aeb-dev precision).
MIN_TEXT_CHARS = 250
MIN_PAGE_SHARE = 0.1
# How much longer a later stage's text must be to replace the text found so far.
MIN_GAIN = 2.0
# Prose the precise stage left out between the first and last blocks it kept, which sends a page
# to the balanced stage to fill the gaps: at least this many characters and this share of the
# text (a cheap test: with the lead test of `lost_lead`, it spares the second extraction on
# about half the pages stage 1 settles).
MIN_INTERIOR_LOSS_CHARS = 200
MIN_INTERIOR_LOSS_SHARE = 0.1
# The manifest lists the longest blocks extraction dropped, up to a count and a total size: a
# page of 5,000 menu entries must not make a record of megabytes (dropped_chars counts them all).
MAX_LISTED_DROPPED = 40
MAX_LISTED_DROPPED_CHARS = 8000

# Errors trafilatura and lxml raise on hostile markup (lxml's depth limit, broken encodings).
EXTRACTION_ERRORS = (ValueError, TypeError, AttributeError, RecursionError, etree.LxmlError)

# A page around a fragment, for files that hold a bit of markup or plain text only.
FRAGMENT_PAGE = "<html><body><div>{}</div></body></html>"

# What trafilatura logs on the cases this module handles itself: a stage that finds no text (the
# next stage or the visible text follows) and a fragment its loader refuses (it is wrapped in
# FRAGMENT_PAGE and read). The manifest records how each page ended (``extraction``, or the reason
# it was rejected); on the console these lines were noise: 21 warnings on the 353 bench pages
# (some 600 at that rate in a 10,000-page run), "discarding data: None" among the progress lines.
HANDLED_LOG_MESSAGES = {
    "trafilatura.core": ("discarding data: %s",),
    "trafilatura.utils": ("parsed tree length: %s, wrong data type or not valid HTML",),
}


class HandledHere(logging.Filter):
    """Drop a logger's records of the given messages (their cases are handled in this module)."""

    def __init__(self, messages: tuple[str, ...]) -> None:
        super().__init__()
        self.messages = messages

    def filter(self, record: logging.LogRecord) -> bool:
        return record.msg not in self.messages


for _name, _messages in HANDLED_LOG_MESSAGES.items():
    logging.getLogger(_name).addFilter(HandledHere(_messages))


def extract_html(html: str, *, url: str | None = None) -> Extraction:
    """Return the main text and metadata of an HTML page, and what extraction left out; never raise."""
    tree = _parse(fix_markup_encoding(html))
    if tree is None:
        return Extraction("", None, None, None, url, None, None, "none")
    meta = read_metadata(tree, url=url)
    body = tree.find("body")
    blocks = read_blocks(body if body is not None else tree)
    text, method, held = _extract_text(tree, url, blocks)
    if not text:
        # The page's visible text, one block a line: the last resort, nothing left out.
        text, method = "\n".join(block.text for block in blocks), "visible_text"
        held = [True] * len(blocks)
    dropped = [block for block, found in zip(blocks, held, strict=True) if not found]
    return Extraction(
        text=text,
        title=meta.title,
        author=meta.author,
        date=meta.date,
        url=meta.url,
        sitename=meta.sitename,
        language=meta.language,
        method=method if text else "none",
        dropped_chars=sum(len(block.text) for block in dropped),
        dropped_blocks=len(dropped),
        dropped=_listed(dropped),
    )


def _parse(html: str) -> HtmlElement | None:
    """Parse a page with trafilatura's loader; a fragment or bare text is wrapped in a body."""
    if not html or not html.strip():
        return None
    try:
        tree = trafilatura.load_html(html)
        # trafilatura's loader refuses what does not start like a page ("<p>a</p>", plain text).
        return tree if tree is not None else trafilatura.load_html(FRAGMENT_PAGE.format(html))
    except EXTRACTION_ERRORS:
        return None


def _extract_text(
    tree: HtmlElement, url: str | None, blocks: list[Block]
) -> tuple[str, str, list[bool]]:
    """Run the stages until one gives enough text; return it, its stage and the blocks it holds.

    When the precise stage left prose out in the middle of what it kept, or its lead paragraph,
    the balanced stage's lines that fall in those gaps are put back (its other lines around the
    article are not).
    """
    text, method = "", "none"
    page_chars = sum(len(block.text) for block in blocks)
    found: dict[str, str] = {}
    for name, settings in STAGES:
        candidate = found[name] = _run_trafilatura(tree, url, settings)
        if len(candidate) > MIN_GAIN * len(text):
            text, method = candidate, name
        if len(text) >= MIN_TEXT_CHARS and len(text) >= MIN_PAGE_SHARE * page_chars:
            break
    if not text:
        return "", "none", []
    tokens = block_words(blocks)  # located once here and once more when the gaps are filled
    held = locate_blocks(blocks, text, tokens)
    if method == PRECISE and _lost_prose(blocks, held, text):
        fuller = found[BALANCED] if BALANCED in found else _run_trafilatura(tree, url, STAGES[1][1])
        link_lists = frozenset(block.text for block in blocks if is_link_list(block))
        filled = fill_gaps(text, fuller, link_lists)
        if filled != text:
            text, method, held = filled, FILLED, locate_blocks(blocks, filled, tokens)
    return text, method, held


def _lost_prose(blocks: list[Block], held: list[bool], text: str) -> bool:
    """Tell whether a text left out enough prose inside the stretch of the page it comes from.

    Or its lead paragraph, just before that stretch.
    """
    lost = interior_loss(blocks, held)
    if lost >= MIN_INTERIOR_LOSS_CHARS and lost >= MIN_INTERIOR_LOSS_SHARE * len(text):
        return True
    return lost_lead(blocks, held)


def _run_trafilatura(tree: HtmlElement, url: str | None, settings: MappingProxyType) -> str:
    """Extract the main text with trafilatura (it copies the tree); "" when it finds none."""
    try:
        document = trafilatura.bare_extraction(tree, url=url, **SHARED_SETTINGS, **settings)
    except EXTRACTION_ERRORS:
        return ""
    text = (document.text or "").strip() if document is not None else ""
    # trafilatura escapes the pipes inside table cells ("| a\\|b |"); plain text needs no escape
    # (a rare literal "\\|" in prose loses its backslash too).
    return text.replace("\\|", "|")


def _listed(dropped: list[Block]) -> tuple[str, ...]:
    """Return the longest dropped blocks that fit the manifest's bounds, in page order."""
    budget = MAX_LISTED_DROPPED_CHARS
    chosen: set[int] = set()
    for number in sorted(range(len(dropped)), key=lambda n: -len(dropped[n].text)):
        if len(chosen) == MAX_LISTED_DROPPED:
            break
        if len(dropped[number].text) <= budget:
            chosen.add(number)
            budget -= len(dropped[number].text)
    return tuple(dropped[number].text for number in sorted(chosen))
