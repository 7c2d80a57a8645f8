"""Social and app chrome: share buttons and follow prompts, rows of social-network names, and
app-store badges and download prompts.
"""

from __future__ import annotations

import re

from cleaners.cleaning.boilerplate.lines import REPORTED, Line
from cleaners.cleaning.boilerplate.vocab import (
    LEADING_DECORATION,
    Vocabulary,
    by_language,
    literal_pattern,
    mentions,
    phrases,
    words,
)
from cleaners.cleaning.boilerplate.wording import media, sharing

# App-store badges and download prompts.
APP_HINTS = ("app", "play")
BADGE_SENTENCE_WORDS = 5
APP_BADGE = re.compile(
    r"\b(app store|play store|google play|app gallery)( badge)?\b"
    r"|\b(download|get|install) (the|our)( free)?( \w+)? app\b|^download (the )?app$"
    r"|\b(available|download) on the app store\b|\bget it on google play\b",
    re.IGNORECASE,
)
# "an app store", "its own app store": a store, not the badge of Apple's or Google's.
GENERIC_STORE = re.compile(r"\b(a|an|its|their|own|new) app stores?\b", re.IGNORECASE)

# Share buttons and follow prompts.
SHARE_PROMPT = Vocabulary(
    phrases(
        "share",
        "{share,print,email,save} this{, article, story, post, page, recipe, video}",
        "share {article,story,post,via,this:}",
        "share the {story,love}",
        "sharing is caring",
        "share your thoughts",
        "share your thoughts with friends",
        "tweet",
        "pin",
        "pin it",
        "email",
        "e-mail",
        "print",
        "save",
        "0 shares",
        "0k shares",
        "0shares",
        "shares",
        "follow",
        "follow us",
        "connect with us",
        "stay connected",
        "copy",
        "copy link",
        "copied",
        "link copied",
        "url copied",
        "copy link urlcopied",
        "copy link url copied",
        "copy url",
        "like this",
        "like loading",
        "share on social media",
        "share options",
    ),
    prefixes=(
        "share on ",
        "share to ",
        "share via ",
        "share with ",
        "click to share",
        "click to email",
        "click to print",
        "click to pin",
        "follow us on ",
        "follow @",
        "like us on ",
        "find us on ",
        "join us on ",
        "share this on ",
        "follow me on ",
    ),
    max_words=12,
    languages=by_language(sharing.SHARE),
)

# Audio and video players and picture viewers: their controls, counters and messages.
MEDIA_CONTROLS = Vocabulary(
    frozenset(), max_words=16, languages=by_language(media.PLAYER, media.VIEWER)
)

# App-store badges and download prompts, whole lines (English ones are APP_BADGE's).
APP_LINES = Vocabulary(frozenset(), languages=by_language(sharing.APP))

# Social networks and the share words that go with them in a row of icons.
SOCIAL_NETWORKS = words(
    "facebook facebook-f twitter x instagram linkedin linkedin-in youtube youtube-play pinterest "
    "reddit whatsapp telegram tiktok snapchat tumblr flipboard bluesky mastodon vk weibo wechat "
    "viber messenger gravatar github discord substack xing email e-mail print rss"
)
# Words that only count as part of a row that also names a network ("Pocket", "Medium" and
# "Line" are also ordinary words).
SOCIAL_WORDS = SOCIAL_NETWORKS | words(
    "share tweet pin it copy link save like comment google plus google+ feed mix pocket medium "
    "line mail sms threads"
)
# What a row of them starts with: decoration, spaces and commas, then one of the words.
SOCIAL_START = re.compile(
    "[" + re.escape(LEADING_DECORATION + ",") + r"\s]*" + literal_pattern(SOCIAL_WORDS)
)
SOCIAL_GLUED = re.compile(
    r"(?:facebook|twitter|linkedin|email|whatsapp|reddit|pinterest|print|instagram|youtube"
    r"|telegram|tumblr|mail){2,12}"
)


def is_app_badge(line: Line) -> bool:
    """Match an app-store badge or app download prompt ("Play Store BadgeApp Store Badge").

    A sentence that names a store ("Apple removed the game from the App Store.") is not one.
    """
    if line.words > 14 or line.punct > 2 or not mentions(line.lower, APP_HINTS):
        return False
    if line.sentence and line.words > BADGE_SENTENCE_WORDS:
        return False
    if REPORTED.search(line.text) or GENERIC_STORE.search(line.text):
        return False
    return APP_BADGE.search(line.text) is not None


def starts_with_social_word(line: Line) -> bool:
    """Tell whether a line's first word, past decoration and commas, is a social network's."""
    return SOCIAL_START.match(line.lower) is not None


def is_social_links(line: Line) -> bool:
    """Match a row of social network names ("Facebook Twitter Pinterest Email")."""
    if not line.bare or line.words > 16:
        return False
    items = line.bare.replace(",", " ").split()
    if items and items[0] in SOCIAL_WORDS and all(item in SOCIAL_WORDS for item in items):
        return any(item in SOCIAL_NETWORKS for item in items)
    return len(items) == 1 and SOCIAL_GLUED.fullmatch(items[0]) is not None
