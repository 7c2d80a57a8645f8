"""Compare presswash with trafilatura alone on the HTML pages of the extraction benchmarks.

For each set in ../shared/bench/extraction ({aeb-dev,wcxb-dev}/html/) it runs, page by page
and interleaved, trafilatura's default call (``trafilatura.extract(html)``) and presswash
(``decode_bytes`` on the file's bytes, then ``cleaners.cleaning.pipeline.clean_document`` on a RawDocument
with the HTML), scores both with ../shared/bench/score_extraction.py and prints, side by side:
AEB precision, recall and F1, with% and w/o% (wcxb), pages per second (median of --repeats
passes) and presswash's time relative to trafilatura's. It also counts presswash's extraction
paths, and scores "pw-extract": presswash without boilerplate stripping (decode, extract_html,
fix_encoding, normalize_whitespace), to tell the stages apart.

    PYTHONPATH=. python -m bench.extraction [--sets aeb-dev wcxb-dev] [--repeats 3]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import trafilatura

from cleaners.cleaning.encoding import fix_encoding
from cleaners.cleaning.pipeline import clean_document
from cleaners.cleaning.whitespace import normalize_whitespace
from cleaners.reading.decode import UndecodableError, decode_bytes
from cleaners.reading.extract import extract_html
from cleaners.records import RawDocument

BENCH = Path(__file__).resolve().parents[1].parent / "shared" / "bench"
SCORER = BENCH / "score_extraction.py"
COLUMNS = ("aeb_precision", "aeb_recall", "aeb_f1", "with_pct", "without_pct")


def run_trafilatura(page_id: str, data: bytes) -> tuple[str, str]:
    """Return trafilatura's default extraction of a page, and its path."""
    return trafilatura.extract(data.decode("utf-8")) or "", "trafilatura.extract"


def run_presswash(page_id: str, data: bytes) -> tuple[str, str]:
    """Return presswash's clean text of a page, and the extraction path (or rejection)."""
    try:
        html, encoding = decode_bytes(data, html=True)
    except UndecodableError as err:
        return "", f"rejected: {err}"
    raw = RawDocument(id=page_id, source=f"{page_id}.html", html=html, encoding=encoding)
    document = clean_document(raw)
    path = document.extraction or "none"
    return document.text, path if document.status == "kept" else f"{path}, rejected"


def run_extraction(page_id: str, data: bytes) -> tuple[str, str]:
    """Return presswash's text before boilerplate stripping (where the two cleaners stand)."""
    try:
        html, _ = decode_bytes(data, html=True)
    except UndecodableError as err:
        return "", f"rejected: {err}"
    extraction = extract_html(html)
    return normalize_whitespace(fix_encoding(extraction.text)), extraction.method


SYSTEMS: dict[str, Callable[[str, bytes], tuple[str, str]]] = {
    "trafilatura": run_trafilatura,
    "presswash": run_presswash,
    "pw-extract": run_extraction,
}


def run_passes(
    pages: dict[str, bytes], repeats: int
) -> tuple[dict[str, list[float]], dict[str, tuple[dict[str, str], Counter]]]:
    """Run each system on each page, repeats times; return seconds per pass, texts and paths."""
    seconds = {label: [] for label in SYSTEMS}
    results: dict[str, tuple[dict[str, str], Counter]] = {}
    for _ in range(repeats):
        took = dict.fromkeys(SYSTEMS, 0.0)
        texts = {label: {} for label in SYSTEMS}
        paths = {label: Counter() for label in SYSTEMS}
        for number, (page_id, data) in enumerate(pages.items()):
            # Interleaved and in alternating order, so both see the same load on a busy machine.
            for label in sorted(SYSTEMS, reverse=bool(number % 2)):
                start = time.perf_counter()
                texts[label][page_id], path = SYSTEMS[label](page_id, data)
                took[label] += time.perf_counter() - start
                paths[label][path] += 1
        for label in SYSTEMS:
            seconds[label].append(took[label])
            results[label] = (texts[label], paths[label])
    return seconds, results


def score(set_dir: Path, texts: dict[str, str]) -> dict[str, float]:
    """Score predictions with the benchmark's scorer (a subprocess), return its numbers."""
    with tempfile.TemporaryDirectory() as tmp:
        pred, out = Path(tmp) / "pred.jsonl", Path(tmp) / "scores.json"
        with pred.open("w", encoding="utf-8") as handle:
            for page_id, text in texts.items():
                handle.write(json.dumps({"id": page_id, "text": text}) + "\n")
        subprocess.run(
            [sys.executable, str(SCORER), str(set_dir / "ground_truth.jsonl"), str(pred),
             "--n-bootstrap", "0", "--json", str(out)],
            check=True, capture_output=True,
        )  # fmt: skip
        return json.loads(out.read_text())[str(pred)]


def bench_set(name: str, repeats: int) -> None:
    """Run, score and print one benchmark set."""
    set_dir = BENCH / "extraction" / name
    pages = {path.stem: path.read_bytes() for path in sorted((set_dir / "html").glob("*.html"))}
    run_passes(dict(list(pages.items())[:5]), 1)  # warm-up: imports, caches, lazy tables
    seconds, results = run_passes(pages, repeats)
    print(f"\n{name}: {len(pages)} pages, median of {repeats} passes")
    print(f"{'system':<12} {'P':>6} {'R':>6} {'F1':>6} {'with%':>6} {'w/o%':>6} {'pages/s':>8}")
    for label, (texts, _) in results.items():
        numbers = score(set_dir, texts)
        cells = [f"{numbers[c]:6.3f}" if c in numbers and c.startswith("aeb") else
                 f"{numbers[c]:6.1f}" if c in numbers else f"{'-':>6}" for c in COLUMNS]  # fmt: skip
        rate = len(pages) / statistics.median(seconds[label])
        print(f"{label:<12} {' '.join(cells)} {rate:8.1f}")
    for label in ("presswash", "pw-extract"):
        ratio = statistics.median(seconds[label]) / statistics.median(seconds["trafilatura"])
        print(f"{label} time / trafilatura time: {ratio:.3f}")
    print("presswash paths:", dict(results["presswash"][1].most_common()))


def main() -> None:
    """Parse the options and bench each set."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sets", nargs="+", default=["aeb-dev", "wcxb-dev"])
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    for name in args.sets:
        bench_set(name, args.repeats)


if __name__ == "__main__":
    main()
