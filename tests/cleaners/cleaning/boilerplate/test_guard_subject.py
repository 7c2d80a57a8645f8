"""The article guard gives back the page's subject: its description, its data and its lists.

The fixtures (tests/fixtures/boilerplate/subject/) are real scraped lines of three pages the text
path used to destroy, each line with the decision the rules made on the whole page before the
guard ("kept" or the rule's name): a coffee shop's product page whose attributes stand under the
product's headline above the reviews the body finder took, a pet shop's product page whose
description and "Artikeldetails:" list the page rules took, a holiday villa's page whose opening
paragraph stands above its gallery. The menus and the shop chrome around them are the
counter-evidence: they must stay removed.
"""

from __future__ import annotations

from pathlib import Path

from cleaners.cleaning.boilerplate.guard import keep_article
from cleaners.cleaning.boilerplate.lines import measure_line

FIXTURES = Path(__file__).resolve().parents[3] / "fixtures" / "boilerplate" / "subject"


def guarded(name: str) -> dict[str, str | None]:
    """Return each fixture line's decision after the guard, by its text.

    A fixture row is a line as the text path read it (a hard-wrapped paragraph joined).
    """
    rows = [row.split("\t", 1) for row in (FIXTURES / name).read_text().splitlines()]
    lines = [measure_line(i, text) for i, (_, text) in enumerate(rows)]
    decided = [None if rule == "kept" else rule for rule, _ in rows]
    return {line.text: rule for line, rule in zip(lines, keep_article(lines, decided), strict=True)}


def test_a_products_attributes_under_its_headline_come_back():
    decided = guarded("coffee-shop.tsv")
    for line in (
        "Happy Coffee SIDAMO Bio Bohnen",
        "Aroma",
        "Rote Beeren, Zitrusnoten, süßlich, kräftig-würzig",
        "Herkunft",
        "Cooperative Union SCFCU, Sidamo (Äthiopien)",
        "Prozess",
        "Handgepflückt, gewaschen, sonnengetrocknet",
    ):
        assert decided[line] is None, line


def test_the_shop_chrome_around_the_attributes_stays_removed():
    decided = guarded("coffee-shop.tsv")
    for line in (
        "€27.90",
        "inkl. MwSt. zzgl. Versandkosten, Lieferzeit: 1-3 Tage, €27.90",
        "In den Warenkorb",
        "Customer Reviews",
        "Based on 40 reviews",
        "Vorheriges | Nächstes",
    ):
        assert decided[line] is not None, line


def test_a_list_announced_inside_the_body_comes_back():
    decided = guarded("pet-shop.tsv")
    assert decided["zweistöckig"] is None
    assert decided["schnelle und leichte Reinigung durch herausziehbare Kunststoffwanne"] is None
    assert decided["Dach von oben zu öffnen"] is None


def test_a_list_announced_after_the_body_is_left_to_the_list_step():
    # "Trixie Produkt-Sortiment:" announces the shop's category links; no kept prose follows.
    decided = guarded("pet-shop.tsv")
    assert decided["Trixie Kleintierställe"] is not None
    assert decided["Trixie Kleintierfutter"] is not None


def test_the_pet_shops_menu_and_price_stay_removed():
    decided = guarded("pet-shop.tsv")
    for line in (
        "Kleintierheim",
        "97,47 €",
        "inkl. MwSt.",
        "48 PAYBACK Punkte",
        "In den Warenkorb",
    ):
        assert decided[line] is not None, line


def test_a_paragraph_about_the_subject_above_the_body_comes_back():
    decided = guarded("holiday-villa.tsv")
    opening = next(text for text in decided if text.startswith("In Cape Coral gibt es unzählige"))
    assert decided[opening] is None


def test_the_villas_booking_chrome_stays_removed():
    decided = guarded("holiday-villa.tsv")
    for line in ("Villa mieten", "Anfrage senden", "Jetzt buchen", "ab 2400.00 USD"):
        assert decided[line] is not None, line


def test_a_mega_menus_entries_and_taglines_stay_removed():
    # Section names over taglines listed with commas ("Social" / "Community, Content and
    # Strategy") are shaped like labelled values; "Our Services" shares one word with the body.
    decided = guarded("agency-menu.tsv")
    for line in (
        "Social",
        "Community, Content and Strategy",
        "Creative",
        "Social Creative, Production & Design",
        "Our Services",
    ):
        assert decided[line] is not None, line
