"""The body is found where the article is, when other prose on the page outweighs it.

Pages shaped like those the text path used to destroy: a short news item under a cookie-settings
dialog with more prose than it, a two-paragraph blog post above a longer sidebar, a recipe whose
steps sit below its ingredient list, a headline above an author's name and a date.
"""

from __future__ import annotations

import pytest

from cleaners.cleaning.boilerplate import strip_boilerplate
from cleaners.cleaning.boilerplate.consent_prose import is_consent_wording
from cleaners.cleaning.boilerplate.stretches import best_segment

NEWS_MENU = ["Startseite", "Nachrichten", "Stellenportal", "Partner", "Downloads", "Kontakt"]
NEWS_ITEM = [
    "Batteriehersteller erweitert die Produktion in Spring Hill",
    "Autor: Die Redaktion",
    "Veröffentlicht am 06.12.2022",
    (
        "Der Batteriehersteller investiert nach eigenen Angaben weitere 275 Millionen US-Dollar in "
        "sein Werk in Spring Hill. Damit soll die Produktion der Zellen um mehr als 40 Prozent "
        "steigen, ohne dass sich der Zeitplan für den Anlauf der Fertigung verschiebt."
    ),
    "Weitere Projekte im Aufbau",
    (
        "Die Anlage soll das benachbarte Montagewerk mit Batteriezellen für die Produktion "
        "mehrerer Elektromodelle versorgen. Zwei weitere Zellwerke in Ohio und Michigan sind "
        "bereits im Bau oder in Betrieb."
    ),
    "Mehr als 130 Gigawattstunden",
    (
        "Nach Erreichen der vollen Kapazität aller drei Werke bis 2030 rechnet das Unternehmen "
        "mit einem Jahresvolumen von mehr als 130 Gigawattstunden an Batteriezellen für Autos."
    ),
    "Artikel teilen",
]
COOKIE_DIALOG = [
    "Cookie- und Datenschutzeinstellungen",
    "Wie wir Cookies verwenden",
    (
        "Wir können Cookies anfordern, die auf Ihrem Gerät eingestellt werden. Wir verwenden "
        "Cookies, um uns mitzuteilen, wenn Sie unsere Websites besuchen, wie Sie mit uns "
        "interagieren, Ihre Nutzererfahrung verbessern und Ihre Beziehung zu unserer Website "
        "anpassen."
    ),
    (
        "Klicken Sie auf die verschiedenen Kategorienüberschriften, um mehr zu erfahren. Sie "
        "können auch einige Ihrer Einstellungen ändern. Beachten Sie, dass das Blockieren einiger "
        "Arten von Cookies Auswirkungen auf Ihre Erfahrung auf unseren Websites haben kann."
    ),
    "Notwendige Website Cookies",
    (
        "Diese Cookies sind unbedingt erforderlich, um Ihnen die auf unserer Webseite verfügbaren "
        "Dienste und Funktionen zur Verfügung zu stellen, und Sie können sie in Ihrem Browser "
        "nicht ablehnen, ohne die Funktion unserer Website zu beeinträchtigen."
    ),
    (
        "Wir respektieren es voll und ganz, wenn Sie Cookies ablehnen möchten. Um zu vermeiden, "
        "dass Sie immer wieder nach Cookies gefragt werden, erlauben Sie uns bitte, einen Cookie "
        "für Ihre Einstellungen zu speichern; Ihre Zustimmung können Sie jederzeit widerrufen."
    ),
    "Google Analytics Cookies",
    (
        "Diese Cookies sammeln Informationen, die uns helfen zu verstehen, wie unsere Webseite "
        "genutzt wird. Mit Ihrer Einwilligung werden dabei auch Daten an Drittanbieter "
        "übermittelt; Einzelheiten stehen in unserer Datenschutzerklärung."
    ),
    "Datenschutzrichtlinie",
]


def kept_lines(text: str) -> list[str]:
    """Return the lines strip_boilerplate keeps, without the blanks it leaves."""
    return [line for line in strip_boilerplate(text).text.split("\n") if line.strip()]


def test_a_short_news_item_wins_over_a_longer_cookie_dialog():
    kept = kept_lines("\n".join([*NEWS_MENU, *NEWS_ITEM, *COOKIE_DIALOG]))
    # The headline, the paragraphs and their subheads; not the byline, date or share button.
    assert [line for line in NEWS_ITEM if line in kept] == [NEWS_ITEM[0], *NEWS_ITEM[3:8]]
    assert not any("Cookies" in line for line in kept)


BLOG_POST = [
    "Warum nicht Ladesäulen an jeder Tankstelle?",
    (
        "Ich würde ja in smarte und wirtschaftliche Ladesäulen investieren. Ich wundere mich, dass "
        "es sie noch nicht an jeder Tankstelle gibt, wo doch jeder Laden einen Parkplatz hat."
    ),
    (
        "Wer heute eine Ladesäule aufstellt, verdient an jedem Auto, das dort eine halbe Stunde "
        "steht und dessen Fahrer in der Zwischenzeit einen Kaffee kauft."
    ),
]
BLOG_SIDEBAR = [
    "Teilen mit:",
    "Twitter",
    "Facebook",
    "Gefällt mir:",
    "Gefällt mir Wird geladen …",
    "Ähnliche Beiträge",
    "Kommentar verfassen",
    "Gib hier deinen Kommentar ein …",
    "E-Mail (erforderlich)",
    "Name (erforderlich)",
    "Website",
    "Du kommentierst mit Deinem WordPress.com-Konto.",
    "Abmelden",
    "Ändern",
    "Informiere mich über neue Kommentare per E-Mail.",
    "Informiere mich über neue Beiträge per E-Mail.",
    "Serie: Gründer von Geburt",
    (
        "Unternehmerische Einsichten und Erkenntnisse von Gründern, Investoren und Künstlern, "
        "die ihre eigenen Wege gegangen sind und davon erzählen, was sie dabei gelernt haben."
    ),
    (
        "Mittlerweile sind es ein gutes Dutzend Artikel in dieser Serie. Gute Unterhaltung und "
        "hoffentlich manche gute Erkenntnis beim Lesen, Weiterdenken und Nachmachen."
    ),
    "Wer schreibt hier?",
    (
        "Das ist das persönliche Blog eines Hamburger Beraters. Hier stehen meine Texte und "
        "Bilder, die eine etwas längere Halbwertszeit haben als ein Beitrag in sozialen Netzen, "
        "und die ich deshalb an einem Ort sammeln möchte, den ich selbst in der Hand habe."
    ),
    "Mein Instagram",
    "Neueste Kommentare",
    "Suche nach:",
]


def test_a_short_blog_post_above_a_longer_sidebar_stays():
    kept = kept_lines("\n".join(["Startseite", "Über mich", "Archiv", *BLOG_POST, *BLOG_SIDEBAR]))
    assert all(line in kept for line in BLOG_POST)


RECIPE = [
    "Vegan Char Kway Teow (Stir Fry Flat Rice Noodles)",
    (
        "Once in a while I like to go vegan, and I make a point of doing it once or twice a month "
        "if I can. This time it was a vegan char kway teow with crispy tofu and bean sprouts."
    ),
    (
        "The cooking itself is quick. The only slow part is pan frying the tofu until golden "
        "brown, since tofu holds a lot of water that has to be pressed out with paper towels first."
    ),
    (
        "While I enjoyed this dish on its own and could tell myself that I was going vegan for the "
        "day, it somehow makes one feel less guilty about the plate of noodles, and the smoky "
        "flavour from the wok is still there even without the lard and the cockles."
    ),
    "Ingredients",
    "1/2 block of tofu, diced",
    "120g yellow noodles",
    "120g kway teow (flat rice noodles)",
    "1 tbsp minced garlic",
    "Some beansprouts",
    "Some chives",
    "Some white pepper",
    "Seasoning (adjust to taste):",
    "1 tbsp light soy sauce",
    "1/2 tbsp dark soy sauce",
    "1 tsp sesame oil",
    "Jump to Video",
    "Print Recipe",
    "Method",
    (
        "Dice the tofu and use paper towels to soak up excess water. Heat some cooking oil and pan "
        "fry the tofu until the edges are golden brown."
    ),
    "With 2 tbsp oil left in the wok, saute the minced garlic till fragrant.",
    "Add the yellow noodles and kway teow, then the seasoning, and toss until the noodles are hot.",
]


def test_a_recipes_steps_below_its_ingredients_stay():
    page = ["Home", "Recipes", "About", "Contact", *RECIPE, "Share this:", "Facebook", "Pinterest"]
    kept = kept_lines("\n".join(page))
    assert all(line in kept for line in RECIPE[-3:])
    assert "Pinterest" not in kept


HEADLINE = "Studie zeigt: Zwei beliebte Lebensmittel können gegen soziale Ängste helfen"
STANDFIRST = (
    "Schon länger ist bekannt: Der Darm beeinflusst unsere Psyche. Forschende fanden in einer "
    "Studie nun heraus, dass bestimmte Lebensmittel gegen soziale Ängste helfen können."
)
LEAD = [
    HEADLINE,
    STANDFIRST,
    "von",
    "Mathilda Trausch, Online-Redaktion",
    "Veröffentlicht: 26.12.2022",
    "GettyImages",
    (
        "Menschen mit sozialer Phobie fühlen sich in großen Menschenmengen oft unwohl. Gerade nach "
        "den Feiertagen, an denen viele Familien zusammenkommen, ist das für Betroffene belastend."
    ),
    (
        "Da der Darm und die Psyche eng zusammenhängen, vermuten Forschende schon lange, dass "
        "bestimmte Lebensmittel die Beschwerden lindern. Eine Studie an Studierenden stützt das."
    ),
    (
        "Wer regelmäßig fermentierte Lebensmittel wie Joghurt, Sauerkraut oder Kimchi isst, zeigte "
        "in der Befragung weniger soziale Ängste als die Vergleichsgruppe."
    ),
]


def test_the_headline_and_standfirst_above_an_authors_name_stay():
    menu = ["Homepage", "News", "Fitness", "Ernährung", "Abnehmen", "Gesundheit"]
    kept = kept_lines("\n".join([*menu, *LEAD, "Lesetipp", "Weitere Artikel"]))
    assert HEADLINE in kept and STANDFIRST in kept
    assert "Mathilda Trausch, Online-Redaktion" not in kept


def test_a_date_and_time_line_is_no_headline():
    menu = ["Portada", "Nacional", "Economía", "Deportes", "Internacionales", "Opinión"]
    body = [
        "Tendencia de precios de los combustibles en Guatemala es al alza, según el MEM",
        "Los precios de los combustibles siguen al alza pese a que el Gobierno autorizó un subsidio.",
        "por Henry Montenegro",
        "Publicado el 21 de abril de 2022 a las 22:04h",
        "Guardar",
        (
            "En los últimos días se ha registrado un incremento en el precio de los combustibles "
            "pese a un subsidio que está vigente desde marzo para las gasolinas y el diésel."
        ),
        (
            "La tendencia de los precios probablemente va a continuar con algunas variaciones, y "
            "es al alza moderada, explicó el ministerio en un comunicado a la prensa."
        ),
        (
            "Con el subsidio a la gasolina regular y al diésel, el ministerio ha ejecutado unos "
            "179 millones de quetzales en las primeras dos semanas de la medida."
        ),
    ]
    kept = kept_lines("\n".join([*menu, *body]))
    assert body[0] in kept and body[1] in kept


@pytest.mark.parametrize(
    "line",
    [
        "Wir verwenden Cookies, um Inhalte zu personalisieren. Mit Ihrer Zustimmung helfen Sie uns.",
        "ARTE France et des tiers utilisent des cookies et autres traceurs pour mesurer l'audience.",
        "We and our third party partners use cookies to personalise ads, with your consent.",
        "Ich bin mit der Verarbeitung meiner Daten nach der Datenschutzerklärung einverstanden.",
        "Utilizamos cookies propias y de terceros; al continuar navegando acepta su consentimiento.",
        "Używamy plików cookies; dalsze korzystanie oznacza zgodę na ich zapisywanie.",
        "本网站使用cookie以改善体验，继续浏览即表示您同意我们的隐私政策。",
    ],
    ids=["de", "fr", "en", "de-newsletter", "es", "pl", "zh"],
)
def test_consent_wording_is_told_in_many_languages(line: str):
    assert is_consent_wording(line.lower())


@pytest.mark.parametrize(
    "line",
    [
        "These chocolate chip cookies stay soft in the middle and crisp at the edges for days.",
        "The court ruled that the company had violated the privacy of millions of its users.",
        "Die Bundesregierung will den Datenschutz in Schulen bis zum nächsten Jahr verbessern.",
    ],
    ids=["recipe", "news-privacy", "news-datenschutz"],
)
def test_one_consent_term_in_a_sentence_is_not_consent_wording(line: str):
    assert not is_consent_wording(line.lower())


def test_best_segment_finds_the_highest_total():
    scores = [-35.0, -35.0, 300.0, -15.0, 200.0, -80.0, -80.0, 150.0, -35.0]
    assert best_segment(scores, 0, len(scores) - 1) == (485.0, (2, 4))
    assert best_segment(scores, 5, 8) == (150.0, (7, 7))
    assert best_segment([-1.0, -2.0], 0, 1) is None


@pytest.mark.parametrize(
    "page",
    [
        [*NEWS_MENU, *NEWS_ITEM, *COOKIE_DIALOG],
        ["Startseite", "Über mich", "Archiv", *BLOG_POST, *BLOG_SIDEBAR],
        ["Home", "Recipes", "About", "Contact", *RECIPE, "Share this:", "Facebook", "Pinterest"],
    ],
    ids=["cookie-dialog", "sidebar", "recipe"],
)
def test_stripping_the_result_again_changes_nothing(page: list[str]):
    once = strip_boilerplate("\n".join(page)).text
    assert strip_boilerplate(once).text == once


POST_WITH_SUMMARY = [
    "How to make Python code faster and leaner",
    (
        "I measured the memory and the speed of the data structures Python offers for the same "
        "job, from lists and dictionaries to tuples, named tuples and classes with slots."
    ),
    (
        "Generators cost almost no memory and iterate faster than lists, but only pay off once "
        "the sequence is large; for a handful of items the difference is lost in the noise."
    ),
    (
        "Map and filter beat list comprehensions as long as the result is not turned back into "
        "a list, which is where most of the cost of a comprehension goes."
    ),
    "Conclusion",
    "I know it's a lot of graphs, so I'll summarise them:",
    "Tuples save a bit of memory when replacing lists",
    "Tuples save lots of memory when replacing dictionaries",
    "Generators save memory only for large tuples, but are faster to iterate",
    "Slotted classes save a lot of memory",
    "Namedtuples are better than classes but worse than slotted classes",
    "Map and filter are sometimes faster than comprehensions",
]


def test_the_list_a_sentence_announces_stays_with_the_article():
    page = ["Home", "Blog", "Projects", "About", *POST_WITH_SUMMARY, "Rss", "License: by-nc-sa"]
    kept = kept_lines("\n".join(page))
    assert all(line in kept for line in POST_WITH_SUMMARY[-6:])
    assert "Projects" not in kept
