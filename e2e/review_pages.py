"""The review part of the UI check: a raw folder worth reviewing, and what its pages must show.

The run's raw folder holds the bundled sample, a few scraped pages of the dev set (when
``../shared/bench`` is there) and a blank file, so that the review has a same-story pair, pages
whose text was extracted, lines removed by rules, and a rejected document with its reason.
"""

from __future__ import annotations

import html
import json
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from processes import CheckFailed

REVIEW_KEYS = ("presswash-documents", "presswash-removals")
BLANK = "blank.txt"  # rejected: "empty file"
# A removed line the check looks for: plain words, so that markdown shows it exactly as written.
PLAIN_LINE = re.compile(r"[A-Za-z][A-Za-z0-9 ,.'’:-]{15,120}")


@dataclass(frozen=True, slots=True)
class Expected:
    """What the review pages must show, taken from the run's manifest and artifacts."""

    rule: str
    line: str
    rejected_id: str
    reason: str
    titles: tuple[str, str]


def make_raw(target: Path, sample: Path, bench: Path, pages: int) -> Path:
    """Build the run's raw folder: the sample, ``pages`` dev pages, and a blank file."""
    target.mkdir(parents=True)
    for path in sorted(sample.iterdir()) if sample.is_dir() else [sample]:
        if path.is_file():
            shutil.copy(path, target / path.name)
    dev = bench / "extraction" / "wcxb-dev" / "html"
    for path in sorted(dev.glob("*.html"))[:pages] if dev.is_dir() else []:
        shutil.copy(path, target / f"wcxb-{path.name}")
    (target / BLANK).write_text("\n  \n", encoding="utf-8")
    return target


def expected(manifest: Path, documents: list[dict], overlaps: list[dict]) -> Expected:
    """Return what the review pages must show, read from the run's manifest and tables."""
    records = {}
    for line in manifest.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        records[record["id"]] = record
    rejected = next((row for row in documents if row["rejected_because"]), None)
    if rejected is None:
        raise CheckFailed("the documents table lists no rejected document")
    for row in documents:
        for removal in records.get(row["id"], {}).get("removed", []):
            if PLAIN_LINE.fullmatch(removal["text"]) and row["rejected_because"] == "":
                rule, line = removal["rule"], removal["text"]
                break
        else:
            continue
        break
    else:
        raise CheckFailed("no document of the documents table has a plain removed line")
    if not overlaps:
        raise CheckFailed("the overlaps table is empty: the sample's same-story pair is missing")
    return Expected(
        rule,
        line,
        rejected["id"],
        rejected["rejected_because"],
        (overlaps[0]["title"], overlaps[0]["other_title"]),
    )


def cell(text: str) -> str:
    """Return a pattern for an element whose whole text is ``text`` (as Chromium serializes it)."""
    return rf">\s*{re.escape(html.escape(text, quote=False))}\s*<"


def expect_removed_line(dom: str, want: Expected, page: str) -> None:
    """Fail unless the removals page shows the removed line in a table row with its rule."""
    row = rf"{cell(want.rule)}/td>\s*<td[^>]*{cell(want.line)}"
    if not re.search(row, dom):
        raise CheckFailed(f"the {page} does not show the row {want.rule} | {want.line!r}")


def expect_cells(dom: str, texts: list[str], page: str) -> None:
    """Fail unless every text is the whole text of an element of the page."""
    missing = [t for t in texts if not re.search(cell(t), dom)]
    if missing:
        raise CheckFailed(f"the {page} does not show {missing}")
