import gc
from pathlib import Path

import numpy as np
import pytest
from datasketch import LeanMinHash

from cleaners.copies import BAND_ROWS, BANDS
from cleaners.lsh import candidate_pairs, paused_gc
from cleaners.signature import MINHASH_SCHEME, MINHASH_SEED, sign_document

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "overlap"


def fixture_sketches():
    return {
        p.stem: sign_document(p.stem, p.read_text(encoding="utf-8")).lean_minhash()
        for p in sorted(FIXTURES.glob("*.txt"))
    }


def lean(values):
    return LeanMinHash(
        seed=MINHASH_SEED, hashvalues=np.array(values, dtype=np.uint32), scheme=MINHASH_SCHEME
    )


def test_the_copies_of_000_are_its_only_candidates():
    sketches = fixture_sketches()
    names = list(sketches)
    pairs = candidate_pairs(
        list(sketches.values()), np.ones(len(names), dtype=bool), BANDS, BAND_ROWS
    )
    found = {(names[i], names[j]) for i, j in pairs.tolist()}
    copies = {"000_5fe9a8b6ae70ace9", "000_excerpt", "000_republished"}
    assert found == {(a, b) for a in copies for b in copies if a < b}


def test_pairs_of_two_old_documents_are_left_out():
    sketches = [lean([1, 2, 3, 4]), lean([1, 2, 3, 4]), lean([1, 2, 9, 9]), lean([7, 7, 7, 7])]
    new = np.array([False, False, True, False])
    assert candidate_pairs(sketches, new, 2, 2).tolist() == [[0, 2], [1, 2]]
    everything = np.ones(4, dtype=bool)
    assert candidate_pairs(sketches, everything, 2, 2).tolist() == [[0, 1], [0, 2], [1, 2]]


@pytest.mark.parametrize("rows, expected", [(1, [[0, 1]]), (2, [])], ids=["rows-1", "rows-2"])
def test_a_band_matches_only_when_all_its_rows_are_equal(rows, expected):
    sketches = [lean([1, 2, 3, 4]), lean([1, 9, 3, 9])]
    bands = 4 // rows
    assert candidate_pairs(sketches, np.ones(2, dtype=bool), bands, rows).tolist() == expected


def test_no_documents_no_pairs():
    assert candidate_pairs([lean([1, 2, 3, 4])], np.ones(1, dtype=bool), 2, 2).shape == (0, 2)


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
