"""Which shape rules a line is worth asking, derived from the rules' declared hints.

Most lines of a page are menu items and prose that no shape rule matches, and every rule spends a
call and a few substring scans to say so. Each rule declares the cheap signs a match needs
(`registry.Hints`); the prefilter finds all of them in a line at once (one scan for the
substrings of every rule, one match for the openings) and offers the line only the rules whose
sign it shows and whose word bounds admit it, in registration order.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from cleaners.cleaning.boilerplate.declarations import LineRule
from cleaners.cleaning.boilerplate.lines import Line
from cleaners.cleaning.boilerplate.vocab import literal_pattern

# Past this many characters a line is almost always prose, and a scan for hints costs more than
# the rules it would spare: it counts as holding every substring hint, unscanned.
HINT_SCAN_CHARS = 200
# Offered-rule lists are cached by the set of rules a line may meet (few sets occur).
CACHED_SETS = 4096

Matcher = tuple[str, Callable[[Line], bool]]


def prefix_bits(hints: dict[str, int]) -> dict[str, int]:
    """Map each hint to the rules of every hint it starts with (itself included).

    A scan reports the longest hint at each position; the shorter ones there are its prefixes.
    """
    return {
        hint: _union(bits for other, bits in hints.items() if hint.startswith(other))
        for hint in hints
    }


def _union(bits: object) -> int:
    union = 0
    for bit in bits:  # type: ignore[attr-defined]
        union |= bit
    return union


def _hint_bits(rules: Sequence[LineRule], field: str) -> dict[str, int]:
    found: dict[str, int] = {}
    for position, rule in enumerate(rules):
        for hint in getattr(rule.hints, field):
            found[hint] = found.get(hint, 0) | 1 << position
    return prefix_bits(found)


class Prefilter:
    """The shape rules offered to a line, from one pass over the rules' declared hints."""

    def __init__(self, rules: Sequence[LineRule]) -> None:
        self.matchers: tuple[Matcher, ...] = tuple((r.name, r.matches) for r in rules)  # type: ignore[misc]
        self.contains = _hint_bits(rules, "contains")
        self.starts = _hint_bits(rules, "starts")
        self.finder = re.compile(literal_pattern(self.contains)) if self.contains else None
        self.opening = re.compile(literal_pattern(self.starts)) if self.starts else None
        self.every_contains = _union(self.contains.values())
        self.always = _union(1 << i for i, r in enumerate(rules) if not r.hints.any())
        self.digit = _union(1 << i for i, r in enumerate(rules) if r.hints.digit)
        tests: dict[Callable[[Line], bool], int] = {}  # rules sharing a test ask it once
        for i, rule in enumerate(rules):
            if rule.hints.test is not None:
                tests[rule.hints.test] = tests.get(rule.hints.test, 0) | 1 << i
        self.tests = tuple((bits, test) for test, bits in tests.items())
        self.longest = max(r.words[1] for r in rules)
        self.bounds = tuple(
            _union(1 << i for i, r in enumerate(rules) if r.words[0] <= words <= r.words[1])
            for words in range(self.longest + 2)
        )
        self.offered = self._build()

    def _build(self) -> Callable[[Line], tuple[Matcher, ...]]:
        """Return the per-line function, its tables bound as locals (it runs on every line)."""
        matchers, contains, starts = self.matchers, self.contains, self.starts
        search = self.finder.search if self.finder else None
        opening = self.opening.match if self.opening else None
        every_contains, always, digit, tests = (
            self.every_contains,
            self.always,
            self.digit,
            self.tests,
        )
        bounds, cap = self.bounds, self.longest + 1

        @lru_cache(maxsize=CACHED_SETS)
        def offer(mask: int) -> tuple[Matcher, ...]:
            return tuple(m for i, m in enumerate(matchers) if mask >> i & 1)

        def offered(line: Line) -> tuple[Matcher, ...]:
            """Return the (name, predicate) of every rule a line shows a hint of, in order."""
            allowed = bounds[min(cap, line.words)]
            if not allowed:
                return ()
            mask = always
            lower = line.lower
            if line.chars > HINT_SCAN_CHARS:
                mask |= every_contains
            elif search is not None:
                position = 0  # every position a hint starts at, overlapping ones too
                while (found := search(lower, position)) is not None:
                    mask |= contains[found.group()]
                    position = found.start() + 1
            if opening is not None and (opened := opening(lower)) is not None:
                mask |= starts[opened.group()]
            if line.digits:
                mask |= digit
            for bits, test in tests:
                if bits & allowed & ~mask and test(line):
                    mask |= bits
            return offer(mask & allowed)

        return offered
