"""The article guard keeps articles that are not prose paragraphs (issue 20, item 3).

Whole pages (tests/fixtures/boilerplate/sparse, real scraped text) the text path used to
destroy: a blog post hard-wrapped at 72 columns whose second half is a list of tools between
wrapped paragraphs, a film-swap post of labels and values with no prose at all, a drug
database's entry of one- and two-word fields. The unit tests give the guard the rules'
decisions directly, with real lines of those pages, to check what must stay removed.
"""

from __future__ import annotations

from cleaners.cleaning.boilerplate import strip_boilerplate
from cleaners.cleaning.boilerplate.guard import keep_article
from cleaners.cleaning.boilerplate.lines import read_lines
from tests.cleaners.cleaning.boilerplate.helpers import FIXTURES

SPARSE = FIXTURES / "sparse"


def guarded(texts: list[str], rules: list[str | None]) -> list[str | None]:
    """Return the guard's decisions for raw lines given with the rules' decisions per line."""
    return keep_article(read_lines("\n".join(texts)), rules)


def kept_lines(name: str, language: str) -> list[str]:
    """Return the lines the text path keeps of a fixture page."""
    text = (SPARSE / name).read_text(encoding="utf-8")
    return [line for line in strip_boilerplate(text, language=language).text.splitlines() if line]


# A hard-wrapped blog post: each paragraph is one line spanning several raw lines (but where a
# raw line starts with a bracket: the text path reads two lines there, as it reads the page).
WRAPPED_BODY = [
    "after reading this post I figured I might as well bite the bullet\n"
    "and improve on my CDPATH-related setup, especially because it does not\n"
    "work with Emacs. so i looked around for autojump-related alternatives\n"
    "that do.",
    "This allows me to quickly jump into projects from my home dir, or the\n"
    '"source code" (~/src), "work" (src/tor), or wiki checkouts',
    "(~/wikis) directories. It works well from the shell, but\n"
    "unfortunately it's very static: if I want a new directory, I need to\n"
    "edit my config file, restart shells, etc. It also doesn't work from my\n"
    "text editor.",
    "Those are commandline tools that can be used from a shell, generally\n"
    "with built-in shell integration so that a shell alias will find the\n"
    "right directory magically, usually by keeping track of the directories\n"
    "visited with cd.",
]
TOOLS = ["autojump", "home page", "upstream packaged in Debian", "fasd", "home page"]
WRAPPED_AFTER = (
    "Those projects can be used to track files inside a project or find\n"
    "files around directories, but do not offer the equivalent\n"
    "functionality in the shell."
)
NEXT_POSTS = ["SSH 2FA with Google Authenticator and Yubikey", "Blog.", "Presentation tools"]


def wrapped_page(after: str) -> tuple[list[str], list[str | None]]:
    """Return the post's lines (one per read line) and the rules' decisions on them."""
    texts = [*WRAPPED_BODY, *TOOLS, after, *NEXT_POSTS]
    rules: list[str | None] = [None] * len(WRAPPED_BODY)
    rules += ["page_footer", "navigation", "page_footer", "page_footer", "navigation"]
    rules += ["page_footer"] * (1 + len(NEXT_POSTS))
    return texts, rules


def test_a_hard_wrapped_post_keeps_the_list_between_its_paragraphs():
    assert "Those projects can be used to track files inside a project or find" in kept_lines(
        "anarc-cdpath.txt", "en"
    )
    texts, rules = wrapped_page(WRAPPED_AFTER)
    decided = guarded(texts, rules)
    assert decided[: len(WRAPPED_BODY) + len(TOOLS) + 1] == [None] * (len(WRAPPED_BODY) + 6)
    assert decided[-len(NEXT_POSTS) :] == ["page_footer"] * len(NEXT_POSTS)


def test_a_paragraph_below_a_list_that_is_not_wrapped_like_the_body_stays_out():
    # A teaser's excerpt on one line (an HTML page's paragraph) is not the same file's text.
    texts, rules = wrapped_page(WRAPPED_AFTER.replace("\n", " "))
    assert guarded(texts, rules) == rules


def test_a_wrapped_paragraph_under_a_comments_heading_stays_out():
    texts, rules = wrapped_page(WRAPPED_AFTER)
    texts.insert(len(WRAPPED_BODY) + 2, "Add a comment")
    rules.insert(len(WRAPPED_BODY) + 2, "comment_form")
    assert guarded(texts, rules) == rules


def test_a_wrapped_paragraph_past_a_comment_thread_stays_out():
    # A mailing list's thread is wrapped like the post; what the comments rule took stays out.
    texts, rules = wrapped_page(WRAPPED_AFTER)
    thread = len(WRAPPED_BODY) + 2
    rules[thread : thread + 2] = ["comments", "comments"]
    assert guarded(texts, rules) == rules


def test_an_unwrapped_body_does_not_reach_past_its_list():
    texts, rules = wrapped_page(WRAPPED_AFTER)
    texts[: len(WRAPPED_BODY)] = [paragraph.replace("\n", " ") for paragraph in WRAPPED_BODY]
    assert guarded(texts, rules) == rules


# A post of labels and values: headline, byline, data lines, then the share row.
MENU = ["Filmswap", "Shuji-Walter", "Walter-Oliver", "Vorbereitungen für Film – Swap"]
HEADLINE = "Zusammenarbeit Shuji ./. Walter April 2018 I"
BYLINE = "Posted 11. April 2018 by Walter von Aachen"
DATA = [
    "Standorte",
    "Shuji: Japan.",
    "Walter: Deutschland.",
    "Filmmaterial",
    "Fuji X-TRA 400.",
    "Kameras",
    "Shuji: Widelux.",
    "Walter: PENTAX Z-1 p.",
    "Belichtungsfolge",
    "Shuji.",
    "Walter.",
]
CLOSING = ["Fotostrecke", "Teilen mit:", "Related Posts", "Zusammenarbeit Shuji ./. Walter II"]
CLOSING_RULES = ["media_player", "share_prompt", "related_links", "related_links"]


# The sidebar's tag cloud, which the body finder keeps (a long line: it scores as prose).
TAGS = (
    "Aachen Agfa Vista 400 Australien Berlin Carl Chuck CineStill 800 T Deutschland "
    "Doppelbelichtung Eastman 5222 Filmswap Ft. Wayne Fujifilm X-TRA 400 Fuji Velvia50 Hamburg "
    "Ilford Delta 100 Ilford Delta 3200 Ilford FP4 John U. John W. Jürgen Karlheinz Karlsruhe "
    "Kathryn Kodak Porta 400 Kodak Tri-X Kodak Ultramax 400 Matthew Nikon Nikon FE NIKON FM10 "
    "Oliver PENTAX K1000 PENTAX ME-Super PENTAX MX PENTAX MZ-30 PENTAX Z-1 PENTAX Z-1p RevueFlex "
    "SD-1 Rollei Redbird Shuji Ultrafine Xtreme 100 USA Walter zusammenarbeit"
)


def data_post(opening: list[str]) -> tuple[list[str], list[str | None]]:
    """Return the post's lines and decisions: its share row and related posts taken by their
    wording, the tag cloud kept, everything else taken by position."""
    texts = [*MENU, *opening, *DATA, *CLOSING, "Schlagworte", TAGS]
    rules: list[str | None] = ["page_header"] * (len(MENU) + len(opening) + len(DATA))
    return texts, [*rules, *CLOSING_RULES, "tag_list", None]


def test_a_post_without_prose_keeps_what_lies_between_its_byline_and_share_row():
    kept = kept_lines("swap-stop-shuji.txt", "de")
    assert {"Fuji X-TRA 400.", "Walter: PENTAX Z-1 p.", "Belichtungsfolge"} <= set(kept)
    assert "Teilen mit:" not in kept and "Related Posts" not in kept
    texts, rules = data_post([HEADLINE, BYLINE])
    decided = guarded(texts, rules)
    assert decided[len(MENU) : len(MENU) + 2 + len(DATA)] == [None] * (2 + len(DATA))
    assert decided[: len(MENU)] == ["page_header"] * len(MENU)
    assert decided[len(MENU) + 2 + len(DATA) :] == rules[len(MENU) + 2 + len(DATA) :]


def test_a_headline_without_a_byline_or_a_source_line_opens_nothing():
    texts, rules = data_post([HEADLINE])
    assert guarded(texts, rules) == rules


def test_a_headline_whose_subject_is_not_named_again_opens_nothing():
    texts, rules = data_post([HEADLINE, BYLINE])
    anonymous = [line.replace("Shuji", "S.").replace("Walter", "W.") for line in DATA]
    texts[len(MENU) + 2 : len(MENU) + 2 + len(DATA)] = anonymous
    assert guarded(texts, rules) == rules


def test_a_page_that_keeps_sentences_gets_no_bracket():
    texts, rules = data_post([HEADLINE, BYLINE])
    story = (
        "Die Kameras wurden im April zwischen Aachen und Japan verschickt, und jeder belichtete "
        "den Film ein zweites Mal. Das Ergebnis zeigt Doppelbelichtungen aus zwei Ländern, die "
        "sich auf demselben Negativ überlagern und dabei neue Bilder ergeben. Beide wussten "
        "vorher nicht, was der andere fotografieren würde, und haben die Abzüge erst im Sommer "
        "gesehen."
    )
    assert guarded([story, *texts], [None, *rules]) == [None, *rules]


def test_a_drug_entry_keeps_its_fields_under_its_name_and_not_the_product_list():
    kept = kept_lines("gelbe-liste-chininum.txt", "de")
    assert "Kein Beipackzettel vom Hersteller bereitgestellt" in kept
    assert "Keine Basisinformation zu diesem Präparat verfügbar" in kept
    assert "Gelbe Liste Newsletter" not in kept and "Teilen" not in kept
