"""Consent wording: prose about cookies, privacy and agreeing to them is the page's, not the body's.

A cookie-settings dialog, a newsletter form's consent clause or a privacy notice is written in
sentences, and on a page with a short article it can hold more prose than the article: the body
finder would settle on it. A prose line that uses two or more of these terms (distinct ones, so
that a recipe for cookies or a story that mentions privacy once is not caught) counts against the
body instead (see `context.score_line`). Terms are word openings ("einwillig" matches
"einwilligen", "Einwilligung"), lower case, by language; CJK terms match anywhere.
The line rules that remove whole cookie banners are furniture's (`cookie_notice`): this only
weighs prose when the body is looked for.
"""

from __future__ import annotations

import re

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
        "haftung",
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

_CJK_TERM = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
CONSENT_WORDING = re.compile(
    "|".join(
        re.escape(term) if _CJK_TERM.match(term) else r"\b" + re.escape(term)
        for term in sorted({t for terms in CONSENT_TERMS.values() for t in terms}, key=len)[::-1]
    )
)


def is_consent_wording(lower: str) -> bool:
    """Tell whether a lower-cased line uses CONSENT_HITS distinct consent or privacy terms."""
    found: set[str] = set()
    for match in CONSENT_WORDING.finditer(lower):
        found.add(match.group())
        if len(found) >= CONSENT_HITS:
            return True
    return False
