"""The rules' cheap pre-checks only skip work: each rule answers as it does without its own."""

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaners.cleaning.boilerplate import appeals, credits, promos
from cleaners.cleaning.boilerplate.lines import Line, measure_line, read_lines
from cleaners.cleaning.boilerplate.vocab import MAX_RULE_CHARS, mentions

FIXTURES = Path(__file__).resolve().parents[3] / "fixtures" / "boilerplate"


def newsletter_without_precheck(line: Line) -> bool:
    if promos.NEWSLETTER_LINES.matches(line.bare, line.words):
        return True
    if line.words > 60 or not mentions(line.lower, promos.NEWSLETTER_HINTS):
        return False
    text = line.text[:MAX_RULE_CHARS]
    return promos.REPORTED.search(text) is None and promos.NEWSLETTER_PROMO.search(text) is not None


def donation_without_precheck(line: Line) -> bool:
    if line.words > 30 or not mentions(line.lower, promos.DONATION_HINTS):
        return False
    return (promos.REPORTED.search(line.text) is None
            and promos.DONATION_APPEAL.search(line.text) is not None)


def share_appeal_without_reorder(line: Line) -> bool:
    if line.words > appeals.APPEAL_MAX_WORDS or not mentions(line.lower,
                                                             appeals.SHARE_APPEAL_HINTS):
        return False
    return (promos.REPORTED.search(line.text) is None
            and appeals.SHARE_APPEAL.match(line.text) is not None)


def date_line_without_precheck(line: Line) -> bool:
    if (line.words > 16 or line.chars > 150 or not line.digits
            or mentions(line.text, credits.TABLE_MARKS)):
        return False
    return not credits._words_besides_dates(line.text) and credits._has_date(line.text)


RULES = [
    (promos.is_newsletter_promo, newsletter_without_precheck),
    (promos.is_donation_appeal, donation_without_precheck),
    (appeals.is_share_appeal, share_appeal_without_reorder),
    (credits.is_date_line, date_line_without_precheck),
]
RULE_IDS = ["newsletter_promo", "donation_appeal", "share_appeal", "date_line"]

# Lines each rule matches, lines near them, and the same with letters that IGNORECASE folds onto
# ASCII ones ("ſ" U+017F, "K" U+212A, "İ" U+0130, "ı" U+0131) but lower() does not.
EDGE_LINES = [
    "Sign up for our newsletter", "Get our free daily newsletter with the latest news",
    "Sign up to receive the latest updates", "Delivered straight to your inbox",
    "Never miss a story: sign up", "Enter your email", "Your email address to subscribe",
    "We will never sell your data.", "Unsubscribe at any time.", "Abonnez-vous à la newsletter",
    "Suscríbete a nuestro boletín", "Newsletter abonnieren", "Personalised email updates",
    "Join our mailing list for alerts", "Want more? Get the Morning Briefing newsletter.",
    "The newsletter, she said, was sent to subscribers.", "Sign up for the Evening Digest",
    "ſign up for our newſletter", "Sign up for our newsletter", "SIGN UP FOR OUR NEWSLETTER",
    "Sİgn up for alerts", "Joın our newsletter", "Never mıss a story", "Your e-maıl address, agree",
    "Support UP or become our patron!", "Donate now", "Donate today to keep us going",
    "Buy me a coffee", "Find me on Patreon", "Make a donation", "Support independent journalism",
    "Help keep The Guardian free and independent.", "One-time contribution", "Fund our newsroom",
    "The fund supports our work, he said.", "Supporters became members of the club.",
    "Support ǔs", "ſupport us", "Become a ſupporter", "Donaté", "DONATE", "Buy me a cоffee",
    "Become İ member", "Funding for the project", "Support us on Patreon", "Please donate: ſupport uſ",
    "Help me spread the word!", "If you enjoyed this article, please share it with friends.",
    "Love this post? Tell your friends and get rewards.", "Share this with your friends",
    "Enjoyed this article? She said she did.", "Help me ſpread the word", "Share it with a friend",
    "Nov. 19, 2019 8:03 am ET", "Updated 2h ago", "4/1/2019 | +2.7%", "Monday, 3 June 2024",
    "Published 12:30", "Edition 18240.", "Posted on 12/03/2023", "Last modified: 3 days ago",
    "Kan 19, 2019", "İst 2019-01-01", "ſun 12:30", "12:30 ſun", "2024-01-01 Updated",
    "Olha HlushchenkoTuesday, 15 October 2024, 04:58", "By Jane Doe, 12 March 2023",
    "6 CFA Exam Prep Courses and Books to Consider", "Gefällt mir 12", "Mardi 12 mars 2024",
]

PIECES = st.sampled_from(
    ["sign", "up", "signing", "subscribe", "register", "join", "opt", "in", "for", "to", "our",
     "the", "newsletter", "news", "letter", "email", "e-mail", "mailing", "list", "alerts",
     "updates", "briefing", "digest", "stories", "your", "inbox", "straight", "delivered", "get",
     "receive", "want", "more", "free", "daily", "morning", "enter", "address", "agree", "never",
     "miss", "a", "story", "personalized", "unsubscribe", "at", "any", "time", "we", "will",
     "sell", "share", "data", "said", "abonnez-vous", "assine", "suscríbete", "help", "me",
     "spread", "word", "if", "you", "enjoyed", "this", "article", "love", "post?", "tell",
     "friends", "with", "it", "Nov.", "19,", "2019", "8:03", "am", "ET", "12", "2h", "ago",
     "Updated", "Monday,", "mars", "|", "%", "Jane", "Doe", "by", "ſ", "K", "İ", "ı", "ſign",
     "newſletter", "maıl", "İnbox", "Kan", "ſun", "ſpread", "word!", "?", ".",
     "support", "fund", "become", "patron", "member", "donate", "donation", "contribution",
     "coffee", "buy", "patreon", "keep", "independent", "work", "journalism", "ſupport", "ſpread",
     "one-time", "make"]
)  # fmt: skip


def fixture_lines() -> list[Line]:
    return [line for path in sorted(FIXTURES.glob("*.txt"))
            for line in read_lines(path.read_text(encoding="utf-8"))]


@pytest.mark.parametrize("rule, reference", RULES, ids=RULE_IDS)
@pytest.mark.parametrize("text", EDGE_LINES)
def test_a_rule_answers_edge_lines_as_without_its_precheck(rule, reference, text):
    line = measure_line(0, text)
    assert rule(line) == reference(line)


@pytest.mark.parametrize("rule, reference", RULES, ids=RULE_IDS)
def test_a_rule_answers_real_lines_as_without_its_precheck(rule, reference):
    lines = fixture_lines()
    assert len(lines) > 100
    assert [rule(line) for line in lines] == [reference(line) for line in lines]


@settings(max_examples=500, deadline=None)
@given(st.lists(PIECES, min_size=1, max_size=14).map(" ".join))
def test_rules_answer_generated_lines_as_without_their_prechecks(text):
    line = measure_line(0, text)
    for rule, reference in RULES:
        assert rule(line) == reference(line), rule.__name__


def test_the_edge_lines_reach_both_answers():
    # Each rule matches some edge lines and not others, so the comparisons can fail.
    for rule, _ in RULES:
        answers = {rule(measure_line(0, text)) for text in EDGE_LINES}
        assert answers == {True, False}, rule.__name__


def test_ignorecase_folds_what_lower_does_not():
    # Why the newsletter pre-check only answers for ASCII lines.
    line = measure_line(0, "ſign up for our newſletter")
    assert not line.text.isascii() and "sign" not in line.lower
    assert promos.NEWSLETTER_PROMO.search(line.text) is not None
