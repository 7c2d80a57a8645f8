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
from cleaners.cleaning.boilerplate.lines import REPORTED, Line, is_link_like
from cleaners.cleaning.boilerplate.vocab import (
    MAX_RULE_CHARS,
    Vocabulary,
    by_language,
    mentions,
    phrases,
)
from cleaners.cleaning.boilerplate.wording import chrome, media, privacy
from cleaners.cleaning.boilerplate.wording.phrasing import CJK, phrases_of, whole_phrases

# Placeholders of embeds a consent tool blocked ("Externer Inhalt", "Twitter freischalten").
EMBED_LINES = Vocabulary(frozenset(), max_words=12, languages=by_language(media.EMBEDS))

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
    r"|\bby (continuing to (browse|use)|using) (this|our) (web)?site\b|"
    + whole_phrases(COOKIE_PHRASES),
    re.IGNORECASE,
)

COOKIE_WORD = re.compile(r"cookie|쿠키|クッキー")
# "By continuing to browse …": with a cookie word beside it, a notice whoever it addresses.
CONSENT_FORMULA = re.compile(whole_phrases(phrases_of(chrome.CONSENT_FORMULAS)), re.IGNORECASE)

# The pronouns of a site talking to its visitor: "you" and "we" and their possessives (and the
# "we use" verbs of languages that drop the pronoun), per language: closed word classes, not
# boilerplate wording; an article reports in the third person. A notice may also name the site
# itself ("This website uses cookies", "Diese Webseite verwendet Cookies"): SITE_WORDS.
YOU_WORDS = {
    "en": "you your yours",
    "de": "dich dir dein deine deiner deinen euch euer eure",
    "fr": "vous votre vos tu tes",
    "es": "usted ustedes tu tus",
    "pt": "você vocês",
    "it": "tu tuo tua tuoi voi vostro vostra",
    "nl": "uw jouw jij",
    "pl": "ty twoje twój wy wasz wasze państwo",
    "cs": "vy váš vaše vám",
    "ru": "вы ваш ваши вам",
    "uk": "ви ваш ваші вам",
    "zh": "您 你",
    "ja": "あなた",
    "ko": "귀하 당신",
}
WE_WORDS = {
    "en": "we our us",
    "de": "wir uns unsere unserer",
    "fr": "nous notre nos",
    "es": "nosotros nuestro nuestra nuestros nuestras utilizamos usamos",
    "pt": "nós nosso nossa nossos nossas utilizamos usamos",
    "it": "noi nostro nostra nostri nostre utilizziamo usiamo",
    "nl": "wij we ons onze",
    "pl": "my nasz nasza nasze naszych",
    "cs": "my náš naše naši nám",
    "ru": "мы наш наши нам",
    "uk": "ми наш наші нам",
    "zh": "我们",
    "ja": "当サイト 弊社",
    "ko": "저희 우리",
}


def _words_pattern(*spelled: dict[str, str]) -> str:
    """Return a pattern of the whole words of per-language word lists, any case."""
    found = {word for lists in spelled for words in lists.values() for word in words.split()}
    return "(?i:" + whole_phrases(tuple(sorted(found))) + ")"


# Words whose case tells them apart: German's formal "Sie", "Ihnen", "Ihre" from "sie" (she,
# they) and "ihre" (her, their) by their capital inside a sentence; English "I" from Italian "i".
# Words two languages spell alike with other meanings are left out ("ta", "ma", "mes": Polish
# "this", "has", Spanish "month"), and German "du" (French "of the") counts beside its verb.
FORMAL_YOU = r"(?:(?<=\w )|(?<=\w, ))(?:Sie|Ihnen|Ihre|Ihrer|Ihren|Ihrem|Ihr)\b"
# German "du" next to its verb, which ends in -st ("stimmst du", "du kannst"; not French "est du").
GERMAN_DU = r"(?i:\b(?!est\b)[^\W\d_]+st du\b|\bdu [^\W\d_]+st\b)"
YOU = re.compile("|".join((FORMAL_YOU, GERMAN_DU, _words_pattern(YOU_WORDS))))
ADDRESS = re.compile("|".join((FORMAL_YOU, GERMAN_DU, _words_pattern(YOU_WORDS, WE_WORDS))))
SITE_BEFORE = 12  # characters before a notice's wording where the site may name itself
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
# The visitor speaking in a consent form ("Ich bin mit der Verarbeitung meiner Daten …
# einverstanden", "I agree to the Privacy Policy"): first-person singular words, per language.
VISITOR_WORDS = {
    "en": "me my",
    "de": "ich mich mir mein meine meiner meinen meinem",
    "fr": "je me moi mon",
    "es": "yo mi mis",
    "pt": "meu minha meus minhas",
    "it": "io mio mia miei",
    "nl": "ik mij mijn",
    "pl": "mnie mój moja moje moich",
    "cs": "já mě můj moje mých",
    "ru": "я меня мой мои моих",
    "uk": "я мене мій мої моїх",
    "zh": "我",
    "ja": "私",
    "ko": "저는 제",
}
VISITOR = re.compile(r"\bI\b|" + _words_pattern(VISITOR_WORDS))
# A consent form's statement names the site's privacy policy: the privacy and data-protection
# entries of the legal links in every language, and English's own.
PRIVACY_STEMS = tuple(stem for stems in privacy.PRIVACY_STEMS.values() for stem in stems)
PRIVACY_POLICIES = tuple(
    sorted(
        {
            phrase.lower()
            for entry in (
                *(entry for entries in chrome.LEGAL.values() for entry in entries),
                "privacy {policy,notice,statement}",
                "data protection {policy,notice,statement}",
            )
            for phrase in phrases(entry)
            if mentions(phrase.lower(), PRIVACY_STEMS) and (" " in phrase or len(phrase) >= 12)
        },
        key=lambda phrase: (-len(phrase), phrase),
    )
)
PRIVACY_POLICY = re.compile(whole_phrases(PRIVACY_POLICIES), re.IGNORECASE)
# The site's own policy: a possessive of the site right before its name ("our Privacy Policy",
# "unserer Datenschutzerklärung", "notre politique de confidentialité"), per language.
OUR_WORDS = {
    "en": "our",
    "de": "unsere unserer unseren unserem",
    "fr": "notre nos",
    "es": "nuestra nuestro nuestras nuestros",
    "pt": "nossa nosso nossas nossos",
    "it": "nostra nostro nostre nostri",
    "nl": "onze ons",
    "pl": "nasza naszą naszej naszym",
    "cs": "naše naši naší našich",
    "ru": "наша нашу нашей нашим",
    "uk": "наша нашу нашої нашим",
    "zh": "我们的 本网站",
    "ja": "当社の 弊社の 当サイトの",
    "ko": "당사의 저희",
}
OUR = frozenset(word for spelled in OUR_WORDS.values() for word in spelled.split())
OUR_REACH = 5  # words between: "unsere AGB und Datenschutzerklärung", "os nossos Termos de Uso e"
CONSENT_WORDS = (6, 80)
ROW_MARKS = ("|", "·", "•")
# Buttons, links and headings of a banner ("Cookie settings", "Hinweis zur Verwendung von Cookies").
BUTTON_WORDS = 10


def is_cookie_notice(line: Line) -> bool:
    """Match a cookie or consent banner line ("This website uses cookies to improve...").

    A consent form's statement that names the privacy policy is one (`is_privacy_consent`).
    The notice's wording counts in a short unpunctuated line (a button, link or heading) or in a
    line that addresses the visitor; a sentence that reports on cookies is not a notice.
    """
    if is_privacy_consent(line):
        return True
    if not mentions(line.lower, COOKIE_HINTS) or line.chars > MAX_RULE_CHARS:
        return False
    if COOKIE_WORD.search(line.lower) and CONSENT_FORMULA.search(line.text) is not None:
        return True
    found = COOKIE_NOTICE.search(line.text)
    if found is None:
        return False
    if line.words <= BUTTON_WORDS and not line.sentence:
        return True
    # The site names itself in the notice or just before it ("이 웹사이트는 쿠키를 사용합니다").
    named = line.text[max(0, found.start() - SITE_BEFORE) : found.end()].lower()
    return mentions(named, SITE_WORDS) or addresses_visitor(line.text)


def is_privacy_consent(line: Line) -> bool:
    """Match a consent form's statement that names the site's privacy policy.

    "Mit der Anmeldung stimme ich der Bearbeitung meiner Daten entsprechend der
    Datenschutzerklärung zu.", "By signing up, you agree to our Privacy Policy.": the visitor
    speaks, or the policy is the site's own or its link. A review that reads a service's privacy
    policy ("We read its privacy policy") names someone else's.
    """
    low, high = CONSENT_WORDS
    if not low <= line.words <= high or not mentions(line.lower, PRIVACY_STEMS):
        return False
    if mentions(line.text, ROW_MARKS):  # a footer's row of links, not a statement
        return False
    text = line.text[:MAX_RULE_CHARS]
    policy = PRIVACY_POLICY.search(text)
    if policy is None or REPORTED.search(text) is not None:
        return False
    if VISITOR.search(text) is not None:
        return True
    before = text[: policy.start()].lower().split()[-OUR_REACH - 1 :]
    named = policy.group()
    # A link's text is capitalised ("you agree to the Privacy Policy"); a sentence about a
    # policy is not, nor does it address the reader.
    return not OUR.isdisjoint(before) or (
        " " in named and named.istitle() and addresses_visitor(text)
    )


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
DIALOG_GAP = 2
DIALOG_REACH = 7  # a menu's many labels are no dialog: evidence comes every few lines
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
    row that are not the dialog's and at most DIALOG_REACH lines without evidence."""
    edge, gap, i = start, 0, start + step
    while 0 <= i < len(dialog) and gap <= DIALOG_GAP and abs(i - edge) <= DIALOG_REACH:
        gap = 0 if dialog[i] else gap + 1
        if evidence[i]:
            edge = i
        i += step
    return edge


def _toggles(lines: Sequence[Line], cookie: list[bool]) -> list[bool]:
    """Tell, per line, whether it has a cookie line's shape: its opening words and last word."""
    shapes = {_shape(line) for line, c in zip(lines, cookie, strict=True) if c}
    shapes.discard(None)
    return [not c and _shape(line) in shapes for line, c in zip(lines, cookie, strict=True)]


def _shape(line: Line) -> tuple[str, str] | None:
    words = line.lower.split()
    if not TOGGLE_OPENING_WORDS < len(words) <= TOGGLE_MAX_WORDS or CJK.search(line.text):
        return None
    return " ".join(words[:TOGGLE_OPENING_WORDS]), words[-1]
