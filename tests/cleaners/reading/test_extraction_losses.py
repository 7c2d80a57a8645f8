"""A cleaned HTML document records what extraction left out of its page."""

from pathlib import Path

from cleaners.cleaning.pipeline import clean_document
from cleaners.reading.extract import extract_html
from cleaners.records import EXTRACTION_RULE, RawDocument

PAGES = Path(__file__).resolve().parents[2] / "fixtures" / "html"


def test_extraction_losses_come_first_in_removed_then_the_rules():
    html = (PAGES / "rt_bolivia_clashes.html").read_text(encoding="utf-8")
    extraction = extract_html(html)
    document = clean_document(RawDocument(id="rt", source="rt.html", html=html))
    assert document.status == "kept"
    assert document.extraction_dropped_chars == extraction.dropped_chars > 0
    assert document.extraction_dropped_blocks == extraction.dropped_blocks
    listed = [r.text for r in document.removed if r.rule == EXTRACTION_RULE]
    assert listed == list(extraction.dropped)
    assert [r.rule for r in document.removed[: len(listed)]] == [EXTRACTION_RULE] * len(listed)
    for text in listed:
        assert text not in document.text


def test_a_text_document_has_no_extraction_losses():
    document = clean_document(
        RawDocument(
            id="t", source="t.txt", text="The council voted on Tuesday to close the old library."
        )
    )
    assert (document.extraction_dropped_chars, document.extraction_dropped_blocks) == (0, 0)
    assert all(r.rule != EXTRACTION_RULE for r in document.removed)
