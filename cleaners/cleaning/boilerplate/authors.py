"""Author boxes: the bio that closes an article ("Justin Klawans has worked as a staff writer…"),
the bio under an "About the author" heading, and the names under an author-box label ("Experts"
/ "Stacy Ogbeide, PsyD") or a lone byline opener ("By" / "Jane Doe").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from cleaners.cleaning.boilerplate import names
from cleaners.cleaning.boilerplate.credits import (
    AUTHOR_LABEL_LINES,
    BYLINE_OPENER_LINES,
    is_author_bio,
    is_name,
)
from cleaners.cleaning.boilerplate.lines import Line, is_prose

# An author bio closes an article: a bio-shaped line is one when at most this many paragraphs of
# prose (not already boilerplate) follow it; "About the author" headings take the bio after them.
PROSE_AFTER_BIO = 1
# Any case for the words of the heading; a name must be capitalised ("About this article" is no
# bio heading).
ABOUT_AUTHOR = re.compile(
    r"(?i:about|sobre|über|uber|à propos de|acerca de|a proposito di|o autorze) (?:(?i:the author"
    r"|o autor|a autora|den autor|die autorin|l'auteur|el autor|l'autore)"
    r"|[A-ZÀ-Þ][\w'’.-]+(?: [A-ZÀ-Þ][\w'’.-]+){0,3})"
)
ABOUT_REACH = 2
# The last word of "About the author" in each language: any bio may follow it. After "About Jane
# Doe" only lines that name her are her bio.
ABOUT_AUTHOR_WORDS = frozenset(("author", "autor", "autora", "autorin", "auteur", "autore"))


# The names under an author-box label, or a byline opener alone ("By"): up to this many lines of
# at most NAME_LINE_WORDS words that start with a name ("Stacy Ogbeide, PsyD, ABPP").
CREDITED_NAMES = 3
NAME_LINE_WORDS = 8


def mark_author_bios(lines: Sequence[Line], decided: Sequence[str | None]) -> dict[int, str]:
    """Mark author bios near the end of the article, and the bio under an "About X" heading."""
    marks: dict[int, str] = {}
    prose_after = 0
    for position in range(len(lines) - 1, -1, -1):
        line = lines[position]
        if decided[position] is not None:
            continue
        # The count first: above the last paragraphs no line is a bio, and the shape costs more.
        if prose_after <= PROSE_AFTER_BIO and is_author_bio(line):
            marks[position] = names.AUTHOR_BIO
        elif line.words <= 6 and not line.sentence and ABOUT_AUTHOR.fullmatch(line.text):
            following = [
                i for i in range(position + 1, min(len(lines), position + 4)) if decided[i] is None
            ][:ABOUT_REACH]
            name = line.text.rpartition(" ")[2].lower()
            bio = [
                i
                for i in following
                if lines[i].words <= 120 and (name in ABOUT_AUTHOR_WORDS or name in lines[i].lower)
            ]
            if bio:
                marks.update({i: names.AUTHOR_BIO for i in [position, *bio]})
        elif is_prose(line):
            prose_after += 1
    return marks


def mark_credited_names(lines: Sequence[Line], decided: Sequence[str | None]) -> dict[int, str]:
    """Mark the names under an author-box label or a lone byline opener ("Experts" / "Jane Doe")."""
    marks: dict[int, str] = {}
    labels = [i for i, line in enumerate(lines) if decided[i] == names.BYLINE and is_label(line)]
    # A label repeated down the page ("By:" over every entry of a list of books) heads the
    # entries of a listing, whose names are its content.
    repeated = Counter(lines[i].bare for i in labels)
    for position in labels:
        if repeated[lines[position].bare] > 1:
            continue
        for following in range(position + 1, min(len(lines), position + 1 + CREDITED_NAMES)):
            if decided[following] is not None or not is_name_line(lines[following]):
                break
            marks[following] = names.BYLINE
    return marks


def is_label(line: Line) -> bool:
    """Tell whether a byline is a label alone ("Authors:", "Experts", "By")."""
    return line.bare in AUTHOR_LABEL_LINES or line.bare in BYLINE_OPENER_LINES


def is_name_line(line: Line) -> bool:
    """Tell whether a line is a name with its titles ("Stacy Ogbeide, PsyD, ABPP")."""
    if line.words > NAME_LINE_WORDS or line.sentence or line.digits:
        return False
    return is_name(line.text.split(",")[0].split())
