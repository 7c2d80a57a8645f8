"""Candidate pairs from datasketch's ``MinHashLSH``, in band groups of bounded memory.

Two documents are candidates when all ``rows`` values of one band of their sketches are equal.
The new documents are inserted into a ``MinHashLSH`` (keys are positions in the list) and every
document in scope is queried against it, so a pair with at least one new document is found once
its other document asks, and the index never holds the documents of earlier runs.

Memory: datasketch's dict storage keeps one Python set a bucket, about 300 bytes a document and
band (measured with tracemalloc: 9.5 KB a document for 32 bands, 38 KB for 128; 1 GB and 3.8 GB for
100,000 new documents). So the bands are indexed a group at a time: a ``MinHashLSH`` over a slice
of each sketch's values (its hash ranges are the slice's bands, so the candidates are exactly those
of one index over all bands), queried, then dropped before the next group is built. A group holds
at most about ``MAX_BAND_ENTRIES`` (new documents x bands; at least 2 bands, as ``MinHashLSH``
requires): one group for up to 12,500 new documents and 32 bands, eight groups of 4 bands for
100,000. Band keys are the CRC-32 of a band's bytes (``band_key``): a small int instead of a bytes
object (it saves only 3%: the sets dominate); two different bands that collide only add a
candidate, which is verified like any other.

The buckets are rebuilt each run rather than pickled beside the signatures: unpickling them costs
about as much as inserting them again, and the signatures stay the only state. The cyclic garbage
collector is paused while buckets are built: they hold no cycles, and each collection would scan
the growing buckets once more.
"""

from __future__ import annotations

import gc
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

import numpy as np

from cleaners.arrays import sorted_unique

if TYPE_CHECKING:
    from datasketch import LeanMinHash, WeightedMinHash

    Sketch = LeanMinHash | WeightedMinHash

# Bucket entries (new documents x bands) a MinHashLSH holds at once: about 120 MB.
MAX_BAND_ENTRIES = 400_000


def candidate_pairs(
    values: np.ndarray,
    new: np.ndarray,
    rows: int,
    sketch: Callable[[np.ndarray], Sketch],
    max_entries: int = MAX_BAND_ENTRIES,
) -> np.ndarray:
    """Return the sorted (i, j) pairs, i < j, of documents sharing a band, one of them new.

    ``values`` holds one row of sketch values a document (bands of ``rows`` consecutive values;
    weighted sketches have (index, t) pairs as values); ``sketch`` wraps a slice of a row as a
    datasketch sketch; ``new`` is a bool a document. Pairs of two documents that are not new are
    left out: they were compared when the later of them was new.
    """
    count = len(values)
    inserted = int(np.count_nonzero(new))
    if count < 2 or not inserted:
        return np.zeros((0, 2), dtype=np.int64)
    bands = values.shape[1] // rows
    groups = min(max(1, -(-inserted * bands // max_entries)), bands // 2)  # MinHashLSH: 2+ bands
    codes = []
    for group in np.array_split(np.arange(bands), groups):
        first, width = int(group[0]) * rows, len(group) * rows
        sketches = [sketch(row) for row in values[:, first : first + width]]
        codes.append(group_pairs(sketches, new, rows))
    found = sorted_unique(np.concatenate(codes))
    return np.stack([found // count, found % count], axis=1)


def group_pairs(sketches: list[Sketch], new: np.ndarray, rows: int) -> np.ndarray:
    """Return the pair codes (i * count + j, i < j) of sketches sharing a band, one of them new.

    Pairs of two new documents are read off the buckets (``MinHashLSH.hashtables``): one pass
    over the buckets instead of a query a document (2.5 times faster for a first run of 10,000
    documents). The documents of earlier runs are not in the index: they query it.
    """
    from datasketch import MinHashLSH  # deferred: importing datasketch takes about a second

    count, width = len(sketches), len(sketches[0])
    index = MinHashLSH(num_perm=width, params=(width // rows, rows), hashfunc=band_key)
    with paused_gc():
        with index.insertion_session() as session:
            for n in np.flatnonzero(new).tolist():
                session.insert(n, sketches[n], check_duplication=False)
        codes = [bucket_pairs(index, count)]
        sizes: list[int] = []
        found: list[int] = []  # the keys each query found, in order: no Python work a candidate
        asking = np.flatnonzero(~new)
        for n in asking.tolist():
            keys = index.query(sketches[n])
            sizes.append(len(keys))
            found.extend(keys)
    asked = np.repeat(asking.astype(np.int64), sizes)
    other = np.array(found, dtype=np.int64)
    codes.append(np.minimum(asked, other) * count + np.maximum(asked, other))
    return sorted_unique(np.concatenate(codes))


def bucket_pairs(index, count: int) -> np.ndarray:
    """Return the pair codes of the documents that share a bucket of a MinHashLSH's bands."""
    firsts: list[int] = []
    seconds: list[int] = []
    for table in index.hashtables:
        for key in table.keys():  # noqa: SIM118 - a datasketch storage, not a dict
            members = table.get(key)
            if len(members) < 2:
                continue
            ordered = sorted(members)
            for i, first in enumerate(ordered):
                firsts.extend([first] * (len(ordered) - i - 1))
                seconds.extend(ordered[i + 1 :])
    return np.array(firsts, dtype=np.int64) * count + np.array(seconds, dtype=np.int64)


def band_key(band: bytes) -> int:
    """Return a compact MinHashLSH bucket key for a band's bytes (its CRC-32)."""
    return zlib.crc32(band)


@contextmanager
def paused_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector inside the block (as it was, after it)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
