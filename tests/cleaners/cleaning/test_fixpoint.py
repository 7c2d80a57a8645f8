"""Cleaning a clean text again changes nothing: a second run over clean/ never destroys an article.

The pages are real scraped text. The question page is a German Language Stack Exchange page as a
scraper copies it (the question, six answers, an "Add a comment" link under each post, the site's
chrome around them); the thread is an excerpt of it. Cleaning a clean text again used to find the
"Add a comment" links the guard had given back with the answers, take everything after the first
as a comment thread and keep a tenth of the page.
"""

from pathlib import Path

import pytest

from cleaners.cleaning.pipeline import clean_document
from cleaners.records import Document, RawDocument

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
THREAD = FIXTURES / "boilerplate" / "fixpoint" / "stackexchange-thread.txt"
QUESTION = FIXTURES / "boilerplate" / "fixpoint" / "stackexchange-question.txt"
PAGES = [
    THREAD,
    QUESTION,
    *sorted((FIXTURES / "boilerplate").glob("*.txt")),
    *sorted((FIXTURES / "boilerplate" / "sparse").glob("*.txt")),
    *sorted((FIXTURES / "boilerplate" / "edges").glob("*.txt")),
]


def clean_text(text: str) -> Document:
    return clean_document(RawDocument(id="page", source="page.txt", text=text))


def test_a_question_pages_answers_stay_and_stay_when_cleaned_again():
    first = clean_text(QUESTION.read_text(encoding="utf-8"))
    assert first.status == "kept"
    # Answers of two authors under "6 Answers": the page's content, not a comment thread.
    answers = (
        'Same in German. "Ich wurde ausgeraubt" is the correct passive construction',
        "Ich werde ausgeraubt. (I am being robbed)",
        # the last answer, which the page footer's position took before the answers step
        "Die meisten Leute würden wahrscheinlich (erst recht im Gesprochenen) sagen",
    )
    assert all(answer in first.text for answer in answers)
    # Below the last answer: the answer form and other questions stay removed.
    for chrome in ("Thanks for contributing an answer", "Hot Network Questions", "Your Answer"):
        assert chrome not in first.text
    # The "Add a comment" links under each post go by their wording, and never come back.
    assert "Add a comment" not in first.text.splitlines()
    assert sum((r.rule, r.text) == ("comments", "Add a comment") for r in first.removed) >= 2
    again = clean_text(first.text)
    assert again.text == first.text and again.removed == ()


@pytest.mark.parametrize("page", PAGES, ids=[path.stem for path in PAGES])
def test_cleaning_clean_text_again_changes_nothing(page):
    first = clean_text(page.read_text(encoding="utf-8"))
    assert first.status == "kept"
    again = clean_text(first.text)
    assert again.text == first.text
