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
A later stage replaces the text only when it is ``MIN_GAIN`` times longer: a slightly longer
text from a looser setting is usually the same article plus boilerplate. Mojibake that
extraction would make irreparable (C1 controls, which trafilatura deletes) is repaired in the
markup first (`cleaners.cleaning.encoding.fix_markup_encoding`).
"""

from __future__ import annotations

import logging
from copy import deepcopy
from dataclasses import dataclass
from types import MappingProxyType

import trafilatura
from lxml import etree
from lxml.html import HtmlElement

from cleaners.cleaning.encoding import fix_markup_encoding
from cleaners.reading.metadata import read_metadata

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
    # "trafilatura", "trafilatura_balanced", "trafilatura_recall", "visible_text" or "none"
    method: str


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
STAGES = (
    ("trafilatura", MappingProxyType({"favor_precision": True, "fast": True})),
    ("trafilatura_balanced", MappingProxyType({})),
    ("trafilatura_recall", MappingProxyType({"favor_recall": True})),
)

# "Too little" text, which sends a page to the next stage: under trafilatura's MIN_EXTRACTED_SIZE,
# or under a share of the page's visible text (measured 0.1 to 0.25: 0.1 is as good as 0.15 and
# 0.2 on both sets and reruns fewest pages; 0.2 and above cost aeb-dev precision).
MIN_TEXT_CHARS = 250
MIN_PAGE_SHARE = 0.1
# How much longer a later stage's text must be to replace the text found so far.
MIN_GAIN = 2.0

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

# Elements whose text the page measure leaves out (text_content() includes it).
HIDDEN_TEXT_TAGS = ("script", "style", "noscript", "template")
# Elements whose text is never visible, and the block elements that start a new line.
INVISIBLE_TAGS = ("script", "style", "noscript", "template", "svg", "iframe", "object", "head")
BLOCK_TAGS = (
    "p", "div", "br", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
    "tr", "table", "section", "article", "header", "footer", "nav", "aside", "main", "blockquote",
    "pre", "figure", "figcaption", "form", "address", "hr", "details", "summary", "td", "th",
)  # fmt: skip


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
    """Return the main text and metadata of an HTML page; never raise."""
    tree = _parse(fix_markup_encoding(html))
    if tree is None:
        return Extraction("", None, None, None, url, None, None, "none")
    meta = read_metadata(tree, url=url)
    text, method = _extract_text(tree, url)
    if not text:
        text, method = _visible_text(tree), "visible_text"
    return Extraction(
        text=text,
        title=meta.title,
        author=meta.author,
        date=meta.date,
        url=meta.url,
        sitename=meta.sitename,
        language=meta.language,
        method=method if text else "none",
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


def _extract_text(tree: HtmlElement, url: str | None) -> tuple[str, str]:
    """Run the stages until one gives enough text; return the text and the stage that gave it."""
    text, method = "", "none"
    page_chars: int | None = None
    for name, settings in STAGES:
        candidate = _run_trafilatura(tree, url, settings)
        if len(candidate) > MIN_GAIN * len(text):
            text, method = candidate, name
        if len(text) >= MIN_TEXT_CHARS:
            page_chars = _page_chars(tree) if page_chars is None else page_chars
            if len(text) >= MIN_PAGE_SHARE * page_chars:
                break
    return text, method


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


def _page_chars(tree: HtmlElement) -> int:
    """Count the characters of the page's visible text, whitespace collapsed (an estimate)."""
    body = tree.find("body")
    root = body if body is not None else tree
    hidden = sum(_collapsed_len(element.text) for element in root.iter(*HIDDEN_TEXT_TAGS))
    return _collapsed_len(root.text_content()) - hidden


def _collapsed_len(text: str | None) -> int:
    """Return the length of text with its whitespace runs collapsed to one space."""
    return len(" ".join(text.split())) if text else 0


def _visible_text(tree: HtmlElement) -> str:
    """Return the text a reader sees on the page, one block a line (the last-resort fallback)."""
    body = tree.find("body")
    root = deepcopy(body if body is not None else tree)
    etree.strip_elements(root, *INVISIBLE_TAGS, etree.Comment, with_tail=False)
    for element in root.iter(*BLOCK_TAGS):
        element.text = "\n" + (element.text or "")
        element.tail = "\n" + (element.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().split("\n"))
    return "\n".join(line for line in lines if line)
