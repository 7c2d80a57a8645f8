import pytest

from cleaners.boilerplate import decide_line, strip_boilerplate
from cleaners.boilerplate.context import ITEM_WORDS
from cleaners.boilerplate.lines import CAPS_WORDS, PROSE_WORDS, measure_line, read_lines
from cleaners.boilerplate.vocab import bare

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
