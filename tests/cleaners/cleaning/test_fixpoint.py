"""Cleaning a clean text again changes nothing: a second run over clean/ never destroys an article.

The pages are real scraped text. The Q&A thread is lines of a German Language Stack Exchange page
in their order (the question, three answers, their "Add a comment" headings and the site's chrome
around them): the first cleaning gives the thread back because the page is left almost empty
without it, and cleaning that clean text again used to find the "Add a comment" headings the
guard had given back with the thread, take everything after the first as a comment thread and
keep a tenth of the page.
"""

from pathlib import Path

import pytest

from cleaners.cleaning.pipeline import clean_document
from cleaners.records import Document, RawDocument

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
THREAD = FIXTURES / "boilerplate" / "fixpoint" / "stackexchange-thread.txt"
PAGES = [
    THREAD,
    *sorted((FIXTURES / "boilerplate").glob("*.txt")),
    *sorted((FIXTURES / "boilerplate" / "sparse").glob("*.txt")),
    *sorted((FIXTURES / "boilerplate" / "edges").glob("*.txt")),
]


def clean_text(text: str) -> Document:
    return clean_document(RawDocument(id="page", source="page.txt", text=text))


def test_a_thread_the_guard_gives_back_keeps_its_answers_when_cleaned_again():
    first = clean_text(THREAD.read_text(encoding="utf-8"))
    assert first.status == "kept"
    answers = (
        "Ich denke, man sollte schon erwähnen, dass Ich wurde ausgeraubt.Passiv ist.",
        "I wrote the book- ich habe das Buch geschrieben.",
        "Ich wurde alt. I became old.",
    )
    assert all(answer in first.text for answer in answers)
    # The headings stay removed, by the rule that took them: their wording.
    assert "Add a comment" not in first.text.splitlines()
    assert sum((r.rule, r.text) == ("comments", "Add a comment") for r in first.removed) == 2
    again = clean_text(first.text)
    assert again.text == first.text and again.removed == ()


@pytest.mark.parametrize("page", PAGES, ids=[path.stem for path in PAGES])
def test_cleaning_clean_text_again_changes_nothing(page):
    first = clean_text(page.read_text(encoding="utf-8"))
    assert first.status == "kept"
    again = clean_text(first.text)
    assert again.text == first.text
