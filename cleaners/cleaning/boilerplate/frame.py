"""Whether a text shows a page frame around its article, so the position rules may look for one.

Text that is already an article (another extractor's output, a reader-mode copy, presswash's
own clean text read again) has no page around it: the position rules (`context`) would take its
own short first and last lines, lists and tables. A scraped page shows its frame either in lines
a line rule takes (menus, share buttons, legal lines) or, where the site's wording is unknown, in
its shape: a run of lines before the first paragraph (site name, tagline, menu items), or a run
of menu-like lines (a few words each, no sentence) after the last one.
"""

from __future__ import annotations

from collections.abc import Sequence

from cleaners.cleaning.boilerplate.lines import Line, is_prose

# Lines before the first paragraph that make a page's header: an article text opens with at most
# a headline and a standfirst or date line (a site name and tagline above a headline make three).
FRAME_LEAD_LINES = 3
# A footer menu: this many lines of at most MENU_WORDS words after the last paragraph, each a bare
# label (`is_menu_item`); an article's closing list has bullets, numbers, addresses or longer items.
FRAME_TAIL_LINES = 4
MENU_WORDS = 3


def has_frame(lines: Sequence[Line], decided: Sequence[str | None]) -> bool:
    """Tell whether a line rule took some line or the text has a page header's or footer's shape."""
    if any(decided):
        return True
    prose = [position for position, line in enumerate(lines) if is_prose(line)]
    if not prose:
        return False
    if prose[0] >= FRAME_LEAD_LINES:
        return True
    run = 0
    for line in lines[prose[-1] + 1 :]:
        run = run + 1 if is_menu_item(line) else 0
        if run >= FRAME_TAIL_LINES:
            return True
    return False


def is_menu_item(line: Line) -> bool:
    """Tell whether a line reads as a menu label: a few words, no bullet, number or address."""
    return (
        line.words <= MENU_WORDS
        and not line.sentence
        and line.text[:1].isalpha()
        and line.digits == 0
        and "." not in line.text
    )
