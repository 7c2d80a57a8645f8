"""Consent: cookie banners and the consent dialogs around them."""

from __future__ import annotations

import re

from cleaners.cleaning.boilerplate.lines import Line
from cleaners.cleaning.boilerplate.vocab import MAX_RULE_CHARS, mentions
from cleaners.cleaning.boilerplate.wording import chrome
from cleaners.cleaning.boilerplate.wording.phrasing import phrases_of, whole_phrases

# Cookie and consent banners, whatever their length: phrased as a notice to the visitor.
COOKIE_PHRASES = phrases_of(chrome.COOKIE_NOTICES)
COOKIE_HINTS = (
    "cookie",
    "by continuing",
    "by using this",
    "by using our",
    *(phrase for phrase in COOKIE_PHRASES if "cookie" not in phrase),
)
COOKIE_NOTICE = re.compile(
    r"\b(we|this (web)?site|our (web)?site|this page) (uses?|is using) cookies\b"
    r"|\buse of cookies\b|\b(accept|allow|reject|decline) (all )?cookies\b"
    r"|\bnecessary cookies\b|\bcookies? (settings|preferences)\b"
    r"|\b(utilizziamo|usamos|utilizamos|nous utilisons|wir verwenden) (i |os |des |los )?cookies?\b"
    r"|\bby (continuing to (browse|use)|using) (this|our) (web)?site\b|"
    + whole_phrases(COOKIE_PHRASES),
    re.IGNORECASE,
)


def is_cookie_notice(line: Line) -> bool:
    """Match a cookie or consent banner line ("This website uses cookies to improve...")."""
    return (
        mentions(line.lower, COOKIE_HINTS)
        and line.chars <= MAX_RULE_CHARS
        and COOKIE_NOTICE.search(line.text) is not None
    )
