import hashlib
import json
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cleaners.cleaning.boilerplate import strip_boilerplate
from cleaners.cleaning.recurring import (
    MIN_DOCUMENTS,
    TYPOGRAPHIC_SEPARATORS,
    candidate_fingerprint,
    count_lines,
    document_key,
    fingerprint_line,
    is_candidate,
    line_fingerprints,
    merge_counts,
    recurring_fingerprints,
    site_of,
)

from .boilerplate.helpers import ARTICLE

SITE_LINE = "Ukrainska Pravda is an independent outlet. Subscribe on Telegram!"
NAV = ["All Sections", "Політика", "Економіка"]


TOPICS = ["grain", "gas", "ports", "power", "rail", "steel", "banks", "roads", "water", "schools"]


def page(number: int) -> str:
    """A page of one site: its menu, a story of its own and the site's recurring line."""
    topic = TOPICS[number % len(TOPICS)] + "-" + "x" * (number // len(TOPICS))
    story = f"The ministry said that talks on {topic} would resume soon."
    return "\n".join([*NAV, f"Talks on {topic}", story, SITE_LINE])


@pytest.mark.parametrize(
    "first, second",
    [
        ("Updated 3 hours ago", "Updated 5 hours ago"),
        ("Sign up for our Newsletter!", "sign up for our newsletter"),
        ("  Privacy   Policy ", "Privacy Policy"),
    ],
    ids=["digits", "case-and-punctuation", "spacing"],
)
def test_fingerprint_ignores_case_spacing_punctuation_and_digits(first, second):
    assert fingerprint_line(first) == fingerprint_line(second)


def test_fingerprint_tells_different_lines_apart():
    assert fingerprint_line("Privacy Policy") != fingerprint_line("Cookie Policy")


# Fingerprints are persisted in users' state files: these values must never change (they were
# computed by the first, regex-only implementation; most lines now take a bytes.translate path).
@pytest.mark.parametrize(
    "line, fingerprint",
    [
        ("Updated 3 hours ago", "5aaac0d203b6a30c"),
        ("Sign up for our Daily_Brief newsletter!", "863b66238b1361cb"),
        ("Share on Facebook | Twitter | Email", "79cf307b75727aa8"),
        ("a\x00b\x1f 7", "613db4da5d74b109"),
        ("  Ｆｕｌｌｗｉｄｔｈ ÉCOLE 12:30 ", "1ed80c4b21996f5c"),
        ("Straße\tß", "e8ca6e95695af0aa"),
        ("Delcy Rodríguez: Maduro’s second in command now running", "71014fe394697318"),
        ("“Growing military-industrial cooperation” — 2027 © Reuters", "1fe681692bd9a36f"),
        ("Новости · 24/7 «Политика»", "943484d3a39d6f10"),
        ("١٢ أكتوبر ٢٠٢٤", "48cfa5c4b5e15965"),
        ("Kyiv’s mayor – İstanbul…", "3bd239a5957aed0b"),
    ],
    ids=[
        "digits",
        "underscore",
        "separators",
        "control-chars",
        "fullwidth",
        "casefold",
        "accent-and-apostrophe",
        "typographic-only",
        "cyrillic",
        "arabic-digits",
        "dotted-i",
    ],
)
def test_fingerprint_values_are_stable(line, fingerprint):
    assert fingerprint_line(line) == fingerprint


# The definition the fast paths must agree with: word characters case-folded, digits read as 0,
# every run of other characters (and "_") one space.
NON_WORD = re.compile(r"[\W_]+")
DIGIT = re.compile(r"\d")


def reference_fingerprint(line: str) -> str:
    key = DIGIT.sub("0", NON_WORD.sub(" ", line[:2000].casefold())).strip()
    return hashlib.blake2b(key.encode("utf-8"), digest_size=8).hexdigest()


LINES = st.text(
    st.one_of(
        st.sampled_from("aZ09 _-.,\t’“”—–‘…\u00a0©®•éßİΣ١٢Ⅻ²\u0301\u200b"),
        st.characters(codec="utf-8"),
    ),
    max_size=80,
)


@given(LINES)
def test_fingerprint_is_the_regex_definition(line):
    assert fingerprint_line(line) == reference_fingerprint(line)


@given(LINES)
def test_candidate_fingerprint_is_the_fingerprint_of_candidates(line):
    expected = fingerprint_line(line) if is_candidate(line) else None
    assert candidate_fingerprint(line) == expected


def test_typographic_separators_are_not_word_characters():
    # Replacing them with spaces only keeps fingerprints if the regex reads them as separators.
    assert not any(char.isalnum() or char == "_" for char in TYPOGRAPHIC_SEPARATORS)


@pytest.mark.parametrize(
    "line",
    [
        "9" * 62 + "ab",
        "9" * 63 + "ab",
        "’" * 62 + "ab",
        "’" * 63 + "ab",
        "x" * 2001,
        "Politics — World",
        "Політика — Світ",
        "12 — 3",
    ],
    ids=[
        "ascii-inside-window",
        "ascii-past-window",
        "typographic-inside-window",
        "typographic-past-window",
        "too-long",
        "typographic",
        "cyrillic",
        "no-letters",
    ],
)
def test_candidate_fingerprint_agrees_with_is_candidate(line):
    expected = fingerprint_line(line) if is_candidate(line) else None
    assert candidate_fingerprint(line) == expected


@pytest.mark.parametrize(
    "line, candidate",
    [
        ("ab", True),
        ("1 a", False),
        ("9" * 62 + "ab", True),
        ("9" * 63 + "ab", False),
        ("Політика", True),
        ("", False),
    ],
    ids=[
        "two-letters",
        "one-letter",
        "letters-inside-window",
        "letters-past-window",
        "cyrillic",
        "empty",
    ],
)
def test_candidate_needs_two_letters_in_its_first_64_chars(line, candidate):
    assert is_candidate(line) is candidate


def test_candidate_lines_need_two_letters():
    assert line_fingerprints("12\n-\n•\n2019\nAbout us\n\n") == {fingerprint_line("About us")}


@pytest.mark.parametrize(
    "url, source, site",
    [
        ("https://www.pravda.com.ua/eng/news/2024/10/15/", None, "pravda.com.ua"),
        ("HTTPS://Pravda.com.ua/x", "raw/a.txt", "pravda.com.ua"),
        ("pravda.com.ua/eng/news", None, "pravda.com.ua"),
        (None, "raw/site-a/story.txt", "folder:raw/site-a"),
        (None, "story.txt", "folder:."),
        ("", None, "folder:."),
    ],
    ids=["host", "host-case", "no-scheme", "folder", "top-folder", "nothing"],
)
def test_site_is_the_url_host_else_the_source_folder(url, source, site):
    assert site_of(url, source) == site


def test_counts_are_per_site_and_per_document():
    counts = count_lines([("a", page(1)), ("a", page(2)), ("b", page(3)), ("a", page(1))])
    assert counts["a"]["documents"] == 2  # the repeated page is counted once
    assert counts["a"]["lines"][fingerprint_line(SITE_LINE)] == 2
    assert counts["b"]["documents"] == 1
    assert json.loads(json.dumps(counts)) == counts


def test_seen_documents_are_not_counted_again():
    counts = count_lines([("a", page(1)), ("a", page(2))], seen={"a": [document_key(page(1))]})
    assert counts["a"]["documents"] == 1


def test_merge_adds_counts_of_disjoint_batches():
    merged = merge_counts(count_lines([("a", page(1))]), count_lines([("a", page(2))]), {})
    assert merged["a"]["documents"] == 2
    assert merged["a"]["lines"][fingerprint_line(SITE_LINE)] == 2
    assert sorted(merged["a"]["seen"]) == sorted([document_key(page(1)), document_key(page(2))])


def test_a_line_recurs_from_the_threshold_on():
    few = count_lines([("a", page(n)) for n in range(MIN_DOCUMENTS - 1)])
    enough = count_lines([("a", page(n)) for n in range(MIN_DOCUMENTS)])
    assert fingerprint_line(SITE_LINE) not in recurring_fingerprints(few, "a")
    found = recurring_fingerprints(enough, "a")
    assert fingerprint_line(SITE_LINE) in found
    assert fingerprint_line(page(0).split("\n")[4]) not in found  # each story is its own
    assert recurring_fingerprints(enough, "unknown site") == frozenset()


def test_share_of_documents_matters_on_a_big_site():
    pages = [("a", page(n)) for n in range(100)]
    pages[:3] = [("a", f"{page(n)}\nA line only three pages carry") for n in range(3)]
    counts = count_lines(pages)
    assert fingerprint_line("A line only three pages carry") not in recurring_fingerprints(
        counts, "a"
    )


def test_recurring_line_is_stripped_with_its_rule():
    recurring = frozenset({fingerprint_line(SITE_LINE)})
    text = "\n".join([*ARTICLE, SITE_LINE])
    removed = strip_boilerplate(text, recurring=recurring).removed
    assert [(r.rule, r.text) for r in removed] == [("recurring_site_line", SITE_LINE)]


def test_copies_of_one_story_do_not_strip_each_other():
    recurring = frozenset(fingerprint_line(line) for line in ARTICLE)
    stripped = strip_boilerplate("\n".join(ARTICLE), recurring=recurring)
    assert all(paragraph in stripped.text for paragraph in ARTICLE[1:])
