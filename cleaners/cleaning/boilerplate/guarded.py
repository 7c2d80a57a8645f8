"""The rules whose removals the article guard may revert, and where the body it keeps stands.

Rules that match wording are never reverted (a line that *is* "Share this article" stays
removed); these judge a line by where it sits or how it looks, which the article's own lines
can share. The guard's steps (guard.py, lists.py, records.py) read the kept body alike.
"""

from __future__ import annotations

from collections.abc import Sequence

from cleaners.cleaning.boilerplate import names
from cleaners.cleaning.boilerplate.comments import COMMENTS_HEADINGS
from cleaners.cleaning.boilerplate.lines import Line
from cleaners.cleaning.boilerplate.wording import LANGUAGES

# Rules that remove a line for where it sits: above or below the body, after a comments heading.
POSITION_RULES = frozenset((names.PAGE_HEADER, names.PAGE_FOOTER, names.COMMENTS))
PAGE_RULES = frozenset((names.PAGE_HEADER, names.PAGE_FOOTER))
# Rules that remove a line for its shape alone, which body lines can share.
SHAPE_RULES = frozenset(
    (
        names.DATE_LINE,
        names.BREADCRUMB,
        names.PHOTO_CAPTION,
        names.BYLINE,
        names.LINK_LIST,
        names.TAG_LIST,
        names.NAVIGATION,
    )
)
GUARDED_RULES = POSITION_RULES | SHAPE_RULES
# A comments heading ("Add a comment") carries the name of the thread it opens, but its wording
# took it: given back, the next cleaning of the clean text finds it again and removes the thread
# after it. Every language's headings: the guard does not know the document's language, and a
# line of the thread that is some language's heading is no article line either.
THREAD_HEADINGS = COMMENTS_HEADINGS.for_languages(LANGUAGES)


def worded_thread_lines(lines: Sequence[Line], kept: Sequence[str | None]) -> list[int]:
    """Return the positions of the comments headings the comments rule took for their wording."""
    return [
        i
        for i, rule in enumerate(kept)
        if rule == names.COMMENTS and THREAD_HEADINGS.matches(lines[i].bare, lines[i].words)
    ]


def kept_prose(kept: Sequence[str | None], prose: Sequence[bool]) -> list[int]:
    """Return the positions of the prose lines no rule removes: the body as it stands."""
    return [i for i, rule in enumerate(kept) if rule is None and prose[i]]


def body_end(kept: Sequence[str | None], body: Sequence[int]) -> int | None:
    """Return the last kept line of the body (``body``: `kept_prose`): its last prose line and
    the kept lines right after it (its own list or subhead); None when no prose is kept."""
    if not body:
        return None
    edge = body[-1]
    while edge + 1 < len(kept) and kept[edge + 1] is None:
        edge += 1
    return edge
