"""Patterns built from wording: phrases matched whole, in any script."""

from __future__ import annotations

import re

from cleaners.cleaning.boilerplate.vocab import Wording, literal_pattern, phrases

# CJK scripts write words without spaces: a phrase among them has no word boundary to look for.
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")


def phrases_of(wording: Wording) -> tuple[str, ...]:
    """Return every language's phrases of a concept, expanded, lower-cased, longest first, once each."""
    found = {phrase.lower() for entries in wording.values() for phrase in phrases(*entries)}
    return tuple(sorted(found, key=lambda phrase: (-len(phrase), phrase)))


def hints_of(phrases: tuple[str, ...], known: tuple[str, ...] = ()) -> tuple[str, ...]:
    """Return the known hints and a literal substring of every phrase: its longest word, once.

    A rule's cheap pre-check scans a line for each hint; a word many phrases share ("newsletter")
    stands for all of them, and a hint that contains another ("abonnez-vous", "abonn") is dropped.
    """
    # Of equally long words the last: phrases put their noun there ("dans votre boîte").
    longest = {max(reversed(phrase.split()), key=len) for phrase in phrases} - set(known)
    shorter = (*known, *longest)
    return (*known, *sorted(h for h in longest if not any(o != h and o in h for o in shorter)))


def whole_phrases(phrases: tuple[str, ...]) -> str:
    """Return a pattern matching any of the phrases as whole words (CJK ones anywhere).

    Factored by common prefixes (`literal_pattern`): a position is tested once, not once for
    every phrase, which keeps a scan of a long line linear with a small constant.
    """
    spaced = [phrase for phrase in phrases if not CJK.search(phrase)]
    unspaced = [phrase for phrase in phrases if CJK.search(phrase)]
    # Lookarounds rather than \b: a phrase may end in punctuation ("Artikel gefallen?").
    parts = [r"(?<!\w)" + literal_pattern(spaced) + r"(?!\w)"] if spaced else []
    if unspaced:
        parts.append("(?:" + literal_pattern(unspaced) + ")")
    return "|".join(parts)
