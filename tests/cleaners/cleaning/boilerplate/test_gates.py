import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaners.cleaning.boilerplate import SHAPE_RULES, VOCABULARY_INDEX, decide_line, gates
from cleaners.cleaning.boilerplate.credits import NEWS_AGENCIES, PICTURE_AGENCY_NAMES
from cleaners.cleaning.boilerplate.lines import TABLE_PIPE, Line, measure_line, table_cell
from cleaners.cleaning.boilerplate.promos import NEWSLETTER_LINES


def ungated(line: Line) -> str | None:
    """Decide a line as before the gates: every shape rule its word count admits, in order."""
    if line.text.startswith(TABLE_PIPE):
        line = table_cell(line) or line
    found = VOCABULARY_INDEX.find(line.bare, line.words)
    if found is not None:
        return found
    return next((name for name, shortest, longest, _, matches in SHAPE_RULES
                 if shortest <= line.words <= longest and matches(line)), None)


# Lines on either side of a gate: each rule's real snippet, the snippet without the feature its
# gate looks for, and menu items and prose that no rule matches (some tagged as the throughput
# bench tags words, so vocabulary lines no longer match whole).
EDGE_LINES = [
    "By", "By Jamelle Bouie", "Associated Press", "The Associated Press.", "(AP Photo/Evan Vucci)",
    "Photo: Getty Images", "Getty Images", "(Getty)", "Protesters in Madrid via Reuters",
    "Tags: Kristi Noem, South Dakota", "» Tags", "Tags", "Filed under: Tech", "Facebook",
    "Facebook Twitter Pinterest Email", "• Facebook, Twitter", ", Facebook", "FacebookTwitterEmail",
    "Email (12)", "- - - - - - - - - - - - - - email", "Name *", "Jane says:", "Reply",
    "Home › News › World", "News | World News", "Privacy Policy | Terms of Use", "00:00",
    "1:02 / 3:45", "Email: info@osso.nl", "Phone: 713-862-4570 • Fax: 713-862-4606",
    "© 2019 Vox Media, LLC. All Rights Reserved", "Copyright 2024", "(c) 2021 Acme",
    "Nov. 19, 2019 8:03 am ET", "Updated 2h ago", "4/1/2019 | +2.7%",
    "Olha HlushchenkoTuesday, 15 October 2024, 04:58", "Story by Jane Doe, 12 March 2023",
    "Smoke rises from the building on Feb. 26, 2022.", "This satellite image shows the damage.",
    "President Biden, left, meets the press in Washington on Tuesday, Nov. 19, 2019.",
    "Sign up for our newsletter", "Get our free daily newsletter with the latest news",
    "We use cookies to improve your experience on our site.", "Support UP or become our patron!",
    "Download the app", "Get it on Google Play", "Join the Facebook group", "Follow us on X",
    "Help me spread the word!", "$300 in free credits", "Terms apply.", "READ MORE: How it went",
    "(Related: the vote)", "About UsContact UsTerms of UsePrivacy Policy",
    "Products are not intended to diagnose, treat, cure or prevent any disease.",
    "As an Amazon Associate we earn from qualifying purchases.", "| | January 22nd, 2019 |",
    "Politicsa Videoa", "Headsetsmc", "Relatedyn storiesyn:", "Facebookh Twitterh LinkedInh",
    "Apply now", "Q&A: the app update", "Itaca", "x", "•", "Advertisement",
    "Keywords", (
        "Russia’s war in Ukraine has raised the prospect of Russian soldiers using Chinese "
        "weapons in actual combat, officials told the Financial Times on Monday."
    ),
]


@pytest.mark.parametrize("text", EDGE_LINES)
def test_gated_rules_decide_a_line_as_all_rules_do(text):
    line = measure_line(0, text)
    assert decide_line(line) == ungated(line)


def test_the_edge_lines_reach_the_rules_they_border():
    decided = {text: decide_line(measure_line(0, text)) for text in EDGE_LINES}
    assert decided["By Jamelle Bouie"] == "byline"
    assert decided["Getty Images"] == "photo_credit"
    assert decided["• Facebook, Twitter"] == "social_links"
    assert decided["Keywords"] == "tag_list"
    assert decided["Jane says:"] == "comment_form"
    assert decided["Politicsa Videoa"] is None


# Pieces of lines near what the gates look for: hints of every family, separators, colons,
# openings, agency names, dates and figures, social networks, ordinary and tagged words.
PIECES = st.sampled_from(
    ["cookies", "we use cookies", "copyright", "©", "(c)", "all rights reserved", "trademark",
     "newsletter", "sign up", "inbox", "support", "donate", "affiliate", "commission", "app",
     "google play", "share", "friend", "love", "credits", "terms apply", "image", "photo",
     "Photo:", "Credit...", "via", "Reuters", "Getty Images", "AP", "staff", "by", "By", "Tags:",
     "tags", "Filed under:", "Read more:", "Follow", "us", "on", "Facebook", "Twitter", "email",
     "•", "|", "/", "›", "»", ">", "::", ":", "(", ")", "[", "-", ",", ".", "?", "!", "said",
     "Nov.", "19,", "2019", "8:03", "am", "ET", "12", "2h", "ago", "Monday,", "left,", "Jane",
     "Doe", "Name", "Reply", "the", "news", "Headsetsmc", "Politicsa", "Home", "About UsContact",
     "UsTerms", "of", "UsePrivacy", "Policy", "says:", "$300", "in", "free"]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(PIECES, min_size=1, max_size=12).map(" ".join))
def test_gated_rules_decide_generated_lines_as_all_rules_do(text):
    line = measure_line(0, text)
    assert decide_line(line) == ungated(line)


def test_newsletter_lines_never_reach_the_newsletter_rule_s_own_vocabulary():
    # The newsletter rule is gated on its hints alone: its whole lines are the index's first.
    for text in NEWSLETTER_LINES.lines:
        assert VOCABULARY_INDEX.find(text, NEWSLETTER_LINES.max_words) is not None
    assert not NEWSLETTER_LINES.prefixes


def test_agency_names_survive_the_strip_of_either_rule():
    # NAMED strips the characters of both rules at once: no name starts or ends with one.
    for name in NEWS_AGENCIES | PICTURE_AGENCY_NAMES:
        assert name.strip(gates.AGENCY_STRIP) == name


@pytest.mark.parametrize(
    "strings, text, found",
    [
        (("app", "apply"), "please apply", "apply"),
        (("app", "apply"), "the app store", "app"),
        (("by continuing", "by using this"), "by using this site", "by using this"),
        (("(", "(c)"), "(c) 2021", "(c)"),
    ],
    ids=["longer-first", "shorter-when-longer-fails", "shared-prefix", "symbols"],
)
def test_literal_pattern_finds_the_longest_string_at_a_position(strings, text, found):
    assert re.search(gates.literal_pattern(strings), text).group() == found


def test_a_hint_carries_the_families_of_the_hints_it_starts_with():
    assert gates.HINT_BITS["apply"] & gates.APP and gates.HINT_BITS["apply"] & gates.OFFER
    assert gates.HINT_BITS["::"] & gates.COLON and gates.HINT_BITS["::"] & gates.MARK
    assert not gates.HINT_BITS[":"] & gates.HINTED


@pytest.mark.parametrize(
    "text, feature",
    [
        ("Facebook", gates.SOCIAL),
        ("• Facebook", gates.SOCIAL),
        ("Getty Images", gates.NAMED),
        ("(Reuters)", gates.NAMED),
        ("Tags", gates.LISTED),
        ("Reply", gates.LISTED),
        ("Filed under: Tech", gates.OPENING),
        ("Home › News", gates.MARK),
        ("Duration 2:31", gates.COLON),
        ("Nov. 19, 2019 8:03 am ET", gates.DIGIT),
        ("Smoke rises on Feb. 26, 2022.", gates.DATED),
        ("We use cookies", gates.COOKIE),
    ],
)
def test_line_features_see_what_their_rules_look_for(text, feature):
    assert gates.line_features(measure_line(0, text)) & feature


def test_a_plain_menu_item_has_no_feature_but_every():
    assert gates.line_features(measure_line(0, "Headsetsmc")) == gates.EVERY
