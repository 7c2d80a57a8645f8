"""Distinct values as np.unique gives them, on the arrays the overlap step builds."""

import numpy as np
import pytest

from cleaners.overlap.arrays import compact_runs, find_in_slices, sorted_unique, unique_inverse


def pair_codes(seed: int) -> np.ndarray:
    """Pair codes (i * count + j) as banding finds them: many repeated, in bucket order."""
    rng = np.random.default_rng(seed)
    count = 5000
    a = rng.integers(0, count, 20000)
    b = rng.integers(0, count, 20000)
    codes = np.minimum(a, b) * count + np.maximum(a, b)
    return np.concatenate([codes, codes[::3], codes[:100]])


@pytest.mark.parametrize(
    "values",
    [
        pair_codes(1),
        np.array([7, 3, 7, 7, 0, 3], dtype=np.int64),
        np.array([2**64 - 1, 5, 2**64 - 1, 0], dtype=np.uint64),  # term hashes use the whole range
        np.zeros(0, dtype=np.int64),
    ],
    ids=["pair-codes", "small", "uint64-extremes", "empty"],
)
def test_distinct_values_are_np_uniques(values):
    assert np.array_equal(sorted_unique(values), np.unique(values))
    distinct, inverse = unique_inverse(values)
    expected, expected_inverse = np.unique(values, return_inverse=True)
    assert np.array_equal(distinct, expected)
    assert np.array_equal(inverse, expected_inverse)
    assert np.array_equal(distinct[inverse], values)
    assert distinct.dtype == values.dtype


@pytest.mark.parametrize(
    "values",
    [
        pair_codes(2),
        np.array([7, 3, 7, 7, 0, 3], dtype=np.int64),
        np.array([2**64 - 1, 5, 2**64 - 1, 0], dtype=np.uint64),
        np.array([4], dtype=np.uint64),
        np.zeros(0, dtype=np.uint64),
    ],
    ids=["pair-codes", "small", "uint64-extremes", "one", "empty"],
)
@pytest.mark.parametrize("chunk", [1, 3, 1 << 20], ids=["chunk-1", "chunk-3", "chunk-default"])
def test_compact_runs_moves_np_uniques_to_the_front_and_counts_them(values, chunk):
    ordered = np.sort(values)
    counts = compact_runs(ordered, chunk)
    expected, expected_counts = np.unique(values, return_counts=True)
    assert np.array_equal(ordered[: len(counts)], expected)
    assert np.array_equal(counts, expected_counts)
    assert counts.dtype == np.int32


def test_find_in_slices_searches_each_wanted_value_in_its_own_slice():
    # Two documents' sorted term hashes, packed: [3, 8, 20] and [1, 8, 9, 30].
    values = np.array([3, 8, 20, 1, 8, 9, 30], dtype=np.uint64)
    wanted = np.array([8, 20, 3, 1, 30, 7], dtype=np.uint64)
    starts, ends, sizes = np.array([3, 0]), np.array([7, 3]), np.array([3, 3])
    at, found = find_in_slices(values, wanted, starts, ends, sizes)
    assert found.tolist() == [True, False, False, False, False, False]
    assert at[0] == 4  # the 8 of the second document, not the first's
    at, found = find_in_slices(values, wanted, np.array([0, 3]), np.array([3, 7]), sizes)
    assert found.tolist() == [True, True, True, True, True, False]
    assert values[at[found]].tolist() == [8, 20, 3, 1, 30]
