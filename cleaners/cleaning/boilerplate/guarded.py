"""The rules whose removals the article guard may revert: they judge by position or by shape.

Rules that match wording are never reverted (a line that *is* "Share this article" stays
removed); these judge a line by where it sits or how it looks, which the article's own lines
can share.
"""

from __future__ import annotations

from cleaners.cleaning.boilerplate import names

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
