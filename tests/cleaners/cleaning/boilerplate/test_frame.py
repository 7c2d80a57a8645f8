"""The position rules look for a page around the article only where the text shows one.

An article text another extractor already cut out of its page (here trafilatura's text of real
news pages, as presswash's HTML path writes it to clean/) keeps its short first and last lines
when it is cleaned again as a .txt file; a scraped page whose header no line rule knows (a
travel blog's site name and tagline above the story) still loses its header.
"""

from cleaners.cleaning.boilerplate import strip_boilerplate
from cleaners.cleaning.boilerplate.frame import has_frame
from cleaners.cleaning.boilerplate.lines import read_lines

PLAGUE = """A case of the bubonic plague was reported in China over the weekend — after two people there were diagnosed with the pneumonic plague last week.

Both diseases are associated with the Black Death pandemic that killed an estimated 25 million people in Europe alone in the 14th Century.

The new patient from Xilingol in Inner Mongolia hunted and ate a wild rabbit on Nov. 5, according to the state-run Xinhua News Agency.

The person, who was not identified, was hospitalized in the county of Huade in north China’s Inner Mongolia Autonomous Region, the news agency said, citing the regional health commission.

A total of 28 people who were in close contact with the patient were put under medical quarantine. No one has shown symptoms such as fever, so far, the commission said.

Authorities say that the cases appear to be unrelated.

With Post wires"""

CAT = """https://www.mysanantonio.com/news/article/Cat-found-in-New-Mexico-after-going-missing-in-14848175.php

Cat found in New Mexico after going missing in Oregon

SANTA FE, N.M. (AP) — A cat who has been missing for five years in Portland, Oregon, has been found in Santa Fe, New Mexico.

The Santa Fe Animal Shelter announced this week that Sasha the black cat was recently found wandering the streets of New Mexico’s capital. Officials said a scan of the cat's microchip revealed that the kitty had traveled more than 1,200 miles (1,931 kilometers) from Oregon.

American Airlines offered to fly the cat to Portland, along with a member of the Santa Fe Animal Shelter. Officials will present the animal to Viktor Usov, the cat’s original owner.

Usov says the family thought they’d never see the cat again."""

TRAVEL_PAGE = """Columbus entdeckt
Die besten Reisegeschichten
Ski-Fahren auf den Spuren des Trolls
Island lockt auch im Winter: Abfahrten über unberührte Hänge. Und noch keine Spur vom Massenskitourismus. Siglufjörður im Norden Islands ist das Zentrum des isländischen Ski-Tourismus. Die Troll-Halbinsel, wie die Gegend auch heißt, ist nach dem letzten Troll benannt, den hier in einer Höhle ein Bauer 1764 erschlagen haben soll. Ein halbes Dutzend Ski-Gebiete gibt es mittlerweile. Das größte in Akureyri hat fünf Lifte.
sueddeutsche.de"""


def test_an_article_text_keeps_its_closing_credit_line():
    stripped = strip_boilerplate(PLAGUE)
    assert stripped.text == PLAGUE and stripped.removed == ()


def test_an_article_text_keeps_its_source_line_and_headline():
    stripped = strip_boilerplate(CAT)
    assert stripped.text == CAT and stripped.removed == ()


def test_a_scraped_page_with_an_unknown_header_loses_the_header():
    stripped = strip_boilerplate(TRAVEL_PAGE)
    taken = {removal.text: removal.rule for removal in stripped.removed}
    assert taken["Columbus entdeckt"] == "page_header"
    assert taken["Die besten Reisegeschichten"] == "page_header"
    assert "Island lockt auch im Winter" in stripped.text


def test_a_frame_is_a_line_rule_match_or_a_run_of_short_lines_above_the_first_paragraph():
    assert has_frame(read_lines(TRAVEL_PAGE), [None] * 5)
    cat = read_lines(CAT)
    assert not has_frame(cat, [None] * len(cat))
    assert has_frame(cat, ["navigation"] + [None] * (len(cat) - 1))


RESTAURANTS = """Die Elbwiesen lagen dunkel und poetisch im Gegenlicht der sich langsam senkenden Sonne. Ich konnte mich nicht daran sattsehen – was für ein Stichwort. Ich brach die Tagträumerei ab, sobald mir klar wurde, dass der Nachmittag schon fortgeschritten war.

Falco

www.falco-leipzig.de

Milchbar Pinguin

www.milch-bar-pinguin.de

Max Enk

www.max-enk.de

Altes Rathaus

www.dasalterathaus-leipzig.de

Schiller-Garten

www.schillergarten.de"""


def test_an_article_text_keeps_its_closing_address_list():
    stripped = strip_boilerplate(RESTAURANTS)
    assert stripped.text == RESTAURANTS and stripped.removed == ()


def test_a_run_of_bare_labels_below_the_article_is_a_footer_menu():
    labels = ["About us", "Contact", "Careers", "Advertise"]
    lines = read_lines("\n".join([*PLAGUE.split("\n\n")[:3], *labels]))
    assert has_frame(lines, [None] * len(lines))
    bullets = read_lines("\n".join([*PLAGUE.split("\n\n")[:3], *(f"- {x}" for x in labels)]))
    assert not has_frame(bullets, [None] * len(bullets))
