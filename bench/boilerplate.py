"""Score presswash's boilerplate stripping on the scraped-text inputs of the extraction benchmarks.

For each set in ../shared/bench/extraction ({aeb-dev,wcxb-dev}/scraped_text.jsonl: a page's
visible text, one block a line, menus and footers included) it cleans every page the way the flow
does a plain-text document, scores the result with ../shared/bench/score_extraction.py and
prints AEB precision, recall and F1 and, on wcxb, with% and w/o%, beside the floor (the scraped
text with nothing removed), plus the cleaning speed (median of --repeats passes).

The cleaning is ``cleaners.cleaning.pipeline.clean_document`` when that module exists (it is the flow's
per-document path), else encoding repair (``cleaners.cleaning.encoding.fix_encoding`` if present), then
``strip_boilerplate`` and ``normalize_whitespace``. Before cleaning, recurring site lines are
learned as the flow learns them (``cleaners.cleaning.recurring``: per site, a line in enough of the
site's documents); a page's site is the host of the URL the ground truth gives for it. The
benchmark pages come from about a hundred sites each, so few lines recur: the step is exercised,
and its removals are counted, but it changes little here.

On trafilatura-eval-dev (no full ground truth: `snippets.jsonl` lists passages that must stay,
`with`, and boilerplate that must go, `without`) it prints with% and w/o%: each page scored with
score_extraction.snippet_rate, averaged over the pages that have such snippets.

    PYTHONPATH=. python -m bench.boilerplate [--data ../shared/bench]
        [--sets aeb-dev wcxb-dev trafilatura-eval-dev] [--repeats 3]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import statistics
import subprocess
import sys
import tempfile
import time
import types
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from cleaners.cleaning.boilerplate import strip_boilerplate
from cleaners.cleaning.recurring import count_lines, recurring_fingerprints, site_of
from cleaners.cleaning.whitespace import normalize_whitespace
from cleaners.records import RawDocument

DEFAULT_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "bench"
BENCH = DEFAULT_DATA
SNIPPETS = "snippets.jsonl"
COLUMNS = ("aeb_precision", "aeb_recall", "aeb_f1", "with_pct", "without_pct")
BOOTSTRAP = "100"

# (raw document, the site's recurring fingerprints) -> (clean text, removals by rule)
Cleaner = Callable[[RawDocument, frozenset[str]], tuple[str, Counter]]


def read_jsonl(path: Path) -> list[dict]:
    """Read a jsonl file into a list of records."""
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def unchanged(text: str) -> str:
    """Return the text as it is (no encoding repair available)."""
    return text


def pick_cleaner() -> tuple[str, Cleaner]:
    """Return the cleaning the flow uses: the pipeline when it exists, else the three steps."""
    if importlib.util.find_spec("cleaners.cleaning.pipeline") is not None:
        from cleaners.cleaning.pipeline import clean_document

        def run_pipeline(raw: RawDocument, recurring: frozenset[str]) -> tuple[str, Counter]:
            document = clean_document(raw, recurring=recurring)
            return document.text, Counter(removal.rule for removal in document.removed)

        return "cleaners.cleaning.pipeline.clean_document", run_pipeline
    fix: Callable[[str], str] = unchanged
    name = "strip_boilerplate + normalize_whitespace"
    if importlib.util.find_spec("cleaners.cleaning.encoding") is not None:
        from cleaners.cleaning.encoding import fix_encoding as fix

        name = "fix_encoding + " + name

    def run_steps(raw: RawDocument, recurring: frozenset[str]) -> tuple[str, Counter]:
        stripped = strip_boilerplate(fix(raw.text or ""), title=raw.title, recurring=recurring)
        removed = Counter(removal.rule for removal in stripped.removed)
        return normalize_whitespace(stripped.text), removed

    return name, run_steps


def load_set(name: str) -> tuple[list[RawDocument], Path]:
    """Return a set's pages as raw plain-text documents (with the URL the labels give).

    The path returned is the set's labels: its ground truth, or its snippets when it has no
    full ground truth.
    """
    folder = BENCH / "extraction" / name
    truth = folder / "ground_truth.jsonl"
    labels = truth if truth.exists() else folder / SNIPPETS
    urls = {row["id"]: row.get("url") for row in read_jsonl(labels)}
    raws = [
        RawDocument(
            id=row["id"],
            source=f"{name}/scraped_text.jsonl",
            text=row["text"],
            url=urls.get(row["id"]),
        )
        for row in read_jsonl(folder / "scraped_text.jsonl")
    ]
    return raws, labels


def scorer_module() -> types.ModuleType:
    """Import the benchmark's scorer (score_extraction.py) from the data folder."""
    spec = importlib.util.spec_from_file_location("score_extraction", BENCH / "score_extraction.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def score_snippets(labels: Path, predictions: dict[str, str]) -> dict:
    """Return with% and w/o%: snippet_rate per page, averaged over the pages with snippets."""
    rate = scorer_module().snippet_rate
    withs, withouts = [], []
    for row in read_jsonl(labels):
        text = predictions.get(row["id"], "")
        kept, left = rate(text, row.get("with")), rate(text, row.get("without"))
        if kept is not None:
            withs.append(kept)
        if left is not None:
            withouts.append(left)
    return {
        "with_pct": 100 * statistics.mean(withs),
        "without_pct": 100 * statistics.mean(withouts),
    }


def learn_recurring(raws: list[RawDocument]) -> dict[str, frozenset[str]]:
    """Learn each site's recurring lines from the set, as the flow does over a run."""
    counts = count_lines((site_of(raw.url, raw.source), raw.text or "") for raw in raws)
    found = {site: recurring_fingerprints(counts, site) for site in counts}
    return {site: lines for site, lines in found.items() if lines}


def clean_set(
    raws: list[RawDocument], recurring: dict[str, frozenset[str]], cleaner: Cleaner, repeats: int
) -> tuple[dict[str, str], Counter, float]:
    """Clean every page; return texts, removals by rule and the median pages per CPU second.

    CPU time rather than wall time: the benchmark machines are shared, and a busy neighbour
    stretches wall time without the cleaning doing any more work.
    """
    rates, texts, removed = [], {}, Counter()
    for _ in range(max(1, repeats)):
        texts, removed = {}, Counter()
        started = time.process_time()
        for raw in raws:
            site = site_of(raw.url, raw.source)
            texts[raw.id], rules = cleaner(raw, recurring.get(site, frozenset()))
            removed.update(rules)
        rates.append(len(raws) / (time.process_time() - started))
    return texts, removed, statistics.median(rates)


def score(truth: Path, predictions: dict[str, str], folder: Path, label: str) -> dict:
    """Score predictions with the benchmark's scorer (a subprocess) and return its numbers."""
    pred_path = folder / f"{label}.jsonl"
    with pred_path.open("w", encoding="utf-8") as out:
        for page_id, text in predictions.items():
            out.write(json.dumps({"id": page_id, "text": text}, ensure_ascii=False) + "\n")
    if truth.name == SNIPPETS:
        return score_snippets(truth, predictions)
    result_path = folder / f"{label}.score.json"
    subprocess.run(
        [
            sys.executable,
            str(BENCH / "score_extraction.py"),
            str(truth),
            str(pred_path),
            "--n-bootstrap",
            BOOTSTRAP,
            "--json",
            str(result_path),
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(result_path.read_text(encoding="utf-8"))[str(pred_path)]


def format_row(label: str, numbers: dict, rate: float | None = None) -> str:
    """Format one result line: precision, recall, F1, with%, w/o%, pages per second."""
    cells = [
        f"{'-':>10}"
        if c not in numbers
        else (f"{numbers[c]:>10.3f}" if c.startswith("aeb") else f"{numbers[c]:>10.1f}")
        for c in COLUMNS
    ]
    speed = f"{rate:>9.0f}" if rate is not None else f"{'-':>9}"
    return f"  {label:<24}" + "".join(cells) + speed


def run(sets: list[str], repeats: int) -> None:
    """Clean, score and print every set."""
    name, cleaner = pick_cleaner()
    print(f"cleaning: {name}")
    header = "".join(f"{label:>10}" for label in ("precision", "recall", "F1", "with%", "w/o%"))
    with tempfile.TemporaryDirectory(prefix="presswash-bench-") as tmp:
        for set_name in sets:
            raws, truth = load_set(set_name)
            recurring = learn_recurring(raws)
            texts, removed, rate = clean_set(raws, recurring, cleaner, repeats)
            floor = score(
                truth, {raw.id: raw.text or "" for raw in raws}, Path(tmp), f"{set_name}-floor"
            )
            cleaned = score(truth, texts, Path(tmp), f"{set_name}-presswash")
            chars = sum(len(raw.text or "") for raw in raws)
            sites = Counter(site_of(raw.url, raw.source) for raw in raws)
            print(
                f"\n{set_name}: {len(raws)} pages from {len(sites)} sites (at most "
                f"{max(sites.values())} pages a site); "
                f"{len(recurring)} sites with recurring lines"
            )
            print(f"  {'':<24}{header}{'pages/s':>9}")
            print(format_row("nothing removed (floor)", floor))
            print(format_row("presswash", cleaned, rate))
            print(
                f"  cleaning: {1000 * len(raws) * 4096 / (rate * chars):.2f} ms per 4 KB "
                f"(CPU time, median of {repeats} passes)"
            )
            top = ", ".join(f"{rule} {n}" for rule, n in removed.most_common(12))
            print(f"  removals by rule: {top}")
            print(f"  recurring_site_line removals: {removed.get('recurring_site_line', 0)}")


def main() -> None:
    """Parse arguments and run the benchmark."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument(
        "--sets", nargs="+", default=["aeb-dev", "wcxb-dev", "trafilatura-eval-dev"]
    )
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    global BENCH
    BENCH = args.data
    run(args.sets, args.repeats)


if __name__ == "__main__":
    main()
