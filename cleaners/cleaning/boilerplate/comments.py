"""Reader comments: the comments heading, everything after it once the article is over, and the
comment form's labels.

Comment threads follow the article they discuss, so a comments heading that comes after most of
the document's prose closes the article; one near the top ("12 Comments" under a headline) is only
a link and removes nothing else.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from cleaners.cleaning.boilerplate import names
from cleaners.cleaning.boilerplate.lines import REPORTED, Line, is_prose
from cleaners.cleaning.boilerplate.vocab import (
    MAX_RULE_CHARS,
    Vocabulary,
    by_language,
    mentions,
    phrases,
)
from cleaners.cleaning.boilerplate.wording import discussion

# Headings that open a comment thread (numbers are read as 0).
COMMENTS_HEADINGS = Vocabulary(
    phrases(
        "{0 ,no ,reader ,}{comments,comment,responses,replies,thoughts,discussion,discussions}",
        "0 comments feed for comments",
        "{view,show,hide,load,read} {,all ,the }comments",
        "{leave,post,add,write,submit} {a,your} {reply,comment,response}",
        "join the {discussion,conversation}",
        "discussion about this {post,article}",
        "{top,most} {rated,recent,liked,popular} comments",
        "conversation",
        "what do you think",
        "post comment",
        "have your say",
        "readers' comments",
        "comments are closed",
    ),
    prefixes=(
        "0 responses to ",
        "0 thoughts on ",
        "0 replies to ",
        "0 comments on ",
        "0 comments to ",
        "one response to ",
        "one thought on ",
        "one reply to ",
        "one comment on ",
        "0 comment on ",  # "1 Comment on <title>": numbers are read as 0
        "0 response to ",
        "0 thought on ",
        "0 reply to ",
        "leave a reply to ",
        "0 comments for ",
    ),
    max_words=40,
    languages=by_language(discussion.COMMENTS),
)

# A Q&A page's answers count: the comments headings under its posts open no thread.
QA_ANSWERS = frozenset(
    " ".join(entry.split()) for entries in discussion.QA_ANSWERS.values() for entry in entries
)

# The comment form and per-comment chrome.
COMMENT_FORM = Vocabulary(
    phrases(
        "{name,email,e-mail,website,url,comment,message}{, (required), (optional)}",
        "your {name,email,comment,message}",
        "email(required)",
        "name(required)",
        "{post,submit,add} {comment,reply}",
        "post a comment",
        "cancel reply",
        "reply",
        "reply to this",
        "reply to this share",
        "report",
        "report abuse",
        "flag as inappropriate",
        "comments are closed",
        "load more comments",
        "0 {votes,likes,points,replies}",
        "rating: 0 votes",
        "(score:0)",
        "like",
        "dislike",
        "upvote",
        "downvote",
        "view the discussion thread",
        "view 0 replies",
        "view more replies",
        "newest",
        "oldest",
        "sort by",
        "most voted",
        "inline feedbacks",
        "view all comments",
        "guest",
        "anonymous",
    ),
    prefixes=(
        "your email address will not be published",
        "your e-mail address will not be published",
        "required fields are marked",
        "save my name, email, and website",
        "notify me of ",
        "this site uses akismet",
        "you must be logged in to post",
        "comments are moderated",
    ),
    max_words=30,
    languages=by_language(discussion.COMMENT_FORM),
)
# A site's comment policy printed over its thread: "Please understand that comments are
# moderated", "We ask that comments are civil", "comments powered by Disqus".
COMMENT_POLICY = re.compile(
    r"\bcomments? (?:are|is|will be|may be) (?:moderated|reviewed|pre-moderated|published"
    r"|republished|edited)\b"
    r"|\bwe (?:welcome|encourage|ask that|reserve the right to (?:remove|delete|edit|refuse))\b"
    r".{0,60}\bcomments?\b"
    r"|\b(?:you must|please) (?:be )?(?:log(?:ged)? ?in|sign(?:ed)? ?in|register(?:ed)?)\b.{0,30}"
    r"\bto (?:post |leave |write |add )?(?:a )?comment"
    r"|\bplease (?:keep|stick to|do not|don't)\b.{0,60}\bcomments?\b"
    r"|\bcomments powered by disqus\b|\bplease enable javascript to view the comments\b"
    r"|\bwe want to hear what you think\b|\b(submit|write|send) (us )?a letter to the editor\b",
    re.IGNORECASE,
)
POLICY_WORDS = 60
POLICY_HINTS = ("comment", "letter to the editor", "what you think")
COMMENTER = re.compile(r"\S.{0,60}\s(?:says|said|wrote|commented|replied)\s?:", re.IGNORECASE)

# How much prose must come before a comments heading for it to close the article (a heading
# higher up is a link to the thread, not the thread): half the document's prose, or a few
# paragraphs when the thread itself is longer than the article.
ARTICLE_SHARE_BEFORE_COMMENTS = 0.5
ARTICLE_CHARS_BEFORE_COMMENTS = 600
ARTICLE_LINES_BEFORE_COMMENTS = 3


def is_form_label(line: Line) -> bool:
    """Tell whether a line is one of the comment form's whole lines or openings ("Reply")."""
    return COMMENT_FORM.matches(line.bare, line.words)


def is_comment_form(line: Line) -> bool:
    """Match comment-form labels, per-comment chrome and comment policies ("Name *", "Reply")."""
    if is_form_label(line):
        return True
    if (
        line.words <= POLICY_WORDS
        and mentions(line.lower, POLICY_HINTS)
        and REPORTED.search(line.text) is None
        and COMMENT_POLICY.search(line.text[:MAX_RULE_CHARS]) is not None
    ):
        return True
    return (
        line.text.endswith(":") and line.words <= 12 and COMMENTER.fullmatch(line.text) is not None
    )


def _is_count(line: Line) -> bool:
    """Tell whether a comments line is a bare count ("12 Comments"), often a link under a title."""
    return line.text[:1].isdigit() and line.words <= 3


def mark_comment_thread(lines: Sequence[Line], decided: Sequence[str | None]) -> dict[int, str]:
    """Mark everything after a comments heading that follows most of the document's prose.

    A Q&A page ("6 Answers") has none: its answers are its content, each under an "Add a comment".
    """
    if any(line.bare in QA_ANSWERS for line in lines):
        return {}
    prose = [
        line.chars if decided[i] is None and is_prose(line) else 0 for i, line in enumerate(lines)
    ]
    total = sum(prose)
    seen = paragraphs = 0
    for position, rule in enumerate(decided):
        if (
            rule == names.COMMENTS
            and total
            and (
                seen >= ARTICLE_SHARE_BEFORE_COMMENTS * total
                or (
                    seen >= ARTICLE_CHARS_BEFORE_COMMENTS
                    and paragraphs >= ARTICLE_LINES_BEFORE_COMMENTS
                    and not _is_count(lines[position])
                )
            )
        ):
            return {
                i: names.COMMENTS for i in range(position + 1, len(lines)) if decided[i] is None
            }
        seen += prose[position]
        paragraphs += prose[position] > 0
    return {}
