"""Score and time presswash's overlap flagging on the development sets of ../shared/bench/overlap.

- copies-dev: each text is cleaned as the flow cleans a plain-text document
  (``cleaners.cleaning.pipeline.clean_document``, recurring site lines learned per outlet as the
  flow learns
  them per site; raw text when the pipeline cannot be imported: the script says which), signed,
  flagged, and the manifest scored for ``near_duplicate`` (``--label cluster``).
- stories-dev: title and lead signed as they are (``sign_document(id, text, title=title)``) and
  scored for ``same_story`` (``--label story_id``).
- incremental: stories-dev flagged in two runs through a saved index (the first half, then the
  second half against it), scored on the union of both runs' flags.
- the sample: the five articles of raw/ cleaned and flagged as the flow does; prints every pair.
- mixed: stories-dev (title and lead) together with the pages of extraction/trafilatura-eval-dev,
  aeb-dev and wcxb-dev, cleaned from their HTML as the flow cleans them (date, language and URL
  included; trafilatura-eval-dev names only its pages' hosts, so its URLs are
  ``https://<host>/<id>``): stories-dev B-cubed F1 inside the mixed corpus, and every same_story
  flag that involves a page, with both titles and the terms recorded (the pages are unrelated to
  the stories and, but for a few, to one another). Flag time of the mixed corpus in the same run.

It times, in the same run: signatures a second on one core against datasketch's plain loop (one
``MinHash.update`` a shingle, SHA-1 of its bytes), flagging, index save and load, the index's
bytes a document, and a run against 10,000 and 100,000 indexed documents (synthetic MinHash
values, real salient terms): index load, then the near-duplicate banding of every document
(cleaners/banding.py) and verification of the run's candidates. Medians of ``--repeats`` passes.

``--scale 10000,50000,100000`` times ``flag_overlaps`` over runs of that many new documents
against an empty index, and a run of ``RUN_DOCS`` new documents against the largest size indexed,
each in a fresh process: seconds and peak memory above the loaded signatures (RSS sampled every
5 ms). The documents are the bench's texts (scraped pages, copies-dev, stories-dev title and
lead), each made unique by an "Edition N" first line as bench/throughput.py does; no dates, so
every document is in the same-story window. Signatures are signed once and cached in
``--cache`` (default: the system's temporary folder).

    PYTHONPATH=. python bench/overlap.py [--data ../shared/bench] [--repeats 3] [--skip-incremental]
    PYTHONPATH=. python bench/overlap.py --mixed-only
    PYTHONPATH=. python bench/overlap.py --scale 10000,50000,100000 [--repeats 1]
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[0] = str(REPO)  # import cleaners/ from the checkout, not bench/ scripts as modules
from bench.data import add_data_option, data_dir

SHARED = data_dir()
COPIES = SHARED / "overlap" / "copies-dev.jsonl"
STORIES = SHARED / "overlap" / "stories-dev.jsonl"
SCORER = SHARED / "score_overlap.py"
SAMPLE = REPO / "raw"
PAGE_SETS = {  # extraction set: the file that names each page's URL
    "trafilatura-eval-dev": "snippets.jsonl",
    "aeb-dev": "ground_truth.jsonl",
    "wcxb-dev": "ground_truth.jsonl",
}
# Page pairs read and judged the same story (both pages report one event): every other
# same_story flag among the unrelated pages is counted false. Reviewed 2026-12-06.
REVIEWED_SAME_STORY = {
    # South Dakota's "Meth. We're on it." campaign (The Hill, Spokesman-Review)
    (
        "aeb-dev/156770d676ce79905198e1c8407f81e5ecfb617d9aa44712718707eb7e3b8e38",
        "aeb-dev/c13b9c0e04fb28d445d22e92bff6ab7f7800a429930677c28c4dad89f3269869",
    ),
    # the Fort Worth kidnapping rescue video (CBS, NBC DFW)
    (
        "aeb-dev/2c46804d9db4a85e8f8d31128ce0e11d02f25c7120c2faa5ec0664c604a47717",
        "aeb-dev/51d066b0602c9421d8d6410bc4b931700978409a3faa2a984e8fbde519ad7241",
    ),
    # the Inner Mongolia bubonic plague case (NY Post, Express)
    (
        "aeb-dev/432362af0be43f6da757ea778bd7f2f000094a565bdebac5af7442987a5372f3",
        "aeb-dev/ba4dfe2d3e817ff7b8b01172ccc307850fc5469bcdd26c3c48ca046cb88ab7cf",
    ),
    # "feather duvet lung" (Forbes, Live Science)
    (
        "aeb-dev/a078b3656adc0295d0e37bd4f599342f4a0894da2451e0ef3038ac045434fef3",
        "aeb-dev/bd673bd7988144f0ab7b9c5e19fed140fb5aaa30d8894cb045b72d3b79a7dc54",
    ),
}
TODAY = date(2024, 1, 1)  # fixed: the sets have no dates, so every document is "seen" this day
BASELINE_DOCS = 60  # the plain loop runs ~8 ms a document: a sample is enough for its rate
RUN_DOCS = 1000  # documents of one run flagged against the synthetic index
SMALL_RUN = 6  # documents of one language in a small run (a mixed scrape's share of a language)
SMALL_GROUPS = 300  # small runs drawn (fixed seed)
SMALL_SEED = 21
SCALE_DOCS = 100_000  # documents signed for --scale (and cached), at least

import numpy as np
from datasketch import MinHash

from cleaners.overlap.copies import BAND_ROWS, BANDS, flag_copies
from cleaners.overlap.flags import INDEX_FILE, OverlapFlags, OverlapIndex, flag_overlaps
from cleaners.overlap.signature import (
    MINHASH_SEED,
    NUM_PERM,
    SHINGLE_WORDS,
    Signature,
    sign_cleaned,
    sign_document,
)
from cleaners.reading.language import detect_language
from flows.run.output import write_atomic

WORDS = re.compile(r"\w+")


def load(path: Path) -> list[dict]:
    """Return the records of a jsonl file."""
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def clean_texts(rows: list[dict]) -> tuple[list[dict], str]:
    """Return rows with their text cleaned as the flow cleans it, and how it was cleaned."""
    try:
        from cleaners.cleaning.pipeline import clean_document
        from cleaners.cleaning.recurring import count_lines, recurring_fingerprints
        from cleaners.records import RawDocument
    except ImportError as error:
        return rows, f"raw text (cleaners.cleaning.pipeline unavailable: {error})"
    counts = count_lines((r.get("outlet") or "", r["text"]) for r in rows)
    cleaned = []
    for r in rows:
        raw = RawDocument(id=r["id"], source=f"{r.get('outlet')}/{r['id']}.txt", text=r["text"])
        doc = clean_document(raw, recurring=recurring_fingerprints(counts, r.get("outlet") or ""))
        cleaned.append({**r, "text": doc.text if doc.status == "kept" else "", "title": doc.title})
    return (
        cleaned,
        "cleaned with cleaners.cleaning.pipeline.clean_document (recurring lines per outlet)",
    )


def use_data(folder: Path) -> None:
    """Read the development sets from ``folder`` (the --data option)."""
    global SHARED, COPIES, STORIES, SCORER
    SHARED = folder
    COPIES = SHARED / "overlap" / "copies-dev.jsonl"
    STORIES = SHARED / "overlap" / "stories-dev.jsonl"
    SCORER = SHARED / "score_overlap.py"


def with_languages(rows: list[dict]) -> list[dict]:
    """Return rows with their language detected as the flow detects it (before signing)."""
    return [{**r, "language": r.get("language") or detect_language(r["text"])} for r in rows]


def sign_rows(rows: list[dict], with_title: bool) -> list:
    """Return the signatures of rows (language detected as the flow detects it)."""
    return [
        sign_document(
            r["id"],
            r["text"],
            title=r.get("title") if with_title else None,
            date=r.get("date"),
            language=r["language"] if "language" in r else detect_language(r["text"]),
            url=r.get("url"),
        )
        for r in rows
        if r["text"]
    ]


def page_rows() -> list[dict]:
    """Return the kept pages of the extraction sets, cleaned from their HTML as the flow does."""
    from dataclasses import replace

    from cleaners.cleaning.pipeline import clean_document
    from cleaners.reading.inputs import read_file_bytes

    rows = []
    for name, listing in PAGE_SETS.items():
        folder = SHARED / "extraction" / name
        urls = {r["id"]: r.get("url") for r in load(folder / listing)}
        for path in sorted((folder / "html").glob("*.html")):
            url = urls.get(path.stem) or ""
            if "://" not in url:  # trafilatura-eval-dev: "<host>-<slug>" names the page's host
                host = path.stem.rsplit("-", 1)[0] if "-" in path.stem else path.stem
                url = f"https://{host}/{path.stem}"
            for raw in read_file_bytes(path.name, f"{name}/{path.name}", path.read_bytes()):
                doc = clean_document(replace(raw, id=f"{name}/{path.stem}", url=raw.url or url))
                if doc.status == "kept":
                    rows.append(
                        {
                            "id": doc.id,
                            "title": doc.title,
                            "text": doc.text,
                            "date": doc.date,
                            "url": doc.url,
                            "language": doc.language,
                        }
                    )
    return rows


def bench_mixed(tmp: Path, repeats: int) -> None:
    """Flag stories-dev and the extraction sets' pages together; score and list page flags."""
    start = time.perf_counter()
    pages = page_rows()
    stories = with_languages(load(STORIES))
    print(
        f"mixed: {len(stories):,} stories-dev documents (title + lead) and {len(pages)} pages "
        f"of {', '.join(PAGE_SETS)} (cleaned in {time.perf_counter() - start:.0f} s)"
    )
    story_sigs, page_sigs = sign_rows(stories, with_title=True), sign_rows(pages, with_title=True)
    signatures = story_sigs + page_sigs
    languages = Counter(s.language or "?" for s in signatures[len(stories) :])
    dated = sum(s.date is not None for s in signatures[len(stories) :])
    print(
        f"  pages: {dated} dated (metadata, URL or dateline); languages "
        + ", ".join(f"{k} {n}" for k, n in languages.most_common())
    )
    flag_s, flags = timed(lambda: flag_overlaps(signatures, OverlapIndex(), today=TODAY), repeats)
    print(f"  flag_overlaps of {len(signatures):,} documents: {flag_s:.2f} s")
    manifest = tmp / "mixed-manifest.jsonl"
    story_ids = {r["id"] for r in stories}
    inside = {
        i: [o for o in found if o.id in story_ids]
        for i, found in flags.overlaps.items()
        if i in story_ids
    }
    write_manifest(manifest, stories, inside)
    result = score(STORIES, manifest, "story_id", "same_story")
    print(
        f"  stories-dev same_story B-cubed F1 inside the mixed corpus {result['bcubed_f1']:.4f}"
        " (target >= 0.77)"
    )
    titles = {r["id"]: r.get("title") or "" for r in [*stories, *pages]}
    page_flags = [
        p
        for p in flags.pairs
        if p.kind == "same_story" and not (p.a in story_ids and p.b in story_ids)
    ]
    false = [p for p in page_flags if (p.a, p.b) not in REVIEWED_SAME_STORY]
    print(
        f"  same_story pairs involving a page: {len(page_flags)}, {len(false)} not reviewed as "
        f"one story ({1000 * len(false) / len(pages):.2f} per 1,000 pages; target 0)"
    )
    for p in page_flags:
        verdict = "real" if (p.a, p.b) in REVIEWED_SAME_STORY else "FALSE"
        print(
            f"    {verdict} {p.a} ~ {p.b} {p.similarity:.3f} terms {list(p.terms)}\n"
            f"      {titles[p.a][:90]!r}\n      {titles[p.b][:90]!r}"
        )
    near = sum(p.kind == "near_duplicate" and p.a not in story_ids for p in flags.pairs)
    print(f"  near_duplicate pairs among pages: {near}")
    bench_small_corpora(story_sigs, stories, page_sigs)


def bench_small_corpora(story_sigs: list, stories: list[dict], page_sigs: list) -> None:
    """Flag runs of SMALL_RUN documents: one story's two outlets among others, or pages alone.

    A user's scrape holds a few documents of each language: there IDF weighs every shared word.
    """
    rng = np.random.default_rng(SMALL_SEED)
    by_story: dict[str, list] = {}
    for sig, row in zip(story_sigs, [r for r in stories if r["text"]], strict=True):
        by_story.setdefault(row["story_id"], []).append(sig)
    told = sorted(k for k, v in by_story.items() if len(v) >= 2)
    found = false = 0
    for _ in range(SMALL_GROUPS):
        keys = rng.choice(len(told), SMALL_RUN - 1, replace=False)
        pair = by_story[told[keys[0]]][:2]
        others = [by_story[told[k]][0] for k in keys[1:]]
        flagged = small_run_pairs([*pair, *others])
        true = tuple(sorted((pair[0].doc_id, pair[1].doc_id)))
        found += true in flagged
        false += len(flagged - {true})
    print(
        f"small corpora: {SMALL_GROUPS} runs of {SMALL_RUN} stories-dev documents (one story's "
        f"two outlets and {SMALL_RUN - 2} other stories): true pair flagged in {found}, "
        f"{false} false pairs"
    )
    by_language: dict[str, list] = {}
    for sig in page_sigs:
        by_language.setdefault(sig.language or "?", []).append(sig)
    runs, false = 0, set()
    for _language, sigs in sorted(by_language.items()):
        for _ in range(SMALL_GROUPS if len(sigs) > SMALL_RUN else int(len(sigs) >= 3)):
            chosen = rng.choice(len(sigs), min(SMALL_RUN, len(sigs)), replace=False)
            false |= small_run_pairs([sigs[k] for k in chosen]) - REVIEWED_SAME_STORY
            runs += 1
    print(
        f"  {runs} runs of up to {SMALL_RUN} unrelated pages of one language: {len(false)} distinct false pairs"
    )
    for a, b in sorted(false):
        print(f"    FALSE {a} ~ {b}")


def small_run_pairs(signatures: list) -> set[tuple[str, str]]:
    """Return the same-story pairs a run of these documents alone flags."""
    flags = flag_overlaps(signatures, OverlapIndex(), today=TODAY)
    return {(p.a, p.b) for p in flags.pairs if p.kind == "same_story"}


def write_manifest(path: Path, rows: list[dict], overlaps: dict) -> None:
    """Write one manifest record a document with its overlaps."""
    with open(path, "w", encoding="utf-8") as out:
        for r in rows:
            found = [
                {"id": o.id, "kind": o.kind, "similarity": o.similarity}
                for o in overlaps.get(r["id"], ())
            ]
            out.write(json.dumps({"id": r["id"], "overlaps": found}) + "\n")


def score(gold: Path, manifest: Path, label: str, kind: str) -> dict:
    """Run score_overlap.py, print its report and return its numbers."""
    numbers = manifest.with_suffix(".score.json")
    done = subprocess.run(
        [
            sys.executable,
            str(SCORER),
            str(gold),
            str(manifest),
            "--label",
            label,
            "--kind",
            kind,
            "--json",
            str(numbers),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    print("    " + done.stdout.strip().replace("\n", "\n    "))
    return json.loads(numbers.read_text())


def timed(function, repeats: int) -> tuple[float, object]:
    """Return the median seconds of calling function and its last result."""
    seconds, result = [], None
    for _ in range(repeats):
        start = time.perf_counter()
        result = function()
        seconds.append(time.perf_counter() - start)
    return statistics.median(seconds), result


def plain_datasketch(texts: list[str]) -> None:
    """Sign texts the plain way: one datasketch ``MinHash.update`` per word shingle."""
    for text in texts:
        words = WORDS.findall(text.lower())
        sketch = MinHash(num_perm=NUM_PERM, seed=MINHASH_SEED)
        for i in range(max(len(words) - SHINGLE_WORDS + 1, 1)):
            sketch.update(" ".join(words[i : i + SHINGLE_WORDS]).encode("utf-8"))


def bench_copies(tmp: Path, repeats: int) -> None:
    """Score near-duplicates on copies-dev and time signatures against the plain loop."""
    raw = with_languages(load(COPIES))
    rows, how = clean_texts(raw)
    print(f"copies-dev: {len(rows)} documents, {how}")
    texts = [r["text"] for r in rows if r["text"]]
    words = statistics.median(len(WORDS.findall(t)) for t in texts)
    sign_s, signatures = timed(lambda: sign_rows(rows, with_title=False), repeats)
    plain_s, _ = timed(lambda: plain_datasketch(texts[:BASELINE_DOCS]), repeats)
    ours, plain = len(texts) / sign_s, BASELINE_DOCS / plain_s
    print(
        f"  signatures (median {words:.0f} words a document, one core): {ours:,.0f} docs/s; "
        f"datasketch per-shingle update loop: {plain:,.0f} docs/s; ratio {ours / plain:.1f}x"
    )
    near_600 = [r for r in raw if 500 <= len(WORDS.findall(r["text"])) <= 700]
    sized_s, _ = timed(lambda: sign_rows(near_600, with_title=False), repeats)
    print(
        f"  signatures of the {len(near_600)} raw articles of 500-700 words (the target's ~600): "
        f"{len(near_600) / sized_s:,.0f} docs/s on one core (target >= 1,300)"
    )
    flag_s, flags = timed(lambda: flag_overlaps(signatures, OverlapIndex(), today=TODAY), repeats)
    print(f"  flag_overlaps (index build + query + verify): {flag_s:.2f} s")
    manifest = tmp / "copies-manifest.jsonl"
    write_manifest(manifest, rows, flags.overlaps)
    result = score(COPIES, manifest, "cluster", "near_duplicate")
    print(f"  near_duplicate pairwise F1 {result['pair_f1']:.3f} (target >= 0.97)")
    index = OverlapIndex()
    index.add(signatures, flags)
    write_atomic(tmp / INDEX_FILE, index.to_bytes())
    print(f"  index: {(tmp / INDEX_FILE).stat().st_size / len(index):,.0f} bytes a document")
    raw_flags = flag_overlaps(sign_rows(raw, with_title=False), OverlapIndex(), today=TODAY)
    write_manifest(manifest, raw, raw_flags.overlaps)
    print("  the same on raw text (headers, bylines and footers left in):")
    result = score(COPIES, manifest, "cluster", "near_duplicate")
    print(f"  near_duplicate pairwise F1 on raw text {result['pair_f1']:.3f}")


def bench_stories(tmp: Path, repeats: int) -> list:
    """Score same-story flags on stories-dev, time flagging and the index file."""
    rows = with_languages(load(STORIES))
    print(f"stories-dev: {len(rows)} documents (title + lead)")
    sign_s, signatures = timed(lambda: sign_rows(rows, with_title=True), repeats)
    print(f"  signatures: {len(signatures) / sign_s:,.0f} docs/s")
    flag_s, flags = timed(lambda: flag_overlaps(signatures, OverlapIndex(), today=TODAY), repeats)
    print(f"  flag_overlaps: {flag_s:.2f} s ({len(signatures) / flag_s:,.0f} docs/s)")
    manifest = tmp / "stories-manifest.jsonl"
    write_manifest(manifest, rows, flags.overlaps)
    result = score(STORIES, manifest, "story_id", "same_story")
    print(f"  same_story B-cubed F1 {result['bcubed_f1']:.3f} (target >= 0.75; no flags: 0.50)")
    index = OverlapIndex()
    add_s, _ = timed(lambda: OverlapIndex().add(signatures, flags), 1)
    index.add(signatures, flags)
    path = tmp / INDEX_FILE
    save_s, _ = timed(lambda: write_atomic(path, index.to_bytes()), repeats)
    load_s, _ = timed(lambda: OverlapIndex.load(path), repeats)
    size = path.stat().st_size
    print(
        f"  index: add {add_s:.2f} s, save {save_s:.2f} s, load {load_s:.2f} s; "
        f"{size / 1e6:.1f} MB = {size / len(index):,.0f} bytes a document (target < 4 KB)"
    )
    return signatures


def bench_index_sizes(tmp: Path, signatures: list, repeats: int) -> None:
    """Time one run's near-duplicate step against 10,000 and 100,000 indexed documents."""
    rng = np.random.default_rng(5)
    for size in (10_000, 100_000):
        path = tmp / f"index-{size}" / INDEX_FILE
        new = save_synthetic_index(path, size, signatures, rng)
        load_s, index = timed(lambda path=path: OverlapIndex.load(path), repeats)
        indexed = list(index.signatures.values())
        flag_s, _ = timed(lambda new=new, old=indexed: flag_copies(new, old), repeats)
        print(
            f"  run of {RUN_DOCS:,} against {size:,} indexed documents: index load {load_s:.2f} s, "
            f"banding ({BANDS} bands of {BAND_ROWS}) of {size + RUN_DOCS:,} + verify "
            f"{flag_s:.2f} s "
            f"({(size + RUN_DOCS) / flag_s:,.0f} documents/s); "
            f"{path.stat().st_size / size:,.0f} bytes a document"
        )


def save_synthetic_index(path: Path, size: int, signatures: list, rng) -> list:
    """Save an index of ``size`` synthetic documents; return RUN_DOCS more for a run."""
    values = rng.integers(0, 1 << 32, (size + RUN_DOCS, NUM_PERM), dtype=np.uint32)
    synthetic = [
        Signature(
            doc_id=f"doc-{n:07d}",
            hashvalues=values[n],
            shingles=500,
            terms=signatures[n % len(signatures)].terms,
            term_boosts=signatures[n % len(signatures)].term_boosts,
            length=3000,
        )
        for n in range(size + RUN_DOCS)
    ]
    old = synthetic[:size]
    index = OverlapIndex()
    index.add(old, OverlapFlags((), {}, {}, frozenset(s.doc_id for s in old), TODAY))
    write_atomic(path, index.to_bytes())
    return synthetic[size:]


def bench_sample() -> None:
    """Clean and flag the five sample articles of raw/ as the flow does; print every pair."""
    from cleaners.cleaning.pipeline import clean_document
    from cleaners.reading.inputs import read_file_bytes

    signatures = []
    for path in sorted(SAMPLE.glob("*.txt")):
        for raw in read_file_bytes(path.name, path.name, path.read_bytes()):
            doc = clean_document(raw)
            signatures.append(sign_cleaned(doc))
    flags = flag_overlaps(signatures, OverlapIndex(), today=TODAY)
    found = [f"{p.a} ~ {p.b} {p.kind} {p.similarity:.3f} {list(p.terms)}" for p in flags.pairs]
    print(f"sample raw/ ({len(signatures)} articles): flagged {'; '.join(found) or 'nothing'}")
    print("  (expected: only 000 ~ 001 same_story)")


def bench_incremental(tmp: Path, signatures: list) -> None:
    """Flag stories-dev in two runs through a saved index and score both runs' flags together."""
    rows = load(STORIES)
    half = len(signatures) // 2
    first, second = signatures[:half], signatures[half:]
    path = tmp / "incremental" / INDEX_FILE
    flags = flag_overlaps(first, OverlapIndex(), today=TODAY)
    index = OverlapIndex()
    index.add(first, flags)
    write_atomic(path, index.to_bytes())
    start = time.perf_counter()
    later = flag_overlaps(second, OverlapIndex.load(path), today=TODAY)
    seconds = time.perf_counter() - start
    overlaps: dict = {}
    for run in (flags, later):
        for doc_id, found in run.overlaps.items():
            overlaps.setdefault(doc_id, []).extend(found)
    manifest = tmp / "incremental-manifest.jsonl"
    write_manifest(manifest, rows, overlaps)
    print(
        f"stories-dev in two runs ({len(first)} indexed, then {len(second)} flagged against "
        f"them in {seconds:.2f} s, load included)"
    )
    result = score(STORIES, manifest, "story_id", "same_story")
    print(f"  same_story B-cubed F1 over both runs {result['bcubed_f1']:.3f}")


def scale_texts() -> list[tuple[str, str | None]]:
    """Return (text, title) of the bench's distinct texts: pages, copies and stories."""
    texts = [
        (r["text"], None)
        for path in sorted((SHARED / "extraction").glob("*/scraped_text.jsonl")) + [COPIES]
        for r in load(path)
    ]
    return texts + [(r["text"], r.get("title")) for r in load(STORIES)]


def scale_signatures(cache: Path, count: int) -> Path:
    """Return an index file holding ``count`` signatures of varied texts (signed once, cached)."""
    path = cache / f"presswash-scale-{count}-{NUM_PERM}" / INDEX_FILE
    if path.exists():
        return path
    texts = scale_texts()
    languages = [detect_language(text) for text, _ in texts]
    start = time.perf_counter()
    signatures = []
    for n in range(count):
        text, title = texts[n % len(texts)]
        body = f"Edition {n}: dispatch number {n * 7919 % 100003}.\n{text}"
        language = languages[n % len(texts)]
        signatures.append(sign_document(f"d{n:07d}", body, title=title, language=language))
    seconds = time.perf_counter() - start
    print(f"  signed {count:,} documents in {seconds:.0f} s ({count / seconds:,.0f} docs/s)")
    index = OverlapIndex()
    index.add(signatures, OverlapFlags((), {}, {}, frozenset(), TODAY))
    write_atomic(path, index.to_bytes())
    return path


def bench_scale(sizes: list[int], cache: Path, repeats: int) -> None:
    """Time flag_overlaps and its peak memory for runs of several sizes, each in a new process."""
    largest = max(sizes)
    path = scale_signatures(cache, max(largest, SCALE_DOCS) + RUN_DOCS)  # one cache for all sizes
    print(f"scale: flag_overlaps in a fresh process each (signatures cached in {path.parent})")
    jobs = [(size, 0) for size in sizes] + [(RUN_DOCS, largest)]
    for new, indexed in jobs:
        results = []
        for _ in range(repeats):
            done = subprocess.run(
                [sys.executable, __file__, "--scale-child", str(path), str(new), str(indexed)],
                capture_output=True,
                text=True,
                check=True,
            )
            results.append(json.loads(done.stdout.strip().splitlines()[-1]))
        seconds = statistics.median(r["seconds"] for r in results)
        peak = statistics.median(r["peak_mb"] for r in results)
        last = results[-1]
        print(
            f"  {new:>7,} new against {indexed:>7,} indexed: {seconds:6.1f} s, peak "
            f"+{peak:,.0f} MB above {last['base_mb']:,.0f} MB of loaded signatures; "
            f"flagged {last['near_duplicate']:,} near_duplicate, {last['same_story']:,} same_story"
        )


def scale_child(path: Path, new: int, indexed: int) -> None:
    """Flag ``new`` cached signatures against ``indexed`` others; print seconds and peak MB."""
    import gc

    import psutil

    loaded = OverlapIndex.load(path)
    signatures = [loaded.signatures[i] for i in sorted(loaded.signatures)]
    del loaded
    index = OverlapIndex()
    if indexed:
        old = signatures[:indexed]
        index.add(old, OverlapFlags((), {}, {}, frozenset(s.doc_id for s in old), TODAY))
    run = signatures[indexed : indexed + new]
    del signatures
    gc.collect()
    process = psutil.Process()
    base = peak = process.memory_info().rss
    running = True

    def sample() -> None:
        nonlocal peak
        while running:
            peak = max(peak, process.memory_info().rss)
            time.sleep(0.005)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    start = time.perf_counter()
    flags = flag_overlaps(run, index, today=TODAY)
    seconds = time.perf_counter() - start
    running = False
    sampler.join()
    peak = max(peak, process.memory_info().rss)
    kinds = [p.kind for p in flags.pairs]
    print(
        json.dumps(
            {
                "seconds": seconds,
                "peak_mb": (peak - base) / 2**20,
                "base_mb": base / 2**20,
                "near_duplicate": kinds.count("near_duplicate"),
                "same_story": kinds.count("same_story"),
            }
        )
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--mixed-only", action="store_true", help="only the sample and mixed")
    parser.add_argument("--skip-incremental", action="store_true")
    parser.add_argument("--scale", help="comma-separated run sizes, e.g. 10000,50000,100000")
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()))
    parser.add_argument("--scale-child", nargs=3, help=argparse.SUPPRESS)
    add_data_option(parser)
    args = parser.parse_args()
    use_data(args.data.resolve())
    if args.scale_child:
        path, new, indexed = args.scale_child
        scale_child(Path(path), int(new), int(indexed))
        return
    if args.scale:
        bench_scale([int(n) for n in args.scale.split(",")], args.cache, args.repeats)
        return
    with tempfile.TemporaryDirectory(prefix="presswash-overlap-") as tmp:
        bench_sample()
        bench_mixed(Path(tmp), args.repeats)
        if args.mixed_only:
            return
        bench_copies(Path(tmp), args.repeats)
        signatures = bench_stories(Path(tmp), args.repeats)
        bench_index_sizes(Path(tmp), signatures, args.repeats)
        if not args.skip_incremental:
            bench_incremental(Path(tmp), signatures)


if __name__ == "__main__":
    main()
