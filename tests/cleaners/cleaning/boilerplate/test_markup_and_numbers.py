"""Shapes that need no wording: embed markup printed as text, language switches, menus glued
into one word, and phone numbers that look like dates."""

import pytest

from .helpers import removals, rule_of, with_lines

NPR_EMBED = (
    '<iframe src="https://www.npr.org/player/embed/1206601882/1206601883" width="100%" '
    'height="290" frameborder="0" scrolling="no" title="NPR embedded audio player">'
)


@pytest.mark.parametrize(
    "line",
    [
        NPR_EMBED,
        '<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>',
        '<iframe width="560" height="315" src="//www.youtube.com/embed/dQw4w9WgXcQ"></iframe>',
    ],
)
def test_an_embed_box_printed_as_text_goes(line):
    assert removals(with_lines(line)) == {line: "embed_code"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Before web components you copied the header into every page, or you used <iframe> to "
        "embed shared elements.",
        '<iframe src="page.html"> loads a page of the same site, which is what the widget did.',
    ],
)
def test_a_sentence_about_markup_stays(sentence):
    assert rule_of(sentence) is None


@pytest.mark.parametrize("line", ["EN", "DE | EN", "EN FR ES", "DE / EN / FR"])
def test_a_language_switch_goes(line):
    assert removals(with_lines(line)) == {line: "navigation"}


@pytest.mark.parametrize("line", ["IT", "NO", "USA", "NATO | EU", "EN 60950-1"])
def test_a_lone_code_that_is_a_word_or_an_acronym_is_no_language_switch(line):
    assert rule_of(line) != "navigation"


@pytest.mark.parametrize(
    "line", ["+81 158-23-2012", "+1 (212) 555-0100", "+49 30 1234-5678", "+7 495 123-45-67"]
)
def test_an_international_phone_number_is_no_date_line(line):
    assert rule_of(line) != "date_line"


@pytest.mark.parametrize("line", ["2024-10-15", "15.10.2024 08:15", "10:00 GMT+1", "12/03/24"])
def test_a_numeric_date_is_still_a_date_line(line):
    assert rule_of(line) == "date_line"


@pytest.mark.parametrize(
    "line",
    ["OverviewSolutionsProductsPricingResourcesDocsSupport", "InicioNoticiasDeportesOpinión"],
)
def test_a_menu_of_one_word_entries_glued_into_one_word_goes(line):
    assert removals(with_lines(line)) == {line: "link_list"}


@pytest.mark.parametrize("line", ["AutoModelForCausalLM", "FreeTaxUSA", "McDonald"])
def test_a_camel_case_name_is_no_glued_menu(line):
    assert rule_of(line) is None


@pytest.mark.parametrize(
    "line, rule",
    [
        ("🔥 Recommended Posts", "related_links"),
        ("Recommended Posts 👇", "related_links"),
        ("▶️ Play video", "media_player"),
        ("Related ⤵", "related_links"),
    ],
)
def test_emoji_around_a_heading_are_decoration(line, rule):
    assert removals(with_lines(line)) == {line: rule}


def test_a_copyright_sign_is_no_decoration():
    assert rule_of("© 2024 Vox Media") == "copyright_footer"


def test_an_educational_purposes_disclaimer_is_a_legal_notice():
    # Its pattern was there, but no pre-check word let the line be asked.
    line = (
        "The information shared on this website and podcast is for general educational purposes "
        "only. It is not intended to replace medical advice."
    )
    assert rule_of(line) == "legal_notice"
