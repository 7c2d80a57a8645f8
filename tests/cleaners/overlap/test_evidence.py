"""What a same-story pair must share: specifics in the headlines, not a language's common words."""

import numpy as np

from cleaners.overlap.salient import PAIR_BIT, language_salt, salient_terms
from cleaners.overlap.stories import has_title, verify
from cleaners.overlap.tokens import word_hashes
from cleaners.overlap.weights import weighted_sets


def terms_of(title: str, text: str, language: str) -> dict[str, float]:
    """Return the boosts of a text's salient words, by spelling (pairs left out)."""
    words = word_hashes(f"{title}\n{text}")
    terms, boosts, _ = salient_terms(words, len(word_hashes(title).hashes), language)
    found = dict(zip(terms.tolist(), boosts.tolist(), strict=True))
    spelled = {}
    for w in f"{title} {text}".lower().replace(",", " ").replace(".", " ").split():
        term = int((word_hashes(w).stems[0] & ~PAIR_BIT) ^ language_salt(language))
        if term in found:
            spelled[w] = found[term]
    return spelled


def test_a_dutch_or_polish_weekday_dates_a_story_and_is_never_a_term():
    dutch = terms_of(
        "Kabinet trekt extra geld uit voor dijkversterking in Zeeland",
        "Het kabinet heeft woensdag besloten 300 miljoen euro vrij te maken voor de "
        "versterking van de dijken bij Vlissingen.",
        "nl",
    )
    assert "woensdag" not in dutch and "vlissingen" in dutch
    polish = terms_of(
        "Sejm przyjął ustawę o ochronie ludności",
        "W czwartek Sejm przyjął ustawę, która zmienia zasady budowy schronów w Gdańsku.",
        "pl",
    )
    assert "czwartek" not in polish and "gdańsku" in polish


def test_a_frequent_word_weighs_less_than_a_name_of_the_same_place():
    found = terms_of(
        "Russia training China's airborne forces, study finds",
        "These findings by the Royal United Services Institute show that Russian instructors "
        "trained Chinese paratroopers, the government of Taiwan said.",
        "en",
    )
    assert found["these"] < found["institute"]
    assert found["government"] < found["paratroopers"]


def sign(title: str, text: str) -> tuple[np.ndarray, np.ndarray]:
    words = word_hashes(f"{title}\n{text}")
    terms, boosts, _ = salient_terms(words, len(word_hashes(title).hashes), "en")
    return terms, boosts


# A newsletter round-up and one of its items: the item's names recur in the round-up's lead,
# but the round-up's headline names no event of the item's.
ROUNDUP = (
    "Opening Bell 11.18.19",
    "Scooter Braun is said to be frustrated with Big Machine partner Scott Borchetta over the "
    "record label's dispute with Taylor Swift; Netflix shares rose; bond yields fell again.",
)
ITEM = (
    "Scooter Braun frustrated with Big Machine partner amid Taylor Swift feud",
    "Scooter Braun is frustrated with Big Machine partner Scott Borchetta over the record "
    "label's public dispute with Taylor Swift ahead of the American Music Awards.",
)
OTHER_OUTLET = (
    "Taylor Swift feud: Scooter Braun blames Big Machine partner Borchetta",
    "Scooter Braun has told friends he is frustrated with Scott Borchetta, his partner at Big "
    "Machine, as the label's dispute with Taylor Swift drags on before the awards.",
)


def test_titled_documents_must_share_a_title_word_to_be_one_story():
    documents = [sign(*ROUNDUP), sign(*ITEM), sign(*OTHER_OUTLET)]
    terms = [t for t, _ in documents]
    counts = np.concatenate([np.full(len(t), 2, dtype=np.int32) for t in terms])
    sets = weighted_sets(
        terms, [b for _, b in documents], counts, np.full(3, 100), np.full(3, -1, dtype=np.int64)
    )
    pairs, similar, phrases, titles = verify(sets, np.array([[0, 1], [1, 2]]))
    assert has_title(sets).all()
    assert phrases[0] >= 2 and titles[0] == 0  # the round-up shares the item's lead, not its title
    assert titles[1] >= 3  # two outlets' headlines name the same people
