"""The rule registry: every boilerplate rule declared once, in the order it is tried.

A line rule is its name (`names`), what it matches (a whole-line `Vocabulary`, or a predicate
over a measured line with the word counts it can match) and the cheap `Hints` a line must show
before its predicate can say yes (the types are in `declarations`). `prefilter` builds the
per-line prefilter from these hints and `catalogue` the rule list of docs/rules.md; nothing
else lists the rules. Block rules decide with
neighbours and position; they are declared here too, so the catalogue names every removal.
"""

from __future__ import annotations

from cleaners.cleaning.boilerplate import (
    appeals,
    authors,
    comments,
    consent,
    credits,
    donations,
    furniture,
    links,
    names,
    notices,
    pagers,
    pictures,
    promos,
    social,
    staff,
    tagrows,
    widgets,
)
from cleaners.cleaning.boilerplate.declarations import MAX_WORDS, BlockRule, Hints, LineRule

# Whole-line vocabularies, in precedence order: the first that holds a line names its removal.
VOCABULARY_RULES: tuple[LineRule, ...] = (
    LineRule(
        names.ADVERTISEMENT,
        vocabulary=furniture.ADVERTISEMENT,
        summary='Advertisement slots and their labels ("Advertisement", "Anzeige", "Sponsored").',
    ),
    LineRule(
        names.NEWSLETTER_PROMO,
        vocabulary=promos.NEWSLETTER_LINES,
        summary='Newsletter sign-up lines ("Sign up for our newsletter", "Enter your email").',
    ),
    LineRule(
        names.PAYWALL_PROMPT,
        vocabulary=promos.PAYWALL_PROMPT,
        summary='Paywall and registration prompts ("Already a subscriber?", "Subscribe to continue").',
    ),
    LineRule(
        names.MEDIA_PLAYER,
        vocabulary=social.MEDIA_CONTROLS,
        summary='Audio, video and picture-viewer controls ("Reproducir", "Bild vergrößern").',
    ),
    LineRule(
        names.SHARE_PROMPT,
        vocabulary=social.SHARE_PROMPT,
        summary='Share and follow buttons ("Share this article", "Tweet", "Copy link").',
    ),
    LineRule(
        names.APP_BADGE,
        vocabulary=social.APP_LINES,
        summary='App-store badges and download prompts ("Descarga la app", "下载客户端").',
    ),
    LineRule(
        names.DONATION_APPEAL,
        vocabulary=donations.DONATION_LINES,
        summary='Donation and membership buttons and headings ("Te necesitamos", "Jetzt spenden").',
    ),
    LineRule(
        names.COOKIE_NOTICE,
        vocabulary=consent.EMBED_LINES,
        summary='Placeholders of blocked embeds ("Externer Inhalt", "Twitter freischalten").',
    ),
    LineRule(
        names.CALL_TO_ACTION,
        vocabulary=promos.CALL_TO_ACTION,
        summary='Buttons of commercial sites and blogs ("Get started", "Learn more", "Print recipe").',
    ),
    LineRule(
        names.COMMENTS,
        vocabulary=comments.COMMENTS_HEADINGS,
        summary='Headings that open a comment thread ("12 Comments", "Leave a reply").',
    ),
    LineRule(
        names.COMMENT_FORM,
        vocabulary=comments.COMMENT_FORM,
        summary='Comment-form labels and per-comment chrome ("Name *", "Reply").',
    ),
    LineRule(
        names.RELATED_LINKS,
        vocabulary=links.RELATED_HEADINGS,
        summary='Headings of related, popular and recommended link boxes ("Related stories").',
    ),
    LineRule(
        names.READING_TIME,
        vocabulary=furniture.READING_TIME,
        summary='Reading-time and view-count badges ("5 min read", "1.2k views").',
    ),
    LineRule(
        names.LEGAL_LINKS,
        vocabulary=furniture.LEGAL_LINKS,
        summary='Legal and policy links of a footer ("Privacy Policy", "Terms of Use").',
    ),
    LineRule(
        names.NAVIGATION,
        vocabulary=furniture.NAVIGATION,
        summary='Menu, account and language links ("Home", "Sign in", "Back to top").',
    ),
)

# Shape rules, tried in order on the lines no vocabulary holds. (The newsletter rule's own whole
# lines are the vocabulary's, found first: its hints need not admit them.)
SHAPE_RULES: tuple[LineRule, ...] = (
    LineRule(
        names.EMBED_CODE,
        matches=widgets.is_embed_code,
        hints=Hints(starts=("<",)),
    ),
    LineRule(
        names.NAVIGATION,
        matches=widgets.is_language_switch,
        words=(1, 2 * widgets.LANGUAGE_SWITCH_CODES),
        hints=Hints(test=widgets.is_short_capitals),
    ),
    LineRule(
        names.PLAYER_TIMESTAMP,
        matches=widgets.is_player_timestamp,
        words=(1, 8),
        hints=Hints(contains=(":",)),
    ),
    LineRule(
        names.COOKIE_NOTICE,
        matches=consent.is_cookie_notice,
        words=(3, 200),
        hints=Hints(contains=(*consent.COOKIE_HINTS, *consent.PRIVACY_STEMS)),
    ),
    LineRule(
        names.COPYRIGHT_FOOTER,
        matches=notices.is_copyright_footer,
        words=(1, 40),
        hints=Hints(contains=notices.COPYRIGHT_HINTS, starts=notices.POWERED_OPENINGS),
    ),
    LineRule(
        names.LEGAL_NOTICE,
        matches=notices.is_legal_notice,
        words=(3, 120),
        hints=Hints(contains=notices.LEGAL_NOTICE_HINTS),
    ),
    LineRule(
        names.NEWSLETTER_PROMO,
        matches=promos.is_newsletter_promo,
        words=(1, 60),
        hints=Hints(contains=promos.NEWSLETTER_HINTS),
    ),
    LineRule(
        names.DONATION_APPEAL,
        matches=donations.is_donation_appeal,
        words=(1, 30),
        hints=Hints(contains=donations.DONATION_HINTS),
    ),
    LineRule(
        names.AFFILIATE_DISCLOSURE,
        matches=promos.is_affiliate_disclosure,
        words=(5, 60),
        hints=Hints(contains=promos.AFFILIATE_HINTS),
    ),
    LineRule(
        names.APP_BADGE,
        matches=social.is_app_badge,
        words=(1, 14),
        hints=Hints(contains=social.APP_HINTS),
    ),
    LineRule(
        names.SOCIAL_LINKS,
        matches=social.is_social_links,
        words=(1, 16),
        hints=Hints(test=social.starts_with_social_word),
    ),
    LineRule(
        names.SOCIAL_FOLLOW,
        matches=appeals.is_social_follow,
        words=(1, appeals.CHANNEL_MAX_WORDS),
        hints=Hints(starts=appeals.FOLLOW_OPENINGS, contains=appeals.CHANNEL_HINTS),
    ),
    LineRule(
        names.SHARE_APPEAL,
        matches=appeals.is_share_appeal,
        words=(1, 40),
        hints=Hints(contains=appeals.SHARE_APPEAL_HINTS),
    ),
    LineRule(
        names.SIGNUP_OFFER,
        matches=appeals.is_signup_offer,
        words=(1, 60),
        hints=Hints(contains=appeals.OFFER_HINTS),
    ),
    LineRule(
        names.CONTACT_DETAILS,
        matches=widgets.is_contact_details,
        words=(2, 16),
        hints=Hints(contains=(":",)),
    ),
    LineRule(
        names.BYLINE,
        matches=credits.is_byline,
        words=(1, credits.CHAIN_WORDS),
        hints=Hints(
            starts=(
                *credits.BYLINE_OPENERS,
                *credits.BEHALF_OPENERS,
                *sorted(credits.AUTHOR_LABEL_LINES),
            ),
            digit=True,
            test=credits.is_agency,
        ),
    ),
    LineRule(
        names.STAFF_CREDIT,
        matches=staff.is_staff_credit,
        words=(1, staff.MAX_WORDS),
        hints=Hints(starts=staff.STAFF_OPENINGS, contains=staff.TITLES_AFTER),
    ),
    LineRule(names.DATE_LINE, matches=credits.is_date_line, words=(1, 16), hints=Hints(digit=True)),
    LineRule(
        names.PHOTO_CREDIT,
        matches=pictures.is_photo_credit,
        words=(1, 60),
        hints=Hints(
            contains=pictures.CREDIT_HINTS, starts=pictures.CREDIT_OPENINGS, test=credits.is_agency
        ),
    ),
    LineRule(
        names.PHOTO_CAPTION,
        matches=pictures.is_photo_caption,
        words=(6, 70),
        hints=Hints(contains=pictures.CAPTION_HINTS, test=pictures.ends_on_a_year),
    ),
    LineRule(
        names.COMMENT_FORM,
        matches=comments.is_comment_form,
        words=(1, comments.POLICY_WORDS),
        hints=Hints(contains=(":", *comments.POLICY_HINTS), test=comments.is_form_label),
    ),
    LineRule(
        names.READ_MORE_LINK,
        matches=links.is_related_link,
        words=(2, 30),
        hints=Hints(starts=links.INLINE_OPENINGS),
    ),
    LineRule(
        names.TAG_LIST,
        matches=links.is_tag_line,
        words=(1, links.POST_FILING_WORDS),
        hints=Hints(
            starts=links.TAG_PHRASES, contains=links.POST_FILING_HINTS, test=links.is_tag_heading
        ),
    ),
    LineRule(names.LINK_LIST, matches=links.is_link_list, words=(1, 150)),
    LineRule(
        names.BREADCRUMB,
        matches=widgets.is_breadcrumb,
        words=(2, 16),
        hints=Hints(contains=widgets.CRUMB_HINTS),
    ),
)

# Block rules, in order: those that extend another rule's removals, then those that find their
# blocks on their own. The body-and-page rule (`context`) and the title rule run after them.
BLOCK_RULES: tuple[BlockRule, ...] = (
    BlockRule(names.NEWSLETTER_PROMO, promos.mark_promo_blocks, anchored=True),
    BlockRule(names.COOKIE_NOTICE, consent.mark_consent_dialogs, anchored=True),
    BlockRule(names.COMMENTS, comments.mark_comment_thread, anchored=True),
    BlockRule(names.RELATED_LINKS, links.mark_related_sections, anchored=True),
    BlockRule(names.TAG_LIST, tagrows.mark_tag_rows, anchored=True),
    BlockRule(names.LINK_LIST, links.mark_bulleted_teasers),
    BlockRule(names.READ_MORE_LINK, pagers.mark_pager_links),
    BlockRule(names.AUTHOR_BIO, authors.mark_author_bios),
    BlockRule(names.BYLINE, authors.mark_credited_names, anchored=True),
)
# Rules that need the whole document or the whole site: (name, what it removes).
CONTEXT_RULES = (
    (
        names.RECURRING_SITE_LINE,
        (
            "A line that recurs in many of the same site's documents in a run "
            "(learned per run by cleaners.cleaning.recurring), unless it would take most of the prose."
        ),
    ),
    (
        names.PAGE_HEADER,
        (
            "A line above the article body (the stretch of lines with the most "
            "coherent prose), except the headline and standfirst."
        ),
    ),
    (names.PAGE_FOOTER, "A line below the article body."),
    (names.REPEATED_TITLE, "Every copy of the title but one (the copy followed by prose)."),
)

__all__ = [
    "BLOCK_RULES",
    "CONTEXT_RULES",
    "MAX_WORDS",
    "SHAPE_RULES",
    "VOCABULARY_RULES",
    "BlockRule",
    "Hints",
    "LineRule",
]
