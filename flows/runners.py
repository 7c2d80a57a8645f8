"""Choose where the batches run: in the flow's own process, in worker processes, or on Dask.

CPU-bound work (parsing, ftfy, hashing) needs processes, not threads behind the GIL. Worker
processes cost a few seconds to start (each imports Prefect and trafilatura), so small runs stay in
the flow's process; bigger runs use Prefect's ProcessPoolTaskRunner with one process per core, or
prefect-dask's DaskTaskRunner when a Dask scheduler address is given (or ``--engine dask`` asks for
a local Dask cluster sized to the machine).
"""

from __future__ import annotations

from prefect.task_runners import ProcessPoolTaskRunner, TaskRunner

from flows.settings import Settings

# Below this many documents a run stays in one process: starting workers would cost more than
# it saves (a worker needs ~3-6 s to start; one core cleans ~250 text documents a second).
PARALLEL_MIN_DOCUMENTS = 1500


def choose_runner(settings: Settings, documents: int) -> TaskRunner | None:
    """Return the task runner for a run's batches, or None to run them in the flow's process."""
    if settings.dask_address or settings.engine == "dask":
        from prefect_dask import DaskTaskRunner

        if settings.dask_address:
            return DaskTaskRunner(address=settings.dask_address)
        cluster = {"n_workers": settings.workers, "threads_per_worker": 1, "processes": True}
        return DaskTaskRunner(cluster_kwargs=cluster)
    if settings.engine == "inline" or settings.workers <= 1:
        return None
    if settings.engine == "auto" and documents < PARALLEL_MIN_DOCUMENTS:
        return None
    return ProcessPoolTaskRunner(max_workers=settings.workers)
