"""Language identification of a document's text with py3langid (its model ships in the package)."""

from __future__ import annotations

from functools import lru_cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier

# Below this many bytes of letters (UTF-8, so a CJK character weighs three Latin letters) an
# identifier guesses: a title or a caption says too little.
MIN_LETTER_BYTES = 24
# py3langid's normalised probability below which the text is called undetermined: mixed-language
# pages and lists of names land there, and a wrong language would pick the wrong vocabulary.
MIN_CONFIDENCE = 0.5
# Enough text to decide on; a long page costs no more than its first part.
SAMPLE_CHARS = 4000


@lru_cache(maxsize=1)
def identifier() -> LanguageIdentifier:
    """Return py3langid's identifier, loaded once a process (about 0.4 s)."""
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str | None:
    """Return the ISO 639-1 code of the text's language, or None when the text is too short or mixed."""
    sample = text[:SAMPLE_CHARS]
    if not _has_letter_bytes(sample, MIN_LETTER_BYTES):
        return None
    language, confidence = identifier().classify(sample)
    return language if confidence >= MIN_CONFIDENCE else None


def _has_letter_bytes(text: str, count: int) -> bool:
    """Tell whether the letters of a text weigh at least ``count`` bytes in UTF-8 (stops once so)."""
    total = 0
    for char in text:
        if char.isalpha():
            total += len(char.encode("utf-8", "surrogatepass"))
            if total >= count:
                return True
    return False
