"""A batch's signatures in one .npz file beside its manifest fragment, read by the overlap step.

Signatures travel by file, like clean texts, not as the batch task's return value: Prefect's
process pool keeps a task's pickled return value in the flow's process, beside the unpickled
objects, until the run's batches are done. At 100,000 documents the flow's process grew by ~8 KB a
document while the batches ran (~3.5 KB of signature, twice), to 976 MB.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from cleaners.overlap.packing import pack_signatures, unpack_signatures
from cleaners.overlap.signature import Signature
from flows.run.output import write_atomic_with


def save_signatures(path: Path, signatures: list[Signature]) -> str:
    """Write a batch's signatures to ``path`` (atomically) and return the path."""
    arrays = dict(pack_signatures(signatures))
    write_atomic_with(path, lambda handle: np.savez(handle, **arrays))
    return str(path)


def load_signatures(path: str) -> list[Signature]:
    """Return the signatures saved by `save_signatures`, in their order."""
    with np.load(path, allow_pickle=False) as archive:
        return unpack_signatures({name: archive[name] for name in archive.files})
