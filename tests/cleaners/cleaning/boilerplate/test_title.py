import pytest

from cleaners.cleaning.boilerplate import strip_boilerplate
from cleaners.cleaning.boilerplate.lines import read_lines
from cleaners.cleaning.boilerplate.title import could_be_key, find_title, line_key

from .helpers import ARTICLE, removals

TITLE = ARTICLE[0]


def test_repeated_title_keeps_one_copy():
    found = removals("\n".join([TITLE, TITLE, "00:00", *ARTICLE[1:]]))
    assert found == {TITLE: "repeated_title", "00:00": "player_timestamp"}
    assert strip_boilerplate("\n".join([TITLE, TITLE, *ARTICLE[1:]])).text.count(TITLE) == 1


def test_given_title_marks_where_the_article_starts():
    lines = ["Opinion", "Beltway Confidential", TITLE, *ARTICLE[1:]]
    assert removals("\n".join(lines), title=TITLE) == {
        "Opinion": "page_header",
        "Beltway Confidential": "page_header",
    }


def test_given_title_with_site_suffix_still_matches():
    text = "\n".join([TITLE, TITLE, *ARTICLE[1:]])
    assert removals(text, title=f"{TITLE} | TIME") == {TITLE: "repeated_title"}


def test_title_that_is_not_in_the_text_changes_nothing():
    assert removals("\n".join(ARTICLE), title="Something else entirely") == {}


@pytest.mark.parametrize(
    "text, shortest, possible",
    [
        ("Home", 10, False),
        ("Will China help Russian troops?", 10, True),
        ("Straße", 7, True),  # folds to "strasse": longer than the line
    ],
    ids=["short-ascii", "long-enough", "folding-script"],
)
def test_only_short_ascii_lines_are_ruled_out_before_keying(text, shortest, possible):
    assert could_be_key(text, shortest) is possible
    if not possible:
        assert len(line_key(text)) < shortest


def test_title_folded_longer_than_its_line_is_still_found():
    # "Straße" has 6 characters and the key "strasse" 7.
    lines = read_lines("\n".join(["Startseite", "Straße", *ARTICLE[1:]]))
    assert find_title(lines, "Straße") == 1


@pytest.mark.parametrize(
    "text, key",
    [
        ("Will China help Russian troops? | TIME", "willchinahelprussiantroopstime"),
        ("snake_case_slug - 2019/11/19", "snakecaseslug20191119"),
        ("Nadal keeps Spain’s hopes alive", "nadalkeepsspainshopesalive"),
        ("Die Straße der Ölbäume", "diestrasseder\u00f6lb\u00e4ume"),
    ],
    ids=["ascii-suffix", "ascii-underscores-digits", "curly-apostrophe", "folding-script"],
)
def test_line_key_keeps_letters_and_digits_only(text, key):
    assert line_key(text) == key
