import gc
from functools import partial
from pathlib import Path

import numpy as np
import pytest
from datasketch import MinHashLSH, WeightedMinHash

from cleaners.copies import BAND_ROWS, BANDS, lean_minhash
from cleaners.lsh import band_key, candidate_pairs, paused_gc
from cleaners.signature import sign_document

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "overlap"


def fixture_values():
    signatures = {
        p.stem: sign_document(p.stem, p.read_text(encoding="utf-8"))
        for p in sorted(FIXTURES.glob("*.txt"))
    }
    values = np.stack([s.hashvalues[: BANDS * BAND_ROWS] for s in signatures.values()])
    return list(signatures), values


def values_of(*rows):
    return np.array(rows, dtype=np.uint32)


def test_the_copies_of_000_are_its_only_candidates():
    names, values = fixture_values()
    pairs = candidate_pairs(values, np.ones(len(names), dtype=bool), BAND_ROWS, lean_minhash)
    found = {(names[i], names[j]) for i, j in pairs.tolist()}
    copies = {"000_5fe9a8b6ae70ace9", "000_excerpt", "000_republished"}
    assert found == {(a, b) for a in copies for b in copies if a < b}


@pytest.mark.parametrize("max_entries", [1, 56, 10**6], ids=["16-groups", "4-groups", "one-group"])
def test_band_groups_find_the_candidates_of_one_index(max_entries):
    names, values = fixture_values()
    new = np.ones(len(names), dtype=bool)
    one_index = MinHashLSH(num_perm=BANDS * BAND_ROWS, params=(BANDS, BAND_ROWS))
    for n, row in enumerate(values):
        one_index.insert(n, lean_minhash(row))
    expected = sorted(
        {
            (min(n, m), max(n, m))
            for n, row in enumerate(values)
            for m in one_index.query(lean_minhash(row))
            if m != n
        }
    )
    found = candidate_pairs(values, new, BAND_ROWS, lean_minhash, max_entries=max_entries)
    assert [tuple(p) for p in found.tolist()] == expected


def test_pairs_of_two_old_documents_are_left_out():
    values = values_of([1, 2, 3, 4], [1, 2, 3, 4], [1, 2, 9, 9], [7, 7, 7, 7])
    new = np.array([False, False, True, False])
    assert candidate_pairs(values, new, 2, lean_minhash).tolist() == [[0, 2], [1, 2]]
    everything = np.ones(4, dtype=bool)
    assert candidate_pairs(values, everything, 2, lean_minhash).tolist() == [[0, 1], [0, 2], [1, 2]]


def test_weighted_sketches_are_banded_by_their_samples():
    values = np.array([[[5, 1], [6, 2]], [[5, 1], [6, 2]], [[5, 1], [6, 3]]], dtype=np.int64)
    values = np.concatenate([values, values], axis=1)  # two bands of two samples
    found = candidate_pairs(values, np.ones(3, dtype=bool), 2, partial(WeightedMinHash, 7))
    assert found.tolist() == [[0, 1]]


@pytest.mark.parametrize("rows, expected", [(1, [[0, 1]]), (2, [])], ids=["rows-1", "rows-2"])
def test_a_band_matches_only_when_all_its_rows_are_equal(rows, expected):
    values = values_of([1, 2, 3, 4], [1, 9, 3, 9])
    assert candidate_pairs(values, np.ones(2, dtype=bool), rows, lean_minhash).tolist() == expected


@pytest.mark.parametrize("new", [[True], [False, False]], ids=["one-document", "nothing-new"])
def test_no_pairs(new):
    values = values_of(*[[1, 2, 3, 4]] * len(new))
    assert candidate_pairs(values, np.array(new), 2, lean_minhash).shape == (0, 2)


def test_band_keys_are_small_ints_and_stable():
    assert band_key(bytes([0, 0, 0, 1, 0, 0, 0, 2])) == band_key(bytes([0, 0, 0, 1, 0, 0, 0, 2]))
    assert band_key(b"\x00" * 8) != band_key(b"\x00" * 7 + b"\x01")
    assert 0 <= band_key(b"\xff" * 32) < 2**32


def test_the_collector_is_restored_after_a_pause():
    assert gc.isenabled()
    with paused_gc():
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with paused_gc():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
