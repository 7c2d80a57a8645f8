from cleaners.boilerplate import decide_line, strip_boilerplate
from cleaners.boilerplate.lines import measure_line, read_lines

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
