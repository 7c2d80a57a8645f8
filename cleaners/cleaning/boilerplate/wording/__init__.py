"""Boilerplate wording in the languages presswash reads, as data: one module a group of concepts.

Each concept maps a language (ISO 639-1) to its entries in `vocab.phrases` syntax: whole lines,
brace alternatives, and openings ending in "..." ("partager sur ..."). English lines live with
their rule and hold for every document (English buttons are everywhere on the web); a language's
entries hold for documents detected in that language, and for documents whose language is
unknown or has no wording here (whole lines and openings of short lines, so a word inside a
sentence is never matched). Phrases found inside a line (cookie notices, newsletter calls, share
and donation appeals) hold for every document.
"""

from __future__ import annotations

LANGUAGES = ("en", "de", "fr", "es", "pt", "it", "nl", "pl", "cs", "ru", "uk", "zh", "ja", "ko")


def layers(language: str | None) -> tuple[str, ...]:
    """Return the languages whose wording applies to a document in ``language``."""
    return (language,) if language in LANGUAGES else LANGUAGES
