"""Repair text that was decoded with the wrong codec somewhere upstream (mojibake) with ftfy."""

from __future__ import annotations

import re
import unicodedata

import ftfy
from ftfy.badness import is_bad

from cleaners.cleaning.ftfy_internals import (
    CONTROL_CHARS,
    HTML_ENTITY_RE,
    LIGATURES,
    MOJIBAKE_CATEGORIES,
    WIDTH_MAP,
)

__all__ = ["fix_encoding", "fix_markup_encoding"]

# The one ftfy configuration of presswash. Entities are unescaped even next to "<": the input is
# extracted or scraped text, never markup. Curly quotes are real typography, not damage: kept.
# No explanations: they cost time and nobody reads them.
FTFY_CONFIG = ftfy.TextFixerConfig(unescape_html=True, uncurl_quotes=False, explain=False)

# The same repairs for a page's markup before extraction, where entities must stay escaped.
MARKUP_CONFIG = FTFY_CONFIG._replace(unescape_html=False)
# What extraction would destroy: C1 control characters (UTF-8 bytes read as Latin-1, as in
# "youâ\x80\x99re"), which trafilatura deletes, and "Â" before a no-break space it collapses.
# Substring tests, not a regex: a regex scan of a whole page costs as much as parsing it.
FRAGILE_MOJIBAKE = (*(chr(c) for c in range(0x80, 0xA0)), "\u00c2\u00a0")

# Line breaks ftfy would turn into "\n"; done first so every line is fixed on its own. Most texts
# have none: substring tests first, as a regex scan of a whole text costs more than the rest.
LINE_BREAKS = re.compile("\r\n?|[\u2028\u2029]")
LINE_BREAK_CHARS = ("\r", "\u2028", "\u2029")
# A line made only of these has nothing for ftfy to fix: printable ASCII without "&" (no entity)
# and the typographic punctuation of clean text. Every mojibake sequence holds a character outside
# this set (the UTF-8 lead byte read as Latin-1 or a legacy code page), and so does every control
# character, ligature, width variant and non-NFC sequence. Skipping such lines is what makes
# repair cheap on clean text.
CLEAN_LINE = re.compile("[\t\x20-\x25\x27-\x7e\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026]*")
# A character outside that set, looked for over a whole text (line breaks allowed): about half of
# all scraped documents hold none, and in the others one scan finds the few lines that do.
UNCLEAN_CHAR = re.compile(
    "[^\n\t\x20-\x25\x27-\x7e\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026]"
)

# What some ftfy step other than the mojibake repair acts on: line breaks, C1 and other control
# characters, ligatures, width variants, surrogates, and entities in the one shape ftfy decodes
# ("&amp;", "&#39;": an "&" in "Q&A" or "AT&T" is left alone, and such lines are common). Taken
# from ftfy's own tables and pattern, so that a line without them, NFC-normalised and not
# `is_bad` (ftfy's gate before trying any re-decoding), is exactly a line ftfy would return
# unchanged.
FTFY_TRIGGERS = re.compile(
    "[\r\u2028\u2029\x80-\x9f\ud800-\udfff"
    + "".join(re.escape(chr(c)) for c in sorted({*CONTROL_CHARS, *LIGATURES, *WIDTH_MAP}))
    + "]|"
    + HTML_ENTITY_RE.pattern
)

# What `is_bad` (ftfy's mojibake detector) needs to find in a line: every alternative of its pattern
# holds a character of one of these classes of ftfy's, or one of the letters listed. A line with
# none of them (text with "&", "é", "ü", CJK or Cyrillic in lower case) is not bad, and is spared a
# scan that costs more than the rest of the repair (test_encoding checks the pattern's every
# alternative against this class).
MOJIBAKE_CLASSES = (
    "c1",
    "bad",
    "currency",
    "numeric",
    "law",
    "box",
    "upper_accented",
    "lower_accented",
)
MOJIBAKE_CHAR = re.compile(
    "["
    + "".join(MOJIBAKE_CATEGORIES[name] for name in MOJIBAKE_CLASSES)
    + re.escape("Ù‚ЂВГРСΒΓΞΟ")
    + "]"
)

# ftfy undoes one layer of nested damage (entities inside entities) per call: repeat until stable.
MAX_ROUNDS = 16


def fix_encoding(text: str) -> str:
    """Repair mojibake, HTML entities, control characters and NULs; idempotent, never raises."""
    if not text:
        return ""
    if any(char in text for char in LINE_BREAK_CHARS):
        text = LINE_BREAKS.sub("\n", text)
    found = UNCLEAN_CHAR.search(text)
    if found is None:
        return text
    # Lines are fixed one by one, split at "\n"; only a line with a character outside the clean set
    # can need it, and the scan jumps from one such line to the next.
    pieces: list[str] = []
    done = 0  # where the text not yet copied starts
    while found is not None:
        start = text.rfind("\n", 0, found.start()) + 1
        end = text.find("\n", found.start())
        end = len(text) if end < 0 else end
        line = text[start:end]
        pieces += (text[done:start], _fix_line(line) if _needs_ftfy(line) else line)
        done = end
        found = UNCLEAN_CHAR.search(text, end)
    pieces.append(text[done:])
    return "".join(pieces)


def _needs_ftfy(line: str) -> bool:
    """Tell whether ftfy would change a line (cheap tests first)."""
    if CLEAN_LINE.fullmatch(line):
        return False
    return bool(
        FTFY_TRIGGERS.search(line)
        or not unicodedata.is_normalized("NFC", line)
        or (MOJIBAKE_CHAR.search(line) is not None and is_bad(line))
    )


def fix_markup_encoding(html: str) -> str:
    """Repair the mojibake of a page that its text extraction would make irreparable."""
    if not _has_fragile_mojibake(html):
        return html
    # Pieces between tag ends: mojibake never spans a ">", and minified pages are one long line.
    pieces = html.split(">")
    return ">".join(
        _fix_line(piece, MARKUP_CONFIG) if _has_fragile_mojibake(piece) else piece
        for piece in pieces
    )


def _has_fragile_mojibake(text: str) -> bool:
    """Tell whether text holds mojibake that extraction would make irreparable."""
    return not text.isascii() and any(sequence in text for sequence in FRAGILE_MOJIBAKE)


def _fix_line(line: str, config: ftfy.TextFixerConfig = FTFY_CONFIG) -> str:
    """Fix one line with ftfy until it no longer changes (ftfy undoes one layer at a time)."""
    for _ in range(MAX_ROUNDS):
        fixed = ftfy.fix_text(line, config)
        if fixed == line:
            break
        line = fixed
    return line
