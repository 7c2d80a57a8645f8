"""Count the articles the text path destroys, with and without the article guard.

For every extraction dev set under --data (default ../shared/bench) it cleans each page's
scraped text (`scraped_text.jsonl`: the whole visible page) the way the flow cleans a plain-text
document (`clean_document`, recurring site lines learned over the set first), once as it is and
once with the guard (`cleaners.cleaning.boilerplate.guard.keep_article`) replaced by a pass-through,
and prints:

- destroyed pages: the text path keeps under half of the article while the raw text held at least
  90% of it (article recall = AEB 4-shingle recall against `ground_truth.jsonl`; on sets with only
  snippets, the share of `with` snippets found); each listed with both recalls;
- on sets with a ground truth: AEB precision, recall and F1 (score_extraction.score), and with% /
  w/o% where the truth carries snippets;
- on snippet sets: with% and w/o% (score_extraction.snippet_rate, averaged per page);
- the cleaning's CPU time with and without the guard (best of --repeats interleaved passes).

    PYTHONPATH=. python -m bench.articles [--data ../shared/bench] [--sets aeb-dev ...] [--repeats 3]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from unittest import mock

from cleaners.cleaning.boilerplate import guard
from cleaners.cleaning.pipeline import clean_document
from cleaners.cleaning.recurring import count_lines, recurring_fingerprints, site_of
from cleaners.records import RawDocument

DEFAULT_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "bench"
SETS = ("aeb-dev", "wcxb-dev", "trafilatura-eval-dev")
# A page is destroyed when the raw text held at least RAW_HELD of its article and the text path
# keeps under KEPT_FLOOR of it.
RAW_HELD = 0.9
KEPT_FLOOR = 0.5


def read_jsonl(path: Path) -> list[dict]:
    """Read a jsonl file into a list of records."""
    with path.open(encoding="utf-8") as rows:
        return [json.loads(row) for row in rows if row.strip()]


def load_scorer(data: Path) -> ModuleType:
    """Import the benchmark's score_extraction.py from the data folder."""
    spec = importlib.util.spec_from_file_location("score_extraction", data / "score_extraction.py")
    if spec is None or spec.loader is None:
        raise SystemExit(f"no score_extraction.py in {data}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load_set(folder: Path) -> tuple[list[RawDocument], dict[str, dict]]:
    """Return a set's pages as raw text documents and its truth rows by id."""
    truth_path = folder / "ground_truth.jsonl"
    if not truth_path.exists():
        truth_path = folder / "snippets.jsonl"
    truth = {row["id"]: row for row in read_jsonl(truth_path)}
    raws = [
        RawDocument(
            id=row["id"],
            source=f"{folder.name}/scraped_text.jsonl",
            text=row["text"],
            url=truth.get(row["id"], {}).get("url"),
        )
        for row in read_jsonl(folder / "scraped_text.jsonl")
        if row["id"] in truth
    ]
    return raws, truth


def learn_recurring(raws: list[RawDocument]) -> dict[str, frozenset[str]]:
    """Learn each site's recurring lines from the set, as the flow does over a run."""
    counts = count_lines((site_of(raw.url, raw.source), raw.text or "") for raw in raws)
    return {site: recurring_fingerprints(counts, site) for site in counts}


def clean_all(
    raws: list[RawDocument], recurring: dict[str, frozenset[str]]
) -> tuple[dict[str, str], float]:
    """Clean every page as the flow cleans a text document (a rejected page keeps nothing).

    Returns the texts and the CPU seconds the cleaning took.
    """
    texts = {}
    started = time.process_time()
    for raw in raws:
        document = clean_document(
            raw, recurring=recurring.get(site_of(raw.url, raw.source), frozenset())
        )
        texts[raw.id] = document.text if document.status == "kept" else ""
    return texts, time.process_time() - started


def passthrough(lines: object, decided: list[str | None]) -> list[str | None]:
    """Stand in for the guard: keep every decision."""
    return list(decided)


def article_share(scorer: ModuleType, row: dict) -> Callable[[str], float]:
    """Return how much of a page's article a text holds: shingle recall, or `with` snippets."""
    if "text" in row:

        def recall(text: str) -> float:
            tp, fp, fn = scorer.aeb_tp_fp_fn(row["text"], text)
            return scorer._rec(tp, fp, fn)

        return recall
    return lambda text: scorer.snippet_rate(text, row.get("with") or [])


def summarise(scorer: ModuleType, truth: dict[str, dict], texts: dict[str, str]) -> str:
    """Return the set's scores of one run as a line of numbers."""
    rows = list(truth.values())
    if all("text" in row for row in rows):
        numbers = scorer.score(rows, texts)
        line = (
            f"P {numbers['aeb_precision']:.3f}  R {numbers['aeb_recall']:.3f}  "
            f"F1 {numbers['aeb_f1']:.3f}"
        )
        if "with_pct" in numbers:
            line += f"  with% {numbers['with_pct']:.1f}  w/o% {numbers['without_pct']:.1f}"
        return line
    with_rates = [
        scorer.snippet_rate(texts.get(row["id"], ""), row["with"])
        for row in rows
        if row.get("with")
    ]
    without_rates = [
        scorer.snippet_rate(texts.get(row["id"], ""), row["without"])
        for row in rows
        if row.get("without")
    ]
    return (
        f"with% {100 * sum(with_rates) / len(with_rates):.1f}  "
        f"w/o% {100 * sum(without_rates) / len(without_rates):.1f}"
    )


def destroyed(
    scorer: ModuleType, raws: list[RawDocument], truth: dict[str, dict], texts: dict[str, str]
) -> list[tuple[str, float, float]]:
    """Return the pages whose raw text held the article and whose clean text lost most of it."""
    found = []
    for raw in raws:
        share = article_share(scorer, truth[raw.id])
        held = share(raw.text or "")
        if held >= RAW_HELD:
            kept = share(texts.get(raw.id, ""))
            if kept < KEPT_FLOOR:
                found.append((raw.id, held, kept))
    return found


def run(data: Path, sets: list[str], repeats: int) -> None:
    """Clean every set with and without the guard and print the comparison."""
    scorer = load_scorer(data)
    for name in sets:
        folder = data / "extraction" / name
        raws, truth = load_set(folder)
        recurring = learn_recurring(raws)
        before_times, after_times = [], []
        for _ in range(repeats):  # interleaved: the first pass also warms the rules' caches
            with mock.patch.object(guard, "keep_article", passthrough):
                before, seconds = clean_all(raws, recurring)
            before_times.append(seconds)
            after, seconds = clean_all(raws, recurring)
            after_times.append(seconds)
        before_seconds, after_seconds = min(before_times), min(after_times)
        print(
            f"\n{name}: {len(raws)} pages; cleaning CPU time (best of {repeats}) "
            f"{before_seconds:.2f} s without the guard, {after_seconds:.2f} s with it"
        )
        print(f"  without guard: {summarise(scorer, truth, before)}")
        print(f"  with guard:    {summarise(scorer, truth, after)}")
        for label, texts in (("without guard", before), ("with guard", after)):
            lost = destroyed(scorer, raws, truth, texts)
            print(f"  destroyed {label}: {len(lost)}")
            for page_id, held, kept in lost:
                print(f"    {page_id}: raw {held:.2f} -> kept {kept:.2f}")
        changed = sum(before[key] != after[key] for key in before)
        print(f"  pages the guard changed: {changed}")


def main() -> None:
    """Parse arguments and run the benchmark."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--sets", nargs="+", default=list(SETS))
    parser.add_argument("--repeats", type=int, default=3, help="cleaning passes per variant")
    args = parser.parse_args()
    if not (args.data / "extraction").is_dir():
        sys.exit(f"no extraction sets under {args.data}")
    run(args.data, args.sets, max(1, args.repeats))


if __name__ == "__main__":
    main()
