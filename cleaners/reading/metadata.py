"""Read a page's metadata (title, author, date, canonical URL, site name, language) from its head.

A cheap reader of what publishers declare: <meta> tags (Open Graph, Twitter, Dublin Core,
article:*, parsely/sailthru), schema.org JSON-LD, <title>, <h1>, <link rel=canonical> and the
lang attribute. trafilatura's own metadata extraction finds the same fields but costs 30-45% of
the extraction time (measured on ../shared/bench), mostly on categories, tags and licences.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from lxml.html import HtmlElement

__all__ = ["PageMetadata", "read_metadata"]


@dataclass(frozen=True, slots=True)
class PageMetadata:
    """The metadata a page declares about itself."""

    title: str | None = None
    author: str | None = None
    date: str | None = None
    url: str | None = None
    sitename: str | None = None
    language: str | None = None


# <meta> keys (name, property or itemprop, lower-cased) by field, most specific first.
TITLE_KEYS = ("og:title", "twitter:title", "dc.title", "headline")
AUTHOR_KEYS = (
    "author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "byl",
    "citation_author",
)  # fmt: skip
DATE_KEYS = (
    "article:published_time", "og:article:published_time", "datepublished", "publish-date",
    "pubdate", "parsely-pub-date", "sailthru.date", "dc.date.issued", "dc.date", "date",
    "citation_publication_date", "article:modified_time", "datemodified",
)  # fmt: skip
SITENAME_KEYS = ("og:site_name", "application-name")
LANGUAGE_KEYS = ("content-language", "og:locale", "language", "dc.language")

# JSON-LD: how many scripts are read, and how large one may be (some embed whole catalogues).
MAX_JSON_LD_SCRIPTS = 5
MAX_JSON_LD_CHARS = 200_000

# Separators between a headline and the site name in <title>: "Headline | Site", "Site - Headline".
TITLE_SEPARATORS = re.compile(r"\s+[|\-–—·•:»]\s+")
# An ISO date at the start of a declared date or datetime.
ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
# A language tag's primary subtag ("en" of "en-US", "pt" of "pt_BR").
LANGUAGE_TAG = re.compile(r"([a-zA-Z]{2,3})(?:[-_][a-zA-Z0-9]{1,8})*")
# "By Jane Doe" in a byline meta tag.
BYLINE_PREFIX = re.compile(r"^\s*by\s+", re.IGNORECASE)


def read_metadata(tree: HtmlElement, *, url: str | None = None) -> PageMetadata:
    """Return the title, author, date, URL, site name and language a page declares."""
    metas = _meta_values(tree)
    ld = _json_ld_values(tree)
    return PageMetadata(
        title=_first(metas, TITLE_KEYS) or ld.get("headline") or _title_from_markup(tree),
        author=_author(metas) or ld.get("author"),
        date=_date(metas) or _date_text(ld.get("date")) or _time_element_date(tree),
        url=url or _canonical_url(tree) or _absolute(metas.get("og:url")),
        sitename=_first(metas, SITENAME_KEYS) or ld.get("publisher"),
        language=_language(tree.get("lang") or _first(metas, LANGUAGE_KEYS)),
    )


def _meta_values(tree: HtmlElement) -> dict[str, str]:
    """Map each <meta> key (name, property, itemprop or http-equiv) to its first content."""
    values: dict[str, str] = {}
    for meta in tree.iter("meta"):
        content = _clean(meta.get("content") or meta.get("datetime"))
        if not content:
            continue
        for attribute in ("property", "name", "itemprop", "http-equiv"):
            key = (meta.get(attribute) or "").strip().lower()
            if key:
                values.setdefault(key, content)
    return values


def _json_ld_values(tree: HtmlElement) -> dict[str, str]:
    """Read headline, author, date and publisher from the page's schema.org JSON-LD."""
    found: dict[str, str] = {}
    scripts = tree.xpath('//script[@type="application/ld+json"]')[:MAX_JSON_LD_SCRIPTS]
    for script in scripts:
        source = script.text or ""
        if len(source) > MAX_JSON_LD_CHARS:
            continue
        try:
            data = json.loads(source)
        except (ValueError, RecursionError):
            continue
        for item in _ld_items(data):
            _merge_ld_item(item, found)
    return found


def _ld_items(data: object) -> list[dict]:
    """Flatten a JSON-LD document (a dict, a list or an @graph) into its top-level items."""
    items = data if isinstance(data, list) else [data]
    flat: list[dict] = []
    for item in items:
        if not isinstance(item, dict):
            continue
        graph = item.get("@graph")
        if isinstance(graph, list):
            flat.extend(node for node in graph if isinstance(node, dict))
        flat.append(item)
    return flat


def _merge_ld_item(item: dict, found: dict[str, str]) -> None:
    """Copy the fields of one JSON-LD item that are still missing into found."""
    if "headline" not in found and isinstance(item.get("headline"), str):
        found["headline"] = _clean(item["headline"])
    if "date" not in found and isinstance(item.get("datePublished"), str):
        found["date"] = item["datePublished"]
    author = _ld_name(item.get("author"))
    if "author" not in found and author:
        found["author"] = author
    publisher = _ld_name(item.get("publisher"))
    if "publisher" not in found and publisher:
        found["publisher"] = publisher


def _ld_name(value: object) -> str | None:
    """Return the name of a JSON-LD person or organisation (or the first of a list)."""
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name")
    return _clean(value) if isinstance(value, str) else None


def _first(values: dict[str, str], keys: tuple[str, ...]) -> str | None:
    """Return the value of the first key present."""
    return next((values[key] for key in keys if key in values), None)


def _author(metas: dict[str, str]) -> str | None:
    """Return a declared author name, skipping profile URLs and Twitter handles."""
    for key in AUTHOR_KEYS:
        value = metas.get(key)
        if value and not value.startswith(("http://", "https://", "@")):
            return BYLINE_PREFIX.sub("", value) or None
    return None


def _date(metas: dict[str, str]) -> str | None:
    """Return the first declared publication date as YYYY-MM-DD."""
    return next((d for key in DATE_KEYS if (d := _date_text(metas.get(key)))), None)


def _date_text(value: str | None) -> str | None:
    """Return the ISO date at the start of a date or datetime string, or None."""
    match = ISO_DATE.match(value.strip()) if value else None
    if not match or not ("01" <= match.group(2) <= "12" and "01" <= match.group(3) <= "31"):
        return None
    return match.group()


def _time_element_date(tree: HtmlElement) -> str | None:
    """Return the date of the first <time datetime> element of the page."""
    for element in tree.iter("time"):
        date = _date_text(element.get("datetime"))
        if date:
            return date
    return None


def _title_from_markup(tree: HtmlElement) -> str | None:
    """Return the headline part of <title>, else the first <h1>."""
    title = tree.find(".//title")
    text = _clean(title.text_content()) if title is not None else None
    if text:
        return max(TITLE_SEPARATORS.split(text), key=len).strip() or None
    heading = next(tree.iter("h1"), None)
    return _clean(heading.text_content()) if heading is not None else None


def _canonical_url(tree: HtmlElement) -> str | None:
    """Return the page's absolute canonical URL."""
    for link in tree.iter("link"):
        if (link.get("rel") or "").strip().lower() == "canonical":
            return _absolute(link.get("href"))
    return None


def _absolute(url: str | None) -> str | None:
    """Return url when it is an absolute http(s) URL."""
    url = (url or "").strip()
    return url if url.startswith(("http://", "https://")) and " " not in url else None


def _language(tag: str | None) -> str | None:
    """Return the lower-case primary subtag of a language tag."""
    match = LANGUAGE_TAG.fullmatch(tag.strip()) if tag else None
    return match.group(1).lower() if match else None


def _clean(value: str | None) -> str | None:
    """Collapse whitespace; None for an empty value."""
    return " ".join(value.split()) or None if value else None
