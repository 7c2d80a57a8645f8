import re

import numpy as np
import pytest

from cleaners.overlap.tokens import mix64, mix64_inplace, word_hashes

PINNED_TAIWAN = 10133086295581691930

# Real lines from the sample articles: curly quotes, an accent, a hyphen, digits, "U.S.".
SNIPPETS = {
    "curly-quotes": "Russia is ‘helping China’ prepare for an invasion of Taiwan",
    "accent": "Delcy Rodríguez: Maduro’s second in command now running Venezuela",
    "hyphen-digits": "‘Growing military-industrial cooperation’, “seize Taiwan by 2027,”",
    "abbreviation": "On Monday, U.S. officials told the Financial Times",
}


@pytest.mark.parametrize("text", SNIPPETS.values(), ids=SNIPPETS.keys())
def test_words_split_like_regex_word_runs(text):
    expected = np.concatenate([word_hashes(w).hashes for w in re.findall(r"\w+", text)])
    assert np.array_equal(word_hashes(text).hashes, expected)


def test_hashes_ignore_case_and_line_wrapping():
    assert np.array_equal(
        word_hashes("Taiwan INVASION soon").hashes, word_hashes("taiwan\ninvasion   Soon").hashes
    )


def test_hashes_are_pinned_across_processes():
    # Persisted indexes compare today's hashes with earlier runs': a change here needs a new
    # index format version (cleaners/overlap_index.py FORMAT).
    assert int(word_hashes("Taiwan").hashes[0]) == PINNED_TAIWAN


def test_capitalised_marks_names_and_numbers():
    words = word_hashes("Belousov met Dong Jun on 14 October")
    assert words.capitalised.tolist() == [True, False, True, True, False, True, True]


def test_emoji_and_punctuation_split_words():
    assert len(word_hashes("fire🔥sale").hashes) == 2
    assert len(word_hashes(" -- … ").hashes) == 0


def test_starts_are_word_offsets():
    assert word_hashes("  ISW: naval drills").starts.tolist() == [2, 7, 13]


# Accents, Greek capitals (final sigma), a dotted capital I (lower() lengthens the text, so only
# digits mark capitals), an emoji between words: pinned as the first implementation hashed them.
MIXED = "Delcy Rodríguez met Ξ ΣΟΦΟΣ in İzmir on 14 October 🔥 2027"
MIXED_HASHES = [
    11269289648849298479,
    2059307623777562287,
    9638748294587293715,
    3532458540290501190,
    2263472581950186848,
    8492740570634192351,
    9049286184365063880,
    12817921430301888414,
    12217453533821372827,
    14047628251261448609,
    1154288806304756362,
    15451992770757505017,
]


def test_mixed_script_words_are_pinned():
    words = word_hashes(MIXED)
    assert words.hashes.tolist() == MIXED_HASHES
    assert words.lengths.tolist() == [5, 9, 3, 1, 5, 2, 1, 4, 2, 2, 7, 4]
    assert words.starts.tolist() == [0, 6, 16, 20, 22, 28, 31, 33, 38, 41, 44, 54]
    assert words.capitalised.tolist() == [False] * 9 + [True, False, True]


@pytest.mark.parametrize(
    "text, count",
    [("Bold 𝐁𝐨𝐥𝐝 text", 2), ("snake_case_name", 1), ("x\u00a0y\u200bz", 3)],
    ids=["letters-beyond-the-plane", "underscore", "invisible-separators"],
)
def test_word_characters_are_those_of_the_basic_plane(text, count):
    assert len(word_hashes(text).hashes) == count


def test_digits_and_capitals_mark_words_but_punctuation_does_not():
    words = word_hashes("_tag #1 9am (Kyiv) zero")
    assert words.capitalised.tolist() == [False, True, True, True, False]


def test_mix64_keeps_its_input_and_matches_the_in_place_mix():
    values = word_hashes("Taiwan braces for drills").hashes
    kept = values.copy()
    mixed = mix64(values)
    assert np.array_equal(values, kept) and not np.array_equal(mixed, values)
    assert np.array_equal(mix64_inplace(values), mixed) and np.array_equal(values, mixed)


@pytest.mark.parametrize("lengthened", [False, True], ids=["same-length", "dotted-capital-i"])
def test_a_long_text_hashed_in_pieces_gives_the_words_of_the_whole(monkeypatch, lengthened):
    import cleaners.overlap.tokens as tokens

    # Latin with capitals, Greek capitals and CJK runs between spaces and newlines: cutting at
    # whitespace must change no word, bigram, capital or position. A dotted capital I, which
    # lower() lengthens, shifts the positions of every later piece.
    line = (
        " ".join(SNIPPETS.values()) + " ΟΔΥΣΣΕΑΣ\n台湾海峡の緊張が高まる 서울에서 회담이 열렸다\n"
    )
    text = (line + (" İstanbul’da seçim" if lengthened else "")) * 40
    whole = tokens.piece_hashes(text)
    monkeypatch.setattr(tokens, "PIECE_CHARS", 97)
    assert len(tokens.pieces(text, 97)) > 40
    pieced = tokens.word_hashes(text)
    # The whole text's capitals go unread when lower() changes its length; a piece's are read.
    fields = [f for f in tokens.FIELDS if not (lengthened and f == "capitalised")]
    for name in fields:
        assert np.array_equal(getattr(pieced, name), getattr(whole, name)), name


def test_a_run_without_whitespace_is_cut_at_the_piece_size():
    from cleaners.overlap.tokens import pieces

    assert [len(p) for p in pieces("x" * 250, 100)] == [100, 100, 50]
    assert pieces("ab cd", 100) == ["ab cd"]
