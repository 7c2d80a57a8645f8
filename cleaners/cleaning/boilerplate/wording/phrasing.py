"""Patterns built from wording: phrases matched whole, in any script."""

from __future__ import annotations

import re

from cleaners.cleaning.boilerplate.vocab import Wording

# CJK scripts write words without spaces: a phrase among them has no word boundary to look for.
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")


def phrases_of(wording: Wording) -> tuple[str, ...]:
    """Return every language's phrases of a concept, lower-cased, longest first, once each."""
    found = {phrase.lower() for phrases in wording.values() for phrase in phrases}
    return tuple(sorted(found, key=lambda phrase: (-len(phrase), phrase)))


def whole_phrases(phrases: tuple[str, ...]) -> str:
    """Return a pattern matching any of the phrases as whole words (CJK ones anywhere)."""
    return "|".join(
        re.escape(phrase) if CJK.search(phrase) else r"\b" + re.escape(phrase) + r"\b"
        for phrase in phrases
    )
