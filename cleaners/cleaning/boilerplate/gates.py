"""What a line must show before a shape rule can match it, computed once per line.

Most lines of a page are menu items and prose that no shape rule matches, and every rule spends a
call and a few substring scans to say so. Each rule opens with a cheap necessary condition: one of
its hint phrases in the line, a colon, a digit, an opening word, a separator, a news agency's
name. `line_features` computes all of them for a line at once, and each rule is registered with
the features it needs (`SHAPE_RULES` in the package): a line is offered only the rules whose
condition it meets. A rule still checks its own condition: a gate only skips calls that cannot
match. Each feature below says which rules' test it stands for; tests/cleaners/boilerplate/
test_gates.py decides real and generated lines with and without the gates.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from cleaners.cleaning.boilerplate import appeals, comments, credits, furniture, links, promos
from cleaners.cleaning.boilerplate.lines import Line
from cleaners.cleaning.boilerplate.vocab import LEADING_DECORATION

# Features, one bit each; a rule is offered a line that has any of the bits it is registered
# with. The first seven index the table of rules (`FEATURES` combinations); EVERY is set for
# every line (the rules registered with it have no cheap condition); the rest are checked rule by
# rule: SOCIAL, LISTED, and the hint families.
HINTED = 1  # the lower-cased line holds a hint phrase of any family (see HINT_FAMILIES)
COLON = 2  # ":" in the line (player timestamps, contact details, "Jane says:")
DIGIT = 4  # a digit in a short line (`Line.digits` above 0: date lines, dated bylines)
OPENING = 8  # the lower-cased line starts with one of OPENINGS (follow, byline, credit, ...)
MARK = 16  # a separator or bracket of MARKS in the line (link rows, breadcrumbs, credits)
NAMED = 32  # a line of up to NAMED_WORDS words that is an agency's name (bylines, credits)
DATED = 64  # ends on four digits and a full stop (captions: "... on Feb. 26, 2022.")
FEATURES = 128
EVERY = 128
SOCIAL = 256  # starts with a social network's or share button's name, after any decoration
LISTED = 512  # a line of up to LISTED_WORDS words that is a comment-form label or a tag heading
COOKIE, COPYRIGHT, LEGAL, NEWSLETTER, DONATION, AFFILIATE, APP, SHARE, OFFER, CAPTION, CREDIT = (
    1024 << family for family in range(11)
)
# Each rule's hint phrases, looked for in the lower-cased line before anything else; a photo
# credit's are its tail's "via " and its glued "Credit..." label, lower-cased.
HINT_FAMILIES = (
    (COOKIE, furniture.COOKIE_HINTS),
    (COPYRIGHT, furniture.COPYRIGHT_HINTS),
    (LEGAL, furniture.LEGAL_NOTICE_HINTS),
    (NEWSLETTER, promos.NEWSLETTER_HINTS),
    (DONATION, promos.DONATION_HINTS),
    (AFFILIATE, promos.AFFILIATE_HINTS),
    (APP, promos.APP_HINTS),
    (SHARE, appeals.SHARE_APPEAL_HINTS),
    (OFFER, appeals.OFFER_HINTS),
    (CAPTION, credits.CAPTION_HINTS),
    (CREDIT, ("via ", *(hint.lower() for hint in credits.GLUED_HINTS))),
)
# Link-row separators (looked for in the bare form, which only loses characters), breadcrumb
# separators, and the brackets, slashes and © a photo credit's tail starts with; and the colon.
# Found by the same scan as the hints (the lower-cased line holds them where the line does).
MARKS = ("|", "·", "•", "/", "›", "»", ">", "→", "::", "(", "[", "©")
SCANNED = (*HINT_FAMILIES, (MARK, MARKS), (COLON, (":",)))
ALL_HINTS = (
    HINTED | COOKIE | COPYRIGHT | LEGAL | NEWSLETTER | DONATION | AFFILIATE | APP | SHARE | OFFER
    | CAPTION | CREDIT
)
# Past this many characters a line is almost always prose, and a scan for hints costs more than
# the rules it would spare: it counts as holding everything the scan looks for, unscanned.
HINT_SCAN_CHARS = 200
UNSCANNED = ALL_HINTS | MARK | COLON

# Openings of the follow, byline, photo-credit, related-link and tag rules. The related-link rule
# skips "(", "[" and spaces before its opening: a line that starts with one of those is admitted.
OPENINGS = (
    *appeals.FOLLOW_VERBS, *credits.BYLINE_OPENINGS, *credits.CREDIT_OPENINGS,
    *links.INLINE_OPENINGS, *links.TAG_OPENINGS, "(", "[", " ",
)

# Agency names that make up a whole byline ("Associated Press") or photo credit ("Getty Images"),
# with the characters either rule strips around them.
NAMED_WORDS = 8
AGENCY_NAMES = credits.NEWS_AGENCIES | credits.PICTURE_AGENCY_NAMES
AGENCY_STRIP = "()[]©. "

# Whole lines of the comment-form and tag rules' own vocabularies (in the bare form).
LISTED_WORDS = 30
LISTED_LINES = comments.COMMENT_FORM.lines | links.TAG_HEADINGS
LISTED_PREFIXES = comments.COMMENT_FORM.prefixes


def literal_pattern(strings: Iterable[str]) -> str:
    """Return a pattern matching the longest of the strings that starts where it is tried.

    Factored by common prefixes: a flat alternation of a hundred literals tries every one at every
    position, a factored one tests a position's first character once.
    """
    trie: dict[str, dict] = {}
    for string in strings:
        node = trie
        for char in string:
            node = node.setdefault(char, {})
        node[""] = {}
    return _alternation(trie)


def _alternation(node: dict[str, dict]) -> str:
    branches = [re.escape(char) + _alternation(child) for char, child in sorted(node.items())
                if char]
    if not branches:
        return ""
    if "" in node:  # a string ends here: the longer ones are optional, and tried first
        return "(?:" + "|".join(branches) + ")?"
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def prefix_bits(families: tuple[tuple[int, tuple[str, ...]], ...]) -> dict[str, int]:
    """Map each hint to the families of the hints it starts with (itself included).

    The scan reports the longest hint at each position; the shorter ones there are its prefixes.
    """
    bits: dict[str, int] = {}
    for family, hints in families:
        for hint in hints:
            bits[hint] = bits.get(hint, 0) | family
    found = {hint: sum_bits(family for other, family in bits.items() if hint.startswith(other))
             for hint in bits}
    return {hint: family | HINTED if family & ALL_HINTS else family
            for hint, family in found.items()}


def sum_bits(bits: Iterable[int]) -> int:
    """Return the union of some feature bits."""
    union = 0
    for bit in bits:
        union |= bit
    return union


HINT_BITS = prefix_bits(SCANNED)
HINT_FINDER = re.compile(literal_pattern(HINT_BITS))
OPENING_MATCH = re.compile(literal_pattern(OPENINGS))
# The social-links rule reads the first word of the bare form: what the line starts with once
# decoration, spaces and commas are skipped.
SOCIAL_MATCH = re.compile(
    "[" + re.escape(LEADING_DECORATION + ",") + r"\s]*" + literal_pattern(promos.SOCIAL_WORDS)
)


def line_features(line: Line) -> int:
    """Return the features of a line, as bits (see the constants above)."""
    text, lower = line.text, line.lower
    features = EVERY | DIGIT if line.digits else EVERY
    if line.chars > HINT_SCAN_CHARS:
        features |= UNSCANNED
    else:
        position = 0  # every position a hint starts at, overlapping ones too
        while (found := HINT_FINDER.search(lower, position)) is not None:
            features |= HINT_BITS[found.group()]
            position = found.start() + 1
    if OPENING_MATCH.match(lower) is not None:
        features |= OPENING
    if line.words <= NAMED_WORDS and line.bare.strip(AGENCY_STRIP) in AGENCY_NAMES:
        features |= NAMED
    if text.endswith(".") and text[-5:-1].isdigit():
        features |= DATED
    if SOCIAL_MATCH.match(lower) is not None:
        features |= SOCIAL
    if line.words <= LISTED_WORDS and (
        line.bare in LISTED_LINES or line.bare.startswith(LISTED_PREFIXES)
    ):
        features |= LISTED
    return features


def table_needs(needs: int) -> int:
    """Return the features of the rule table's index that stand for a rule's needs."""
    hinted = HINTED if needs & ALL_HINTS else 0
    return (needs & (FEATURES - 1)) | hinted | (EVERY if needs & (EVERY | SOCIAL | LISTED) else 0)
