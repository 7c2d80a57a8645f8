import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaners.cleaning.boilerplate.links import GLUE, GLUE_CAPITAL

from .helpers import ARTICLE, removals, rule_of, with_lines


@pytest.mark.parametrize(
    "line, rule",
    [
        ("READ MORE: Why the vote matters for Europe", "read_more_link"),
        ("Related: Inside the race for the Senate", "read_more_link"),
        ("Tags: Taiwan, China, Russia", "tag_list"),
        ("Filed Under: Defence, Asia", "tag_list"),
        ("About UsContact UsTerms of UsePrivacy Policy", "link_list"),
        ("Company TownTelevisionBusinessEntertainment & Arts", "link_list"),
    ],
    ids=["read-more", "related", "tags", "filed-under", "glued-footer", "glued-sections"],
)
def test_link_line_is_removed_with_its_rule(line, rule):
    assert rule_of(line) == rule
    assert removals(with_lines(line)) == {line: rule}


@pytest.mark.parametrize(
    "sentence",
    [
        "Tags on the luggage showed it had come from Rome.",
        "Read more about the deal in the company's annual report, officials said.",
        "Related research has found similar effects in mice.",
        "The iPhone and the PlayStation dominated sales in December.",
    ],
    ids=["tags-on", "read-more-sentence", "related-research", "camel-case-brands"],
)
def test_sentence_that_mentions_a_link_keyword_stays(sentence):
    assert rule_of(sentence) is None
    assert removals(with_lines(sentence)) == {}


def test_related_box_inside_the_article_goes_and_the_article_after_it_stays():
    box = [
        "Related News",
        "- China-Taiwan tensions escalate over Nancy Pelosi visit",
        "- War in Ukraine: Six killed, 16 injured in Russian attack on Kharkiv",
    ]
    text = with_lines(*box, at=3)
    assert removals(text) == dict.fromkeys(box, "related_links")
    for paragraph in ARTICLE[3:]:
        assert paragraph in text.split("\n")


def test_bullet_separated_teasers_after_the_article_go():
    teasers = [
        "-",
        (
            "Panama and Canada are caught in a dispute over a copper mineIn the Spotlight Panama "
            "is "
            "set to make a final decision on the mine this summer"
        ),
        "-",
        (
            "How oil tankers have been weaponisedThe Explainer The seizure of a Russian tanker in "
            "the "
            "Atlantic last week has drawn attention to the country’s clandestine shipping network"
        ),
        "-",
        (
            "Iran cuts internet as protests escalateSpeed Reada Government buildings across the "
            "country have been set on fire"
        ),
    ]
    found = removals("\n".join([*ARTICLE, *teasers]))
    assert set(found) == set(teasers)


def test_list_items_inside_the_article_stay():
    items = [
        "- 61% of people choose functional foods for focus and energy",
        "- Lion’s Mane is the top ingredient for cognitive support",
        "- Over 500,000 social posts reference digestive benefits",
    ]
    assert removals(with_lines(*items, at=4)) == {}


@pytest.mark.parametrize(
    "line",
    [
        "return stringAppendPipeNew()",
        "appendIf: function( token, formattedToken, delimiter ) { this.value = stringAppendIf(",
        ("uiLoader->getComponentFactoryRegistry().registerFactory<ImageComponentFactory> "
        '("IMAGE", "raster");'),
    ],
    ids=["return-call", "js-function", "cpp-call"],
)  # fmt: skip
def test_camel_case_code_is_not_a_glued_menu(line):
    assert rule_of(line) is None


def test_glued_menu_with_a_parenthesis_still_goes():
    assert rule_of("ProjectsBlogAboutDonationsChatbot Arena (graduated)") == "link_list"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aBcDeF gH.,IjK", max_size=40))
def test_the_capital_scan_finds_at_least_the_joints_glue_finds(text):
    # is_glued_links skips GLUE when too few capitals sit between small letters.
    assert len(GLUE_CAPITAL.findall(text)) >= len(GLUE.findall(text))
