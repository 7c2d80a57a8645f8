"""Clean one raw document: extract, repair encoding, strip boilerplate, normalise whitespace.

This is the whole per-document path of presswash as one pure function; the flow runs it over
batches, and the overlap step works on its output.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import islice

from cleaners.cleaning.boilerplate import strip_boilerplate
from cleaners.cleaning.encoding import fix_encoding
from cleaners.cleaning.whitespace import normalize_whitespace
from cleaners.reading.extract import extract_html
from cleaners.reading.language import detect_language
from cleaners.records import EXTRACTION_RULE, Document, RawDocument, Removal

# Fewer word characters than this after cleaning and there is no article left to keep.
MIN_KEPT_CHARS = 40
ALNUM = re.compile(r"[^\W_]")  # a letter or digit in any script: what str.isalnum() accepts


def clean_document(raw: RawDocument, *, recurring: frozenset[str] = frozenset()) -> Document:
    """Return the cleaned document of a raw one, kept or rejected with a reason."""
    base = Document(
        id=raw.id,
        source=raw.source,
        status="rejected",
        title=raw.title,
        url=raw.url,
        date=raw.date,
        encoding=raw.encoding,
        encoding_guessed=raw.encoding_guessed,
        chars_in=len(raw.html or raw.text or ""),
        # Text documents are built with their method: a dataclass replace costs a whole new record.
        extraction="text" if raw.html is None and not raw.error else None,
    )
    if raw.error:
        return replace(base, reason=raw.error)
    if raw.html is not None:
        extraction = extract_html(raw.html, url=raw.url)
        base = replace(
            base,
            title=raw.title or extraction.title,
            url=raw.url or extraction.url,
            date=raw.date or extraction.date,
            author=extraction.author,
            sitename=extraction.sitename,
            language=extraction.language,
            extraction=extraction.method,
            extraction_dropped_chars=extraction.dropped_chars,
            extraction_dropped_blocks=extraction.dropped_blocks,
            removed=tuple(Removal(EXTRACTION_RULE, block) for block in extraction.dropped),
        )
        text = extraction.text
        if not text.strip():
            return replace(base, reason="no article text found in the HTML page")
    else:
        text = raw.text or ""
    return finish_text(base, text, recurring)


def finish_text(base: Document, text: str, recurring: frozenset[str]) -> Document:
    """Repair, strip and normalise extracted text, and decide whether anything is left to keep."""
    fixed = fix_encoding(text)
    title = base.title and fix_encoding(base.title)
    language = detect_language(fixed) or primary_language(base.language)
    # Text trafilatura extracted has no page around it; its visible-text fallback does.
    page = base.extraction in ("text", "visible_text")
    stripped = strip_boilerplate(
        fixed, title=title, recurring=recurring, page=page, language=language
    )
    clean = normalize_whitespace(stripped.text)
    removed: tuple[Removal, ...] = base.removed + stripped.removed
    title = title or guess_title(clean)
    if not has_word_chars(clean, MIN_KEPT_CHARS):
        reason = "no text left after cleaning" if fixed.strip() else "empty text"
        return replace(base, title=title, removed=removed, status="rejected", reason=reason)
    return replace(base, title=title, text=clean, removed=removed, status="kept", language=language)


def primary_language(declared: str | None) -> str | None:
    """Return the primary subtag of a page's declared language ("en-US" -> "en"), or None."""
    primary = (declared or "").strip().split("-")[0].split("_")[0].lower()
    return primary if primary.isalpha() and 2 <= len(primary) <= 3 else None


def has_word_chars(text: str, count: int) -> bool:
    """Tell whether text holds at least ``count`` letters or digits (stops once it has)."""
    return next(islice(ALNUM.finditer(text), count - 1, None), None) is not None


def guess_title(text: str) -> str | None:
    """Return the first line of clean plain text when it reads like a headline, else None."""
    first = text.split("\n", 1)[0].strip()
    if 0 < len(first) <= 200 and not first.endswith((".", ":", ";", ",")):
        return first
    return None
