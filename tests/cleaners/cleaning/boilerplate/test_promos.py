import pytest

from cleaners.cleaning.boilerplate import strip_boilerplate

from .helpers import ARTICLE, CLEAN_TEXT, removals, rule_of, with_lines


@pytest.mark.parametrize(
    "line, rule",
    [
        ("Sign up for The Week's Free Newsletters", "newsletter_promo"),
        (
            (
                "From our morning news briefing to a weekly Good News Newsletter, get the best of "
                "The Week "
                "delivered directly to your inbox."
            ),
            "newsletter_promo",
        ),
        (
            (
                "A free daily email with the biggest news stories of the day – and the best "
                "features from "
                "TheWeek.com"
            ),
            "newsletter_promo",
        ),
        (
            (
                "Never miss a story: Follow your favorite topics and authors to get a "
                "personalized email "
                "with the journalism that matters most to you."
            ),
            "newsletter_promo",
        ),
        ("Get our daily Entertainment newsletter", "newsletter_promo"),
        ("Subscribe to our newsletter", "newsletter_promo"),
        ("To Read the Full Story", "paywall_prompt"),
        ("Already a subscriber? Sign in", "paywall_prompt"),
        ("Support UP or become our patron!", "donation_appeal"),
        ("Download App", "app_badge"),
        ("Play Store BadgeApp Store Badge", "app_badge"),
        ("Get it on Google Play", "app_badge"),
        ("Share this:", "share_prompt"),
        ("Click to share on Twitter (Opens in new window)", "share_prompt"),
        ("Facebook Twitter Pinterest Email", "social_links"),
        ("FacebookTwitterPinterestEmail", "social_links"),
        ("Request a Demo", "call_to_action"),
        ("Get started for free", "call_to_action"),
        (
            (
                "We may earn commission from links on this page, but we only recommend products "
                "we back."
            ),
            "affiliate_disclosure",
        ),
        ("As an Amazon Associate we earn from qualifying purchases.", "affiliate_disclosure"),
    ],
    ids=[
        "newsletter-signup",
        "newsletter-inbox",
        "daily-email",
        "never-miss",
        "get-our-newsletter",
        "subscribe",
        "paywall",
        "already-subscriber",
        "patron",
        "download-app",
        "store-badges",
        "google-play",
        "share-this",
        "click-to-share",
        "social-row",
        "social-glued",
        "demo",
        "get-started",
        "may-earn-commission",
        "amazon-associate",
    ],
)
def test_promo_line_is_removed_with_its_rule(line, rule):
    assert rule_of(line) == rule
    assert removals(with_lines(line)) == {line: rule}


@pytest.mark.parametrize(
    "sentence",
    [
        "The Week's newsletter now reaches two million readers, the company said.",
        "She signed up for a gardening newsletter and never looked back.",
        "Apple removed the game from the App Store in August.",
        "Share prices fell 3% on Monday after the announcement.",
        "Supporters of the bill say it would fund independent media outlets.",
        "Affiliate marketers earn a commission on each sale, the report found.",
        "Facebook and Twitter both declined to comment on the leak.",
        "Readers can download the app and track the storm in real time.",
    ],
    ids=[
        "newsletter",
        "signed-up",
        "app-store",
        "share-prices",
        "fund",
        "commission",
        "networks",
        "download",
    ],
)
def test_sentence_that_mentions_a_promo_keyword_stays(sentence):
    assert rule_of(sentence) is None
    assert removals(with_lines(sentence)) == {}


def test_promo_block_takes_its_brand_and_tagline_with_it():
    block = [
        "The Week",
        (
            "Escape your echo chamber. Get the facts behind the news, plus analysis from multiple "
            "perspectives."
        ),
        "Sign up for The Week's Free Newsletters",
    ]
    assert removals(with_lines(*block)) == dict.fromkeys(block, "newsletter_promo")


def test_clean_article_is_left_unchanged():
    stripped = strip_boilerplate(CLEAN_TEXT)
    assert stripped.text == CLEAN_TEXT
    assert stripped.removed == ()
    assert strip_boilerplate("\n".join(ARTICLE[1:])).removed == ()


def test_why_trust_us_heading_goes_with_or_without_its_question_mark():
    assert rule_of("Why Trust Us?") == "call_to_action"
    assert rule_of("Why trust us") == "call_to_action"
    # A review site's heading that names the site heads the article's own methodology section.
    assert rule_of("Why You Can Trust Car Talk") is None


def test_headline_about_an_app_store_is_not_a_badge():
    # A newsletter's section heading (digjitale.com); the badge shapes above still go.
    assert rule_of("ChatGPT Launches an App Store") is None
    assert rule_of("Download on the App Store") == "app_badge"
