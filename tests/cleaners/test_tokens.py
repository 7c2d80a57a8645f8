import re

import numpy as np
import pytest

from cleaners.tokens import word_hashes

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
