"""Consent: cookie banners, and the consent dialogs around them.

A banner is the site speaking to its visitor ("We use cookies…", "Durch die Nutzung … stimmen
Sie der Verwendung von Cookies zu"); an article sentence that mentions cookies reports on them
("La CNIL a sanctionné Google pour l'utilisation des cookies"). A consent dialog flattened into
text is a run of such lines with its headings, toggles and buttons between them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from cleaners.cleaning.boilerplate import names
from cleaners.cleaning.boilerplate.lines import Line, is_link_like
from cleaners.cleaning.boilerplate.vocab import MAX_RULE_CHARS, mentions
from cleaners.cleaning.boilerplate.wording import chrome
from cleaners.cleaning.boilerplate.wording.phrasing import CJK, phrases_of, whole_phrases

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

# The pronouns of a site talking to its visitor: "you" and "we" and their possessives (and the
# "we use" verbs of languages that drop the pronoun), per language: closed word classes, not
# boilerplate wording; an article reports in the third person. German's formal "Sie" is told from
# "sie" (she, they) by its capital inside a sentence. A notice may also name the site itself
# ("This website uses cookies", "Diese Webseite verwendet Cookies"): SITE_WORDS in its wording.
ADDRESS_WORDS = {
    "en": "you your yours we our us",
    "de": "ihnen ihre ihrer ihren ihrem du dich dir dein deine deiner deinen wir uns unsere unserer",
    "fr": "vous votre vos tu ton ta tes nous notre nos",
    "es": "usted ustedes tu tus nosotros nuestro nuestra nuestros nuestras utilizamos usamos",
    "pt": "você vocês nós nosso nossa nossos nossas utilizamos usamos",
    "it": "tu tuo tua tuoi voi vostro vostra noi nostro nostra nostri nostre utilizziamo usiamo",
    "nl": "u uw je jouw jij wij we ons onze",
    "pl": "ty twoje twój wy wasz wasze my nasz nasza nasze naszych państwo",
    "cs": "vy váš vaše vám my náš naše naši nám",
    "ru": "вы ваш ваши вам мы наш наши нам",
    "uk": "ви ваш ваші вам ми наш наші нам",
    "zh": "您 你 我们",
    "ja": "あなた 当サイト 弊社",
    "ko": "귀하 당신 저희 우리",
}
ADDRESS = re.compile(
    r"(?:(?<=\w )|(?<=\w, ))Sie\b|(?i:"
    + whole_phrases(
        tuple(sorted({word for spelled in ADDRESS_WORDS.values() for word in spelled.split()}))
    )
    + ")"
)
SITE_WORDS = (
    "site",
    "web",
    "seite",
    "sito",
    "sitio",
    "strona",
    "stránk",
    "сайт",
    "网站",
    "サイト",
    "사이트",
)
# Buttons, links and headings of a banner ("Cookie settings", "Hinweis zur Verwendung von Cookies").
BUTTON_WORDS = 10


def is_cookie_notice(line: Line) -> bool:
    """Match a cookie or consent banner line ("This website uses cookies to improve...").

    The notice's wording counts in a short unpunctuated line (a button, link or heading) or in a
    line that addresses the visitor; a sentence that reports on cookies is not a notice.
    """
    if not mentions(line.lower, COOKIE_HINTS) or line.chars > MAX_RULE_CHARS:
        return False
    found = COOKIE_NOTICE.search(line.text)
    if found is None:
        return False
    if line.words <= BUTTON_WORDS and not line.sentence:
        return True
    return mentions(found.group().lower(), SITE_WORDS) or addresses_visitor(line.text)


def addresses_visitor(text: str) -> bool:
    """Tell whether a text speaks to its reader or as its site ("you", "wir", "votre", "您")."""
    return ADDRESS.search(text) is not None


# Consent dialogs: a banner line opens a panel of settings scraped line by line ("Notwendige
# Website Cookies", "Hier klicken, um Google Maps zu aktivieren/deaktivieren."). From a banner the
# dialog runs on through lines that name cookies, toggles shaped like one of them (same opening
# words, same last word), lines another rule removed and button-like labels ("Always Enabled"),
# across at most DIALOG_GAP other lines in a row, and ends on a line that names cookies or a
# toggle. It counts when such lines are at least DIALOG_SHARE of it and DIALOG_LINES or more name
# cookies or are toggles. A recipe's "cookies" never start one: a dialog needs a banner.
COOKIE_WORD = re.compile(r"cookie|쿠키|クッキー")
DIALOG_GAP = 2
DIALOG_SHARE = 0.5
DIALOG_LINES = 3
TOGGLE_OPENING_WORDS = 2
TOGGLE_MAX_WORDS = 30


def mark_consent_dialogs(lines: Sequence[Line], decided: Sequence[str | None]) -> dict[int, str]:
    """Mark the consent dialog around a cookie banner: its headings, settings and toggles."""
    anchors = [i for i, rule in enumerate(decided) if rule == names.COOKIE_NOTICE]
    if not anchors:
        return {}
    cookie = [COOKIE_WORD.search(line.lower) is not None for line in lines]
    toggle = _toggles(lines, cookie)
    evidence = [c or t for c, t in zip(cookie, toggle, strict=True)]
    dialog = [
        e or rule is not None or is_link_like(line)
        for e, rule, line in zip(evidence, decided, lines, strict=True)
    ]
    marks: dict[int, str] = {}
    done = -1
    for anchor in anchors:
        if anchor <= done:
            continue
        start, end = _grow(evidence, dialog, anchor, -1), _grow(evidence, dialog, anchor, 1)
        done = end
        span = range(start, end + 1)
        if sum(evidence[i] for i in span) < DIALOG_LINES:
            continue
        if sum(dialog[i] for i in span) < DIALOG_SHARE * len(span):
            continue
        marks.update({i: names.COOKIE_NOTICE for i in span if decided[i] is None})
    return marks


def _grow(evidence: list[bool], dialog: list[bool], start: int, step: int) -> int:
    """Return the last evidence line reached from start, crossing at most DIALOG_GAP lines in a
    row that are not the dialog's (lines other rules removed bridge, but never end, a dialog)."""
    edge, gap, i = start, 0, start + step
    while 0 <= i < len(dialog) and gap <= DIALOG_GAP:
        gap = 0 if dialog[i] else gap + 1
        if evidence[i]:
            edge = i
        i += step
    return edge


def _toggles(lines: Sequence[Line], cookie: list[bool]) -> list[bool]:
    """Tell, per line, whether it repeats the shape of a cookie line: opening words and last word."""
    shapes = {_shape(line) for line, c in zip(lines, cookie, strict=True) if c}
    shapes.discard(None)
    return [not c and _shape(line) in shapes for line, c in zip(lines, cookie, strict=True)]


def _shape(line: Line) -> tuple[str, str] | None:
    words = line.lower.split()
    if not TOGGLE_OPENING_WORDS < len(words) <= TOGGLE_MAX_WORDS or CJK.search(line.text):
        return None
    return " ".join(words[:TOGGLE_OPENING_WORDS]), words[-1]
