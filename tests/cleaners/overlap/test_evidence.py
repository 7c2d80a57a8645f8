"""What a same-story pair must share: specifics in the headlines, not a language's common words."""

import numpy as np

from cleaners.overlap.evidence import (
    FULL_TEXT_TITLE_COVERAGE,
    MIN_TITLE_COVERAGE,
    coverage_bars,
    evidence,
    has_title,
)
from cleaners.overlap.salient import PAIR_BIT, language_salt, salient_terms
from cleaners.overlap.stories import stands_out, verify
from cleaners.overlap.tokens import word_hashes
from cleaners.overlap.weights import weighted_sets


def terms_of(title: str, text: str, language: str) -> dict[str, float]:
    """Return the boosts of a text's salient words, by spelling (pairs left out)."""
    words = word_hashes(f"{title}\n{text}")
    terms, boosts, _, _ = salient_terms(words, len(word_hashes(title).hashes), language)
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


def sign(title: str, text: str, language: str = "en") -> tuple[np.ndarray, np.ndarray]:
    words = word_hashes(f"{title}\n{text}")
    terms, boosts, _, _ = salient_terms(words, len(word_hashes(title).hashes), language)
    return terms, boosts


def verified(documents: list, pairs: list) -> tuple[np.ndarray, ...]:
    """Verify pairs of documents whose every term is in two documents of a hundred."""
    terms = [t for t, _ in documents]
    counts = np.concatenate([np.full(len(t), 2, dtype=np.int32) for t in terms])
    count = len(documents)
    sets = weighted_sets(
        terms, [b for _, b in documents], counts, np.full(count, 100), np.full(count, -1)
    )
    return (*verify(sets, np.array(pairs)), has_title(sets))


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
    _, _, phrases, titles, _, titled = verified(documents, [[0, 1], [1, 2]])
    assert titled.all()
    assert phrases[0] >= 2 and titles[0] == 0  # the round-up shares the item's lead, not its title
    assert titles[1] >= 3  # two outlets' headlines name the same people


# Two reports of one week on Covid at the Beijing Olympics: the same topic and places, but each
# headline names athletes the other report never mentions; and two outlets on one of them.
KRAMER = (
    "Marita Kramer verpasst Olympische Spiele in Peking",
    "Die Gesamtweltcupführende Marita Kramer aus Österreich wird die Olympischen Spiele in Peking "
    "aufgrund positiver Corona-Tests verpassen, wie der Österreichische Skiverband mitteilte.",
)
FRENZEL = (
    "Olympia 2022: Zwei weitere Corona-Fälle! Kombinierer Eric Frenzel und Terence Weber betroffen",
    "Der dreimalige Olympiasieger Eric Frenzel und sein Teamkollege Terence Weber sind in Peking "
    "positiv auf das Coronavirus getestet worden, teilte der DOSB vor der Eröffnungsfeier mit.",
)
FRENZEL_ELSEWHERE = (
    "Corona-Schock für Eric Frenzel: Olympiasieger in Peking positiv getestet",
    "Eric Frenzel ist kurz vor den Olympischen Spielen in Peking positiv auf das Coronavirus "
    "getestet worden. Auch Terence Weber ist betroffen, wie der DOSB mitteilte.",
)


def test_each_title_must_be_found_in_the_other_document():
    documents = [sign(*KRAMER, "de"), sign(*FRENZEL, "de"), sign(*FRENZEL_ELSEWHERE, "de")]
    _, _, _, _, covered, _ = verified(documents, [[0, 1], [1, 2]])
    assert covered[0] < 1.0 <= covered[1]  # each title's share over its bar (title and lead)


# Full articles of one week on Covid at the Beijing Olympics: they share the topic's words and a
# headline word ("Olympics"), a third of the other's headline, but name different athletes; and
# a second outlet's full article on one of them.
JOHAUG = (
    "Therese Johaug to miss Beijing Olympics after positive test in Oslo",
    "Norway's cross-country star Therese Johaug will not travel to the Winter Olympics in Beijing "
    "after testing positive for the coronavirus at the team's hotel in Oslo, the Norwegian Ski "
    "Federation said on Monday. The 33-year-old, who won three gold medals at the world "
    "championships last year, had been expected to lead the women's distance races. Team doctor "
    "Oystein Andersen said Johaug had mild symptoms and would isolate at home for ten days, "
    "which rules out the skiathlon on February 5 and the 10 kilometres classic. "
    "Head coach Ole Morten Iversen called the news a blow for the whole squad. Heidi Weng and "
    "Astrid Oyre Slind are expected to take her place in the relay, while Tiril Udnes Weng "
    "remains on the reserve list. Norway topped the medal table in Pyeongchang in 2018.",
)
FRENZEL = (
    "Two more Covid cases in Germany's Olympic team: Eric Frenzel and Terence Weber isolated",
    "Nordic combined skiers Eric Frenzel and Terence Weber have tested positive for the coronavirus "
    "after arriving in Beijing, the German Olympic Sports Confederation said on Thursday, two "
    "days before the opening ceremony. Frenzel, a three-time Olympic champion, has no "
    "symptoms, and both athletes were taken to an isolation hotel. Their team-mate Vinzenz "
    "Geiger tested negative and will train as planned. Team doctor Bernd Wolfarth said the "
    "pair could still compete if they return two negative tests in a row. DOSB president "
    "Thomas Weikert criticised the conditions in the isolation hotels after a complaint from "
    "Hermann Weinbuch, the head coach. The Nordic combined normal hill event is on February 9 "
    "in Zhangjiakou, where Johannes Rydzek and Fabian Riessle are also entered.",
)
FRENZEL_ELSEWHERE = (
    "Eric Frenzel and Terence Weber test positive in Beijing, Germany's Olympic team says",
    "Three-time Olympic champion Eric Frenzel and his Nordic combined team-mate Terence Weber "
    "tested positive for Covid on arrival in Beijing, Germany's Olympic Sports Confederation "
    "announced on Thursday. Both were moved to an isolation hotel; Frenzel has no symptoms. "
    "Vinzenz Geiger, who travelled on the same flight, tested negative. Thomas Weikert, the "
    "DOSB president, said the team was in contact with the organisers about the isolation "
    "hotels after head coach Hermann Weinbuch complained. The normal hill competition in "
    "Zhangjiakou is on February 9; Johannes Rydzek and Fabian Riessle are the other Germans "
    "entered, and Bernd Wolfarth, the team doctor, hopes Frenzel can still start there.",
)


def test_a_full_article_must_hold_more_of_the_other_headline():
    documents = [sign(*JOHAUG), sign(*FRENZEL), sign(*FRENZEL_ELSEWHERE)]
    pairs, similar, phrases, titles, covered, titled = verified(documents, [[0, 1], [1, 2]])
    assert titles[0] >= 1 and phrases[0] >= 2 and similar[0] >= 0.05  # the other bars pass
    both_dated = np.ones(len(pairs), dtype=bool)
    one_story = evidence(pairs, similar, phrases, titles, covered, both_dated, titled)
    assert not one_story[0] and one_story[1]


def test_a_title_and_lead_sets_the_lower_coverage_bar():
    lead_only = (FRENZEL[0], " ".join(FRENZEL[1].split()[:40]))
    documents = [sign(*JOHAUG), sign(*lead_only)]
    terms = [t for t, _ in documents]
    counts = np.concatenate([np.full(len(t), 2, dtype=np.int32) for t in terms])
    sets = weighted_sets(terms, [b for _, b in documents], counts, np.full(2, 100), np.full(2, -1))
    assert coverage_bars(sets).tolist() == [FULL_TEXT_TITLE_COVERAGE, MIN_TITLE_COVERAGE]


def test_a_pair_far_below_either_documents_best_is_not_one_story():
    # Measured on the mixed corpus: three outlets on the Sinai helicopter crash share 0.41-0.46;
    # an undated page on a crash in Afghanistan shares 0.13 with one of them, 0.09 with the next.
    pairs = np.array([[0, 1], [0, 2], [1, 2], [3, 0], [3, 1]])
    similar = np.array([0.459, 0.412, 0.43, 0.127, 0.088])
    ok = stands_out(pairs, similar, np.zeros(4, dtype=bool))
    assert ok[:3].all() and not ok[3:].any()


def test_a_month_of_another_language_stays_a_term():
    found = terms_of(
        "NASA delays its Mars sample return mission",
        "NASA said on Thursday that the Mars sample return mission would slip to 2035.",
        "en",
    )
    assert "mars" in found and "thursday" not in found
