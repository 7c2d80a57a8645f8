"""Corpus-level learning of boilerplate: lines that recur across many documents of one site.

A menu, a promo or a disclaimer that a site prints on every page is boilerplate for that site,
whatever its wording, even when no rule knows it. Presswash counts, per site, in how many
documents each line occurs, and removes from a document of that site the lines that are
*recurring* there.

Site
    The URL's host, lower-cased and without a leading "www." (``www.example.com/a`` and
    ``example.com/b`` are one site), when the document has a URL; otherwise the folder its source
    file was read from (``raw/site-a/x.txt`` -> ``folder:raw/site-a``), so a scrape saved one
    folder per site is learned per site. See `site_of`.

Line fingerprint
    A line (a hard-wrapped paragraph counts as one, as the boilerplate step reads it) is compared
    on its letters and digits only, case-folded, with every digit read as 0 ("Updated 3 hours
    ago" and "Updated 5 hours ago" are the same line), hashed to 16 hex digits. Lines with fewer
    than two letters (numbers, table cells, bullets) or longer than 2,000 characters are not
    candidates.

Threshold
    A fingerprint is recurring for a site when it occurs in at least ``MIN_DOCUMENTS`` (3)
    documents of the site *and* in at least ``MIN_SHARE`` (10%) of the site's documents. Three
    documents keep a pair of copies of one story from condemning each other; the share keeps a
    line that a big site repeats in a handful of its articles (a quote, a list item) from
    counting as boilerplate.

Counts
    `LineCounts` is plain JSON: ``{site: {"documents": n, "lines": {fingerprint: n}, "seen":
    [document key, ...]}}``. Count each batch with `count_lines` (passing the keys already seen in
    the state file, so re-running on the same documents does not count them twice), combine with
    `merge_counts`, persist the result, and ask `recurring_fingerprints` for each site.

Use
    ``strip_boilerplate(text, recurring=recurring_fingerprints(counts, site))`` removes those
    lines with the rule ``recurring_site_line``, except in a document whose prose would mostly
    go that way: that document is a copy of the site's others (overlap flagging's business), and
    keeps its lines. Count the text that strip_boilerplate will see (after encoding repair), so
    both sides fingerprint the same lines.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from hashlib import blake2b
from typing import TypedDict
from urllib.parse import urlsplit

from cleaners.cleaning.whitespace import EDGE_CHARS, runs_on

MIN_DOCUMENTS = 3
MIN_SHARE = 0.10
# Lines longer than this are article paragraphs, not candidates (and hashing them costs time).
MAX_LINE_CHARS = 2000
# A candidate has two letters among its first characters (a number or a table row has none).
CANDIDATE_REACH = 64

LETTER = re.compile(r"[^\W\d_]")
# The same key for an ASCII line in one bytes.translate pass: letters lower-cased, digits read as
# 0, everything else (punctuation, "_", spaces, controls) a space; the spaces are then collapsed.
# Most lines are ASCII, and two regex passes over each cost more than the hash.
ASCII_KEY = bytes(
    ord(char.lower())
    if char.isascii() and char.isalpha()
    else ord("0")
    if char.isascii() and char.isdigit()
    else ord(" ")
    for char in map(chr, range(256))
)
# Most other lines are ASCII but for typographic separators (curly quotes, dashes, an ellipsis, a
# no-break space, a bullet, (c) and (R) signs): read as spaces, which they are to the key, they
# leave an ASCII line (str.replace and `in` are far quicker than a regex pass over the line).
TYPOGRAPHIC_SEPARATORS = "’“”—–‘…\u00a0©®•"
# The rest are case-folded and their UTF-8 bytes translated so: ASCII_KEY for the ASCII bytes,
# the bytes of other characters kept. Their other characters are read first: a separator (not a
# word character) becomes a space, a digit 0. Both passes rarely match, so they cost a third of
# replacing every run of non-word characters.
UTF8_KEY = ASCII_KEY[:128] + bytes(range(128, 256))
NON_ASCII_SEPARATORS = re.compile(r"[^\x00-\x7f\w]+")
NON_ASCII_DIGIT = re.compile(r"[^\x00-\x7f\D]")
# Bytes of a translated ASCII line that are not letters (see `candidate_fingerprint`).
KEY_NON_LETTERS = b" 0"


class SiteCounts(TypedDict):
    """Counts for one site: documents seen, and documents containing each line fingerprint."""

    documents: int
    lines: dict[str, int]
    seen: list[str]


LineCounts = dict[str, SiteCounts]


def fingerprint_line(line: str) -> str:
    """Return the fingerprint of one line (case, spacing, punctuation and digits ignored)."""
    line = without_typographic_separators(line[:MAX_LINE_CHARS])
    if line.isascii():
        key = line.encode("ascii").translate(ASCII_KEY)
    else:
        key = NON_ASCII_SEPARATORS.sub(" ", line.casefold())
        key = NON_ASCII_DIGIT.sub("0", key).encode("utf-8").translate(UTF8_KEY)
    return key_fingerprint(key)


def candidate_fingerprint(line: str) -> str | None:
    """Return the fingerprint of a stripped line if it is a candidate (`is_candidate`), else None.

    An ASCII line (most are) is translated once for both: its letters are the bytes of its key
    that are not spaces or 0s, so the two-letter test needs no regex search.
    """
    line = without_typographic_separators(line)
    if not line.isascii() or len(line) > MAX_LINE_CHARS:
        return fingerprint_line(line) if is_candidate(line) else None
    key = line.encode("ascii").translate(ASCII_KEY)
    if len(key[:CANDIDATE_REACH].translate(None, KEY_NON_LETTERS)) < 2:
        return None
    return key_fingerprint(key)


def key_fingerprint(key: bytes) -> str:
    """Return the fingerprint of a line's translated bytes: its words, one space apart, hashed."""
    return blake2b(b" ".join(key.split()), digest_size=8).hexdigest()


def without_typographic_separators(line: str) -> str:
    """Return a line with its ``TYPOGRAPHIC_SEPARATORS`` replaced by spaces."""
    if not line.isascii():
        for char in TYPOGRAPHIC_SEPARATORS:
            if char in line:
                line = line.replace(char, " ")
    return line


def line_fingerprints(text: str) -> set[str]:
    """Return the fingerprints of the candidate lines of one document.

    The lines of a hard-wrapped paragraph are joined first (``whitespace.runs_on``), as the
    boilerplate step reads them, so both sides fingerprint the same lines. A line the document
    repeats (bullets, share buttons) is fingerprinted once.
    """
    fingerprints = set(map(candidate_fingerprint, set(logical_lines(text))))
    fingerprints.discard(None)
    return fingerprints


def logical_lines(text: str) -> list[str]:
    """Return the stripped non-blank lines of a text, hard-wrapped paragraphs joined by a space."""
    lines: list[str] = []
    joinable = False
    for raw in text.splitlines():
        line = raw.strip(EDGE_CHARS)
        if not line:
            joinable = False
            continue
        if joinable and runs_on(lines[-1], line):
            lines[-1] = f"{lines[-1]} {line}"
        else:
            lines.append(line)
        joinable = True
    return lines


def is_candidate(line: str) -> bool:
    """Tell whether a stripped line can be learned as recurring (two letters, not too long)."""
    if not 0 < len(line) <= MAX_LINE_CHARS:
        return False
    first = LETTER.search(line, 0, CANDIDATE_REACH)
    return first is not None and LETTER.search(line, first.end(), CANDIDATE_REACH) is not None


def document_key(text: str) -> str:
    """Return a key that identifies a document's text, to count each document once."""
    return blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()


def site_of(url: str | None, source: str | None) -> str:
    """Return a document's site: its URL host when known, else the folder of its source file."""
    if url:
        host = (urlsplit(url if "//" in url else f"//{url}").hostname or "").lower()
        if host:
            return host.removeprefix("www.")
    folder = (source or "").replace("\\", "/").rpartition("/")[0]
    return f"folder:{folder or '.'}"


def count_lines(
    documents: Iterable[tuple[str, str]], seen: Mapping[str, Iterable[str]] | None = None
) -> LineCounts:
    """Count, per site, the documents and the documents containing each line fingerprint.

    ``documents`` yields (site, text) pairs; a document whose key is in ``seen[site]`` (already
    counted in an earlier run) or repeats one of this batch is skipped.
    """
    skip = {site: set(keys) for site, keys in (seen or {}).items()}
    counts: LineCounts = {}
    for site, text in documents:
        key = document_key(text)
        if key in skip.setdefault(site, set()):
            continue
        skip[site].add(key)
        site_counts = counts.setdefault(site, {"documents": 0, "lines": {}, "seen": []})
        site_counts["documents"] += 1
        site_counts["seen"].append(key)
        lines = site_counts["lines"]
        for fingerprint in line_fingerprints(text):
            lines[fingerprint] = lines.get(fingerprint, 0) + 1
    return counts


def merge_counts(*parts: LineCounts) -> LineCounts:
    """Add up counts of disjoint sets of documents (batches of a run, the saved state)."""
    merged: LineCounts = {}
    for part in parts:
        for site, site_counts in part.items():
            target = merged.setdefault(site, {"documents": 0, "lines": {}, "seen": []})
            target["documents"] += site_counts["documents"]
            target["seen"].extend(site_counts["seen"])
            lines = target["lines"]
            for fingerprint, count in site_counts["lines"].items():
                lines[fingerprint] = lines.get(fingerprint, 0) + count
    return merged


def recurring_fingerprints(
    counts: LineCounts,
    site: str,
    *,
    min_documents: int = MIN_DOCUMENTS,
    min_share: float = MIN_SHARE,
) -> frozenset[str]:
    """Return the fingerprints of the lines that are boilerplate for a site."""
    site_counts = counts.get(site)
    if not site_counts:
        return frozenset()
    needed = max(min_documents, min_share * site_counts["documents"])
    return frozenset(fp for fp, count in site_counts["lines"].items() if count >= needed)
