"""Time the per-document review of a run (flows/run/review.py) at 10k and 100k documents.

The run's manifest fragments are built from the five bundled samples cleaned as the flow cleans
them (real removed lines, ~1.3 KB a record), repeated under new ids in batches of 2,000; every
document lost lines, so every one is in the review. Prints the median of ``--repeats`` passes of
`collect_review` plus the table and markdown it builds, and the size of both artifacts.

    PYTHONPATH=. python bench/review.py [--sizes 10000,100000] [--repeats 3]
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from pathlib import Path

from cleaners.cleaning.pipeline import clean_document
from cleaners.records import RawDocument
from flows.run.manifest import RunRecord, write_fragment
from flows.run.output import clean_text_bytes, manifest_record
from flows.run.review import collect_review, document_rows, removals_markdown

SAMPLES = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "samples"
BATCH = 2000


def build_run(folder: Path, documents: int) -> list[RunRecord]:
    """Write a run's fragments and clean texts into ``folder``; return its records."""
    docs = [
        clean_document(RawDocument(id=p.stem, source=p.name, text=p.read_text(encoding="utf-8")))
        for p in sorted(SAMPLES.glob("*.txt"))
    ]
    base = [manifest_record(doc) for doc in docs]
    out = folder / "clean"
    out.mkdir()
    for doc, record in zip(docs, base, strict=True):
        (out / record["text_path"]).write_bytes(clean_text_bytes(doc))
    records: list[RunRecord] = []
    for batch in range(-(-documents // BATCH)):
        count = min(BATCH, documents - batch * BATCH)
        rows = [
            base[i % len(base)] | {"id": f"{batch}-{i}-{base[i % len(base)]['id']}"}
            for i in range(count)
        ]
        records += write_fragment(folder / f"batch-{batch:06d}.jsonl", rows)
    return records


def main() -> None:
    """Print the review's time and artifact sizes for each size."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    for size in map(int, args.sizes.split(",")):
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            records = build_run(folder, size)
            fragments = sum(p.stat().st_size for p in folder.glob("batch-*.jsonl"))
            seconds = []
            for _ in range(args.repeats):
                started = time.perf_counter()
                review = collect_review(records, {}, folder / "clean")
                table, markdown = document_rows(review), removals_markdown(review, "manifest.jsonl")
                seconds.append(time.perf_counter() - started)
            print(
                f"{size:,} documents ({fragments / 2**20:.0f} MB of fragments): review "
                f"{statistics.median(seconds):.2f} s (median of {args.repeats}: "
                f"{min(seconds):.2f}-{max(seconds):.2f}); documents table "
                f"{len(json.dumps(table)) / 1024:.0f} KB, removals markdown "
                f"{len(markdown) / 1024:.0f} KB"
            )


if __name__ == "__main__":
    main()
