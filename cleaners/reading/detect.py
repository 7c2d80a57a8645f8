"""Name the legacy code page of bytes that declare none (chardet; charset-normalizer confirms)."""

from __future__ import annotations

import chardet
from charset_normalizer import from_bytes

__all__ = [
    "MULTIBYTE_ENCODINGS",
    "detect_encodings",
    "detect_iso2022",
    "hidden_multibyte",
    "is_identified",
]

# The encodings a detected page may be in: the code pages the web used, one or more a script
# (WHATWG's legacy encodings, the ISO-8859 parts still served, the DOS and Mac Cyrillic pages of
# Russian sites). Left out as no longer served, their readings of Western text as plausible to a
# detector as cp1252's: Mac Roman, DOS Western, EBCDIC, ISO-8859-15 and -16 (they tie with cp1252
# and differ from it only where a page rarely has a character, so a tie would misname pages).
WEB_ENCODINGS = (
    "cp1252", "cp1250", "iso8859-2", "cp1251", "koi8-r", "koi8-u", "cp866", "cp855",
    "iso8859-5", "mac-cyrillic", "cp1253", "iso8859-7", "cp1254", "iso8859-9", "cp1255",
    "iso8859-8", "cp1256", "iso8859-6", "cp1257", "iso8859-13", "iso8859-4", "cp1258",
    "cp874", "tis-620", "cp932", "shift_jis_2004", "euc_jis_2004",
    "iso2022_jp_2", "cp949", "euc_kr", "johab", "iso2022_kr", "gb18030", "hz", "big5hkscs",
)  # fmt: skip
# Encodings that use more than one byte a character (CJK): a single-byte reading may hide them.
MULTIBYTE_ENCODINGS = frozenset(
    ["cp932", "shift_jis_2004", "euc_jis_2004", "iso2022_jp_2", "cp949", "euc_kr", "johab",
     "iso2022_kr", "gb18030", "hz", "big5hkscs"]
)  # fmt: skip
# The 7-bit encodings that announce themselves with escape sequences.
ESCAPED_ENCODINGS = ("iso2022_jp_2", "iso2022_kr", "hz")

# CJK encodings tried on bytes the detector reads one byte a character: it drops a CJK reading of
# a mostly English page with a few CJK lines. Such a reading must decode every byte.
CJK_FALLBACKS = ("gb18030", "big5hkscs", "cp932", "cp949", "euc_jis_2004")

# chardet's confidence in its reading of random bytes stays below this (docs/encoding.md): below
# it, a reading counts as identified only if charset-normalizer finds some reading too.
MIN_CONFIDENCE = 0.05
# A CJK reading the detector is less sure of than this never replaces a single-byte one.
MIN_CJK_CONFIDENCE = 0.01


def detect_encodings(sample: bytes) -> list[tuple[str, float]]:
    """Return the web encodings that may have made the bytes, likeliest first, with confidence."""
    found = chardet.detect_all(sample, include_encodings=WEB_ENCODINGS, compat_names=False)
    return [(r["encoding"], r["confidence"]) for r in found if r["encoding"]]


def detect_iso2022(sample: bytes) -> str | None:
    """Return the ISO-2022 (or HZ) encoding whose escape sequences the bytes use, if any."""
    found = chardet.detect(sample, include_encodings=WEB_ENCODINGS, compat_names=False)
    return found["encoding"] if found["encoding"] in ESCAPED_ENCODINGS else None


def hidden_multibyte(sample: bytes, readings: list[tuple[str, float]]) -> list[str]:
    """Return the multi-byte readings that may hide behind a single-byte one, likeliest first."""
    plausible = [e for e, confidence in readings
                 if e in MULTIBYTE_ENCODINGS and confidence >= MIN_CJK_CONFIDENCE]  # fmt: skip
    if plausible:
        return plausible
    fitting = [encoding for encoding in CJK_FALLBACKS if _decodes(sample, encoding)]
    if len(fitting) < 2:
        return fitting
    found = chardet.detect_all(
        sample, include_encodings=fitting, compat_names=False, no_match_encoding=fitting[0]
    )
    ranked = [r["encoding"] for r in found if r["encoding"] in fitting]
    return list(dict.fromkeys(ranked + fitting))


def _decodes(sample: bytes, encoding: str) -> bool:
    """Tell whether the bytes decode without error."""
    try:
        sample.decode(encoding)
    except UnicodeDecodeError:
        return False
    return True


def is_identified(sample: bytes, confidence: float) -> bool:
    """Tell whether a reading at this confidence is an identification rather than a guess."""
    return confidence >= MIN_CONFIDENCE or from_bytes(sample).best() is not None
