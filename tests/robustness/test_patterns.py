"""Every compiled regular expression in cleaners/, and every cleaner, stays linear on 1 MB lines.

Catastrophic backtracking (nested quantifiers) and quadratic scans (a quantified run that fails
at its end, tried again from every start) take hours on a megabyte; linear work takes at most
seconds even on a loaded machine. So a pattern that needs more than MAX_SECONDS on a line is
timed again on a quarter of it: linear work takes about a quarter of the time, quadratic work a
sixteenth. Everything runs in a forked child that is killed when it overruns, so a bad pattern
fails its test instead of hanging the suite.
"""

from __future__ import annotations

import gc
import importlib
import multiprocessing
import pkgutil
import queue
import re
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

import cleaners
from cleaners.cleaning.boilerplate import vocab

LINE_CHARS = 1_000_000
MAX_SECONDS = 2.0
KILL_AFTER_SECONDS = 10.0  # for one line; linear work takes a few seconds on a loaded machine
# Runs of what most patterns care about: spaces, one long word, words, numbers. Each line ends in
# "\x07", which no pattern accepts, so a run that must be followed by something fails at its end.
GENERIC_UNITS = (" ", "\u00a0", "a", "a ", "1.")
# Characters of a pattern's source that are only ever syntax, never text it matches.
SYNTAX = set("\\()[]{}?*+^$")
MARKS_PER_PATTERN = 6
WARM_UP_CHARS = 1000
# How the code calls a pattern, read from the source of cleaners/: one only ever anchored at the
# start of a line (``.match``/``.fullmatch``) is tried from there, not from every position.
ANCHORED_CALLS = {"match", "fullmatch"}
CALL = re.compile(
    r"\b([A-Z][A-Z0-9_]+)\.(match|fullmatch|search|sub|subn|split|findall|finditer)\("
)
# Patterns the code gives only part of a line: the longest input they get, and why.
BOUNDED = {
    "cleaners.cleaning.boilerplate.vocab.COUNTER": vocab.COUNTER_REACH,  # a line's last characters
    "cleaners.cleaning.boilerplate.credits.AUTHOR_BIO": vocab.MAX_RULE_CHARS,  # line.text[:MAX_RULE_CHARS]
    "cleaners.cleaning.boilerplate.promos.AFFILIATE_DISCLOSURE": vocab.MAX_RULE_CHARS,  # the same
    # Given a line's bare form: its first MAX_RULE_CHARS characters, whitespace runs collapsed.
    "cleaners.cleaning.boilerplate.vocab.ROW_SEPARATOR": vocab.MAX_RULE_CHARS,
}
# Patterns the code only gives text whose whitespace runs are collapsed to one space.
COLLAPSED = {
    "cleaners.reading.metadata.TITLE_SEPARATORS",  # a <title> after metadata._clean
}
# Known slow patterns or cleaners (name -> why), run as strict expected failures; none now.
KNOWN_SLOW: dict[str, str] = {}


def known(names: list[str]) -> list:
    """Return test parameters, the known slow ones marked as expected failures."""
    return [
        pytest.param(name, marks=pytest.mark.xfail(strict=True, reason=KNOWN_SLOW[name]))
        if name in KNOWN_SLOW
        else name
        for name in names
    ]


def calls_by_name() -> dict[str, set[str]]:
    """Return, for each constant name, the pattern methods cleaners/ calls on it."""
    calls: dict[str, set[str]] = {}
    for path in sorted(Path(cleaners.__file__).parent.rglob("*.py")):
        for name, method in CALL.findall(path.read_text(encoding="utf-8")):
            calls.setdefault(name, set()).add(method)
    return calls


def find_patterns() -> dict[str, re.Pattern]:
    """Return every compiled pattern a module of cleaners/ holds, by where it lives."""
    found: dict[str, re.Pattern] = {}
    seen: set[tuple[object, int]] = set()
    for info in pkgutil.walk_packages(cleaners.__path__, "cleaners."):
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            for where, pattern in walk(f"{info.name}.{name}", value, depth=3):
                if (pattern.pattern, pattern.flags) not in seen:
                    seen.add((pattern.pattern, pattern.flags))
                    found[where] = pattern
    return found


def walk(where: str, value: object, depth: int) -> Iterator[tuple[str, re.Pattern]]:
    """Yield the patterns in a value and in the containers (tuples, dicts, records) it holds."""
    if isinstance(value, re.Pattern):
        yield where, value
    elif depth and isinstance(value, (tuple, list, frozenset, set)):
        for number, item in enumerate(value):
            yield from walk(f"{where}[{number}]", item, depth - 1)
    elif depth and isinstance(value, dict):
        for key, item in value.items():
            yield from walk(f"{where}[{key!r}]", item, depth - 1)
    elif depth and hasattr(type(value), "__slots__") and not isinstance(value, type):
        for slot in getattr(type(value), "__slots__", ()):
            yield from walk(f"{where}.{slot}", getattr(value, slot, None), depth - 1)


def repeat(unit: str, chars: int) -> str:
    """Return ``unit`` repeated to ``chars`` characters, ending in a character nothing accepts."""
    return (unit * (chars // len(unit) + 1))[:chars] + "\x07"


def units_for(pattern: re.Pattern) -> list[str]:
    """Return what to repeat against a pattern: common runs, its own marks, its longest word."""
    source = (
        pattern.pattern if isinstance(pattern.pattern, str) else pattern.pattern.decode("latin-1")
    )
    found = {c for c in source if not c.isalnum() and not c.isspace() and c not in SYNTAX}
    marks = sorted(found, key=lambda c: (c.isascii(), c))[:MARKS_PER_PATTERN]  # rare ones first
    words = re.findall(r"[^\W\d_]{3,}", source.replace("\\b", " ").replace("\\s", " "))
    own = [*marks, f"{max(words, key=len)} "] if words else marks
    return [*GENERIC_UNITS, *own, "".join(marks) + " a"]


Work = tuple[Callable[[], object], Callable[[], object]]  # a small warm-up call, the call timed


def run_timed(work: list[Work], results) -> None:
    """Run each piece of work in this (forked) process and send back how long it took."""
    gc.disable()  # collector pauses depend on what else lives in the process, not on the input
    for warm_up, call in work:
        warm_up()  # first calls fill caches and compile what is compiled lazily: not timed
        started = time.perf_counter()
        call()
        results.put(time.perf_counter() - started)


def time_in_child(work: list[Work]) -> list[float]:
    """Return the seconds each piece of work takes, cut short (fewer results) past the kill time."""
    context = multiprocessing.get_context("fork")
    results = context.Queue()
    child = context.Process(target=run_timed, args=(work, results), daemon=True)
    child.start()
    timings: list[float] = []
    while len(timings) < len(work):
        try:
            timings.append(results.get(timeout=KILL_AFTER_SECONDS))
        except queue.Empty:
            break
    if child.is_alive():
        child.kill()
    child.join()
    return timings


def superlinear(make: Callable[[int], Callable[[], object]], chars: int, seconds: float) -> bool:
    """Tell whether work that took ``seconds`` on ``chars`` grows faster than its input."""
    if seconds <= MAX_SECONDS:
        return False
    # Time a quarter and the whole again, back to back: on a loaded 2-core box the first timing
    # alone may have caught a busy moment.
    again = time_in_child(
        [(make(WARM_UP_CHARS), make(chars // 4)), (make(WARM_UP_CHARS), make(chars))]
    )
    if len(again) < 2:
        return True
    quarter, whole = again
    return min(seconds, whole) > 8 * quarter


def assert_linear(
    label: str, cases: list[tuple[str, Callable[[int], Callable[[], object]]]], chars: int
) -> None:
    """Check that each case finishes and does not grow faster than linearly on ``chars``."""
    timings = time_in_child([(make(WARM_UP_CHARS), make(chars)) for _, make in cases])
    assert len(timings) == len(cases), (
        f"{label} ran over {KILL_AFTER_SECONDS} s on {cases[len(timings)][0]}"
    )
    slow = [
        (name, round(seconds, 1))
        for (name, make), seconds in zip(cases, timings, strict=False)
        if superlinear(make, chars, seconds)
    ]
    assert not slow, f"{label} grows faster than its input on: {slow}"


PATTERNS = find_patterns()
CALLS = calls_by_name()


def test_the_patterns_of_every_cleaner_module_are_found():
    modules = {part for where in PATTERNS for part in where.split(".")[1:3]}
    assert {"decode", "whitespace", "recurring", "boilerplate", "encoding"} <= modules
    assert len(PATTERNS) >= 30 and set(BOUNDED) <= set(PATTERNS)


@pytest.mark.parametrize("where", known(sorted(PATTERNS)))
def test_pattern_stays_linear_on_1mb_adversarial_lines(where):
    pattern = PATTERNS[where]
    is_bytes = isinstance(pattern.pattern, bytes)
    anchored = CALLS.get(where.rsplit(".", 1)[-1], {"finditer"}) <= ANCHORED_CALLS

    def case(unit: str) -> Callable[[int], Callable[[], object]]:
        def make(chars: int) -> Callable[[], object]:
            line = repeat(unit, chars)
            subject = line.encode("utf-8", "replace") if is_bytes else line
            if anchored:
                return lambda: (pattern.match(subject), pattern.fullmatch(subject))
            return lambda: [None for _ in pattern.finditer(subject)]

        return make

    units = units_for(pattern)
    if where in COLLAPSED:
        units = [unit for unit in units if not unit.isspace()]
    cases = [(repr(unit), case(unit)) for unit in units]
    assert_linear(f"{where} ({pattern.pattern!r})", cases, BOUNDED.get(where, LINE_CHARS))


def cleaner_cases() -> list[tuple[str, Callable[[int], Callable[[], object]]]]:
    """Return 1 MB inputs for the cleaners as the flow calls them, and what to call."""
    from cleaners.cleaning.boilerplate import strip_boilerplate
    from cleaners.cleaning.encoding import fix_encoding
    from cleaners.cleaning.pipeline import clean_document
    from cleaners.cleaning.recurring import count_lines
    from cleaners.cleaning.whitespace import normalize_whitespace
    from cleaners.reading.decode import decode_bytes
    from cleaners.reading.extract import extract_html
    from cleaners.records import RawDocument

    body = "Beijing will send a contingent of troops to Russia to take part in the exercises."

    def strip(head: str, unit: str, tail: str):
        return lambda n: lambda: strip_boilerplate(head + unit * n + tail)

    return [
        ("strip: words around a no-break space run", strip("Home", "\u00a0", "News")),
        ("strip: a commenter line ending ':'", strip("John", "\u00a0", "Smith says:")),
        ("strip: a breadcrumb separator then a space run", strip("Home »", "\u00a0", "x")),
        ("strip: a pipe row with a tab run", strip("Privacy Policy", "\t", "| Terms")),
        ("strip: a related-link opener", strip("Read more:", " ", "x")),
        ("strip: one long word", strip("", "a", "")),
        (
            "strip: a title with a space run",
            lambda n: lambda: strip_boilerplate(body, title="Troops" + " " * n + "| World News"),
        ),
        (
            "clean: a jsonl title with a space run",
            lambda n: (
                lambda: clean_document(
                    RawDocument(
                        id="a",
                        source="a.jsonl:1",
                        text=body,
                        title="Troops" + " " * n + "| World News",
                    )
                )
            ),
        ),
        (
            "clean: a text of short lines",
            lambda n: (
                lambda: clean_document(
                    RawDocument(id="a", source="a.txt", text="Share this\n" * (n // 11))
                )
            ),
        ),
        (
            "clean: a page title with a space run",
            lambda n: (
                lambda: clean_document(
                    RawDocument(
                        id="a",
                        source="a.html",
                        html=f"<title>Troops{' ' * n}| World News</title><p>{body}</p>",
                    )
                )
            ),
        ),
        (
            "extract: a page of one paragraph",
            lambda n: lambda: extract_html(f"<p>{'word ' * (n // 5)}</p>"),
        ),
        (
            "whitespace: mixed space runs",
            lambda n: lambda: normalize_whitespace(" \u00a0\t" * (n // 3)),
        ),
        ("encoding: mojibake", lambda n: lambda: fix_encoding("cafÃ© " * (n // 6))),
        ("decode: cp1252 bytes", lambda n: lambda: decode_bytes(b"caf\xe9 " * (n // 5))),
        ("recurring: one long line", lambda n: lambda: count_lines([("site", "a " * (n // 2))])),
    ]


CLEANER_CASES = cleaner_cases()


@pytest.mark.parametrize("name", known([name for name, _ in CLEANER_CASES]))
def test_cleaner_stays_linear_on_1mb_adversarial_input(name):
    assert_linear(name, [case for case in CLEANER_CASES if case[0] == name], LINE_CHARS)
