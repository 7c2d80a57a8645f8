"""Benchmark corpora built from ../shared/bench material: unique ids, realistic lengths.

A corpus of N documents from ~750 bench texts (or ~350 pages) would hold N/750 versions of each:
flagging them would list quadratically many pairs (130 versions of every text at 100k), which no
real scrape does. So each document tags every word (4+ letters) of its text with letters of its
own number - lines keep their shapes and lengths, so the rules still read them, though a tagged
promo no longer matches its vocabulary - and every COPY_EVERY-th document is a syndicated copy of
an earlier one (true near-duplicates). Versions of one text then share only short words, not the
shingles, headings or names that would make them copies or one story.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from bench.data import data_dir

REPO = Path(__file__).resolve().parents[1]
SHARED = data_dir()  # the --data option of the script that imports this module
TEXT_SOURCES = [SHARED / "extraction" / s / "scraped_text.jsonl" for s in ("aeb-dev", "wcxb-dev")]
HTML_DIRS = [SHARED / "extraction" / s / "html" for s in ("aeb-dev", "wcxb-dev")]
FILE_LINES = 1000  # documents per jsonl file of a built corpus


# Bench texts are cut to this many characters: with the tags `vary` adds (about a fifth more),
# the documents average 4.0 KB, the size the throughput target names (cut at 6,000 they averaged
# 5.9 KB).
CUT_CHARS = 3500


def load_texts() -> list[str]:
    """Return realistic text documents (~4 KB): scraped pages and copies from the bench sets."""
    texts = []
    for path in TEXT_SOURCES + [SHARED / "overlap" / "copies-dev.jsonl"]:
        with open(path, encoding="utf-8") as handle:
            texts += [json.loads(line)["text"] for line in handle if line.strip()]
    return [t[:CUT_CHARS] for t in texts if len(t) > 500]


def load_pages() -> list[str]:
    """Return the bench's HTML pages."""
    return [
        p.read_text(encoding="utf-8", errors="replace")
        for d in HTML_DIRS
        for p in sorted(d.glob("*.html"))
    ]


# Pages are varied in their text only: markup, comments, scripts and styles stay as they are
# (trafilatura reads tags and class names), and entities (&nbsp;) are not words. Unvaried, a 10k
# HTML corpus repeats each of the bench's 353 pages 28 times, and flagging lists every pair.
COPY_EVERY = 20
WORD = re.compile(r"(?<![&#])\b[A-Za-z]{4,}\b")
MARKUP = re.compile(
    r"(<script\b.*?</script>|<style\b.*?</style>|<!--.*?-->|<[^>]*>)", re.IGNORECASE | re.DOTALL
)


def vary(text: str, n: int) -> str:
    """Return document n's version of a text: its words tagged with n's letters."""
    tag = letters(n)
    return WORD.sub(lambda m: m.group(0) + tag, text)


def vary_page(page: str, n: int) -> str:
    """Return document n's version of an HTML page: the words of its text tagged with n's letters."""
    parts = MARKUP.split(page)  # markup at odd indexes, text between tags at even ones
    parts[::2] = [vary(text, n) for text in parts[::2]]
    return "".join(parts)


def letters(n: int) -> str:
    """Return a number written in lower-case letters (a = 0)."""
    out = ""
    while True:
        n, digit = divmod(n, 26)
        out = chr(97 + digit) + out
        if not n:
            return out


def document(bodies: list[str], i: int, field: str) -> str:
    """Return the body of document i of a corpus."""
    source = (
        i - COPY_EVERY // 2 if i % COPY_EVERY == COPY_EVERY - 1 else i
    )  # a copy of an earlier one
    if field == "html":
        return vary_page(bodies[source % len(bodies)], source)
    return f"Edition {i}.\n{vary(bodies[source % len(bodies)], source)}"


def build_corpus(root: Path, bodies: list[str], n: int, field: str) -> Path:
    """Write n documents as jsonl files under root and return the folder."""
    raw = root / f"{field}-{n}"
    raw.mkdir(parents=True)
    for start in range(0, n, FILE_LINES):
        with open(raw / f"part-{start // FILE_LINES:05d}.jsonl", "w", encoding="utf-8") as handle:
            handle.writelines(
                json.dumps({"id": f"d{i:07d}", field: document(bodies, i, field)}) + "\n"
                for i in range(start, min(n, start + FILE_LINES))
            )
    return raw
