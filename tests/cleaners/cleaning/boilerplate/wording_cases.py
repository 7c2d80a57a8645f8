"""Shared checks of the per-language wording check set (wording_west, _east and _cjk.py; run by
test_wording_lines.py).

Each set maps a language to real lines of news and blog pages with the rule that removes them,
and to article sentences that contain the same trigger words and must stay. A line is checked
inside a clean article, away from its edges, so only its wording can remove it.
"""

from __future__ import annotations

from .helpers import removals, with_lines

Junk = dict[str, list[tuple[str, str]]]  # language -> [(line, rule)]
Sentences = dict[str, list[str]]  # language -> [sentence]


def junk_cases(junk: Junk) -> list[tuple[str, str, str]]:
    """Return (language, line, rule) for every boilerplate line of a set."""
    return [(language, line, rule) for language, found in junk.items() for line, rule in found]


def sentence_cases(sentences: Sentences) -> list[tuple[str, str]]:
    """Return (language, sentence) for every article sentence of a set."""
    return [(language, sentence) for language, found in sentences.items() for sentence in found]


def case_ids(cases: list[tuple]) -> list[str]:
    """Return readable test ids: each case's language and the start of its line."""
    return [f"{case[0]}:{case[1][:32]}" for case in cases]


def removed_by(line: str, language: str | None) -> str | None:
    """Return the rule that removes a line set in a clean article, or None if it stays."""
    found = removals(with_lines(line), language=language)
    return found.get(line) if set(found) <= {line} else "article damaged"
