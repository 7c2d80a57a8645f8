import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaners.cleaning.whitespace import (
    CHANGED_SPACE_RUN,
    GLUED,
    SPACED,
    WRAPPED,
    has_space_runs,
    joint,
    normalize_whitespace,
    runs_on,
)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Title\nFirst paragraph.\nSecond paragraph.",
            "Title\n\nFirst paragraph.\n\nSecond paragraph.",
        ),
        ("Title\n\n\n\nFirst paragraph.\n\n", "Title\n\nFirst paragraph."),
        (
            "  Details: Russian forces   have experience.\u00a0\n",
            "Details: Russian forces have experience.",
        ),
        ("\ufeff date 2024-10-15\u200b", "date 2024-10-15"),
        ("A\r\nB\rC", "A\n\nB\n\nC"),
        ("\n \t \n", ""),
    ],
    ids=[
        "lines-become-paragraphs",
        "blank-runs",
        "spaces-and-nbsp",
        "invisible-edges",
        "crlf",
        "only-blanks",
    ],
)
def test_paragraphs_are_separated_by_one_blank_line(text, expected):
    assert normalize_whitespace(text) == expected


def test_hard_wrapped_paragraph_keeps_its_lines_together():
    text = (
        "I did Advent of Code again, and had a\nreally good time again. Spoilers.\n"
        "Day 7\nPart 1 screams HashSet to me."
    )
    assert normalize_whitespace(text) == (
        "I did Advent of Code again, and had a\nreally good time again. Spoilers.\n\n"
        "Day 7\n\nPart 1 screams HashSet to me."
    )


@pytest.mark.parametrize(
    "line, following, expected",
    [
        ("I did Advent of Code again, and had a", "really good time again.", True),
        ("Carrying on from where I left off last post, I'll talk about the", "Day 7 puzzle", True),
        (
            "Russia is ‘helping China’ prepare for an invasion of Taiwan",
            "Russia is reportedly allowing China access",
            False,
        ),
        ("The report was released last week.", "and then", False),
        ("Short line", "lower case", False),
    ],
    ids=["lower-case-next", "run-on-word", "headline-then-standfirst", "full-stop", "short"],
)
def test_runs_on_tells_wrapped_lines(line, following, expected):
    assert runs_on(line, following) is expected


def visible(text: str) -> str:
    return "".join(ch for ch in text if not ch.isspace() and ch not in "\u200b\u2060\ufeff")


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_normalizing_is_idempotent_and_only_touches_whitespace(text):
    once = normalize_whitespace(text)
    assert normalize_whitespace(once) == once
    assert visible(once) == visible(text)
    assert "\n\n\n" not in once and once == once.strip()


SPACES = st.sampled_from([" ", "  ", "\t", "\u00a0", "\u2009", "\u3000", "\u200b", "\n", "a", "é"])


@settings(max_examples=300, deadline=None)
@given(st.lists(SPACES, max_size=12).map("".join))
def test_the_cheap_space_run_test_agrees_with_the_pattern(text):
    assert has_space_runs(text) == (CHANGED_SPACE_RUN.search(text) is not None)


# A paragraph as scrapers that write a text node a line copy it (BeautifulSoup's
# get_text("\n", strip=True)): every link starts and ends a line, its comma opens the next one.
NODE_SPLIT = [
    "On Monday, U.S. officials told the",
    "Financial Times",
    ", the",
    "New York Times",
    ", and the",
    "Washington Post",
    "that Russia has asked China for military assistance",
    ".",
]
NODE_JOINED = (
    "On Monday, U.S. officials told the Financial Times, the New York Times, and the Washington "
    "Post that Russia has asked China for military assistance."
)


def test_a_sentence_cut_at_its_links_is_put_back_on_one_line():
    text = "\n".join(["Menu", *NODE_SPLIT, "Related stories"])
    assert normalize_whitespace(text) == f"Menu\n\n{NODE_JOINED}\n\nRelated stories"


@pytest.mark.parametrize(
    "lines, expected",
    [
        # A flattened tag list: a lone comma ends an item and takes no item in.
        (
            ["Topics", "Government and politics", ",", "Legal proceedings", ",", "Diplomacy"],
            "Topics\n\nGovernment and politics,\n\nLegal proceedings,\n\nDiplomacy",
        ),
        # A caption's credit after it, an elision, a definition list, a line of code.
        (
            ["El presidente en la conferencia de prensa", ". Imagen: Télam"],
            "El presidente en la conferencia de prensa\n\n. Imagen: Télam",
        ),
        (["$ cbmctrl dir 8", "..."], "$ cbmctrl dir 8\n\n..."),
        (
            ["Preliminary work", ": Setup management node", ": Setup local DNS"],
            "Preliminary work\n\n: Setup management node\n\n: Setup local DNS",
        ),
        (["return null", "}"], "return null\n\n}"),
        # A menu item's label and a lone stop; a list whose bullets are one-letter words.
        (
            ["Extra Links", "Jekyll", ".", "Liquid", "."],
            "Extra Links\n\nJekyll\n\n.\n\nLiquid\n\n.",
        ),
        (
            ["+ 10 steps to start your business", "+ Plan your business", "o Market research"],
            "+ 10 steps to start your business\n\n+ Plan your business\n\no Market research",
        ),
        # A teaser title in a brand's lower case after a teaser's standfirst.
        (
            [
                "Everything we covered in the final two months, compiled for subscribers",
                "Monthly Playlists",
                "tQ’s Exclusive Monthly Round-Up Playlist: November And December 2021",
            ],
            "Everything we covered in the final two months, compiled for subscribers\n\n"
            "Monthly Playlists\n\n"
            "tQ’s Exclusive Monthly Round-Up Playlist: November And December 2021",
        ),
    ],
    ids=[
        "tag-list",
        "credit",
        "elision",
        "definitions",
        "code",
        "menu-stop",
        "o-bullets",
        "teaser",
    ],
)
def test_lines_that_only_look_cut_stay_apart(lines, expected):
    assert normalize_whitespace("\n".join(lines)) == expected


@pytest.mark.parametrize(
    "line, following, after, expected",
    [
        ("Die wunderschön entspannte Musik stammt von", "Christopher Dallman", ", einem", SPACED),
        ("Christopher Dallman", ", einem jungen Songwriter.", "", GLUED),
        ("Christopher Dallmans Partner ist der Schauspieler", "Joshua Pohja", ".", SPACED),
        (
            "2022 ist eine der beliebtesten Baureihen",
            "3er-Reihe (G20)",
            ". Diverse Prototypen",
            SPACED,
        ),
        (
            "Deshalb finden Sie hier Gründe, weshalb es sich lohnt, das iPhone 13 zu überspringen"
            " und auf das",
            "iPhone 14 (alle aktuellen Gerüchte)",
            "zu warten, dass im September 2022 auf den Markt kommen wird.",
            SPACED,
        ),
        # A list of pros and cons: each item ends on a word a sentence may end with.
        (
            "Fahrwerk bietet guten Gegenhalt und ausreichend Reserven",
            "Flops",
            "kurze Sattelstütze und langes Sitzrohr schränken Bewegungsfreiheit ein",
            None,
        ),
        ("東京都は新しい計画を", "防災センター", "、来年から運用すると発表した。", SPACED),
        ('string recipient = "",', 'string careOf = "",', 'string street1 = "",', None),
        (
            "bei Frost rollen sich die Blütenblätter ein",
            "keine besondere Winterpflege nötig",
            "an frostfreien Tagen ab und zu gießen",
            WRAPPED,  # lines of one paragraph, each on its own line: not one line
        ),
        (
            "Mac OS X Snow Leopard Server 10.6.x",
            "Mac OS X Leopard Server 10.5.x",
            "and many more...",
            None,
        ),
        ("Schlagworte:", "Christopher Dallman", ", Musik", None),
        ("Share this on WhatsApp", "AS - www.autoracing.com.br", "calendario stock car 2018", None),
    ],
    ids=[
        "link",
        "comma",
        "stop",
        "stop-words",
        "lower-case",
        "pros-cons",
        "cjk",
        "code",
        "particle",
        "elision",
        "colon",
        "share",
    ],
)
def test_joint_tells_how_a_cut_sentence_goes_on(line, following, after, expected):
    assert joint(line, following, after) == expected


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [*NODE_SPLIT, "", "Menu", "..", "!", ", and", "; then", "lower case words go on here"]
        ),
        max_size=14,
    )
)
def test_joining_cut_sentences_is_idempotent_and_only_touches_whitespace(lines):
    text = "\n".join(lines)
    once = normalize_whitespace(text)
    assert normalize_whitespace(once) == once
    assert visible(once) == visible(text)


@pytest.mark.parametrize(
    "after, expected",
    [
        ("(SCC) bei den Frauen einen deutlichen Sieg einfuhr,", SPACED),
        ("(beide SCC).", SPACED),
        ("(AP)", None),
        ("(Photo: Reuters)", None),
    ],
    ids=["aside-then-words", "aside-then-stop", "credit", "photo-credit"],
)
def test_an_aside_resumes_a_sentence_only_when_the_sentence_goes_on(after, expected):
    assert joint("Drei von vier Siegen gingen nach Berlin. Während", "Carla Morgenroth", after) == (
        expected
    )
