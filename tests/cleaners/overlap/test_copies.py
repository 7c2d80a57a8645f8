from pathlib import Path

import numpy as np
import pytest

from cleaners.overlap.copies import estimate_containment, flag_copies
from cleaners.overlap.signature import sign_document

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "overlap"


def signed(name: str, doc_id: str | None = None):
    (path,) = FIXTURES.glob(f"{name}*.txt")  # exactly one fixture by that name
    text = path.read_text(encoding="utf-8")
    return sign_document(doc_id or name, text)


@pytest.mark.parametrize(
    "copy, measure, similarity",
    [
        # Another outlet's header and footer, the promos gone, four paragraphs dropped, re-wrapped:
        # exact Jaccard of the word 4-gram sets 0.48.
        ("000_republished", "jaccard", 0.48),
        # The title and two paragraphs of the article under another header: Jaccard only 0.18,
        # but 91% of the excerpt's 4-grams are in the article.
        ("000_excerpt", "containment", 0.91),
    ],
    ids=["republished-trimmed", "excerpt"],
)
def test_copies_of_the_wire_story_are_flagged_with_their_measure(copy, measure, similarity):
    flagged = flag_copies([signed(copy)], [signed("000_5", "000")])
    assert list(flagged) == [("000", copy)]
    found, how = flagged[("000", copy)]
    assert how == measure and found == pytest.approx(similarity, abs=0.05)


@pytest.mark.parametrize(
    "other",
    ["001", "002", "003", "004"],
    ids=["same-story-other-words", "related-1", "related-2", "related-3"],
)
def test_other_articles_on_the_topic_are_not_copies(other):
    assert flag_copies([signed(other)], [signed("000_5", "000")]) == {}


def test_empty_documents_are_never_copies():
    empty = sign_document("empty", "")
    assert flag_copies([empty, sign_document("also-empty", " ")], []) == {}


def test_containment_from_jaccard_and_sizes():
    # A (40 elements) inside B (100): Jaccard 0.4, containment of A in B 1.
    assert estimate_containment(np.array([0.4]), np.array([40.0]), np.array([100.0]))[
        0
    ] == pytest.approx(1.0)
    assert estimate_containment(np.array([0.0]), np.array([0.0]), np.array([10.0]))[0] == 0.0
