import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaners.cleaning.boilerplate import decide_line, mark_recurring, strip_boilerplate
from cleaners.cleaning.boilerplate.context import ITEM_WORDS
from cleaners.cleaning.boilerplate.lines import (
    CAPS_WORDS,
    CJK_CHAR,
    PROSE_WORDS,
    SENTENCE_PUNCT,
    _capitalised_share,
    measure_line,
    read_lines,
)
from cleaners.cleaning.boilerplate.vocab import bare, bare_of_plain
from cleaners.cleaning.recurring import fingerprint_line

from .helpers import ARTICLE

# A share row that a page prints above and below its article (a real scraped pattern).
SHARE_ROW = ["Share", "Facebook", "Twitter", "Email"]


def test_a_repeated_line_keeps_its_own_position():
    text = "\n".join(["Share", "", ARTICLE[0], "Share", "  Share  "])
    positions = [(line.index, line.last) for line in read_lines(text) if line.text == "Share"]
    assert positions == [(0, 0), (3, 3), (4, 4)]


def test_a_repeated_line_is_measured_like_its_first_copy():
    lines = read_lines("\n".join([ARTICLE[0], "", ARTICLE[0]]))
    assert lines[1] == measure_line(2, ARTICLE[0])
    assert lines[1][2:] == lines[0][2:]


def test_every_copy_of_a_repeated_line_is_removed_with_its_rule():
    text = "\n".join([*SHARE_ROW, *ARTICLE, *SHARE_ROW])
    removed = [(r.rule, r.text) for r in strip_boilerplate(text).removed]
    for item in SHARE_ROW:
        rule = decide_line(measure_line(0, item))
        assert removed.count((rule, item)) == 2


@pytest.mark.parametrize(
    "text",
    ["» Related posts", "Share this:", "Comments (twelve)", "Next →", "  Sign   in  ", "Home"],
)
def test_bare_form_of_a_line_without_digits_skips_nothing(text):
    assert bare(text, numbers=False) == bare(text)
    assert measure_line(0, text).bare == bare(text)


def test_capitals_are_measured_from_caps_words_up():
    # Only prose and list items (six words or more) are weighed by their capitals.
    assert measure_line(0, "Chinese Help").caps == 0.0
    assert measure_line(0, "The Relationship Between Russia And China").caps == 1.0
    assert CAPS_WORDS <= ITEM_WORDS and CAPS_WORDS <= PROSE_WORDS


# Lines the ASCII and single-spaced fast paths of measure_line take, and lines they must not:
# tabs, double spaces, counters, decoration, curly quotes, Greek final sigma, dotted capital I.
MEASURED = [
    "» Related posts",
    "Comments (12)",
    "Sign   in",
    "Share\tthis",
    "The Walla Streeta Journala",
    "Posted 3 hours ago by Jane Doe (AP)",
    "“Governor Smith said the plan (2024) works,” he said.",
    "ΟΔΟΣ ΑΘΗΝΑΣ (3)",
    "İstanbul Büyükşehir Belediyesi 2024:",
    "Updated Nov. 19, 2019 8:03 am ET",
    "(Reuters) The Relationship Between Russia And China Is Changing Fast",
    "\"Quoted\" 'words' [Bracketed] *starred* 9 lives of 12 cats and 3 dogs",
    "中文 新闻 Chinese News",
    "• Item one • Item two •",
]


@pytest.mark.parametrize("text", MEASURED)
def test_fast_measures_agree_with_their_definitions(text):
    line = measure_line(0, text)
    cjk = len(CJK_CHAR.findall(text)) // 2
    tokens = text.split()
    assert line.words == len(tokens) + cjk
    assert line.punct == len(SENTENCE_PUNCT.findall(text))
    assert line.bare == bare(text)
    assert line.lower == text.lower()
    assert line.caps == (_capitalised_share(tokens) if line.words >= CAPS_WORDS else 0.0)
    figures = len(re.findall(r"\d", text))
    assert line.digits == figures / max(1, len(text) - text.count(" "))


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "a",
                "B",
                "Σ",
                "ΑΣ",
                "İ",
                "ß",
                "é",
                "1",
                "(2)",
                "[3]",
                " ",
                "»",
                "-",
                ":",
                ".",
                "…",
                "“",
                "*",
            ]
        ),
        min_size=1,
        max_size=14,
    ).map("".join)
)
def test_bare_of_a_single_spaced_line_is_cut_from_its_lower_case(text):
    text = " ".join(text.split())
    if text:
        assert bare_of_plain(text.lower()) == bare(text)


def test_every_copy_of_a_recurring_line_is_marked():
    # mark_recurring fingerprints each distinct line once and marks every position it holds.
    text = "\n".join(["Get the app", *ARTICLE, "Get the app"])
    lines = read_lines(text)
    marks = mark_recurring(lines, frozenset({fingerprint_line("Get the app")}))
    assert marks == {0: "recurring_site_line", len(lines) - 1: "recurring_site_line"}


def node_split(paragraph: str, links: list[str]) -> list[str]:
    """Cut a paragraph as scrapers that write a text node a line do: a link is a line of its own."""
    pieces = [paragraph]
    for link in links:
        head, _, tail = pieces.pop().partition(link)
        pieces += [head, link, tail]
    return [piece.strip() for piece in pieces if piece.strip()]


# The article's paragraphs with their links, as BeautifulSoup's get_text("\n", strip=True) copies
# them; a menu above and a footer below.
NODE_ARTICLE = [
    *node_split(ARTICLE[1], ["Russian and Chinese soldiers", "Gobi desert"]),
    *node_split(ARTICLE[2], ["Financial Times", "New York Times", "Washington Post"]),
    *node_split(ARTICLE[3], ["Yang Jiechi", "Jake Sullivan"]),
    *node_split(ARTICLE[6], ["Stockholm International Peace Research Institute (SIPRI)"]),
    *node_split(ARTICLE[9], ["says Chong"]),
    ARTICLE[10],
]
NODE_PAGE = [
    "Home",
    "World",
    "Politics",
    "Sign in",
    ARTICLE[0],
    *NODE_ARTICLE,
    "Share",
    "Facebook",
    "Twitter",
    "More from World",
    "Privacy Policy",
    "Terms of Use",
]


def test_a_sentence_cut_at_its_links_is_read_as_one_prose_line():
    lines = read_lines("\n".join(NODE_SPLIT_PARAGRAPH))
    assert len(lines) == 1 and lines[0].prose
    assert (lines[0].index, lines[0].last) == (0, len(NODE_SPLIT_PARAGRAPH) - 1)
    assert lines[0].text == ARTICLE[2]


NODE_SPLIT_PARAGRAPH = node_split(
    ARTICLE[2], ["Financial Times", "New York Times", "Washington Post"]
)


def test_an_article_cut_at_its_links_keeps_every_piece():
    removed = strip_boilerplate("\n".join(NODE_PAGE)).removed
    gone = {line for removal in removed for line in removal.text.splitlines()}
    assert not gone & set(NODE_ARTICLE)
    assert {"Home", "Privacy Policy", "Terms of Use"} <= gone
