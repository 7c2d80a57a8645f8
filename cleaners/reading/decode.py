"""Turn the bytes of a scraped file into text, or say clearly why they are not text."""

from __future__ import annotations

import codecs
import re
from typing import NamedTuple

from ftfy.badness import is_bad

from cleaners.reading.detect import (
    MULTIBYTE_ENCODINGS,
    detect_encodings,
    detect_iso2022,
    hidden_multibyte,
    is_identified,
)

__all__ = ["Decoded", "UndecodableError", "decode_bytes"]


class Decoded(NamedTuple):
    """Decoded text, the codec that decoded it, and whether that codec was only a guess."""

    text: str
    encoding: str
    guessed: bool = False


class UndecodableError(ValueError):
    """The bytes are not text; ``str(err)`` is the reason recorded in the manifest."""


# Byte-order marks, longest first: the UTF-32-LE mark starts with the UTF-16-LE one.
BYTE_ORDER_MARKS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)  # fmt: skip

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

# How much of the input the sniffing heuristics look at, and what they tolerate.
SNIFF_SIZE = 8192
DETECT_SIZE = 65536
MAX_CONTROL_SHARE = 0.05
MAX_NUL_SHARE = 0.3

# A declared charset: <meta charset>, <meta http-equiv content="...; charset=...">, <?xml encoding>.
DECLARED_CHARSET = re.compile(
    rb"""<meta[^>]{0,512}?charset\s*=\s*["']?\s*([a-z0-9_.:\-]{1,40})"""
    rb"""|<\?xml[^>]{0,200}?encoding\s*=\s*["']([a-z0-9_.:\-]{1,40})""",
    re.IGNORECASE,
)

# Labels browsers decode with a superset codec (WHATWG Encoding Standard); UTF-16 in a meta tag
# is ignored because the tag itself was readable as ASCII.
CODEC_SUPERSETS = {
    "ascii": "cp1252", "iso8859-1": "cp1252", "iso8859-9": "cp1254", "iso8859-11": "cp874",
    "tis-620": "cp874", "gb2312": "gb18030", "gbk": "gb18030", "shift_jis": "cp932",
    "euc_kr": "cp949", "big5": "big5hkscs",
    "utf-16": "", "utf-16-le": "", "utf-16-be": "", "utf-32": "",
}  # fmt: skip

# ISO-8859 parts have no characters at 0x80-0x9F: a page detected as one that uses those bytes
# was written in the Windows code page of the same script (its quotes, dashes, euro sign).
WINDOWS_OF_ISO = {
    "iso8859-1": "cp1252", "iso8859-15": "cp1252", "iso8859-2": "cp1250", "iso8859-7": "cp1253",
    "iso8859-8": "cp1255", "iso8859-6": "cp1256", "iso8859-13": "cp1257", "iso8859-4": "cp1257",
}  # fmt: skip
C1_BYTES = re.compile(rb"[\x80-\x9f]")
# Readings that give the same text as cp1252 are named cp1252, the web's legacy default.
WESTERN_DEFAULT = "cp1252"
# Escape sequences of the 7-bit ISO-2022 encodings and HZ (valid ASCII, so valid UTF-8 too).
ISO2022_ESCAPES = re.compile(rb"\x1b\$[()]?[@ABCD]|~\{")
# Misread as cp1252, Cyrillic, Greek, Hebrew, Arabic or CJK bytes give runs of non-ASCII
# characters ("Ìîñêâà", "“Œ‹ž") and Central European ones symbols inside words ("Za¿ó³æ");
# Western text has its accented letters alone or in pairs among ASCII ones ("Köln", "ação").
NON_ASCII_RUNS = re.compile("[^\x00-\x7f]{3,}")
SYMBOL_INSIDE_WORD = re.compile(r"[^\W\d_][^\w\s\x00-\x7f\u2019\u00b7][^\W\d_]")
MAX_CP1252_MISFIT = 0.1

# Latin-1 supplement, Latin Extended-A, general punctuation, euro and trade mark signs.
WESTERN_CHARACTERS = re.compile("[\u00a0-\u017f\u2010-\u203a\u20ac\u2122]")
# Runs of bytes that were not UTF-8, as surrogateescape leaves them (U+DC80..U+DCFF).
ESCAPED_BYTES = re.compile("[\udc80-\udcff]+")
# The five bytes cp1252 leaves undefined decode, as in browsers, to the C1 code point.
CP1252_UNDEFINED = {0xDC00 + b: b for b in (0x81, 0x8D, 0x8F, 0x90, 0x9D)}
CP1252_UNDEFINED_BYTE = re.compile(rb"[\x81\x8d\x8f\x90\x9d]")


def decode_bytes(data: bytes, *, html: bool = False) -> Decoded:
    """Decode bytes to text; return the text, the encoding used and whether it was a guess."""
    if not data:
        raise UndecodableError("empty file")
    for mark, encoding in BYTE_ORDER_MARKS:
        if data.startswith(mark):
            data = data[len(mark) :]
            text = _try_decode(_whole_units(data, encoding), encoding)
            if text is not None:
                return Decoded(text.replace("\x00", ""), encoding)
            break
    _reject_binary_signature(data)
    unmarked = _sniff_utf16_or_utf32(data[:SNIFF_SIZE])
    if unmarked:
        text = _try_decode(_whole_units(data, unmarked), unmarked)
        if text is not None:
            return Decoded(text.replace("\x00", ""), unmarked)
    if ISO2022_ESCAPES.search(data, 0, SNIFF_SIZE):
        escaped = _decode_iso2022(data)
        if escaped is not None:
            return escaped
    _reject_control_bytes(data[:SNIFF_SIZE])
    data = data.replace(b"\x00", b"")
    text = _try_decode(data, "utf-8")
    if text is not None:
        return Decoded(text, "utf-8")
    return _decode_legacy(data, html=html)


def _try_decode(data: bytes, encoding: str) -> str | None:
    """Decode strictly, or return None when the bytes are not in that encoding."""
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _whole_units(data: bytes, encoding: str) -> bytes:
    """Drop a truncated last code unit of UTF-16/32 data (a cut download)."""
    unit = 4 if "32" in encoding else 2 if "16" in encoding else 1
    return data[: len(data) - len(data) % unit]


def _reject_binary_signature(data: bytes) -> None:
    """Raise when the data starts with the signature of a known binary format."""
    for signature, name in BINARY_SIGNATURES:
        if data.startswith(signature):
            raise UndecodableError(f"binary content ({name})")
    if data[4:8] == ISO_MEDIA_BOX:
        raise UndecodableError("binary content (MP4/ISO media)")
    if data.startswith(b"RIFF") and len(data) > 12:
        raise UndecodableError("binary content (RIFF media)")


def _reject_control_bytes(sample: bytes) -> None:
    """Raise when a sample holds more NUL or control bytes than any text does."""
    controls = len(sample.translate(None, NOT_CONTROL_BYTES))
    nuls = len(sample.translate(None, NOT_NUL_BYTES))
    if controls > MAX_CONTROL_SHARE * len(sample) or nuls > MAX_NUL_SHARE * len(sample):
        raise UndecodableError("binary content (control bytes)")


def _sniff_utf16_or_utf32(sample: bytes) -> str | None:
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
            text = _try_decode(_whole_units(sample, encoding), encoding)
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


def _decode_legacy(data: bytes, *, html: bool) -> Decoded:
    """Decode bytes that are not UTF-8: mixed UTF-8, a declared charset, or a detected one."""
    escaped = data.decode("utf-8", "surrogateescape")
    valid = data.decode("utf-8", "ignore")
    invalid = len(escaped) - len(valid)
    valid_multibyte = len(valid) - len(valid.encode("ascii", "ignore"))
    # Mostly UTF-8 with stray cp1252 bytes (a concatenation, an edit in another editor).
    if valid_multibyte >= invalid:
        return Decoded(ESCAPED_BYTES.sub(_redecode_cp1252, escaped), "utf-8+cp1252")
    declared = _declared_charset(data) if html else None
    text = _decode_single(data, declared) if declared else None
    if text is not None:
        return Decoded(text, declared)
    sample = _cut_at_line(data[:DETECT_SIZE]) if len(data) > DETECT_SIZE else data
    if valid_multibyte and _looks_mixed(sample):
        return Decoded(ESCAPED_BYTES.sub(_redecode_cp1252, escaped), "utf-8+cp1252")
    return _decode_detected(data, sample)


def _decode_iso2022(data: bytes) -> Decoded | None:
    """Decode 7-bit ISO-2022 (or HZ) text that the detector recognises by its escapes."""
    encoding = detect_iso2022(data[:DETECT_SIZE])
    text = _try_decode(data, encoding) if encoding else None
    return Decoded(text, encoding) if text is not None else None


def _decode_detected(data: bytes, sample: bytes) -> Decoded:
    """Decode with the detector's likeliest reading that fits every byte; a best effort if none.

    chardet weighs the byte patterns of each code page's languages, so Czech gets cp1250 and
    Turkish cp1254 rather than the cp1252 that reads both without an error. A single-byte reading
    that ftfy finds to be mojibake gives way to a plausible CJK reading that fits every byte:
    multi-byte text is never decoded one byte a character.
    """
    readings = detect_encodings(sample)
    for position, (encoding, confidence) in enumerate(readings):
        decoded = _decode_as(data, encoding)
        if decoded is None:
            continue
        text, used = decoded
        if position == 0 and encoding not in MULTIBYTE_ENCODINGS and is_bad(text[:DETECT_SIZE]):
            text, used = _first_fit(data, hidden_multibyte(readings)) or decoded
        guessed = not is_identified(sample, confidence)
        return Decoded(text, _western_name(data, sample, used), guessed)
    # Nothing reads every byte: cp1252 keeps every byte as a character, and says it guessed.
    return Decoded(_decode_single(data, WESTERN_DEFAULT) or "", WESTERN_DEFAULT, True)


def _first_fit(data: bytes, encodings: list[str]) -> tuple[str, str] | None:
    """Decode with the first of the encodings that fits every byte, if one does."""
    return next(filter(None, (_decode_as(data, encoding) for encoding in encodings)), None)


def _decode_as(data: bytes, encoding: str) -> tuple[str, str] | None:
    """Decode with the web's superset of an encoding, else the encoding; None if neither fits."""
    windows = WINDOWS_OF_ISO.get(encoding) if C1_BYTES.search(data) else None
    for codec in dict.fromkeys(filter(None, [windows, CODEC_SUPERSETS.get(encoding), encoding])):
        text = _decode_single(data, codec)
        if text is not None:
            return text, codec
    return None


def _western_name(data: bytes, sample: bytes, encoding: str) -> str:
    """Name cp1252 when it reads the bytes exactly as the detected code page does."""
    if encoding == WESTERN_DEFAULT or encoding in MULTIBYTE_ENCODINGS:
        return encoding
    same = _decode_single(sample, WESTERN_DEFAULT) == _decode_single(sample, encoding)
    if same and _decode_single(data, WESTERN_DEFAULT) == _decode_single(data, encoding):
        return WESTERN_DEFAULT
    return encoding


def _looks_mixed(sample: bytes) -> bool:
    """Tell whether a little valid UTF-8 among cp1252 bytes is real UTF-8 text."""
    # Real: Western punctuation and letters ("Café" by cp1252 "crème"); not: "É»" read as "ɻ".
    escaped = sample.decode("utf-8", "surrogateescape")
    utf8 = sample.decode("utf-8", "ignore")
    if len(WESTERN_CHARACTERS.findall(utf8)) != len(utf8) - len(utf8.encode("ascii", "ignore")):
        return False
    return _cp1252_misfit(ESCAPED_BYTES.sub(_redecode_cp1252, escaped)) < MAX_CP1252_MISFIT


def _redecode_cp1252(match: re.Match[str]) -> str:
    """Decode a run of non-UTF-8 bytes inside UTF-8 text as cp1252."""
    raw = match.group().encode("utf-8", "surrogateescape")
    return raw.decode("cp1252", "surrogateescape").translate(CP1252_UNDEFINED)


def _decode_single(data: bytes, encoding: str) -> str | None:
    """Decode strictly; cp1252 also maps its five undefined bytes to C1 like browsers do."""
    if encoding == "cp1252":
        text = data.decode("cp1252", "surrogateescape")
        return text.translate(CP1252_UNDEFINED) if CP1252_UNDEFINED_BYTE.search(data) else text
    return _try_decode(data, encoding)


def _declared_charset(data: bytes) -> str | None:
    """Return the codec of the charset a page declares in its first few KB, if Python knows it."""
    match = DECLARED_CHARSET.search(data[:SNIFF_SIZE])
    if not match:
        return None
    label = (match.group(1) or match.group(2)).decode("ascii").lower()
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    return CODEC_SUPERSETS.get(name, name) or None


def _cut_at_line(sample: bytes) -> bytes:
    """Cut a sample at its last line break so no multi-byte character is split."""
    cut = sample.rfind(b"\n")
    return sample[: cut + 1] if cut > len(sample) // 2 else sample


def _cp1252_misfit(text: str) -> float:
    """Return the share of non-ASCII characters that look wrong as cp1252 (see NON_ASCII_RUNS)."""
    non_ascii = len(text) - len(text.encode("ascii", "ignore"))
    if not non_ascii:
        return 0.0
    runs = sum(len(run) for run in NON_ASCII_RUNS.findall(text))
    return (runs + len(SYMBOL_INSIDE_WORD.findall(text))) / non_ascii
