import random
from datetime import date
from pathlib import Path

import numpy as np
import pytest

from cleaners.cleaning.pipeline import clean_document
from cleaners.overlap.flags import INDEX_FILE, OverlapIndex, flag_overlaps
from cleaners.overlap.index import TermFrequencies
from cleaners.overlap.signature import sign_document
from cleaners.records import Overlap, RawDocument
from flows.run.output import write_atomic

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "overlap"
TODAY = date(2026, 1, 16)  # two days after the republished copy's dateline


SAMPLES = {p.name[:3]: p for p in FIXTURES.glob("00?_????????????????.txt")}


def text(name: str) -> str:
    path = SAMPLES.get(name) or FIXTURES / f"{name}.txt"
    return path.read_text(encoding="utf-8")


def sign(doc_id: str, source: str | None = None, **kwargs):
    """Sign a fixture as the flow does: its cleaned text, title and language."""
    doc = clean_document(
        RawDocument(id=doc_id, source=f"{doc_id}.txt", text=text(source or doc_id))
    )
    return sign_document(doc_id, doc.text, title=doc.title, language=doc.language, **kwargs)


# The wire story (000), a republished trimmed copy (its dateline: January 14, 2026), an excerpt,
# the same story from another outlet (001) and three other China-Russia military stories (002-004).
# The copies tell their story once, through their representative: the dated republished copy.
# Its title, as cleaning finds it, is its site's navigation line ("Home | Asia | Security"): it
# shares no word with 001's title, so the two titled documents are not flagged as one story.
CORPUS = ["000", "000_republished", "000_excerpt", "001", "002", "003", "004"]
EXPECTED = [
    ("000", "000_excerpt", "near_duplicate", "containment"),
    ("000", "000_republished", "near_duplicate", "jaccard"),
    ("000_excerpt", "000_republished", "near_duplicate", "containment"),
]


def test_copies_and_the_same_story_are_flagged_and_unrelated_stories_are_not():
    flags = flag_overlaps([sign(i) for i in CORPUS], OverlapIndex(), today=TODAY)
    assert [(p.a, p.b, p.kind, p.measure) for p in flags.pairs] == EXPECTED
    assert not {"002", "003", "004"} & set(flags.overlaps)


def test_overlaps_are_listed_on_both_documents():
    flags = flag_overlaps([sign(i) for i in CORPUS], OverlapIndex(), today=TODAY)
    pair = next(p for p in flags.pairs if p.b == "000_republished")
    assert (
        Overlap("000_republished", "near_duplicate", pair.similarity, "jaccard")
        in flags.overlaps["000"]
    )
    assert (
        Overlap("000", "near_duplicate", pair.similarity, "jaccard")
        in flags.overlaps["000_republished"]
    )


def test_input_order_does_not_matter():
    signatures = [sign(i) for i in CORPUS]
    shuffled = signatures[:]
    random.Random(5).shuffle(shuffled)
    first = flag_overlaps(signatures, OverlapIndex(), today=TODAY)
    second = flag_overlaps(shuffled, OverlapIndex(), today=TODAY)
    assert first.pairs == second.pairs
    assert first.overlaps == second.overlaps and first.clusters == second.clusters


def test_a_story_and_its_copies_end_in_one_cluster_and_only_overlapping_documents_have_one():
    flags = flag_overlaps([sign(i) for i in CORPUS], OverlapIndex(), today=TODAY)
    # The earliest known date represents the cluster: the republished copy's dateline.
    for doc_id in ("000", "000_republished", "000_excerpt"):
        assert flags.clusters[doc_id] == ("000_republished", "000_republished")
    assert not {"001", "002", "003", "004"} & set(flags.clusters)
    undated = [sign(i) for i in ("000", "000_excerpt")]  # no date: the longest text represents
    assert flag_overlaps(undated, OverlapIndex(), today=TODAY).clusters["000_excerpt"][1] == "000"


def test_copies_only_clusters_on_request():
    flags = flag_overlaps(
        [sign(i) for i in CORPUS], OverlapIndex(), today=TODAY, cluster_kinds=("near_duplicate",)
    )
    assert "001" not in flags.clusters and flags.clusters["000"][0] == "000_republished"


def test_a_later_run_flags_against_earlier_runs_and_names_the_earlier_document(tmp_path):
    path = tmp_path / "state" / INDEX_FILE
    first = [sign("000")]
    index = OverlapIndex()
    index.add(first, flag_overlaps(first, index, today=TODAY))
    write_atomic(path, index.to_bytes())
    later = [sign(i) for i in ("000_excerpt", "001", "002", "003", "004")]
    flags = flag_overlaps(later, OverlapIndex.load(path), today=TODAY)
    assert [(p.a, p.b, p.kind) for p in flags.pairs] == [
        ("000", "000_excerpt", "near_duplicate"),
        ("000", "001", "same_story"),
    ]
    assert [o.id for o in flags.overlaps["001"]] == ["000"]
    assert flags.overlaps["001"][0].terms  # the shared terms, named from the run's document
    assert flags.clusters["000_excerpt"] == ("000", "000") == flags.clusters["001"]


def test_processing_a_changed_document_again_replaces_its_entry():
    index = OverlapIndex()
    first = [sign("000"), sign("copy", "000_excerpt")]
    index.add(first, flag_overlaps(first, index, today=TODAY))
    assert ("000", "copy") in index.pairs and index.counted == {"000"}  # a copy is not counted
    changed = [sign("copy", "004")]  # the page now carries another article
    flags = flag_overlaps(changed, index, today=TODAY)
    assert flags.pairs == () and "copy" not in flags.clusters
    index.add(changed, flags)
    assert len(index) == 2 and index.pairs == {}
    assert index.signatures["copy"] is changed[0] and index.counted == {"000", "copy"}
    recounted = TermFrequencies([index.signatures[i] for i in sorted(index.counted)])
    assert np.array_equal(index.terms.terms, recounted.terms)
    assert np.array_equal(index.terms.counts, recounted.counts)


def test_documents_need_distinct_ids():
    with pytest.raises(ValueError, match="distinct"):
        flag_overlaps([sign("000"), sign("000")], OverlapIndex(), today=TODAY)


def test_nothing_to_flag():
    flags = flag_overlaps([], OverlapIndex(), today=TODAY)
    assert flags.pairs == () and flags.overlaps == {} and flags.clusters == {}
