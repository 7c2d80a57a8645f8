"""A corpus big enough that a run takes seconds: real sentences remixed into distinct stories."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

from tests.robustness.nasty import NOT_ARTICLE, SAMPLES, paragraphs

SENTENCE_END = re.compile(r"(?<=[.!?”])\s+(?=[A-Z“])")
# Page furniture a scraper keeps around each story (the rules and the recurring-line step remove it).
HEADER = ("Home | World | Asia", "Advertisement")
FOOTER = (
    "Share this article",
    "Sign up for our daily newsletter",
    "Copyright © 2025 Global Desk Media. All rights reserved.",
)


def sentences() -> list[str]:
    """Return the sentences of the sample articles' paragraphs, in a stable order."""
    found = []
    for name in sorted(p.name for p in SAMPLES.iterdir()):
        for paragraph in paragraphs(name, count=99):
            if not paragraph.startswith(NOT_ARTICLE):
                found += [s.strip() for s in SENTENCE_END.split(paragraph) if len(s.strip()) > 40]
    return found


def remixed_story(rng: random.Random, pool: list[str], number: int) -> str:
    """Return a story of its own: a headline and paragraphs of randomly drawn sentences."""
    headline = f"Report {number}: {rng.choice(pool).split(',')[0][:60].rstrip('.')}"
    body = [" ".join(rng.sample(pool, rng.randint(2, 4))) for _ in range(rng.randint(4, 7))]
    return "\n\n".join([headline, *body])


def write_big_corpus(raw: Path, documents: int = 600, seed: int = 20251126) -> int:
    """Write a raw folder of about ``documents`` documents (text, HTML, jsonl, copies); return the count."""
    rng = random.Random(seed)
    pool = sentences()
    count = 0
    feed = []
    for number in range(documents):
        story = remixed_story(rng, pool, number)
        site = raw / f"site-{number % 8}"
        site.mkdir(parents=True, exist_ok=True)
        if number % 10 == 9:
            feed.append(
                json.dumps(
                    {
                        "id": f"feed-{number}",
                        "text": story,
                        "url": f"https://news.example.org/{number}",
                    }
                )
            )
        elif number % 10 == 7:
            body = "".join(f"<p>{p}</p>\n" for p in story.split("\n\n")[1:])
            page = (
                f"<html><head><title>{story.split(chr(10))[0]}</title></head><body>"
                f"<nav>{' | '.join(HEADER)}</nav><article><h1>{story.split(chr(10))[0]}</h1>"
                f"{body}</article><footer>{FOOTER[-1]}</footer></body></html>"
            )
            (site / f"page-{number:04d}.html").write_text(page, encoding="utf-8")
        else:
            text = "\n".join([*HEADER, story, *FOOTER])
            (site / f"story-{number:04d}.txt").write_text(text, encoding="utf-8")
        count += 1
        if number % 25 == 24:  # a syndicated copy of an earlier story: a near duplicate
            earlier = raw / f"site-{(number - 1) % 8}" / f"story-{number - 1:04d}.txt"
            if earlier.exists():
                copy = f"By Wire Staff\n{earlier.read_text(encoding='utf-8')}\nMore from the wire\n"
                (raw / "wire").mkdir(exist_ok=True)
                (raw / "wire" / f"copy-{number:04d}.txt").write_text(copy, encoding="utf-8")
                count += 1
    (raw / "feed.jsonl").write_text("\n".join(feed) + "\n", encoding="utf-8")
    return count
