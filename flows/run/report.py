"""Build what a person reads about a run: the summary, the overlap and reject tables. No Prefect here."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime


@dataclass(slots=True)
class RunReport:
    out: str
    manifest: str
    files: int = 0
    read: int = 0
    changed: int = 0
    unchanged: int = 0
    kept: int = 0
    rejected: int = 0
    chars_in: int = 0
    chars_out: int = 0
    removed_chars: int = 0
    removed_by_rule: Counter = field(default_factory=Counter)
    overlaps_by_kind: Counter = field(default_factory=Counter)
    seconds: dict[str, float] = field(default_factory=dict)
    overlap_rows: list[dict] = field(default_factory=list)  # the most similar pairs (a table)
    reject_rows: list[dict] = field(default_factory=list)
    flow_run_id: str | None = None
    # The overlap index after the run: every document ever kept in this output folder.
    index_documents: int = 0
    index_bytes: int = 0


def summary_markdown(report: RunReport) -> str:
    """Return the run summary as markdown."""
    lines = [
        "# presswash run summary",
        "",
        "| documents | count |",
        "|---|---:|",
        f"| input files found | {report.files} |",
        f"| documents read | {report.read} |",
        f"| of which new | {report.read - report.changed} |",
        f"| of which changed since the last run | {report.changed} |",
        f"| unchanged since the last run (skipped) | {report.unchanged} |",
        f"| kept | {report.kept} |",
        f"| rejected | {report.rejected} |",
        "",
        (
            f"Characters in: {report.chars_in:,}; out: {report.chars_out:,}; "
            f"removed by boilerplate rules: {report.removed_chars:,}; by HTML extraction, "
            f"encoding repair and whitespace normalisation, or in rejected documents: "
            f"{max(0, report.chars_in - report.chars_out - report.removed_chars):,}."
        ),
        "",
        "## Overlaps found in this run",
        "",
        "| kind | pairs |",
        "|---|---:|",
    ]
    lines += [f"| {kind} | {n} |" for kind, n in sorted(report.overlaps_by_kind.items())]
    if not report.overlaps_by_kind:
        lines.append("| (none) | 0 |")
    lines += [
        "",
        "## Overlap index",
        "",
        (
            "What grows with the corpus: the signatures of every document kept in this output folder, "
            "which later runs are compared with."
        ),
        "",
        "| index | |",
        "|---|---:|",
        f"| documents | {report.index_documents:,} |",
        f"| size on disk | {report.index_bytes / 2**20:,.1f} MB |",
        f"| per document | {index_bytes_per_document(report):,} bytes |",
    ]
    lines += ["", "## Removals per rule", "", "| rule | lines or blocks removed |", "|---|---:|"]
    lines += [f"| {rule} | {n} |" for rule, n in sorted(report.removed_by_rule.items(), key=rank)]
    lines += ["", "## Time per stage", "", "| stage | seconds |", "|---|---:|"]
    lines += [f"| {stage} | {sec:.2f} |" for stage, sec in report.seconds.items()]
    lines += [
        "",
        "## Outputs",
        "",
        f"- clean texts: `{report.out}`",
        f"- manifest: `{report.manifest}`",
    ]
    lines += ["", "## This run's cards", ""] + [f"- `{key}`: {what}" for key, what in CARDS]
    return "\n".join(lines) + "\n"


# The run's artifacts, in the order they are created (the UI sorts them by random ids).
CARDS = (
    ("presswash-summary", "this summary"),
    (
        "presswash-documents",
        "every document the run changed, rejected or flagged, most changed first",
    ),
    (
        "presswash-removals",
        "the removed lines and their rules (most changed documents, rejected ones)",
    ),
    ("presswash-overlaps", "the overlapping pairs, with both titles and the evidence"),
    ("presswash-rejected", "the rejected documents and why"),
    ("presswash-progress", "batches cleaned"),
)


def index_bytes_per_document(report: RunReport) -> int:
    """Return the overlap index's size on disk per indexed document (0 when it is empty)."""
    return round(report.index_bytes / report.index_documents) if report.index_documents else 0


def summary_line(report: RunReport) -> str:
    """Return the one-line description shown on the summary artifact's card."""
    pairs = sum(report.overlaps_by_kind.values())
    return (
        f"{report.read} read: {report.kept} kept, {report.rejected} rejected; "
        f"{count_noun(pairs, 'overlapping pair')}; {report.unchanged} unchanged"
    )


# Nouns whose plural is not the noun with an "s".
PLURALS = {"batch": "batches", "copy": "copies"}


def count_noun(count: int, noun: str) -> str:
    """Return a count with its noun in the right number: "1 batch", "2 batches", "1,200 documents"."""
    if count == 1:
        return f"1 {noun}"
    head, _, last = noun.rpartition(" ")
    plural = PLURALS.get(last, last + "s")
    return f"{count:,} {head + ' ' if head else ''}{plural}"


def rank(item: tuple[str, int]) -> tuple[int, str]:
    """Order rules by how much they removed, then by name."""
    return -item[1], item[0]


def terminal_summary(report: RunReport) -> str:
    """Return the short summary printed at the end of a command-line run."""
    pairs = sum(report.overlaps_by_kind.values())
    kinds = ", ".join(f"{n} {kind}" for kind, n in sorted(report.overlaps_by_kind.items()))
    return (
        f"presswash: {count_noun(report.read, 'document')} read ({report.unchanged:,} unchanged "
        f"skipped), {report.kept:,} kept, {report.rejected:,} rejected; "
        f"{count_noun(report.removed_chars, 'character')} removed; "
        f"{count_noun(pairs, 'overlapping pair')} flagged{f' ({kinds})' if kinds else ''}.\n"
        f"Clean texts in {report.out}, manifest at {report.manifest}"
    )


def report_summary(report: RunReport) -> dict:
    """Return the run's numbers as plain JSON (saved as ``<state>/last-run.json``)."""
    return {
        "flow_run_id": report.flow_run_id,
        "finished": datetime.now(UTC).isoformat(timespec="seconds"),
        "out": report.out,
        "manifest": report.manifest,
        "files": report.files,
        "read": report.read,
        "unchanged": report.unchanged,
        "changed": report.changed,
        "kept": report.kept,
        "rejected": report.rejected,
        "chars_in": report.chars_in,
        "chars_out": report.chars_out,
        "removed_chars": report.removed_chars,
        "removed_by_rule": dict(report.removed_by_rule),
        "overlaps_by_kind": dict(report.overlaps_by_kind),
        "seconds": {k: round(v, 3) for k, v in report.seconds.items()},
        "overlap_index": {
            "documents": report.index_documents,
            "bytes": report.index_bytes,
            "bytes_per_document": index_bytes_per_document(report),
        },
    }
