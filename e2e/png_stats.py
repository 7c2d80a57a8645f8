"""Read a PNG's size and count its colours, in pure Python (the check has no imaging library)."""

from __future__ import annotations

import struct
import zlib


class PngError(ValueError):
    """The data is not a PNG this reader understands (8-bit RGB or RGBA, as Chromium writes)."""


def png_stats(data: bytes) -> tuple[int, int, int]:
    """Return a PNG's width, height and distinct colours (in every fourth row) for 8-bit RGB(A)."""
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise PngError("not a PNG file")
    pos, chunks, header = 8, [], b""
    while pos + 8 <= len(data):
        length, kind = struct.unpack(">I4s", data[pos : pos + 8])
        body = data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            header = body
        elif kind == b"IDAT":
            chunks.append(body)
        pos += 12 + length
    if len(header) != 13:
        raise PngError("no IHDR chunk")
    width, height, depth, colour_type, _, _, interlace = struct.unpack(">IIBBBBB", header)
    if depth != 8 or colour_type not in (2, 6) or interlace:
        raise PngError(
            f"unsupported PNG: {depth}-bit, colour type {colour_type}, interlace {interlace}"
        )
    pixel = 3 if colour_type == 2 else 4
    raw, stride, prev, colours = zlib.decompress(b"".join(chunks)), width * pixel, None, set()
    for y in range(height):
        start = y * (stride + 1)
        prev = unfilter(raw[start], bytearray(raw[start + 1 : start + 1 + stride]), prev, pixel)
        if y % 4 == 0:
            colours.update(bytes(prev[i : i + pixel]) for i in range(0, stride, pixel))
    return width, height, len(colours)


def unfilter(kind: int, line: bytearray, prev: bytearray | None, pixel: int) -> bytearray:
    """Undo a PNG row filter (None, Sub, Up, Average, Paeth) in place and return the row."""
    up = prev or bytearray(len(line))
    if kind == 0:
        return line
    if kind == 2:
        return bytearray((a + b) & 255 for a, b in zip(line, up, strict=False))
    for i in range(len(line)):
        left = line[i - pixel] if i >= pixel else 0
        if kind == 1:
            line[i] = (line[i] + left) & 255
        elif kind == 3:
            line[i] = (line[i] + ((left + up[i]) >> 1)) & 255
        elif kind == 4:
            corner = up[i - pixel] if i >= pixel else 0
            p = left + up[i] - corner
            pa, pb, pc = abs(p - left), abs(p - up[i]), abs(p - corner)
            best = left if pa <= pb and pa <= pc else up[i] if pb <= pc else corner
            line[i] = (line[i] + best) & 255
    return line
