"""The records that flow through presswash: plain, frozen data."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, fields
from operator import attrgetter
from typing import Any, TypeVar

R = TypeVar("R")


@dataclass(frozen=True, slots=True)
class RawDocument:
    """One input document as read from the raw path, before any cleaning.

    Exactly one of ``text`` and ``html`` is set for a readable document; ``error`` says why a
    document could not be read at all (it is then rejected with that reason).
    """

    id: str
    source: str
    text: str | None = None
    html: str | None = None
    url: str | None = None
    title: str | None = None
    date: str | None = None
    encoding: str | None = None
    encoding_guessed: bool = False  # no evidence named the encoding: it is decoding's best effort
    error: str | None = None


# The rule name of the blocks of a page that extraction left out.
EXTRACTION_RULE = "extraction"


@dataclass(frozen=True, slots=True)
class Removal:
    """A line or block taken out of a document, and the rule that took it."""

    rule: str
    text: str


@dataclass(frozen=True, slots=True)
class Overlap:
    """Another document this one overlaps, how, and how strongly."""

    id: str
    kind: str  # "near_duplicate" | "same_story"
    similarity: float
    measure: str = "jaccard"  # "jaccard" | "containment" | "weighted_jaccard"
    terms: tuple[str, ...] | None = (
        None  # same_story: the shared terms that weigh most, heaviest first
    )


@dataclass(frozen=True, slots=True)
class Document:
    """A cleaned document: its text, its provenance and what was removed from it."""

    id: str
    source: str
    status: str  # "kept" | "rejected"
    text: str = ""
    reason: str | None = None
    title: str | None = None
    url: str | None = None
    date: str | None = None
    author: str | None = None
    sitename: str | None = None
    language: str | None = None
    encoding: str | None = None
    encoding_guessed: bool = False
    extraction: str | None = None  # which path produced the text: "text", "trafilatura", ...
    chars_in: int = 0
    # What extraction left out of an HTML page's visible text (its longest blocks are listed in
    # ``removed`` under EXTRACTION_RULE, up to a bound: fewer entries than blocks means capped).
    extraction_dropped_chars: int = 0
    extraction_dropped_blocks: int = 0
    removed: tuple[Removal, ...] = ()

    @property
    def chars_out(self) -> int:
        return len(self.text)


@dataclass(frozen=True, slots=True)
class ManifestRecord:
    """A document's line in the manifest: its provenance, what was removed, and its overlaps.

    The fields in their order are the line's keys: a field that defaults to None is left out
    while it is None or empty. Fields that a `Document` has too are copied from it by name.
    """

    id: str
    source: str
    status: str  # "kept" | "rejected"
    reason: str | None = None  # why a rejected document was rejected
    text_path: str | None = None  # a kept document's clean text, relative to the output folder
    title: str | None = None
    url: str | None = None
    date: str | None = None
    author: str | None = None
    sitename: str | None = None
    language: str | None = None
    encoding: str | None = None
    encoding_guessed: bool | None = None  # true when no evidence named the encoding
    extraction: str | None = None
    chars_in: int = 0
    chars_out: int = 0
    # Visible text of an HTML page that extraction left out (HTML pages only).
    extraction_dropped_chars: int | None = None
    extraction_dropped_blocks: int | None = None
    removed: tuple[Removal, ...] = ()
    overlaps: tuple[Overlap, ...] = ()  # sorted by (kind, id)
    cluster: str | None = None  # set once overlaps are flagged
    representative: str | None = None
    input_deleted: bool | None = None  # the input file is gone from the raw path

    @classmethod
    def of_document(cls, doc: Document, text_path: str | None) -> ManifestRecord:
        """Return a document's record before flagging (``text_path``: where a kept text goes)."""
        values = {name: getattr(doc, name) for name in DOCUMENT_FIELDS}
        kept = doc.status == "kept"
        values.update(reason=None if kept else doc.reason, text_path=text_path if kept else None)
        values["encoding_guessed"] = doc.encoding_guessed or None  # written only when true
        if doc.extraction in (None, "text"):  # nothing was extracted from a page
            values.update(extraction_dropped_chars=None, extraction_dropped_blocks=None)
        return cls(**values, chars_out=doc.chars_out)

    def to_json(self) -> dict[str, Any]:
        """Return the record as the manifest's JSON object."""
        return to_json(self)

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> ManifestRecord:
        """Return the record a manifest's JSON object holds (keys it does not know are dropped)."""
        return from_json(cls, data)


# What an optional field holds while it is not set: it is left out of the JSON object then.
UNSET = (None, "", ())
# Nested records in a record's JSON object, by field name.
NESTED: dict[str, type] = {"removed": Removal, "overlaps": Overlap}
DOCUMENT_FIELDS = tuple(
    f.name for f in fields(ManifestRecord) if f.name in {g.name for g in fields(Document)}
)


@dataclass(frozen=True, slots=True)
class Layout:
    """A record type's fields as its JSON object holds them."""

    names: frozenset[str]
    optional: frozenset[str]  # left out while unset
    items: Callable[[Any], Iterator[tuple[str, Any]]]  # a record's (name, value) pairs in order


def layout(cls: type) -> Layout:
    """Return the JSON layout of a record type."""
    names = tuple(f.name for f in fields(cls))
    values = attrgetter(*names)
    return Layout(
        frozenset(names),
        frozenset(f.name for f in fields(cls) if f.default is None),
        lambda record: zip(names, values(record), strict=True),
    )


LAYOUTS = {cls: layout(cls) for cls in (Removal, Overlap, ManifestRecord)}


def replaced(record: R, **changes: Any) -> R:
    """Return a record with some fields changed (`dataclasses.replace`, without its checks)."""
    return type(record)(**(dict(LAYOUTS[type(record)].items(record)) | changes))


def to_json(record: Any) -> dict[str, Any]:
    """Return a record as a JSON object: its fields in order, nested records as objects."""
    found: dict[str, Any] = {}
    optional = LAYOUTS[type(record)].optional
    for name, value in LAYOUTS[type(record)].items(record):
        if value in UNSET and name in optional:
            continue
        if value.__class__ is tuple:
            value = [to_json(item) for item in value] if name in NESTED else list(value)
        found[name] = value
    return found


def from_json(cls: type[R], data: Mapping[str, Any]) -> R:
    """Return the record of type ``cls`` that a JSON object holds (unknown keys are dropped)."""
    names = LAYOUTS[cls].names
    values = dict(data) if names.issuperset(data) else {k: data[k] for k in names if k in data}
    for name, value in values.items():
        if value.__class__ is list:
            nested = NESTED.get(name)
            values[name] = tuple([from_json(nested, v) for v in value] if nested else value)
    return cls(**values)
