"""Whitespace normalisation: the last step, giving every clean text the same shape."""

from __future__ import annotations

import re
from collections.abc import Sequence

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
# A stop at a line's end (not a colon, "mikefay says:", nor an elision, "and many more...") or
# inside it, before the next sentence.
FULL_STOP_END = re.compile(r"(?<![.…])[.!?。！？][\"'”’»)\]]{0,3}$")
INNER_STOP = re.compile(r"[.!?…][\"'”’»)\]]{0,3} \w")
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

# Words no sentence ends with, in the languages written with spaces and case (articles,
# prepositions, conjunctions): a line that stops on one was cut at an inline element ("auf das"
# / "iPhone 14" / "zu warten"); a line that stops on another word may be a list's item
# ("ausreichend Reserven" / "Flops" / "kurze Sattelstütze ...") and takes no piece. Not German
# prepositions that are also verb particles, which end sentences ("rollen sich ... ein").
INLINE_OPEN_WORDS = RUN_ON_WORDS | frozenset(
    " ".join(
        (
            "der die das den dem des eine einen einem einer eines und oder von vom zum zur",
            "für im am beim als dass",
            "le la les un une des du de et ou à au aux dans pour par sur avec que qui",
            "el los las una unos unas del y en con por para al",
            "o os as um uma do da dos das e em no na nos nas com ao",
            "il lo gli le di della dello delle degli per su che",
            "het een van op voor aan dat",
            "i w z na do że od po dla ze we",
            "a v s se ve ze k o u",
            "и в во на с со к по из за от для что о об",
            "і у та з до від для що про",
        )
    ).split()
)

# Scrapers that write every text node on a line of its own cut a sentence at each inline element:
# "Die Musik stammt von" / "Christopher Dallman" / ", einem jungen Songwriter." A line that opens
# with a mark no sentence or heading opens with carries on the line before it, on the same line.
# Not a colon: a line opening with one is a definition list's item or a line of code.
CONTINUATION_MARKS = frozenset(",;，、；」』")
# A stop carries on the line before only as a line of its own ("." after a link), one mark and
# its closing quotes: ". Imagen: Télam" is a caption's credit, ".NET" a word, "..." an elision.
CONTINUATION_STOPS = frozenset(".!?。！？")
STOP_CLOSERS = "\"'»”’"
# The first characters of a line that may join the line before it, or resume it after a piece.
JOINING_FIRSTS = CONTINUATION_MARKS | CONTINUATION_STOPS
RESUMING_FIRSTS = JOINING_FIRSTS | {"("}
# An inline element between a line that has not ended and a continuation is one of the
# sentence's links: at most this long.
INLINE_MAX_CHARS = 60
INLINE_MAX_SPACES = 6
# The words before an inline piece or a lone stop must be a sentence's, not a menu item's, and
# a sentence cut at an inline element stops at a word or a comma (not a stop or a bracket); the
# piece holds a word (a date between two titles does not).
INLINE_MIN_WORDS = 4
# Words are counted between spaces; CJK scripts write without them and count about two
# characters a word.
CJK_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
# How a line joins the one before it: on the same line, glued or after a space, or on the next
# line of the same paragraph (a hard-wrapped one).
GLUED, SPACED, WRAPPED = "", " ", "\n"


def continues(following: str) -> bool:
    """Tell whether a stripped line opens with a mark that carries on the line before it."""
    first = following[:1]
    if first in CONTINUATION_MARKS:
        return True
    return first in CONTINUATION_STOPS and not following[1:].strip(STOP_CLOSERS)


def resumes(after: str) -> str | None:
    """Return how a line resumes a sentence after an inline piece ("" or " "), or None.

    A continuation (`continues`), a stop with words after it (". Diverse Prototypen"), an aside
    the sentence goes on after ("(SCC) bei den Frauen", "(beide SCC).") or a sentence's words in
    lower case ("schon in seiner Grundform", "in Rome."). A lone comma or semicolon ends an item
    of a flattened list ("Politics" / "," / "Economy"): it resumes nothing.
    """
    first = after[:1]
    if first in CONTINUATION_MARKS:
        return GLUED if after[1:].strip(STOP_CLOSERS) else None
    if first in CONTINUATION_STOPS:
        return GLUED if continues(after) or after[1:2] == " " else None
    if first == "(":
        # A credit in brackets ("(AP)", "(Photo: Reuters)") stands alone: nothing goes on.
        close = after.find(")")
        rest = after[close + 1 :].lstrip() if close > 0 else ""
        return SPACED if rest[:1] in JOINING_FIRSTS or rest[:1].islower() else None
    # A whole lower-case word: "iPhone" and "tQ’s" open teaser titles, and a one-letter "o" is
    # a list's bullet as some scrapers write it.
    word = after.partition(" ")[0]
    lower = first.islower() and word.islower() and len(word) > 1
    if not lower:
        return None
    ends = SENTENCE_END.search(after, max(0, len(after) - SENTENCE_END_REACH)) is not None
    return SPACED if ends or has_words(after, INLINE_MIN_WORDS) else None


def joint(line: str, following: str, after: str = "") -> str | None:
    """Return how a stripped line joins the (stripped, non-blank) text before it, or None.

    GLUED: the line continues the sentence (`continues`); SPACED: it is a short inline piece
    between a sentence that has not ended and the line that resumes it (`resumes`: "stammt von"
    / "Dallman" / ", einem"), which joins as `resumes` says; WRAPPED: a hard-wrapped paragraph
    runs on into it (`runs_on`). ``after`` is the line after ``following``. A lone stop ends
    only a sentence's words, not a menu item's label.
    """
    if not following:
        return None
    if continues(following):
        if following[:1] in CONTINUATION_STOPS and not has_words(line, INLINE_MIN_WORDS):
            return None
        return GLUED
    if (
        after
        and len(following) <= INLINE_MAX_CHARS
        and following.count(" ") < INLINE_MAX_SPACES
        and resumes(after) is not None
        and has_words(line, INLINE_MIN_WORDS)
        and (not after[:1].islower() or cut_between(line, after))
        and (line[-1].isalnum() or line[-1] in CONTINUATION_MARKS or line[-1] in STOP_CLOSERS)
        and not SENTENCE_END.search(line, max(0, len(line) - SENTENCE_END_REACH))
        and any(map(str.isalpha, following))
    ):
        return SPACED
    return WRAPPED if runs_on(line, following) else None


def cut_between(line: str, after: str) -> bool:
    """Tell whether a line and a lower-case line after the next read as one cut sentence.

    The line stops on a word no sentence ends with ("und auf das"); or it is as long as a hard
    wrap asks and the line after goes on as a sentence does, to a stop. Items of a list
    ("ausreichend Reserven" / "Flops" / "kurze Sattelstütze ... ein") and lines of code do not.
    """
    if line.rpartition(" ")[2].lower() in INLINE_OPEN_WORDS:
        return True
    return len(line) >= WRAP_MIN_CHARS and (
        FULL_STOP_END.search(after) is not None or INNER_STOP.search(after) is not None
    )


def has_words(line: str, count: int) -> bool:
    """Tell whether a line holds at least ``count`` words (CJK characters two to a word)."""
    words = line.count(" ") + 1
    if words < count and not line.isascii():
        words += len(CJK_CHAR.findall(line)) // 2
    return words >= count


def may_join(following: str, after: str) -> bool:
    """Tell cheaply whether a short line may take the next one (`joint` without `runs_on`)."""
    return following[:1] in JOINING_FIRSTS or after[:1] in RESUMING_FIRSTS or after[:1].islower()


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
    which stay together on consecutive lines, and the pieces of a sentence cut at its inline
    elements (see `joint`), which are put back on one line. No blank line leads or trails; no
    final newline.
    """
    # Space runs never span a line break, and every character they hold is an edge character:
    # collapsing them over the whole text first, in one pass, leaves the same trimmed lines.
    if has_space_runs(text):
        text = CHANGED_SPACE_RUN.sub(" ", text)
    lines = [line.strip(EDGE_CHARS) for line in text.splitlines()]
    out: list[str] = []
    for line, how in zip(lines, line_joins(lines), strict=True):
        if not line:
            continue
        if how is None or how == WRAPPED:
            if out:
                out.append("\n" if how else "\n\n")
        else:
            out.append(how)
        out.append(line)
    return "".join(out)


def line_joins(lines: Sequence[str]) -> list[str | None]:
    """Return how each stripped line joins the text before it (`joint`), None where it does not.

    A blank line joins nothing and ends what came before it. `normalize_whitespace` writes the
    joins, `lines.read_lines` reads each run of joined lines as one line.
    """
    joins: list[str | None] = []
    current = ""  # the text since the last line break, "" after a blank line
    resumed: str | None = None  # how the line after an inline piece joins it
    for position, line in enumerate(lines):
        if not line:
            current, resumed = "", None
            joins.append(None)
            continue
        after = lines[position + 1] if position + 1 < len(lines) else ""
        if resumed is not None:
            how = resumed
        elif current and (len(current) >= WRAP_MIN_CHARS or may_join(line, after)):
            how = joint(current, line, after)
        else:  # joint's cheap tests, spared a call: too short to run on, no mark
            how = None
        resumed = resumes(after) if how == SPACED else None
        current = line if how is None or how == WRAPPED else f"{current}{how}{line}"
        joins.append(how)
    return joins


def has_space_runs(text: str) -> bool:
    """Tell whether text holds a space run to collapse (substring tests: most texts hold none)."""
    if DOUBLE_SPACE in text:
        return True
    if text.isascii():
        return "\t" in text
    return any(map(text.__contains__, OTHER_SPACE_CHARS))
