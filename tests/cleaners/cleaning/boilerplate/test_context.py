import pytest

from cleaners.cleaning.boilerplate import strip_boilerplate
from cleaners.cleaning.boilerplate.context import CONTENT_WORD, coherence, content_words
from cleaners.cleaning.boilerplate.lines import read_lines

from .helpers import ARTICLE, CLEAN_TEXT, removals, with_lines

MENU = ["World", "Politics", "Business", "Tech", "Science", "Health", "Sports", "Opinion"]
TEASERS = [
    "More from the site",
    "How a small town in Ohio became a hub for electric buses",
    "The best budget headphones you can buy this year",
    "Why the price of eggs keeps climbing",
]


def test_menu_run_above_the_article_is_page_header():
    assert removals("\n".join([*MENU, *ARTICLE])) == dict.fromkeys(MENU, "page_header")


def test_menu_run_below_the_article_is_page_footer():
    assert removals("\n".join([*ARTICLE, *MENU])) == dict.fromkeys(MENU, "page_footer")


def test_short_subheads_between_paragraphs_stay():
    kept = strip_boilerplate("\n".join([*MENU, *ARTICLE, *MENU])).text.split("\n")
    assert "The relationship" in kept and "Chinese help" in kept


def test_headline_and_standfirst_above_the_article_stay():
    standfirst = "Russia is reportedly allowing China access to military training"
    text = "\n".join([*MENU, ARTICLE[0], standfirst, *ARTICLE[1:]])
    assert removals(text) == dict.fromkeys(MENU, "page_header")


def test_teasers_after_the_article_go():
    found = removals("\n".join([*ARTICLE, *TEASERS]))
    assert set(found) == set(TEASERS)


def test_table_rows_inside_the_article_stay():
    rows = [
        "Year | Imports | Share",
        "2016 | $1.1bn | 71%",
        "2018 | $1.2bn | 74%",
        "2020 | $1.0bn | 77%",
    ]
    assert removals(with_lines(*rows, at=7)) == {}


def test_text_without_prose_is_left_to_the_line_rules():
    lines = ["Kyle Busch", "5040", "Martin Truex Jr.", "5035", "Advertisement"]
    assert removals("\n".join(lines)) == {"Advertisement": "advertisement"}


def test_hard_wrapped_article_reads_as_prose():
    wrapped = (
        "I did Advent of Code again, and had a\n"
        "really good time again. Spoilers.\n"
        "Carrying on from where I left off last post, I'll talk here about\n"
        "each day and my solutions. Should you want to follow along, my code is\n"
        "at Codeberg."
    )
    assert strip_boilerplate("\n".join([*MENU, wrapped, *MENU])).text.strip() == wrapped


def test_clean_article_is_left_unchanged():
    assert strip_boilerplate(CLEAN_TEXT).text == CLEAN_TEXT


@pytest.mark.parametrize(
    "line",
    [
        "the ministry said talks on grain_exports would resume in 2025, officials told reuters.",
        "co-founder julian assange's lawyers (and the u.s. doj) met 3x: what we know",
        "são paulo’s governor signed the decree on tuesday, according to folha.",
        "",
    ],
    ids=["ascii", "ascii-punctuation", "non-ascii", "empty"],
)
def test_content_words_are_the_runs_of_four_letters_or_more(line):
    assert content_words(line) == frozenset(CONTENT_WORD.findall(line))


def test_coherence_cached_by_prose_is_the_coherence_computed_afresh():
    lines = read_lines("\n".join([*MENU, *ARTICLE, *TEASERS]))
    decided = [None] * len(lines)
    cache: dict[tuple[int, ...], dict[int, float]] = {}
    fresh = coherence(lines, decided, {})
    assert coherence(lines, decided, {}, cache) == fresh
    # A later pass over fewer lines with the same prose reads the cache, by line position.
    kept = [line for line in lines if line.prose]
    assert coherence(kept, [None] * len(kept), {}, cache) == {
        kept.index(lines[i]): share for i, share in fresh.items()
    }
    assert len(cache) == 1
