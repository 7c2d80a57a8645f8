"""The presswash Prefect flow: read -> clean -> sign -> flag -> write, in batches.

Thin wiring: every step is a call into cleaners/ or a plain function of flows/run/; Prefect adds
batching across workers, retries of nothing (a rerun is the retry), artifacts and the UI.
"""

from __future__ import annotations

import os
import shutil
import threading
import time
import uuid
from collections import Counter
from collections.abc import Callable
from contextlib import nullcontext
from dataclasses import replace
from pathlib import Path
from typing import Any

from prefect import flow, get_run_logger, task
from prefect.artifacts import update_progress_artifact
from prefect.cache_policies import NO_CACHE
from prefect.context import TagsContext
from prefect.runtime import flow_run
from prefect.utilities.annotations import quote

from cleaners.cleaning.recurring import LineCounts
from flows.logs import quiet_os_errors
from flows.observer import Observer
from flows.review import TABLE_ROWS, create_progress, name_run, publish_artifacts
from flows.run import overlaps as overlap_step
from flows.run import recurring as recurring_step
from flows.run.batch import (
    BatchResult,
    may_hold_text,
    process_items,
    profile_batches,
    read_batch,
    read_recurring,
    write_batch,
    write_recurring,
)
from flows.run.manifest import Owner, RunRecord, mark_duplicate_ids, read_owners
from flows.run.plan import Plan, batch_sizes, plan_run, split_batches
from flows.run.publish import publish
from flows.run.report import RunReport, count_noun, report_summary
from flows.run.review import collect_review, overlap_table
from flows.run.settings import OPTIONS, Settings, make_settings, parameters_signature
from flows.run.sources import ReadLog
from flows.run.state import (
    check_state,
    claim_state,
    clear_staging,
    lock_folder,
    run_lock,
    save_json,
)
from flows.runners import (
    check_dask_cluster,
    choose_runner,
    estimated_seconds,
    in_flight_limit,
    run_in_order,
)

quiet_os_errors()  # here and in every worker process, which imports this module for its tasks

# Profile tasks per worker: a batch's line counts take ~0.4 ms a document, less than the ~0.3 s a
# task run costs a worker process (Prefect's client, context and API calls), so the profile pass
# runs as a few tasks over several batches each.
PROFILE_TASKS_PER_WORKER = 2


# Tasks run without tags, and a flow run's tags (the CLI's "presswash", "cli") do not reach them
# (`untagged_tasks`): before a tagged task run starts, Prefect asks the API for the tags'
# concurrency slots, and remembers that a tag has no limit for 5 s only. In 20k runs on the
# temporary server, 3 to 7 of the 18 clean batches waited 2.1-2.4 s for that answer (workers
# idle), and so did the flag stage. presswash sets its parallelism with --workers.
#
# Tasks run without a cache policy: Prefect's default one pickles and hashes every input of a
# task to key its cache (1.9 s per 10k documents for the flag and write tasks' inputs), and a
# rerun of presswash must redo its work anyway (what is new is decided by the run's plan).
@task(name="plan-run", cache_policy=NO_CACHE)
def plan_task(settings: Settings, known: dict) -> Plan:
    """List what is new or changed in the raw path since the last run (``known``: its inputs)."""
    return plan_run(settings.raw, {} if settings.full else known, full=settings.full, known=known)


def check_outputs(settings: Settings, logger) -> tuple[Settings, dict, dict[str, Owner]]:
    """Check the state and the manifest; return the settings (full if a rebuild is needed),
    the inputs earlier runs saw and the manifest's owners of ids."""
    seen, problems = check_state(settings.state, settings.manifest)
    bad: list[int] = []
    owners = read_owners(settings.manifest, bad)
    if bad:
        problems.append(
            f"{settings.manifest}: {len(bad)} lines are not records (line {bad[0]} first); "
            "they are dropped, and every input is processed again to rebuild them"
        )
    for problem in problems:
        logger.warning(problem)
    return (replace(settings, full=True) if problems else settings), seen.get("inputs", {}), owners


@task(name="profile-sites", task_run_name="profile-sites-{number}", cache_policy=NO_CACHE)
def profile_task(batches: list[str], number: int) -> LineCounts:
    """Count candidate lines per site for the recurring-line rule, over some batches."""
    return profile_batches(read_batch(batch) for batch in batches)


@task(name="clean-batch", task_run_name="clean-batch-{number}", cache_policy=NO_CACHE)
def clean_task(batch: str, staging: str, number: int, recurring: str) -> BatchResult:
    """Clean, stage and sign one batch of documents.

    ``batch`` and ``recurring`` are paths of JSON files (the batch's work items, each site's
    recurring line fingerprints): tasks get paths, not big objects.
    """
    return process_items(read_batch(batch), Path(staging), number, read_recurring(recurring))


@task(name="flag-overlaps", cache_policy=NO_CACHE)
def flag_task(settings: Settings, results: list[BatchResult], winners: set[str]):
    """Flag overlaps among this run's documents and against the persistent index."""
    return overlap_step.flag(settings, overlap_step.run_signatures(results, winners))


@task(name="write-outputs", cache_policy=NO_CACHE)
def write_task(
    settings: Settings,
    staging: Path,
    records: list[RunRecord],
    flagged,
    plan: Plan,
    site_counts: LineCounts,
    titles_of: frozenset[str],
    read: ReadLog,
    owners: dict[str, Owner],
) -> dict[str, str]:
    """Move staged texts into place, write the manifest, then record what this run saw."""
    return publish(settings, staging, records, flagged, plan, site_counts, titles_of, read, owners)


def run_name() -> str:
    """Name a flow run after its raw and output folders, e.g. ``raw-to-clean``."""
    params = flow_run.parameters
    raw, out = Path(params.get("raw", "raw")).name, Path(params.get("out", "clean")).name
    return f"{raw or 'raw'}-to-{out or 'clean'}"


def takes_settings(function: Callable[..., RunReport]) -> Callable[..., RunReport]:
    """Give a function of ``**options`` the options of `Settings` as its keyword parameters.

    Prefect reads a flow's parameters (the UI's form, a deployment's schema, their validation)
    from its signature, and their descriptions from its docstring's "Args" section: so the
    flow's parameters are the settings' fields, declared once.
    """
    function.__signature__ = parameters_signature().replace(return_annotation=RunReport)
    function.__doc__ = f"{function.__doc__}\n\nArgs:\n" + "".join(
        f"    {option.name}: {option.metadata['help']}\n" for option in OPTIONS
    )
    return function


@flow(
    name="presswash",
    flow_run_name=run_name,
    description="Clean scraped news text and flag overlapping stories.",
    log_prints=False,
)
@takes_settings
def presswash(**options: Any) -> RunReport:
    """Clean every new or changed document under ``raw`` into ``out`` and flag overlaps."""
    settings = make_settings(**options)
    with run_lock(lock_folder(settings.out)), untagged_tasks():
        claim_state(settings.state, settings.out)
        return run(settings)


def untagged_tasks() -> TagsContext:
    """Return a context in which task runs take no tags from the flow run's caller."""
    return TagsContext(current_tags=set())


def run(settings: Settings) -> RunReport:
    """Run the stages of one presswash run while holding the output folder's lock."""
    report = RunReport(out=str(settings.out), manifest=str(settings.manifest))
    report.flow_run_id = str(flow_run.id) if flow_run.id else None
    clock = time.perf_counter()
    settings.out.mkdir(parents=True, exist_ok=True)
    clear_staging(settings.out)
    staging = settings.out / f".staging-{uuid.uuid4().hex[:12]}"
    staging.mkdir()
    try:
        return run_stages(settings, staging, report, clock)
    finally:  # a failed run leaves no staging folder holding the disk's space
        shutil.rmtree(staging, ignore_errors=True)


def run_stages(settings: Settings, staging: Path, report: RunReport, clock: float) -> RunReport:
    """Plan, clean, flag and publish a run, staging its work in ``staging``."""
    logger = get_run_logger()
    observer = Observer(logger)
    settings, known, owners = check_outputs(settings, logger)
    plan = observer.run(plan_task, settings=settings, known=quote(known))
    report.files, report.unchanged, report.changed = plan.files, plan.unchanged, plan.changed
    work = estimated_seconds(plan.items)
    runner = choose_runner(settings, work)
    if settings.dask_address:
        check_dask_cluster(settings.dask_address)
    workers = settings.workers if runner is not None else 1
    sizes = batch_sizes(plan.documents, workers, settings.batch_size, work / max(1, plan.documents))
    batches = split_batches(plan.items, sizes)
    batch_files = [
        write_batch(staging / f"batch-{n:06d}.items.json", b) for n, b in enumerate(batches)
    ]
    logger.info(
        "%s: %s to process in %s, %d unchanged since the last run",
        count_noun(plan.files, "input file"),
        count_noun(plan.documents, "document"),
        count_noun(len(batches), "batch"),
        plan.unchanged,
    )
    clock = lap(report, "plan", clock)
    observer.report("run name", name_run, settings.raw, settings.out, plan)

    with runner or nullcontext():
        text_batches = [
            path
            for path, batch in zip(batch_files, batches, strict=True)
            if any(map(may_hold_text, batch))
        ]
        profiles = run_batches(
            runner,
            profile_task,
            [
                {"batches": group, "number": n}
                for n, group in enumerate(profile_groups(text_batches, workers))
            ],
            workers,
            observer,
        )
        recurring, site_counts = recurring_step.learn(
            settings.state,
            profiles,
            full=settings.full,
            min_documents=settings.recurring_min_documents,
        )
        clock = lap(report, "profile", clock)
        progress = observer.report("progress", create_progress)
        recurring_file = write_recurring(staging / "recurring.json", recurring)
        calls = [
            {"batch": b, "staging": str(staging), "number": n, "recurring": recurring_file}
            for n, b in enumerate(batch_files)
        ]
        results = run_batches(runner, clean_task, calls, workers, observer, progress, logger)
    clock = lap(report, "clean", clock)
    # The staged texts reach the disk while the overlaps are flagged; publishing then syncs
    # only what is left (3 s of waiting for the disk per 10k documents otherwise).
    threading.Thread(target=os.sync, name="presswash-sync", daemon=True).start()

    read = inputs_read(results, logger)
    records = mark_duplicate_ids([record for r in results for record in r.records], owners)
    log_overruled(records, logger)
    winners = {r.id for r in records if r.status == "kept"}
    # quote(): Prefect would otherwise walk these big collections to record the task's inputs.
    flagged = observer.run(
        flag_task, settings=settings, results=quote(results), winners=quote(winners)
    )
    clock = lap(report, "flag", clock)

    shown = overlap_step.most_similar(flagged, TABLE_ROWS)
    titles = observer.run(
        write_task,
        settings=settings,
        staging=staging,
        records=quote(records),
        flagged=quote(flagged),
        plan=quote(plan),
        site_counts=quote(site_counts),
        titles_of=frozenset(i for p in shown for i in (p.a, p.b)),
        read=quote(read),
        owners=quote(owners),
    )
    review = collect_review(records, flagged.overlaps, settings.out, TABLE_ROWS)
    lap(report, "write", clock)
    report.index_documents, report.index_bytes = overlap_step.index_size(settings.state, flagged)

    rows = overlap_table(overlap_step.table_rows(shown, titles), flagged.overlaps)
    fill_report(report, results, records, flagged, rows)
    save_json(settings.state / "last-run.json", report_summary(report))
    observer.report("artifacts", publish_artifacts, report, review)
    observer.finish(report)
    return report


def inputs_read(results: list[BatchResult], logger) -> ReadLog:
    """Return what the batches read; warn about inputs that changed while the run read them."""
    read = ReadLog()
    for result in results:
        read.merge(result.inputs)
    if read.changed:
        logger.warning(
            "%d jsonl lines changed after the run planned them (first: %s); "
            "they are left for the next run",
            len(read.changed),
            read.changed[0],
        )
    return read


def log_overruled(records: list[RunRecord], logger) -> None:
    """Say how many documents the batches counted as kept were rejected for their id afterwards."""
    overruled = [r for r in records if r.overruled]
    if overruled:
        # The batch lines counted these as kept: without this line the totals would not add up.
        logger.warning(
            "%s rejected after cleaning: %s (first: %s)",
            count_noun(len(overruled), "document"),
            "their id or clean-text name belongs to another input",
            overruled[0].reason,
        )


def profile_groups(batch_files: list[str], workers: int) -> list[list[str]]:
    """Deal the batches into a few profile tasks: counting lines is quick, a task run is not."""
    count = min(len(batch_files), workers * PROFILE_TASKS_PER_WORKER)
    return [batch_files[n::count] for n in range(count)]


def run_batches(
    runner, task, calls: list[dict], workers: int, observer: Observer, progress=None, logger=None
) -> list:
    """Run a task over every batch (in order of the calls), on the runner or in this process."""
    if runner is None or observer.down:
        results = []
        for done, call in enumerate(calls, start=1):
            results.append(observer.run(task, **call))
            after_batch(done, len(calls), results[-1], observer, progress, logger)
    else:
        results = [None] * len(calls)
        finished = run_in_order(runner, task, calls, in_flight_limit(runner, workers))
        for done, (number, future) in enumerate(finished, start=1):
            results[number] = observer.result(future, task, calls[number])
            after_batch(done, len(calls), results[number], observer, progress, logger)
    if progress is not None and not calls:
        observer.report("progress", update_progress_artifact, artifact_id=progress, progress=100.0)
    return results


def after_batch(done: int, total: int, result, observer: Observer, progress, logger) -> None:
    """Move the progress artifact and log one line when a clean batch finishes."""
    if progress is not None:
        observer.report(
            "progress",
            update_progress_artifact,
            artifact_id=progress,
            progress=100.0 * done / total,
        )
    if logger is not None and isinstance(result, BatchResult):
        logger.info(
            "batch %d/%d done: %d read, %d kept, %d rejected, %d lines removed",
            done,
            total,
            result.read,
            result.kept,
            result.rejected,
            sum(result.removed_by_rule.values()),
        )


def lap(report: RunReport, stage: str, since: float) -> float:
    """Record how long a stage took and return the time now."""
    now = time.perf_counter()
    report.seconds[stage] = now - since
    return now


def fill_report(
    report: RunReport,
    results: list[BatchResult],
    records: list[RunRecord],
    flagged,
    rows: list[dict],
) -> None:
    """Add a run's counts, overlaps (``rows``: the table's) and rejects to its report."""
    report.read = len(records)
    report.kept = sum(r.status == "kept" for r in records)
    report.rejected = report.read - report.kept
    report.removed_by_rule = sum((r.removed_by_rule for r in results), Counter())
    for r in results:
        report.chars_in += r.chars_in
        report.chars_out += r.chars_out
        report.removed_chars += r.removed_chars
    report.overlap_rows = rows
    report.overlaps_by_kind = Counter(p.kind for p in flagged.flags.pairs)
    report.reject_rows = [
        {"id": r.id, "reason": r.reason, "source": r.source}
        for r in records
        if r.status == "rejected"
    ]
