"""Reported speech: the verbs an article attributes a quotation with, per language."""

from __future__ import annotations

from cleaners.cleaning.boilerplate.vocab import Wording

# "…, said the mayor": a line carrying one quotes someone; the site is not speaking to its
# reader. (English and a few others are lines.REPORTED's.)
SAYING: Wording = {
    "de": ("sagt", "sagten", "erklärte", "betonte", "forderte", "bat", "appellierte"),
    "fr": (
        "a dit",
        "a affirmé",
        "a lancé",
        "a demandé",
        "a déclaré",
        "a appelé",
        "a rappelé",
        "a expliqué",
        "déclare",
    ),
    "es": ("dijo", "afirmó", "pidió", "declaró", "señaló", "aseguró", "explicó"),
    "pt": ("disse", "afirmou", "pediu", "declarou", "apelou", "explicou"),
    "it": ("ha detto", "ha affermato", "ha chiesto", "ha dichiarato", "ha lanciato"),
    "nl": ("zei", "zegt", "verklaarde", "vroeg", "riep"),
    "pl": ("powiedział", "powiedziała", "apelował", "apelowała", "prosił", "prosiła", "mówił"),
    "cs": ("řekl", "řekla", "uvedl", "uvedla", "vyzval", "vyzvala", "požádal", "požádala"),
    "ru": (
        "сказал",
        "сказала",
        "заявил",
        "заявила",
        "попросил",
        "попросила",
        "призвал",
        "призвала",
    ),
    "uk": (
        "сказав",
        "сказала",
        "заявив",
        "заявила",
        "попросив",
        "попросила",
        "закликав",
        "закликала",
    ),
    "zh": ("表示", "呼吁"),
    "ja": ("と述べた", "と語った", "と呼びかけた"),
    "ko": ("라고 말했다", "라고 밝혔다", "고 호소했다"),
}
