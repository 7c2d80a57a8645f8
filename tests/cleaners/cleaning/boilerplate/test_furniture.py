import pytest

from .helpers import removals, rule_of, with_lines


@pytest.mark.parametrize(
    "line, rule",
    [
        ("Skip to content", "navigation"),
        ("Sign In", "navigation"),
        ("Back to Top «", "navigation"),
        ("Privacy Policy", "legal_links"),
        ("Your California Privacy Rights", "legal_links"),
        ("Privacy Policy | Terms & Conditions", "link_list"),
        (
            (
                "This website uses cookies to improve your experience. We'll assume you're ok "
                "with this, "
                "but you can opt-out if you wish.Accept Read More"
            ),
            "cookie_notice",
        ),
        ("Copyright ©2019 Dow Jones & Company, Inc. All Rights Reserved.", "copyright_footer"),
        (
            (
                "About UsContact UsTerms of UsePrivacy PolicyCopyright © Editorji Technologies "
                "Pvt. Ltd. "
                "2025. All Rights Reserved"
            ),
            "copyright_footer",
        ),
        (
            (
                "Apple logo, Apple TV, App Store, iPad, iPhone, and iPod touch are registered "
                "trademarks "
                "of Apple Inc."
            ),
            "legal_notice",
        ),
        ("00:00", "player_timestamp"),
        ("0:00 / 3:41", "player_timestamp"),
        ("Advertisement", "advertisement"),
        ("ADVERTISEMENT", "advertisement"),
        ("Advertisement - Continue Reading Below", "advertisement"),
        ("5 min read", "reading_time"),
        ("Tempo de leitura: 1 minuto", "reading_time"),
        ("News | World News", "breadcrumb"),
        ("Home › News › World", "breadcrumb"),
    ],
    ids=[
        "skip",
        "sign-in",
        "back-to-top",
        "privacy",
        "ccpa",
        "legal-row",
        "cookies",
        "copyright",
        "glued-footer",
        "trademarks",
        "timestamp",
        "player",
        "ad",
        "ad-caps",
        "ad-continue",
        "read-time",
        "read-time-pt",
        "pipe-crumb",
        "chevron-crumb",
    ],
)
def test_furniture_line_is_removed_with_its_rule(line, rule):
    assert rule_of(line) == rule
    assert removals(with_lines(line)) == {line: rule}


@pytest.mark.parametrize(
    "sentence",
    [
        "Home is where the Russian soldiers were trained, the report says.",
        "Google said it would stop supporting third-party cookies in Chrome next year.",
        "The author retains copyright on the photographs, the court ruled.",
        "The company registered the trademark in 2019 after a long dispute.",
        "The meeting started at 10:30 and ended at noon.",
        "Advertising revenue fell by a third in the last quarter.",
        "It took 5 minutes to read the statement to the court.",
    ],
    ids=["home", "cookies", "copyright", "trademark", "clock", "advertising", "minutes"],
)
def test_sentence_that_mentions_a_furniture_keyword_stays(sentence):
    assert rule_of(sentence) is None
    assert removals(with_lines(sentence)) == {}


@pytest.mark.parametrize(
    "line",
    [
        "Update | Deceased Clarendon crash victims identified",
        "EXCLUSIVE | Minister signs off on the new port deal",
        "Live | Fire crews battle the blaze near the motorway",
    ],
)
def test_kicker_before_a_headline_is_not_a_breadcrumb(line):
    assert rule_of(line) is None


def test_table_row_with_a_pipe_is_not_a_breadcrumb():
    rows = ["Motivation | % of Respondents | Rank", "Energy and Focus | 61.59% | 1"]
    assert [rule_of(row) for row in rows] == [None, None]


@pytest.mark.parametrize(
    "line",
    [
        "Email: keenschoolofmusic@gmail.com",
        "Phone number: 615 682 4939",
        "Phone: 713-862-4570 • Fax: 713-862-4606",
        "Phone: +31 (0)50 210 3520",
        "Call Us: (800) 511-9172",
        "Contact us: editorial@therepublic.com",
    ],
    ids=["email", "phone-number", "phone-and-fax", "international", "call-us", "contact-us"],
)
def test_contact_details_line_is_removed(line):
    assert rule_of(line) == "contact_details"
    assert removals(with_lines(line)) == {line: "contact_details"}


@pytest.mark.parametrize(
    "line",
    [
        "Email: info@nccih.nih.gov (link sends email)",
        (
            "Fax: (518) 474-1418; make sure to include a Credit Card/Debit Card Authorization (Form "
            "DOS-1515-f)."
        ),
        "Call: 911 if the person is not breathing.",
    ],
    ids=["email-with-note", "fax-instruction", "call-instruction"],
)
def test_contact_label_followed_by_more_than_contact_details_stays(line):
    assert rule_of(line) is None


@pytest.mark.parametrize(
    "row, rule",
    [
        ("| | January 22nd, 2019 |", "date_line"),
        ("| Image: Thinkstock |", "photo_credit"),
    ],
    ids=["date-cell", "credit-cell"],
)
def test_table_row_with_one_filled_cell_is_judged_by_its_cell(row, rule):
    assert rule_of(row) == rule


def test_table_rows_of_data_stay():
    rows = ["| | tech |", "| ASUS ZenBeam L2 Specs | |", "| January 22nd, 2019 | 4.2% |"]
    assert [rule_of(row) for row in rows] == [None, None, None]
