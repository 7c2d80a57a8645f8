"""The article guard keeps numbered rows together: a race calendar, an index of a catalogue.

The lines are real scraped lines: a Brazilian motor-racing site's Stock Car calendar that
`page_header` took above the kept text, a hardware maker's catalogue index that `page_footer`
took below its introduction, and, as what must stay removed, a food magazine's list of
"N Best ..." headlines above an article on the same subject. The guard is given the rules'
decisions directly, so the tests hold whatever the rules before it decide.
"""

from __future__ import annotations

from cleaners.cleaning.boilerplate.guard import keep_article
from cleaners.cleaning.boilerplate.lines import read_lines


def guarded(texts: list[str], rules: list[str | None]) -> list[str | None]:
    """Return the guard's decisions for lines given with the rules' decisions."""
    return keep_article(read_lines("\n".join(texts)), rules)


CALENDAR = [
    "1a etapa: 10 de março – Interlagos",
    "2a etapa: 8 de abril – Curitiba / Alternativa",
    "3a etapa: 22 de abril – Velopark",
    "4a etapa: 06 de maio – Londrina",
    "5a etapa: 20 de maio – Santa Cruz do Sul",
    "6a etapa: 5 de agosto – Corrida do Milhão",
    "7a etapa: 19 de agosto – A ser divulgado",
    "8a etapa: 09 de setembro – Cascavel",
    "9a etapa: 23 de setembro – Velo Città",
    "10a etapa: 21 de outubro – Tarumã",
]
CALENDAR_AFTER = [
    "* Calendário sujeito a inúmeras alterações usualmente feitas pelo Organizador",
    "* Calendário acima divulgado pela categoria em janeiro de 2018 www.autoracing.com.br",
    "Share this on WhatsApp",
    "AS - www.autoracing.com.br",
    (  # the page's only prose: its keywords
        "calendario stock car 2018, stock car brasil, stock car cascavel, stock car corrida "
        "milhão, stock car interlagos, stock car santa cruz do sul, stock car taruma, stock car "
        "Velo Città, stock car velopark, stock-car londrina"
    ),
]


def test_a_calendar_on_the_pages_topic_comes_back():
    texts = ["Calendário da Stock Car 2018", *CALENDAR, *CALENDAR_AFTER]
    rules = ["page_header"] * (1 + len(CALENDAR) + 2) + ["share_prompt", "page_header", None]
    decided = guarded(texts, rules)
    assert decided[1 : 1 + len(CALENDAR)] == [None] * len(CALENDAR)
    # The heading and the footnotes are not rows: they stay with their rule, as the share row.
    assert decided[0] == "page_header" and decided[-3] == "share_prompt"


def test_a_calendar_off_the_kept_texts_topic_and_far_from_it_stays_removed():
    unrelated = (
        "Clique na imagem acima e veja como está o ranking dos pilotos nesta temporada da F1 no "
        "GP do Brasil e no Geral de 2019."
    )
    texts = [*CALENDAR, "Share this on WhatsApp", "Publicidade", "Links", "FÓRUM", unrelated]
    rules = (
        ["page_header"] * len(CALENDAR)
        + ["share_prompt", "advertisement"]
        + ["page_header"] * 2
        + [None]
    )
    assert guarded(texts, rules)[: len(CALENDAR)] == ["page_header"] * len(CALENDAR)


CATALOGUE_INTRO = [
    "Austin Hardware Catalog",
    (
        "We have split up our 1,920-page catalog into 10 sections to make it easier for you to "
        "view. Please click the links below to view the sections of our catalog."
    ),
    "Not interested in instant digital access? Click on the link below to have a catalog sent to you.",
]
CATALOGUE_INDEX = [
    "Request Physical Catalog",
    "Section 1 - Introduction and Indexes: Click Here",
    "Pages 1-5 (Hard Copy pages Cover-III) - About Us",
    "Pages 6-13 (Hard Copy pages IV-XI) - Pictorial Index",
    "Pages 14-27 (Hard Copy pages XII-XXIV) - Description Index",
    "Pages 28-97 (Hard Copy pages 1818-1888) - Part Number Index",
    "Pages 98-99 (Hard Copy pages 1893-1894) - Terms & Conditions; Credit Application",
    "Pages 100-101 (Hard Copy pages 1895-1896) - Measurements & Conversions",
    "Section 2 - Click Here",
    "Pages 1-76 - Hinges",
    "Pages 77-174 - D-Rings, Folding, T's, and Paddle Handles",
    "Pages 175-206 - Lock Cylinders, Rods, and Accessories",
    "Pages 207-284 - L, T, & Grab Handles",
]


def test_a_catalogues_index_under_its_introduction_comes_back_with_its_sections():
    texts = [*CATALOGUE_INTRO, *CATALOGUE_INDEX, "Privacy Policy", "© 2024 Austin Hardware"]
    rules = [None] * 3 + ["page_footer"] * len(CATALOGUE_INDEX) + ["legal_links", "copyright"]
    decided = guarded(texts, rules)
    assert decided[5 : 3 + len(CATALOGUE_INDEX)] == [None] * (len(CATALOGUE_INDEX) - 2)
    # Above the first row: not part of the run.
    assert decided[3:5] == ["page_footer", "page_footer"]
    assert decided[-2:] == ["legal_links", "copyright"]


HEADLINES = [
    "10 Best Food Subscription Boxes To Give as Gifts (Or Enjoy Yourself!)",
    "6 Best Baking Subscription Boxes for Every Type of Baker [Tested and Reviewed]",
    "46 Best Gourmet Food Gifts of 2025, Taste-Tested by Expert Editors",
    "6 Best Candle Subscription Boxes [Tested and Reviewed]",
    "7 Best Tea Subscription Boxes for Gifting and Sipping",
    "5 Best Smoothie Delivery Subscriptions, Tested and Reviewed by a Dietitian",
]


def test_headlines_that_open_alike_without_counting_up_stay_removed():
    body = (
        "When it comes to gifts for book lovers, the best book subscriptions scratch that itch—and "
        "then some. Gift of the month clubs deliver new books to the reader's door every month."
    )
    texts = [*HEADLINES, "We tried six different options.", body]
    rules = ["page_header"] * len(HEADLINES) + [None, None]
    assert guarded(texts, rules)[: len(HEADLINES)] == ["page_header"] * len(HEADLINES)
