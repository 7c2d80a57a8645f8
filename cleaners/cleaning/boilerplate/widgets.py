"""Page widgets recognised by their shape: breadcrumb trails, media-player time read-outs and
rows of labelled contact details.
"""

from __future__ import annotations

import re

from cleaners.cleaning.boilerplate.lines import Line
from cleaners.cleaning.boilerplate.vocab import mentions

# Video and audio player read-outs: "00:00", "0:00 / 3:41", "Duration 2:31".
PLAYER_TIMESTAMP = re.compile(
    r"(?:(?:duration|current time|time|elapsed|remaining)\s*:?\s*)?"
    r"-?\d{1,2}:\d{2}(?::\d{2})?(?:\s*/\s*\d{1,2}:\d{2}(?::\d{2})?)?",
    re.IGNORECASE,
)

# Contact blocks of a site's footer or sidebar: labelled e-mail addresses and phone numbers and
# nothing else ("Email: info@osso.nl", "Phone: 713-862-4570 • Fax: 713-862-4606"). A label
# followed by anything else ("Fax: Fax the form to ...") is an instruction in the article.
CONTACT_HINTS = ("mail", "phone", "tel", "fax", "call", "contact", "mobile")
CONTACT_VALUE = r"(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\+?\(?\d[\d ().-]{5,18}\d)"
CONTACT_FIELD = (
    r"(?:e-?mail|phone|phone number|tel|telephone|fax|call|call us|mobile|contact|contact us)"
    r"\s*:\s*" + CONTACT_VALUE
)
CONTACT_DETAILS = re.compile(
    CONTACT_FIELD + r"(?:\s*[•|·;,/]?\s*" + CONTACT_FIELD + r")*\.?", re.IGNORECASE
)

# Breadcrumb trails: two to seven short segments joined by chevrons or spaced slashes, or a
# section and its subsection joined by a pipe ("News | World News"; longer pipe rows are tables).
# (?<!\s): a separator's spaces are matched from the start of their run only, so a long run of
# spaces is scanned once, not once from each of its positions (linear on adversarial lines).
BREADCRUMB_SEPARATOR = re.compile(r"(?<!\s)\s*(?:›|»|>|→|::)\s*|(?<!\s)\s+/\s+")
PIPE_SEPARATOR = re.compile(r"(?<!\s)\s*\|\s*")
CRUMB_PUNCTUATION = frozenset(".,;:!?")
CRUMB_HINTS = ("›", "»", ">", "→", "::", " / ", "|")


def is_contact_details(line: Line) -> bool:
    """Match a line of labelled contact details only ("Email: keenschoolofmusic@gmail.com")."""
    return (
        line.words <= 16
        and ":" in line.text
        and mentions(line.lower, CONTACT_HINTS)
        and CONTACT_DETAILS.fullmatch(line.text) is not None
    )


def is_player_timestamp(line: Line) -> bool:
    """Match a media player's time read-out ("00:00", "1:02 / 3:45")."""
    return (
        ":" in line.text and line.chars <= 40 and PLAYER_TIMESTAMP.fullmatch(line.text) is not None
    )


HEADLINE_LOWER_WORDS = 3  # lower-case words of a headline after a pipe; crumbs have fewer


def is_breadcrumb(line: Line) -> bool:
    """Match a breadcrumb trail ("Home › News › World", "News | World News")."""
    if line.words > 16 or line.sentence or not mentions(line.text, CRUMB_HINTS):
        return False
    segments = [s for s in BREADCRUMB_SEPARATOR.split(line.text) if s]
    if len(segments) < 2:
        segments = [s for s in PIPE_SEPARATOR.split(line.text) if s]
        # A pipe also sets a kicker before a headline ("Update | Deceased Clarendon crash
        # victims identified"): a segment that reads as a sentence is no crumb.
        if len(segments) != 2 or any(_lower_words(s) >= HEADLINE_LOWER_WORDS for s in segments):
            return False
    return len(segments) <= 7 and all(_is_crumb(segment) for segment in segments)


def _lower_words(segment: str) -> int:
    return sum(word[:1].islower() for word in segment.split())


def _is_crumb(segment: str) -> bool:
    return (
        "http" not in segment
        and 0 < len(segment.split()) <= 5
        and segment[:1].isupper()
        and not any(ch.isdigit() or ch in CRUMB_PUNCTUATION for ch in segment)
    )


# Language switches: a line of language codes only ("EN", "DE | EN", "EN FR ES"), in the case
# menus print them. A lone code that is also a word or a subject ("IT", "NO", "ID") is no switch.
LANGUAGE_CODES = frozenset(
    (
        "EN",
        "DE",
        "FR",
        "ES",
        "PT",
        "IT",
        "NL",
        "PL",
        "CS",
        "RU",
        "UK",
        "ZH",
        "JA",
        "KO",
        "SV",
        "DA",
        "FI",
        "NO",
        "TR",
        "AR",
        "HE",
        "EL",
        "HU",
        "RO",
        "BG",
        "HR",
        "SK",
        "SL",
        "ET",
        "LV",
        "LT",
        "VI",
        "TH",
        "ID",
        "HI",
        "FA",
        "CA",
        "EU",
        "GL",
        "SR",
        "UA",
        "CN",
        "JP",
        "KR",
        "GR",
        "CZ",
    )
)
LONE_CODE_WORDS = frozenset(("IT", "NO", "ID", "HI", "HE", "ET", "CA", "EU"))
LANGUAGE_SEPARATORS = re.compile(r"[\s|/·•,]+")
LANGUAGE_SWITCH_CODES = 12
LANGUAGE_SWITCH_CHARS = 6 * LANGUAGE_SWITCH_CODES


def is_short_capitals(line: Line) -> bool:
    """Tell whether a line is short and in capitals (a language switch's cheap pre-check)."""
    return line.chars <= LANGUAGE_SWITCH_CHARS and line.text.isupper()


def is_language_switch(line: Line) -> bool:
    """Match a row of language codes of a language menu ("EN", "DE | EN")."""
    if not is_short_capitals(line):
        return False
    codes = [code for code in LANGUAGE_SEPARATORS.split(line.text) if code]
    if not codes or len(codes) > LANGUAGE_SWITCH_CODES:
        return False
    return all(code in LANGUAGE_CODES for code in codes) and (
        len(codes) > 1 or codes[0] not in LONE_CODE_WORDS
    )


# Embed code printed as text: an embed box's markup ('<iframe src="https://www.npr.org/player/
# embed/…" …>'). A line that is one embedding element with an outside source is markup, in any
# language; a tag inside a sentence ("you used <iframe> to embed…") is the article's.
EMBED_MARKUP = re.compile(
    r"<(?P<tag>iframe|embed|object|script|video|audio)\b[^<>]*\bsrc\s*=\s*[\"']?(?:https?:)?//"
    r"[^<>]*>(?:\s*</(?P=tag)>)?",
    re.IGNORECASE,
)


def is_embed_code(line: Line) -> bool:
    """Match a line of embed markup ('<iframe src="https://…" width="100%">')."""
    return line.text.startswith("<") and EMBED_MARKUP.fullmatch(line.text) is not None
