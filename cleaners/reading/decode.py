"""Turn the bytes of a scraped file into text, or say clearly why they are not text."""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable
from functools import cache
from typing import NamedTuple

from ftfy.badness import is_bad

from cleaners.reading.detect import (
    MULTIBYTE_ENCODINGS,
    detect_encodings,
    detect_iso2022,
    hidden_multibyte,
    is_identified,
)
from cleaners.reading.sniff import (
    binary_format,
    is_control_heavy,
    sniff_utf16_or_utf32,
    whole_units,
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

# How much of the input the sniffing heuristics and the detector look at.
SNIFF_SIZE = 8192
DETECT_SIZE = 65536

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
# was written in the Windows code page of the same script (its quotes, dashes, euro sign), if that
# code page reads every letter of the page the same (the bytes where the two differ are absent).
WINDOWS_OF_ISO = {
    "iso8859-1": "cp1252", "iso8859-15": "cp1252", "iso8859-2": "cp1250", "iso8859-7": "cp1253",
    "iso8859-8": "cp1255", "iso8859-6": "cp1256", "iso8859-13": "cp1257", "iso8859-4": "cp1257",
}  # fmt: skip
C1_BYTES = re.compile(rb"[\x80-\x9f]")
# Greek, Cyrillic, Hebrew, Arabic and Thai words are written without ASCII letters: a reading
# that puts such letters inside Latin words ("Cafι crθme") is Western text misread.
NON_LATIN = "\u0370-\u03ff\u0400-\u052f\u0590-\u05ff\u0600-\u06ff\u0e00-\u0e7f"
NON_LATIN_LETTER = re.compile(f"[{NON_LATIN}]")
MIXED_SCRIPT_WORD = re.compile(f"[A-Za-z][{NON_LATIN}]|[{NON_LATIN}][A-Za-z]")
# Readings that give the same text as cp1252 are named cp1252, the web's legacy default.
WESTERN_DEFAULT = "cp1252"
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
            text = _try_decode(whole_units(data, encoding), encoding)
            if text is not None:
                return Decoded(text.replace("\x00", ""), encoding)
            break
    binary = binary_format(data)
    if binary:
        raise UndecodableError(f"binary content ({binary})")
    unmarked = sniff_utf16_or_utf32(data[:SNIFF_SIZE])
    if unmarked:
        text = _try_decode(whole_units(data, unmarked), unmarked)
        if text is not None:
            return Decoded(text.replace("\x00", ""), unmarked)
    if _may_be_iso2022(data):
        escaped = _decode_iso2022(data)
        if escaped is not None:
            return escaped
    if is_control_heavy(data[:SNIFF_SIZE]):
        raise UndecodableError("binary content (control bytes)")
    data = data.replace(b"\x00", b"")
    text = _try_decode(data, "utf-8")
    if text is not None:
        # HZ is 7-bit too: only an ASCII text (a flag, checked in constant time) may be HZ.
        escaped = _decode_iso2022(data) if text.isascii() and "~{" in text[:SNIFF_SIZE] else None
        return escaped or Decoded(text, "utf-8")
    return _decode_legacy(data, html=html)


def _may_be_iso2022(data: bytes) -> bool:
    """Tell whether the data may be ISO-2022 (ESC $): 7-bit CJK, so valid UTF-8 too."""
    # A one-byte search first (memchr): a two-byte one costs as much as decoding the page.
    escape = data.find(b"\x1b", 0, SNIFF_SIZE)
    return escape >= 0 and data.find(b"\x1b$", escape, SNIFF_SIZE) >= 0


def _try_decode(data: bytes, encoding: str) -> str | None:
    """Decode strictly, or return None when the bytes are not in that encoding."""
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


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
    """Decode 7-bit ISO-2022 or HZ text that the detector recognises by its escapes."""
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
    single_byte = bool(readings) and readings[0][0] not in MULTIBYTE_ENCODINGS
    if single_byte and CP1252_UNDEFINED_BYTE.search(sample):
        # The detector rules cp1252 out for the five bytes it leaves undefined; browsers read them
        # as C1 controls. Asked again without them, it may find the page is cp1252 after all.
        again = detect_encodings(CP1252_UNDEFINED_BYTE.sub(b" ", sample))
        readings = again if again and again[0][0] == WESTERN_DEFAULT else readings
    for encoding, confidence in readings:
        fit = _decode_as(data, encoding)
        if fit is None:
            continue
        hidden = [] if encoding in MULTIBYTE_ENCODINGS else hidden_multibyte(sample, readings)
        if hidden and is_bad(fit[0][:DETECT_SIZE]):  # ftfy's test is slow: asked only if needed
            fit = _first_fit(data, hidden) or fit
        elif _mixes_scripts(fit[0][:DETECT_SIZE]):
            one_script = [e for e, _ in readings]
            fit = _first_fit(data, one_script, lambda text: not _mixes_scripts(text)) or fit
        text, used = fit
        guessed = not is_identified(sample, confidence)
        return Decoded(text, _western_name(data, sample, used), guessed)
    # Nothing reads every byte: cp1252 keeps every byte as a character, and says it guessed.
    return Decoded(_decode_single(data, WESTERN_DEFAULT) or "", WESTERN_DEFAULT, True)


def _first_fit(
    data: bytes, encodings: list[str], accept: Callable[[str], bool] = bool
) -> tuple[str, str] | None:
    """Decode with the first of the encodings that fits every byte (and is accepted), if any."""
    for encoding in encodings:
        fit = _decode_as(data, encoding)
        if fit is not None and accept(fit[0][:DETECT_SIZE]):
            return fit
    return None


def _mixes_scripts(text: str) -> bool:
    """Tell whether most non-Latin letters of a reading sit inside Latin words ("Cafι crθme")."""
    non_latin = len(NON_LATIN_LETTER.findall(text))
    return non_latin > 0 and 2 * len(MIXED_SCRIPT_WORD.findall(text)) > non_latin


def _decode_as(data: bytes, encoding: str) -> tuple[str, str] | None:
    """Decode with the web's superset of an encoding, else the encoding; None if neither fits."""
    windows = WINDOWS_OF_ISO.get(encoding) if C1_BYTES.search(data) else None
    if windows and data.translate(None, _bytes_read_alike(encoding, windows)):
        windows = None  # some letter of the page would change
    for codec in dict.fromkeys(filter(None, [windows, CODEC_SUPERSETS.get(encoding), encoding])):
        text = _decode_single(data, codec)
        if text is not None:
            return text, codec
    return None


@cache
def _bytes_read_alike(iso: str, windows: str) -> bytes:
    """Return the bytes two single-byte code pages read as the same letter (and all below 0xA0)."""
    return bytes(
        b for b in range(256)
        if b < 0xA0 or bytes([b]).decode(iso, "replace") == bytes([b]).decode(windows, "replace")
    )  # fmt: skip


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
