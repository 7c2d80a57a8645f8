"""Compare presswash with trafilatura alone on the HTML pages of the extraction benchmarks.

For each set in DATA/extraction (aeb-dev, wcxb-dev, trafilatura-eval-dev: ``html/<id>.html``)
it reads every page as a run does (``cleaners.reading.inputs.read_file_bytes``: presswash's
decoding, pages are not all UTF-8), then runs page by page and interleaved trafilatura's default
call on the decoded page (``trafilatura.extract(html)``) and presswash
(``cleaners.cleaning.pipeline.clean_document``). It scores both and prints, side by side: AEB
precision, recall and F1 (sets with a ground-truth text, scored by DATA/score_extraction.py),
with% and w/o% (wcxb: the scorer; trafilatura-eval-dev: ``snippet_rate`` per page, averaged),
pages per second (median of --repeats passes) and presswash's time relative to trafilatura's.
It also scores "pw-extract" (presswash without boilerplate stripping), counts presswash's
extraction paths and what extraction dropped, and checks the targets of issue 20 on
trafilatura-eval-dev (with% at least trafilatura's minus 0.5, w/o% at most 0.7 times its).

``--against REV [REV ...]`` times presswash at each git revision (exported with ``git archive``)
against the working tree instead: alternating passes in subprocesses, the median of --repeats each.

    PYTHONPATH=. python -m bench.extraction [--data ../shared/bench] [--sets ...] [--repeats 3]
    PYTHONPATH=. python -m bench.extraction --against main [12273e6^1 ...] [--sets trafilatura-eval-dev]
"""

from __future__ import annotations

import argparse
import importlib.util
import io
import json
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import trafilatura

from bench.data import DEFAULT_DATA
from cleaners.cleaning.encoding import fix_encoding
from cleaners.cleaning.pipeline import clean_document
from cleaners.cleaning.whitespace import normalize_whitespace
from cleaners.reading.extract import extract_html
from cleaners.reading.inputs import read_file_bytes
from cleaners.records import RawDocument

ROOT = Path(__file__).resolve().parents[1]
SETS = ("aeb-dev", "wcxb-dev", "trafilatura-eval-dev")
COLUMNS = ("aeb_precision", "aeb_recall", "aeb_f1", "with_pct", "without_pct")
# Issue 20's targets on trafilatura-eval-dev, relative to trafilatura measured in the same run.
MAX_WITH_SHORTFALL = 0.5
MAX_WITHOUT_RATIO = 0.7

Result = tuple[str, str, int]  # text, path, characters extraction dropped


def read_page(path: Path) -> RawDocument:
    """Read one saved page as a run reads an .html file (presswash's decoding)."""
    return read_file_bytes(path.name, path.name, path.read_bytes())[0]


def run_trafilatura(raw: RawDocument) -> Result:
    """Return trafilatura's default extraction of a page."""
    text = trafilatura.extract(raw.html) if raw.html else None
    return text or "", "trafilatura.extract", 0


def run_presswash(raw: RawDocument) -> Result:
    """Return presswash's clean text of a page, its extraction path (or rejection) and loss."""
    document = clean_document(raw)
    path = document.extraction or "none"
    path = path if document.status == "kept" else f"{path}, rejected"
    return document.text, path, document.extraction_dropped_chars


def run_extraction(raw: RawDocument) -> Result:
    """Return presswash's text before boilerplate stripping (where the two cleaners stand)."""
    if raw.html is None:
        return "", f"rejected: {raw.error}", 0
    extraction = extract_html(raw.html)
    text = normalize_whitespace(fix_encoding(extraction.text))
    return text, extraction.method, extraction.dropped_chars


SYSTEMS: dict[str, Callable[[RawDocument], Result]] = {
    "trafilatura": run_trafilatura,
    "presswash": run_presswash,
    "pw-extract": run_extraction,
}


def run_passes(
    paths: list[Path], repeats: int
) -> tuple[dict[str, list[float]], dict[str, dict[str, Result]]]:
    """Run each system on each page, repeats times; return seconds per pass and the results."""
    seconds: dict[str, list[float]] = {label: [] for label in SYSTEMS}
    results: dict[str, dict[str, Result]] = {label: {} for label in SYSTEMS}
    for _ in range(repeats):
        took = dict.fromkeys(SYSTEMS, 0.0)
        for number, path in enumerate(paths):
            # Interleaved and in alternating order, so all see the same load on a busy machine.
            for label in sorted(SYSTEMS, reverse=bool(number % 2)):
                start = time.perf_counter()
                results[label][path.stem] = SYSTEMS[label](read_page(path))
                took[label] += time.perf_counter() - start
        for label in SYSTEMS:
            seconds[label].append(took[label])
    return seconds, results


def load_scorer(data: Path):
    """Import the benchmark's scorer module from the data folder."""
    spec = importlib.util.spec_from_file_location("score_extraction", data / "score_extraction.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def read_jsonl(path: Path) -> list[dict]:
    """Return the records of a jsonl file."""
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def score(scorer, set_dir: Path, texts: dict[str, str]) -> dict[str, float]:
    """Score predictions: the scorer's numbers, or snippet rates averaged over the pages."""
    truth = set_dir / "ground_truth.jsonl"
    if truth.exists():
        return scorer.score(read_jsonl(truth), texts)
    rates: dict[str, list[float]] = {"with_pct": [], "without_pct": []}
    for row in read_jsonl(set_dir / "snippets.jsonl"):
        for key, column in (("with", "with_pct"), ("without", "without_pct")):
            rate = scorer.snippet_rate(texts.get(row["id"], ""), row.get(key))
            if rate is not None:
                rates[column].append(rate)
    return {column: 100 * statistics.mean(values) for column, values in rates.items() if values}


def cell(numbers: dict[str, float], column: str) -> str:
    """Format one score, or a dash when the set has no such score."""
    if column not in numbers:
        return f"{'-':>6}"
    return f"{numbers[column]:6.3f}" if column.startswith("aeb") else f"{numbers[column]:6.1f}"


def bench_set(data: Path, name: str, repeats: int) -> None:
    """Run, score and print one benchmark set."""
    set_dir = data / "extraction" / name
    paths = sorted((set_dir / "html").glob("*.html"))
    run_passes(paths[:5], 1)  # warm-up: imports, caches, lazy tables
    seconds, results = run_passes(paths, repeats)
    scorer = load_scorer(data)
    print(f"\n{name}: {len(paths)} pages, median of {repeats} passes")
    print(f"{'system':<12} {'P':>6} {'R':>6} {'F1':>6} {'with%':>6} {'w/o%':>6} {'pages/s':>8}")
    scores = {}
    for label, pages in results.items():
        scores[label] = score(scorer, set_dir, {page: text for page, (text, _, _) in pages.items()})
        rate = len(paths) / statistics.median(seconds[label])
        print(f"{label:<12} {' '.join(cell(scores[label], c) for c in COLUMNS)} {rate:8.1f}")
    for label in ("presswash", "pw-extract"):
        ratio = statistics.median(seconds[label]) / statistics.median(seconds["trafilatura"])
        print(f"{label} time / trafilatura time: {ratio:.3f}")
    pages = results["presswash"]
    print("presswash paths:", dict(Counter(path for _, path, _ in pages.values()).most_common()))
    dropped = sorted(chars for _, _, chars in pages.values())
    print(f"characters extraction dropped a page: median {statistics.median(dropped):.0f}, "
          f"max {dropped[-1]}")  # fmt: skip
    if "with_pct" in scores["trafilatura"] and "aeb_f1" not in scores["trafilatura"]:
        print_targets(scores["trafilatura"], scores["presswash"])


def print_targets(alone: dict[str, float], presswash: dict[str, float]) -> None:
    """Print issue 20's snippet targets, relative to trafilatura in this run, and whether met."""
    least_with = alone["with_pct"] - MAX_WITH_SHORTFALL
    most_without = MAX_WITHOUT_RATIO * alone["without_pct"]
    for what, value, bound, met in (
        ("with%", presswash["with_pct"], f">= {least_with:.2f}", presswash["with_pct"] >= least_with),
        ("w/o%", presswash["without_pct"], f"<= {most_without:.2f}",
         presswash["without_pct"] <= most_without),
    ):  # fmt: skip
        print(f"target {what} {bound}: presswash {value:.2f} {'met' if met else 'NOT met'}")


# Run in a subprocess with a presswash tree first on sys.path: time clean_document on the pages.
TIMER = """
import sys, time
sys.path.insert(0, sys.argv[1])
from pathlib import Path
from cleaners.cleaning.pipeline import clean_document
from cleaners.reading.inputs import read_file_bytes
paths = sorted(Path(sys.argv[2]).glob("*.html"))
for path in paths[:5]:
    clean_document(read_file_bytes(path.name, path.name, path.read_bytes())[0])
start, cpu = time.perf_counter(), time.process_time()
for path in paths:
    clean_document(read_file_bytes(path.name, path.name, path.read_bytes())[0])
print(time.perf_counter() - start, time.process_time() - cpu)
"""


def time_against(data: Path, names: list[str], revisions: list[str], repeats: int) -> None:
    """Time presswash at git revisions against the working tree, passes alternating."""
    with tempfile.TemporaryDirectory() as tmp:
        trees: dict[str, str] = {}
        for number, revision in enumerate(revisions):
            folder = Path(tmp) / str(number)
            archive = subprocess.run(["git", "-C", str(ROOT), "archive", revision, "cleaners"],
                                     check=True, capture_output=True).stdout  # fmt: skip
            with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
                tar.extractall(folder, filter="data")
            trees[revision] = str(folder)
        trees["working tree"] = str(ROOT)
        for name in names:
            pages = data / "extraction" / name / "html"
            wall: dict[str, list[float]] = {label: [] for label in trees}
            cpu: dict[str, list[float]] = {label: [] for label in trees}
            for _ in range(repeats):
                for label, tree in trees.items():
                    out = subprocess.run([sys.executable, "-c", TIMER, tree, str(pages)],
                                         check=True, capture_output=True, text=True).stdout  # fmt: skip
                    wall[label].append(float(out.split()[-2]))
                    cpu[label].append(float(out.split()[-1]))
            count = len(list(pages.glob("*.html")))
            # CPU time too: on shared cores, wall time measures the neighbours' load as well.
            print(f"\n{name}: {count} pages, presswash pages/s (wall, CPU), "
                  f"median of {repeats} alternating passes")  # fmt: skip
            rates = {}
            for label in trees:
                rates[label] = [
                    count / statistics.median(seconds[label]) for seconds in (wall, cpu)
                ]
                print(f"{label:<14} {rates[label][0]:8.1f} {rates[label][1]:8.1f}")
            for revision in revisions:
                ratios = [
                    mine / theirs
                    for mine, theirs in zip(rates["working tree"], rates[revision], strict=True)
                ]
                print(f"working tree / {revision}: wall {ratios[0]:.3f}, CPU {ratios[1]:.3f}")


def main() -> None:
    """Parse the options and bench each set."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--sets", nargs="+", default=list(SETS))
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument(
        "--against", nargs="+", metavar="REV", help="time presswash at each REV against this tree"
    )
    args = parser.parse_args()
    if args.against:
        time_against(args.data, args.sets, args.against, args.repeats)
        return
    for name in args.sets:
        bench_set(args.data, name, args.repeats)


if __name__ == "__main__":
    main()
