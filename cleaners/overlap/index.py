"""The persistent overlap index: every signed document of earlier runs, in one file.

What it holds: each document's signature (cleaners/signature.py), the date it was first indexed,
the document frequency of every salient term (for IDF) and the pairs flagged so far (for
clusters). Size: 2-3 KB a document (bench/overlap.py prints it): 1 KB of MinHash values, the
rest salient terms and their counts. The LSH buckets are not saved: cleaners/banding.py finds
the candidates from the MinHash values each run (faster than unpickling buckets, and no second
copy of the state to keep in step).

The file is a numpy ``.npz`` archive (``OverlapIndex.write``), which the flow writes with its
one atomic writer (flows/output.py: a temporary file in the same folder, then ``os.replace``): a
crash leaves the old index whole. ``OverlapIndex.load`` of a missing file
gives an empty index; a file that is not an index, or an index written with other signature
parameters, raises ``OverlapIndexError`` naming the file: delete it to start over (the next run
then flags documents against that run's documents only, until they are indexed again).
``FORMAT`` names the signature settings an index depends on: bump its version whenever hashing
(cleaners/tokens.py, signature.py, salient.py) changes, so that old indexes are refused. An index
of an older version whose terms hash alike (``READABLE_VERSIONS``) is read: its documents' headline
specifics and codes are unknown (cleaners/overlap/specifics.py: no headline of theirs disagrees
with another, and they are taken to write any code), and so are their terms' Zipf frequencies
(prior.py: taken as rare), until they are processed again.
"""

from __future__ import annotations

import io
import json
import os
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date as Date
from pathlib import Path
from typing import BinaryIO, Protocol

import numpy as np

from cleaners.overlap.arrays import compact_runs, unique_inverse
from cleaners.overlap.packing import day_number, from_day_number, pack_signatures, unpack_signatures
from cleaners.overlap.salient import ENTITY_WORDS, LEAD_WORDS
from cleaners.overlap.signature import (
    MINHASH_SCHEME,
    MINHASH_SEED,
    NUM_PERM,
    SHINGLE_WORDS,
    Signature,
)
from cleaners.overlap.tokens import STEM_CHARS

FORMAT = {
    "format": "presswash-overlap-index",
    # 5: terms' Zipf frequencies (one byte each); 4: headline specifics and codes; 3: terms salted by language, CJK
    # bigrams, site, lexicon
    "version": 5,
    "num_perm": NUM_PERM,
    "shingle_words": SHINGLE_WORDS,
    "minhash_seed": MINHASH_SEED,
    "minhash_scheme": MINHASH_SCHEME,
    "lead_words": LEAD_WORDS,
    "entity_words": ENTITY_WORDS,
    "stem_chars": STEM_CHARS,
}
# Versions read as they are: 3 and 4 hash terms as 5 does; 3 has no specifics, neither has Zipf
# frequencies (their terms are taken as rare); 1, 2: refused.
READABLE_VERSIONS = (3, 4, 5)
KINDS = ("near_duplicate", "same_story")
MEASURES = ("jaccard", "containment", "weighted_jaccard")


class OverlapIndexError(Exception):
    """The overlap index file cannot be used (the message says why and how to reset it)."""


@dataclass(frozen=True, slots=True)
class IndexedPair:
    """Two indexed documents flagged as overlapping (ids sorted)."""

    a: str
    b: str
    kind: str
    similarity: float
    measure: str
    # same_story: the shared terms that weigh most (not indexed: the manifest records them)
    terms: tuple[str, ...] = field(default=(), compare=False)


class RunFlags(Protocol):
    """What `OverlapIndex.add` needs of a run's flags (cleaners/overlap/flags.py OverlapFlags)."""

    pairs: tuple[IndexedPair, ...]
    distinct: frozenset[str]
    today: Date


class TermFrequencies:
    """How many documents contain each salient term (sorted term hashes and their counts)."""

    def __init__(self, signatures: Iterable[Signature] = ()) -> None:
        self.terms = np.zeros(0, dtype=np.uint64)
        self.counts = np.zeros(0, dtype=np.int32)  # 4 bytes: a term's count fits in millions
        self.count(list(signatures), +1)

    def lookup(self, terms: np.ndarray) -> np.ndarray:
        """Return how many documents contain each of ``terms`` (int64)."""
        if not len(self.terms):
            return np.zeros(len(terms), dtype=np.int64)
        # Searched in sorted order, each search starts where the last one ended: 6 times faster
        # than in document order for half a million terms among ten million.
        order = np.argsort(terms)
        at = np.empty(len(terms), dtype=np.intp)
        at[order] = np.searchsorted(self.terms, terms[order])
        at = np.minimum(at, len(self.terms) - 1)
        return np.where(self.terms[at] == terms, self.counts[at], 0).astype(np.int64)

    def count(self, signatures: list[Signature], step: int) -> None:
        """Add ``step`` to the count of each term of each signature."""
        if not signatures:
            return
        # Sorted and counted in place: the terms of 100,000 documents are 110 MB, and an argsort
        # with its inverse would take four times that again.
        added = np.concatenate([s.terms for s in signatures])
        added.sort()
        counts = compact_runs(added)
        added.resize(len(counts), refcheck=False)  # our own array: keeps the distinct terms
        if step != 1:
            counts = counts * np.int32(step)
        if len(self.terms):
            terms = np.concatenate([self.terms, added])
            counts = np.concatenate([self.counts, counts])
            added, where = unique_inverse(terms)
            counts = np.bincount(where, weights=counts, minlength=len(added)).astype(np.int32)
        keep = counts > 0
        if not keep.all():  # a removal took some counts to 0 (a first count keeps every term)
            added, counts = added[keep], counts[keep]
        self.terms, self.counts = added, counts


class OverlapIndex:
    """Signatures of earlier runs' documents, their term frequencies and flagged pairs."""

    def __init__(self) -> None:
        self.signatures: dict[str, Signature] = {}
        self.first_seen: dict[str, Date] = {}
        self.counted: set[str] = set()  # documents whose terms are counted: not copies of another
        self.pairs: dict[tuple[str, str], IndexedPair] = {}
        self.terms = TermFrequencies()

    def __len__(self) -> int:
        return len(self.signatures)

    def __contains__(self, doc_id: object) -> bool:
        return doc_id in self.signatures

    def add(self, signatures: list[Signature], flags: RunFlags) -> None:
        """Index a run's documents (replacing entries of the same ids) and what it flagged."""
        ids = {s.doc_id for s in signatures}
        self.pairs = {k: p for k, p in self.pairs.items() if k[0] not in ids and k[1] not in ids}
        self.terms.count([self.signatures[i] for i in sorted(ids & self.counted)], -1)
        self.counted -= ids
        counted = [s for s in signatures if s.doc_id in flags.distinct]
        self.terms.count(counted, +1)
        self.counted |= {s.doc_id for s in counted}
        for s in signatures:
            self.signatures[s.doc_id] = s
            self.first_seen.setdefault(s.doc_id, flags.today)
        self.pairs.update(((p.a, p.b), p) for p in flags.pairs)

    @classmethod
    def load(cls, path: str | os.PathLike) -> OverlapIndex:
        """Return the index saved at ``path``; an empty index when there is no file."""
        path = Path(path)
        if not path.exists():
            return cls()
        try:
            with np.load(path, allow_pickle=False) as archive:
                arrays = {name: archive[name] for name in archive.files}
            found = json.loads(str(arrays["format"]))
        except (OSError, ValueError, KeyError, zipfile.BadZipFile) as error:
            raise OverlapIndexError(
                f"{path} is not a readable overlap index ({error}); delete it to start a new one"
            ) from error
        if not readable(found):
            raise OverlapIndexError(
                f"{path} was written with other signature settings ({found}, expected {FORMAT}); "
                "delete it and rerun with --full to rebuild it"
            )
        try:
            return cls.from_arrays(arrays)
        except (KeyError, ValueError, IndexError) as error:
            raise OverlapIndexError(
                f"{path} is a damaged overlap index ({error!r}); delete it to start a new one"
            ) from error

    def write(self, handle: BinaryIO) -> None:
        """Write the index as an ``.npz`` archive to an open binary file (the flow's is atomic).

        The archive ``np.savez`` writes, one array at a time: each is built, written and dropped
        (all of them at once were ~300 MB more at 100,000 documents).
        """
        with zipfile.ZipFile(handle, "w", zipfile.ZIP_STORED, allowZip64=True) as archive:
            for name, array in self.named_arrays():
                with archive.open(f"{name}.npy", "w", force_zip64=True) as member:
                    np.lib.format.write_array(member, array, allow_pickle=False)
                del array  # before the next one is built

    def to_bytes(self) -> bytes:
        """Return the bytes of the index's ``.npz`` file (`write` streams them to a file)."""
        buffer = io.BytesIO()
        self.write(buffer)
        return buffer.getvalue()

    def to_arrays(self) -> dict[str, np.ndarray]:
        """Return the index as named numpy arrays."""
        return dict(self.named_arrays())

    def named_arrays(self) -> Iterator[tuple[str, np.ndarray]]:
        """Yield the index's named numpy arrays, each built when it is asked for."""
        sigs = [self.signatures[i] for i in sorted(self.signatures)]
        yield "format", np.array(json.dumps(FORMAT))
        # Half-size boosts (exact for their values); no lexicons: a flag names its terms from the
        # run's document, which shares them.
        yield from pack_signatures(sigs, np.float16, lexicons=False)
        seen = [day_number(self.first_seen[s.doc_id]) for s in sigs]
        yield "seen", np.array(seen, dtype=np.int32)
        yield "counted", np.array([s.doc_id in self.counted for s in sigs], dtype=bool)
        yield "df_terms", self.terms.terms
        yield "df_counts", self.terms.counts.astype(np.uint32)
        position = {s.doc_id: n for n, s in enumerate(sigs)}
        pairs = sorted(self.pairs.values(), key=lambda p: (p.a, p.b))
        ends = [[position[p.a], position[p.b]] for p in pairs]
        yield "pair_ends", np.array(ends, dtype=np.int64).reshape(-1, 2)
        yield "pair_kinds", np.array([KINDS.index(p.kind) for p in pairs], dtype=np.uint8)
        yield "pair_measures", np.array([MEASURES.index(p.measure) for p in pairs], dtype=np.uint8)
        yield "pair_similarities", np.array([p.similarity for p in pairs], dtype=np.float32)

    @classmethod
    def from_arrays(cls, arrays: dict[str, np.ndarray]) -> OverlapIndex:
        """Return the index held in the named arrays of ``to_arrays``."""
        index = cls()
        signatures = unpack_signatures(arrays)
        ids = [s.doc_id for s in signatures]
        for n, signature in enumerate(signatures):
            doc_id = signature.doc_id
            index.signatures[doc_id] = signature
            index.first_seen[doc_id] = from_day_number(int(arrays["seen"][n])) or Date.min
            if arrays["counted"][n]:
                index.counted.add(doc_id)
        index.terms.terms = arrays["df_terms"]
        index.terms.counts = arrays["df_counts"].astype(np.int32)
        for (a, b), kind, measure, similarity in zip(
            arrays["pair_ends"].tolist(),
            arrays["pair_kinds"].tolist(),
            arrays["pair_measures"].tolist(),
            arrays["pair_similarities"].tolist(),
            strict=True,
        ):
            pair = IndexedPair(ids[a], ids[b], KINDS[kind], round(similarity, 4), MEASURES[measure])
            index.pairs[(pair.a, pair.b)] = pair
        return index


def readable(found: object) -> bool:
    """Tell that an index's format record is this version's, or an older one read as it is."""
    return (
        isinstance(found, dict)
        and found.get("version") in READABLE_VERSIONS
        and {**found, "version": FORMAT["version"]} == FORMAT
    )
