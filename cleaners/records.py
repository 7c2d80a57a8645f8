"""The records that flow through presswash: plain, frozen data."""

from __future__ import annotations

from dataclasses import dataclass, field


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


@dataclass(frozen=True, slots=True)
class Document:
    """A cleaned document with its provenance, what was removed and (later) its overlaps."""

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
    extraction: str | None = None  # which path produced the text: "text", "trafilatura", ...
    chars_in: int = 0
    # What extraction left out of an HTML page's visible text (its longest blocks are listed in
    # ``removed`` under EXTRACTION_RULE, up to a bound: fewer entries than blocks means capped).
    extraction_dropped_chars: int = 0
    extraction_dropped_blocks: int = 0
    removed: tuple[Removal, ...] = ()
    overlaps: tuple[Overlap, ...] = ()
    cluster: str | None = None
    representative: str | None = None
    meta: dict = field(default_factory=dict, compare=False, hash=False)

    @property
    def chars_out(self) -> int:
        return len(self.text)
