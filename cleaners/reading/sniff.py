"""Tell text from binary bytes, and find UTF-16/32 text that carries no byte-order mark."""

from __future__ import annotations

__all__ = ["binary_format", "is_control_heavy", "sniff_utf16_or_utf32", "whole_units"]

# File signatures of binary formats that end up in scraped folders under a text extension.
BINARY_SIGNATURES = (
    (b"%PDF-", "PDF"),
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
    (b"PK\x03\x04", "ZIP"),
    (b"PK\x05\x06", "ZIP"),
    (b"\x1f\x8b", "gzip"),
    (b"\xfd7zXZ\x00", "xz"),
    (b"7z\xbc\xaf\x27\x1c", "7z"),
    (b"\x28\xb5\x2f\xfd", "zstd"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "MS Office"),
    (b"\x7fELF", "ELF executable"),
    (b"SQLite format 3\x00", "SQLite"),
    (b"OggS", "Ogg"),
    (b"wOFF", "WOFF font"),
    (b"wOF2", "WOFF font"),
)

# Offset-4 signature of the ISO media family (MP4, MOV, HEIC, AVIF).
ISO_MEDIA_BOX = b"ftyp"

# Control bytes that never occur in text (tab, LF, VT, FF, CR and ESC excluded); NUL counted apart.
CONTROL_BYTES = bytes([*range(1, 9), 14, *range(15, 27), *range(28, 32), 127])
NOT_CONTROL_BYTES = bytes(b for b in range(256) if b not in CONTROL_BYTES)
NOT_NUL_BYTES = bytes(range(1, 256))
# High bytes of UTF-16 text without a BOM that the sniffer recognises: U+0000..U+08FF and
# U+0E00..U+1FFF (0x09..0x0D would be confused with ASCII whitespace).
UTF16_HIGH_BYTES = (*range(9), *range(14, 32))
NOT_UTF16_HIGH_BYTES = bytes(range(32, 256)) + b"\t\n\x0b\x0c\r"

# What share of a sample's bytes may be control or NUL bytes in text.
MAX_CONTROL_SHARE = 0.05
MAX_NUL_SHARE = 0.3


def whole_units(data: bytes, encoding: str) -> bytes:
    """Drop a truncated last code unit of UTF-16/32 data (a cut download)."""
    unit = 4 if "32" in encoding else 2 if "16" in encoding else 1
    return data[: len(data) - len(data) % unit]


def binary_format(data: bytes) -> str | None:
    """Return the name of the binary format whose signature the data starts with, if any."""
    for signature, name in BINARY_SIGNATURES:
        if data.startswith(signature):
            return name
    if data[4:8] == ISO_MEDIA_BOX:
        return "MP4/ISO media"
    if data.startswith(b"RIFF") and len(data) > 12:
        return "RIFF media"
    return None


def is_control_heavy(sample: bytes) -> bool:
    """Tell whether a sample holds more NUL or control bytes than any text does."""
    controls = len(sample.translate(None, NOT_CONTROL_BYTES))
    nuls = len(sample.translate(None, NOT_NUL_BYTES))
    return controls > MAX_CONTROL_SHARE * len(sample) or nuls > MAX_NUL_SHARE * len(sample)


def sniff_utf16_or_utf32(sample: bytes) -> str | None:
    """Guess UTF-16/32 without a byte-order mark from where the zero (or high) bytes sit."""
    if len(sample) < 8 or not sample.translate(None, NOT_UTF16_HIGH_BYTES):
        return None
    quarter = [_zero_share(sample[i::4]) for i in range(4)]
    if min(quarter[1:]) > 0.9 and quarter[0] < 0.1:
        return "utf-32-le"
    if min(quarter[:3]) > 0.9 and quarter[3] < 0.1:
        return "utf-32-be"
    even, odd = sample[0::2], sample[1::2]
    for high, low, encoding in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        value, share = _dominant_byte(high)
        # The high byte of text in one BMP block (Latin, Greek, Cyrillic, Hebrew, Arabic, Thai...)
        # repeats; the low byte varies. Whitespace values are left out: "1\n2\n" is not UTF-16.
        if value in UTF16_HIGH_BYTES and share > 0.4 and low.count(value) < 0.05 * len(low):
            try:
                text = whole_units(sample, encoding).decode(encoding)
            except UnicodeDecodeError:
                continue
            if text and _printable_share(text) > 0.9:
                return encoding
    return None


def _zero_share(data: bytes) -> float:
    """Return the share of zero bytes in data."""
    return data.count(0) / len(data) if data else 0.0


def _dominant_byte(data: bytes) -> tuple[int, float]:
    """Return the most frequent of the possible UTF-16 high bytes and its share of data."""
    value = max(UTF16_HIGH_BYTES, key=data.count)
    return value, data.count(value) / max(len(data), 1)


def _printable_share(text: str) -> float:
    """Return the share of characters that are printable or whitespace."""
    return sum(1 for c in text if c.isprintable() or c.isspace()) / max(len(text), 1)
