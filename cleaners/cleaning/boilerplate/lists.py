"""An article's list after its body: what the page rules took below the kept body.

The body finder scores short lines against the body, so an article whose second half is a
list (a checklist, product features, a recipe's steps between "Show picture" buttons, a
directory) ends where the list begins, and `page_footer` takes the rest. This step gives back
the run of lines the page rules took below the kept body when the body opens a list there:

- the body ends in one (one of its last EDGE_LINES kept lines is an item that is not running
  text) and the line right below it is an item; or its last line announces one (ends with a
  colon) and an item follows within SHORT_RUN lines; or items follow it each behind the same
  frame of FRAME_LINES lines or more ("Show picture", "Close picture", "3 of 17": a slideshow);
- the run's lines are items (ITEM_WORDS words or more, or running text) with at most SHORT_RUN
  short lines in a row (a subhead, "3 of 17", a one-word item) and GAP_LINES lines that are not
  items between two items, lines a shape or inline rule took among them (a caption, an ad
  slot); more short lines in a row are a menu;
- a line a wording rule took (a "Related" or comments heading, a share row, a newsletter box),
  a teaser cut short with "...", or a title-case headline of HEADLINE_WORDS words or more below
  a short line or a title-case line (the next stories' teasers under their heading) ends it;
- it holds LIST_ITEMS items or more and names TOPIC_WORDS of the body's topic words.

Only the page rules' removals come back; the short lines at the run's far end stay removed.
"""

from __future__ import annotations

from collections.abc import Sequence

from cleaners.cleaning.boilerplate.context import INLINE_RULES
from cleaners.cleaning.boilerplate.guarded import PAGE_RULES, SHAPE_RULES, body_end, kept_prose
from cleaners.cleaning.boilerplate.lines import OPENERS, Line, number_shape
from cleaners.cleaning.boilerplate.topics import Topics

# The run (module docstring). Menu entries are one to three words; list items, feature bullets
# and steps are longer.
ITEM_WORDS = 4
SHORT_RUN = 3
GAP_LINES = 4
LIST_ITEMS = 3
TOPIC_WORDS = 1
# Where the body opens it: its last EDGE_LINES kept lines; a slideshow's frame (numbers as 0)
# seen the same before FRAME_REPEATS items.
EDGE_LINES = 3
FRAME_REPEATS = 2
FRAME_LINES = 2
# Headlines in title case: more than TITLE_CAPS of the words capitalised (German capitalises
# its nouns, about half a sentence's words; English headlines capitalise most).
TITLE_CAPS = 0.6
HEADLINE_WORDS = 6
TEASER_ENDS = ("...", "…")
# What may sit between an article's list items without ending the list: what sits inside
# articles (captions, ad slots, "Show picture" buttons).
BETWEEN_RULES = INLINE_RULES | SHAPE_RULES


def keep_lists(
    lines: Sequence[Line], kept: list[str | None], prose: list[bool], topics: Topics
) -> None:
    """Give back the list the page rules took after the kept body (module docstring)."""
    body = kept_prose(kept, prose)
    edge = body_end(kept, body)
    if edge is None or not _opens_list(lines, kept, prose, edge):
        return
    run = _list_run(lines, kept, prose, edge)
    items = [i for i in run if _is_item(lines[i], prose[i])]
    if len(items) < LIST_ITEMS:
        return
    topic = set().union(*(topics[i] for i in body))
    if len(set().union(*(topics[i] for i in run)) & topic) < TOPIC_WORDS:
        return
    for i in run:
        if kept[i] in PAGE_RULES:
            kept[i] = None


def _opens_list(
    lines: Sequence[Line], kept: list[str | None], prose: list[bool], edge: int
) -> bool:
    """Tell whether the body ends in a list the page rules cut: its items or its announcement.

    Either the line after the edge is an item and the body's last EDGE_LINES kept lines hold
    one, or the edge announces a list (ends with a colon) whose first item follows within
    SHORT_RUN lines.
    """
    ahead = range(edge + 1, min(len(lines), edge + 2 + SHORT_RUN))
    if _repeats_frame(lines, kept, prose, edge):
        return True
    if lines[edge].text.endswith(":"):
        return any(kept[i] in PAGE_RULES and _is_item(lines[i], prose[i]) for i in ahead)
    beyond = edge + 1
    if beyond >= len(lines) or kept[beyond] not in PAGE_RULES:
        return False
    if not _is_item(lines[beyond], prose[beyond]):
        return False
    inside = [i for i in range(edge, max(-1, edge - EDGE_LINES), -1) if kept[i] is None]
    return any(_is_item(lines[i], prose[i]) and not prose[i] for i in inside)


def _repeats_frame(
    lines: Sequence[Line], kept: list[str | None], prose: list[bool], edge: int
) -> bool:
    """Tell whether the body ends in a slideshow: items the page rules took after it, each
    behind the same lines ("Show picture", "Close picture", "3 of 17", numbers as 0)."""
    frames: list[tuple[str, ...]] = []
    frame: list[str] = []
    for i in range(edge + 1, min(len(lines), edge + 1 + FRAME_REPEATS * (GAP_LINES + 1))):
        if _is_item(lines[i], prose[i]):
            if kept[i] not in PAGE_RULES or len(frame) < FRAME_LINES:
                return False
            frames.append(tuple(frame))
            if len(frames) == FRAME_REPEATS:
                return len(set(frames)) == 1
            frame = []
        elif kept[i] is None:
            return False
        else:
            frame.append(number_shape(lines[i].text))
    return False


def _is_title_case(text: str, words_needed: int) -> bool:
    """Tell whether most words of a line are capitalised, as headlines in English are."""
    words = [word.lstrip(OPENERS) for word in text.split()]
    words = [word for word in words if word and word[0].isalpha()]
    capitals = sum(word[0].isupper() for word in words)
    return len(words) >= words_needed and capitals > TITLE_CAPS * len(words)


def _is_item(line: Line, prose: bool) -> bool:
    return (prose or line.words >= ITEM_WORDS) and not line.text.endswith(TEASER_ENDS)


def _list_run(
    lines: Sequence[Line], kept: list[str | None], prose: list[bool], edge: int
) -> list[int]:
    """Return the lines after a body edge up to the run's last item (module docstring)."""
    run: list[int] = []
    last_item = before_heading = -1
    shorts = gap = 0
    after_heading = False
    for i in range(edge + 1, len(lines)):
        rule = kept[i]
        if rule is None:
            pass  # the body's own lines
        elif rule in BETWEEN_RULES:
            gap += 1  # what sits inside articles
        elif rule not in PAGE_RULES or lines[i].text.endswith(TEASER_ENDS):
            break
        elif _is_item(lines[i], prose[i]):
            if _is_title_case(lines[i].text, HEADLINE_WORDS) and (shorts or after_heading):
                # A heading over headlines: the next stories' teasers, without their heading.
                last_item = before_heading if after_heading else last_item
                break
            shorts = gap = 0
            after_heading = _is_title_case(lines[i].text, ITEM_WORDS)
            before_heading, last_item = last_item, len(run)
        else:
            shorts, gap = shorts + 1, gap + 1
            after_heading = False
        if shorts > SHORT_RUN or gap > GAP_LINES:
            break
        run.append(i)
    return run[: last_item + 1]
