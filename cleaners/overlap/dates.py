"""A document's publication date for the same-story window: declared, else its URL, else a dateline.

The page's metadata (cleaners/reading/metadata.py) gives most dates. When it gives none, htmldate
(trafilatura's date finder) reads the URL (``/2022/05/03/``) and then the first lines of the text,
where a dateline or a byline states the day ("RAJSHAHI, Dec 20, 2025 (BSS) -", "05/10/2018 -
Publicado por"). A date found in the text must name its day: htmldate turns "in 2025" into
2025-01-01, a year that says nothing of the week a story broke.
"""

from __future__ import annotations

import html
import re
from datetime import date as Date

# The first characters of a text where a dateline or a byline stands.
DATELINE_CHARS = 300
# htmldate's guess when only a year is known.
YEAR_ONLY = (1, 1)
EARLIEST = (
    "1995-01-01"  # htmldate's own lower bound: dates before the web are not publication dates
)
# A date that names its day holds a numeric date, or a day number and a year close together
# ("Dec 20, 2025", "15 October 2024"): htmldate is asked only then (it costs about as much as
# signing the text; most texts have no dateline).
DATE_HINT = re.compile(
    r"\d{1,4}[./-]\d{1,2}[./-]\d{2,4}|\b\d{1,2}\b\D{1,25}\b(?:19|20)\d\d\b"
    r"|\b(?:19|20)\d\d\b\D{1,25}\b\d{1,2}\b"
)


def parse_date(value: str | Date | None) -> Date | None:
    """Return the calendar date of an ISO date or timestamp string, or None when unknown."""
    if value is None or isinstance(value, Date):
        return value
    try:
        return Date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def find_date(declared: str | Date | None, url: str | None, text: str) -> Date | None:
    """Return the declared date, else the date in the URL, else the dateline's, else None."""
    known = parse_date(declared)
    if known is not None:
        return known
    from htmldate import find_date as htmldate_find  # deferred: batches that never need it

    if url and "://" in url and DATE_HINT.search(url):
        found = parse_date(htmldate_find("<html></html>", url=url, extensive_search=False))
        if found is not None:
            return found
    if not DATE_HINT.search(text[:DATELINE_CHARS]):
        return None
    head = html.escape(text[:DATELINE_CHARS])
    found = parse_date(htmldate_find(f"<html><body><p>{head}</p></body></html>", min_date=EARLIEST))
    if found is None or (found.month, found.day) == YEAR_ONLY:
        return None
    return found
