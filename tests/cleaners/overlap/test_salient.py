import numpy as np
import pytest

from cleaners.overlap.salient import (
    ENTITY_BOOST,
    LEAD_WORDS,
    PHRASE_BOOST,
    TITLE_BOOST,
    largest_boosts,
    pair_hashes,
    salient_terms,
    term_weights,
)
from cleaners.overlap.tokens import word_hashes

TITLE = "Russia and China strengthen defence cooperation"
LEAD = (
    "Experts from the Institute for the Study of War have noted that the joint naval exercises "
    "between Russia and China indicate an intensification of defence cooperation."
)


def terms_of(title: str, text: str) -> dict[int, float]:
    words = word_hashes(f"{title}\n{text}")
    terms, boosts = salient_terms(words, len(word_hashes(title).hashes))
    return dict(zip(terms.tolist(), boosts.tolist(), strict=True))


def word(text: str) -> int:
    return int(word_hashes(text).hashes[0])


def pair(first: str, second: str) -> int:
    hashes = word_hashes(f"{first} {second}").hashes
    return int(pair_hashes(hashes[:1], hashes[1:])[0])


def test_title_words_lead_words_and_pairs_are_boosted():
    found = terms_of(TITLE, LEAD)
    assert found[word("strengthen")] == TITLE_BOOST
    assert found[word("naval")] == 1.0
    assert found[pair("naval", "exercises")] == PHRASE_BOOST
    assert found[pair("defence", "cooperation")] == TITLE_BOOST * PHRASE_BOOST


def test_stopwords_are_never_terms():
    found = terms_of("", "The report says that it was there.")
    assert word("the") not in found and word("says") not in found
    assert set(found) == {word("report")}


def test_names_after_the_lead_are_kept_and_other_words_are_not():
    filler = " ".join(f"word{i}" for i in range(LEAD_WORDS))
    found = terms_of("", f"{filler} Defence Minister Andrei Belousov arrived aboard vessels.")
    assert found[word("belousov")] == ENTITY_BOOST
    assert found[pair("andrei", "belousov")] == ENTITY_BOOST * PHRASE_BOOST
    assert word("vessels") not in found


def test_weights_grow_with_rarity_and_ignore_terms_seen_once():
    weights = term_weights(np.array([1.0, 1.0, 1.5]), np.array([50, 2, 1]), documents=100)
    assert weights[1] > weights[0] > 0
    assert weights[2] == 0


def test_pairs_do_not_cross_from_title_to_lead_or_from_lead_to_names():
    filler = " ".join(f"word{i}" for i in range(LEAD_WORDS - 1))
    found = terms_of("Taiwan braces", f"drills {filler} closing Belousov Dong Jun")
    assert pair("taiwan", "braces") in found and pair("drills", "word0") in found
    assert pair("braces", "drills") not in found  # title to lead
    assert pair(f"word{LEAD_WORDS - 2}", "belousov") not in found  # lead to names
    assert word("closing") not in found and pair("dong", "jun") in found


@pytest.mark.parametrize(
    "title, text, expected",
    [
        ("", "", {}),
        ("Taiwan braces", "", {("taiwan",): 1.5, ("braces",): 1.5, ("taiwan", "braces"): 0.75}),
        ("", "Belousov", {("belousov",): 1.0}),
        ("The end", "of it", {("end",): 1.5}),
    ],
    ids=["nothing", "title-only", "one-word", "stopwords-around"],
)
def test_short_inputs(title, text, expected):
    named = {(word(key[0]) if len(key) == 1 else pair(*key)): boost for key, boost in expected.items()}
    assert terms_of(title, text) == named


def test_a_term_keeps_its_largest_boost():
    terms = np.array([7, 3, 7, 5, 3], dtype=np.uint64)
    boosts = np.array([0.5, 1.0, 1.5, 0.75, 0.5], dtype=np.float32)
    distinct, largest = largest_boosts(terms, boosts)
    assert distinct.tolist() == [3, 5, 7] and largest.tolist() == [1.0, 0.75, 1.5]
    assert distinct.dtype == np.uint64 and largest.dtype == np.float32
    empty = largest_boosts(terms[:0], boosts[:0])
    assert len(empty[0]) == len(empty[1]) == 0 and empty[1].dtype == np.float32
