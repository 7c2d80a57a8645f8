import numpy as np

from cleaners.salient import (
    ENTITY_BOOST,
    LEAD_WORDS,
    PHRASE_BOOST,
    TITLE_BOOST,
    pair_hashes,
    salient_terms,
    term_weights,
)
from cleaners.tokens import word_hashes

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
