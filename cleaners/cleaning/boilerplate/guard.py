"""Never destroy an article: give the body back what the position and shape rules took from it.

The position rules (the page around the body, the comment thread) and the shape rules (a line
shaped like a date, a breadcrumb, a caption...) judge a line by where it sits or how it looks, and
now and then that is the article's: a table whose rows each look like dates, a paragraph that
opens like a caption, a body the best-scoring stretch missed. This pass looks at the lines and
the decisions `decide_blocks` made and reverts those removals, never the rules that match
wording (a line that *is* "Share this article" stays removed, and so does a comments heading,
which the comments rule takes for its wording under the name of the thread it opens):

1. tables keep their rows together: a run of rows with the same columns is kept whole when any
   row of it is kept or a kept paragraph touches it (its introduction, its comment), or when
   shape rules took most of its rows one by one; an unevenly flattened one is kept whole under
   the kept paragraph that introduces it; rows that open alike with a number counting up (a
   calendar, a catalogue's index) are kept whole near the kept prose or on its topic;
2. a line a shape rule took that reads as running text between kept paragraphs is one of them;
3. the stretch the position rules took that reads as an article comes back when the body kept
   less than half of the prose, or fewer paragraphs in a row than the stretch has;
4. paragraphs right after (or before) the kept body that carry on its topic come back with it,
   then the page's subject: its description and data under its headline, a list announced
   inside the body (`subject`), and the entries a kept headline counts (`counted`);
5. the list the body opens below it (its items, a checklist, a slideshow's steps) comes back,
   and a directory's records that repeat the kept body's last record;
6. a page the cleaning would leave almost empty gets its stretch with the most content back.

Its own measures are in the constants below, one group a step (those of step 1 in `tables` and
`numbered`, of step 5 in `lists` and `records`, of step 6 in `thin`; the rules it may revert in
`guarded`).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from cleaners.cleaning.boilerplate import names
from cleaners.cleaning.boilerplate.answers import keep_answers
from cleaners.cleaning.boilerplate.context import INLINE_RULES
from cleaners.cleaning.boilerplate.counted import keep_counted
from cleaners.cleaning.boilerplate.guarded import (
    GUARDED_RULES,
    PAGE_RULES,
    POSITION_RULES,
    SHAPE_RULES,
    kept_prose,
    worded_thread_lines,
)
from cleaners.cleaning.boilerplate.headline import is_headline
from cleaners.cleaning.boilerplate.lines import Line
from cleaners.cleaning.boilerplate.lists import keep_lists
from cleaners.cleaning.boilerplate.numbered import keep_numbered_rows
from cleaners.cleaning.boilerplate.pictures import (
    BRACKETED_CREDIT,
    CAPTION_DATE,
    CAPTION_POSITION,
    CAPTION_WEEKDAY_DATE,
)
from cleaners.cleaning.boilerplate.records import keep_records
from cleaners.cleaning.boilerplate.sparse import keep_sparse
from cleaners.cleaning.boilerplate.stretches import best_segment
from cleaners.cleaning.boilerplate.subject import keep_subject
from cleaners.cleaning.boilerplate.tables import keep_ragged_tables, keep_tables
from cleaners.cleaning.boilerplate.topics import Topics, reads_as_prose

# 2. Running text between paragraphs (kept prose at most SANDWICH_WINDOW lines above and below).
# A date, a byline or a breadcrumb is not three sentences (SANDWICH_BREAKS breaks). A sentence the
# caption rule took for its opening alone ("This photo shows ...") is running text when it
# carries none of a caption's marks (a date, a position, a credit) and runs longer than a caption
# without them does (CAPTION_WORDS words).
SANDWICH_WINDOW = 3
SENTENCE_BREAK = re.compile(r"[a-zà-ÿа-я][.!?][\"'”’»)]? +[\"'“‘«(]?[A-ZÀ-ÞА-Я]|[。！？](?=.)")
SANDWICH_BREAKS = 2
CAPTION_WORDS = 20

# 3. The article the position rules took. The best stretch of lines they took scores prose by its
# words (WORD_SCORE each), any other line a little against (a subhead, a list item) and a line a
# wording rule removed (a share row, a newsletter box) much more. It comes back when it reads as
# an article (ARTICLE_RUN paragraphs in a row, no more other lines than paragraphs, LINKED_SHARE of
# its paragraphs sharing LINK_WORDS topic words with one at most LINK_REACH away: teaser lists
# and comment threads put titles, names and dates between paragraphs on different subjects) and
# either the body kept under BODY_SHARE of the prose and the stretch holds more than the body, or
# the stretch has more paragraphs in a row than the body anywhere and RIVAL_SHARE of its words.
# Prose is measured in words (CJK characters two to a word, as `lines` counts them): a CJK
# sentence has a third of the characters of its English translation. What a comments heading (a
# wording rule) opened comes back only with at most THREAD_OTHERS other lines a paragraph (a
# thread has a name, a date or "Reply" to each comment).
WORD_SCORE = 6.0
OTHER_LINE_COST = 15.0
WORDING_LINE_COST = 150.0
ARTICLE_RUN = 3
LINKED_SHARE = 0.5
LINK_WORDS = 2
LINK_REACH = 2
BODY_SHARE = 0.5
RIVAL_SHARE = 0.5
THREAD_OTHERS = 0.25

# 4. Continuations: CONTINUATION_RUN paragraphs in a row that the page rules took (one, when it
# touches the kept body) sharing TOPIC_WORDS topic words with the body, at most GAP_LINES removed
# lines beyond its last (first) paragraph. The gap may hold what sits inside articles (a share
# bar, an ad slot, a caption) and GAP_PLACED line the page rules took; other wording (a "Related"
# or comments heading, a newsletter box, a copyright line) or a menu ends the article. Teaser
# excerpts end cut short (TEASER_ENDS) and never continue it.
CONTINUATION_RUN = 2
TOPIC_WORDS = 2
GAP_LINES = 6
GAP_PLACED = 1
GAP_RULES = (
    INLINE_RULES
    | SHAPE_RULES
    | PAGE_RULES
    | {None, names.SHARE_PROMPT, names.SOCIAL_LINKS, names.SHARE_APPEAL}
)
TEASER_ENDS = ("...", "…")


def keep_article(lines: Sequence[Line], decided: Sequence[str | None]) -> list[str | None]:
    """Return the decisions with the position and shape rules' removals of the body reverted."""
    kept = list(decided)
    if not any(rule in GUARDED_RULES for rule in kept):
        return kept
    prose = [reads_as_prose(line) for line in lines]
    keep_tables(lines, kept, prose)
    keep_ragged_tables(lines, kept, prose)
    topics = Topics(lines)
    keep_numbered_rows(lines, kept, prose, topics)
    _keep_sentences(lines, kept, prose)
    if any(rule in POSITION_RULES for rule in kept):
        # The steps weigh a thread's headings as the thread's lines; none of them comes back.
        headings = worded_thread_lines(lines, kept)
        _keep_body(lines, kept, prose, topics)
        _keep_continuations(lines, kept, prose, topics)
        keep_subject(lines, kept, prose, topics)
        keep_counted(lines, kept, prose)
        keep_answers(lines, kept, prose, topics, headings)
        keep_lists(lines, kept, prose, topics)
        if keep_records(lines, kept, prose):
            _keep_continuations(lines, kept, prose, topics)
        keep_sparse(lines, kept, prose, topics)
        for i in headings:
            kept[i] = names.COMMENTS
    return kept


def _keep_sentences(lines: Sequence[Line], kept: list[str | None], prose: list[bool]) -> None:
    """Keep running text a shape rule took from between paragraphs (module docstring, 2)."""
    for i, line in enumerate(lines):
        if kept[i] not in SHAPE_RULES or not prose[i]:
            continue
        if kept[i] == names.PHOTO_CAPTION:
            if line.words < CAPTION_WORDS or has_caption_marks(line.text):
                continue
        elif len(SENTENCE_BREAK.findall(line.text)) < SANDWICH_BREAKS:
            continue
        before = range(max(0, i - SANDWICH_WINDOW), i)
        after = range(i + 1, min(len(lines), i + 1 + SANDWICH_WINDOW))
        if any(kept[j] is None and prose[j] for j in before) and any(
            kept[j] is None and prose[j] for j in after
        ):
            kept[i] = None


def has_caption_marks(text: str) -> bool:
    """Tell whether a sentence carries a caption's marks: a date, a position, a credit."""
    return any(
        pattern.search(text) is not None
        for pattern in (CAPTION_DATE, CAPTION_WEEKDAY_DATE, CAPTION_POSITION, BRACKETED_CREDIT)
    )


def _keep_body(
    lines: Sequence[Line], kept: list[str | None], prose: list[bool], topics: Topics
) -> None:
    """Give back the article the position rules took from the body (module docstring, 3)."""
    stretch = _best_stretch(lines, kept, prose)
    if stretch is None:
        return
    first, last = stretch
    paragraphs = [i for i in range(first, last + 1) if prose[i]]
    taken_run = _longest_run(kept, prose, first, last, POSITION_RULES)
    thread = "comments" in kept[first : last + 1]
    others = last + 1 - first - len(paragraphs)
    if (
        taken_run < ARTICLE_RUN
        or others > (THREAD_OTHERS if thread else 1.0) * len(paragraphs)
        or linked_share(paragraphs, topics) < LINKED_SHARE
    ):
        return
    words = sum(lines[i].words for i in paragraphs)
    kept_words = sum(line.words for i, line in enumerate(lines) if prose[i] and kept[i] is None)
    taken_words = sum(
        line.words for i, line in enumerate(lines) if prose[i] and kept[i] in POSITION_RULES
    )
    most_taken = kept_words < BODY_SHARE * (kept_words + taken_words) and words > kept_words
    better_run = (
        not thread
        and words >= RIVAL_SHARE * kept_words
        and taken_run > _longest_run(kept, prose, 0, len(lines) - 1, (None,))
    )
    if most_taken or better_run:
        if first > 0 and kept[first - 1] in POSITION_RULES and is_headline(lines[first - 1]):
            first -= 1  # the article's headline comes back with it
        for i in range(first, last + 1):
            if kept[i] in POSITION_RULES:
                kept[i] = None


def _taken_score(line: Line, rule: str | None, prose: bool) -> float:
    """Score a line for `_best_stretch`: taken prose counts by its words, anything else against."""
    if rule in POSITION_RULES:
        return WORD_SCORE * line.words if prose else -OTHER_LINE_COST
    if rule is None:
        return -OTHER_LINE_COST  # kept lines belong to the body already found
    return -WORDING_LINE_COST


def _best_stretch(
    lines: Sequence[Line], kept: list[str | None], prose: list[bool]
) -> tuple[int, int] | None:
    """Return the stretch of lines the position rules took with the most prose in it."""
    scores = [_taken_score(line, kept[i], prose[i]) for i, line in enumerate(lines)]
    found = best_segment(scores, 0, len(lines) - 1)
    return None if found is None else found[1]


def _longest_run(
    kept: list[str | None],
    prose: list[bool],
    first: int,
    last: int,
    decisions: Collection[str | None],
) -> int:
    """Return the most paragraphs in a row with one of these decisions between first and last."""
    longest = run = 0
    for i in range(first, last + 1):
        run = run + 1 if prose[i] and kept[i] in decisions else 0
        longest = max(longest, run)
    return longest


def linked_share(paragraphs: list[int], topics: Topics) -> float:
    """Return the share of paragraphs that share LINK_WORDS topic words with a near neighbour."""
    if not paragraphs:
        return 0.0
    linked = 0
    for k, i in enumerate(paragraphs):
        near = paragraphs[max(0, k - LINK_REACH) : k] + paragraphs[k + 1 : k + 1 + LINK_REACH]
        linked += any(len(topics[i] & topics[j]) >= LINK_WORDS for j in near)
    return linked / len(paragraphs)


def _keep_continuations(
    lines: Sequence[Line], kept: list[str | None], prose: list[bool], topics: Topics
) -> None:
    """Give the body the paragraphs on its edges that carry on its topic (docstring, 4)."""
    body = kept_prose(kept, prose)
    if not body:
        return
    topic = set().union(*(topics[i] for i in body))
    for step, edge in ((1, body[-1]), (-1, body[0])):
        while True:
            gap, run = _edge_run(lines, kept, prose, edge, step)
            words = set().union(*(topics[i] for i in run))
            if len(run) < (CONTINUATION_RUN if gap else 1) or len(words & topic) < TOPIC_WORDS:
                break
            for i in run:
                kept[i] = None
            topic |= words
            edge = run[-1]


def _edge_run(
    lines: Sequence[Line], kept: list[str | None], prose: list[bool], edge: int, step: int
) -> tuple[int, list[int]]:
    """Return how many removed lines lie beyond a body edge, and the paragraphs in a row after.

    Kept lines (a table, a subhead) belong to the body and are stepped over.
    """
    i, gap, placed = edge + step, 0, 0
    while 0 <= i < len(lines) and not prose[i]:
        if kept[i] is not None:
            placed += kept[i] in POSITION_RULES
            if gap == GAP_LINES or placed > GAP_PLACED or kept[i] not in GAP_RULES:
                return gap, []
            gap += 1
        i += step
    run: list[int] = []
    while (
        0 <= i < len(lines)
        and prose[i]
        and kept[i] in PAGE_RULES
        and not lines[i].text.endswith(TEASER_ENDS)
    ):
        run.append(i)
        i += step
    return gap, run
