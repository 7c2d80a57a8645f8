import pytest
from lxml import html as lxml_html

from cleaners.reading.visible import (
    Block,
    TextIndex,
    block_words,
    fill_gaps,
    interior_loss,
    is_link_list,
    locate_blocks,
    lost_lead,
    read_blocks,
    words,
)

# A trimmed real article page (rt.com, aeb-dev): menu, headline, body, a script in the body, an
# HTML comment between paragraphs and a related-stories list.
PAGE = """<html><head><title>Bolivia</title><style>p { color: red }</style></head><body>
<nav><ul><li><a href="/news">News</a></li><li><a href="/op-ed">Op-ed</a></li></ul></nav>
<h1>‘He died in my hands’: 3 pro-Morales demonstrators killed</h1>
<p>Bolivia’s public defender’s office said another 30 people had been injured in the clashes
near the <b>Senkata</b> fuel plant.</p><script>track("view")</script><!-- ad slot -->
<p>Public Ombudsman Nadia Cruz’s office said <a href="/x">the deaths</a> must be investigated.</p>
<div class="related"><a href="/1">Morales says he will return to Bolivia</a></div>
</body></html>"""


def blocks_of(page: str) -> list[Block]:
    return read_blocks(lxml_html.document_fromstring(page).find("body"))


def test_blocks_are_the_visible_text_one_block_each_in_page_order():
    assert [block.text for block in blocks_of(PAGE)] == [
        "News",
        "Op-ed",
        "‘He died in my hands’: 3 pro-Morales demonstrators killed",
        (
            "Bolivia’s public defender’s office said another 30 people had been injured in the"
            " clashes near the Senkata fuel plant."
        ),
        "Public Ombudsman Nadia Cruz’s office said the deaths must be investigated.",
        "Morales says he will return to Bolivia",
    ]


def test_link_text_is_measured_and_link_lists_told_from_prose():
    blocks = blocks_of(PAGE)
    assert blocks[4].link_chars == len("the deaths")
    assert [is_link_list(block) for block in blocks] == [True, True, False, False, False, True]


def test_an_element_after_a_skipped_one_keeps_its_tail_once():
    page = "<html><body><p>Before<script>x()</script> after the script.</p></body></html>"
    assert [block.text for block in blocks_of(page)] == ["Before after the script."]


BODY = [
    "Bolivia’s public defender’s office said another 30 people had been injured",
    "Public Ombudsman Nadia Cruz’s office said the deaths must be investigated.",
]


@pytest.mark.parametrize(
    "text, found",
    [
        ("\n".join(BODY), True),
        # trafilatura joins or splits lines, and trims a block's ends: most triples still match.
        (" ".join(BODY), True),
        ("Bolivia’s public defender’s office said another 30 people\nhad been injured", True),
        ("Public Ombudsman Nadia Cruz’s office said the deaths must be investigated.", False),
    ],
    ids=["lines", "joined", "split", "absent"],
)
def test_a_block_is_held_when_most_of_its_word_triples_are(text, found):
    assert (TextIndex(text).locate(BODY[0]) is not None) is found


def test_a_short_block_is_held_only_as_a_whole_line():
    index = TextIndex("News\nThe news agency reported it on Monday.")
    assert index.locate("News") == 0
    assert index.locate("Op-ed") is None
    assert index.locate("— | —") is None


def test_interior_loss_counts_prose_between_the_first_and_last_blocks_held():
    blocks = [
        Block("Home", 4),
        Block("First paragraph of the story, about the budget vote.", 0),
        Block("A list item the precise extraction dropped from the middle.", 0),
        Block("Related story", 13),
        Block("Last paragraph of the story, about the next meeting.", 0),
        Block("Footer text that no extraction keeps anywhere at all.", 0),
    ]
    held = locate_blocks(blocks, f"{blocks[1].text}\n{blocks[4].text}")
    assert held == [False, True, False, False, True, False]
    assert interior_loss(blocks, held) == len(blocks[2].text)
    assert interior_loss(blocks, [False] * len(blocks)) == 0


PRECISE = (
    "Use the Healthy Eating Plate as a guide for creating healthy, balanced meals.\n"
    "The main message of the Healthy Eating Plate is to focus on diet quality:\n"
    "Permissions for Use"
)
FULLER = (
    "More from the Nutrition Source\n"
    "Use the Healthy Eating Plate as a guide for creating healthy, balanced meals.\n"
    "Make most of your meal vegetables and fruits – ½ of your plate.\n"
    "Go for whole grains – ¼ of your plate.\n"
    "The main message of the Healthy Eating Plate is to focus on diet quality:\n"
    "Read our latest stories\n"
    "Permissions for Use\n"
    "Akbaraly TN, Ferrie JE, Berr C. Adherence to dietary recommendations and mortality."
)


def test_fill_gaps_puts_back_the_fuller_lines_between_held_lines_only():
    filled = fill_gaps(PRECISE, FULLER, frozenset({"Read our latest stories"}))
    assert filled.split("\n") == [
        "Use the Healthy Eating Plate as a guide for creating healthy, balanced meals.",
        "Make most of your meal vegetables and fruits – ½ of your plate.",
        "Go for whole grains – ¼ of your plate.",
        "The main message of the Healthy Eating Plate is to focus on diet quality:",
        "Permissions for Use",
    ]


def test_fill_gaps_leaves_a_text_without_gaps_unchanged():
    assert fill_gaps(PRECISE, PRECISE, frozenset()) == PRECISE
    assert (
        fill_gaps(PRECISE, "Nothing in common with the article text here.", frozenset()) == PRECISE
    )


def test_a_short_table_cell_is_held_by_the_row_trafilatura_writes():
    index = TextIndex("| 1 | Felipe Fraga | 1:21.345 |\n| 2 | Daniel Serra | 1:21.456 |")
    assert index.locate("Daniel Serra") == 1
    assert index.locate("Rubens Barrichello") is None


def test_soft_hyphens_neither_split_words_nor_reach_the_block_text():
    # A real line (steinzeitwissen.de, archived): trafilatura writes it without its soft hyphens.
    page = "<html><body><p>Es be\xadste\xadhen mar\xadkante Un\xadter\xadschiede</p></body></html>"
    (block,) = blocks_of(page)
    assert block.text == "Es bestehen markante Unterschiede"
    assert (
        TextIndex("Es bestehen markante Unterschiede").locate("Es be\xadste\xadhen markante") == 0
    )


# Real lines (fitforfun.de, trafilatura's evaluation set): precision mode cut the lead paragraph
# that sits in the page's header; the default extraction has it after the page URL and before
# the first paragraph both hold.
LEAD = (
    "Schon länger ist bekannt: Der Darm beeinflusst unsere Psyche. Forschende in den USA fanden "
    "in einer Studie nun sogar heraus, dass bestimmte Lebensmittel die Symptome einer sozialen "
    "Phobie lindern können."
)
ARTICLE = (
    "Menschen, die eine soziale Phobie haben, fühlen sich in großen Menschenmengen oft unwohl.\n"
    "Bestimmte Lebensmittel wirken sich positiv auf die Psyche aus"
)


def test_fill_gaps_puts_back_a_cut_lead_paragraph_but_not_the_headline_before_it():
    fuller = f"Soziale Ängste: zwei Lebensmittel helfen\nhttps://www.fitforfun.de/news/x.html\n{LEAD}\n{ARTICLE}"
    assert fill_gaps(ARTICLE, fuller, frozenset()).split("\n") == [LEAD, *ARTICLE.split("\n")]


def test_lost_lead_is_prose_just_before_the_first_block_held():
    blocks = [
        Block("Soziale Ängste: zwei Lebensmittel helfen", 0),
        Block(LEAD, 0),
        *(Block(line, 0) for line in ARTICLE.split("\n")),
    ]
    held = locate_blocks(blocks, ARTICLE)
    assert held == [False, False, True, True]
    assert lost_lead(blocks, held)
    assert not lost_lead(blocks, locate_blocks(blocks, f"{LEAD}\n{ARTICLE}"))
    # A teaser link of as many words is not a lead.
    assert not lost_lead([Block(LEAD, len(LEAD)), *blocks[2:]], [False, True, True])


# A real sentence (gala.fr) whose inline link precision mode cut: the default extraction's
# wording replaces it; a line the fuller extraction merely rewords is left alone.
CUT = (
    'Qualifié de "gourou de la majorité"Parisien ce 8 décembre, le haut-commissaire sait '
    "entretenir ses rapports, même lorsqu'il n'est pas toujours apprécié."
)
WHOLE = (
    'Qualifié de "gourou de la majorité"par un dirigeant de LREM dans un portrait du Parisien '
    "ce 8 décembre, le haut-commissaire sait entretenir ses rapports, même lorsqu'il n'est pas "
    "toujours apprécié."
)


def test_fill_gaps_takes_the_fuller_wording_of_a_sentence_precision_mode_cut():
    assert fill_gaps(CUT, WHOLE, frozenset()) == WHOLE
    reworded = CUT.replace("sait entretenir", "entretient bien")
    assert fill_gaps(CUT, reworded, frozenset()) == CUT


def test_blocks_located_with_their_words_computed_once_are_located_the_same():
    blocks = blocks_of(PAGE)
    text = f"{blocks[2].text}\n{blocks[3].text}"
    assert locate_blocks(blocks, text, block_words(blocks)) == locate_blocks(blocks, text)
    assert [len(found) for found in block_words(blocks)] == [len(words(b.text)) for b in blocks]


def test_fill_gaps_neither_rewords_a_table_row_nor_repeats_lines_a_fuller_text_joined():
    # A real comparison table (wcxb-dev) and the default extraction's list heading of a product.
    row = "|  | Bonavita 5-Cup Coffee Maker |  |  |  |"
    assert fill_gaps(row, "6. Bonavita 5-Cup Coffee Maker", frozenset()) == row
    # Two lines of the text that the fuller extraction runs into one are not a longer wording.
    first, second = WHOLE.split(" dans un portrait ")
    text = f"{first}\ndans un portrait {second}"
    assert fill_gaps(text, WHOLE, frozenset()) == text
