"""Whitespace normalisation: the last step, giving every clean text the same shape."""

from __future__ import annotations

import re

# Horizontal whitespace, including the no-break and typographic spaces scraped pages are full of.
OTHER_SPACE_CHARS = (  # all but the plain space
    "\t",
    "\u00a0",
    "\u1680",
    *map(chr, range(0x2000, 0x200B)),
    "\u202f",
    "\u205f",
    "\u3000",
)
OTHER_SPACES = "".join(OTHER_SPACE_CHARS)
# The runs whose collapsing changes the text: a plain space and more, or another space first.
# Most runs are one plain space between words; not matching those makes the pass 3x cheaper.
CHANGED_SPACE_RUN = re.compile(rf" [ {OTHER_SPACES}]+|[{OTHER_SPACES}][ {OTHER_SPACES}]*")
# A double space is what a run of plain spaces starts with.
DOUBLE_SPACE = "  "
# Whitespace and invisible characters (byte-order marks, zero-width spaces) trimmed off a line's
# ends: every character str.isspace() accepts, plus the invisible ones it does not.
EDGE_CHARS = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
    "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\u200b\u2060\ufeff"
)

# Hard wrapping: a line at least WRAP_MIN_CHARS long that stops without a full stop runs on into a
# next line that starts in lower case, or after a comma or a word no sentence ends with.
WRAP_MIN_CHARS = 30
SENTENCE_END = re.compile(r"[.!?…。！？؟।:][\"'”’»)\]]{0,3}$")
SENTENCE_END_REACH = 4
RUN_ON_WORDS = frozenset(
    {
        "the",
        "a",
        "an",
        "of",
        "to",
        "and",
        "or",
        "in",
        "on",
        "with",
        "for",
        "from",
        "by",
        "at",
        "as",
        "that",
        "is",
        "are",
        "was",
        "were",
        "be",
        "but",
        "if",
        "than",
        "into",
        "its",
        "their",
        "his",
        "her",
        "our",
        "your",
        "this",
        "these",
        "those",
        "which",
        "who",
    }
)


def runs_on(line: str, following: str) -> bool:
    """Tell whether a stripped line runs on into the next one (a hard-wrapped paragraph)."""
    if not following or len(line) < WRAP_MIN_CHARS:
        return False
    if SENTENCE_END.search(line, max(0, len(line) - SENTENCE_END_REACH)):
        return False
    if following[0].islower():
        return True
    return line.endswith(",") or line.rpartition(" ")[2] in RUN_ON_WORDS


def normalize_whitespace(text: str) -> str:
    """Trim lines, collapse space runs, separate paragraphs by exactly one blank line.

    Every line is a paragraph, except the lines of a hard-wrapped paragraph (see `runs_on`),
    which stay together on consecutive lines. No blank line leads or trails; no final newline.
    """
    # Space runs never span a line break, and every character they hold is an edge character:
    # collapsing them over the whole text first, in one pass, leaves the same trimmed lines.
    if has_space_runs(text):
        text = CHANGED_SPACE_RUN.sub(" ", text)
    lines = [line.strip(EDGE_CHARS) for line in text.splitlines()]
    out: list[str] = []
    previous = ""
    for line in lines:
        if line:
            if out and previous and runs_on(previous, line):
                out.append("\n")
            elif out:
                out.append("\n\n")
            out.append(line)
        previous = line
    return "".join(out)


def has_space_runs(text: str) -> bool:
    """Tell whether text holds a space run to collapse (substring tests: most texts hold none)."""
    if DOUBLE_SPACE in text:
        return True
    if text.isascii():
        return "\t" in text
    return any(map(text.__contains__, OTHER_SPACE_CHARS))
