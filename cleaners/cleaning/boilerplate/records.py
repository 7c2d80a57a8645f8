"""A directory's records after the body: the body's own record repeated (the guard's step 5b).

A directory, a list of clinics, branches or contacts, is a run of records of short lines (a
name, an address, a phone number, a fee) with one field of the same shape in each: the phone
number "(415) 861-5449", written "(0) 0-0" once its numbers are 0. The body finder scores the
short lines as a menu and the position rules take every record after the first; the first,
given back with the body (its list step), shows what a record is. When a field of the kept
body's last record repeats below it, once a record (every RECORD_LINES lines at most, FIELDS
times or more), the records are the body's: they come back, with the record's lines after its
field, up to the line that ends the list.

A field is a short line (FIELD_WORDS words at most) of digits mostly (FIELD_DIGITS of its
characters) in FIELD_NUMBERS groups or more, which a name, a heading, a menu entry or a comment's
count of posts is not; the fields the rules took as a date
(a teaser's date under each headline) are not looked at: only the page rules' removals count
and come back. A line a wording rule took (a "Related" heading, a share row, a "Buy now" button)
ends the run.
"""

from __future__ import annotations

from collections.abc import Sequence

from cleaners.cleaning.boilerplate.guarded import PAGE_RULES, body_end, kept_prose
from cleaners.cleaning.boilerplate.lines import DIGITS, Line

# The record (module docstring): its field, how far apart two fields are at most (a record with
# a description line or two and a second address runs to a dozen lines or more), how many.
FIELD_WORDS = 3
FIELD_DIGITS = 0.5
FIELD_NUMBERS = 3
RECORD_LINES = 16
FIELDS = 4


def field_shape(line: Line) -> str | None:
    """Return a field's shape (numbers as 0) when the line is one; else None."""
    if line.words > FIELD_WORDS or line.digits < FIELD_DIGITS:
        return None
    shape, numbers = DIGITS.subn("0", line.text)
    return shape if numbers >= FIELD_NUMBERS else None


def keep_records(lines: Sequence[Line], kept: list[str | None], prose: list[bool]) -> bool:
    """Give back the records that repeat the kept body's last one (module docstring).

    Returns whether any line came back.
    """
    edge = body_end(kept, kept_prose(kept, prose))
    if edge is None or edge + 1 >= len(lines) or kept[edge + 1] not in PAGE_RULES:
        return False
    own = [
        (i, shape)
        for i in range(max(0, edge - RECORD_LINES + 1), edge + 1)
        if kept[i] is None and (shape := field_shape(lines[i])) is not None
    ]
    if not own:
        return False
    field_at, shape = own[-1]
    tail = edge - field_at  # the record's lines after its field
    fields = [field_at]
    i = edge + 1
    while i < len(lines) and i - fields[-1] <= RECORD_LINES:
        if kept[i] not in PAGE_RULES:
            break  # a wording rule's line, or text kept again: the list is over
        if field_shape(lines[i]) == shape:
            fields.append(i)
        i += 1
    if len(fields) - 1 < FIELDS:
        return False
    end = min(len(lines), fields[-1] + tail + 1)
    for k in range(edge + 1, end):
        if kept[k] not in PAGE_RULES:
            break
        kept[k] = None
    return True
