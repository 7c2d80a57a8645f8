"""Appeals to the reader that sites set around an article: follow us on a social network, share
this post with your friends, and the fine print of sign-up offers.

Like the promos, they are addressed to the reader ("Join the Facebook group", "Help me spread the
word"); a sentence that reports on a network or an offer is written about it, so the rules match
whole short lines by their opening and leave reported speech alone.
"""

from __future__ import annotations

import re

from cleaners.cleaning.boilerplate.lines import REPORTED, Line
from cleaners.cleaning.boilerplate.vocab import MAX_RULE_CHARS, mentions
from cleaners.cleaning.boilerplate.wording.phrasing import hints_of, phrases_of, whole_phrases
from cleaners.cleaning.boilerplate.wording.provenance import CHANNEL_INVITES, PREFERRED_SOURCE
from cleaners.cleaning.boilerplate.wording.sharing import SHARE_APPEALS

# Networks a site asks its readers to follow it on. A one-letter name ("x") is looked for with
# the space before it, to tell it from a letter inside a word.
NETWORK_NAMES = (
    "facebook", "twitter", "x", "instagram", "tiktok", "youtube", "linkedin", "pinterest",
    "discord", "telegram", "whatsapp", "threads", "bluesky", "mastodon", "reddit", "twitch",
    "substack", "snapchat", "tumblr", "flipboard",
)  # fmt: skip
NETWORKS = "(?:" + "|".join(NETWORK_NAMES) + ")"
NETWORK_HINTS = tuple(name if len(name) > 1 else " " + name for name in NETWORK_NAMES)
# "Follow FDA on Facebook", "Like us on Facebook", "Join me on TikTok: @The House Maven",
# "Join the Facebook group– https://...", "Join our Discord", "Subscribe to 9to5Mac on YouTube".
# Between the verb and "on" only names, "us"/"me" or "section" ("Like many brands on Instagram,
# ..." is prose: any other lower-case word breaks the match).
FOLLOW_PHRASES = ("follow", "like", "join", "find", "subscribe to")
FOLLOW_PLEASE = "please"
FOLLOW_OPENINGS = (FOLLOW_PLEASE, *FOLLOW_PHRASES)
FOLLOW_VERB = (
    "(?i:(?:" + FOLLOW_PLEASE + " )?(?:" + "|".join(map(re.escape, FOLLOW_PHRASES)) + r"))\s+"
)
FOLLOW_OBJECT = r"(?:(?i:us|me|the|our|my|section|team|desk|blog|page)|[A-Z0-9@][\w@.'’&-]*)\s+"
SOCIAL_FOLLOW = re.compile(
    FOLLOW_VERB + r"(?:" + FOLLOW_OBJECT + r"){0,6}?(?i:on\s+" + NETWORKS + r")\b"
    r"|" + FOLLOW_VERB + r"(?i:the |our |my )?(?:[A-Z0-9][\w.'’-]* )?"
    r"(?i:" + NETWORKS + r"(?:\s+(?:group|page|channel|community|server))?)\s*(?:[:–—-]|$)"
)
FOLLOW_MAX_WORDS = 20
# Every language's invitations to the site's messenger or video channel, anywhere in a line
# ("¿Ya sabías que tenemos canal de Telegram? Únete…").
CHANNEL_PHRASES = phrases_of(CHANNEL_INVITES)
CHANNEL_INVITE = re.compile(whole_phrases(CHANNEL_PHRASES), re.IGNORECASE)
CHANNEL_HINTS = hints_of(CHANNEL_PHRASES)
CHANNEL_MAX_WORDS = 40

# Share and referral appeals: "Help me spread the word about this podcast!", Substack's "Love X?
# Tell your friends and get rewards.", "If you enjoyed this article, please share it".
# Other languages' appeals, from the wording data: found anywhere in the line.
SHARE_APPEAL_PHRASES = (*phrases_of(SHARE_APPEALS), *phrases_of(PREFERRED_SOURCE))
SHARE_APPEAL_ANYWHERE = re.compile(whole_phrases(SHARE_APPEAL_PHRASES), re.IGNORECASE)
SHARE_APPEAL_HINTS = hints_of(
    SHARE_APPEAL_PHRASES,
    ("spread the word", "friend", "enjoy", "like", "love", "found", "share"),
)
SHARE_APPEAL = re.compile(
    r"(?:please )?help (?:me|us) spread the word\b"
    r"|if you (?:enjoyed|liked|loved|found value in) (?:this|my|our|the) (?:article|post"
    r"|blog post|piece|story|episode|podcast|newsletter|issue|video|guide|read)\b"
    r"|(?:like|love|enjoy|enjoyed|enjoying) (?:this|the|our|my) (?:article|post|story"
    r"|newsletter|podcast|episode|video)\?$"
    r"|(?:found|find) this (?:article|post|guide|page) (?:helpful|useful)\?"
    r"|(?:love|like|enjoy|enjoying) [^.?!]{2,60}\? (?:then )?(?:tell|share|join|subscribe"
    r"|sign up|spread|forward|refer|give)\b"
    r"|share (?:this|it) with (?:your |a )?friends?\b|refer a friend\b"
    r"|.{0,80}\btell your friends and get rewards\b",
    re.IGNORECASE,
)
APPEAL_MAX_WORDS = 40

# The fine print of a sign-up offer: "$300 in free credits", "Terms apply." closing a line,
# "No credit card required".
OFFER_HINTS = ("credits", "apply", "credit card")
SIGNUP_OFFER = re.compile(
    r"\$\s?\d[\d,.]*\s?[kKmM]? in (?:free |ad |bonus |promotional )?credits\b"
    r"|(?:^|[.!]\s+)\*?\s?(?:additional |other |some )?(?:terms|restrictions|conditions|t&cs)"
    r"(?: and conditions)? (?:may )?apply\.?$"
    r"|\bno credit card (?:required|needed)\b",
    re.IGNORECASE,
)
OFFER_MAX_WORDS = 60


def is_social_follow(line: Line) -> bool:
    """Match a prompt to follow the site on a social network ("Join the Facebook group")."""
    if is_channel_invite(line):
        return True
    if line.words > FOLLOW_MAX_WORDS or not line.lower.startswith(FOLLOW_OPENINGS):
        return False
    if not mentions(line.lower, NETWORK_HINTS) or REPORTED.search(line.text):
        return False
    return SOCIAL_FOLLOW.match(line.text[:MAX_RULE_CHARS]) is not None


def is_channel_invite(line: Line) -> bool:
    """Tell whether a line invites the reader to the site's channel ("Join our Telegram channel")."""
    return (
        line.words <= CHANNEL_MAX_WORDS
        and mentions(line.lower, CHANNEL_HINTS)
        and CHANNEL_INVITE.search(line.text[:MAX_RULE_CHARS]) is not None
        and REPORTED.search(line.text) is None
    )


def is_share_appeal(line: Line) -> bool:
    """Match an appeal to share or recommend the post ("Help me spread the word!")."""
    if line.words > APPEAL_MAX_WORDS or not mentions(line.lower, SHARE_APPEAL_HINTS):
        return False
    # The anchored match fails at once on most lines; the scan for reported speech reads them all.
    appeal = SHARE_APPEAL.match(line.text) or SHARE_APPEAL_ANYWHERE.search(
        line.text[:MAX_RULE_CHARS]
    )
    return appeal is not None and REPORTED.search(line.text) is None


def is_signup_offer(line: Line) -> bool:
    """Match a sign-up offer's fine print ("... with $300 in free credits", "Terms apply.")."""
    if line.words > OFFER_MAX_WORDS or not mentions(line.lower, OFFER_HINTS):
        return False
    return REPORTED.search(line.text) is None and SIGNUP_OFFER.search(line.text) is not None
