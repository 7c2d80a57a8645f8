"""The batches give the same manifest wherever they run: in the flow's process, or on Dask."""

import json
import os
import time

import pytest
from prefect import flow, task
from prefect.cache_policies import NO_CACHE
from prefect.task_runners import ProcessPoolTaskRunner

from flows.run.settings import make_settings
from flows.run.sources import Span, WorkItem
from flows.runners import (
    PARALLEL_MIN_SECONDS,
    DaskClusterError,
    check_dask_cluster,
    choose_runner,
    estimated_seconds,
    in_flight_limit,
    run_in_order,
)
from flows.server import free_port

pytestmark = pytest.mark.prefect


def test_local_dask_cluster_gives_the_same_manifest_as_the_default_runner(
    prefect_api, corpus, tmp_path
):
    from flows.flow import presswash

    inline, dask = tmp_path / "inline", tmp_path / "dask"
    presswash(raw=str(corpus), out=str(inline), engine="inline", batch_size=2)
    presswash(raw=str(corpus), out=str(dask), engine="dask", workers=2, batch_size=2)
    assert (dask / "manifest.jsonl").read_text() == (inline / "manifest.jsonl").read_text()
    kept = [json.loads(line) for line in (inline / "manifest.jsonl").read_text().splitlines()]
    for record in kept:
        if record["status"] == "kept":
            assert (dask / record["text_path"]).read_bytes() == (
                inline / record["text_path"]
            ).read_bytes()


def test_small_runs_stay_in_process_and_big_runs_use_worker_processes(corpus, tmp_path):
    from prefect.task_runners import ProcessPoolTaskRunner

    settings = make_settings(raw=corpus, out=tmp_path / "out", workers=2)
    assert choose_runner(settings, 1.0) is None
    assert isinstance(choose_runner(settings, PARALLEL_MIN_SECONDS), ProcessPoolTaskRunner)
    one_core = make_settings(raw=corpus, out=tmp_path / "out", workers=1)
    assert choose_runner(one_core, 10 * PARALLEL_MIN_SECONDS) is None
    address = make_settings(raw=corpus, out=tmp_path / "out", dask_address="tcp://127.0.0.1:8786")
    assert type(choose_runner(address, 1)).__name__ == "DaskTaskRunner"


def test_html_pages_weigh_more_than_text_documents(tmp_path):
    page = WorkItem(str(tmp_path / "a.html"), "a.html", "html", None, size=120_000)
    text = WorkItem(str(tmp_path / "a.txt"), "a.txt", "text", None, size=4_000)
    lines = WorkItem(
        str(tmp_path / "f.jsonl"),
        "f.jsonl",
        "jsonl",
        (Span(0, 4_000, 1), Span(4_000, 4_000, 2)),
        size=10**9,
    )
    assert estimated_seconds([(page, 1)]) > 5 * estimated_seconds([(text, 1)])
    # Lines of a jsonl file weigh what they hold, not the whole file.
    assert estimated_seconds([(lines, 2)]) == pytest.approx(2 * estimated_seconds([(text, 1)]))

    # About 2,000 text documents, or about 300 HTML pages, are worth starting workers for.
    def pages(n):
        return [(page, 1)] * n

    def texts(n):
        return [(text, 1)] * n

    assert estimated_seconds(texts(2_500)) > PARALLEL_MIN_SECONDS > estimated_seconds(texts(1_000))
    assert estimated_seconds(pages(400)) > PARALLEL_MIN_SECONDS > estimated_seconds(pages(100))


def test_a_dask_cluster_whose_workers_lack_presswash_is_refused_before_any_batch():
    """Otherwise the worker fails to unpickle the task and the run waits for it forever."""
    from distributed import LocalCluster

    with LocalCluster(
        n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None
    ) as cluster:
        check_dask_cluster(cluster.scheduler_address)  # this cluster's worker can import presswash
        with pytest.raises(DaskClusterError, match="cannot import presswash"):
            check_dask_cluster(cluster.scheduler_address, module="presswash_not_installed_here")


def test_an_unreachable_dask_scheduler_is_a_clear_error(monkeypatch):
    monkeypatch.setattr("flows.runners.DASK_CONNECT_TIMEOUT", "1s")
    with pytest.raises(DaskClusterError, match="cannot reach the Dask scheduler"):
        check_dask_cluster(f"tcp://127.0.0.1:{free_port()}")


@task(cache_policy=NO_CACHE)
def busy_batch(number: int) -> tuple[int, float]:
    """Stand in for a batch: note when it started, then keep the worker busy for a moment."""
    started = time.time()
    while time.time() < started + 0.3:
        pass
    return number, started


@flow
def batches_on_a_process_pool(count: int) -> tuple[list[int], dict[int, float], int]:
    with ProcessPoolTaskRunner(max_workers=2) as runner:
        limit = in_flight_limit(runner, 2)
        finished = list(
            run_in_order(runner, busy_batch, [{"number": n} for n in range(count)], limit)
        )
    return [n for n, _ in finished], dict(future.result() for _, future in finished), limit


def test_a_process_pool_starts_the_batches_in_the_planned_order(prefect_api):
    # Batches are planned biggest first; Prefect's pool alone started the 2nd of 13 tenth.
    numbers, started, limit = batches_on_a_process_pool(12)
    assert sorted(numbers) == list(range(12)) and limit == 4
    late = [(i, j) for i in range(12) for j in range(i + limit, 12) if started[j] < started[i]]
    assert late == []


@task(cache_policy=NO_CACHE)
def mark_the_api_client(number: int) -> tuple[int, int | None, str]:
    """Leave a mark on the task run's API client; return this process, the mark found, the API."""
    from prefect.client.orchestration import get_client

    client = get_client(sync_client=True)
    found = getattr(client, "presswash_test_mark", None)
    client.presswash_test_mark = number
    return os.getpid(), found, str(client.api_url).rstrip("/")


@flow
def marks_on_the_pool(raw: str, out: str) -> list[tuple[int, int | None, str]]:
    settings = make_settings(raw=raw, out=out, workers=2, engine="process")
    with choose_runner(settings, 10 * PARALLEL_MIN_SECONDS) as runner:
        return [runner.submit(mark_the_api_client, {"number": n}).result() for n in range(4)]


def test_a_workers_task_runs_share_one_api_client(prefect_api, corpus, tmp_path):
    # A new client per task run cost 40-100 ms of CPU each (certifi's CA bundle, loaded afresh).
    runs = marks_on_the_pool(str(corpus), str(tmp_path / "out"))
    ran_before: dict[int, list[int]] = {}
    for number, (pid, found, _) in enumerate(runs):
        before = ran_before.setdefault(pid, [])
        # A worker's first task run finds no mark; every later one finds its predecessor's.
        assert found == (before[-1] if before else None)
        before.append(number)
    assert max(len(numbers) for numbers in ran_before.values()) >= 2  # some worker ran twice


def test_workers_talk_to_the_flows_api_when_it_is_set_in_code(prefect_api, corpus, tmp_path):
    # The test harness sets the API in a settings context, not in the environment the workers
    # inherit: their shared client once went to an ephemeral server each worker started itself
    # (and two workers migrating one database at once broke the pool in CI).
    from prefect.settings import PREFECT_API_URL

    runs = marks_on_the_pool(str(corpus), str(tmp_path / "out"))
    assert {api for _, _, api in runs} == {PREFECT_API_URL.value().rstrip("/")}
