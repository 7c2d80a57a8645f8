"""Privacy and consent wording: the stems that name a privacy policy, and the terms of consent
prose (cookie dialogs, a form's consent clause), per language."""

from __future__ import annotations

from cleaners.cleaning.boilerplate.vocab import Wording

# Stems of the privacy and data-protection policy's name (`consent.is_privacy_consent`).
PRIVACY_STEMS: Wording = {
    "en": ("privac", "confidential"),
    "de": ("datenschutz",),
    "fr": ("données personnelles",),
    "pl": ("prywatno",),
    "cs": ("osobních údajů",),
    "ru": ("конфиденциальн",),
    "uk": ("конфіденційн",),
    "zh": ("隐私",),
    "ja": ("個人情報", "プライバシー"),
    "ko": ("개인정보",),
}

# Terms of consent prose: word openings ("einwillig" matches "einwilligen", "Einwilligung"),
# lower case; CJK terms match anywhere (`consent_prose.is_consent_wording`).
CONSENT_TERMS: Wording = {
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
