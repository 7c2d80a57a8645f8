"""ftfy's internal tables, read in this one place: what ftfy acts on, so clean lines skip it."""

# ftfy has no public test for "fix_text would leave this line unchanged"; presswash derives one
# from these tables (tests/cleaners/cleaning/test_encoding.py pins them; pyproject pins ftfy 6).
from ftfy.badness import BADNESS_RE, MOJIBAKE_CATEGORIES
from ftfy.chardata import CONTROL_CHARS, HTML_ENTITY_RE, LIGATURES, WIDTH_MAP

__all__ = [
    "BADNESS_RE",
    "CONTROL_CHARS",
    "HTML_ENTITY_RE",
    "LIGATURES",
    "MOJIBAKE_CATEGORIES",
    "WIDTH_MAP",
]
