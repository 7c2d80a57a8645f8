"""Measure whether the text path depends on one scraper's line breaks.

Every text-path number of the dev sets comes from one scraper's copy of each page's visible text
(`scraped_text.jsonl`). Other scrapers break lines differently: inline links on lines of their
own or glued to their neighbours, no blank lines, a table cell or a whole row a line, list
bullets, no-break spaces, tabs, very long lines. This bench derives the visible text of every
`html/` page of aeb-dev, wcxb-dev and trafilatura-eval-dev with other maintained HTML-to-text
methods, cleans each copy exactly as bench.articles does (recurring lines learned per set and per
scraper, `clean_document` on a plain-text document) and prints, beside the scraped_text.jsonl
numbers:

- the raw floor (nothing removed) and the cleaned text's AEB P/R/F1 and with% / w/o% (sets with
  a ground truth) or with% / w/o% (snippet sets), as bench.articles.summarise prints them;
- destroyed pages (bench.articles' definition: the raw text holds >= 90% of the article, the clean
  text keeps < 50%), listed;
- pages much worse than under scraped_text.jsonl (article share kept at least WORSE_BY lower while
  both raw copies held >= 90%), listed: the pages to read for rules keyed to one line shape.

Scrapers (all skip <head>, <script>, <style>, <noscript>, <template> and comments):
- `inscriptis`: inscriptis' layout-aware text (table rows as aligned cells, "* " bullets, indents);
- `lxml-blocks`: lxml, one line per block element, inline elements glued, a table cell a line;
- `lxml-nodes`: lxml `itertext`, every text node a line (as BeautifulSoup's get_text("\\n") does):
  inline links and emphasis on lines of their own.

    PYTHONPATH=. python -m bench.rescrape [--data ../shared/bench] [--sets aeb-dev ...]
        [--scrapers inscriptis lxml-blocks lxml-nodes] [--repeats 1] [--dump DIR]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from types import ModuleType

from lxml import etree, html

from bench.articles import (
    DEFAULT_DATA,
    KEPT_FLOOR,
    RAW_HELD,
    SETS,
    article_share,
    clean_all,
    destroyed,
    learn_recurring,
    load_scorer,
    load_set,
    summarise,
)
from cleaners.reading.decode import decode_bytes
from cleaners.records import RawDocument

# Elements whose content no reader sees.
INVISIBLE = ("head", "script", "style", "noscript", "template", "svg")
# Elements a browser lays out as blocks: each starts and ends a line in `lxml-blocks`.
BLOCKS = frozenset(
    {
        "address",
        "article",
        "aside",
        "blockquote",
        "caption",
        "dd",
        "details",
        "dialog",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hgroup",
        "hr",
        "legend",
        "li",
        "main",
        "nav",
        "ol",
        "option",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
        "body",
        "html",
    }
)
# A page counts as much worse under a scraper when it keeps this much less of its article.
WORSE_BY = 0.3
REFERENCE = "scraped_text.jsonl"


def parse_page(path: Path) -> etree._Element | None:
    """Decode a page as presswash does and parse it, without its invisible elements."""
    text = decode_bytes(path.read_bytes(), html=True).text
    parser = html.HTMLParser(encoding="utf-8")
    try:
        root = html.document_fromstring(text.encode("utf-8"), parser=parser)
    except (etree.ParserError, ValueError):
        return None
    etree.strip_elements(root, etree.Comment, etree.ProcessingInstruction, with_tail=False)
    etree.strip_elements(root, *INVISIBLE, with_tail=False)
    return root


def inscriptis_text(root: etree._Element) -> str:
    """Return inscriptis' text of a page (tables laid out as rows of cells)."""
    from inscriptis import Inscriptis
    from inscriptis.model.config import ParserConfig

    return Inscriptis(root, ParserConfig()).get_text()


def block_text(root: etree._Element) -> str:
    """Return a page's text a block element a line, inline elements glued to their neighbours."""
    parts: list[str] = []
    for event, element in etree.iterwalk(root, events=("start", "end")):
        tag = element.tag if isinstance(element.tag, str) else ""
        if event == "start":
            if tag in BLOCKS or tag == "br":
                parts.append("\n")
            parts.append(element.text or "")
        else:
            if tag in BLOCKS:
                parts.append("\n")
            parts.append(element.tail or "")
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def node_text(root: etree._Element) -> str:
    """Return a page's text a text node a line (BeautifulSoup's get_text("\\n", strip=True))."""
    return "\n".join(piece.strip() for piece in root.itertext() if piece.strip())


SCRAPERS: dict[str, Callable[[etree._Element], str]] = {
    "inscriptis": inscriptis_text,
    "lxml-blocks": block_text,
    "lxml-nodes": node_text,
}


def rescrape(raws: list[RawDocument], folder: Path, scraper: str) -> list[RawDocument]:
    """Return the pages with their text taken from their HTML by one scraper ('' if unparsable)."""
    convert = SCRAPERS[scraper]
    pages = []
    for raw in raws:
        path = folder / "html" / f"{raw.id}.html"
        root = parse_page(path) if path.exists() else None
        text = convert(root) if root is not None else ""
        pages.append(replace(raw, text=text, source=f"{folder.name}/{scraper}"))
    return pages


def shares(
    scorer: ModuleType, raws: list[RawDocument], truth: dict[str, dict], texts: dict[str, str]
) -> dict[str, tuple[float, float]]:
    """Return every page's article share in its raw text and in its clean text."""
    found = {}
    for raw in raws:
        share = article_share(scorer, truth[raw.id])
        found[raw.id] = (share(raw.text or ""), share(texts.get(raw.id, "")))
    return found


def run(data: Path, sets: list[str], scrapers: list[str], repeats: int, dump: Path | None) -> None:
    """Clean every set as every scraper copies it and print the comparison."""
    scorer = load_scorer(data)
    print(
        f"destroyed: raw holds >= {RAW_HELD:.0%} of the article, clean text keeps < "
        f"{KEPT_FLOOR:.0%}; worse: both raws hold >= {RAW_HELD:.0%} and the clean text keeps "
        f">= {WORSE_BY:.2f} less of the article than under {REFERENCE}"
    )
    for name in sets:
        folder = data / "extraction" / name
        reference, truth = load_set(folder)
        print(f"\n{name}: {len(reference)} pages")
        base_shares: dict[str, tuple[float, float]] = {}
        for scraper in (REFERENCE, *scrapers):
            raws = reference if scraper == REFERENCE else rescrape(reference, folder, scraper)
            recurring = learn_recurring(raws)
            runs = [clean_all(raws, recurring) for _ in range(repeats)]
            texts, seconds = runs[-1][0], min(taken for _, taken in runs)
            if dump is not None:
                dump.mkdir(parents=True, exist_ok=True)
                with (dump / f"{name}.{scraper}.jsonl").open("w", encoding="utf-8") as out:
                    for raw in raws:
                        row = {"id": raw.id, "raw": raw.text, "clean": texts.get(raw.id, "")}
                        out.write(json.dumps(row, ensure_ascii=False) + "\n")
            floor = summarise(scorer, truth, {raw.id: raw.text or "" for raw in raws})
            lost = destroyed(scorer, raws, truth, texts)
            print(f"  {scraper} (cleaning {seconds:.1f} s CPU, best of {repeats})")
            print(f"    raw:   {floor}")
            print(f"    clean: {summarise(scorer, truth, texts)}  destroyed {len(lost)}")
            for page_id, held, kept in lost:
                print(f"      destroyed {page_id}: raw {held:.2f} -> kept {kept:.2f}")
            page_shares = shares(scorer, raws, truth, texts)
            if scraper == REFERENCE:
                base_shares = page_shares
                continue
            worse = [
                (page_id, base_shares[page_id][1], kept)
                for page_id, (held, kept) in page_shares.items()
                if held >= RAW_HELD
                and base_shares[page_id][0] >= RAW_HELD
                and kept <= base_shares[page_id][1] - WORSE_BY
            ]
            print(f"    much worse than {REFERENCE}: {len(worse)}")
            for page_id, before, kept in worse:
                print(f"      worse {page_id}: {before:.2f} -> {kept:.2f}")


def main() -> None:
    """Parse arguments and run the benchmark."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--sets", nargs="+", default=list(SETS))
    parser.add_argument("--scrapers", nargs="+", default=list(SCRAPERS), choices=list(SCRAPERS))
    parser.add_argument("--repeats", type=int, default=1, help="cleaning passes (best CPU time)")
    parser.add_argument("--dump", type=Path, help="write every scraper's raw and clean texts here")
    args = parser.parse_args()
    if not (args.data / "extraction").is_dir():
        sys.exit(f"no extraction sets under {args.data}")
    run(args.data, args.sets, args.scrapers, max(1, args.repeats), args.dump)


if __name__ == "__main__":
    main()
