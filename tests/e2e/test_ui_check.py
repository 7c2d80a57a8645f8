"""The UI check's PNG reader, and the UI check itself when Chromium is here and it is asked for."""

from __future__ import annotations

import importlib.util
import os
import shutil
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

E2E = Path(__file__).resolve().parents[2] / "e2e"
CHROMIUM = shutil.which("chromium")
# Four colours in a 6x3 image, so that every filter has a left, upper and corner neighbour.
PIXELS = [
    [(255, 255, 255), (30, 30, 30), (30, 30, 30), (255, 255, 255), (0, 90, 200), (0, 90, 200)],
    [(0, 90, 200), (255, 255, 255), (30, 30, 30), (200, 40, 0), (255, 255, 255), (30, 30, 30)],
    [(200, 40, 0), (200, 40, 0), (255, 255, 255), (0, 90, 200), (30, 30, 30), (255, 255, 255)],
]


def load_png_stats():
    """Import e2e/png_stats.py (e2e/ is a folder of scripts, not a package)."""
    spec = importlib.util.spec_from_file_location("png_stats", E2E / "png_stats.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def filter_row(kind: int, row: bytes, prev: bytes, pixel: int) -> bytes:
    """Apply a PNG row filter, as an encoder does (the spec's definitions)."""
    out = bytearray()
    for i, value in enumerate(row):
        left = row[i - pixel] if i >= pixel else 0
        up = prev[i]
        corner = prev[i - pixel] if i >= pixel else 0
        if kind == 4:
            p = left + up - corner
            pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
            guess = left if pa <= pb and pa <= pc else up if pb <= pc else corner
        else:
            guess = [0, left, up, (left + up) // 2][kind]
        out.append((value - guess) & 255)
    return bytes(out)


def encode_png(pixels: list[list[tuple[int, ...]]], kind: int, alpha: bool) -> bytes:
    """Return a PNG of the pixels, every row written with the given filter."""
    pixel = 4 if alpha else 3
    rows = [bytes(c for p in line for c in (*p, 255)[:pixel]) for line in pixels]
    prev, body = bytes(len(rows[0])), b""
    for row in rows:
        body += bytes([kind]) + filter_row(kind, row, prev, pixel)
        prev = row

    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data))

    header = struct.pack(">IIBBBBB", len(pixels[0]), len(pixels), 8, 6 if alpha else 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(body))
        + chunk(b"IEND", b"")
    )


@pytest.mark.parametrize("alpha", [False, True], ids=["rgb", "rgba"])
@pytest.mark.parametrize("kind", range(5), ids=["none", "sub", "up", "average", "paeth"])
def test_png_stats_reads_size_and_colours_through_every_filter(kind: int, alpha: bool) -> None:
    png_stats = load_png_stats().png_stats
    # Every fourth row is sampled, so only the first row's colours count here.
    assert png_stats(encode_png(PIXELS, kind, alpha)) == (6, 3, 3)
    assert png_stats(encode_png(PIXELS[1:], kind, alpha)) == (6, 2, 4)


def test_png_stats_rejects_what_is_not_a_png() -> None:
    module = load_png_stats()
    with pytest.raises(module.PngError):
        module.png_stats(b"<html>Unable to connect</html>")


@pytest.mark.prefect
@pytest.mark.skipif(CHROMIUM is None, reason="needs Debian's chromium (apt-get install chromium)")
@pytest.mark.skipif(
    os.environ.get("PRESSWASH_E2E") != "1",
    reason="slow (about a minute); set PRESSWASH_E2E=1 (.ci/run runs the script)",
)
def test_ui_check_renders_the_artifacts_of_a_real_run(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(E2E / "ui_check.py"), "--screenshots", str(tmp_path)],
        check=False,
        capture_output=True,
        text=True,
        timeout=1200,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert {p.name for p in tmp_path.glob("*.png")} == {
        "artifacts-tab.png",
        "summary-artifact.png",
        "removals-artifact.png",
        "documents-artifact.png",
        "overlaps-artifact.png",
    }
