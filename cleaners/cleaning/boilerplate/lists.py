"""An article's lists beside its body: what the page rules took after (or before) the kept body.

The body finder scores short lines against the body, so an article whose second half is a
list (a checklist, product features, a recipe's steps between "Show picture" buttons, a list of
tools under subheads) ends where the list begins, and `page_footer` takes the rest. Walking out
from the kept body's edge, this step gives back the run of lines the page rules took that reads
as the article going on:

- its lines are items (ITEM_WORDS words or more, or running text) with at most SHORT_RUN short
  lines in a row between them (a subhead, "3 of 17", a one-word item) and lines a shape or inline
  rule took (a caption, an ad slot, "Show picture"); three short lines in a row are a menu;
- a line a wording rule took (a "Related" or comments heading, a share row, a newsletter box) or
  a teaser cut short with "..." ends it;
- the run holds LIST_ITEMS items or more and shares TOPIC_WORDS topic words with the body (the
  next story's teaser list or the site's footer does not carry on its subject).

Only the page rules' removals come back; the short lines at the run's far end stay removed.
"""

from __future__ import annotations

from collections.abc import Sequence

from cleaners.cleaning.boilerplate.context import INLINE_RULES
from cleaners.cleaning.boilerplate.guarded import PAGE_RULES, SHAPE_RULES
from cleaners.cleaning.boilerplate.lines import Line
from cleaners.cleaning.boilerplate.topics import Topics

ITEM_WORDS = 4
SHORT_RUN = 2
GAP_LINES = 4
LIST_ITEMS = 3
TOPIC_WORDS = 1
TEASER_ENDS = ("...", "…")
# What may sit between an article's list items without ending the list.
BETWEEN_RULES = INLINE_RULES | SHAPE_RULES


def keep_lists(
    lines: Sequence[Line], kept: list[str | None], prose: list[bool], topics: Topics
) -> None:
    """Give back the lists the page rules took on the kept body's edges (module docstring)."""
    body = [i for i in range(len(lines)) if prose[i] and kept[i] is None]
    if not body:
        return
    topic = set().union(*(topics[i] for i in body))
    for step, edge in ((1, body[-1]),):
        edge = _kept_edge(kept, edge, step)
        if not _opens_list(lines, kept, prose, edge, step):
            continue
        run = _list_run(lines, kept, prose, edge, step)
        items = [i for i in run if _is_item(lines[i], prose[i])]
        if len(items) < LIST_ITEMS:
            continue
        words = set().union(*(topics[i] for i in items))
        if len(words & topic) < TOPIC_WORDS:
            continue
        for i in run:
            if kept[i] in PAGE_RULES:
                kept[i] = None


def _kept_edge(kept: list[str | None], edge: int, step: int) -> int:
    """Return the last kept line of the body from its last paragraph on (a list, a subhead)."""
    while 0 <= edge + step < len(kept) and kept[edge + step] is None:
        edge += step
    return edge


def _opens_list(
    lines: Sequence[Line], kept: list[str | None], prose: list[bool], edge: int, step: int
) -> bool:
    """Tell whether the body's edge is a list the page rules cut: a list or its announcement."""
    beyond = edge + step
    if not (0 <= beyond < len(lines) and kept[beyond] in PAGE_RULES):
        return False
    if not _is_item(lines[beyond], prose[beyond]) or prose[beyond]:
        return False
    inside = [i for i in (edge, edge - step) if 0 <= i < len(lines) and kept[i] is None]
    return lines[edge].text.endswith(":") or any(
        _is_item(lines[i], prose[i]) and not prose[i] for i in inside
    )


def _is_item(line: Line, prose: bool) -> bool:
    return (prose or line.words >= ITEM_WORDS) and not line.text.endswith(TEASER_ENDS)


def _list_run(
    lines: Sequence[Line], kept: list[str | None], prose: list[bool], edge: int, step: int
) -> list[int]:
    """Return the lines from a body edge up to the run's last item (module docstring)."""
    run: list[int] = []
    last_item = -1
    shorts = gap = 0
    i = edge + step
    while 0 <= i < len(lines):
        rule = kept[i]
        if rule is None:
            pass  # the body's own lines
        elif rule in BETWEEN_RULES:
            gap += 1  # what sits inside articles
        elif rule not in PAGE_RULES or lines[i].text.endswith(TEASER_ENDS):
            break
        elif _is_item(lines[i], prose[i]):
            shorts = gap = 0
            last_item = len(run)
        else:
            shorts, gap = shorts + 1, gap + 1
        if shorts > SHORT_RUN or gap > GAP_LINES:
            break
        run.append(i)
        i += step
    return run[: last_item + 1]
