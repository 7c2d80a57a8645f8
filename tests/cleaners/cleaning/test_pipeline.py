from pathlib import Path

import pytest

from cleaners.cleaning.pipeline import clean_document
from cleaners.records import RawDocument

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


def html_document(name: str) -> RawDocument:
    return RawDocument(
        id=name, source=f"{name}.html", html=(FIXTURES / "html" / f"{name}.html").read_text()
    )


def test_scraped_text_keeps_article_and_records_each_removal_with_its_rule():
    text = (FIXTURES / "samples" / "001_5cd9a229ee895793.txt").read_text(encoding="utf-8")
    doc = clean_document(RawDocument(id="001", source="001.txt", text=text))
    assert doc.status == "kept" and doc.extraction == "text"
    assert (
        doc.title
        == "Taiwan invasion soon? Report says Russia covertly boosting China’s military capabilities"
    )
    assert "China-Russia military deal\n\nBut preparation" in doc.text
    rules = {(r.rule, r.text) for r in doc.removed}
    assert ("player_timestamp", "00:00") in rules
    assert "Play Store BadgeApp Store Badge" not in doc.text and "comscore" not in doc.text
    assert doc.chars_out < doc.chars_in


def test_extracted_html_keeps_its_headings_but_loses_in_article_promos():
    coffee = clean_document(html_document("uwsp_coffee"))
    assert coffee.status == "kept" and coffee.extraction.startswith("trafilatura")
    assert "Coffea arabica" in coffee.text.splitlines()  # a subhead, not page furniture
    bell = clean_document(html_document("dealbreaker_opening_bell"))
    assert "Sign up for The Wa" not in bell.text
    assert any(r.rule == "newsletter_promo" for r in bell.removed)


def test_unreadable_and_empty_documents_are_rejected_with_their_reason():
    assert (
        clean_document(RawDocument(id="x", source="x.txt", error="empty file")).reason
        == "empty file"
    )
    page = clean_document(
        RawDocument(id="s", source="s.html", html="<html><script>var a=1;</script></html>")
    )
    assert page.status == "rejected" and page.reason == "no article text found in the HTML page"
    junk = clean_document(
        RawDocument(id="j", source="j.txt", text="Advertisement\nShare this article\n")
    )
    assert junk.status == "rejected" and junk.reason == "no text left after cleaning"


@pytest.mark.parametrize(
    "text",
    [
        "Advertisement - Continue Reading Below",  # 33 letters: too little to keep
        "Share this: Facebook | X | WhatsApp | Email | Print | LinkedIn",
        "Москва, 12 марта — Министерство обороны сообщило о завершении учений.",
        "الدفاع الروسية تعلن انتهاء التدريبات المشتركة مع الصين",
        "国防部称中俄联合演习已于周三结束，双方将继续深化合作。" * 2,
        "___ ___ --- *** 2024 ***",
    ],
    ids=["promo", "share-bar", "russian", "arabic", "chinese", "rules"],
)
def test_word_char_threshold_counts_letters_and_digits_of_any_script(text):
    from cleaners.cleaning.pipeline import MIN_KEPT_CHARS, has_word_chars

    expected = sum(ch.isalnum() for ch in text) >= MIN_KEPT_CHARS
    assert has_word_chars(text, MIN_KEPT_CHARS) is expected


def test_a_document_with_an_error_has_no_extraction_method():
    doc = clean_document(RawDocument(id="e", source="raw/e.txt", text="x", error="unreadable"))
    assert (doc.status, doc.reason, doc.extraction) == ("rejected", "unreadable", None)


def test_every_kept_document_names_its_language_text_and_html():
    text = (FIXTURES / "samples" / "001_5cd9a229ee895793.txt").read_text(encoding="utf-8")
    assert clean_document(RawDocument(id="001", source="001.txt", text=text)).language == "en"
    assert clean_document(html_document("uwsp_coffee")).language == "en"
    german = (
        "Der Bundestag hat am Donnerstag mit großer Mehrheit das neue Heizungsgesetz "
        "beschlossen. Die Opposition kündigte eine Klage in Karlsruhe an."
    )
    assert clean_document(RawDocument(id="de", source="de.txt", text=german)).language == "de"
