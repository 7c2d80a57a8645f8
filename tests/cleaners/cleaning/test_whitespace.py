import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaners.cleaning.whitespace import (
    CHANGED_SPACE_RUN,
    has_space_runs,
    normalize_whitespace,
    runs_on,
)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Title\nFirst paragraph.\nSecond paragraph.",
            "Title\n\nFirst paragraph.\n\nSecond paragraph.",
        ),
        ("Title\n\n\n\nFirst paragraph.\n\n", "Title\n\nFirst paragraph."),
        (
            "  Details: Russian forces   have experience.\u00a0\n",
            "Details: Russian forces have experience.",
        ),
        ("\ufeff date 2024-10-15\u200b", "date 2024-10-15"),
        ("A\r\nB\rC", "A\n\nB\n\nC"),
        ("\n \t \n", ""),
    ],
    ids=[
        "lines-become-paragraphs",
        "blank-runs",
        "spaces-and-nbsp",
        "invisible-edges",
        "crlf",
        "only-blanks",
    ],
)
def test_paragraphs_are_separated_by_one_blank_line(text, expected):
    assert normalize_whitespace(text) == expected


def test_hard_wrapped_paragraph_keeps_its_lines_together():
    text = (
        "I did Advent of Code again, and had a\nreally good time again. Spoilers.\n"
        "Day 7\nPart 1 screams HashSet to me."
    )
    assert normalize_whitespace(text) == (
        "I did Advent of Code again, and had a\nreally good time again. Spoilers.\n\n"
        "Day 7\n\nPart 1 screams HashSet to me."
    )


@pytest.mark.parametrize(
    "line, following, expected",
    [
        ("I did Advent of Code again, and had a", "really good time again.", True),
        ("Carrying on from where I left off last post, I'll talk about the", "Day 7 puzzle", True),
        (
            "Russia is ‘helping China’ prepare for an invasion of Taiwan",
            "Russia is reportedly allowing China access",
            False,
        ),
        ("The report was released last week.", "and then", False),
        ("Short line", "lower case", False),
    ],
    ids=["lower-case-next", "run-on-word", "headline-then-standfirst", "full-stop", "short"],
)
def test_runs_on_tells_wrapped_lines(line, following, expected):
    assert runs_on(line, following) is expected


def visible(text: str) -> str:
    return "".join(ch for ch in text if not ch.isspace() and ch not in "\u200b\u2060\ufeff")


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_normalizing_is_idempotent_and_only_touches_whitespace(text):
    once = normalize_whitespace(text)
    assert normalize_whitespace(once) == once
    assert visible(once) == visible(text)
    assert "\n\n\n" not in once and once == once.strip()


SPACES = st.sampled_from([" ", "  ", "\t", "\u00a0", "\u2009", "\u3000", "\u200b", "\n", "a", "é"])


@settings(max_examples=300, deadline=None)
@given(st.lists(SPACES, max_size=12).map("".join))
def test_the_cheap_space_run_test_agrees_with_the_pattern(text):
    assert has_space_runs(text) == (CHANGED_SPACE_RUN.search(text) is not None)
