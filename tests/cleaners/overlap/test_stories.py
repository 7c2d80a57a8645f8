from datetime import date, timedelta
from pathlib import Path

import numpy as np
import pytest

from cleaners.cleaning.pipeline import clean_document
from cleaners.overlap.flags import OverlapIndex, flag_overlaps
from cleaners.overlap.signature import sign_document
from cleaners.overlap.sketches import SAMPLES as SAMPLES_TOTAL
from cleaners.overlap.sketches import (
    SKETCH_BATCH,
    SKETCH_POWER,
    sample_hashes,
    sketch_positions,
    sketch_rows,
)
from cleaners.records import RawDocument

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "overlap"
TODAY = date(2026, 1, 16)  # two days after the republished copy's dateline
# The five sample articles: 000 (The Week) and 001 (an Indian news app) report the RUSI study of
# Russia training China's airborne forces; 002-004 are other China-Russia military stories.
SAMPLES = {
    p.name[:3]: p.read_text(encoding="utf-8")
    for p in sorted(FIXTURES.glob("00?_????????????????.txt"))
}


def sign_cleaned(doc_id: str, date=None):
    """Sign a sample as the flow does: its cleaned text, title and language."""
    doc = clean_document(RawDocument(id=doc_id, source=f"{doc_id}.txt", text=SAMPLES[doc_id]))
    return sign_document(doc_id, doc.text, title=doc.title, date=date, language=doc.language)


def story_pairs(signatures, today=TODAY):
    flags = flag_overlaps(signatures, OverlapIndex(), today=today)
    return {(p.a, p.b): p for p in flags.pairs if p.kind == "same_story"}


def test_the_two_reports_on_one_study_are_the_same_story_and_nothing_else_is():
    pairs = story_pairs([sign_cleaned(i) for i in SAMPLES])
    assert list(pairs) == [("000", "001")]
    assert pairs[("000", "001")].measure == "weighted_jaccard"
    assert pairs[("000", "001")].similarity == pytest.approx(0.37, abs=0.05)
    assert (
        "services institute" in pairs[("000", "001")].terms
    )  # the Royal United Services Institute


@pytest.mark.parametrize(
    "days_apart, flagged", [(3, True), (30, False)], ids=["same-week", "a-month-apart"]
)
def test_same_story_only_within_the_time_window(days_apart, flagged):
    dated = {"000": TODAY, "001": TODAY + timedelta(days=days_apart)}
    signatures = [sign_cleaned(i, date=dated.get(i)) for i in SAMPLES]
    assert (("000", "001") in story_pairs(signatures)) is flagged


def story_sketches(terms, weights):
    """Return each sample's term, as the bands see them."""
    return np.take_along_axis(terms, sketch_positions(terms, weights).astype(np.intp), axis=1)


def test_weighted_sketches_agree_as_often_as_the_weighted_sets():
    terms = np.array([[11, 12, 13, 14], [11, 12, 13, 14], [11, 12, 98, 99]], dtype=np.uint64)
    weights = np.array([[4.0, 2.0, 1.0, 1.0], [4.0, 2.0, 1.0, 1.0], [4.0, 2.0, 1.0, 1.0]])
    same, twin, other = story_sketches(terms, weights)
    assert (same == twin).all()
    powered = weights[0] ** SKETCH_POWER  # shared: 11 and 12; each side alone: two of weight 1
    expected = powered[:2].sum() / (powered[:2].sum() + 2 * powered[2:].sum())
    assert len(same) == SAMPLES_TOTAL
    assert abs((same == other).mean() - expected) < 0.1


def test_a_term_without_weight_is_never_sampled():
    terms = np.array([[11, 12, 13]], dtype=np.uint64)
    sketch = story_sketches(terms, np.array([[2.0, 0.0, 1.0]]))
    assert set(sketch[0].tolist()) == {11, 13}


def reference_positions(terms, weights):
    """Return each sample's position by the definition: the term minimising -ln(u) / w**power."""
    multipliers, increments = sample_hashes()
    positions = np.zeros((len(terms), SAMPLES_TOTAL), dtype=np.uint8)
    for row in range(len(terms)):
        for sample in range(SAMPLES_TOTAL):
            bits = terms[row] * multipliers[sample] + increments[sample]
            uniform = ((bits >> np.uint64(40)).astype(np.float32) + np.float32(0.5)) * np.float32(
                2.0**-24
            )
            with np.errstate(divide="ignore"):
                scores = -np.log(uniform) / weights[row].astype(np.float32) ** SKETCH_POWER
            positions[row, sample] = np.argmin(scores)
    return positions


def test_sketches_follow_their_definition_however_rows_are_batched():
    signatures = [sign_document(i, t, title=t.strip().split("\n")[0]) for i, t in SAMPLES.items()]
    width = max(len(s.terms) for s in signatures)
    terms = np.zeros((len(signatures), width), dtype=np.uint64)
    weights = np.zeros((len(signatures), width), dtype=np.float32)
    for row, s in enumerate(signatures):
        terms[row, : len(s.terms)], weights[row, : len(s.terms)] = s.terms, s.term_boosts
    expected = reference_positions(terms[:, :48], weights[:, :48])
    assert (sketch_positions(terms[:, :48], weights[:, :48]) == expected).all()
    rows = np.array([4, 0, 3, 3, 1, 2, 0] * (SKETCH_BATCH + 1))  # batches of mixed rows, one short
    assert (sketch_rows(terms[:, :48], weights[:, :48], rows) == expected[rows]).all()
