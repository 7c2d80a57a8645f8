"""The title: where it sits in the scraped text, and its repetitions.

Scraped pages often carry the headline two or three times (breadcrumb, <h1>, social card); one
copy is kept and the others go.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from cleaners.cleaning.boilerplate import names
from cleaners.cleaning.boilerplate.lines import Line, is_prose

KEY_NOISE = re.compile(r"[\W_]+")
# The same for an ASCII line, on its bytes: every byte but a lower-case letter or a digit goes, in
# one C pass (the regex builds a piece for every gap between words).
ASCII_KEY_NOISE = bytes(
    byte for byte in range(128) if not (chr(byte).islower() or chr(byte).isdigit())
)
# Site names appended to a <title>: "Headline | Site", "Headline - Site", "Headline — Site".
# (?<!\s): tried from the start of a run of spaces only (linear on long space runs).
SITE_SUFFIX = re.compile(r"(?<!\s)\s+[|\-–—·:]\s+[^|\-–—·:]{1,60}$")


def line_key(text: str) -> str:
    """Return a comparison key for a line: lower-case letters and digits only."""
    if text.isascii():
        return text.lower().encode("ascii").translate(None, ASCII_KEY_NOISE).decode("ascii")
    return KEY_NOISE.sub("", text.casefold())


def could_be_key(text: str, shortest: int) -> bool:
    """Tell whether a line's key can be as long as ``shortest`` (a cheap test before line_key).

    An ASCII line's key is its letters and digits, so no longer than the line; case folding can
    lengthen other scripts ("ß" folds to "ss"), whose lines are always keyed.
    """
    return len(text) >= shortest or not text.isascii()


def title_keys(title: str | None) -> frozenset[str]:
    """Return the keys a line equal to the title can have (with or without a site suffix)."""
    if not title or not title.strip():
        return frozenset()
    keys = {line_key(title), line_key(SITE_SUFFIX.sub("", title.strip()))}
    return frozenset(key for key in keys if key)


def find_title(lines: Sequence[Line], title: str | None) -> int | None:
    """Return the position of the first line that is the given title, if any."""
    keys = title_keys(title)
    if not keys:
        return None
    longest = max(len(title or ""), 1) * 2
    shortest = min(map(len, keys))
    return next(
        (
            i
            for i, line in enumerate(lines)
            if line.chars <= longest
            and could_be_key(line.text, shortest)
            and line_key(line.text) in keys
        ),
        None,
    )


def mark_repeated_lines(
    lines: Sequence[Line], decided: Sequence[str | None], title: str | None
) -> dict[int, str]:
    """Mark every kept copy of the title but one.

    The copy kept is the first one followed by prose (the headline above the article) rather
    than a copy in a breadcrumb or a social card. Other repeated lines stay: articles repeat
    subheads ("What we don't like"), table cells and quotes legitimately.
    """
    keys = title_keys(title)
    if not keys:
        return {}
    longest = max(len(title or ""), 1) * 2
    shortest = min(map(len, keys))
    positions = [
        i
        for i, line in enumerate(lines)
        if decided[i] is None
        and line.chars <= longest
        and could_be_key(line.text, shortest)
        and line_key(line.text) in keys
    ]
    if len(positions) < 2:
        return {}
    keeper = next((p for p in positions if _followed_by_prose(lines, decided, p)), positions[0])
    return {p: names.REPEATED_TITLE for p in positions if p != keeper}


def _followed_by_prose(lines: Sequence[Line], decided: Sequence[str | None], position: int) -> bool:
    following = next(
        (lines[i] for i in range(position + 1, len(lines)) if decided[i] is None), None
    )
    return following is not None and is_prose(following)
