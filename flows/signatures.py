"""A batch's signatures in one .npz file beside its manifest fragment, read by the overlap step.

Signatures travel by file, like clean texts, not as the batch task's return value: Prefect's
process pool keeps a task's pickled return value in the flow's process, beside the unpickled
objects, until the run's batches are done. At 100,000 documents the flow's process grew by ~8 KB a
document while the batches ran (~3.5 KB of signature, twice), to 976 MB.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from cleaners.overlap_index import day_number, unpack_signatures
from cleaners.signature import NUM_PERM, Signature
from flows.output import write_atomic_with


def save_signatures(path: Path, signatures: list[Signature]) -> str:
    """Write a batch's signatures to ``path`` (atomically) and return the path."""
    ids = [s.doc_id.encode("utf-8", "surrogatepass") for s in signatures]
    arrays = {
        "id_bytes": np.frombuffer(b"".join(ids), dtype=np.uint8),
        "id_ends": np.cumsum([len(i) for i in ids], dtype=np.int64),
        "hashvalues": np.array([s.hashvalues for s in signatures], np.uint32).reshape(-1, NUM_PERM),
        "shingles": np.array([s.shingles for s in signatures], dtype=np.int64),
        "lengths": np.array([s.length for s in signatures], dtype=np.int64),
        "dates": np.array([day_number(s.date) for s in signatures], dtype=np.int32),
        "term_ends": np.cumsum([len(s.terms) for s in signatures], dtype=np.int64),
        "terms": np.concatenate([s.terms for s in signatures] or [np.zeros(0, np.uint64)]),
        "boosts": np.concatenate([s.term_boosts for s in signatures] or [np.zeros(0, np.float32)]),
    }
    write_atomic_with(path, lambda handle: np.savez(handle, **arrays))
    return str(path)


def load_signatures(path: str) -> list[Signature]:
    """Return the signatures saved by `save_signatures`, in their order."""
    with np.load(path, allow_pickle=False) as archive:
        return unpack_signatures({name: archive[name] for name in archive.files})
