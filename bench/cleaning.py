"""Speed and output snapshot of the per-document cleaning path and the recurring-line counts.

Runs ``cleaners.cleaning.pipeline.clean_document`` over the bench material (--data, default
../shared/bench): the texts of
extraction/*/scraped_text.jsonl (whole, and cut to 6,000 characters as bench/throughput.py cuts
them), the pages of extraction/*/html/, the texts of overlap/copies-dev.jsonl and the sample
articles of raw/. Texts are cleaned twice: as they come, and with a title and the set of lines
that recur across the bench texts (so the recurring-line and title rules run too). For every
document it records status, reason, title, text and removals, and for every text its
``line_fingerprints`` and its ``count_lines`` entry.

    PYTHONPATH=. python bench/cleaning.py --save /tmp/cleaning-before.jsonl
    PYTHONPATH=. python bench/cleaning.py --check /tmp/cleaning-before.jsonl [--repeats 5]

``--save`` writes the snapshot, ``--check`` prints every difference from a saved one (an exit
status of 1 when there is any). Either way it then prints docs/s (median of ``--repeats``
passes) of clean_document on the ~4 KB texts and on the HTML pages, and of count_lines.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[0] = str(REPO)  # import cleaners/ from the checkout, not bench/ scripts as modules

from cleaners.cleaning.pipeline import clean_document
from cleaners.cleaning.recurring import count_lines, line_fingerprints, recurring_fingerprints
from cleaners.records import Document, RawDocument

DEFAULT_DATA = REPO.parent / "shared" / "bench"
SETS = ("aeb-dev", "wcxb-dev")
RAW = REPO / "raw"
# bench/throughput.py's text documents: longer than 500 characters, cut to 6,000 (~4 KB).
CUT_CHARS = 6000
MIN_CHARS = 500
SITE = "bench"


def load_texts(data: Path) -> dict[str, str]:
    """Return every bench text by a stable key, whole and cut as throughput.py cuts it."""
    texts: dict[str, str] = {}
    sets = [data / "extraction" / name / "scraped_text.jsonl" for name in SETS]
    for path in [*sets, data / "overlap" / "copies-dev.jsonl"]:
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    record = json.loads(line)
                    key = f"{path.parent.name}/{path.stem}/{record['id']}"
                    texts[key] = record["text"]
                    texts[f"{key}/cut"] = record["text"][:CUT_CHARS]
    for path in sorted(RAW.glob("*")):
        texts[f"raw/{path.name}"] = path.read_text(encoding="utf-8", errors="replace")
    return texts


def load_pages(data: Path) -> dict[str, str]:
    """Return the bench's HTML pages by a stable key."""
    folders = [data / "extraction" / name / "html" for name in SETS]
    return {
        f"{folder.parent.name}/{page.name}": page.read_text(encoding="utf-8", errors="replace")
        for folder in folders
        for page in sorted(folder.glob("*.html"))
    }


def speed_texts(texts: dict[str, str]) -> list[str]:
    """Return the ~4 KB documents the throughput benchmark cleans."""
    return [
        text[:CUT_CHARS]
        for key, text in texts.items()
        if not key.endswith("/cut") and not key.startswith("raw/") and len(text) > MIN_CHARS
    ]


def first_line(text: str) -> str | None:
    """Return a text's first non-blank line, to stand for its title."""
    return next((line.strip() for line in text.splitlines() if line.strip()), None)


def record(doc: Document) -> dict:
    """Return what the snapshot keeps of a cleaned document."""
    return {
        "status": doc.status,
        "reason": doc.reason,
        "title": doc.title,
        "text": doc.text,
        "removed": [[removal.rule, removal.text] for removal in doc.removed],
    }


def snapshot(texts: dict[str, str], pages: dict[str, str]) -> Iterator[tuple[str, object]]:
    """Yield (key, value) for every output the snapshot compares."""
    counts = count_lines((SITE, text) for text in texts.values())
    recurring = recurring_fingerprints(counts, SITE, min_documents=2, min_share=0.0)
    yield "recurring/size", len(recurring)
    yield "count_lines", counts
    for key, text in texts.items():
        yield f"fingerprints/{key}", sorted(line_fingerprints(text))
        yield f"count_lines/{key}", count_lines([(SITE, text)])
        raw = RawDocument(id=key, source=key, text=text)
        yield f"text/{key}", record(clean_document(raw))
        titled = RawDocument(id=key, source=key, text=text, title=first_line(text))
        yield f"text+recurring/{key}", record(clean_document(titled, recurring=recurring))
    for key, page in pages.items():
        yield f"html/{key}", record(clean_document(RawDocument(id=key, source=key, html=page)))


def check(path: Path, current: dict[str, object]) -> int:
    """Print every difference between a saved snapshot and the current outputs; return count."""
    with open(path, encoding="utf-8") as handle:
        saved = dict(json.loads(line) for line in handle)
    differences = 0
    for key in sorted(saved.keys() | current.keys()):
        before, after = saved.get(key), current.get(key)
        if before != after:
            differences += 1
            print(
                f"DIFF {key}\n  before: {json.dumps(before)[:600]}\n"
                f"  after:  {json.dumps(after)[:600]}"
            )
    print(f"{len(current)} outputs compared, {differences} differences")
    return differences


def docs_per_second(work: Callable[[], int], repeats: int) -> float:
    """Return the median docs/s of repeated runs of work (which returns its document count)."""
    rates = []
    for _ in range(repeats):
        start = time.perf_counter()
        count = work()
        rates.append(count / (time.perf_counter() - start))
    return statistics.median(rates)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the bench data folder")
    parser.add_argument("--save", type=Path, help="write the snapshot of the outputs here")
    parser.add_argument("--check", type=Path, help="compare the outputs with this snapshot")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--no-html", action="store_true", help="skip the HTML speed run")
    args = parser.parse_args()
    texts, pages = load_texts(args.data), load_pages(args.data)
    failed = 0
    if args.save or args.check:
        start = time.perf_counter()
        current = {key: json.loads(json.dumps(value)) for key, value in snapshot(texts, pages)}
        print(f"snapshot of {len(current)} outputs in {time.perf_counter() - start:.1f} s")
        if args.save:
            with open(args.save, "w", encoding="utf-8") as handle:
                handle.writelines(
                    json.dumps([key, value], ensure_ascii=False) + "\n"
                    for key, value in current.items()
                )
            print(f"saved {args.save}")
        if args.check:
            failed = check(args.check, current)
    docs = speed_texts(texts)
    raws = [RawDocument(id=str(i), source="bench", text=text) for i, text in enumerate(docs)]
    htmls = [RawDocument(id=key, source=key, html=page) for key, page in pages.items()]

    def clean_texts() -> int:
        for raw in raws:
            clean_document(raw)
        return len(raws)

    def clean_pages() -> int:
        for raw in htmls:
            clean_document(raw)
        return len(htmls)

    def count_texts() -> int:
        count_lines((SITE, text) for text in docs)
        return len(docs)

    print(
        f"clean_document text: {docs_per_second(clean_texts, args.repeats):7.1f} docs/s "
        f"({len(raws)} docs, median of {args.repeats})"
    )
    print(
        f"count_lines:         {docs_per_second(count_texts, args.repeats):7.1f} docs/s "
        f"({len(docs)} docs, median of {args.repeats})"
    )
    if not args.no_html:
        print(
            f"clean_document html: {docs_per_second(clean_pages, args.repeats):7.1f} docs/s "
            f"({len(htmls)} pages, median of {args.repeats})"
        )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
