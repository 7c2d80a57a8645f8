"""Junk the text path used to keep (trafilatura-eval-dev), and article sentences like it."""

from __future__ import annotations

import pytest

from cleaners.cleaning.boilerplate import strip_boilerplate

from .helpers import ARTICLE, removals, rule_of, with_lines

# Real scraped lines, each with the rule that now removes it.
JUNK = [
    ("Roman Prymula, photo: Archives du Gouvernement tchèque", "photo_credit"),
    ("Crédits photos : Bestimage", "photo_credit"),
    (". Imagen: Télam", "photo_credit"),
    ("picture alliance | Andrew Milligan", "photo_credit"),
    ("Cyber-Attacken nehmen weiter zu. – © Sergey Nivens – stock.adobe.com", "photo_credit"),
    (
        "Im Spessart gibt es so viel zu erleben, wie hier an den Hirschbornteichen bei Bad "
        "Soden-Salmünster - Fotos: Moritz Pappert",
        "photo_credit",
    ),
    ("Sesiona IV Pleno del Comité Central del Partido. Foto: Estudios Revolución", "photo_credit"),
    (
        "Please understand that comments are moderated and it is not always possible to publish "
        "all that have been submitted.",
        "comment_form",
    ),
    (
        "We ask that comments are civil and free of libellous or hateful material. Also please "
        "stick to the topic under discussion.",
        "comment_form",
    ),
    ("Please enable JavaScript to view the comments powered by Disqus.", "comment_form"),
    ("You must be logged in to leave a comment. Not a member? Register now!", "comment_form"),
    (
        "To view the full story, please subscribe to The Haitian Times. You can choose a $60 "
        "Annual Subscription or a $5 Weekly Pass.",
        "paywall_prompt",
    ),
    ("Instant access to the full article PDF.", "paywall_prompt"),
    ("POPSUGAR Would Like To Send You Push Notifications.", "newsletter_promo"),
    (
        "Join the hundreds of developers who get new code, writing, and interesting programming "
        "links delivered to their inboxes every week.",
        "newsletter_promo",
    ),
    ("We rely on your support to make local news available to all", "donation_appeal"),
    (
        "If you enjoyed reading this post – would you consider supporting our work? Just click "
        "here. Thanks!",
        "donation_appeal",
    ),
    (
        "Letzte Aktualisierung am 2.02.2022 / Bei den Verlinkungen handelt es sich um Affiliate "
        "Links / Bilder von der Amazon Product Advertising API",
        "affiliate_disclosure",
    ),
    (
        "Disclaimer (varies based on content, section, category, etc.): News articles on this "
        "site may contain opinions of the author.",
        "legal_notice",
    ),
    (
        "Editorial Disclaimer: Opinions expressed here are the author’s alone, not those of any "
        "bank, credit card issuer, airlines or hotel chain.",
        "legal_notice",
    ),
    (
        "We want to hear what you think about this article. Submit a letter to the editor or "
        "write to letters@theatlantic.com.",
        "comment_form",
    ),
]
JUNK_IDS = [
    "photo-fr",
    "credits-fr",
    "imagen-es",
    "agency-first",
    "stock-site",
    "fotos-de",
    "foto-es",
    "moderated",
    "civil",
    "disqus",
    "log-in",
    "paywall-story",
    "paywall-pdf",
    "push",
    "their-inboxes",
    "rely-on-support",
    "consider-supporting",
    "amazon-api",
    "disclaimer",
    "editorial-disclaimer",
    "letters",
]


@pytest.mark.parametrize("line, rule", JUNK, ids=JUNK_IDS)
def test_kept_junk_line_is_removed_with_its_rule(line, rule):
    assert rule_of(line) == rule
    assert removals(with_lines(line)) == {line: rule}


@pytest.mark.parametrize("line, rule", JUNK, ids=JUNK_IDS)
def test_removing_kept_junk_is_idempotent(line, rule):
    once = strip_boilerplate(with_lines(line)).text
    assert strip_boilerplate(once).text == once


# Article sentences in several languages that share a word or a shape with the junk above.
SENTENCES = [
    "Er zeigte uns ein Bild: Die Kinder spielten im Garten und lachten laut.",
    "Das Foto zeigt den Minister bei seiner Ankunft in Prag am Dienstagabend.",
    "La photo, prise en 1944, montre les soldats débarquant sur la plage d'Omaha.",
    "La imagen del satélite muestra el avance del incendio hacia el norte de la provincia.",
    "The forum said comments are moderated by a team of volunteers in three countries.",
    "Readers left more than 4,000 comments under the story within a day.",
    "The publisher said subscribers would get full access to the archive from March.",
    "The app will send notifications when the river rises above the warning level.",
    "The charity relies on donations from about 12,000 supporters, its director said.",
    "Amazon changed the terms of its affiliate programme for German publishers in 2020.",
    "The disclaimer on the label did not mention the risk to children, the court found.",
]
SENTENCE_IDS = [
    "de-bild",
    "de-foto",
    "fr-photo",
    "es-imagen",
    "en-moderated",
    "en-comments",
    "en-subscribers",
    "en-notifications",
    "en-donations",
    "en-affiliate",
    "en-disclaimer",
]


@pytest.mark.parametrize("sentence", SENTENCES, ids=SENTENCE_IDS)
def test_article_sentence_like_the_junk_stays(sentence):
    assert rule_of(sentence) is None
    assert removals(with_lines(sentence)) == {}


def test_author_bio_with_an_academic_role_closes_the_article():
    bio = (
        "Ganesh Sitaraman is a professor at Vanderbilt Law School and the author of The Great "
        "Democracy: How to Fix Our Politics, Unrig the Economy, and Unite America."
    )
    assert removals("\n".join([*ARTICLE, bio])) == {bio: "author_bio"}


# Previous/next-article links as scrapers flatten them (lokalo.de, eurosport.de, a recipe blog).
PAGERS = [
    [
        "Vorheriger Artikel++ Wetter in der Region: Aussichten bis Freitag mild, aber "
        "ungemütlich ++",
        "Nächster ArtikelFDP-Landes- und Kommunalpolitiker stellen Bundes-Ampel infrage – sieben "
        "aus RLP",
    ],
    [
        "Previous Post: « Mixed Seafood Risotto with Saffron",
        "Next Post: Passion Fruit Thumbprint Cookies »",
    ],
    ["Vorheriger ArtikelDie Lyrikerin Lisa Jeschke im Gespräch"],
]


@pytest.mark.parametrize("pager", PAGERS, ids=["de-pair", "en-pair", "de-glued"])
def test_previous_and_next_links_go_as_read_more_links(pager):
    text = "\n".join([*ARTICLE, *pager])
    assert removals(text) == dict.fromkeys(pager, "read_more_link")
    once = strip_boilerplate(text).text
    assert strip_boilerplate(once).text == once


# A menu label opening a line of the article is not a pager: alone, spaced, or a sentence.
NOT_PAGERS = [
    "Mein Konto wurde gehackt und die Bank reagierte erst nach drei Wochen",
    "Read more about the decision in the court's published judgment.",
    "Über uns hinweg flogen die Flugzeuge der Luftwaffe in Richtung Osten.",
]


@pytest.mark.parametrize("line", NOT_PAGERS, ids=["de-label", "en-sentence", "de-sentence"])
def test_line_opening_with_a_menu_label_stays(line):
    assert removals(with_lines(line)) == {}


# A promo's taglines speak to the reader in the document's language (jagdleben.de, hausinfo.ch).
PROMO_BLOCKS = [
    [
        "Newsletter",
        "Melden Sie sich jetzt für den PIRSCH Newsletter an! Er wird Ihnen kostenlos zugestellt.",
    ],
    ["Wünschen Sie sich mehr Tipps rund ums Wohnen?", "Jetzt abonnieren"],
    ["Newsletter", "Recevez chaque matin l'essentiel de l'actualité dans votre boîte mail."],
]


@pytest.mark.parametrize("block", PROMO_BLOCKS, ids=["de-sie", "de-question", "fr-votre"])
def test_promo_copy_addressed_to_the_reader_goes_with_its_promo(block):
    removed = removals(with_lines(*block))
    assert removed == dict.fromkeys(block, "newsletter_promo")


def test_sentence_about_readers_next_to_a_promo_stays():
    sentence = "Die Zeitung hat nach eigenen Angaben 40.000 Leser in der Region."
    assert removals(with_lines("Newsletter", sentence)) == {"Newsletter": "newsletter_promo"}


# Meta rows: a date with a section or an author between pipes (ditb.de, rosalux.de,
# handwerksblatt.de).
@pytest.mark.parametrize(
    "row",
    ["2021-10-16 | Botschaft", "30. Oktober 2019 | Markus Euskirchen", "Politik | Januar 2022"],
    ids=["iso-section", "de-author", "section-month"],
)
def test_date_with_a_label_is_a_date_line(row):
    assert rule_of(row) == "date_line"


# Table rows with a date keep their cells: figures, scores and longer rows are data.
@pytest.mark.parametrize(
    "row",
    [
        "12. März 2022 | 3:1 | Bayern München",
        "Mai 2021 | 45 % | Steigerung",
        "2019 | Umsatz in Mio. Euro | 12,4 | 13,1",
        "Republished from The Week | January 14, 2026",
    ],
    ids=["score", "percent", "figures", "provenance"],
)
def test_table_row_with_a_date_is_not_a_date_line(row):
    assert rule_of(row) is None


# Short lines that speak to the reader about the newsletter, in languages that borrowed the word.
@pytest.mark.parametrize(
    "line",
    [
        "Vous êtes inscrit à la newsletter !",
        "Abonniere den Amnesty-Newsletter und mach dich für die Menschenrechte stark!",
        "Pssst! Kennst du schon unseren Newsletter?",
        "Möchten Sie unseren Newsletter erhalten?",
    ],
    ids=["fr-confirmed", "de-dich", "de-du", "de-sie"],
)
def test_newsletter_note_to_the_reader_goes(line):
    assert rule_of(line) == "newsletter_promo"


@pytest.mark.parametrize(
    "sentence",
    [
        "Der Newsletter des Ministeriums erscheint seit 2019 jeden Monat.",
        "La newsletter du ministère a été envoyée à 40 000 abonnés.",
        "Die Verlage schicken ihre Newsletter inzwischen auch am Wochenende.",
    ],
    ids=["de", "fr", "de-ihre"],
)
def test_sentence_about_a_newsletter_stays(sentence):
    assert rule_of(sentence) is None
    assert removals(with_lines(sentence)) == {}
