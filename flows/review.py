"""Publish a run for review in the Prefect UI: its name, and its artifacts in a fixed order.

The cards are created in one order every run (progress as the run starts, then summary,
documents, removals, overlaps, rejected) and the summary lists them in that order. The UI sorts a
run's cards by their random (uuid4) ids, and forcing the ids costs seconds a run (docs/review.md).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from uuid import UUID

from prefect.artifacts import (
    create_markdown_artifact,
    create_progress_artifact,
    create_table_artifact,
)
from prefect.client.orchestration import get_client
from prefect.runtime import flow_run

from flows.run.plan import Plan
from flows.run.report import RunReport, count_noun, summary_line, summary_markdown
from flows.run.review import (
    RunReview,
    document_rows,
    documents_description,
    removals_markdown,
)

PREFIX = "presswash"
TABLE_ROWS = 1000  # the UI loads a table whole: a 23k-row table took seconds to send


def key(name: str) -> str:
    """Return the artifact key of one of the run's cards (keys give a history across runs)."""
    return f"{PREFIX}-{name}"


def name_run(settings_raw: Path, settings_out: Path, plan: Plan) -> None:
    """Rename the flow run after what it processes, e.g. ``raw → clean: 12 documents, 12 new``."""
    if not flow_run.id:
        return
    with get_client(sync_client=True) as client:
        client.update_flow_run(UUID(flow_run.id), name=run_title(settings_raw, settings_out, plan))


def run_title(raw: Path, out: Path, plan: Plan) -> str:
    """Return a flow run's name from its folders and plan."""
    new = plan.documents - plan.changed
    parts = [count_noun(plan.documents, "document"), f"{new:,} new"]
    if plan.changed:
        parts.append(f"{plan.changed:,} changed")
    if plan.unchanged:
        parts.append(f"{plan.unchanged:,} unchanged")
    return f"{raw.name or raw} → {out.name or out}: {', '.join(parts)}"


def create_progress() -> UUID:
    """Create the run's progress card (the last card)."""
    return create_progress_artifact(
        progress=0.0, key=key("progress"), description="Batches of documents cleaned"
    )


def publish_artifacts(report: RunReport, review: RunReview) -> None:
    """Publish the summary, the per-document review and the overlap and reject tables."""
    manifest = report.manifest
    overlaps = sum(report.overlaps_by_kind.values())
    cards: dict[str, Callable[[], UUID]] = {
        "summary": lambda: create_markdown_artifact(
            markdown=summary_markdown(report), key=key("summary"), description=summary_line(report)
        ),
        "documents": lambda: create_table_artifact(
            table=document_rows(review),
            key=key("documents"),
            description=documents_description(review, manifest),
        ),
        "removals": lambda: create_markdown_artifact(
            markdown=removals_markdown(review, manifest),
            key=key("removals"),
            description="Removed lines with their rules: the documents that lost most, the rejected",
        ),
        "overlaps": lambda: create_table_artifact(
            table=report.overlap_rows,
            key=key("overlaps"),
            description=table_description(
                overlaps, "overlapping pair", "found in this run", "the most similar", manifest
            ),
        ),
        "rejected": lambda: create_table_artifact(
            table=report.reject_rows[:TABLE_ROWS],
            key=key("rejected"),
            description=table_description(
                len(report.reject_rows),
                "document",
                "rejected in this run, and why",
                "the first",
                manifest,
            ),
        ),
    }
    for create in cards.values():
        create()


def table_description(total: int, noun: str, what: str, which: str, manifest: str) -> str:
    """Describe a table artifact, saying when it shows only part of the rows."""
    shown = f" ({which} {TABLE_ROWS:,} shown; all are in {manifest})" if total > TABLE_ROWS else ""
    return f"{count_noun(total, noun)} {what}{shown}"
