"""Array helpers of the overlap step: distinct values, counts and look-ups in big arrays.

numpy 2.4 finds the distinct values of an integer array by hashing unless it is asked for their
positions too, and that is slow here: 2.7 s for 2.7 million int64 pair codes, against 0.07 s for a
sort and a comparison of neighbours (measured on this 2-core box; the results are identical). The
overlap step finds distinct pair codes and terms in arrays of millions, so it sorts - in place
when it counts (``compact_runs``), so that the terms of 100,000 documents are held once. Packed
term sets (one array, each document's a sorted slice) are searched with ``find_in_slices``.
"""

from __future__ import annotations

import ctypes
import gc
from collections.abc import Iterator
from contextlib import contextmanager

import numpy as np


def sorted_unique(values: np.ndarray) -> np.ndarray:
    """Return the distinct values of a 1-d array, sorted (as ``np.unique``)."""
    ordered = np.sort(values)
    return ordered[np.r_[True, ordered[1:] != ordered[:-1]]] if len(ordered) else ordered


def unique_inverse(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Return the sorted distinct values and, for each value, its position among them.

    As ``np.unique(values, return_inverse=True)``.
    """
    order = np.argsort(values, kind="stable")
    ordered = values[order]
    first = np.r_[True, ordered[1:] != ordered[:-1]] if len(ordered) else np.zeros(0, dtype=bool)
    inverse = np.empty(len(values), dtype=np.intp)
    inverse[order] = np.cumsum(first) - 1
    return ordered[first], inverse


def compact_runs(ordered: np.ndarray, chunk: int = 1 << 20) -> np.ndarray:
    """Move the distinct values of a sorted 1-d array to its front, in place; return their counts.

    The first ``len(counts)`` values of ``ordered`` are then ``np.unique(ordered)`` and the
    counts (int32) those of ``np.unique(..., return_counts=True)``; the rest is left as it was.
    In place and ``chunk`` values at a time, so that the only other array as long as the distinct
    values is their counts (the terms of 100,000 documents are 110 MB, 80% of them distinct).
    """
    if not len(ordered):
        return np.zeros(0, dtype=np.int32)
    windows = (ordered[start : start + chunk + 1] for start in range(0, len(ordered) - 1, chunk))
    distinct = 1 + sum(int(np.count_nonzero(w[1:] != w[:-1])) for w in windows)
    counts = np.empty(distinct, dtype=np.int32)
    written, run = 1, 0  # distinct values moved to the front; where the current run starts
    for start in range(1, len(ordered), chunk):
        block = ordered[start : start + chunk]
        change = np.empty(len(block), dtype=bool)
        change[0] = block[0] != ordered[start - 1]  # not moved: written < start, or all distinct
        change[1:] = block[1:] != block[:-1]
        starts = np.flatnonzero(change) + start
        values = block[change]  # a copy: written <= start, so the writes stay behind the reads
        counts[written - 1 : written - 1 + len(starts)] = np.diff(starts, prepend=run)
        ordered[written : written + len(values)] = values
        written += len(values)
        run = int(starts[-1]) if len(starts) else run
    counts[written - 1] = len(ordered) - run
    return counts


def find_in_slices(
    values: np.ndarray, wanted: np.ndarray, starts: np.ndarray, ends: np.ndarray, sizes: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Return where each wanted value is in its sorted slice of values, and whether it is there.

    ``starts``/``ends`` bound one slice each, ``sizes`` says how many wanted values in a row
    search it: a binary search of all of them at once, one numpy step a halving.
    """
    low, high = np.repeat(starts, sizes), np.repeat(ends, sizes)
    end = high.copy()
    last = max(len(values) - 1, 0)
    while True:
        open_ = low < high
        if not open_.any():
            break
        middle = (low + high) // 2
        below = open_ & (values[np.minimum(middle, last)] < wanted)
        low = np.where(below, middle + 1, low)
        high = np.where(open_ & ~below, middle, high)
    at = np.minimum(low, last)
    return at, (low < end) & (values[at] == wanted)


def release_free_memory() -> None:
    """Hand memory freed by big temporaries back to the system (glibc's ``malloc_trim``).

    glibc keeps freed blocks below its (self-raising, up to 32 MB) mmap threshold in its heaps,
    so a stage's freed temporaries would stay in the process's RSS under the next stage's. A
    no-op where the C library has no ``malloc_trim`` (musl, macOS, Windows).
    """
    try:
        trim = ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError, TypeError):  # no such library or function (TypeError: Windows)
        return
    trim(0)


@contextmanager
def collector_paused() -> Iterator[None]:
    """Hold Python's cyclic garbage collector inside the block (as it was before, after it).

    Flagging builds a million small acyclic records (pairs, overlaps) beside the signatures of
    every indexed document; each full collection walks all of them, and collections come ever
    more often as they grow: about three quarters of building the overlaps went to it.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
