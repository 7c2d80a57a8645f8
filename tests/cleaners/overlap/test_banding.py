"""Numpy banding of same-story sketches finds exactly MinHashLSH's candidates."""

from pathlib import Path

import numpy as np
from datasketch import MinHashLSH

from cleaners.overlap import banding
from cleaners.overlap.banding import candidate_pairs
from cleaners.overlap.signature import NUM_PERM, sign_document

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "overlap"


def fixture_signatures():
    return [
        sign_document(p.stem, p.read_text(encoding="utf-8")) for p in sorted(FIXTURES.glob("*.txt"))
    ]


def datasketch_pairs(signatures, rows):
    lsh = MinHashLSH(num_perm=NUM_PERM, params=(NUM_PERM // rows, rows))
    for n, s in enumerate(signatures):
        lsh.insert(n, s.lean_minhash())
    return sorted(
        {
            (min(n, m), max(n, m))
            for n, s in enumerate(signatures)
            for m in lsh.query(s.lean_minhash())
            if m != n
        }
    )


def test_banding_finds_datasketchs_minhashlsh_candidates():
    signatures = fixture_signatures()
    sketches = np.stack([s.hashvalues for s in signatures])
    for rows in (1, 2, 4):
        ours = candidate_pairs(sketches, rows, np.ones(len(signatures), dtype=bool))
        assert [tuple(p) for p in ours.tolist()] == datasketch_pairs(signatures, rows)
    assert len(candidate_pairs(sketches, 2, np.ones(len(signatures), dtype=bool))) > 0


def test_pairs_of_two_old_documents_are_left_out():
    sketches = np.array([[1, 2, 3, 4], [1, 2, 3, 4], [1, 2, 9, 9], [7, 7, 7, 7]], dtype=np.uint32)
    new = np.array([False, False, True, False])
    assert candidate_pairs(sketches, 2, new).tolist() == [[0, 2], [1, 2]]
    assert candidate_pairs(sketches, 2, np.ones(4, dtype=bool)).tolist() == [[0, 1], [0, 2], [1, 2]]


def test_no_documents_no_pairs():
    assert candidate_pairs(np.zeros((1, 4), dtype=np.uint32), 2, np.ones(1, dtype=bool)).shape == (
        0,
        2,
    )


def test_a_bucket_of_too_many_documents_gives_no_pairs():
    # Four documents share their first band (a common term), two of them also their second.
    sketches = np.array([[5, 5, 1, 2], [5, 5, 1, 2], [5, 5, 3, 4], [5, 5, 6, 7]], dtype=np.uint64)
    every = np.ones(4, dtype=bool)
    assert len(candidate_pairs(sketches, 2, every)) == 6
    assert candidate_pairs(sketches, 2, every, max_bucket=3).tolist() == [[0, 1]]


def test_bands_keyed_a_group_at_a_time_give_the_candidates_of_all_at_once():
    signatures = fixture_signatures()
    sketches = np.stack([s.hashvalues for s in signatures])
    new = np.arange(len(signatures)) % 3 != 0
    whole = candidate_pairs(sketches, 2, new)
    assert len(whole) > 0
    for max_entries in (1, len(signatures) * 5, len(signatures) * 64):  # 1, 5 and 64 bands a group
        assert np.array_equal(candidate_pairs(sketches, 2, new, max_entries=max_entries), whole)


def test_pairs_expanded_a_few_at_a_time_are_the_same(monkeypatch):
    # Copies share every band: their buckets expand into many pairs, expanded in slices.
    signatures = fixture_signatures()
    sketches = np.stack([s.hashvalues for s in signatures])
    new = np.ones(len(signatures), dtype=bool)
    whole = candidate_pairs(sketches, 2, new)
    monkeypatch.setattr(banding, "MAX_PAIR_ENTRIES", 3)
    assert candidate_pairs(sketches, 2, new).tolist() == whole.tolist()
    assert len(whole) > 0
