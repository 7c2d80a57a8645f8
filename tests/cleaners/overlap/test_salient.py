import numpy as np
import pytest

from cleaners.overlap.salient import (
    ENTITY_BOOST,
    LEAD_WORDS,
    PAIR_BIT,
    PHRASE_BOOST,
    TITLE_BOOST,
    largest_boosts,
    pair_hashes,
    salient_terms,
)
from cleaners.overlap.tokens import word_hashes
from cleaners.overlap.weights import rarity

TITLE = "Russia and China strengthen defence cooperation"
LEAD = (
    "Experts from the Institute for the Study of War have noted that the joint naval exercises "
    "between Russia and China indicate an intensification of defence cooperation."
)


def terms_of(title: str, text: str, language: str | None = None) -> dict[int, float]:
    words = word_hashes(f"{title}\n{text}")
    terms, boosts, _, _ = salient_terms(words, len(word_hashes(title).hashes), language)
    return dict(zip(terms.tolist(), boosts.tolist(), strict=True))


def word(text: str) -> int:
    """Return the term of a word with no language (a word's stem, its pair bit clear)."""
    return int(word_hashes(text).stems[0] & ~PAIR_BIT)


def pair(first: str, second: str) -> int:
    stems = word_hashes(f"{first} {second}").stems & ~PAIR_BIT
    return int(pair_hashes(stems[:1], stems[1:])[0])


def test_title_words_lead_words_and_pairs_are_boosted():
    found = terms_of(TITLE, LEAD)
    assert found[word("strengthen")] == TITLE_BOOST
    assert found[word("naval")] == 1.0
    assert found[pair("naval", "exercises")] == PHRASE_BOOST
    assert found[pair("defence", "cooperation")] == TITLE_BOOST * PHRASE_BOOST


def test_stopwords_are_never_terms():
    found = terms_of("", "The inquiry says that it was there.")
    assert word("the") not in found and word("says") not in found
    assert set(found) == {word("inquiry")}


@pytest.mark.parametrize(
    "language, text, kept",
    [
        (
            "de",
            "Die Polizei sagte am Dienstag, dass der Einbrecher in Simmelsdorf gefasst wurde.",
            {"polizei", "einbrecher", "simmelsdorf", "gefasst"},
        ),
        (
            "fr",
            "Le gouvernement a présenté mardi le projet de loi sur le renseignement.",
            {"gouvernement", "présenté", "projet", "loi", "renseignement"},
        ),
        (
            "es",
            "Según la policía, los vehículos robados fueron hallados en Oruro este jueves.",
            {"policía", "vehículos", "robados", "hallados", "oruro"},
        ),
    ],
    ids=["de", "fr", "es"],
)
def test_each_language_drops_its_own_common_words(language, text, kept):
    words = word_hashes(text)
    _, _, _, positions = salient_terms(words, 0, language)
    lowered = text.lower()
    spelled = {
        lowered[s : s + n]
        for s, n in zip(words.starts[positions], words.lengths[positions], strict=False)
    }
    assert spelled == kept


def test_names_after_the_lead_are_kept_and_other_words_are_not():
    filler = " ".join(f"word{i}" for i in range(LEAD_WORDS))
    found = terms_of("", f"{filler} Defence Minister Andrei Belousov arrived aboard vessels.")
    assert found[word("belousov")] == ENTITY_BOOST
    assert found[pair("andrei", "belousov")] == ENTITY_BOOST * PHRASE_BOOST
    assert word("vessels") not in found


def test_rarity_grows_with_rarity_and_ignores_terms_seen_once_or_common():
    found = rarity(np.array([4, 2, 1, 30]), np.full(4, 100))
    assert found[1] > found[0] > 0
    assert found[2] == 0  # seen once: cannot be shared
    assert found[3] == 0  # in 30% of the language's documents: common


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
    named = {
        (word(key[0]) if len(key) == 1 else pair(*key)): boost for key, boost in expected.items()
    }
    assert terms_of(title, text) == named


def test_a_term_keeps_its_largest_boost_and_its_rarest_spelling():
    terms = np.array([7, 3, 7, 5, 3], dtype=np.uint64)
    boosts = np.array([0.5, 1.0, 1.5, 0.75, 0.5], dtype=np.float32)
    zipf = np.array([2.5, 5.0, 4.0, 3.5, 4.5], dtype=np.float32)  # of the words so spelled
    distinct, largest, rarest = largest_boosts(terms, boosts, zipf)
    assert distinct.tolist() == [3, 5, 7] and largest.tolist() == [1.0, 0.75, 1.5]
    assert rarest.tolist() == [4.5, 3.5, 2.5]
    assert distinct.dtype == np.uint64 and largest.dtype == np.float32
    empty = largest_boosts(terms[:0], boosts[:0], zipf[:0])
    assert len(empty[0]) == len(empty[1]) == 0 and empty[1].dtype == np.float32
