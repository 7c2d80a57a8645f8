"""The batches give the same manifest wherever they run: in the flow's process, or on Dask."""

import json

import pytest

from flows.runners import PARALLEL_MIN_DOCUMENTS, choose_runner
from flows.settings import make_settings

pytestmark = pytest.mark.prefect


def test_local_dask_cluster_gives_the_same_manifest_as_the_default_runner(prefect_api, corpus, tmp_path):
    from flows.flow import presswash

    inline, dask = tmp_path / "inline", tmp_path / "dask"
    presswash(raw=str(corpus), out=str(inline), engine="inline", batch_size=2)
    presswash(raw=str(corpus), out=str(dask), engine="dask", workers=2, batch_size=2)
    assert (dask / "manifest.jsonl").read_text() == (inline / "manifest.jsonl").read_text()
    kept = [json.loads(line) for line in (inline / "manifest.jsonl").read_text().splitlines()]
    for record in kept:
        if record["status"] == "kept":
            assert (dask / record["text_path"]).read_bytes() == (inline / record["text_path"]).read_bytes()


def test_small_runs_stay_in_process_and_big_runs_use_worker_processes(corpus, tmp_path):
    from prefect.task_runners import ProcessPoolTaskRunner

    settings = make_settings(raw=corpus, out=tmp_path / "out", workers=2)
    assert choose_runner(settings, 10) is None
    assert isinstance(choose_runner(settings, PARALLEL_MIN_DOCUMENTS), ProcessPoolTaskRunner)
    one_core = make_settings(raw=corpus, out=tmp_path / "out", workers=1)
    assert choose_runner(one_core, 10 * PARALLEL_MIN_DOCUMENTS) is None
    address = make_settings(raw=corpus, out=tmp_path / "out", dask_address="tcp://10.0.0.5:8786")
    assert type(choose_runner(address, 1)).__name__ == "DaskTaskRunner"
