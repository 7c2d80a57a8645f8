"""The lines of a scraped document and the shape features the rules decide on."""

from __future__ import annotations

import re
from typing import NamedTuple

from cleaners.cleaning.boilerplate.vocab import MAX_RULE_CHARS, bare, bare_of_plain
from cleaners.cleaning.whitespace import CJK_CHAR, EDGE_CHARS, WRAPPED, line_joins

# Sentence punctuation in the scripts we meet (Latin, CJK, Arabic, Devanagari): a line that ends
# with one of these, allowing closing quotes and brackets after it, reads as a sentence.
# A run of digits: a row's, item's or field's shape writes each as 0 (`number_shape`).
DIGITS = re.compile(r"\d+")
SENTENCE_END = re.compile(r"[.!?…。！？؟।][\"'”’»)\]]{0,3}$")
SENTENCE_PUNCT = re.compile(r"[.!?…;:,。！？；：、，،؛؟।]")

# Reported speech and quotation: a line carrying these is the article quoting someone, not the
# site talking to its reader.
REPORTED = re.compile(
    r"\b(said|say|says|told|according to|reported|sagte|dijo|disse|a déclaré)\b|[“”\"]"
)

# Openers a capitalised word may hide behind ("“Governor", "(Reuters").
OPENERS = "\"'“‘«„([¿¡*"
DIGIT = re.compile(r"\d")
# The same counts in an ASCII line, taken from its bytes: deleting the bytes of a class and
# measuring what went is one C pass, where a regex lists every match first: SENTENCE_PUNCT's and
# \d's ASCII members.
ASCII_PUNCT = b".!?;:,"
ASCII_DIGITS = b"0123456789"
# A capitalised word of a single-spaced ASCII line, found after its space (the line is given a
# leading one): OPENERS' ASCII members, then a capital or a digit. A literal first character
# makes the scan skip ahead; a loop over the words costs several times more.
SPACED_CAPITAL = re.compile(r" [\"'(\[*]*[A-Z0-9]")

# Lines up to this many words get the features that only short lines need (capitalisation, digit
# share, the bare form for vocabulary matches); longer lines are prose or long boilerplate.
SHORT_LINE_WORDS = 40
# Capitalisation is measured from this many words up: only prose (PROSE_WORDS) and list items
# (context.ITEM_WORDS) are weighed by it, and most lines of a page are shorter.
CAPS_WORDS = 6
# A sentence end sits in a line's last few characters (the mark and up to three closers).
SENTENCE_END_REACH = 4

# Prose: at least this many characters whatever the punctuation (scrapers cut long paragraphs
# without their full stop), or a sentence end, this many words and not mostly capitalised words.
PROSE_CHARS = 200
PROSE_WORDS = 8
PROSE_MAX_CAPS = 0.6


# Table rows as extractors write them ("| a | b |"): the pipe, and the longest row that is read
# cell by cell (a one-cell row is a short line; longer rows are tables of data).
TABLE_PIPE = "|"
MAX_CELL_ROW_CHARS = 300


class Line(NamedTuple):
    """One non-blank line of a document with the shape features rules look at.

    A named tuple rather than a frozen dataclass: one is built for every line of every document,
    and a tuple is several times cheaper to build; it is just as immutable.
    """

    index: int  # position of its first raw line among all the document's lines, blank included
    last: int  # position of its last raw line (a hard-wrapped paragraph spans several)
    text: str  # the line without surrounding whitespace (wrapped lines joined by a space)
    chars: int  # length of text in characters
    words: int  # word count (CJK characters counted two to a word)
    sentence: bool  # ends like a sentence (full stop, question or exclamation mark)
    punct: int  # sentence punctuation marks anywhere in the line
    caps: float  # share of words that start with a capital letter or a digit (short lines of
    # CAPS_WORDS words or more; 0.0 for the others)
    digits: float  # share of non-space characters that are digits (short lines)
    bare: str  # lower-case form without decoration, for whole-line vocabularies (short lines)
    lower: str  # the line lower-cased, for cheap keyword pre-checks
    prose: bool  # reads as running text (see reads_as_prose)


def _new_line(fields: tuple) -> Line:
    """Build a Line from its fields in order, without the named tuple's Python-level __new__."""
    return tuple.__new__(Line, fields)


def measure_line(index: int, text: str, last: int | None = None) -> Line:
    """Measure one stripped, non-blank line (or hard-wrapped paragraph, ending at raw line last)."""
    last = index if last is None else last
    if text.isascii():
        return _measure_ascii(index, text, last)
    cjk = len(CJK_CHAR.findall(text)) // 2
    sentence = SENTENCE_END.search(text, max(0, len(text) - SENTENCE_END_REACH)) is not None
    punct = len(SENTENCE_PUNCT.findall(text))
    lower = text.lower()
    rough_words = text.count(" ") + 1 + cjk
    if rough_words > SHORT_LINE_WORDS:
        prose = reads_as_prose(len(text), rough_words, 0.0, sentence, text)
        return _new_line(
            (index, last, text, len(text), rough_words, sentence, punct, 0.0, 0.0, "", lower, prose)
        )
    # Printable: no whitespace but the space (Unicode's other spaces are separators, not printable).
    plain = text.isprintable() and "  " not in text and text[:1] != " " != text[-1:]
    words = rough_words if plain else len(text.split()) + cjk
    caps = _capitalised_share(text.split()) if words >= CAPS_WORDS else 0.0
    figures = len(DIGIT.findall(text))
    digits = figures / max(1, len(text) - text.count(" "))
    prose = reads_as_prose(len(text), words, caps, sentence, text)
    return _new_line(
        (
            index,
            last,
            text,
            len(text),
            words,
            sentence,
            punct,
            caps,
            digits,
            _bare_form(text, lower, plain, figures),
            lower,
            prose,
        )
    )


def _measure_ascii(index: int, text: str, last: int) -> Line:
    """Measure an ASCII line as `measure_line` does, counting on its bytes.

    A line whose only whitespace is single spaces between words (most lines) has one word more
    than spaces, and its bare form is cut from its lower-cased form (see `vocab.bare_of_plain`).
    """
    raw = text.encode("ascii")
    chars = len(raw)
    sentence = SENTENCE_END.search(text, max(0, chars - SENTENCE_END_REACH)) is not None
    punct = chars - len(raw.translate(None, ASCII_PUNCT))
    lower = text.lower()
    spaces = raw.count(b" ")
    if spaces >= SHORT_LINE_WORDS:
        prose = reads_as_prose(chars, spaces + 1, 0.0, sentence, text)
        return _new_line(
            (index, last, text, chars, spaces + 1, sentence, punct, 0.0, 0.0, "", lower, prose)
        )
    # Printable: no whitespace but the space (nor any other control character).
    plain = text.isprintable() and b"  " not in raw and raw[:1] != b" " != raw[-1:] and chars
    words = spaces + 1 if plain else len(text.split())
    if words < CAPS_WORDS:
        caps = 0.0
    elif plain:
        caps = len(SPACED_CAPITAL.findall(" " + text)) / words
    else:
        caps = _capitalised_share(text.split())
    figures = chars - len(raw.translate(None, ASCII_DIGITS))
    prose = reads_as_prose(chars, words, caps, sentence, text)
    return _new_line(
        (
            index,
            last,
            text,
            chars,
            words,
            sentence,
            punct,
            caps,
            figures / max(1, chars - spaces),
            _bare_form(text, lower, plain, figures),
            lower,
            prose,
        )
    )


def _bare_form(text: str, lower: str, plain: bool, figures: int) -> str:
    """Return a line's `bare` form, cut from its lower-cased form when the line is plain."""
    if plain and len(text) <= MAX_RULE_CHARS:
        return bare_of_plain(lower, numbers=figures > 0)
    return bare(text, numbers=figures > 0)


def _capitalised_share(tokens: list[str]) -> float:
    if not tokens:
        return 0.0
    capitalised = 0
    for token in tokens:
        first = token[0]
        if first in OPENERS:
            first = token.lstrip(OPENERS)[:1]
        if first.isupper() or first.isdigit():
            capitalised += 1
    return capitalised / len(tokens)


def number_shape(text: str) -> str:
    """Return a text with every number written as 0: the shape rows of one kind share."""
    return DIGITS.sub("0", text)


def read_lines(text: str) -> tuple[Line, ...]:
    """Split text into its non-blank lines (as str.splitlines does), measured, with positions.

    Hard-wrapped paragraphs (a line that stops mid-sentence and a next line that carries on) and
    sentences cut at their inline elements (a text node a line: `whitespace.joint`) are read as
    one line spanning several raw lines, so such an article reads as prose.
    """
    raws = [raw.strip(EDGE_CHARS) for raw in text.splitlines()]
    joins = line_joins(raws)
    lines: list[Line] = []
    measured: dict[str, Line] = {}  # a page repeats lines (bullets, share buttons): measure once
    index = 0
    while index < len(raws):
        joined = raws[index]
        if not joined:
            index += 1
            continue
        last = index
        while last + 1 < len(raws) and (how := joins[last + 1]) is not None:
            joined = f"{joined}{' ' if how == WRAPPED else how}{raws[last + 1]}"
            last += 1
        seen = measured.get(joined)
        if seen is None:
            seen = measured[joined] = measure_line(index, joined, last)
            lines.append(seen)
        else:
            lines.append(_new_line((index, last, *seen[2:])))
        index = last + 1
    return tuple(lines)


def reads_as_prose(chars: int, words: int, caps: float, sentence: bool, text: str) -> bool:
    """Tell whether a line reads as running text: a long line, or sentences that end like ones.

    Headlines and list items carry commas and colons too, but do not end with a full stop (a
    colon that introduces a list counts as one). Hard-wrapped paragraphs are joined into one line
    by `read_lines`, so they end like sentences too.
    """
    if chars >= PROSE_CHARS:
        return True
    if words < PROSE_WORDS or caps >= PROSE_MAX_CAPS:
        return False
    return sentence or text.endswith(":")


def is_prose(line: Line) -> bool:
    """Tell whether a line reads as running text (measured once, in `measure_line`)."""
    return line.prose


def table_cell(line: Line) -> Line | None:
    """Return the one filled cell of a table row ("| | January 22nd, 2019 |"), measured, or None.

    Extractors write a layout table's rows as pipe-separated cells; a row with a single filled
    cell is a line of the page set in a table (a date, a credit), and is judged as that line.
    """
    if not line.text.startswith(TABLE_PIPE) or line.chars > MAX_CELL_ROW_CHARS:
        return None
    cells = [cell.strip(EDGE_CHARS) for cell in line.text.strip(TABLE_PIPE).split(TABLE_PIPE)]
    filled = [cell for cell in cells if cell]
    if len(filled) != 1:
        return None
    return measure_line(line.index, filled[0], line.last)


def is_link_like(line: Line) -> bool:
    """Tell whether a line looks like a menu item or a link: short and unpunctuated."""
    return line.words <= 6 and not line.sentence and line.punct == 0 and line.digits < 0.3
