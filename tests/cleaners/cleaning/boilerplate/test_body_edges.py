"""The body's edges: a standfirst above the byline, a closing paragraph below a shop box.

Real scraped lines (a Nicaraguan news item, a German fashion article, a Jamaican news item)
whose standfirst, last paragraph or headline the position rules used to take with the page
around them; and real paragraphs of other pages, which must still go.
"""

from __future__ import annotations

from pathlib import Path

from cleaners.cleaning.boilerplate import strip_boilerplate
from cleaners.cleaning.boilerplate.headline import lead_topic
from cleaners.cleaning.boilerplate.lines import read_lines


def kept_lines(text: str) -> list[str]:
    """Return the lines strip_boilerplate keeps, without the blanks it leaves."""
    return [line for line in strip_boilerplate(text).text.split("\n") if line.strip()]


TEASERS = [
    "Economía",
    "LO MÁS LEÍDO",
    "12:05 p.m.",
    (
        "Almagro: “Ni en tiempos de las peores dictaduras en la región”, hubo toma violenta de "
        "oficinas de OEA en Nicaragua"
    ),
    "6:03 p.m.",
    "Juan Carlos Ortega Murillo propone legalizar la comercialización de marihuana en Nicaragua",
    "NOTICIAS RELACIONADAS",
    "7 p.m.",
    "Consejo Permanente de OEA aborda este miércoles confiscación de sus oficinas en Nicaragua",
    "5:35 p.m.",
    "Impiden ingreso a Nicaragua a reportero y camarógrafo estadounidense",
    "Managua, Nicaragua",
    "26, Abril, 2022",
    "7:43 p.m.",
]
HEADLINE = "Nicaragua cerró 2021 con deuda externa de 14.372,4 millones de dólares"
STANDFIRST = (
    "La deuda externa total aumentó en 884,3 millones de dólares (6,6 %) respecto a 2020 "
    "(13.488,1 millones)."
)
CREDITS = ["Cortesía", "EFE", "EFE"]
DEBT_STORY = [
    (
        "(EFE).- Nicaragua cerró 2021 con una deuda externa total de 14.372,4 millones de dólares, "
        "lo que equivale al 102,6 % del producto interior bruto (PIB) del país (14.013 millones de "
        "dólares), informó este martes el Banco Central nicaragüense."
    ),
    (
        "La autoridad monetaria indicó en un informe que del total del endeudamiento al finalizar "
        "diciembre pasado, 7.805,9 millones de dólares corresponden al sector público (55,7 % del "
        "PIB y 54,3 % del total), y 6.566,5 millones de dólares al sector privado (46,8 % del PIB "
        "y 45,7 % del total)."
    ),
    (
        "La deuda externa total aumentó en 884,3 millones de dólares (6,6 %) respecto a 2020 "
        "(13.488,1 millones), debido al aumento de la deuda externa pública de 849,1 millones y "
        "del aumento de la deuda externa privada de 35,2 millones, explicó el ente emisor."
    ),
    (
        "Los desembolsos en 2021 fueron de 2.662,7 millones de dólares, de los cuales 50,4 % "
        "provino de acreedores privados y el resto de acreedores oficiales bilaterales, de "
        "acuerdo con la información."
    ),
    (
        "Del total de desembolsos, 1.500,7 millones de dólares fueron para el sector privado y "
        "1.162 millones de dólares al sector público, detalló la autoridad monetaria."
    ),
    (
        "En tanto, el servicio de la deuda externa fue de 1.813,4 millones de dólares en 2021, de "
        "los cuales 1.627,7 millones de dólares fueron pagos de principal y 185,7 millones de "
        "dólares en intereses y comisiones, precisó el Banco Central."
    ),
    "Ayúdanos a romper la censura,",
    "necesitamos tu apoyo para seguir informando",
    "DONA AQUÍ",
]


def test_the_standfirst_above_a_photo_credit_stays():
    kept = kept_lines("\n".join([*TEASERS, HEADLINE, STANDFIRST, *CREDITS, *DEBT_STORY]))
    assert STANDFIRST in kept
    assert "Cortesía" not in kept
    assert "Impiden ingreso a Nicaragua a reportero y camarógrafo estadounidense" not in kept


def test_a_teaser_for_another_story_above_the_body_is_no_standfirst():
    # A paragraph of another news item (a Costa Rican one), where the standfirst would be: it
    # shares none of the story's opening topic words.
    teaser = (
        "Tras el hackeo sistemático de diversas instituciones públicas y ministerios, cometido por "
        "un grupo de hackers conocido como Grupo Conti desde el Domingo Santo, el gobierno ha "
        "implementado varias medidas."
    )
    kept = kept_lines("\n".join([*TEASERS, teaser, *CREDITS, *DEBT_STORY]))
    assert teaser not in kept
    assert DEBT_STORY[0] in kept


def test_the_lead_topic_reads_ten_paragraphs():
    lines = read_lines("\n".join(DEBT_STORY))
    topic = lead_topic(lines, [None] * len(lines), 0)
    assert {"desembolsos", "intereses"} <= topic  # from the fourth and sixth paragraphs


SNEAKER_STORY = [
    "Home",
    "Fashion",
    "Trends & Styling",
    "Sneaker-Trend: Plateau-Sohlen sorgen für ein neues Hochgefühl",
    "Artikel von",
    "Alexa von Heyden",
    "19. Juni 2019",
    "PR",
    "Kommt im Sommer 2019 neu auf den Markt: Sleek Super Schuh von Adidas, um 100 €",
    (
        "Ob zum cremefarbenen Blazer oder roten Sommerkleid: Sneaker sind längst abseits des "
        "Sportplatz salonfähig und gehören jede Saison aufs Neue zu den am meisten getragenen "
        "Lieblingsteilen in deiner Garderobe. Turnschuh-Klassiker wie die Converse Chuck Taylor "
        "All Star oder Nike Air Max kannst du sogar zu fast jedem Anlass tragen – sei es zu einem "
        "Vorstellungsgespräch, einer Taufe oder Galerie-Eröffnung."
    ),
    "Plateau-Sneaker: So sieht der neue Sneaker-Trend aus",
    (
        "Doch beim Styling erweisen sich die flachen Schuhe oftmals als tricky. Vor allem dann, "
        "wenn du sie zu einem anderen Look als Jeans tragen möchtest. Denn anders als High Heels "
        "verlängern sie optisch nicht deine Beine, sondern lassen sie leider eher kürzer wirken. "
        "So manche Palazzohose kann da schnell wie ein Sack und hippieskes Maxikleid wie ein "
        "unförmiges Zelt wirken."
    ),
    (
        "Die Lösung für diese modische Herausforderung liegt in der Sohle: Sowohl "
        "Sportswear-Marken als auch Designer-Labels kombinieren bei ihren aktuellen "
        "Sneaker-Modellen klassische Formen mit einer femininen Plateau-Sohle."
    ),
]
SHOP_BOX = [
    "Affiliatelink",
    "H & M",
    "H & M - Plateausneaker - White - Damen",
    "24,99",
    "€",
    "Zum Shop",
    "View this post on Instagram",
    "A post shared by Kira Bejaoui (@kirabejaoui) on Apr 21, 2019 at 4:40am PDT",
    "Affiliatelink",
    "Nike Air Force 1 - Orange",
    "110,00",
    "€",
    "Zum Shop",
    "Plateau-Sneaker machen lange Beine",
]
CLOSING = (
    "So geht die Tendenz nach Dad Sneaker und Ugly Sneaker wieder zu einem reduzierten Look, der "
    "aber nichts an der modischen Aussagekraft einbüßt. Plateau-Sneaker sind genial und "
    "funktionieren sowohl zum Business-Look als auch zu femininen Print-Kleidern. Das gilt für "
    "die sleeke All-White-Variante ebenso wie für sommerliches Bast-Plateau. Ein Hoch auf diesen "
    "hübschen Schuh-Trend!"
)
MORE_SHOPS = [
    "Affiliatelinks",
    "Gucci",
    "Plateau-Sneakers Ace aus Leder",
    "595,00",
    "€",
    "Zum Shop",
    "Prada",
    "Prada - Plateau-Sneakers aus Leder",
    "580,00",
    "€",
    "Zum Shop",
    "Mehr zum Thema:",
    "Sneaker",
    "Fashion-Mode",
    "Teilen",
]


def test_a_closing_paragraph_below_a_box_of_shop_links_stays():
    kept = kept_lines("\n".join([*SNEAKER_STORY, *SHOP_BOX, CLOSING, *MORE_SHOPS]))
    assert CLOSING in kept
    assert SNEAKER_STORY[-1] in kept
    assert "Zum Shop" not in kept


def test_an_unrelated_paragraph_below_the_shop_box_goes():
    # One paragraph on another subject (a magazine's newsletter pitch) shares no topic words
    # with the article: it is the page's.
    pitch = (
        "auf den sozialen Medien erreicht euch nur ein Bruchteil unserer Inhalte. Viele Features, "
        "Reviews, Podcast-Folgen und News gehen Euch durch die Lappen. Wie lässt sich das ändern? "
        "Ganz einfach: Abonniert den GROOVE-Newsletter."
    )
    kept = kept_lines("\n".join([*SNEAKER_STORY, *SHOP_BOX, pitch, *MORE_SHOPS]))
    assert pitch not in kept


GLEANER_PAGE = [
    "Subscribe to this feed",
    "Join us on Facebook",
    "Follow us on Twitter",
    "Update | Deceased Clarendon crash victims identified",
    "Published:Tuesday | April 26, 2022 | 9:52 PM",
    "Photo",
    "Video",
    (
        "Heather Grant, 33, of Christiana, Manchester and a man known as Nigel Ambersley, whose "
        "address was not immediately obtained, were pronounced dead at a hospital."
    ),
    (
        "The police have now released the identities of the two people killed in a crash in "
        "Osborne Store, Clarendon Tuesday."
    ),
    (
        "They are: Heather Grant, 33, of Christiana, Manchester and a man known as Nigel "
        "Ambersley, whose address was not immediately obtained."
    ),
    (
        "Grant's husband, a police corporal, was badly injured in the crash and has been "
        "hospitalised in a serious condition."
    ),
    "The crash happened about 1.p.m.",
    (
        "The Four Paths Police say Grant, her husband, Ambersley and another woman were travelling "
        "in a Toyota Starlet when it collided with a Nissan Latio motor car, with one occupant on "
        "board."
    ),
    "Headlines Delivered to Your Inbox",
    "Sign up for The Gleaner’s morning and evening newsletters.",
    (
        "All five crash victims were taken to a hospital where Grant and Ambersley were pronounced "
        "dead."
    ),
    "The other three were admitted.",
    (
        "Follow The Gleaner on Twitter and Instagram @JamaicaGleaner and on Facebook "
        "@GleanerJamaica. Send us a message on WhatsApp at 1-876-499-0169 or email us at "
        "onlinefeedback@gleanerjm.com or editors@gleanerjm.com"
    ),
    "«Sectoral Debate | Samuda promises new occupational safety bill this year",
    "Falmouth municipality earmarks $9 million for transport centre upgrade »",
    "View the discussion thread.",
    "More News",
]


def test_a_headline_named_a_few_paragraphs_into_the_lead_stays():
    # "victims" comes in the sixth paragraph: the headline shares two topic words with the
    # lead only when more than its first five paragraphs are read.
    kept = kept_lines("\n".join(GLEANER_PAGE))
    assert "Update | Deceased Clarendon crash victims identified" in kept
    assert "Follow us on Twitter" not in kept


# Two real pages, shortened, in tests/fixtures/boilerplate/edges: a recipe page (its
# introduction, its ingredients and steps, then teaser boxes whose prose outweighs the steps) and
# a meal plan (a short introduction, days of meals whose lines are mostly headings and amounts,
# then related links and a long legal disclaimer).
EDGES = Path(__file__).resolve().parents[3] / "fixtures" / "boilerplate" / "edges"


def page(name: str) -> str:
    """Return the text of a page in tests/fixtures/boilerplate/edges."""
    return (EDGES / f"{name}.txt").read_text(encoding="utf-8")


def test_the_steps_between_a_bigger_stretch_above_and_the_body_stay():
    text = page("recipe_between_boxes")
    kept = kept_lines(text)
    steps = [
        line for line in text.splitlines() if line.startswith(("Haferdrink mit", "Nüsse trocken"))
    ]
    assert len(steps) == 2 and all(step in kept for step in steps)
    assert "Einkaufsliste drucken" not in kept


def test_a_plans_days_between_its_introduction_and_a_long_disclaimer_stay():
    text = page("meal_plan")
    kept = kept_lines(text)
    meals = [
        line for line in text.splitlines() if line.startswith(("Asian Chicken", "Asparagus and"))
    ]
    assert len(meals) == 5 and all(meal in kept for meal in meals)
    assert "Join our newsletter" not in kept
