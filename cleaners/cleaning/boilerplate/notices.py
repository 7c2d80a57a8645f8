"""Footer notices: copyright lines and site-wide legal notices (trademarks, disclaimers,
reproduction bans, company registration), printed under every article of a site.
"""

from __future__ import annotations

import re

from cleaners.cleaning.boilerplate.lines import Line
from cleaners.cleaning.boilerplate.vocab import (
    MAX_RULE_CHARS,
    PREFIX_MARK,
    literal_pattern,
    mentions,
)
from cleaners.cleaning.boilerplate.wording import chrome, provenance
from cleaners.cleaning.boilerplate.wording.phrasing import hints_of, phrases_of, whole_phrases

# Copyright lines: a symbol or the word, or the "all rights reserved" formula in each language.
RESERVED_PHRASES = phrases_of(chrome.RIGHTS_RESERVED)
COPYRIGHT_HINTS = ("©", "copyright", "(c)", "&copy;", *RESERVED_PHRASES)
COPYRIGHT = re.compile(
    r"^(©|\(c\)|copyright\b|&copy;)|©\s?\d{4}|\bcopyright\s?©|" + whole_phrases(RESERVED_PHRASES),
    re.IGNORECASE,
)

# A blog engine's footer credit ("Powered by Verbosa & WordPress.", "Propulsé par WordPress"): a
# short line that opens with one of wording.provenance.POWERED_BY's openings or is one of its lines.
POWERED_OPENINGS = tuple(
    sorted(
        phrase.removesuffix(PREFIX_MARK).strip() + (" " if phrase.endswith(PREFIX_MARK) else "")
        for phrase in phrases_of(provenance.POWERED_BY)
    )
)
POWERED_WORDS = 8

# Site-wide legal notices printed under every article: trademark notices, health and investment
# disclaimers, "for informational purposes only", reproduction bans, "Disclaimer: …" paragraphs.
LEGAL_NOTICE_HINTS = (
    "disclaimer",
    "trademark",
    "not intended to diagnose",
    "food and drug administration",
    "informational purposes",
    "information purposes",
    "educational purposes",
    "does not constitute",
    "not be published, broadcast",
    "without the written",
    "without written permission",
    "without permission",
    "may not be reproduced",
    "fair dealing",
    "not a substitute for",
    "results vary",
    "results may vary",
    "registered in england",
    "company no",
    "company number",
    "company registration",
    "vat no",
    "vat number",
)
# Other languages' disclaimers, from the wording data ("Alle Angaben ohne Gewähr"), and every
# language's licence notices and "views expressed" disclaimers.
DISCLAIMER_PHRASES = (
    *phrases_of(chrome.DISCLAIMERS),
    *phrases_of(provenance.LICENSES),
    *phrases_of(provenance.VIEWS_EXPRESSED),
)
LEGAL_NOTICE_HINTS = (
    *LEGAL_NOTICE_HINTS,
    *hints_of(phrases_of(chrome.DISCLAIMERS)),
    *provenance.LICENSE_HINTS,
    *provenance.VIEWS_HINTS,
)
# The hints as one scan: there are hundreds of them, and a line is read once, not once each.
LEGAL_NOTICE_HINT = re.compile(literal_pattern(LEGAL_NOTICE_HINTS))
LEGAL_NOTICE = re.compile(
    r"\b(are|is a|are the) (registered )?trademarks? of\b|\bregistered trademarks?\b"
    r"|\bnot (been )?(intended|evaluated)\b.{0,80}\b(diagnose|treat|cure|prevent|food and drug)"
    r"|\bfor (general )?(informational|information|educational) purposes only\b"
    r"|\bdoes not constitute (medical|legal|financial|investment|professional) advice\b"
    r"|\bmay not be (published|reproduced|broadcast|rewritten|redistributed)"
    r"|\bwithout (the )?(prior )?written permission\b|\bapart from any fair dealing\b"
    r"|\bnot (a|intended as a) substitute for (professional )?(medical|legal) advice\b"
    r"|\bindividual results (may )?vary\b|\bregistered in england( and wales)?\b"
    r"|\b(company|vat) (registration )?(no|number)\b\.?\s*:?\s*[A-Z]{0,2}\s?\d"
    r"|^\W*(editorial |advertiser |affiliate )?disclaimer\s*(\([^)]{0,80}\))?\s*:"
    r"|" + whole_phrases(DISCLAIMER_PHRASES),
    re.IGNORECASE,
)


def is_copyright_footer(line: Line) -> bool:
    """Match a copyright line ("© 2019 Vox Media, LLC. All Rights Reserved", "Powered by …")."""
    if line.words <= POWERED_WORDS and line.lower.startswith(POWERED_OPENINGS):
        return True
    return (
        line.words <= 40
        and mentions(line.lower, COPYRIGHT_HINTS)
        and COPYRIGHT.search(line.text[:MAX_RULE_CHARS]) is not None
    )


def is_legal_notice(line: Line) -> bool:
    """Match a site-wide legal notice ("... are registered trademarks of Apple Inc.")."""
    return (
        line.words <= 120
        and LEGAL_NOTICE_HINT.search(line.lower) is not None
        and LEGAL_NOTICE.search(line.text[: MAX_RULE_CHARS * 2]) is not None
    )
