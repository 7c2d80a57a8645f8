"""Signatures as named numpy arrays: how the index file and a batch's signature file hold them.

Each field of every signature is one array (strings and variable-length arrays end to end, with
their ends), so that a file of 100,000 signatures is a few dozen arrays, written one at a time and
read back as views. A field an older index lacks is read as unknown (`unpack_specifics`).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import date as Date

import numpy as np

from cleaners.overlap.prior import zipf_bytes, zipf_of_bytes
from cleaners.overlap.signature import NUM_PERM, Signature

NO_DATE = 0


def pack_signatures(
    sigs: list[Signature], boost_type: type[np.floating] = np.float32, lexicons: bool = True
) -> Iterator[tuple[str, np.ndarray]]:
    """Yield the named arrays that hold signatures (`unpack_signatures` reads them), one at a time.

    Each array is built when it is asked for, so that a caller writing them one by one holds one
    at a time; boosts are stored as ``boost_type``.
    """
    yield from pack_strings("id", [s.doc_id for s in sigs])
    yield from pack_strings("language", [s.language for s in sigs])
    yield from pack_strings("site", [s.site for s in sigs])
    if lexicons:
        yield from pack_strings("lexicon", [s.lexicon for s in sigs])
    yield from pack_strings("title_specs", [s.title_specs for s in sigs])
    codes = [s.codes for s in sigs]
    yield "codes_listed", np.array([c is not None for c in codes], dtype=bool)
    listed = [c if c is not None else np.zeros(0, np.uint64) for c in codes]
    yield "code_ends", np.cumsum([len(c) for c in listed], dtype=np.int64)
    yield "codes", np.concatenate(listed or [np.zeros(0, np.uint64)]).astype(np.uint64)
    hashvalues = np.array([s.hashvalues for s in sigs], dtype=np.uint32)
    yield "hashvalues", hashvalues.reshape(-1, NUM_PERM)
    del hashvalues
    yield "shingles", np.array([s.shingles for s in sigs], dtype=np.int64)
    yield "lengths", np.array([s.length for s in sigs], dtype=np.int64)
    yield "dates", np.array([day_number(s.date) for s in sigs], dtype=np.int32)
    yield "term_ends", np.cumsum([len(s.terms) for s in sigs], dtype=np.int64)
    yield "terms", np.concatenate([s.terms for s in sigs] or [np.zeros(0, np.uint64)])
    boosts = [s.term_boosts.astype(boost_type, copy=False) for s in sigs]
    yield "boosts", np.concatenate(boosts or [np.zeros(0, boost_type)])
    del boosts
    # A signature of an older version has no Zipf frequencies: its terms are taken as rare (0).
    zipf = [
        np.zeros(len(s.terms), np.float32) if s.term_zipf is None else s.term_zipf for s in sigs
    ]
    yield "zipf", zipf_bytes(np.concatenate(zipf or [np.zeros(0, np.float32)]))


def unpack_signatures(arrays: Mapping[str, np.ndarray]) -> list[Signature]:
    """Return the signatures held in packed arrays, in order (views into the arrays).

    The arrays: ``id_bytes`` and ``id_ends`` (the UTF-8 ids end to end), ``hashvalues`` (one row a
    document), ``shingles``, ``lengths``, ``dates`` (`day_number`), ``term_ends``, ``terms`` and
    ``boosts`` (the terms of all documents end to end, boosts in any float type), and ``zipf``
    when the arrays have them (index version 5).
    """
    ids = unpack_strings(arrays, "id")
    languages, sites = unpack_strings(arrays, "language"), unpack_strings(arrays, "site")
    lexicons = unpack_strings(arrays, "lexicon") if "lexicon_ends" in arrays else [""] * len(ids)
    specs, codes = unpack_specifics(arrays, len(ids))
    terms, boosts = arrays["terms"], arrays["boosts"].astype(np.float32, copy=False)
    # An index of version 4 or older has no Zipf frequencies (None: every term taken as rare).
    zipf = zipf_of_bytes(arrays["zipf"]) if "zipf" in arrays else None
    hashvalues, shingles = arrays["hashvalues"], arrays["shingles"].tolist()
    lengths, dates = arrays["lengths"].tolist(), arrays["dates"].tolist()
    return [
        Signature(
            doc_id=doc_id,
            hashvalues=hashvalues[n],
            shingles=shingles[n],
            terms=terms[start:end],
            term_boosts=boosts[start:end],
            length=lengths[n],
            date=from_day_number(dates[n]),
            language=languages[n],
            site=sites[n],
            lexicon=lexicons[n],
            title_specs=specs[n],
            codes=codes[n],
            term_zipf=zipf[start:end] if zipf is not None else None,
        )
        for n, (doc_id, (start, end)) in enumerate(
            zip(ids, spans(arrays["term_ends"].tolist()), strict=True)
        )
    ]


def unpack_specifics(
    arrays: Mapping[str, np.ndarray], count: int
) -> tuple[list[str], list[np.ndarray | None]]:
    """Return each document's headline specifics and codes (unknown in a version 3 index)."""
    if "codes_listed" not in arrays:
        return [""] * count, [None] * count
    codes, listed = arrays["codes"], arrays["codes_listed"].tolist()
    slices = spans(arrays["code_ends"].tolist())
    # Most texts write no code: one shared empty array, not a view each (100 bytes a document).
    empty = codes[:0]
    return unpack_strings(arrays, "title_specs"), [
        (codes[a:b] if b > a else empty) if known else None
        for known, (a, b) in zip(listed, slices, strict=True)
    ]


def pack_strings(name: str, values: list[str]) -> Iterator[tuple[str, np.ndarray]]:
    """Yield the arrays ``<name>_bytes`` and ``<name>_ends`` that hold strings end to end."""
    encoded = [v.encode("utf-8", "surrogatepass") for v in values]
    yield f"{name}_bytes", np.frombuffer(b"".join(encoded), dtype=np.uint8)
    yield f"{name}_ends", np.cumsum([len(e) for e in encoded], dtype=np.int64)


def unpack_strings(arrays: Mapping[str, np.ndarray], name: str) -> list[str]:
    """Return the strings `pack_strings` stored under ``name``."""
    blob = arrays[f"{name}_bytes"].tobytes()
    ends = arrays[f"{name}_ends"].tolist()
    return [blob[a:b].decode("utf-8", "surrogatepass") for a, b in spans(ends)]


def spans(ends: list[int]) -> list[tuple[int, int]]:
    """Return the (start, end) of consecutive slices from their ends."""
    return list(zip([0, *ends[:-1]], ends, strict=True)) if ends else []


def day_number(day: Date | None) -> int:
    """Return a date's proleptic ordinal, or NO_DATE for an unknown date."""
    return day.toordinal() if day is not None else NO_DATE


def from_day_number(number: int) -> Date | None:
    """Return the date of a proleptic ordinal, or None for NO_DATE."""
    return Date.fromordinal(number) if number != NO_DATE else None
