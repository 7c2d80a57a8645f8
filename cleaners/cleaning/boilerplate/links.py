"""Link lists: "Related stories" sections and their items, inline "Read more:" links, tag lines,
rows of footer links, menus glued into one line, and bullet-separated teaser blocks.

A related-links heading takes the few link lines after it with it, up to the next paragraph of
prose, so an in-article "Related News" box goes and the paragraphs after it stay; a box after
the article goes with the page footer anyway.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from cleaners.cleaning.boilerplate import names
from cleaners.cleaning.boilerplate.furniture import LEGAL_LINKS, NAVIGATION
from cleaners.cleaning.boilerplate.lines import REPORTED, Line, is_prose
from cleaners.cleaning.boilerplate.promos import NEWSLETTER_LINES
from cleaners.cleaning.boilerplate.social import SHARE_PROMPT
from cleaners.cleaning.boilerplate.vocab import (
    MAX_RULE_CHARS,
    Vocabulary,
    by_language,
    mentions,
    phrases,
    split_row,
)
from cleaners.cleaning.boilerplate.wording import pointers
from cleaners.cleaning.boilerplate.wording.phrasing import phrases_of, whole_phrases

# Headings of related, popular and recommended link boxes.
RELATED_HEADINGS = Vocabulary(
    phrases(
        "related",
        "{related,similar,recommended,suggested,popular,trending,featured,latest,"
        "recent,top,more,other,further,editors',editor's,editors,our} {news,stories,articles,"
        "posts,reads,reading,content,links,videos,coverage,headlines,picks,topics,guides,"
        "resources,items,galleries,podcasts,reviews,recipes,products}",
        "most {read,popular,viewed,shared,commented,recent}{, articles, stories, posts, news}",
        "recommended{, for you}",
        "trending{, now}",
        "popular{, now}",
        "latest",
        "featured",
        "what's {new,hot,trending}",
        "what’s {new,hot,trending}",
        "you {may,might,will,could} {also ,}{like,enjoy,be interested in}",
        "we think you'll like",
        "{you ,}may also like",
        "also {read,see}",
        "see also",
        "read {also,next}",
        "{watch,listen,up} next",
        "next up",
        "what to read next",
        "keep reading",
        "read these next",
        "don't miss",
        "don’t miss",
        "do not miss",
        "in case you missed it",
        "more from this author",
        "from the web",
        "around the web",
        "sponsored {links,stories}",
        "promoted stories",
        "partner news",
        "stories you may like",
        "news you may have missed",
        "you may have missed",
        "further reading",
        "baca juga",
        "artikel terkait",
        "berita terkait",
    ),
    prefixes=(
        "more from ",
        "more in ",
        "more on ",
        "more by ",
        "more about ",
        "more stories from ",
        "recently by ",
        "also in ",
        "elsewhere on ",
        "next up in ",
        "popular on ",
        "further reading about ",
        "more news from ",
        "latest from ",
        "trending in ",
        "more news from ",
        "more stories from ",
    ),
    languages=by_language(pointers.RELATED, pointers.AUTHOR_ARCHIVE),
)

# One-line pointers to other articles ("Read more: ...", "RELATED: ..."), after any of INLINE_LEAD.
INLINE_PHRASES = (
    "read more", "read also", "also read", "related", "see also", "more", "recommended", "watch",
    "listen", "read", "click here", "previously", *pointers.READ_ALSO,
)  # fmt: skip
INLINE_LEAD = "([ "
INLINE_RELATED = re.compile(
    r"[(\[]?\s*(?:related \w+|" + "|".join(map(re.escape, INLINE_PHRASES)) + r")"
    r"\s*[:：»›>\-–—]\s*\S",
    re.IGNORECASE,
)
INLINE_OPENINGS = (*INLINE_LEAD, *INLINE_PHRASES)

# Tag and category lines that close an article.
TAG_PHRASES = (
    "tag", "tags", "tagged", "tagged with", "topic", "topics", "categories", "category",
    "filed under", "related tags", "related topics", "keywords", "posted in",
    *pointers.TAG_HEADINGS,
)  # fmt: skip
TAG_LINE = re.compile("(?:" + "|".join(map(re.escape, TAG_PHRASES)) + r")\s*[:：]", re.IGNORECASE)
TAG_HEADINGS = frozenset(
    ("tags", "topics", "related tags", "categories", "tagged", "keywords", *pointers.TAG_HEADINGS)
)
# A blog post's filing line (wording.pointers.POST_FILING, any language), and "Posted in" before
# capitalised category names ("Posted inLatest News"; "Posted in a Facebook group…" is prose).
POST_FILING_PHRASES = phrases_of(pointers.POST_FILING)
POST_FILING = re.compile(
    whole_phrases(POST_FILING_PHRASES) + r"|^posted in\s*(?-i:[A-ZÀ-Þ])[^.!?]*$", re.IGNORECASE
)
POST_FILING_HINTS = (*pointers.POST_FILING_HINTS, "posted in")
POST_FILING_WORDS = 60

# The links a footer or share row flattened onto one line is made of.
LINK_ROW_VOCABULARIES = (NAVIGATION, LEGAL_LINKS, SHARE_PROMPT, NEWSLETTER_LINES)
ROW_SEPARATORS = ("|", "·", "•", "/")

# Menus flattened into one line lose their spaces: "About UsContact UsTerms of Use".
GLUE = re.compile(r"[a-z][A-Z][a-z]")
# The capitals of all such joints, overlapping ones too ("aBcDe": two, GLUE finds one): at least
# as many as GLUE finds, and found faster, as a scan for a capital skips the small letters most
# lines are made of. Too few of them and GLUE need not be asked.
GLUE_CAPITAL = re.compile(r"[A-Z](?<=[a-z][A-Z])[a-z]")
GLUED_MIN_WORDS = 3
# A menu of one-word entries glued into a word or two ("OverviewSolutionsProductsPricingDocs"):
# at least this many entries, each a capitalised word ("AutoModelForCausalLM" is a name in code).
GLUE_SPLIT = re.compile(r"(?<=[a-zß-ÿ])(?=[A-ZÀ-Þ])")
MENU_WORD = re.compile(r"[A-ZÀ-Þ][a-zß-ÿ]{2,}")
GLUED_MIN_PIECES = 4
# Source code glues words the same way (camelCase: "stringAppendPipeNew()"), but menus carry no
# calls, statements, assignments, tags or comments.
CODE_SHAPE = re.compile(r"[;{}=]|\w\(|->|//|</?\w")
BULLET_ONLY = frozenset("-–—•·*|►▶▸›»")
# The most link lines a related-links heading takes with it.
RELATED_ITEMS = 5


def is_related_link(line: Line) -> bool:
    """Match a one-line pointer to another article ("READ MORE: How the vote was won")."""
    return (
        line.words <= 30
        and line.lower.lstrip(INLINE_LEAD).startswith(INLINE_PHRASES)
        and INLINE_RELATED.match(line.text) is not None
    )


def is_tag_heading(line: Line) -> bool:
    """Tell whether a line is a tag list's heading on its own ("Tags", "Keywords")."""
    return line.bare in TAG_HEADINGS


def is_tag_line(line: Line) -> bool:
    """Match a tag or category line ("Tags: Kristi Noem, South Dakota", "Filed under: Tech")."""
    if is_post_filing(line):
        return True
    if line.words > 30 or line.sentence:
        return False
    return is_tag_heading(line) or (
        line.words >= 2
        and line.lower.startswith(TAG_PHRASES)
        and TAG_LINE.match(line.text[:MAX_RULE_CHARS]) is not None
    )


def is_post_filing(line: Line) -> bool:
    """Match a blog post's filing line ("This entry was posted in News. Bookmark the permalink.")."""
    return (
        line.words <= POST_FILING_WORDS
        and mentions(line.lower, POST_FILING_HINTS)
        and POST_FILING.search(line.text[:MAX_RULE_CHARS]) is not None
        and REPORTED.search(line.text) is None
    )


def is_link_list(line: Line) -> bool:
    """Match a row of footer links, or a menu flattened into one line (three words or more)."""
    if line.words < GLUED_MIN_WORDS:
        return is_glued_word_menu(line)
    return is_link_row(line) or is_glued_links(line)


def is_glued_word_menu(line: Line) -> bool:
    """Match a menu of one-word entries glued into one or two words ("OverviewSolutionsPricing")."""
    pieces = [piece for word in line.text.split() for piece in GLUE_SPLIT.split(word)]
    return len(pieces) >= GLUED_MIN_PIECES and all(MENU_WORD.fullmatch(p) for p in pieces)


def is_glued_links(line: Line) -> bool:
    """Match a menu flattened into one line ("About UsContact UsTerms of UsePrivacy Policy")."""
    if line.sentence or line.chars > MAX_RULE_CHARS:
        return False
    # The quick count first: it is never below GLUE's, so too few of it settles the line.
    return (
        enough_joints(line, len(GLUE_CAPITAL.findall(line.text)))
        and enough_joints(line, len(GLUE.findall(line.text)))
        and CODE_SHAPE.search(line.text) is None
    )


def enough_joints(line: Line, joints: int) -> bool:
    """Tell whether a line has enough glued joints for a flattened menu (and little punctuation)."""
    return joints >= 3 and joints * 4 >= line.words and line.punct <= joints


def is_link_row(line: Line) -> bool:
    """Match a row of footer or share links on one line ("Privacy Policy | Terms of Use")."""
    if not line.bare or line.words > 16 or not mentions(line.bare, ROW_SEPARATORS):
        return False
    items = split_row(line.bare)
    return len(items) >= 2 and all(
        any(vocabulary.matches(item, len(item.split())) for vocabulary in LINK_ROW_VOCABULARIES)
        for item in items
    )


def mark_related_sections(lines: Sequence[Line], decided: Sequence[str | None]) -> dict[int, str]:
    """Mark the teaser lines right after each related-links heading, up to the next prose.

    A box inside an article holds a few links; a box after it is removed with the rest of the
    page footer anyway, so a heading takes at most RELATED_ITEMS lines with it.
    """
    marks: dict[int, str] = {}
    for position, rule in enumerate(decided):
        if rule != names.RELATED_LINKS:
            continue
        taken, following = 0, position + 1
        while following < len(lines) and taken < RELATED_ITEMS:
            if decided[following] is None:
                if is_prose(lines[following]):
                    break
                marks[following] = names.RELATED_LINKS
                taken += 1
            elif decided[following] == names.RELATED_LINKS:
                break
            following += 1
    return marks


def mark_bulleted_teasers(lines: Sequence[Line], decided: Sequence[str | None]) -> dict[int, str]:
    """Mark runs of teasers between bare bullet lines ("-", "•"): a flattened link list."""
    marks: dict[int, str] = {}
    run: list[int] = []
    for position, line in enumerate(lines):
        if line.text not in BULLET_ONLY:
            continue
        if run and position - run[-1] > 2:
            marks.update(_teaser_run(lines, run))
            run = []
        run.append(position)
    marks.update(_teaser_run(lines, run))
    return {i: rule for i, rule in marks.items() if decided[i] is None}


def _teaser_run(lines: Sequence[Line], run: list[int]) -> dict[int, str]:
    if len(run) < 3:
        return {}
    after = run[-1] + 1
    last = (
        after
        if after < len(lines) and not (lines[after].sentence or lines[after].prose)
        else run[-1]
    )
    span = range(run[0], last + 1)
    items = [lines[i] for i in span if i not in run]
    if sum(item.sentence for item in items) * 2 > len(items):
        return {}
    return {i: names.LINK_LIST for i in span}
