import pytest

from .helpers import ARTICLE, removals, rule_of, with_lines

THREAD = [
    "34 responses to “Will China help Russian troops?”",
    "thelastfan says:",
    "November 19, 2019 at 6:34 am",
    "It’s a good thing we have no fans left because this is a dumpster fire of a season.",
    "Reply",
    "Leave a Reply",
    "Your email address will not be published. Required fields are marked *",
    "Name *",
]


def test_comment_thread_after_the_article_goes_whole():
    found = removals("\n".join([*ARTICLE, *THREAD]))
    assert set(found) == set(THREAD)
    assert set(found.values()) <= {"comments", "comment_form", "date_line"}


def test_comment_count_under_the_headline_removes_nothing_else():
    text = "\n".join([ARTICLE[0], "12 Comments", *ARTICLE[1:]])
    assert removals(text) == {"12 Comments": "comments"}


@pytest.mark.parametrize(
    "line, rule",
    [
        ("Leave a Reply", "comments"),
        ("Your email address will not be published. Required fields are marked *", "comment_form"),
        (
            "Save my name, email, and website in this browser for the next time I comment.",
            "comment_form",
        ),
        ("thelastfan says:", "comment_form"),
    ],
    ids=["leave-a-reply", "email-notice", "save-my-name", "commenter"],
)
def test_comment_chrome_is_removed_with_its_rule(line, rule):
    assert rule_of(line) == rule


def test_sentence_about_comments_stays():
    sentence = "Comments on the proposal are due by the end of the month, the agency said."
    assert removals(with_lines(sentence)) == {}
