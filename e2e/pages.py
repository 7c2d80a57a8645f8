"""Render Prefect UI pages with headless Chromium and check what they show, for the UI check."""

from __future__ import annotations

import html
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

from png_stats import PngError, png_stats
from processes import CheckFailed, last_lines, run_group

# The flags measured to render the UI here (PREFECT-NOTES.md), plus one for containers.
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--virtual-time-budget=15000",
    # Containers often have a 64 MB /dev/shm, too small for a renderer.
    "--disable-dev-shm-usage",
)
CHROMIUM_TIMEOUT = 120.0
# A rendered page of text has about a thousand colours and 100 KB; a blank page or one word on
# a plain background (measured: 51 colours, 8 KB) does not.
MIN_PNG_BYTES = 20_000
MIN_PNG_COLOURS = 200

# Markdown headings, which the rendered summary must show as <h1>/<h2> elements.
MARKDOWN_HEADING = re.compile(r"^(#{1,2}) +(.+?) *$", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class Browser:
    """Headless Chromium: its binary, window size and a folder for its throwaway profiles."""

    path: str
    window: tuple[int, int]
    work: Path


def render(browser: Browser, url: str, png: Path) -> str:
    """Screenshot a page with headless Chromium and return its rendered DOM."""
    profile = Path(tempfile.mkdtemp(prefix="chromium-", dir=browser.work))
    png.unlink(missing_ok=True)
    width, height = browser.window
    command = [
        browser.path,
        *CHROMIUM_FLAGS,
        f"--user-data-dir={profile}",
        f"--window-size={width},{height}",
        f"--screenshot={png}",
        "--dump-dom",
        url,
    ]
    code, dom, err = run_group(command, dict(os.environ), browser.work, CHROMIUM_TIMEOUT)
    if code != 0 or not png.exists():
        raise CheckFailed(f"chromium failed on {url} (exit {code}):\n{last_lines(err)}")
    return dom


def expect_in_page(dom: str, texts: list[str], page: str) -> None:
    """Fail unless every text is the whole text of an element of the rendered page."""
    missing = [
        t for t in texts if not re.search(rf">\s*{re.escape(html.escape(t, quote=False))}\s*<", dom)
    ]
    if missing:
        raise CheckFailed(f"the {page} does not show {missing}: not rendered (error or spinner?)")


def expect_headings(dom: str, markdown: str, page: str) -> None:
    """Fail unless the page shows each of the markdown's headings as a heading element."""
    for hashes, text in MARKDOWN_HEADING.findall(markdown):
        tag = f"h{len(hashes)}"
        if not re.search(
            rf"<{tag}[^>]*>\s*{re.escape(html.escape(text, quote=False))}\s*</{tag}>", dom
        ):
            raise CheckFailed(f"the {page} does not render <{tag}>{text}</{tag}>")


def check_png(path: Path, window: tuple[int, int]) -> None:
    """Fail unless a screenshot has the window's size and enough bytes and colours."""
    size = path.stat().st_size
    try:
        width, height, colours = png_stats(path.read_bytes())
    except PngError as err:
        raise CheckFailed(f"{path}: {err}") from err
    if (width, height) != window or size < MIN_PNG_BYTES or colours < MIN_PNG_COLOURS:
        raise CheckFailed(f"{path} looks blank: {width}x{height}, {size} bytes, {colours} colours")
