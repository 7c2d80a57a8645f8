"""What a boilerplate rule declaration holds: a line rule's hints, word bounds and predicate or
vocabulary, and a block rule's marking function. `registry` declares the rules with these.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from cleaners.cleaning.boilerplate.lines import Line
from cleaners.cleaning.boilerplate.vocab import Vocabulary

# A line longer than this many words is offered no shape rule (see LineRule.words).
MAX_WORDS = 10**6


@dataclass(frozen=True, slots=True)
class Hints:
    """What a line must show for a rule to be worth asking: any one of these, or it is skipped.

    A rule with no hints is asked about every line its word bounds admit. Hints only spare
    calls: every predicate checks its own conditions again.
    """

    contains: tuple[str, ...] = ()  # substrings of the lower-cased line
    starts: tuple[str, ...] = ()  # openings of the lower-cased line
    digit: bool = False  # a digit in the line
    test: Callable[[Line], bool] | None = None  # a cheap test of its own

    def any(self) -> bool:
        """Tell whether the rule has any hint (else every line is offered to it)."""
        return bool(self.contains or self.starts or self.digit or self.test)


@dataclass(frozen=True, slots=True)
class LineRule:
    """A rule that recognises one kind of boilerplate line on its own."""

    name: str
    vocabulary: Vocabulary | None = None  # whole lines (looked up before every shape rule)
    matches: Callable[[Line], bool] | None = None  # the predicate of a shape rule
    words: tuple[int, int] = (1, MAX_WORDS)  # the fewest and most words a match can have
    hints: Hints = Hints()
    summary: str = ""  # what it removes, when the predicate's docstring does not say it

    def describe(self) -> str:
        """Return a one-line description of what the rule removes."""
        return self.summary or _first_line(self.matches)


@dataclass(frozen=True, slots=True)
class BlockRule:
    """A rule that marks lines by their neighbours or position; what it marks is named ``name``.

    ``anchored``: it grows from lines another rule removed, so with none it has nothing to do.
    """

    name: str
    mark: Callable[[Sequence[Line], list[str | None]], dict[int, str]]
    anchored: bool = False

    def describe(self) -> str:
        """Return a one-line description of what the rule removes."""
        return _first_line(self.mark)


def _first_line(function: object) -> str:
    """Return a predicate's docstring as a description: "Match a byline" -> "A byline"."""
    first = (getattr(function, "__doc__", None) or "").strip().split("\n")[0]
    verb, _, rest = first.partition(" ")
    return rest[:1].upper() + rest[1:] if verb in ("Match", "Mark") else first
