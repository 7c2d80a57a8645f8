"""Same-story flags on a mixed scrape: languages, sites, dates and the terms a flag rests on."""

from datetime import date
from pathlib import Path

import numpy as np
import pytest

from cleaners.cleaning.pipeline import clean_document
from cleaners.overlap.dates import find_date
from cleaners.overlap.flags import OverlapIndex, flag_overlaps
from cleaners.overlap.signature import sign_document
from cleaners.overlap.tokens import word_hashes
from cleaners.reading.language import detect_language
from cleaners.records import RawDocument

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "overlap"
PAGES = {p.stem: p.read_text(encoding="utf-8") for p in (FIXTURES / "multilingual").glob("*.txt")}
SEEDS = {
    p.name[:3]: p.read_text(encoding="utf-8")
    for p in sorted(FIXTURES.glob("00?_????????????????.txt"))
}
TODAY = date(2026, 1, 16)
# The two CloudVault pages share the vendor's product name, support hours and trial offer.
URLS = {
    "de_vendor_backup": "https://www.cloudvault.example/hilfe/datensicherung",
    "de_vendor_release": "https://www.cloudvault.example/news/version-5-2",
    "fr_renseignement": "https://www.journal.example/societe/loi-renseignement",
    "fr_seisme": "https://www.journal.example/international/seisme-nepal",
}


def sign_page(doc_id: str, text: str, url: str | None = None):
    title, _, body = text.partition("\n")
    return sign_document(doc_id, body, title=title, language=detect_language(text), url=url)


def story_pairs(signatures) -> dict:
    flags = flag_overlaps(signatures, OverlapIndex(), today=TODAY)
    return {(p.a, p.b): p for p in flags.pairs if p.kind == "same_story"}


def test_fixtures_are_detected_in_their_languages():
    found = {name: detect_language(text) for name, text in PAGES.items()}
    assert found == {name: name.split("_")[0] for name in PAGES}


def test_unrelated_pages_of_many_languages_and_one_site_are_not_flagged():
    signatures = [sign_page(i, t, URLS.get(i)) for i, t in sorted(PAGES.items())]
    assert story_pairs(signatures) == {}


def test_one_story_in_two_languages_is_never_compared():
    french, english = sign_page("fr", PAGES["fr_seisme"]), sign_page("en", PAGES["en_quake_nepal"])
    # The same numbers and places ("7", "000", "gorkha") are different terms in each language.
    assert french.language == "fr" and english.language == "en"
    assert len(np.intersect1d(french.terms, english.terms)) == 0
    assert story_pairs([french, english, *(sign_page(i, t) for i, t in PAGES.items())]) == {}


def test_the_seeds_pair_is_flagged_with_the_terms_that_made_it():
    cleaned = [
        clean_document(RawDocument(id=i, source=f"{i}.txt", text=t)) for i, t in SEEDS.items()
    ]
    signatures = [sign_document(d.id, d.text, title=d.title, language=d.language) for d in cleaned]
    pairs = story_pairs(signatures)
    assert list(pairs) == [("000", "001")]
    terms = pairs[("000", "001")].terms
    assert 1 <= len(terms) <= 5 and {"xi jinping", "rusi", "services institute"} & set(terms)


def test_chinese_and_japanese_are_hashed_as_character_bigrams():
    words = word_hashes("成渝中线高铁 JR西日本")
    lowered = "成渝中线高铁 jr西日本"
    spelled = [lowered[s : s + n] for s, n in zip(words.starts, words.lengths, strict=True)]
    assert spelled == ["成渝", "渝中", "中线", "线高", "高铁", "jr", "西日", "日本"]


@pytest.mark.parametrize(
    "declared, url, text, expected",
    [
        ("2024-10-15T04:58:00", None, "", date(2024, 10, 15)),
        (
            None,
            "https://www.paginasiete.bo/seguridad/2022/5/3/policia-330199.html",
            "",
            date(2022, 5, 3),
        ),
        (
            None,
            None,
            "RAJSHAHI, Dec 20, 2025 (BSS) - Homestead gardening has been contributing",
            date(2025, 12, 20),
        ),
        (None, None, "The Best Tax Prep Software of 2025\nKey Takeaways", None),
        (None, "https://example.com/news/article-330199", "No date here at all.", None),
    ],
    ids=["declared", "url", "dateline", "year-only", "none"],
)
def test_a_date_comes_from_metadata_then_url_then_dateline(declared, url, text, expected):
    assert find_date(declared, url, text) == expected
