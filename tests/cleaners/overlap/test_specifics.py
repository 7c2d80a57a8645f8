"""Headlines that name different models or sizes are not one story; counts never decide."""

from dataclasses import replace

import pytest

from cleaners.overlap.specifics import (
    CODE_HEADS,
    MAX_CODES,
    code_head,
    code_heads,
    disagreement,
    head_hashes,
    title_specs,
)
from tests.cleaners.overlap.test_stories import SAMPLES, sign_cleaned, story_pairs

MACBOOK_RUMOUR = "13-Inch MacBook Pro With Scissor Keyboard Expected in First Half of 2020"
MACBOOK_REVIEW = (
    "16-inch MacBook Pro review: The keyboard is probably enough to convince those waiting"
)
PS4_DEALS = (
    "Daily Deals: More Black Friday Deals Are Live, Including PS4 DualShock Controller, "
    "Apple AirPods and Watches, and More"
)
APPLE_DEALS_TEXT = (
    "AirPods 2 dropped to an all-time low on Amazon at just $139, and AirPods 2 with Wireless "
    "Charging Case are down to $164.99. Apple Watches start at $169.99, iPhone 7 refurbs can be "
    "had for just over $200. Apple Watch Series 3: S3 with dual-core processor. Apple iPhone 7, "
    "32GB, A10 Fusion chipset, 12MP iSight back camera takes 4K Video."
)


@pytest.mark.parametrize(
    "title, specs",
    [
        (MACBOOK_RUMOUR, "13-inch"),
        (PS4_DEALS, "ps4"),
        ("Video shows dramatic rescue of 8-year-old kidnapping victim", "8-year-old"),
        ("Tense exchanges mark Obama's arrival at G-20 summit; F-35s grounded", "g-20 f-35s"),
        # Counts, prices, units and years: outlets write them differently for one event.
        ("U.S. adds robust 263K jobs; unemployment at 3.6%", ""),
        ("Cuomo slams $2T stimulus package as 'terrible' for New York", ""),
        ("Earthquake kills more than 2,300 in 2023; 4K footage shows damage", ""),
    ],
    ids=["size", "console", "age", "codes", "count", "money", "count-year-unit"],
)
def test_a_headline_keeps_numbers_joined_to_a_word_and_no_count(title, specs):
    assert title_specs(title) == specs


def test_a_code_is_found_however_an_outlet_writes_it():
    specs = ["g-20", "f-35s", "ps4", "mid-2017", "covid-19", "13-inch"]
    # "mid-2017", "covid-19": a word with a number, not a code; "13-inch": a size
    assert [code_head(s) for s in specs] == ["g20", "f35", "ps4", None, None, None]
    written = code_heads("Leaders met at the G20 summit as two F-35 jets flew over.")
    for spec in ("g-20", "f-35s"):
        assert not disagreement((spec, ""), (None, written), (True, True))


def test_two_sizes_of_one_product_line_disagree_and_the_same_size_does_not():
    rumour, review = title_specs(MACBOOK_RUMOUR), title_specs(MACBOOK_REVIEW)
    assert disagreement((rumour, review), (None, None), (False, False)) == "13-inch / 16-inch"
    same = title_specs("Apple's 16-inch MacBook Pro arrives with a scissor keyboard")
    assert disagreement((same, review), (None, None), (True, True)) == ""


def test_a_code_missing_from_a_full_article_disagrees_but_not_from_a_lead():
    specs = (title_specs(PS4_DEALS), title_specs("The 10 best early Black Friday deals on Apple"))
    codes = (code_heads(PS4_DEALS), code_heads(APPLE_DEALS_TEXT))
    assert disagreement(specs, codes, (True, True)) == "ps4"
    # A title and lead need not name every model the other headline does.
    assert disagreement(specs, codes, (True, False)) == ""
    # A text that writes more codes than are kept is taken to write any.
    assert disagreement(specs, (codes[0], None), (True, True)) == ""
    mentions = code_heads(APPLE_DEALS_TEXT + " The PS4 controller is $39.")
    assert disagreement(specs, (codes[0], mentions), (True, True)) == ""


@pytest.mark.parametrize(
    "text",
    [
        APPLE_DEALS_TEXT,
        'Dell G3 15 Intel Core i5-9300H 15" 1080p GTX 1660 Ti Laptop; use code "50OFF699"',
        "Самолёт Ту-154 и истребитель Су-57; the F-35s and the G-20 on 2019-11-18 (mid-2017)",
        "H1N1, COVID-19, x-ps4, abc-12, ab_12, 7-Eleven, A380",
    ],
    ids=["deals", "laptop", "cyrillic-and-dates", "edges"],
)
def test_the_fast_scan_finds_the_heads_the_declared_pattern_finds(text):
    declared = {a + c if a else b + c for a, b, c in CODE_HEADS.findall(text.lower())}
    assert declared
    assert code_heads(text).tolist() == head_hashes(declared).tolist()


def test_a_spec_sheet_lists_no_codes():
    sheet = " ".join(f"A{n}" for n in range(MAX_CODES + 1))
    assert code_heads(sheet) is None
    assert len(code_heads(sheet[: sheet.index(f"A{MAX_CODES}")])) == MAX_CODES


@pytest.mark.parametrize(
    "specs, flagged",
    [(("Il-76", "Il-76"), True), (("Il-76", "Il-78"), False)],
    ids=["same-aircraft", "other-aircraft"],
)
def test_one_study_headlined_with_other_aircraft_is_not_one_story(specs, flagged):
    signatures = {i: sign_cleaned(i) for i in SAMPLES}
    for doc_id, spec in zip(("000", "001"), specs, strict=True):
        headline = f"Drills with the {spec}"  # each text writes its own headline's code
        signatures[doc_id] = replace(
            signatures[doc_id], title_specs=title_specs(headline), codes=code_heads(headline)
        )
    assert (("000", "001") in story_pairs(list(signatures.values()))) is flagged
