"""Measure whether cleaning is a fixpoint: cleaning a clean text again should change nothing.

Users run presswash over text that is already clean (a second run over clean/, another tool's
output, a reader-mode copy). For every extraction dev set under --data (default ../shared/bench)
and the seeds (raw/), it cleans each page as `bench.articles` does (a plain-text document, the
site's recurring lines learned over the set), then cleans each kept text again as a plain-text
document with the same recurring lines, and prints per set:

- the pages whose second cleaning changes the text, and those it rejects;
- the characters the second cleaning removes, and the article share it loses (`bench.articles`'
  measure: AEB recall against the ground truth, or the share of `with` snippets), summed;
- the worst pages (most article share, then most characters lost), each with the rules that
  removed text the second time.

The overlap sets' article texts (copies-dev, the first --stories of stories-dev: articles another
tool already cut out of their pages) are cleaned twice too. With --html, each set's HTML pages go
the HTML path first and their clean text is cleaned again as a plain-text document, as a second
run over clean/ does (recurring lines learned over the clean texts; a few minutes).

    PYTHONPATH=. python -m bench.fixpoint [--data ../shared/bench] [--sets aeb-dev ...] [--worst 8]
        [--stories 3000] [--html]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

from bench.articles import (
    DEFAULT_DATA,
    SETS,
    article_share,
    learn_recurring,
    load_scorer,
    load_set,
    read_jsonl,
)
from bench.extraction import read_page
from cleaners.cleaning.pipeline import clean_document
from cleaners.cleaning.recurring import site_of
from cleaners.reading.inputs import read_file_bytes
from cleaners.records import Document, RawDocument

SEEDS = Path(__file__).resolve().parents[1] / "raw"


@dataclass(frozen=True, slots=True)
class Recleaned:
    """A page's first clean text, its second, and what the second cleaning removed by rule."""

    id: str
    first: str
    second: str
    rules: Counter


def kept_text(document: Document) -> str:
    """Return a cleaned document's text, or nothing when it was rejected."""
    return document.text if document.status == "kept" and document.text else ""


def clean_again(
    raws: list[RawDocument], firsts: dict[str, str], recurring: dict[str, frozenset[str]]
) -> list[Recleaned]:
    """Clean every first clean text again as a plain-text document (the page's site's lines)."""
    found = []
    for raw in raws:
        first = firsts.get(raw.id, "")
        if not first:
            continue
        again = clean_document(
            RawDocument(id=raw.id, source=raw.source, text=first, url=raw.url),
            recurring=recurring.get(site_of(raw.url, raw.source), frozenset()),
        )
        rules: Counter = Counter()
        for removal in again.removed:
            rules[removal.rule] += len(removal.text)
        found.append(Recleaned(raw.id, first, kept_text(again), rules))
    return found


def clean_twice(raws: list[RawDocument]) -> list[Recleaned]:
    """Clean every page as a text document, then its kept text again with the same site lines."""
    recurring = learn_recurring(raws)
    firsts = {
        raw.id: kept_text(
            clean_document(raw, recurring=recurring.get(site_of(raw.url, raw.source), frozenset()))
        )
        for raw in raws
    }
    return clean_again(raws, firsts, recurring)


def clean_html_twice(folder: Path) -> list[Recleaned]:
    """Clean every HTML page, then its kept text as a run over clean/ reads it (a .txt file)."""
    raws = []
    for path in sorted(folder.glob("*.html")):
        raws.append(replace(read_page(path), id=path.stem))
    firsts = {raw.id: kept_text(clean_document(raw)) for raw in raws}
    texts = [replace(raw, html=None, text=firsts[raw.id]) for raw in raws]
    return clean_again(raws, firsts, learn_recurring(texts))


def read_seeds(folder: Path) -> list[RawDocument]:
    """Read the sample articles as the flow reads a raw folder's files."""
    raws = []
    for path in sorted(folder.iterdir()):
        if path.is_file():
            raws.extend(read_file_bytes(path.name, path.name, path.read_bytes()))
    return raws


def read_articles(path: Path, limit: int | None) -> list[RawDocument]:
    """Read the first ``limit`` article texts of an overlap set as plain-text documents."""
    return [
        RawDocument(id=row["id"], source=path.name, text=row["text"])
        for row in read_jsonl(path)[:limit]
    ]


def report(name: str, pages: list[Recleaned], share: dict[str, object] | None, worst: int) -> None:
    """Print one set's fixpoint numbers and its worst pages."""
    changed = [page for page in pages if page.second != page.first]
    rejected = sum(not page.second for page in changed)
    chars = sum(max(0, len(page.first) - len(page.second)) for page in changed)
    lost: dict[str, float] = {}
    if share is not None:
        for page in changed:
            measure = share[page.id]
            lost[page.id] = measure(page.first) - measure(page.second)
    print(
        f"\n{name}: {len(pages)} kept pages; second cleaning changes {len(changed)} "
        f"(rejects {rejected}), removes {chars:,} characters"
        + (f", article share lost {sum(lost.values()):.2f} pages' worth" if share else "")
    )
    ranked = sorted(
        changed, key=lambda page: (-lost.get(page.id, 0.0), len(page.second) - len(page.first))
    )
    for page in ranked[:worst]:
        rules = ", ".join(f"{rule} {count}" for rule, count in page.rules.most_common(4))
        print(
            f"  {page.id[:40]}: {len(page.first):,} -> {len(page.second):,} chars"
            + (f", article share lost {lost[page.id]:.2f}" if page.id in lost else "")
            + f" ({rules})"
        )


def run(data: Path, sets: list[str], worst: int, stories: int, html: bool) -> None:
    """Clean every corpus twice and print the fixpoint report of each."""
    scorer = load_scorer(data)
    for name in sets:
        folder = data / "extraction" / name
        raws, truth = load_set(folder)
        passes = [("text", clean_twice(raws))]
        if html:
            passes.append(("html", clean_html_twice(folder / "html")))
        for path, pages in passes:
            shares = {page.id: article_share(scorer, truth[page.id]) for page in pages}
            report(f"{name} ({path})", pages, shares, worst)
    report("seeds", clean_twice(read_seeds(SEEDS)), None, worst)
    for name, limit in (("copies-dev", None), ("stories-dev", stories)):
        raws = read_articles(data / "overlap" / f"{name}.jsonl", limit)
        report(f"{name} (article texts)", clean_twice(raws), None, worst)


def main() -> None:
    """Parse arguments and run the benchmark."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--sets", nargs="+", default=list(SETS))
    parser.add_argument("--worst", type=int, default=8, help="pages listed per set")
    parser.add_argument("--stories", type=int, default=3000, help="stories-dev texts to clean")
    parser.add_argument("--html", action="store_true", help="also the HTML path, then text")
    args = parser.parse_args()
    if not (args.data / "extraction").is_dir():
        sys.exit(f"no extraction sets under {args.data}")
    run(args.data, args.sets, args.worst, args.stories, args.html)


if __name__ == "__main__":
    main()
