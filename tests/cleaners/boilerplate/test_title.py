from cleaners.boilerplate import strip_boilerplate

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
