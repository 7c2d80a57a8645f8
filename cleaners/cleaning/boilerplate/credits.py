"""Credits and metadata lines: bylines, publication dates, author bios, photo credits and captions.

Scrapers flatten an article's header ("By Jane Doe", "Updated Nov. 19, 2019 8:03 am ET") and its
figures ("Getty Images", "Smoke rises from ... on Feb. 26, 2022.") into lines of their own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from cleaners.cleaning.boilerplate.lines import Line, measure_line
from cleaners.cleaning.boilerplate.vocab import MAX_RULE_CHARS, mentions, words
from cleaners.cleaning.boilerplate.wording import credits as wording_credits
from cleaners.cleaning.boilerplate.wording import dates
from cleaners.cleaning.boilerplate.wording.phrasing import phrases_of

# Date vocabulary (wording.dates): month and weekday names and the words around a date. A line
# whose words are all of these, with a month, a clock time or a numeric date in it, is a date line.
MONTHS = words(" ".join(entry for entries in dates.MONTHS.values() for entry in entries))
WEEKDAYS = words(" ".join(entry for entries in dates.WEEKDAYS.values() for entry in entries))
DATE_WORDS = (
    MONTHS
    | WEEKDAYS
    | words(" ".join(entry for entries in dates.DATE_LABELS.values() for entry in entries))
)
LETTERS = re.compile(r"[^\W\d_]+")
# A numeric date is a day or a year, a month, and a year: "+81 158-23-2012" is a phone number.
DATE_ANCHOR = re.compile(
    r"(?<![\d+])(?:\d{1,2}|\d{4})[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})(?!\d)|\d{1,2}:\d{2}"
    r"|\b\d+\s?(?:h|hrs?|hours?|mins?|minutes?|days?|weeks?)\s+ago\b",
    re.IGNORECASE,
)
# An international number ("+81 158-23-2012", "+1 (212) 555-0100") is no date ("GMT+1" is).
PHONE = re.compile(r"(?<![\w+])\+\d{1,3}[\s.-]?\(?\d")
GLUE = re.compile(r"(?<=[a-zà-ÿ])(?=[A-ZÀ-Þ])")
# The words LETTERS finds once GLUE has split them, in an ASCII line in one pass: a run of
# capitals then small letters, or of small letters.
ASCII_WORDS = re.compile(r"[A-Z]+[a-z]*|[a-z]+")

# Byline openers ("By", "Von", "Escrito por"): wording.credits.BYLINE_OPENERS, every language's.
BYLINE_OPENERS = tuple(
    opener for openers in wording_credits.BYLINE_OPENERS.values() for opener in openers
)
BYLINE_OPENER_LINES = frozenset(opener.lower() for opener in BYLINE_OPENERS)
BYLINE_OPENER = re.compile(
    "(?:" + "|".join(map(re.escape, BYLINE_OPENERS)) + r")\b[\s:]*", re.IGNORECASE
)
# "On behalf of the Release Team": wording.credits.BEHALF_OPENERS, every language's, followed by
# a word; a line of at most BEHALF_WORDS words that does not end like a sentence.
BEHALF_OPENERS = tuple(
    sorted(f"{phrase} " for phrase in phrases_of(wording_credits.BEHALF_OPENERS))
)
BEHALF_WORDS = 8
# Author-box labels on a line of their own ("Experts", "Autoren:"): wording.credits.AUTHOR_LABELS.
AUTHOR_LABEL_LINES = frozenset(phrases_of(wording_credits.AUTHOR_LABELS))
AUTHOR_LABEL_WORDS = 2
NEWS_AGENCIES = frozenset(
    (
        "associated press",
        "the associated press",
        "reuters",
        "afp",
        "agence france-presse",
        "canadian press",
        "the canadian press",
        "press association",
        "dpa",
        "ansa",
        "efe",
        "upi",
        "ap",
        "staff",
        "staff reports",
        "staff report",
        "staff writer",
        "cnn wire",
    )
)

# Picture agencies: a whole credit line ("Getty Images") or a credit's tail (see pictures).
PICTURE_AGENCIES = (
    "getty images",
    "getty",
    "ap photo",
    "ap images",
    "associated press",
    "reuters",
    "afp",
    "epa",
    "shutterstock",
    "istock",
    "istockphoto",
    "alamy",
    "unsplash",
    "pexels",
    "pixabay",
    "dreamstime",
    "adobe stock",
    "depositphotos",
    "science photo library",
    "corbis",
    "rex features",
    "pa images",
    "pa wire",
    "sipa",
    "zuma",
    "imago",
    "anadolu",
    "xinhua",
    "ap",
    "ap file",
    "picture alliance",
    "picture-alliance",
    "stock.adobe.com",
    "fotolia",
    "123rf",
)
PICTURE_AGENCY_NAMES = frozenset(PICTURE_AGENCIES)
AGENCIES = NEWS_AGENCIES | PICTURE_AGENCY_NAMES
# Author bios: a name, then a newsroom role or "has written for" early in the line.
AUTHOR_BIO = re.compile(
    r"(?:[A-Z][\w'’.-]+ ){1,4}(?:(?:is|was|has been|has worked as|serves as|joined \S+ as"
    r"|is currently|é|est|ist|es)\s+(?:a|an|the|our|um|uma|un|une|ein|eine)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:writer|reporter|journalist|editor|correspondent|columnist|contributor|author"
    r"|freelancer?|blogger|producer|photographer|critic|anchor|jornalista|repórter|periodista"
    r"|journaliste|redakteur|editora?|professor|lecturer|researcher|fellow|scholar|[Ff]ounder"
    r"|[Cc]o-founder)\b"
    r"|(?:has written for|writes for|has contributed to|has reported for)\b)",
)


# A date with a figure after it is a table row ("4/1/2019 | +2.7%"), not a dateline.
TABLE_MARKS = ("|", "%", "$", "€", "£", "\t")
# A meta row: a date and one or two labels (a section, an author) between spaced pipes or dots
# ("2021-10-16 | Botschaft", "30. Oktober 2019 | Markus Euskirchen"); a label is a section or
# a name, up to three capitalised words without punctuation. A longer row is a table's, and
# "Republished from The Week | January 14, 2026" is provenance (overlap reads its date).
META_SEPARATOR = re.compile(r"(?<!\s)\s+[|·•]\s+")
META_CELLS = (2, 3)
META_LABEL_WORDS = 3
LABEL_PUNCTUATION = frozenset(".,;:!?()")
BIO_VERBS = words("is was has serves joined writes é est ist es")


@lru_cache(maxsize=1024)
def _date_words(text: str) -> tuple[bool, tuple[str, ...]]:
    """Return whether text names a month, and its words that are not date words.

    Cached: the byline and date-line rules both ask about the same short lines.
    """
    head = text[:MAX_RULE_CHARS]
    found = ASCII_WORDS.findall(head) if head.isascii() else LETTERS.findall(GLUE.sub(" ", head))
    lowered = [word.lower() for word in found]
    month = any(word in MONTHS for word in lowered)
    return month, tuple(
        word for word, low in zip(found, lowered, strict=False) if low not in DATE_WORDS
    )


def _words_besides_dates(text: str) -> tuple[str, ...]:
    return _date_words(text)[1]


def _has_date(text: str) -> bool:
    return _date_words(text)[0] or DATE_ANCHOR.search(text) is not None


# Credits strung on one line by dashes, pipes or dots; each part a byline or a date. (A run of
# spaces is matched from its start only: linear on adversarial lines.)
CHAIN_SEPARATOR = re.compile(r"(?<!\s)\s+[—–|·•]\s+")
CHAIN_WORDS = 40
CHAIN_CHARS = 400

# "and" between names, in the languages of the staff-credit labels.
NAME_JOINERS = frozenset(("and", "e", "y", "und", "et", "en", "i", "a", "и", "і", "та"))


def is_name(tokens: Sequence[str]) -> bool:
    """Tell whether a few words are people's names: capitalised, "and" between them."""
    names = [word for word in tokens if word.lower() not in NAME_JOINERS]
    return 0 < len(names) <= 6 and all(word[:1].isupper() for word in names)


# Characters around an agency's name in a byline or credit line: "(Reuters)", "© AFP.".
AGENCY_STRIP = "()[]©. "
AGENCY_WORDS = 8


def is_agency(line: Line) -> bool:
    """Tell whether a line is only a news or picture agency's name ("Associated Press")."""
    return line.words <= AGENCY_WORDS and line.bare.strip(AGENCY_STRIP) in AGENCIES


def is_date_line(line: Line) -> bool:
    """Match a line that is only a date or time ("Nov. 19, 2019 8:03 am ET", "Updated 2h ago")."""
    if line.words > 16 or line.chars > 150 or not line.digits:
        return False
    if mentions(line.text, TABLE_MARKS):
        return is_meta_row(line.text)
    if "+" in line.text and PHONE.search(line.text):
        return False
    if line.text.isascii():  # ASCII_WORDS finds its words: the first must be a date word
        first = ASCII_WORDS.search(line.text)
        if first is not None and first.group().lower() not in DATE_WORDS:
            return False
    return not _words_besides_dates(line.text) and _has_date(line.text)


def is_meta_row(text: str) -> bool:
    """Tell whether a line is a date with a label or two ("2021-10-16 | Botschaft")."""
    cells = META_SEPARATOR.split(text)
    low, high = META_CELLS
    if not low <= len(cells) <= high:
        return False
    dated = [cell for cell in cells if _has_date(cell) and not _words_besides_dates(cell)]
    return len(dated) == 1 and all(
        cell is dated[0]
        or (
            0 < len(cell.split()) <= META_LABEL_WORDS
            and cell[:1].isupper()
            and not any(ch.isdigit() or ch in LABEL_PUNCTUATION for ch in cell)
        )
        for cell in cells
    )


def is_byline(line: Line) -> bool:
    """Match a byline ("By Jamelle Bouie", "on behalf of Vision Doc group", "Olha Hlushchenko…")."""
    if line.words > 20 or line.chars > 200:
        return is_credit_chain(line)
    if line.words <= 5 and line.bare.strip(" .") in NEWS_AGENCIES:
        return True
    if line.words <= BEHALF_WORDS and not line.sentence and line.lower.startswith(BEHALF_OPENERS):
        return True
    if line.words <= AUTHOR_LABEL_WORDS and line.bare in AUTHOR_LABEL_LINES:
        return True
    opener = BYLINE_OPENER.match(line.text) if line.lower.startswith(BYLINE_OPENERS) else None
    if opener:
        rest = _words_besides_dates(line.text[opener.end() :])
        return not rest or (len(rest) <= 14 and is_name(rest[:2]))
    # Signed before dated: most lines with figures are neither, and the date test costs more.
    if not line.digits:
        return False
    signed = " by " in f" {line.lower} " or GLUE.search(line.text) is not None
    if not signed or not _has_date(line.text):
        return False
    rest = _words_besides_dates(line.text)
    rest = rest[1:] if rest and rest[0].lower() == "by" else rest
    return is_name(rest) and len(rest) <= 5


def is_credit_chain(line: Line) -> bool:
    """Match credits strung on one line ("Medically reviewed by A — Written by B — Updated on …")."""
    if (
        line.words > CHAIN_WORDS
        or line.chars > CHAIN_CHARS
        or not line.lower.startswith(BYLINE_OPENERS)
    ):
        return False
    parts = [part for part in CHAIN_SEPARATOR.split(line.text) if part]
    return len(parts) >= 2 and all(
        is_byline(part_line) or is_date_line(part_line)
        for part_line in (measure_line(line.index, part) for part in parts)
    )


def is_author_bio(line: Line) -> bool:
    """Match the shape of an author bio ("Justin Klawans has worked as a staff writer at ...").

    "Smith is a former reporter who ..." has the same shape inside an article; `mark_author_bios`
    only takes bios that the article's prose does not continue after.
    """
    # The shortest bio is three words ("Doe writes for ..." needs a name, a verb and more).
    if not 3 <= line.words <= 120 or not line.text[:1].isupper():
        return False
    if BIO_VERBS.isdisjoint(line.lower.split(None, 6)[1:6]):
        return False
    return AUTHOR_BIO.match(line.text[:MAX_RULE_CHARS]) is not None
