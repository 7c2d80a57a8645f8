"""Promotions: newsletter sign-ups, paywall and account prompts, calls to action, affiliate
disclosures, and the brand and tagline lines around a promo. (Share buttons, social-network rows
and app badges are `social`'s, donation appeals `donations`'; they are importable from here too.)

Calls to action are addressed to the reader ("Sign up", "your inbox", "Download the app"); a
sentence that reports on a newsletter or an app is written about them, usually attributed ("she
said") or quoted, so those stay.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from cleaners.cleaning.boilerplate import names
from cleaners.cleaning.boilerplate.appeals import is_share_appeal
from cleaners.cleaning.boilerplate.consent import YOU
from cleaners.cleaning.boilerplate.donations import (  # noqa: F401  (moved there, importable here)
    DONATION_HINTS,
    DONATION_LINES,
    is_donation_appeal,
)
from cleaners.cleaning.boilerplate.lines import REPORTED, Line, is_link_like
from cleaners.cleaning.boilerplate.social import (  # noqa: F401  (moved there, importable here)
    APP_HINTS,
    APP_LINES,
    SHARE_PROMPT,
    is_app_badge,
    is_social_links,
    starts_with_social_word,
)
from cleaners.cleaning.boilerplate.vocab import (
    MAX_RULE_CHARS,
    Vocabulary,
    by_language,
    literal_pattern,
    mentions,
    phrases,
)
from cleaners.cleaning.boilerplate.wording import account, chrome, subscribing
from cleaners.cleaning.boilerplate.wording.phrasing import hints_of, phrases_of, whole_phrases

# Newsletter and e-mail sign-up lines, whole.
NEWSLETTER_LINES = Vocabulary(
    phrases(
        "{,e-mail ,email ,our ,free ,daily ,weekly }{newsletter,newsletters}",
        "{sign up,subscribe}{, now, today, here, for free}",
        "{sign up,subscribe} {for,to} {our,the} {,free ,daily ,weekly ,email }"
        "{newsletter,newsletters}",
        "join {our,the} {newsletter,mailing list}",
        "{email,newsletter} {sign up,signup,sign-up}",
        "{get,receive} {our,the} {newsletter,newsletters}",
        "email address",
        "your email",
        "your email address",
        "enter your email{, address}",
        "success",
        "thank you for {signing up,subscribing}",
        "thanks for {signing up,subscribing}",
        "you're subscribed",
        "you are subscribed",
        "by signing up, you agree to our privacy policy",
    ),
    languages=by_language(subscribing.NEWSLETTER),
)
# Newsletter calls to action inside longer lines (other languages' from the wording data), and
# every language's sign-up confirmations.
NEWSLETTER_CALL_PHRASES = (
    *phrases_of(subscribing.NEWSLETTER_CALLS),
    *phrases_of(subscribing.SIGNUP_CONFIRMATIONS),
)
NEWSLETTER_HINTS = hints_of(
    NEWSLETTER_CALL_PHRASES,
    (
        "notification",
        "letter",
        "inbox",
        "mail",
        "never miss",
        "alert",
        "update",
        "briefing",
        "digest",
        "subscri",
        "abonn",
        "inscri",
        "assine",
        "suscr",
        "sign up",
    ),
)
NEWSLETTER_PROMO = re.compile(
    r"\b(sign(ing)? up|subscribe|register|join|opt in)\b.{0,60}\b(news ?letters?|e-?mails?"
    r"|mailing list|alerts|updates|briefing|digest)\b"
    r"|\b(news ?letters?|e-?mails?|alerts|briefings?|stories|updates)\b.{0,80}"
    r"\b(to|in|into|straight to|directly to) your inbox\b"
    r"|\b(delivered|sent|straight|directly|right) (to|into) (your|their) inbox(es)?\b"
    r"|\bsend you (push )?notifications\b|\b(enable|turn on|allow) push notifications\b"
    r"|\b(get|receive|want) (the|our|more)\b.{0,50}\bnews ?letters?\b"
    r"|\b(free|daily|weekly|morning|evening) (e-?mail|news ?letter)s?\b.{0,100}"
    r"\b(with|from|for|of)\b"
    r"|\benter your e-?mail\b|\byour e-?mail address\b.{0,40}\b(subscribe|sign up|agree)\b"
    r"|\bnever miss (a|an|another) (story|post|thing|beat|update|article)\b"
    r"|\bnews meet your inbox\b|\bpersonali[sz]ed e-?mail\b"
    r"|\bunsubscribe at any time\b|\bwe will never (sell|share) your (information|data|e-?mail)\b",
    re.IGNORECASE,
)
# A short line that speaks to the reader about the newsletter, in any language that borrowed the
# word ("Vous êtes inscrit à la newsletter !", "Abonnieren Sie unseren Newsletter.").
NEWSLETTER_NOTE_WORDS = 12

NEWSLETTER_CALL = re.compile(whole_phrases(NEWSLETTER_CALL_PHRASES), re.IGNORECASE)
NEWSLETTER_CALL_HINTS = hints_of(NEWSLETTER_CALL_PHRASES)
# The hints as one scan each: a line is read once, not once a hint.
NEWSLETTER_HINT = re.compile(literal_pattern(NEWSLETTER_HINTS))
NEWSLETTER_CALL_HINT = re.compile(literal_pattern(NEWSLETTER_CALL_HINTS))
# Paywall and registration prompts that interrupt or end an article (line openings).
PAYWALL_PROMPT = Vocabulary(
    phrases("subscribe", "subscribe now", "sign in to read", "subscriber only", "subscribers only"),
    prefixes=(
        "to read the full story",
        "to continue reading",
        "already a subscriber",
        "already a member",
        "already have an account",
        "are you a subscriber",
        "create your free account",
        "create a free account",
        "start your free trial",
        "subscribe to continue",
        "subscribe for unlimited",
        "subscribe for full access",
        "this article is only available to",
        "this content is for",
        "this content is only available to",
        "this story is available exclusively to",
        "become a subscriber",
        "become a member",
        "join as a member",
        "read more with a subscription",
        "you have reached your",
        "you've reached your",
        "sign in to continue",
        "log in to continue",
        "sign in to view",
        "subscribe to read",
        "subscribe now to",
        "unlock this article",
        "get unlimited access",
        "gain unlimited access",
        "sign in to view more content",
        "create your free account or",
        "by clicking continue",
        "subscribe today for",
        "try 1 month for",
        "start your subscription",
        "to view the full story",
        "to view the full article",
        "to read the full article",
        "instant access to the full article",
        "immediate online access to",
        "if you're seeing this message",
        "if you’re seeing this message",
    ),
    max_words=30,
    languages=by_language(subscribing.PAYWALL, account.SAVE_PROMPTS, account.GUEST_PROMPTS),
)

# Calls to action of commercial sites and blogs: buttons flattened into lines of their own.
CALL_TO_ACTION = Vocabulary(
    phrases(
        "get started{, for free, free, today, now}",
        "start {free,for free,now,today,building,here}",
        "start {your ,a ,}free trial",
        "{try,try it,try us} {free,for free,now}",
        "{free,start your} {trial,30-day trial,14-day trial}",
        "talk to {our experts,an expert,sales,us}",
        "{request,book,schedule,get,take} a {demo,quote,free quote,call,callback,consultation,"
        "free consultation,meeting,tour,free trial}",
        "book {a demo,now,online,with us}",
        "{contact,call} {us,sales,our team,our experts} {today,now,}",
        "get in touch{, with us}",
        "{learn,find out,discover,read,see,explore} more",
        "learn more about us",
        "{apply,buy,shop,order,book,join,download,register,enroll,donate,subscribe} {now,today}",
        "{view,see,check} {price,prices,deal,deals,offer,on amazon,at amazon,availability}",
        "{get,grab} {the,this} deal",
        "buy {on amazon,from amazon,the book}",
        "read {the,our} {full ,}review",
        "read review",
        "see {all,full} {reviews,results}",
        "back to {blog,the blog,articles,all articles,news,all posts,posts,list,results,search}",
        "article continues below",
        "{jump,skip} to {the list,recipe,the recipe,product}",
        "print recipe",
        "fact checked",
        "medically reviewed",
        "cite this {webpage,page,article}",
        "why {,you can }trust us{,?}",
        "how we {test,tested,review,reviewed,rate}{, products}",
        "{sponsor,sponsored} message",
        "in partnership with",
        "{click,tap} here",
        "see details",
        "compare {plans,prices,quotes}",
        "get {a,your} {free ,}{quote,estimate,consultation}",
        "{sign up,join} {for free,free,now,today}",
        "create {your ,a ,}free account",
        "discuss your project",
        "let's talk",
        "let’s talk",
        "chat with us",
        "chat now",
        "{view,see,browse} all {posts,articles,products,categories}",
        "watch now",
        "listen now",
        "play video",
        "want more?",
        "you have updates!",
        "watch video",
        "play",
        "pause",
        "mute",
        "unmute",
        "fullscreen",
    ),
    max_words=8,
    languages=by_language(chrome.CALL_TO_ACTION, chrome.SURVEY_PROMPTS),
)

# Affiliate and sponsorship disclosures.
AFFILIATE_HINTS = (
    "commission",
    "affiliate",
    "qualifying purchase",
    "reader-supported",
    "independently",
    "sponsored by",
    "compensat",
    "advertising api",
)
AFFILIATE_DISCLOSURE = re.compile(
    r"\b(we|this site|our site|[\w.]+ is)\b.{0,40}\b(may )?(earn|receive|get|make)s? (an? )?"
    r"(small |affiliate )?(commission|compensation|money)\b"
    r"|\bas an amazon associate\b|\bearn from qualifying purchases\b"
    r"|\b(contains|uses|may contain|includes|use) (some )?affiliate links\b"
    r"|\b(is )?(reader-supported|supported by (commissions|our readers))\b"
    r"|\b(chosen|selected|reviewed) independently by our editors\b"
    r"|\bproduct advertising api\b",
    re.IGNORECASE,
)


def is_newsletter_promo(line: Line) -> bool:
    """Match a newsletter or e-mail sign-up call to action ("Sign up for our newsletter")."""
    if NEWSLETTER_LINES.matches(line.bare, line.words):
        return True
    if line.words > 60 or NEWSLETTER_HINT.search(line.lower) is None:
        return False
    text = line.text[:MAX_RULE_CHARS]
    if REPORTED.search(text) is not None:
        return False
    if NEWSLETTER_PROMO.search(text) is not None:
        return True
    if NEWSLETTER_CALL_HINT.search(line.lower) and NEWSLETTER_CALL.search(text) is not None:
        return True
    # "Love X Newsletter? Tell your friends" asks to share it: a share appeal's.
    return (
        line.words <= NEWSLETTER_NOTE_WORDS
        and "newsletter" in line.lower
        and YOU.search(text) is not None
        and not is_share_appeal(line)
    )


def is_affiliate_disclosure(line: Line) -> bool:
    """Match an affiliate disclosure ("We may earn commission from links on this page")."""
    return (
        line.words <= 60
        and mentions(line.lower, AFFILIATE_HINTS)
        and AFFILIATE_DISCLOSURE.search(line.text[:MAX_RULE_CHARS]) is not None
    )


# A promo is often a block: a brand line and a tagline around the sign-up line ("The Week" /
# "Escape your echo chamber. Get the facts..." / "Sign up for ..."). Lines next to a promo that
# are short and unpunctuated, or short and addressed to the reader, belong to it.
PROMO_RULES = frozenset(
    (names.NEWSLETTER_PROMO, names.PAYWALL_PROMPT, names.APP_BADGE, names.DONATION_APPEAL)
)
PROMO_REACH = 2
PROMO_COPY_WORDS = 25
PROMO_COPY_CHARS = 160


def is_promo_copy(line: Line) -> bool:
    """Tell whether a line next to a promo reads as part of it (a brand name, a tagline)."""
    if line.words > PROMO_COPY_WORDS or REPORTED.search(line.text):
        return False
    return is_link_like(line) or (
        line.chars <= PROMO_COPY_CHARS and YOU.search(line.text) is not None
    )


def mark_promo_blocks(lines: Sequence[Line], decided: Sequence[str | None]) -> dict[int, str]:
    """Mark the brand and tagline lines around each promo line as part of the promo."""
    marks: dict[int, str] = {}
    for position, rule in enumerate(decided):
        if rule not in PROMO_RULES:
            continue
        for step in (-1, 1):
            taken, neighbour = 0, position + step
            while 0 <= neighbour < len(lines) and taken < PROMO_REACH:
                if decided[neighbour] in PROMO_RULES:
                    neighbour += step
                    continue
                if decided[neighbour] is not None or not is_promo_copy(lines[neighbour]):
                    break
                marks[neighbour] = rule
                taken += 1
                neighbour += step
    return marks
