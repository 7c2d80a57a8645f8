import re._constants
import re._parser

import ftfy
import pytest
from ftfy.badness import is_bad
from hypothesis import example, given, settings
from hypothesis import strategies as st

from cleaners.cleaning.encoding import (
    FTFY_CONFIG,
    FTFY_TRIGGERS,
    MOJIBAKE_CHAR,
    MOJIBAKE_CLASSES,
    fix_encoding,
    fix_markup_encoding,
)
from cleaners.cleaning.ftfy_internals import (
    BADNESS_RE,
    CONTROL_CHARS,
    HTML_ENTITY_RE,
    LIGATURES,
    MOJIBAKE_CATEGORIES,
    WIDTH_MAP,
)

# Real mojibake as it turns up in scraped text (the first is ftfy's own classic, twice encoded).
MOJIBAKE = [
    pytest.param(
        "The Mona Lisa doesnÃ¢â‚¬â„¢t have eyebrows.",
        "The Mona Lisa doesn’t have eyebrows.",
        id="double-utf8-cp1252",
    ),
    pytest.param("Meet me at the cafÃ© at noon.", "Meet me at the café at noon.", id="cafe"),
    pytest.param(
        "Itâ€™s â€œofficialâ€\x9d â€” the councilâ€™s vote passed.",
        "It’s “official” — the council’s vote passed.",
        id="cp1252-quotes-and-dash",
    ),
    pytest.param(
        "Sit up straight â\x80\x93 Just like mom always told you to",
        "Sit up straight – Just like mom always told you to",
        id="latin1-c1-controls",
    ),
    pytest.param(
        "If youâ\x80\x99re using two screens, ensure your main screen is placed directly in front",
        "If you’re using two screens, ensure your main screen is placed directly in front",
        id="logitech-page",
    ),
    pytest.param("Ã  la carte, SÃ£o Paulo, MÃ¼nchen", "à la carte, São Paulo, München", id="latin"),
    pytest.param("Ð\x9cÐ¾Ñ\x81ÐºÐ²Ð° â€” Ñ\x81Ñ‚Ð¾Ð»Ð¸Ñ†Ð°", "Москва — столица", id="cyrillic"),
]


@pytest.mark.parametrize("damaged, repaired", MOJIBAKE)
def test_mojibake_is_repaired(damaged, repaired):
    assert fix_encoding(damaged) == repaired


@pytest.mark.parametrize(
    "escaped, text",
    [
        ("Tom &amp; Jerry", "Tom & Jerry"),
        ("The mayor&#8217;s office said &quot;no&quot;.", 'The mayor’s office said "no".'),
        ("Price:&nbsp;5&nbsp;&euro;", "Price:\xa05\xa0€"),
        ("Read &amp;lt;more&amp;gt; below", "Read <more> below"),
        ("if a &lt; b then", "if a < b then"),
    ],
    ids=["amp", "numeric-and-quot", "nbsp-euro", "double-escaped", "lt"],
)
def test_html_entities_are_unescaped(escaped, text):
    assert fix_encoding(escaped) == text


@pytest.mark.parametrize(
    "dirty, clean",
    [
        ("Breaking\x00 news\x00 today", "Breaking news today"),
        ("Bell\x07 and\x1b[31m red\x1b[0m", "Bell and red"),
        (
            "line one\r\nline two\rline three\u2028line four",
            "line one\nline two\nline three\nline four",
        ),
        ("The ﬁnal ﬂight", "The final flight"),
        ("ＰＲＥＳＳ ＲＥＬＥＡＳＥ", "PRESS RELEASE"),
        ("Cafe\u0301 cre\u0300me", "Café crème"),
    ],
    ids=["nul", "controls-and-terminal-escapes", "line-breaks", "ligatures", "fullwidth", "nfc"],
)
def test_control_characters_and_odd_forms_are_cleaned(dirty, clean):
    assert fix_encoding(dirty) == clean


@pytest.mark.parametrize(
    "text",
    [
        "Russia is ‘helping China’ prepare for an invasion of Taiwan",
        "Xi Jinping has directed China’s forces to be “ready to militarily seize Taiwan by 2027,”",
        "Die Bürger der Stadt Köln müssen ab Montag höhere Gebühren zahlen.",
        "Le café était fermé ; « Où êtes-vous ? » — São Paulo, Ñuñoa, Ærøskøbing",
        "Москва — столица России. 東京は日本の首都です。 서울은 수도이다. 🎉",
        "A&B Corp; R&D; AT&T said prices rose 5% — see “Q&A”.",
        "",
    ],
    ids=[
        "curly-quotes",
        "quote-in-quote",
        "german",
        "latin-mix",
        "scripts-and-emoji",
        "ampersands",
        "empty",
    ],
)
def test_clean_text_is_left_unchanged(text):
    assert fix_encoding(text) == text


@pytest.mark.parametrize("damaged, repaired", MOJIBAKE)
def test_repair_is_idempotent(damaged, repaired):
    assert fix_encoding(fix_encoding(damaged)) == fix_encoding(damaged)


DAMAGE = st.sampled_from(
    ["â€™", "Ã©", "Ã¢â‚¬â„¢", "&amp;", "&#8217;", "&amp;lt;", "Â\xa0", "\x00", "\r\n", "\x85",
     "\x80", "ﬁ", "ｗ", "e\u0301", "\ud800", "\x1b[0m", "’", "é", " ", "\n", "word"]
)  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(st.one_of(st.text(), st.lists(DAMAGE, max_size=30).map("".join)))
def test_fix_encoding_never_raises_and_is_idempotent(text):
    fixed = fix_encoding(text)
    assert fix_encoding(fixed) == fixed


# Pieces of lines next to what ftfy acts on: "&" in and out of an entity's shape, mojibake at a
# line's start ("Ã " is bad there only), accents and NFD forms, on several lines.
LINE_PIECES = st.sampled_from(
    ["&", "&amp;", "&amp", "& ", "&#39;", "&#x2019;", "&nbsp;", "&NTILDE;", "&nTILDE;", "&c;",
     "AT&T", "R&D;", "Q&A", "&&", ";", "#", "x", "é", "e\u0301", "â€™", "Ã ", "Â ", "Ã", " ",
     "\n", "\n\n", "word", "Köln", "“", "—"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(LINE_PIECES, max_size=20).map("".join))
@example("Menu;\nÃ la carte")  # bad only at its line's start, after a line not ending in a letter
def test_lines_skipped_are_lines_ftfy_leaves_unchanged(text):
    # The cheap gates only skip ftfy where ftfy would change nothing ("&" outside an entity's
    # shape: "AT&T", "R&D;").
    assert fix_encoding(text) == "\n".join(map(ftfy_until_stable, text.split("\n")))


def ftfy_until_stable(line: str) -> str:
    """Return what ftfy makes of a line, fixed until it no longer changes."""
    while (fixed := ftfy.fix_text(line, FTFY_CONFIG)) != line:
        line = fixed
    return line


def test_markup_mojibake_is_repaired_and_entities_stay_escaped():
    html = "<p>weâ\x80\x99ve narrowed it down &lt;b&gt; to 4\xa0</p>\n<p>Â\xa0Pricing</p>"
    assert fix_markup_encoding(html) == (
        "<p>we’ve narrowed it down &lt;b&gt; to 4\xa0</p>\n<p>\xa0Pricing</p>"
    )


def test_markup_without_fragile_mojibake_is_returned_as_is():
    html = "<p>Itâ€™s fine to fix later &amp; cheaper</p>"
    assert fix_markup_encoding(html) is html


def test_every_alternative_of_the_badness_pattern_needs_a_mojibake_character():
    # `is_bad` is only asked about lines holding a MOJIBAKE_CHAR: each alternative of ftfy's
    # pattern must require a character (a class or literal outside any repeat) that it holds.
    ((branch_op, (_, alternatives)),) = re._parser.parse(BADNESS_RE.pattern, BADNESS_RE.flags)
    assert branch_op is re._constants.BRANCH
    for alternative in alternatives:
        required = [chars for chars in map(required_chars, alternative) if chars]
        assert any(all(MOJIBAKE_CHAR.fullmatch(char) for char in chars) for chars in required), (
            alternative
        )


def required_chars(item: tuple) -> set[str] | None:
    """Return the characters a parsed pattern item matches one of, if it is a plain class."""
    op, argument = item
    if op is re._constants.LITERAL:
        return {chr(argument)}
    if op is not re._constants.IN:
        return None
    chars: set[str] = set()
    for member, value in argument:
        if member is re._constants.LITERAL:
            chars.add(chr(value))
        elif member is re._constants.RANGE:
            chars.update(map(chr, range(value[0], value[1] + 1)))
        else:  # a negated class or a category (\s, \w): not a plain set
            return None
    return chars


@pytest.mark.parametrize(
    "line, bad",
    [
        ("Dow Jones Risk & Compliance", False),
        ("Die Bürger der Stadt Köln müssen ab Montag höhere Gebühren zahlen.", False),
        ("Москва — столица России", False),
        ("The Mona Lisa doesnÃ¢â‚¬â„¢t have eyebrows.", True),
        ("Ð\x9cÐ¾Ñ\x81ÐºÐ²Ð° â€” Ñ\x81Ñ‚Ð¾Ð»Ð¸Ñ†Ð°", True),
    ],
    ids=["ampersand", "german", "russian", "double-utf8", "cyrillic-mojibake"],
)
def test_bad_lines_hold_a_mojibake_character(line, bad):
    assert is_bad(line) is bad
    if bad:
        assert MOJIBAKE_CHAR.search(line) is not None


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "â€™",
                "Ã©",
                "Ã ",
                "Â ",
                "вЂ",
                "‚Ä",
                "Ã¢â‚¬",
                "Ð¾",
                "é",
                "ü",
                "“",
                "”",
                "’",
                "—",
                "•",
                "&",
                "Москва",
                "В",
                "Γ",
                "ΞΟ",
                "北京",
                " ",
                "a",
                "A",
                "1",
                ".",
                ",",
                "×²",
                "√±",
                "≈°",
            ]
        ),
        max_size=12,
    ).map("".join)
)
def test_is_bad_only_finds_lines_with_a_mojibake_character(line):
    assert not is_bad(line) or MOJIBAKE_CHAR.search(line) is not None


# The ftfy internals presswash leans on (cleaners/cleaning/ftfy_internals.py), pinned by what ftfy
# itself does with them: a new ftfy that moves or changes them fails here, not silently.
def test_ftfy_internal_tables_name_what_fix_text_changes():
    for table in (CONTROL_CHARS, LIGATURES, WIDTH_MAP):
        for code in sorted(table)[:: max(1, len(table) // 40)]:
            line = f"Breaking news{chr(code)}today"
            assert ftfy.fix_text(line, FTFY_CONFIG) != line, hex(code)
            assert FTFY_TRIGGERS.search(line)


@pytest.mark.parametrize(
    "line, entity",
    [("Tom &amp; Jerry", True), ("the mayor&#8217;s office", True), ("AT&T and Q&A", False)],
    ids=["named", "numeric", "bare-ampersands"],
)
def test_ftfy_entity_pattern_matches_the_entities_fix_text_unescapes(line, entity):
    assert bool(HTML_ENTITY_RE.search(line)) is entity
    assert (ftfy.fix_text(line, FTFY_CONFIG) != line) is entity


def test_ftfy_mojibake_classes_presswash_names_exist_and_are_what_is_bad_looks_for():
    assert set(MOJIBAKE_CLASSES) <= set(MOJIBAKE_CATEGORIES)
    assert is_bad("The Mona Lisa doesnÃ¢â‚¬â„¢t have eyebrows.")
    assert BADNESS_RE.search("cafÃ© au lait")
