"""Properties of boilerplate stripping on any text: it only removes whole lines, records each one,
is idempotent and deterministic, and stays linear on pathological lines."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cleaners.cleaning.boilerplate import strip_boilerplate
from cleaners.cleaning.whitespace import normalize_whitespace

from .helpers import ARTICLE

JUNK = [
    "Advertisement",
    "Sign up for our newsletter",
    "Share this:",
    "Privacy Policy",
    "00:00",
    "Related News",
    "- China-Taiwan tensions escalate over Nancy Pelosi visit",
    "Home",
    "World",
    "By Jane Doe",
    "Nov. 19, 2019 8:03 am ET",
    "Stock photo: Getty Images",
    "-",
    "12 Comments",
    "Leave a Reply",
    "© 2025 Example Media. All Rights Reserved",
    "Download App",
    "Tags: China",
]
LINES = st.one_of(
    st.sampled_from(ARTICLE + JUNK),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60),
)
TEXTS = st.lists(LINES, max_size=40).map("\n".join)
FAST = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def clean(text: str) -> str:
    return normalize_whitespace(strip_boilerplate(text).text)


@FAST
@given(TEXTS)
def test_stripping_only_blanks_whole_lines_and_records_them(text):
    stripped = strip_boilerplate(text)
    if not stripped.removed:
        assert stripped.text == text
        return
    before, after = text.splitlines(), stripped.text.split("\n")
    assert len(after) == len(before)
    assert all(kept in ("", line) for line, kept in zip(before, after, strict=False))
    gone = [
        line.strip() for line, kept in zip(before, after, strict=False) if line.strip() and not kept
    ]
    recorded = [part for removal in stripped.removed for part in removal.text.split("\n")]
    assert sorted(recorded) == sorted(gone)


@FAST
@given(TEXTS)
def test_cleaning_is_idempotent_and_deterministic(text):
    once = clean(text)
    assert clean(once) == once
    assert clean(text) == once


@FAST
@given(TEXTS, st.sampled_from([None, ARTICLE[0], "", "Some other title"]))
def test_title_never_adds_text(text, title):
    words_in = set(text.split())
    assert set(strip_boilerplate(text, title=title).text.split()) <= words_in


MEGABYTE = 1_000_000


@pytest.mark.parametrize(
    "line",
    [
        "aA" * (MEGABYTE // 2),
        "1:" * (MEGABYTE // 2),
        "By " + "Aa " * (MEGABYTE // 3),
        "(" * MEGABYTE,
        "Photo: " + "/" * MEGABYTE,
        "© " + "a " * (MEGABYTE // 2),
        "read more" + " " * MEGABYTE + ":",
    ],
    ids=["camel", "clock", "byline", "brackets", "slashes", "copyright", "related"],
)
def test_pathological_megabyte_line_is_handled(line):
    text = "\n".join([*ARTICLE[:3], line, *ARTICLE[3:]])
    stripped = strip_boilerplate(text)
    assert len(stripped.text) <= len(text)
