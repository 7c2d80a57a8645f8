"""A handful of documents on one topic: only the true pair is one story, and datelines count."""

from datetime import date
from pathlib import Path

from cleaners.cleaning.pipeline import clean_document
from cleaners.overlap.flags import OverlapIndex, flag_overlaps
from cleaners.overlap.signature import sign_cleaned
from cleaners.records import RawDocument

SAMPLES = Path(__file__).resolve().parents[2] / "fixtures" / "samples"
TODAY = date(2026, 12, 6)
# A real notice with nothing in common with the sample articles.
NOTICE = (
    "The town library will close early on Friday for a staff training day. Books due that day "
    "may be returned on Saturday without a late fee, and the children's reading hour moves to "
    "next Tuesday afternoon in the community hall beside the post office.\n"
)


def signed(doc_id: str, text: str):
    """Clean and sign a document as a run's batch does."""
    return sign_cleaned(clean_document(RawDocument(id=doc_id, source=f"{doc_id}.txt", text=text)))


def samples() -> dict[str, str]:
    return {p.name[:3]: p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("00?_*.txt"))}


def same_story(signatures) -> set[tuple[str, str]]:
    flags = flag_overlaps(signatures, OverlapIndex(), today=TODAY)
    return {(p.a, p.b) for p in flags.pairs if p.kind == "same_story"}


def test_the_date_of_a_byline_the_cleaning_removed_dates_the_document():
    text = samples()["004"]
    assert "Tuesday, 15 October 2024, 04:58" in text
    doc = clean_document(RawDocument(id="004", source="004.txt", text=text))
    assert "15 October 2024" not in doc.text, "the byline is removed from the clean text"
    assert sign_cleaned(doc).date == date(2024, 10, 15)


def test_the_samples_and_an_unrelated_notice_flag_only_the_true_pair():
    # 002-004 are other China-Russia military reports (2022, 2024); 003 has no title and no
    # date of its own. One unrelated document lowers the corpus's background similarity: the
    # topic's phrases ("joint naval exercises", "military ties") must not then make a story.
    documents = [signed(i, t) for i, t in samples().items()] + [signed("notice", NOTICE)]
    assert same_story(documents) == {("000", "001")}


def test_two_reports_of_one_topic_beside_a_notice_are_not_one_story():
    # 002 (March 2022) and 003 (no title, no date) share the topic's words ("military
    # exercises", "drills", "troops"), which a corpus of three documents cannot tell from names.
    texts = samples()
    documents = [signed(i, texts[i]) for i in ("002", "003")] + [signed("notice", NOTICE)]
    assert same_story(documents) == set()


def test_two_reports_of_one_study_beside_a_notice_are_one_story():
    # 000 and 001 share names rare in English ("RUSI", "Xi Jinping"): the study's specifics.
    texts = samples()
    documents = [signed(i, texts[i]) for i in ("000", "001")] + [signed("notice", NOTICE)]
    assert same_story(documents) == {("000", "001")}
