"""Choose where the batches run: in the flow's own process, in worker processes, or on Dask.

CPU-bound work (parsing, ftfy, hashing) needs processes, not threads behind the GIL. Worker
processes cost a few seconds to start (each imports Prefect and trafilatura), so small runs stay in
the flow's process (small by estimated work: an HTML page costs several text documents); bigger runs use Prefect's ProcessPoolTaskRunner with one process per core, or
prefect-dask's DaskTaskRunner when a Dask scheduler address is given (or ``--engine dask`` asks for
a local Dask cluster sized to the machine).
"""

from __future__ import annotations

import importlib
import multiprocessing.util
from collections.abc import Iterator
from contextlib import ExitStack, nullcontext
from typing import TYPE_CHECKING

from flows.run.settings import Settings
from flows.run.sources import WorkItem

if TYPE_CHECKING:  # Prefect is imported when a runner is chosen: the CLI imports this module first
    from prefect import Task
    from prefect.futures import PrefectFuture
    from prefect.task_runners import TaskRunner

# One core's cost of a document (bench/throughput.py, bench/extraction.py): a part per document
# (cleaning, hashing, staging a file) and a part per input byte (parsing HTML dominates it).
SECONDS_PER_DOCUMENT = 0.005
SECONDS_PER_BYTE = 0.3e-6
# Worker processes take ~5 s to start (each imports Prefect and trafilatura): a run goes to them
# when its work would keep one core busy longer than this.
PARALLEL_MIN_SECONDS = 12.0


# Task runs a process pool holds at once, per worker process: one running, one waiting to start.
IN_FLIGHT_PER_WORKER = 2

# How long to wait for an existing Dask scheduler to answer before giving up on it.
DASK_CONNECT_TIMEOUT = "10s"
# What a Dask worker must import to run the batches (flows.run.batch imports the cleaners).
BATCH_MODULE = "flows.run.batch"


class DaskClusterError(RuntimeError):
    """The Dask cluster cannot run presswash's batches (the message says why)."""


def estimated_seconds(items: list[tuple[WorkItem, int]]) -> float:
    """Return about how long one core would take to clean a run's work items."""
    total = 0.0
    for item, documents in items:
        size = item.size if item.spans is None else sum(span.length for span in item.spans)
        total += documents * SECONDS_PER_DOCUMENT + size * SECONDS_PER_BYTE
    return total


def choose_runner(settings: Settings, work_seconds: float) -> TaskRunner | None:
    """Return the task runner for a run's batches, or None to run them in the flow's process.

    ``work_seconds``: `estimated_seconds` of the run's work items.
    """
    if settings.dask_address or settings.engine == "dask":
        from prefect_dask import DaskTaskRunner

        if settings.dask_address:
            return DaskTaskRunner(address=settings.dask_address)
        cluster = {"n_workers": settings.workers, "threads_per_worker": 1, "processes": True}
        return DaskTaskRunner(cluster_kwargs=cluster)
    if settings.engine == "inline" or settings.workers <= 1:
        return None
    if settings.engine == "auto" and work_seconds < PARALLEL_MIN_SECONDS:
        return None
    from prefect.context import SettingsContext
    from prefect.task_runners import ProcessPoolTaskRunner

    current = SettingsContext.get()
    prefect_settings = current.serialize() if current else {}
    return ProcessPoolTaskRunner(
        max_workers=settings.workers, initializer=open_worker_client, initargs=(prefect_settings,)
    )


def open_worker_client(prefect_settings: dict) -> None:
    """Open one Prefect API client for the whole life of a worker process (the pool's initializer).

    Without it, each task run builds two sync clients (one for its flow run's context, one for
    itself), and each loads certifi's CA bundle into a new SSL context (40-100 ms of CPU on this
    machine, even for the temporary server's plain-HTTP API) and asks the API for its version.
    Task runs find this one in Prefect's client context and reuse it; the worker closes it when
    it exits.

    ``prefect_settings``: the flow's serialized Prefect settings context. The client is opened
    under them, not under the worker's environment: Prefect hands task runs whatever client the
    context holds without checking its API, and a flow whose API is set in code (a settings
    context, as in Prefect's test harness) would otherwise send its task runs' API calls to an
    ephemeral server each worker starts for itself.
    """
    from prefect.context import SettingsContext, SyncClientContext

    from flows.signals import leave_run_group

    leave_run_group()  # a Ctrl-C reaches the run's command, which ends its workers (flows/signals.py)
    client = ExitStack()
    with SettingsContext(**prefect_settings) if prefect_settings else nullcontext():
        client.enter_context(SyncClientContext())
    # A pool's worker process ends with os._exit: exit hooks (atexit) never run there, the
    # finalizers of multiprocessing do.
    multiprocessing.util.Finalize(None, client.close, exitpriority=0)


def check_dask_cluster(address: str, module: str = BATCH_MODULE) -> None:
    """Fail at once when the scheduler at ``address`` is unreachable or its workers lack presswash.

    A task whose code a Dask worker cannot import never finishes: the worker fails to unpickle
    it, and Prefect waits for the task's state forever (PrefectHQ/prefect#5781). So before any
    batch is sent, every worker of the cluster is asked to import the batch code.
    """
    from distributed import Client

    try:
        with Client(address, timeout=DASK_CONNECT_TIMEOUT) as client:
            client.run(importlib.import_module, module)
    except ImportError as err:
        raise DaskClusterError(
            f"the Dask workers at {address} cannot import presswash ({err}); "
            "install presswash where they run"
        ) from err
    except (OSError, TimeoutError) as err:
        raise DaskClusterError(f"cannot reach the Dask scheduler at {address}: {err}") from err


def in_flight_limit(runner: TaskRunner, workers: int) -> int | None:
    """Return how many task runs to keep submitted at once on a runner (None: all of them).

    Prefect's process pool starts submitted task runs in no fixed order (its threads race to
    hand them to the pool: of 13 tasks submitted at once, the second started tenth), which would
    undo the order of a run's batches, biggest first (flows/run/plan.py). Given a few at a time, it
    starts them in order. Dask schedules what it is given in order, on workers this machine
    does not count: it gets every task at once.
    """
    from prefect.task_runners import ProcessPoolTaskRunner

    return workers * IN_FLIGHT_PER_WORKER if isinstance(runner, ProcessPoolTaskRunner) else None


def run_in_order(
    runner: TaskRunner, task: Task, calls: list[dict], limit: int | None
) -> Iterator[tuple[int, PrefectFuture]]:
    """Submit a task once per call, at most ``limit`` at a time, in order of the calls.

    Yields (number of the call, its finished future) as the task runs finish.
    """
    from prefect.futures import as_completed

    limit = limit or len(calls)
    waiting = list(enumerate(calls))[::-1]
    in_flight: dict[PrefectFuture, int] = {}
    while waiting or in_flight:
        while waiting and len(in_flight) < limit:
            number, call = waiting.pop()
            in_flight[runner.submit(task, call)] = number
        finished = next(as_completed(list(in_flight)))
        yield in_flight.pop(finished), finished
