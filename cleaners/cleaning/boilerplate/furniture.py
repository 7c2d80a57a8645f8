"""Page furniture: the site's own chrome around an article (menus, legal links, cookie notices,
copyright lines, contact details, breadcrumbs, player timestamps, "Advertisement" slots,
reading-time badges).

Vocabularies match whole lines only, so "home" or "advertisement" inside a sentence is safe.
"""

from __future__ import annotations

import re

from cleaners.cleaning.boilerplate.lines import Line
from cleaners.cleaning.boilerplate.vocab import (
    MAX_RULE_CHARS,
    Vocabulary,
    by_language,
    mentions,
    phrases,
)
from cleaners.cleaning.boilerplate.wording import chrome
from cleaners.cleaning.boilerplate.wording.phrasing import phrases_of, whole_phrases

# Site navigation, account and language links: the words menus are made of.
NAVIGATION = Vocabulary(
    phrases(
        "home",
        "home page",
        "homepage",
        "menu",
        "{main ,site ,mobile ,}{menu,navigation}",
        "{open,close,toggle,show,hide} {menu,navigation,search,sidebar,submenu}",
        "search",
        "search for",
        "search this site",
        "search the site",
        "search site",
        "search…",
        "{sign,log} {in,out,up}",
        "{sign,log}{in,out,up}",
        "{sign,log} in / {sign,log} up",
        "{sign in,log in} or {sign up,register,subscribe}",
        "subscribesign in",
        "sign insubscribe",
        "register",
        "my account",
        "account",
        "profile",
        "logout",
        "logon",
        "my profile",
        "create {,an ,a free ,free }account",
        "welcome back",
        "forgot password",
        "email or phone",
        "password",
        "show password",
        "remember me",
        "skip to {main ,primary ,}{content,navigation,site index,search,footer,main}",
        "skip to contentskip to site index",
        "skip navigation",
        "jump to {main ,}{content,navigation}",
        "back to top",
        "return to top",
        "go to top",
        "top of page",
        "to top",
        "scroll to top",
        "back to top «",
        "go to home page",
        "{about,contact}{, us, me}",
        "about uscontact us",
        "our {team,staff,story,mission,company}",
        "who we are",
        "what we do",
        "team",
        "staff",
        "careers",
        "jobs",
        "masthead",
        "newsroom",
        "press",
        "press room",
        "advertise",
        "advertise with us",
        "work with us",
        "join our team",
        "help",
        "help center",
        "faq",
        "faqs",
        "support",
        "feedback",
        "site map",
        "sitemap",
        "site index",
        "sections",
        "all sections",
        "{view,see,show} {all,more,less}",
        "more",
        "less",
        "load more",
        "show more",
        "read more",
        "continue reading",
        "next",
        "previous",
        "prev",
        "{next,previous} {post,article,story,page}",
        "{older,newer} {post,posts,entries}",
        "close",
        "x",
        "✕",
        "×",
        "cancel",
        "ok",
        "submit",
        "go",
        "loading",
        "please wait",
        "e-edition",
        "eedition",
        "today's paper",
        "today’s paper",
        "print edition",
        "digital edition",
        "subscriptions",
        "subscription",
        "subscribe now",
        "inicio",
        "início",
        "startseite",
        "accueil",
        "contacto",
        "contato",
        "kontakt",
        "impressum",
        "datenschutz",
        "mentions légales",
        "aviso legal",
        "español",
        "english",
        "français",
        "deutsch",
        "italiano",
        "português",
        "中文",
        "日本語",
        "한국어",
        "english edition",
        "rss",
        "rss feed",
        "rss feeds",
        "newsletters",
        "podcasts",
        "{all ,}topics",
        "categories",
        "archives",
        "archive",
        "tags",
        "explore",
        "discover",
        "listen",
        "watch",
        "watch live",
        "live tv",
        "live",
        "video",
        "videos",
        "photos",
        "toggle",
        "dismiss",
        "expand",
        "collapse",
    ),
    max_words=6,
    languages=by_language(chrome.NAVIGATION),
)

# Legal and policy links of a site footer.
LEGAL_LINKS = Vocabulary(
    phrases(
        "privacy",
        "privacy {policy,notice,statement,center,settings,preferences}",
        "cookie {policy,settings,preferences,statement,notice}",
        "cookies {policy,settings}",
        "cookies",
        "manage {cookies,consent,preferences}",
        "privacy overview",
        "terms",
        "terms of {use,service,sale}",
        "terms {and,&} conditions",
        "terms of use {and,&} privacy",
        "terms of use {and,&} privacy policy",
        "t&c",
        "t&cs",
        "legal",
        "legal notice",
        "legal information",
        "disclaimer",
        "accessibility",
        "accessibility statement",
        "ad choices",
        "adchoices",
        "your ad choices",
        "interest-based ads",
        "interest based ads",
        "do not sell my {info,information,personal information}",
        "do not sell or share my personal information",
        "your privacy choices",
        "{your ,}california privacy rights",
        "{your ,}privacy rights",
        "community guidelines",
        "editorial {standards,guidelines,policy}",
        "code of {ethics,conduct}",
        "corrections",
        "copyright policy",
        "data policy",
        "subscriber agreement",
        "subscriber agreement {&,and} terms of use",
        "gdpr commitment",
        "ethics policy",
        "modern slavery statement",
        "imprint",
        "privacy & cookies",
        "privacy and cookies",
        "política de privacidad",
        "política de privacidade",
        "termos de uso",
    ),
    max_words=10,
    languages=by_language(chrome.LEGAL),
)

# Advertisement slots and their labels.
ADVERTISEMENT = Vocabulary(
    phrases(
        "advertisement",
        "advertising",
        "advert",
        "ad",
        "ads",
        "sponsored",
        "sponsored content",
        "promoted",
        "promoted content",
        "advertisement - {continue reading,scroll to continue,story continues} below",
        "advertisement continue reading below",
        "continue reading {the main story,below}",
        "story continues below{, advertisement}",
        "anzeige",
        "werbung",
        "publicidad",
        "publicidade",
        "publicité",
        "pubblicità",
        "reklama",
        "iklan",
        "реклама",
        "paid post",
        "paid content",
        "{paid ,}partner content",
        "ad feedback",
        "report this ad",
        "ads by google",
        "supported by",
        "presented by",
    ),
    languages=by_language(chrome.ADVERTISEMENT),
)

# Reading-time and view-count badges (numbers are read as 0).
READING_TIME = Vocabulary(
    phrases(
        "{estimated ,}{reading time,read time}{:,} 0 {min,mins,minute,minutes}",
        "{estimated ,}{reading time,read time}{:,} less than a minute",
        "0 {min,mins,minute,minutes}{, read}",
        "0 {min,mins,minute,minutes} de leitura",
        "{tempo de leitura,lesezeit,temps de lecture,tiempo de lectura}{:,} 0 "
        "{minuto,minutos,minuten,min}",
        "0{,k,m} {views,reads,shares,letture,visualizações,aufrufe,lectures,comments}",
        "0{,k,m} {views,reads,shares,letture,visualizações,aufrufe,lectures}",
    ),
    languages=by_language(chrome.READING_TIME),
)

# Cookie and consent banners, whatever their length: phrased as a notice to the visitor.
COOKIE_PHRASES = phrases_of(chrome.COOKIE_NOTICES)
COOKIE_HINTS = (
    "cookie",
    "by continuing",
    "by using this",
    "by using our",
    *(phrase for phrase in COOKIE_PHRASES if "cookie" not in phrase),
)
COOKIE_NOTICE = re.compile(
    r"\b(we|this (web)?site|our (web)?site|this page) (uses?|is using) cookies\b"
    r"|\buse of cookies\b|\b(accept|allow|reject|decline) (all )?cookies\b"
    r"|\bnecessary cookies\b|\bcookies? (settings|preferences)\b"
    r"|\b(utilizziamo|usamos|utilizamos|nous utilisons|wir verwenden) (i |os |des |los )?cookies?\b"
    r"|\bby (continuing to (browse|use)|using) (this|our) (web)?site\b|"
    + whole_phrases(COOKIE_PHRASES),
    re.IGNORECASE,
)

# Copyright lines: a symbol or the word, or the "all rights reserved" formula in each language.
RESERVED_PHRASES = phrases_of(chrome.RIGHTS_RESERVED)
COPYRIGHT_HINTS = ("©", "copyright", "(c)", "&copy;", *RESERVED_PHRASES)
COPYRIGHT = re.compile(
    r"^(©|\(c\)|copyright\b|&copy;)|©\s?\d{4}|\bcopyright\s?©|" + whole_phrases(RESERVED_PHRASES),
    re.IGNORECASE,
)

# Site-wide legal notices printed under every article: trademark notices, health and investment
# disclaimers, "for informational purposes only", reproduction bans.
LEGAL_NOTICE_HINTS = (
    "trademark",
    "not intended to diagnose",
    "food and drug administration",
    "informational purposes",
    "information purposes",
    "does not constitute",
    "not be published, broadcast",
    "without the written",
    "without written permission",
    "without permission",
    "may not be reproduced",
    "fair dealing",
    "not a substitute for",
    "results vary",
    "results may vary",
    "registered in england",
    "company no",
    "company number",
    "company registration",
    "vat no",
    "vat number",
)
LEGAL_NOTICE = re.compile(
    r"\b(are|is a|are the) (registered )?trademarks? of\b|\bregistered trademarks?\b"
    r"|\bnot (been )?(intended|evaluated)\b.{0,80}\b(diagnose|treat|cure|prevent|food and drug)"
    r"|\bfor (general )?(informational|information|educational) purposes only\b"
    r"|\bdoes not constitute (medical|legal|financial|investment|professional) advice\b"
    r"|\bmay not be (published|reproduced|broadcast|rewritten|redistributed)"
    r"|\bwithout (the )?(prior )?written permission\b|\bapart from any fair dealing\b"
    r"|\bnot (a|intended as a) substitute for (professional )?(medical|legal) advice\b"
    r"|\bindividual results (may )?vary\b|\bregistered in england( and wales)?\b"
    r"|\b(company|vat) (registration )?(no|number)\b\.?\s*:?\s*[A-Z]{0,2}\s?\d",
    re.IGNORECASE,
)

# Video and audio player read-outs: "00:00", "0:00 / 3:41", "Duration 2:31".
PLAYER_TIMESTAMP = re.compile(
    r"(?:(?:duration|current time|time|elapsed|remaining)\s*:?\s*)?"
    r"-?\d{1,2}:\d{2}(?::\d{2})?(?:\s*/\s*\d{1,2}:\d{2}(?::\d{2})?)?",
    re.IGNORECASE,
)

# Contact blocks of a site's footer or sidebar: labelled e-mail addresses and phone numbers and
# nothing else ("Email: info@osso.nl", "Phone: 713-862-4570 • Fax: 713-862-4606"). A label
# followed by anything else ("Fax: Fax the form to ...") is an instruction in the article.
CONTACT_HINTS = ("mail", "phone", "tel", "fax", "call", "contact", "mobile")
CONTACT_VALUE = r"(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\+?\(?\d[\d ().-]{5,18}\d)"
CONTACT_FIELD = (
    r"(?:e-?mail|phone|phone number|tel|telephone|fax|call|call us|mobile|contact|contact us)"
    r"\s*:\s*" + CONTACT_VALUE
)
CONTACT_DETAILS = re.compile(
    CONTACT_FIELD + r"(?:\s*[•|·;,/]?\s*" + CONTACT_FIELD + r")*\.?", re.IGNORECASE
)

# Breadcrumb trails: two to seven short segments joined by chevrons or spaced slashes, or a
# section and its subsection joined by a pipe ("News | World News"; longer pipe rows are tables).
# (?<!\s): a separator's spaces are matched from the start of their run only, so a long run of
# spaces is scanned once, not once from each of its positions (linear on adversarial lines).
BREADCRUMB_SEPARATOR = re.compile(r"(?<!\s)\s*(?:›|»|>|→|::)\s*|(?<!\s)\s+/\s+")
PIPE_SEPARATOR = re.compile(r"(?<!\s)\s*\|\s*")
CRUMB_PUNCTUATION = frozenset(".,;:!?")
CRUMB_HINTS = ("›", "»", ">", "→", "::", " / ", "|")


def is_cookie_notice(line: Line) -> bool:
    """Match a cookie or consent banner line ("This website uses cookies to improve...")."""
    return (
        mentions(line.lower, COOKIE_HINTS)
        and line.chars <= MAX_RULE_CHARS
        and COOKIE_NOTICE.search(line.text) is not None
    )


def is_copyright_footer(line: Line) -> bool:
    """Match a copyright line ("© 2019 Vox Media, LLC. All Rights Reserved")."""
    return (
        line.words <= 40
        and mentions(line.lower, COPYRIGHT_HINTS)
        and COPYRIGHT.search(line.text[:MAX_RULE_CHARS]) is not None
    )


def is_legal_notice(line: Line) -> bool:
    """Match a site-wide legal notice ("... are registered trademarks of Apple Inc.")."""
    return (
        line.words <= 120
        and mentions(line.lower, LEGAL_NOTICE_HINTS)
        and LEGAL_NOTICE.search(line.text[: MAX_RULE_CHARS * 2]) is not None
    )


def is_contact_details(line: Line) -> bool:
    """Match a line of labelled contact details only ("Email: keenschoolofmusic@gmail.com")."""
    return (
        line.words <= 16
        and ":" in line.text
        and mentions(line.lower, CONTACT_HINTS)
        and CONTACT_DETAILS.fullmatch(line.text) is not None
    )


def is_player_timestamp(line: Line) -> bool:
    """Match a media player's time read-out ("00:00", "1:02 / 3:45")."""
    return (
        ":" in line.text and line.chars <= 40 and PLAYER_TIMESTAMP.fullmatch(line.text) is not None
    )


def is_breadcrumb(line: Line) -> bool:
    """Match a breadcrumb trail ("Home › News › World", "News | World News")."""
    if line.words > 16 or line.sentence or not mentions(line.text, CRUMB_HINTS):
        return False
    segments = [s for s in BREADCRUMB_SEPARATOR.split(line.text) if s]
    if len(segments) < 2:
        segments = [s for s in PIPE_SEPARATOR.split(line.text) if s]
        if len(segments) != 2:
            return False
    return len(segments) <= 7 and all(_is_crumb(segment) for segment in segments)


def _is_crumb(segment: str) -> bool:
    return (
        "http" not in segment
        and 0 < len(segment.split()) <= 5
        and segment[:1].isupper()
        and not any(ch.isdigit() or ch in CRUMB_PUNCTUATION for ch in segment)
    )
