import pytest

from cleaners.cleaning.boilerplate import strip_boilerplate

from .helpers import ARTICLE, removals, rule_of, with_lines

BIO = (
    "Justin Klawans has worked as a staff writer at The Week since 2022. He began his career "
    "covering local news before joining Newsweek as a breaking news reporter."
)


@pytest.mark.parametrize(
    "line, rule",
    [
        ("By Jamelle Bouie", "byline"),
        ("Olha HlushchenkoTuesday, 15 October 2024, 04:58", "byline"),
        ("Posted by Michael David Smith on November 19, 2019, 6:21 AM EST", "byline"),
        ("Associated Press", "byline"),
        ("Nov. 19, 2019 8:03 am ET", "date_line"),
        ("Updated: Sat 8:31 PM, Feb 17, 2018", "date_line"),
        ("Stock photo: Getty Images", "photo_credit"),
        ("Sanjeev Verma/Hindustan Times/Getty Images", "photo_credit"),
        ("The plague wiped out half of Europe in the 14th century (Image: GETTY)", "photo_credit"),
        (
            (
                "Trump asked voters in Louisiana for a big win. He didn’t get it.Credit...Doug "
                "Mills/The "
                "New York Times"
            ),
            "photo_credit",
        ),
        (
            (
                "Smoke rises from a Russian tank destroyed by Ukrainian forces on the side of a "
                "road in "
                "Luhansk region on Feb. 26, 2022."
            ),
            "photo_caption",
        ),
        (
            "Firefighters work at the scene of a fire in Lyon, France, Tuesday, March 3, 2020.",
            "photo_caption",
        ),
        ("This satellite image shows fires burning near the city on Sunday.", "photo_caption"),
    ],
    ids=[
        "by",
        "glued-name-date",
        "posted-by",
        "agency",
        "dateline",
        "updated",
        "stock-photo",
        "agency-credit",
        "bracketed-credit",
        "glued-credit",
        "caption-date",
        "ap-caption",
        "caption-opening",
    ],
)
def test_credit_line_is_removed_with_its_rule(line, rule):
    assert rule_of(line) == rule
    assert removals(with_lines(line)) == {line: rule}


@pytest.mark.parametrize(
    "sentence",
    [
        "By the end of the year, the plant will employ 400 people.",
        "Taxes are due on April 15, 2026, the agency said.",
        "The photo, taken by a Getty Images photographer in 1968, became iconic.",
        "The image of a strong leader matters to Xi, analysts say.",
        "The attack happened on Sept. 11, 2001, and changed everything.",
        "Smith is a former reporter who now runs a bakery in Ohio.",
    ],
    ids=["by-the-end", "date-in-sentence", "photo", "image-of", "date-mid-sentence", "reporter"],
)
def test_sentence_that_mentions_a_credit_keyword_stays(sentence):
    assert removals(with_lines(sentence)) == {}


def test_author_bio_at_the_end_of_the_article_goes():
    assert removals("\n".join([*ARTICLE, BIO])) == {BIO: "author_bio"}


def test_bio_shaped_sentence_inside_the_article_stays():
    sentence = "Smith is a staff writer at the local paper and covered the trial for a decade."
    assert strip_boilerplate(with_lines(sentence, at=4)).removed == ()


def test_about_the_author_heading_takes_the_bio_with_it():
    heading, bio = "Sobre Carlos Nadalim", "Pai de dois filhos, Carlos Nadalim é coordenador."
    assert removals("\n".join([*ARTICLE, heading, bio])) == {
        heading: "author_bio",
        bio: "author_bio",
    }


def test_about_this_article_heading_is_no_bio_heading():
    # toptal.com: the paragraph under "About this article" is the article's own introduction.
    heading = "About this article"
    intro = (
        "With that in mind, this article presents a top 10 list of somewhat subtle, "
        "harder-to-catch mistakes that can bite even some more advanced Python developers."
    )
    assert removals("\n".join([*ARTICLE, heading, intro])).get(intro) is None


@pytest.mark.parametrize(
    "language, box",
    [
        ("en", ("Experts", "Stacy Ogbeide, PsyD, ABPP")),
        ("en", ("Authors:", "Angela Williams")),
        ("de", ("Autoren:", "Anna Schmidt, Jan Meyer")),
        ("fr", ("Auteurs", "Marie Dupont")),
        ("ru", ("Эксперты", "Иван Петров")),
    ],
)
def test_an_author_box_goes_with_its_names(language, box):
    assert removals(with_lines(*box), language=language) == dict.fromkeys(box, "byline")


def test_a_label_takes_no_paragraph_after_it():
    paragraph = "Experts say the new rules will raise rents across the city by next year."
    assert removals(with_lines("Experts", paragraph)) == {"Experts": "byline"}


def test_a_label_repeated_over_the_entries_of_a_listing_leaves_their_names():
    listing = ("By:", "Rose Potter , Betsy Arnold", "By:", "Barbara E. Bullock")
    found = removals(with_lines(*listing))
    assert "Rose Potter , Betsy Arnold" not in found
    assert "Barbara E. Bullock" not in found


def test_credits_strung_on_one_line_go_together():
    line = (
        "Medically reviewed by Kim Rose-Francis RDN, CDCES, LD — Written by Jillian Kubala, MS, "
        "RD — Updated on March 7, 2025"
    )
    assert rule_of(line) == "byline"


def test_a_sentence_that_opens_like_a_byline_and_has_dashes_stays():
    sentence = (
        "By the time the storm reached the coast — late on Tuesday — most residents had already "
        "left their homes and the roads out of town were empty."
    )
    assert rule_of(sentence) is None
