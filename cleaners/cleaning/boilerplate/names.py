"""The name of every boilerplate rule: what a manifest's `removed[].rule` holds.

Each name is written once, here; rules, the registry, the catalogue and the tests refer to the
constants. Users filter manifests on these strings, so a name changes only with the catalogue.
"""

from __future__ import annotations

# Whole-line vocabularies.
ADVERTISEMENT = "advertisement"
NEWSLETTER_PROMO = "newsletter_promo"
PAYWALL_PROMPT = "paywall_prompt"
SHARE_PROMPT = "share_prompt"
CALL_TO_ACTION = "call_to_action"
COMMENTS = "comments"
COMMENT_FORM = "comment_form"
RELATED_LINKS = "related_links"
READING_TIME = "reading_time"
LEGAL_LINKS = "legal_links"
NAVIGATION = "navigation"
MEDIA_PLAYER = "media_player"

# Shape rules: a line recognised by its wording and form.
PLAYER_TIMESTAMP = "player_timestamp"
COOKIE_NOTICE = "cookie_notice"
COPYRIGHT_FOOTER = "copyright_footer"
LEGAL_NOTICE = "legal_notice"
DONATION_APPEAL = "donation_appeal"
AFFILIATE_DISCLOSURE = "affiliate_disclosure"
APP_BADGE = "app_badge"
SOCIAL_LINKS = "social_links"
SOCIAL_FOLLOW = "social_follow"
SHARE_APPEAL = "share_appeal"
SIGNUP_OFFER = "signup_offer"
CONTACT_DETAILS = "contact_details"
BYLINE = "byline"
STAFF_CREDIT = "staff_credit"
DATE_LINE = "date_line"
PHOTO_CREDIT = "photo_credit"
PHOTO_CAPTION = "photo_caption"
READ_MORE_LINK = "read_more_link"
TAG_LIST = "tag_list"
LINK_LIST = "link_list"
BREADCRUMB = "breadcrumb"
EMBED_CODE = "embed_code"

# Block and context rules: lines judged with their neighbours, their position or the site.
RECURRING_SITE_LINE = "recurring_site_line"
AUTHOR_BIO = "author_bio"
PAGE_HEADER = "page_header"
PAGE_FOOTER = "page_footer"
REPEATED_TITLE = "repeated_title"
