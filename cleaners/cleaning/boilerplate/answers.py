"""A Q&A page's answers: after its count of answers ("6 Answers") the posts are the page's content.

The comments rule leaves such a page's posts to the body (`comments.QA_ANSWERS`), but the position
rules still take the answers beyond the stretch the body finder chose. The answers run from the
count to the last post's "Add a comment" link (the comments rule took it for its wording), or,
without such links, to the last paragraph naming two of the question's topic words: the answer
form and the lists of other questions below them are about other things.
"""

from __future__ import annotations

from collections.abc import Sequence

from cleaners.cleaning.boilerplate.comments import QA_ANSWERS
from cleaners.cleaning.boilerplate.guarded import PAGE_RULES, kept_prose
from cleaners.cleaning.boilerplate.lines import Line
from cleaners.cleaning.boilerplate.topics import Topics

ANSWER_TOPIC_WORDS = 2


def keep_answers(
    lines: Sequence[Line],
    kept: list[str | None],
    prose: list[bool],
    topics: Topics,
    headings: Sequence[int],
) -> None:
    """Give back the answers' prose the position rules took on a Q&A page (module docstring).

    ``headings``: the "Add a comment" links the comments rule took (`worded_thread_lines`).
    """
    start = next((i for i, line in enumerate(lines) if line.bare in QA_ANSWERS), None)
    if start is None:
        return
    question = set().union(*(topics[i] for i in kept_prose(kept, prose) if i < start))
    links = [i for i in headings if i > start]
    named = [
        i
        for i in range(start + 1, len(lines))
        if prose[i] and len(topics[i] & question) >= ANSWER_TOPIC_WORDS
    ]
    end = links[-1] if links else (named[-1] if named else start)
    for i in range(start + 1, end):
        if kept[i] in PAGE_RULES and prose[i]:
            kept[i] = None
