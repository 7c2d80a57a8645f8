"""Throughput, stage times and peak memory of presswash against plain-loop baselines.

Builds corpora of N documents from ../shared/bench material (unique ids, realistic lengths) and,
in one run, measures:
  presswash      `presswash run` in a fresh process (start-up included), default engine (all cores)
  inline         `presswash run --engine inline` (one process: Prefect's overhead against (c))
  (a) trafilatura alone, one process, plain loop (HTML mode)
  (b) ftfy + one datasketch MinHash a document, one process, plain loop (text mode)
  (c) presswash's own stages (the plain functions the flow's tasks call) in one plain loop, no
      Prefect, in a fresh process timed from its start (as presswash run is)
  (a)/(b) on all cores: the same loop in one process a core, each on its share of the documents,
      timed from a common start after their imports: what this machine's cores give perfectly
      parallel work of that kind (its ratio to one core is the ceiling of presswash's ratio)

usage: python bench/throughput.py [--text 1000,10000] [--html 500] [--rounds 1]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from itertools import repeat
from pathlib import Path

import psutil

REPO = Path(__file__).resolve().parents[1]
sys.path[0] = str(REPO)  # import cleaners/ from the checkout, not bench/ scripts as modules

from bench.corpus import build_corpus, document, load_pages, load_texts
from bench.data import add_data_option


def file_creation_micros(folder: Path, count: int = 5000) -> float:
    """Return the microseconds it takes to create and write one 4 KB file in a new folder.

    A run writes one file a document. Right after many files were deleted (an earlier bench's
    outputs, `rm -rf clean`), ext4 creates files here about 4 times slower for a few minutes
    (its inode allocator skips recently freed inodes one by one): 20,000 files took 1.1 s, and
    4.5 s right after 40,000 were deleted. The probe's files stay until the bench ends.
    """
    folder.mkdir()
    data = b"x" * 4096
    started = time.perf_counter()
    for i in range(count):
        with open(folder / f"{i:06d}.txt", "wb") as handle:
            handle.write(data)
    return (time.perf_counter() - started) / count * 1e6


def peak_rss_while(process: subprocess.Popen) -> float:
    """Sample the RSS of a process tree until it ends; return the peak in MB."""
    peak = 0
    parent = psutil.Process(process.pid)
    while process.poll() is None:
        try:
            tree = [parent] + parent.children(recursive=True)
            peak = max(peak, sum(p.memory_info().rss for p in tree if p.is_running()))
        except psutil.Error:
            pass
        time.sleep(0.2)
    return peak / 2**20


def run_presswash(raw: Path, out: Path, *extra: str) -> tuple[float, float, dict]:
    """Run `presswash run` in a fresh process; return wall seconds, peak MB and stage times."""
    command = [
        sys.executable,
        "-m",
        "flows.cli",
        "run",
        "--raw",
        str(raw),
        "--out",
        str(out),
        *extra,
    ]
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    started = time.perf_counter()
    process = subprocess.Popen(
        command, cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT
    )
    box: dict = {}
    sampler = threading.Thread(target=lambda: box.setdefault("peak", peak_rss_while(process)))
    sampler.start()
    output = process.stdout.read().decode(errors="replace")
    process.wait()
    sampler.join()
    wall = time.perf_counter() - started
    if process.returncode:
        raise SystemExit(f"presswash failed:\n{output[-3000:]}")
    stages = json.loads((out / ".presswash" / "last-run.json").read_text())["seconds"]
    return wall, box.get("peak", 0.0), stages


def baseline_ftfy_minhash(texts: list[str]) -> float:
    """(b): ftfy plus one datasketch MinHash of word 5-shingles a document; return docs/s."""
    import ftfy
    from datasketch import MinHash

    started = time.perf_counter()
    for text in texts:
        fixed = ftfy.fix_text(text)
        words = fixed.split()
        shingles = {" ".join(words[i : i + 5]).encode() for i in range(max(1, len(words) - 4))}
        m = MinHash(num_perm=128, seed=1)
        m.update_batch(list(shingles))
    return len(texts) / (time.perf_counter() - started)


def baseline_trafilatura(pages: list[str]) -> float:
    """(a): trafilatura's default extract over every page in one process; return pages/s."""
    import trafilatura

    started = time.perf_counter()
    for page in pages:
        trafilatura.extract(page)
    return len(pages) / (time.perf_counter() - started)


BASELINES = {"text": baseline_ftfy_minhash, "html": baseline_trafilatura}
# Each mode's baseline: its letter, what it runs, and the unit of its rate.
BASELINE_LABELS = {
    "text": ("b", "ftfy + MinHash", "docs/s"),
    "html": ("a", "trafilatura.extract", "pages/s"),
}


def baseline_share(field: str, items: list[str], start: object, results: object) -> None:
    """One process of a baseline on all cores: warm up, wait for the others, time its share."""
    BASELINES[field](items[:2])  # imports and first-call costs stay out of the timing
    start.wait()
    began = time.monotonic()
    BASELINES[field](items)
    results.put((began, time.monotonic()))


def baseline_all_cores(field: str, items: list[str], workers: int) -> float:
    """(a) or (b) in ``workers`` processes at once, each on its share; return documents/s."""
    import multiprocessing

    context = multiprocessing.get_context("spawn")
    start, results = context.Barrier(workers), context.Queue()
    shares = [items[w::workers] for w in range(workers)]
    processes = [
        context.Process(target=baseline_share, args=(field, share, start, results))
        for share in shares
    ]
    for process in processes:
        process.start()
    spans = [results.get() for _ in processes]
    for process in processes:
        process.join()
    return len(items) / (max(end for _, end in spans) - min(began for began, _ in spans))


def run_plain_stages(raw: Path, out: Path) -> tuple[float, dict]:
    """(c) in a fresh process, as `presswash run` is: return its wall seconds and stage times.

    Both then pay Python's start and presswash's own imports (trafilatura, ftfy, datasketch:
    1-2 s here), which are not Prefect's cost; the difference is.
    """
    command = [sys.executable, str(Path(__file__).resolve()), "--plain-stages", str(raw), str(out)]
    started = time.perf_counter()
    finished = subprocess.run(command, cwd=REPO, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - started
    if finished.returncode:
        raise SystemExit(f"(c) failed:\n{finished.stderr[-3000:]}")
    return wall, json.loads(finished.stdout.splitlines()[-1])


def baseline_presswash_stages(raw: Path, out: Path) -> tuple[float, dict]:
    """(c): presswash's own stages in one plain loop, no Prefect; return seconds and stage times.

    The same plain functions the flow's tasks call, in the same order, in this process: plan,
    profile sites, clean and sign, flag overlaps, publish. Only Prefect is missing.
    """
    from flows.run import overlaps as overlap_step
    from flows.run import recurring as recurring_step
    from flows.run.batch import process_items, profile_items
    from flows.run.manifest import mark_duplicate_ids
    from flows.run.plan import plan_run, split_batches
    from flows.run.publish import publish
    from flows.run.settings import make_settings

    settings = make_settings(raw=raw, out=out)
    staging = out / ".staging-plain"
    staging.mkdir(parents=True)
    stages, started = {}, time.perf_counter()
    clock = started
    plan = plan_run(settings.raw, {}, full=False)
    batches = split_batches(plan.items, repeat(settings.batch_size))
    clock = lap(stages, "plan", clock)
    recurring, counts = recurring_step.learn(
        settings.state, [profile_items(b) for b in batches], full=False
    )
    clock = lap(stages, "profile", clock)
    results = [process_items(b, staging, n, recurring) for n, b in enumerate(batches)]
    clock = lap(stages, "clean", clock)
    threading.Thread(target=os.sync, daemon=True).start()  # as the flow does
    records = mark_duplicate_ids([record for r in results for record in r.records])
    winners = {r.id for r in records if r.status == "kept"}
    flagged = overlap_step.flag(settings, overlap_step.run_signatures(results, winners))
    clock = lap(stages, "flag", clock)
    publish(settings, staging, records, flagged, plan, counts)
    lap(stages, "write", clock)
    return time.perf_counter() - started, stages


def lap(stages: dict, name: str, since: float) -> float:
    now = time.perf_counter()
    stages[name] = now - since
    return now


def read_docs(raw: Path) -> list[dict]:
    return [
        json.loads(line) for p in sorted(raw.glob("*.jsonl")) for line in open(p, encoding="utf-8")
    ]


def measure(
    root: Path,
    bodies: list[str],
    n: int,
    field: str,
    rounds: int,
    baselines: int,
    overhead_too: bool = True,
) -> None:
    """Measure one corpus size in one mode and print a block of numbers.

    The VM's speed drifts by up to 40% within minutes, so every round runs presswash and then its
    baseline on the same corpus, and the ratios are per round (their median last). Outputs stay
    on disk until the bench ends: deleting 20k files right before a run slows this disk's file
    creation for tens of seconds.
    """
    raw = build_corpus(root, bodies, n, field)
    size = statistics.mean(len(document(bodies, i, field).encode()) for i in range(min(n, 2000)))
    print(
        f"\n== {field} mode, {n} documents of {size / 1000:.1f} KB on average, {rounds} round(s) =="
    )
    items = [d[field] for d in read_docs(raw)] if n <= baselines else []
    name, label, unit = BASELINE_LABELS[field]
    cores = os.cpu_count() or 1
    speed, ceiling, overhead = [], [], []
    for r in range(rounds):
        wall, peak, stages = run_presswash(raw, root / f"out-{field}-{n}-{r}")
        print(
            f"presswash run (all cores, start-up included): {wall:7.1f} s  {n / wall:7.1f} docs/s  "
            f"peak {peak:6.0f} MB"
        )
        print("  stages (s): " + stages_line(stages))
        if n > baselines:
            print(
                f"  (baselines skipped above {baselines} documents: compare with the rates above)"
            )
            continue
        base = BASELINES[field](items)
        print(f"{f'({name}) {label}, plain loop, 1 core:':46}{n / base:7.1f} s  {base:7.1f} {unit}")
        every = baseline_all_cores(field, items, cores)
        print(
            f"{f'({name}) the same loop, {cores} processes at once:':46}{n / every:7.1f} s  {every:7.1f} {unit}"
        )
        speed.append((n / wall) / base)
        ceiling.append(every / base)
        print(
            f"    round {r + 1}: presswash / ({name}) speed: {speed[-1]:.2f}x   "
            f"this machine's ceiling ({name} on {cores} cores / 1 core): {ceiling[-1]:.2f}x"
        )
        if not overhead_too:
            continue
        inline = run_presswash(raw, root / f"out-{field}-{n}-inline-{r}", "--engine", "inline")
        print(
            f"presswash --engine inline (one process):      {inline[0]:7.1f} s  {n / inline[0]:7.1f} docs/s  "
            f"peak {inline[1]:6.0f} MB"
        )
        print("  stages (s): " + stages_line(inline[2]))
        plain, plain_stages = run_plain_stages(raw, root / f"out-{field}-{n}-plain-{r}")
        print(
            f"(c) presswash stages, plain loop, 1 core, fresh process: {plain:7.1f} s  {n / plain:7.1f} docs/s"
        )
        print("  stages (s): " + stages_line(plain_stages))
        overhead.append(inline[0] / plain - 1)
        print(
            f"    round {r + 1}: Prefect's overhead, one process (inline vs (c)): {100 * overhead[-1]:+.1f}%"
            f"   all cores vs (c): {plain / wall:.2f}x the speed"
        )
    if speed:
        print(
            f"median of {len(speed)} round(s): presswash / ({name}) "
            f"{statistics.median(speed):.2f}x ({', '.join(f'{x:.2f}' for x in speed)}); "
            f"the machine's ceiling {statistics.median(ceiling):.2f}x ({', '.join(f'{x:.2f}' for x in ceiling)})"
        )
    if overhead:
        print(
            f"median of {len(overhead)} round(s): Prefect's overhead {100 * statistics.median(overhead):+.1f}% "
            f"({', '.join(f'{100 * x:+.1f}%' for x in overhead)})"
        )


def stages_line(stages: dict) -> str:
    return ", ".join(f"{k} {v:.1f}" for k, v in stages.items())


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--text", default="1000,10000", help="text-mode corpus sizes (comma-separated)"
    )
    parser.add_argument(
        "--html", default="500", help="HTML-mode corpus sizes (comma-separated, '' for none)"
    )
    parser.add_argument(
        "--rounds",
        type=int,
        default=1,
        help="interleaved rounds per corpus (presswash, its baseline, inline, (c))",
    )
    parser.add_argument(
        "--baselines-max",
        type=int,
        default=20000,
        help="run the inline, (a)/(b) and (c) baselines only up to this many documents",
    )
    parser.add_argument(
        "--overhead",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="also run presswash --engine inline and (c) each round (Prefect's overhead)",
    )
    parser.add_argument("--plain-stages", nargs=2, metavar=("RAW", "OUT"), help=argparse.SUPPRESS)
    add_data_option(parser)
    args = parser.parse_args()
    if args.plain_stages:  # (c) in its own process: print its stage times as JSON
        print(json.dumps(baseline_presswash_stages(*map(Path, args.plain_stages))[1]))
        return
    print(
        f"machine: {os.cpu_count()} cores, {psutil.virtual_memory().total / 2**30:.0f} GB, Python {sys.version.split()[0]}"
    )
    with tempfile.TemporaryDirectory(prefix="presswash-bench-") as tmp:
        root = Path(tmp)
        print(
            f"disk: creating a 4 KB file takes {file_creation_micros(root / 'probe'):.0f} µs "
            "(about 50 µs here; 4 times that for minutes after a mass deletion slows every run)"
        )
        if args.text:
            texts = load_texts()
            for n in map(int, args.text.split(",")):
                measure(root, texts, n, "text", args.rounds, args.baselines_max, args.overhead)
        if args.html:
            pages = load_pages()
            for n in map(int, args.html.split(",")):
                measure(root, pages, n, "html", args.rounds, args.baselines_max, args.overhead)


if __name__ == "__main__":
    main()
