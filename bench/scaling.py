"""How fast can presswash's own batches go on this machine's cores, with no Prefect at all?

`bench/throughput.py` times whole runs. This script times only the work of the clean stage,
`flows.run.batch.process_items` (the function each clean task calls: read, clean, sign and stage a
batch), in plain processes, on one core and then on every core at once (each process its share
of the batches, timed from a common start after its imports), beside the mode's baseline from
throughput.py ((a) trafilatura, or (b) ftfy + MinHash) the same two ways, on the same corpus:

    PYTHONPATH=. python bench/scaling.py [--html 2000] [--text 0] [--rounds 2]

Its last ratio, presswash's batches on all cores against the baseline on one, is the most any
orchestration of these batches could reach here: a real run adds start-up, planning, profiling,
flagging and writing around them. Use a corpus of a few thousand pages: on a few dozen, each
process's first documents (lazy imports, caches filling) weigh in (200 pages: 1.66x on 2 cores).
"""

from __future__ import annotations

import argparse
import multiprocessing
import statistics
import sys
import tempfile
import time
from itertools import repeat
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[0] = str(REPO)  # import cleaners/ and flows/ from the checkout

from bench.corpus import build_corpus, load_pages, load_texts
from bench.data import add_data_option
from bench.throughput import BASELINE_LABELS, BASELINES, baseline_all_cores, read_docs

# Documents a batch, at most: small enough that the processes' shares stay even (a small corpus
# gets at least BATCHES_PER_PROCESS batches a process).
BATCH_DOCUMENTS = 50
BATCHES_PER_PROCESS = 4


def clean_share(batches: list, staging: str, start, results) -> None:
    """One process: import the batch code, wait for the others, clean its share of the batches."""
    from flows.run.batch import process_items

    start.wait()
    began, cpu = time.monotonic(), time.process_time()
    for number, items in batches:
        process_items(items, Path(staging), number, {})
    results.put((began, time.monotonic(), time.process_time() - cpu))


def clean_rate(raw: Path, staging: Path, processes: int) -> tuple[float, float]:
    """Clean every batch of a corpus in ``processes`` plain processes; return docs/s, CPU ms a doc."""
    from flows.run.plan import plan_run, split_batches

    plan = plan_run(raw, {}, full=False)
    size = max(1, min(BATCH_DOCUMENTS, plan.documents // (processes * BATCHES_PER_PROCESS)))
    batches = list(enumerate(split_batches(plan.items, repeat(size))))
    context = multiprocessing.get_context("spawn")
    start, results = context.Barrier(processes), context.Queue()
    staging.mkdir(parents=True)
    workers = [
        context.Process(
            target=clean_share, args=(batches[p::processes], str(staging), start, results)
        )
        for p in range(processes)
    ]
    for worker in workers:
        worker.start()
    spans = [results.get() for _ in workers]
    for worker in workers:
        worker.join()
    wall = max(end for _, end, _ in spans) - min(began for began, _, _ in spans)
    return plan.documents / wall, 1000 * sum(cpu for *_, cpu in spans) / plan.documents


def measure(root: Path, field: str, n: int, rounds: int) -> None:
    """Print one corpus's rates, round by round, and the median ratios."""
    bodies = load_pages() if field == "html" else load_texts()
    raw = build_corpus(root, bodies, n, field)
    items = [d[field] for d in read_docs(raw)]
    name, label, unit = BASELINE_LABELS[field]
    cores = multiprocessing.cpu_count()
    print(f"\n== {field} mode, {n} documents, {cores} cores ==")
    ratios: dict[str, list[float]] = {"presswash": [], "baseline": [], "best": [], "per_doc": []}
    for r in range(rounds):
        # Each one-core run right beside its baseline's: the VM's speed drifts within minutes.
        one, cpu_one = clean_rate(raw, root / f"stage-{field}-{r}-1", 1)
        base_one = BASELINES[field](items)
        every, cpu_every = clean_rate(raw, root / f"stage-{field}-{r}-{cores}", cores)
        base_every = baseline_all_cores(field, items, cores)
        print(
            f"round {r + 1}: presswash batches {one:6.1f} {unit} on 1 core ({cpu_one:.1f} ms CPU a doc), "
            f"{every:6.1f} on {cores} ({cpu_every:.1f} ms)"
        )
        print(
            f"         ({name}) {label} {base_one:6.1f} {unit} on 1 core, {base_every:6.1f} on {cores}"
        )
        ratios["presswash"].append(every / one)
        ratios["baseline"].append(base_every / base_one)
        ratios["per_doc"].append(base_one / one)
        ratios["best"].append(every / base_one)
        print(
            f"         {cores} cores / 1: presswash {ratios['presswash'][-1]:.2f}x, ({name}) "
            f"{ratios['baseline'][-1]:.2f}x; a document costs presswash {ratios['per_doc'][-1]:.2f}x "
            f"({name}); presswash's batches on {cores} cores / ({name}) on 1: {ratios['best'][-1]:.2f}x"
        )
    print(
        f"medians of {rounds} round(s): {cores} cores / 1: presswash "
        f"{statistics.median(ratios['presswash']):.2f}x, ({name}) {statistics.median(ratios['baseline']):.2f}x; "
        f"cost a document {statistics.median(ratios['per_doc']):.2f}x ({name}); "
        f"best possible run / ({name}): {statistics.median(ratios['best']):.2f}x"
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--html", type=int, default=2000, help="HTML pages (0 for none)")
    parser.add_argument("--text", type=int, default=0, help="text documents (0 for none)")
    parser.add_argument("--rounds", type=int, default=2, help="interleaved rounds")
    add_data_option(parser)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="presswash-scaling-") as tmp:
        for field, n in (("html", args.html), ("text", args.text)):
            if n:
                measure(Path(tmp), field, n, args.rounds)


if __name__ == "__main__":
    main()
