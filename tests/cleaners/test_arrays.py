"""Distinct values as np.unique gives them, on the arrays the overlap step builds."""

import numpy as np
import pytest

from cleaners.arrays import sorted_unique, unique_inverse


def pair_codes(seed: int) -> np.ndarray:
    """Pair codes (i * count + j) as banding finds them: many repeated, in bucket order."""
    rng = np.random.default_rng(seed)
    count = 5000
    a = rng.integers(0, count, 20000)
    b = rng.integers(0, count, 20000)
    codes = np.minimum(a, b) * count + np.maximum(a, b)
    return np.concatenate([codes, codes[::3], codes[:100]])


@pytest.mark.parametrize("values", [
    pair_codes(1),
    np.array([7, 3, 7, 7, 0, 3], dtype=np.int64),
    np.array([2**64 - 1, 5, 2**64 - 1, 0], dtype=np.uint64),  # term hashes use the whole range
    np.zeros(0, dtype=np.int64),
], ids=["pair-codes", "small", "uint64-extremes", "empty"])
def test_distinct_values_are_np_uniques(values):
    assert np.array_equal(sorted_unique(values), np.unique(values))
    distinct, inverse = unique_inverse(values)
    expected, expected_inverse = np.unique(values, return_inverse=True)
    assert np.array_equal(distinct, expected)
    assert np.array_equal(inverse, expected_inverse)
    assert np.array_equal(distinct[inverse], values)
    assert distinct.dtype == values.dtype
