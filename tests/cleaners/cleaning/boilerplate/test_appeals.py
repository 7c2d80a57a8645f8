"""Appeals to the reader: social follow prompts, share appeals, sign-up offers (real lines from
scraped pages and from trafilatura's output on them)."""

import pytest

from cleaners.cleaning.boilerplate import strip_boilerplate

from .helpers import ARTICLE, CLEAN_TEXT, removals, rule_of, with_lines


@pytest.mark.parametrize(
    "line, rule",
    [
        ("Join the Facebook group– https://www.facebook.com/TalkingHomeRenovations",
         "social_follow"),
        ("Join me on TikTok: @The House Maven", "social_follow"),
        ("Follow FDA on LinkedIn", "social_follow"),
        ("Follow on Instagram", "social_follow"),
        ("Join our Discord", "social_follow"),
        ("Subscribe to AppleInsider on YouTube", "social_follow"),
        (("Follow The New York Times Opinion section on Facebook, Twitter (@NYTopinion) and "
         "Instagram."), "social_follow"),
        ("Help me spread the word about this podcast!", "share_appeal"),
        ("Love Tech World With Milan Newsletter? Tell your friends and get rewards.",
         "share_appeal"),
        (("If you enjoyed this article, and were stimulated by its contents, we have a proposition "
         "for you: Join NRPLUS."), "share_appeal"),
        ("Like this story? Share it with a friend!", "share_appeal"),
        ("Found this article helpful?", "share_appeal"),
        ("Start building on Google Cloud with $300 in free credits and 20+ always free products.",
         "signup_offer"),
        (("Bonus: we’re gifting you $5K in ad credits when you spend your first $5K on Roku Ads "
         "Manager. Just sign up and use code GET5K. Terms apply."), "signup_offer"),
        ("Start your 30 day free trial. No credit card required.", "signup_offer"),
    ],
    ids=[
        "facebook-group", "tiktok-handle", "follow-agency", "follow-on", "discord",
        "youtube-channel", "nyt-opinion", "spread-the-word", "substack-referral",
        "enjoyed-this-article", "like-this-story", "found-helpful", "free-credits",
        "terms-apply", "no-credit-card",
    ],
)  # fmt: skip
def test_appeal_line_is_removed_with_its_rule(line, rule):
    assert rule_of(line) == rule
    assert removals(with_lines(line)) == {line: rule}


@pytest.mark.parametrize(
    "sentence",
    [
        "Like many brands on Instagram, they post three times a day to keep their followers.",
        "Like Facebook, Twitter has struggled to keep misinformation off its platform.",
        "Join the Facebook group that organised the protest, and you will find 40,000 members.",
        "Follow the money and you will find who benefits from the new rules.",
        "Word spread quickly through the village, and by noon the square was full.",
        "If you enjoyed the first season, the second one will not disappoint you either.",
        "The company raised $300 million in credits from its lenders last year.",
        "For renters who signed before June, the same terms apply.",
        "Cloud providers hand out free credits to start-ups, she said, to lock them in early.",
    ],
    ids=[
        "brands-on-instagram", "like-facebook", "facebook-group-reported", "follow-the-money",
        "word-spread", "enjoyed-season", "credits-raised", "same-terms-apply", "reported-credits",
    ],
)  # fmt: skip
def test_sentence_that_mentions_an_appeal_keyword_stays(sentence):
    assert rule_of(sentence) is None
    assert removals(with_lines(sentence)) == {}


def test_podcast_footer_of_appeals_goes_and_article_stays():
    footer = [
        "Help me spread the word about this podcast!",
        "Join the Facebook group– https://www.facebook.com/TalkingHomeRenovations",
        "Join me on TikTok: @The House Maven",
    ]
    stripped = strip_boilerplate("\n".join([*ARTICLE, *footer]), page=False)
    assert [removal.text for removal in stripped.removed] == footer
    assert stripped.text.strip() == CLEAN_TEXT


def test_appeals_leave_clean_text_unchanged_and_are_idempotent():
    assert strip_boilerplate(CLEAN_TEXT).removed == ()
    once = strip_boilerplate(with_lines("Follow on Instagram", "Found this article helpful?")).text
    assert strip_boilerplate(once).text == once
