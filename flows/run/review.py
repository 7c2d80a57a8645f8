"""Review a run document by document: what each lost, to which rules, why it was rejected. No Prefect.

A run's full records lie in its batches' manifest fragments; `collect_review` reads them once, one
line at a time, and keeps only what the review shows: the most changed documents (a bounded heap),
the removed lines of the few that lost most to the rules, and of the first rejected ones. The flow
publishes the result as artifacts; the manifest keeps every record.
"""

from __future__ import annotations

import heapq
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from cleaners.records import Overlap
from flows.run.manifest import RunRecord, fragment_lines, full_record
from flows.run.report import count_noun

# Documents whose removed lines the markdown shows: enough to judge the rules, small enough to read.
DETAILED = 10
# Rejected documents shown in full; a run of bad files can reject thousands (all in the manifest).
REJECTED_SHOWN = 30
LINES_SHOWN = 40  # removed lines shown per document
LINE_CHARS = 200  # characters of a removed line shown
KEPT_START_CHARS = 300  # characters of the kept text shown
# Titles in table cells: the UI gives a table ~650 px, and a whole headline hid the next column.
TITLE_CHARS = 60
TOP_RULES = 3
OVERLAPS_SHOWN = 3
# Characters that would turn a removed line into markdown (emphasis, links, HTML, table cells).
MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")


@dataclass(slots=True)
class Change:
    """What a run did to one document, as the review shows it."""

    id: str
    source: str
    status: str
    title: str
    reason: str | None
    chars_in: int
    chars_out: int
    rules: Counter
    rule_chars: int  # characters removed by boilerplate rules
    overlaps: tuple[Overlap, ...] = ()
    text_path: str | None = None
    removed: list[tuple[str, str]] = field(default_factory=list)  # kept for detailed documents only
    kept_start: str = ""

    @property
    def share(self) -> float:
        return share_and_lost(self.chars_in, self.chars_out, self.status != "kept")[0]


@dataclass(slots=True)
class RunReview:
    """The documents a run changed, rejected or flagged, ready to show."""

    noted: int = 0  # documents changed, rejected or flagged
    rows: list[Change] = field(default_factory=list)  # most changed first
    detailed: list[Change] = field(default_factory=list)  # most removed by rules first
    rejected: list[Change] = field(default_factory=list)
    rejected_total: int = 0


def collect_review(
    records: list[RunRecord],
    overlaps: Mapping[str, tuple[Overlap, ...]],
    out: Path,
    limit: int = 1000,
) -> RunReview:
    """Return the review of a run from its records' fragment lines (read before staging goes)."""
    review = RunReview()
    top: list[tuple[float, int, int, Change]] = []
    most_removed: list[tuple[int, int, Change]] = []
    for number, (summary, line) in enumerate(fragment_lines(records)):
        record = full_record(summary, line).to_json()
        flagged = overlaps.get(summary.id, ())
        removed = record.get("removed", ())
        rejected = record.get("status") != "kept"
        chars_in = record.get("chars_in", 0)
        chars_out = 0 if rejected else record.get("chars_out", 0)
        if not (rejected or removed or flagged or chars_in != chars_out):
            continue  # untouched: not in the review
        review.noted += 1
        review.rejected_total += rejected
        # A document's Change (a Counter of its rules, its removed lines) is made only if shown.
        ranked = (*share_and_lost(chars_in, chars_out, rejected), -number)
        rule_chars = 0 if rejected else sum(len(r["text"]) for r in removed)
        shown_rejected = rejected and len(review.rejected) < REJECTED_SHOWN
        if not (
            shown_rejected
            or beats(top, ranked, limit)
            or (rule_chars and beats(most_removed, (rule_chars, -number), DETAILED))
        ):
            continue
        change = make_change(record, flagged)
        push_bounded(top, (*ranked, change), limit)
        if shown_rejected:
            change.removed = [(r["rule"], r["text"]) for r in removed]
            review.rejected.append(change)
        elif rule_chars:
            change.removed = [(r["rule"], r["text"]) for r in removed]
            evicted = push_bounded(most_removed, (rule_chars, -number, change), DETAILED)
            if evicted is not None:
                evicted[-1].removed = []
    review.rows = [entry[-1] for entry in sorted(top, reverse=True)]
    review.detailed = [entry[-1] for entry in sorted(most_removed, reverse=True)]
    for change in review.detailed:
        change.kept_start = read_start(out, change.text_path)
    return review


def beats(heap: list, key: tuple, limit: int) -> bool:
    """Tell whether an entry ranked ``key`` would enter a min-heap of the ``limit`` largest."""
    return len(heap) < limit or key > heap[0][: len(key)]


def share_and_lost(chars_in: int, chars_out: int, rejected: bool) -> tuple[float, int]:
    """Return the share of a document's characters a run removed, and how many."""
    lost = max(0, chars_in - chars_out)
    return (lost / chars_in if chars_in else float(rejected)), lost


def push_bounded(heap: list, entry: tuple, limit: int) -> tuple | None:
    """Keep the ``limit`` largest entries in a min-heap; return the entry left out, if any."""
    if len(heap) < limit:
        heapq.heappush(heap, entry)
        return None
    if entry > heap[0]:
        return heapq.heapreplace(heap, entry)
    return entry


def make_change(record: dict, overlaps: tuple[Overlap, ...]) -> Change:
    """Return a manifest record's change, with the overlaps the run flagged for it."""
    removed = record.get("removed", ())
    return Change(
        id=record["id"],
        source=record.get("source", ""),
        status=record.get("status", ""),
        title=record.get("title") or "",
        reason=record.get("reason"),
        chars_in=record.get("chars_in", 0),
        chars_out=record.get("chars_out", 0) if record.get("status") == "kept" else 0,
        rules=Counter(r["rule"] for r in removed),
        rule_chars=sum(len(r["text"]) for r in removed),
        overlaps=tuple(overlaps),
        text_path=record.get("text_path"),
    )


def read_start(out: Path, text_path: str | None) -> str:
    """Return the start of a kept document's clean text ("" when it has none on disk)."""
    if not text_path:
        return ""
    try:
        with open(out / text_path, encoding="utf-8", errors="replace") as handle:
            return handle.read(KEPT_START_CHARS)
    except OSError:
        return ""


def document_rows(review: RunReview) -> list[dict]:
    """Return the documents table: one row per changed, rejected or flagged document."""
    return [
        {
            "id": c.id,
            "removed": f"{c.share:.0%}",
            "chars": f"{c.chars_in:,} → {c.chars_out:,}",
            "top_rules": top_rules(c.rules) or (extraction_note(c) if c.status == "kept" else ""),
            "rejected_because": c.reason or "",
            "overlaps": overlap_summary(c.overlaps),
            "title": shorten(c.title, TITLE_CHARS) or "(no title)",
            "source": c.source,
        }
        for c in review.rows
    ]


def top_rules(rules: Counter) -> str:
    """Return a document's most used rules with their counts, e.g. ``link_list ×22``."""
    ranked = sorted(rules.items(), key=lambda item: (-item[1], item[0]))
    shown = ", ".join(f"{rule} ×{n}" for rule, n in ranked[:TOP_RULES])
    return shown + (f", +{len(ranked) - TOP_RULES} more" if len(ranked) > TOP_RULES else "")


def extraction_note(change: Change) -> str:
    """Say what removed a kept document's characters when no rule did."""
    return "extraction and normalisation" if change.chars_in != change.chars_out else ""


def overlap_summary(overlaps: Iterable[Overlap]) -> str:
    """Return a document's overlaps in a table cell: kind, other id, similarity."""
    found = sorted(overlaps, key=lambda o: (-o.similarity, o.id))
    shown = "; ".join(f"{o.kind} {o.id} ({o.similarity:.2f})" for o in found[:OVERLAPS_SHOWN])
    return shown + (f"; +{len(found) - OVERLAPS_SHOWN} more" if len(found) > OVERLAPS_SHOWN else "")


def documents_description(review: RunReview, manifest: str) -> str:
    """Describe the documents table, saying how many rows were left out and where they are."""
    left = review.noted - len(review.rows)
    text = (
        f"{count_noun(review.noted, 'document')} changed, rejected or flagged in this run, "
        "most changed first"
    )
    return text + (f" ({left:,} left out: every record is in {manifest})" if left else "")


def removals_markdown(review: RunReview, manifest: str) -> str:
    """Return the markdown of removed lines: the documents that lost most, then the rejected."""
    lines = ["# Removed lines, document by document", ""]
    lines.append(
        f"Every removal of every document is in the manifest, `{manifest}` "
        "(also: `presswash show ID`)."
    )
    lines += ["", "## Documents that lost the most to the rules", ""]
    if not review.detailed:
        lines += ["No rule removed anything in this run.", ""]
    for change in review.detailed:
        lines += document_section(change)
    lines += ["## Rejected documents", ""]
    if not review.rejected:
        lines += ["No document was rejected in this run.", ""]
    for change in review.rejected:
        lines += document_section(change)
    if review.rejected_total > len(review.rejected):
        lines.append(
            f"{review.rejected_total - len(review.rejected):,} more rejected documents "
            "are in the manifest."
        )
    return "\n".join(lines).rstrip() + "\n"


def document_section(change: Change) -> list[str]:
    """Return one document's part of the removals markdown."""
    title = f": {escape(change.title)}" if change.title else ""
    lines = [
        f"### {escape(change.id)}{title}",
        "",
        (
            f"`{change.source}` · {change.chars_in:,} → {change.chars_out:,} characters "
            f"({change.share:.0%} removed) · {change.status}"
        ),
        "",
    ]
    if change.reason:
        lines += [f"**Rejected because:** {escape(change.reason)}", ""]
    if change.removed:
        lines += ["| rule | removed line |", "|---|---|"]
        lines += [
            f"| {rule} | {escape(shorten(text, LINE_CHARS))} |"
            for rule, text in change.removed[:LINES_SHOWN]
        ]
        if len(change.removed) > LINES_SHOWN:
            lines.append(f"| … | {len(change.removed) - LINES_SHOWN} more in the manifest |")
        lines.append("")
    if change.kept_start:
        lines += [
            "**Kept text starts:**",
            "",
            f"> {escape(shorten(change.kept_start, KEPT_START_CHARS))}",
            "",
        ]
    return lines


def shorten(text: str, limit: int) -> str:
    """Return text on one line, cut to ``limit`` characters with an ellipsis."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def escape(text: str) -> str:
    """Escape markdown so that a scraped line shows as written, inside a table cell too."""
    return MARKDOWN_SPECIAL.sub(r"\\\1", " ".join(text.split()))


def overlap_table(rows: list[dict], overlaps: Mapping[str, tuple[Overlap, ...]]) -> list[dict]:
    """Return the overlaps table with both titles and the evidence of each pair."""
    return [
        {
            "kind": row["kind"],
            "similarity": row["similarity"],
            "title": shorten(row["title"], TITLE_CHARS),
            "other_title": shorten(row["other_title"], TITLE_CHARS),
            "evidence": evidence(row, overlaps),
            "id": row["id"],
            "other_id": row["other_id"],
        }
        for row in rows
    ]


def evidence(row: dict, overlaps: Mapping[str, tuple[Overlap, ...]]) -> str:
    """Say why a pair was flagged: its measure, and for a same story the terms both share."""
    found = next(
        (
            o
            for o in overlaps.get(row["id"], ())
            if o.id == row["other_id"] and o.kind == row["kind"]
        ),
        None,
    )
    # Overlap.terms is being added (the same-story terms); older records have none.
    terms = tuple(getattr(found, "terms", ()) or ())
    text = f"{row['measure']} {row['similarity']:.3f}"
    return text + (f"; shared terms: {', '.join(terms)}" if terms else "")
