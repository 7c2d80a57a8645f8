"""Consent wording: prose about cookies, privacy and agreeing to them is the page's, not the body's.

A cookie-settings dialog, a newsletter form's consent clause or a privacy notice is written in
sentences, and on a page with a short article it can hold more prose than the article: the body
finder would settle on it. A prose line that uses two or more of these terms (distinct ones, so
that a recipe for cookies or a story that mentions privacy once is not caught) counts against the
body instead (see `context.score_line`). Terms are word openings ("einwillig" matches
"einwilligen", "Einwilligung"), lower case, by language; CJK terms match anywhere.
The line rules that remove cookie banners and consent dialogs are `consent`'s (`cookie_notice`): this only
weighs prose when the body is looked for.
"""

from __future__ import annotations

import re
from functools import lru_cache

CONSENT_TERMS: dict[str, tuple[str, ...]] = {
    "en": (
        "cookie",
        "consent",
        "privacy",
        "personal data",
        "data protection",
        "third part",
        "tracking",
        "analytics",
        "opt-out",
        "opt out",
        "gdpr",
        "your browser",
        "your preferences",
        "your device",
    ),
    "de": (
        "cookie",
        "einwillig",
        "zustimm",
        "einverstanden",
        "datenschutz",
        "personenbezogen",
        "drittanbieter",
        "widerruf",
        "dsgvo",
        "double-opt",
        "double opt",
        "ihrem browser",
        "ihre einstellungen",
        "ihrem gerät",
        "einstellungen ändern",
    ),
    "fr": (
        "consentement",
        "traceur",
        "données personnelles",
        "confidentialité",
        "vie privée",
        "rgpd",
        "des tiers",
        "paramétrer",
        "vos choix",
        "votre appareil",
        "mesure d’audience",
        "mesure d'audience",
    ),
    "es": (
        "consentimiento",
        "privacidad",
        "datos personales",
        "protección de datos",
        "terceros",
        "aceptar",
        "rechazar",
        "su dispositivo",
    ),
    "pt": ("consentimento", "privacidade", "dados pessoais", "lgpd", "terceiros"),
    "it": ("consenso", "dati personali", "terze parti", "informativa"),
    "nl": ("toestemming", "persoonsgegevens", "derden", "voorkeuren"),
    "pl": ("ciasteczk", "zgod", "prywatnoś", "dane osobowe", "danych osobowych", "rodo"),
    "cs": ("souhlas", "soukromí", "osobní údaj", "osobních údajů"),
    "ru": ("куки", "соглас", "конфиденциальн", "персональн", "третьи"),
    "uk": ("куки", "згод", "конфіденційн", "персональн"),
    "zh": ("隐私", "隱私", "个人信息", "個人資料", "同意"),
    "ja": ("クッキー", "個人情報", "プライバシー", "同意"),
    "ko": ("쿠키", "개인정보", "동의"),
}
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
