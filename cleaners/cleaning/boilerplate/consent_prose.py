"""Consent wording: prose about cookies, privacy and agreeing to them is the page's, not the body's.

A cookie-settings dialog, a newsletter form's consent clause or a privacy notice is written in
sentences, and on a page with a short article it can hold more prose than the article: the body
finder would settle on it. A prose line that uses two or more of these terms (distinct ones, so
that a recipe for cookies or a story that mentions privacy once is not caught) counts against the
body instead (see `context.score_line`). The terms are data (`wording.privacy.CONSENT_TERMS`).
The line rules that remove cookie banners and consent dialogs are `consent`'s (`cookie_notice`): this only
weighs prose when the body is looked for.
"""

from __future__ import annotations

import re
from functools import lru_cache

from cleaners.cleaning.boilerplate.wording.privacy import CONSENT_TERMS

# Two distinct terms make a line consent wording.
CONSENT_HITS = 2

# Terms of one word are looked up by their first four letters (a dict lookup a word: a pattern
# with a hundred alternatives costs about a millisecond on a long line); phrases and CJK terms
# are looked for as substrings.
_CJK_TERM = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_TERMS = frozenset(term for terms in CONSENT_TERMS.values() for term in terms)
_OPENERS = "\"'(«„“‘¿¡"
SUBSTRINGS = tuple(t for t in sorted(_TERMS) if " " in t or _CJK_TERM.match(t))
STEMS_BY_PREFIX: dict[str, tuple[str, ...]] = {}
for _term in sorted(_TERMS - set(SUBSTRINGS)):
    STEMS_BY_PREFIX[_term[:4]] = (*STEMS_BY_PREFIX.get(_term[:4], ()), _term)


# The passes of `strip_boilerplate` score the same lines again: each line is looked at once.
CACHED_LINES = 8192


@lru_cache(maxsize=CACHED_LINES)
def is_consent_wording(lower: str) -> bool:
    """Tell whether a lower-cased line uses CONSENT_HITS distinct consent or privacy terms."""
    found: set[str] = set()
    for word in lower.split():
        stems = STEMS_BY_PREFIX.get(word.lstrip(_OPENERS)[:4])
        if stems is not None:
            found.update(stem for stem in stems if word.lstrip(_OPENERS).startswith(stem))
    if len(found) >= CONSENT_HITS:
        return True
    found.update(term for term in SUBSTRINGS if term in lower)
    return len(found) >= CONSENT_HITS
