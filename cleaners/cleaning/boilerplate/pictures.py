"""Pictures: photo credits and news-photo captions that scrapers flatten into lines of their own.

"Stock photo: Getty Images", "(AP Photo/Evan Vucci)", "Smoke rises from ... on Feb. 26, 2022."
"""

from __future__ import annotations

import re

from cleaners.cleaning.boilerplate.credits import PICTURE_AGENCIES, PICTURE_AGENCY_NAMES
from cleaners.cleaning.boilerplate.lines import Line
from cleaners.cleaning.boilerplate.vocab import (
    MAX_RULE_CHARS,
    PREFIX_MARK,
    literal_pattern,
    mentions,
)
from cleaners.cleaning.boilerplate.wording.credits import (
    PICTURE_LABELS,
    SOCIAL_PICTURES,
    SOURCE_LABELS,
    SOURCE_NAME_LABELS,
)
from cleaners.cleaning.boilerplate.wording.phrasing import hints_of, phrases_of

# Photo credits: an introducer ("Photo:", "Image by", "Quelle:") or a picture agency at the end
# of a line. The labels are wording.credits' (every language's: a credit keeps its label whatever
# language the article is in).
LABELS = tuple(
    sorted({label.removesuffix(PREFIX_MARK).strip() for label in phrases_of(PICTURE_LABELS)})
)
# Labels that may close a caption too: the ones not marked as openers only.
END_LABELS = tuple(
    sorted(phrase for phrase in phrases_of(PICTURE_LABELS) if not phrase.endswith(PREFIX_MARK))
)
CREDIT_OPENER = re.compile(
    r"[(\[]?(?:stock |cover |file |featured |header |lead |main )?(?:"
    + literal_pattern(LABELS)
    + r")\s*(?:by|:|-|–|©|courtesy(?: of)?)\s*\S",
    re.IGNORECASE,
)
SOURCES = phrases_of(SOURCE_LABELS)
SOURCE_CREDIT = re.compile("(?:" + literal_pattern(SOURCES) + r")\s*[:：]\s*\S", re.IGNORECASE)
SOURCE_WORDS = 10
# "Source: ISW": after these labels only a name, its words capitalised (or figures)
# but for the small words of a name ("Institute for the Study of War"), makes a credit.
NAMED_SOURCES = phrases_of(SOURCE_NAME_LABELS)
NAMED_SOURCE_CREDIT = re.compile(
    "(?:" + literal_pattern(NAMED_SOURCES) + r")\s*[:：]\s*(?P<name>\S.*)", re.IGNORECASE
)
NAME_SMALL_WORDS = frozenset(
    ("of", "the", "for", "and", "on", "in", "at", "de", "du", "des", "la", "le", "les", "et", "&")
)
SOCIAL_OPENINGS = tuple(
    sorted({opening.removesuffix(PREFIX_MARK).strip() for opening in phrases_of(SOCIAL_PICTURES)})
)
SOCIAL_WORDS = 12
PICTURE_AGENCY = "|".join(re.escape(agency) for agency in PICTURE_AGENCIES)
CREDIT_TAIL = re.compile(
    r"(?:[/|–—]\s*|\bvia\s+|[(\[]\s*)(?:" + PICTURE_AGENCY + r")(?:\s*(?:photo|file|images?))?"
    r"(?:\s*/\s*[\w .'-]{1,40})?\s*[)\]]?\s*$",
    re.IGNORECASE,
)
CREDIT_TAIL_REACH = 90
CREDIT_OPENINGS = tuple(
    sorted(
        {
            "(",
            "[",
            *("stock", "cover", "file", "featured", "header", "lead", "main"),
            *(label.split()[0] for label in (*LABELS, *SOURCES, *NAMED_SOURCES, *SOCIAL_OPENINGS)),
        }
    )
)
# A caption scraped together with its credit: "...didn't get it.Credit...Doug Mills/The Times",
# "Пожар на складе в ХимкахФото: МЧС России": a credit label of any language, capitalised, right
# after a small letter, a figure or the caption's closing mark.
# Code glues words the same way ("backgroundImage: url(…)"): a line with code marks is no caption.
GLUED_LABELS = tuple(
    sorted({label[:1].upper() + label[1:] for label in END_LABELS if " " not in label})
)
CODE_MARKS = re.compile(r"[;{}=]|\w\(")
GLUED_CREDIT = re.compile(
    r"(?P<before>[^\W_]|[.)”’])[.…]{0,3}(?:"
    + literal_pattern(GLUED_LABELS)
    + r")(?:\.\.\.|…|\s?:)\s?\S"
)
TAIL_HINTS = ("/", "|", "(", "[", "via ", "©", "–", "—")
# An agency first, then the photographer: "picture alliance | Andrew Milligan".
CREDIT_HEAD = re.compile(r"(?:" + PICTURE_AGENCY + r")\s*[/|]\s*[\w .'-]{1,40}", re.IGNORECASE)
# A credit label closing a caption: "Roman Prymula, photo: Archives du Gouvernement tchèque",
# "… Foto: Thomas Range", ". Imagen: Télam", "Crédits photos : Bestimage". The label words are
# the ones CREDIT_OPENER knows; what follows is a name, with no sentence in it.
CREDIT_END = re.compile(
    r"(?:^|[.,;!?)»”\"]\s*|\s[–—-]\s)[.\s]*(?:"
    + literal_pattern(END_LABELS)
    + r")\s*:\s*[^.:;!?]{2,60}$",
    re.IGNORECASE,
)
CREDIT_END_REACH = 90
CREDIT_END_WORDS = 40
END_HINTS = hints_of(END_LABELS)
GLUED_HINTS = GLUED_LABELS
CREDIT_HINTS = (*TAIL_HINTS, *(hint.lower() for hint in GLUED_HINTS), *END_HINTS)

# A credit in brackets or after a copyright sign at the end of a caption: "(Photo by X/Getty)",
# "(Image: GETTY)", "© Reuters / David Mercado".
BRACKETED_CREDIT = re.compile(
    r"(?:[(\[](?:photo|image|picture|credit|foto|illustration|video)s?(?: credit)?\s*(?:by|:)"
    r"\s*[^)\]]{1,80}[)\]]|©\s*[\w.&' -]{1,40}(?:/\s*[\w .'-]{1,40})?)\s*$",
    re.IGNORECASE,
)

# News-photo captions: one sentence that ends on a full date, AP and Getty style
# ("... in Madrid, Spain, Tuesday, Nov. 19, 2019." / "... on Feb. 26, 2022.").
CAPTION_DATE = re.compile(
    r"(?:\bon (?:[A-Z][a-z]+day,? )?|, [A-Z][a-z]+day, )[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}\.$"
)
CAPTION_REACH = 60
# AP captions name the weekday with the full date, and place people: ", left,", "(R)".
# (Every weekday name ends in "day": a substring test spares most lines the regex scan.)
CAPTION_WEEKDAY_DATE = re.compile(
    r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? (?:Jan|Feb|March|April|May|June|July|Aug"
    r"|Sept?|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, \d{4}\b"
)
CAPTION_POSITION = re.compile(
    r", (?:left|right|center|centre|second (?:from )?(?:left|right)|top|bottom|front|rear"
    r"|background|foreground)(?: to right)?,|\((?:L|R|C|left|right|center|centre|background"
    r"|foreground|pictured)\)"
)
# Caption openings: "This satellite image shows ...", "An artist's impression of ...".
CAPTION_OPENING = re.compile(
    r"(?:(?:This|These|The|A|An) (?:\w+ ){0,2}(?:image|images|photo|photos|photograph|picture"
    r"|illustration|rendering|graphic|map|chart|screenshot|still) (?:shows?|depicts?|taken (?:by"
    r"|on|in|from)|released by|provided by)\b"
    r"|(?:An?|The) artist'?s'? (?:impression|rendering|illustration|concept) of\b"
    r"|(?:Pictured|Inset|Main picture|Main image|File photo|File image)\s*:"
    r"|In this (?:file |undated |handout )?(?:photo|image|picture)\b)"
)
CAPTION_HINTS = (
    "day, ",
    ", left,",
    ", right,",
    ", center,",
    "(",
    "image",
    "photo",
    "picture",
    "illustration",
    "rendering",
    "graphic",
    "map ",
    "chart",
    "artist",
    "pictured",
    "above",
    "below",
    "inset",
    "screenshot",
    "still",
)
SENTENCE_BREAK = re.compile(r"[a-z][.!?][\"”’]? [A-Z\"“]")


def ends_on_a_year(line: Line) -> bool:
    """Tell whether a line ends on four digits and a full stop ("... on Feb. 26, 2022.")."""
    return line.text.endswith(".") and line.text[-5:-1].isdigit()


def is_photo_credit(line: Line) -> bool:
    """Match a photo credit, or a caption that carries one ("Stock photo: Getty Images")."""
    if line.words > 60 or line.chars > MAX_RULE_CHARS:
        return False
    text = line.text
    if line.words <= 20 and line.lower.startswith(CREDIT_OPENINGS) and CREDIT_OPENER.match(text):
        return True
    if line.words <= SOURCE_WORDS and SOURCE_CREDIT.match(text):
        return True
    if line.words <= SOURCE_WORDS and is_named_source(text):
        return True
    if line.words <= SOCIAL_WORDS and line.bare.startswith(SOCIAL_OPENINGS):
        return True
    if line.words <= 8 and line.bare.strip("()[]© ") in PICTURE_AGENCY_NAMES:
        return True
    if line.words <= 8 and CREDIT_HEAD.fullmatch(text):
        return True
    tail = max(0, len(text) - CREDIT_END_REACH)
    if (
        line.words <= CREDIT_END_WORDS
        and mentions(line.lower[tail:], END_HINTS)
        and CREDIT_END.search(text, tail) is not None
    ):
        return True
    tail = max(0, len(text) - CREDIT_TAIL_REACH)
    if mentions(line.lower[tail:], TAIL_HINTS) and (
        CREDIT_TAIL.search(text, tail) or BRACKETED_CREDIT.search(text, tail)
    ):
        return True
    return mentions(text, GLUED_HINTS) and is_glued_credit(text)


def is_glued_credit(text: str) -> bool:
    """Tell whether a caption runs into its credit label ("…im EinsatzBild: Polizei Köln")."""
    return CODE_MARKS.search(text) is None and any(
        not found.group("before").isupper()
        for found in GLUED_CREDIT.finditer(text[:MAX_RULE_CHARS])
    )


def is_named_source(text: str) -> bool:
    """Tell whether a line credits a named source ("Source: ISW"), not a sentence after "Source:"."""
    found = NAMED_SOURCE_CREDIT.match(text)
    if found is None:
        return False
    name = found.group("name").rstrip(" .")
    return not any(mark in name for mark in ".!?;:") and all(
        word[:1].isupper() or word[:1].isdigit() or word.lower() in NAME_SMALL_WORDS
        for word in name.replace(",", " ").split()
    )


def is_photo_caption(line: Line) -> bool:
    """Match a news-photo caption: a short unquoted description of a picture.

    Recognised by a full date at its end (TIME, Getty), a weekday with the full date or a
    position marker (AP: ", left,"), or a caption opening ("This satellite image shows").
    """
    text = line.text
    if not 6 <= line.words <= 70 or '"' in text or "“" in text:
        return False
    if text.endswith(".") and text[-5:-1].isdigit():
        dated = CAPTION_DATE.search(text, max(0, len(text) - CAPTION_REACH)) is not None
        if dated and SENTENCE_BREAK.search(text) is None:
            return True
    if not mentions(line.lower, CAPTION_HINTS):
        return False
    return (
        ("day" in text and CAPTION_WEEKDAY_DATE.search(text) is not None)
        or CAPTION_POSITION.search(text) is not None
        or CAPTION_OPENING.match(text) is not None
    )
