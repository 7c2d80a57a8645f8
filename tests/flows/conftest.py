"""Shared fixtures for flow tests: a small real corpus (the Prefect API is in tests/conftest.py)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

SAMPLES = Path(__file__).resolve().parents[1] / "fixtures" / "samples"
# A syndicated copy of sample 000: another outlet's header and footer around the same body.
COPY_HEADER = "Home | World | Asia\nBy Wire Staff, Global Desk\nUpdated 3 hours ago\n"
COPY_FOOTER = "\nShare this article\nCopyright © 2025 Global Desk Media. All rights reserved.\n"


def article_body(name: str) -> str:
    """Return the paragraphs of a sample article (its longer lines), as a copier would take them."""
    text = (SAMPLES / name).read_text(encoding="utf-8")
    return "\n".join(line for line in text.splitlines() if len(line) > 200)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """Return a raw folder: the five samples, a syndicated copy, an empty file and a jsonl feed."""
    raw = tmp_path / "raw"
    shutil.copytree(SAMPLES, raw / "samples")
    title = "Russia is ‘helping China’ prepare for an invasion of Taiwan"
    copy = f"{COPY_HEADER}{title}\n{article_body('000_5fe9a8b6ae70ace9.txt')}{COPY_FOOTER}"
    (raw / "wire").mkdir()
    (raw / "wire" / "copy-of-000.txt").write_text(copy, encoding="utf-8")
    (raw / "wire" / "empty.txt").write_text("  \n")
    feed = [
        json.dumps(
            {
                "id": "feed-1",
                "text": article_body("003_2c30a861351b1e2d.txt"),
                "url": "https://example.org/news/feed-1",
                "date": "2022-08-18",
            }
        ),
        "{broken json",
    ]
    (raw / "feed.jsonl").write_text("\n".join(feed) + "\n", encoding="utf-8")
    return raw
