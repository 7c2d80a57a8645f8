"""Donation and membership appeals of independent outlets: their buttons and headings, and
appeals written into a line ("Support UP or become our patron!", "Ihr Beitrag hilft, …").

An appeal is addressed to the reader; one quoted or reported in an article ("Every donation
helps, said the director") is the article's.
"""

from __future__ import annotations

import re

from cleaners.cleaning.boilerplate.lines import REPORTED, Line
from cleaners.cleaning.boilerplate.vocab import Vocabulary, by_language, mentions
from cleaners.cleaning.boilerplate.wording import chrome, speech
from cleaners.cleaning.boilerplate.wording.phrasing import hints_of, phrases_of, whole_phrases

# Donation and membership appeals of independent outlets: their buttons and headings as whole
# lines ("Te necesitamos", "Jetzt spenden"), then appeals found inside a line.
DONATION_LINES = Vocabulary(frozenset(), max_words=10, languages=by_language(chrome.DONATION_LINES))
# Appeals written into a line, every language's (wording.chrome): found anywhere in the line.
DONATION_PHRASES = phrases_of(chrome.DONATION_APPEALS)
DONATION_ANYWHERE = re.compile(whole_phrases(DONATION_PHRASES), re.IGNORECASE)
# An appeal quoted in an article ("Поддержите нас, попросил мэр …") is the article's.
SAID = re.compile(whole_phrases(phrases_of(speech.SAYING)), re.IGNORECASE)
DONATION_HINTS = hints_of(
    DONATION_PHRASES,
    ("support", "fund", "become", "donat", "contribution", "coffee", "patreon", "independent"),
)
DONATION_APPEAL = re.compile(
    r"\b(support|fund) (us|(our|my) (work|journalism|reporting|newsroom|writing)"
    r"|independent (journalism|media))\b|\bkeep [\w .]{1,30} free and independent\b"
    r"|\bbecome (a|our) (patron|supporter|member|donor)\b"
    r"|\b(make a|one-time) (donation|contribution)\b"
    r"|^donate( now| today)?\b|\bbuy (me|us) a coffee\b|\bon patreon\b"
    r"|\bwe rely on (your|our readers'?|reader) support\b"
    r"|\bwould you consider (supporting|donating|a donation)\b",
    re.IGNORECASE,
)


def is_donation_appeal(line: Line) -> bool:
    """Match a donation or membership appeal ("Support UP or become our patron!")."""
    if line.words > 30 or not mentions(line.lower, DONATION_HINTS):
        return False
    appeal = DONATION_APPEAL.search(line.text) or DONATION_ANYWHERE.search(line.text)
    return appeal is not None and REPORTED.search(line.text) is None and not SAID.search(line.text)
