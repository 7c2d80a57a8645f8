"""The registry declares every rule once; the prefilter derived from it only skips hopeless calls."""

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaners.cleaning.boilerplate import decide_line, names, vocabulary_index
from cleaners.cleaning.boilerplate.catalogue import render
from cleaners.cleaning.boilerplate.lines import (
    TABLE_PIPE,
    Line,
    measure_line,
    read_lines,
    table_cell,
)
from cleaners.cleaning.boilerplate.registry import (
    BLOCK_RULES,
    CONTEXT_RULES,
    SHAPE_RULES,
    VOCABULARY_RULES,
)
from cleaners.cleaning.boilerplate.vocab import literal_pattern

REPO = Path(__file__).resolve().parents[4]
FIXTURES = REPO / "tests" / "fixtures" / "boilerplate"


def every_rule_asked(line: Line) -> str | None:
    """Decide a line by asking every shape rule its word bounds admit, with no prefilter."""
    if line.text.startswith(TABLE_PIPE):
        line = table_cell(line) or line
    found = vocabulary_index(None).find_line(line.bare, line.text, line.words)
    if found is not None:
        return found
    return next(
        (
            rule.name
            for rule in SHAPE_RULES
            if rule.words[0] <= line.words <= rule.words[1] and rule.matches(line)
        ),
        None,
    )


def real_lines() -> list[str]:
    """Return the distinct lines of the real scraped pages in the fixtures."""
    found: dict[str, None] = {}
    for path in sorted(FIXTURES.glob("*.txt")):
        for line in read_lines(path.read_text(encoding="utf-8")):
            found[line.text] = None
    return list(found)


# Lines on either side of a hint: each rule's real snippet, and near misses.
EDGE_LINES = [
    "By Jamelle Bouie",
    "Associated Press",
    "(AP Photo/Evan Vucci)",
    "Photo: Getty Images",
    "Getty Images",
    "(Getty)",
    "Protesters in Madrid via Reuters",
    "Tags: Kristi Noem",
    "Keywords",
    "Filed under: Tech",
    "• Facebook, Twitter",
    "FacebookTwitterEmail",
    "Name *",
    "Jane says:",
    "Home › News › World",
    "News | World News",
    "Privacy Policy | Terms of Use",
    "1:02 / 3:45",
    "Email: info@osso.nl",
    "© 2019 Vox Media, LLC. All Rights Reserved",
    "Nov. 19, 2019 8:03 am ET",
    "Updated 2h ago",
    "4/1/2019 | +2.7%",
    "Smoke rises from the building on Feb. 26, 2022.",
    "Sign up for our newsletter",
    "We use cookies to improve your experience on our site.",
    "Support UP or become our patron!",
    "Get it on Google Play",
    "Join the Facebook group",
    "Follow us on X",
    "Terms apply.",
    "Help me spread the word!",
    "READ MORE: How it went",
    "(Related: the vote)",
    "About UsContact UsTerms of UsePrivacy Policy",
    "| | January 22nd, 2019 |",
    "Politicsa Videoa",
    "Q&A: the app update",
    "Advertisement",
]


@pytest.mark.parametrize("text", real_lines() + EDGE_LINES)
def test_the_prefilter_decides_real_lines_as_asking_every_rule_does(text):
    line = measure_line(0, text)
    assert decide_line(line) == every_rule_asked(line)


PIECES = st.sampled_from(
    ["cookies", "we use cookies", "copyright", "©", "(c)", "all rights reserved", "trademark",
     "newsletter", "sign up", "inbox", "support", "donate", "affiliate", "commission", "app",
     "google play", "share", "friend", "love", "credits", "terms apply", "image", "photo",
     "Photo:", "Credit...", "via", "Reuters", "Getty Images", "AP", "by", "By", "Tags:", "tags",
     "Filed under:", "Read more:", "Follow", "us", "on", "Facebook", "email", "•", "|", "/", "›",
     "»", ":", "(", ")", "[", "-", ",", ".", "said", "Nov.", "19,", "2019", "8:03", "am", "2h",
     "ago", "Monday,", "left,", "Jane", "Doe", "Name", "Reply", "the", "news", "Home",
     "About UsContact", "UsTerms", "UsePrivacy", "says:", "$300", "in", "free"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES, min_size=1, max_size=12).map(" ".join))
def test_the_prefilter_decides_generated_lines_as_asking_every_rule_does(text):
    line = measure_line(0, text)
    assert decide_line(line) == every_rule_asked(line)


def test_every_rule_is_registered_once_per_kind_and_every_name_is_catalogued():
    for rules in (VOCABULARY_RULES, SHAPE_RULES):
        declared = [rule.name for rule in rules]
        assert len(declared) == len(set(declared))
    registered = {rule.name for rule in (*VOCABULARY_RULES, *SHAPE_RULES, *BLOCK_RULES)}
    registered |= {name for name, _ in CONTEXT_RULES}
    constants = {value for key, value in vars(names).items() if key.isupper()}
    assert registered == constants
    catalogue = render()
    assert all(f"`{name}`" in catalogue for name in constants)


def test_docs_rules_md_is_generated_from_the_registry():
    assert (REPO / "docs" / "rules.md").read_text(encoding="utf-8") == render(), (
        "regenerate: python -m cleaners.cleaning.boilerplate.catalogue > docs/rules.md"
    )


def test_every_shape_rule_describes_what_it_removes():
    assert all(rule.describe() for rule in (*VOCABULARY_RULES, *SHAPE_RULES, *BLOCK_RULES))


@pytest.mark.parametrize(
    "strings, text, found",
    [
        (("app", "apply"), "please apply", "apply"),
        (("app", "apply"), "the app store", "app"),
        (("(", "(c)"), "(c) 2021", "(c)"),
    ],
    ids=["longer-first", "shorter-when-longer-fails", "symbols"],
)
def test_literal_pattern_finds_the_longest_string_at_a_position(strings, text, found):
    assert re.search(literal_pattern(strings), text).group() == found
