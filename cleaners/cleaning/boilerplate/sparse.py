"""Articles that are not prose paragraphs: a hard-wrapped post's list, a body of data lines.

The guard's last steps, for pages whose article the body finder cannot see as paragraphs:
a hard-wrapped article's list between its wrapped paragraphs (`wrapped`); a page left almost
empty gets its stretch with the most content (`thin`); and a page still left without
sentences gets the lines between its article's opening and its closing widget (`bracket`).
The thin page comes first: where it gives back a thread of sentences (a Q&A page's question
and answers), a headline-shaped line inside it must not open a smaller bracket instead.
"""

from __future__ import annotations

from collections.abc import Sequence

from cleaners.cleaning.boilerplate.bracket import keep_bracket
from cleaners.cleaning.boilerplate.lines import Line
from cleaners.cleaning.boilerplate.thin import keep_thin_page
from cleaners.cleaning.boilerplate.topics import Topics
from cleaners.cleaning.boilerplate.wrapped import keep_wrapped


def keep_sparse(
    lines: Sequence[Line], kept: list[str | None], prose: list[bool], topics: Topics
) -> None:
    """Give back the article lines that are not prose paragraphs (module docstring)."""
    keep_wrapped(lines, kept, prose, topics)
    keep_thin_page(lines, kept)
    keep_bracket(lines, kept, prose)
