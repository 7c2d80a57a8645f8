"""A batch's signatures survive the trip through their file exactly."""

from datetime import date

import numpy as np

from cleaners.overlap.signature import sign_document
from flows.run.signatures import load_signatures, save_signatures

ARTICLE = (
    "Russia is helping China prepare for a potential invasion of Taiwan, a think tank says.\n"
    "The Royal United Services Institute said Russian instructors trained a Chinese airborne "
    "battalion in 2024, and that Moscow agreed to sell Beijing a full set of equipment."
)


def test_signatures_come_back_equal_field_by_field(tmp_path):
    signatures = [
        sign_document(
            "000_5fe9a8b6ae70ace9", ARTICLE, title="Russia ‘helping China’", date="2025-09-27"
        ),
        sign_document("odd-\ud800-id", "Short note.", date=None),  # a lone surrogate in a jsonl id
        sign_document("empty", ""),
    ]
    path = save_signatures(tmp_path / "batch-000000.signatures.npz", signatures)
    loaded = load_signatures(path)
    assert [s.doc_id for s in loaded] == [s.doc_id for s in signatures]
    assert loaded[0].date == date(2025, 9, 27) and loaded[1].date is None
    for ours, back in zip(signatures, loaded, strict=True):
        for field in ("hashvalues", "terms", "term_boosts"):
            assert getattr(back, field).dtype == getattr(ours, field).dtype
            assert np.array_equal(getattr(back, field), getattr(ours, field))
        assert (back.shingles, back.length) == (ours.shingles, ours.length)


def test_a_batch_without_kept_documents_has_an_empty_file(tmp_path):
    assert load_signatures(save_signatures(tmp_path / "none.npz", [])) == []
