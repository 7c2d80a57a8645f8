"""The stretches of an article body: the best-scoring one, and the others that belong with it.

The body finder (`context.find_body`) scores every line and takes the stretch with the highest
total. Some articles come in more than one stretch: a recipe's introduction, ingredients and
steps between boxes of figures and links, a Q&A page's question and answers, a short news item
above a sidebar or a comment thread with more prose than it. The best stretch is then a part of
the article, or not the article at all, and the position rules would take the rest. So the
stretches around the best one are looked at too:

- one before it is kept when it holds EXTRA_PROSE prose lines and scores EARLIER_SHARE of the
  best, or one prose line and SINGLE_SHARE of it (a company entry, a one-paragraph news item):
  an article comes before its comments, its sidebar, the newsletter form and the cookie dialog
  of its page, seldom after them. They are taken best first from what lies above the best
  stretch and between those already taken (a recipe's steps sit between its introduction,
  which outscores them, and the teaser boxes below);
- one after it is kept when it holds a prose line and shares TOPIC_WORDS topic words with the
  best stretch (a teaser list for other stories does not; what comes after an article is mostly
  other stories, and a newsletter pitch or a comment on something else shares none) and either
  scores LATER_SHARE of the best (a closing paragraph below a box of shop links, a plan's later
  days below its first) or starts at most CLOSE_GAP lines after it with nothing a rule removed
  between (a recipe's steps below its ingredients). They too are taken best first, from below
  the body and from between it and those already weighed: a stretch too small or too far away
  to count still leaves the lines nearer the body to be looked at, and one between the body and
  a later part of the article counts as close;
- the prose right above it, within LEAD_GAP lines (a byline, a date and a photo between), is
  the article's standfirst when it shares LEAD_TOPIC_WORDS topic words with the body's first
  paragraphs (`headline.lead_topic`): a teaser for another story or a form's blurb shares a few
  by chance with a whole long article, seldom five with its opening; the headline is then
  looked for above the standfirst;
- one after it that holds DATA_RUN amounts or more (`quantities`), with the list right before it,
  counts as close, and its list lines give topic words too: a recipe card or a spec sheet below
  the story, behind share buttons, names the story's things in its list more than in its steps;
- a list of LISTED_ITEMS data lines or more right after it (with its short heading), half of
  whose lines name its topic words, is its own: a table of the qualified teams under a story
  about qualifying has no amounts but names the story's countries.
"""

from __future__ import annotations

from collections.abc import Sequence

from cleaners.cleaning.boilerplate.headline import lead_topic
from cleaners.cleaning.boilerplate.lines import Line
from cleaners.cleaning.boilerplate.quantities import has_quantity
from cleaners.cleaning.boilerplate.topics import Topics, reads_as_prose

EXTRA_PROSE = 2
EARLIER_SHARE = 0.05
SINGLE_SHARE = 0.2
LATER_SHARE = 0.3
TOPIC_WORDS = 4
CLOSE_GAP = 12
LEAD_GAP = 6
LEAD_TOPIC_WORDS = 5
# How many stretches each side are looked at (each search costs a pass over the lines).
MAX_EXTRA = 5
# A list that opens or closes the article often has its own short heading ("Ingredients",
# "Zutaten") between it and the prose: the body runs on over one such line of up to
# HEADING_WORDS words when a run of data lines follows it with DATA_RUN amounts or more
# (`quantities`; a menu's run of data lines seldom has them).
HEADING_WORDS = 6
DATA_RUN = 3
# A list with no amounts right after the body (a table of qualified teams, of a product's sizes)
# is the body's when LISTED_ITEMS of its lines or more run on and half of them name the body's
# topic words (the countries, the models the article is about); a menu names other things.
LISTED_ITEMS = 4
LISTED_SHARE = 0.5

Span = tuple[int, int]


def best_segment(scores: Sequence[float], first: int, last: int) -> tuple[float, Span] | None:
    """Return the total and the span of the best-scoring stretch between first and last."""
    best, best_span = 0.0, None
    running, start = 0.0, first
    for position in range(first, last + 1):
        score = scores[position]
        if running <= 0:
            running, start = score, position
        else:
            running += score
        if running > best:
            best, best_span = running, (start, position)
    return None if best_span is None else (best, best_span)


def run_on(
    lines: Sequence[Line],
    scores: Sequence[float],
    decided: Sequence[str | None],
    span: Span,
    floor: float,
) -> Span:
    """Run a stretch on over the data lines (scoring at least floor) right before and after it."""
    start, end = span
    while True:
        data = _data_run(lines, scores, decided, end + 1, 1, floor)
        if data == 0 and _is_heading(lines, decided, end + 1):
            ahead = _data_run(lines, scores, decided, end + 2, 1, floor)
            data = ahead + 1 if _amounts(lines, end + 2, end + 2 + ahead) >= DATA_RUN else 0
        if data == 0:
            data = _listed_run(lines, scores, decided, span, end + 1, floor)
        if data == 0:
            break
        end += data
    while True:
        data = _data_run(lines, scores, decided, start - 1, -1, floor)
        if data == 0 and _is_heading(lines, decided, start - 1):
            ahead = _data_run(lines, scores, decided, start - 2, -1, floor)
            data = ahead + 1 if _amounts(lines, start - 1 - ahead, start - 1) >= DATA_RUN else 0
        if data == 0:
            break
        start -= data
    return start, end


def _data_run(
    lines: Sequence[Line],
    scores: Sequence[float],
    decided: Sequence[str | None],
    position: int,
    step: int,
    floor: float,
) -> int:
    """Count the data lines from position on, going by step (before a stretch: none a rule took)."""
    count = 0
    while 0 <= position < len(scores) and scores[position] >= floor:
        if step < 0 and decided[position] is not None:
            break
        count, position = count + 1, position + step
    return count


def _listed_run(
    lines: Sequence[Line],
    scores: Sequence[float],
    decided: Sequence[str | None],
    span: Span,
    position: int,
    floor: float,
) -> int:
    """Count the lines of a list naming the body's topic right after it (with its heading)."""
    heading = int(_is_heading(lines, decided, position))
    items = _data_run(lines, scores, decided, position + heading, 1, floor)
    if items < LISTED_ITEMS:
        return 0
    topics = Topics(lines)
    body: set[str] = set()
    for line in range(span[0], span[1] + 1):
        if decided[line] is None and reads_as_prose(lines[line]):
            body |= topics[line]
    first = position + heading
    named = sum(not body.isdisjoint(topics[i]) for i in range(first, first + items))
    return heading + items if named >= LISTED_SHARE * items else 0


def _amounts(lines: Sequence[Line], first: int, stop: int) -> int:
    return sum(has_quantity(lines[i]) for i in range(first, stop))


def _is_heading(lines: Sequence[Line], decided: Sequence[str | None], position: int) -> bool:
    return (
        0 <= position < len(lines)
        and decided[position] is None
        and lines[position].words <= HEADING_WORDS
        and not lines[position].sentence
    )


def find_extra(
    lines: Sequence[Line],
    decided: Sequence[str | None],
    scores: Sequence[float],
    main: Span,
    main_score: float,
    floor: float,
    lead: Span | None = None,
) -> list[Span]:
    """Return the stretches before and after the best one that belong to the article too.

    ``lead`` is the prose that opens the article right above the best stretch (`find_lead`).
    """
    extra: list[Span] = []
    topics = Topics(lines)
    main_topic: set[str] | None = None  # found when a stretch after it is first weighed
    last = main[0] - 1
    if lead is not None:
        extra.append(lead)
        last = lead[0] - 1
    regions = [(0, last)]
    for _ in range(MAX_EXTRA):
        best = _best_of(scores, regions)
        if best is None:
            break
        found, region = best
        if found[0] < EARLIER_SHARE * main_score:
            break
        needed = 1 if found[0] >= SINGLE_SHARE * main_score else EXTRA_PROSE
        if _prose_lines(lines, decided, found[1]) >= needed:
            extra.append(found[1])
        regions.remove(region)
        regions += [(region[0], found[1][0] - 1), (found[1][1] + 1, region[1])]
    regions = [(main[1] + 1, len(lines) - 1)]
    for _ in range(MAX_EXTRA):
        best = _best_of(scores, regions)
        if best is None:
            break
        found, region = best
        regions.remove(region)
        span = found[1]
        regions.append((region[0], span[0] - 1))  # nearer the body: looked at whatever this is
        wide = run_on(lines, scores, decided, span, floor)  # with the list that opens it
        listed = _amounts(lines, wide[0], wide[1] + 1) >= DATA_RUN
        close = span[0] - main[1] <= CLOSE_GAP and not any(decided[main[1] + 1 : span[0]])
        if found[0] < LATER_SHARE * main_score and not (close or listed):
            continue
        regions.append((span[1] + 1, region[1]))
        if _prose_lines(lines, decided, span) < 1:
            continue
        if main_topic is None:
            main_topic = _topic(lines, decided, topics, main)
        if len(_topic(lines, decided, topics, wide, listed) & main_topic) >= TOPIC_WORDS:
            extra.append(span)
            main = (main[0], max(main[1], span[1]))
    return sorted(extra)


def _best_of(
    scores: Sequence[float], regions: list[Span]
) -> tuple[tuple[float, Span], Span] | None:
    """Return the best-scoring stretch of any of the regions, with the region it lies in."""
    found = [
        (best, region)
        for region in regions
        if (best := best_segment(scores, region[0], region[1])) is not None
    ]
    return max(found, key=lambda pair: pair[0][0], default=None)


def find_lead(
    lines: Sequence[Line],
    decided: Sequence[str | None],
    scores: Sequence[float],
    main: Span,
) -> Span | None:
    """Return the prose right above the best stretch that opens the article (a standfirst)."""
    if main[0] == 0:
        return None
    found = best_segment(scores, max(0, main[0] - LEAD_GAP), main[0] - 1)
    if found is None:
        return None
    prose = [
        i
        for i in range(found[1][0], found[1][1] + 1)
        if decided[i] is None and reads_as_prose(lines[i])
    ]
    if not prose:
        return None
    lead = (prose[0], prose[-1])
    shared = _topic(lines, decided, Topics(lines), lead) & lead_topic(lines, decided, main[0])
    return lead if len(shared) >= LEAD_TOPIC_WORDS else None


def _prose_lines(lines: Sequence[Line], decided: Sequence[str | None], span: Span) -> int:
    return sum(decided[i] is None and reads_as_prose(lines[i]) for i in range(span[0], span[1] + 1))


def _topic(
    lines: Sequence[Line],
    decided: Sequence[str | None],
    topics: Topics,
    span: Span,
    listed: bool = False,
) -> set[str]:
    return set().union(
        *(
            topics[i]
            for i in range(span[0], span[1] + 1)
            if decided[i] is None and (listed or reads_as_prose(lines[i]))
        )
    )
