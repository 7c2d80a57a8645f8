"""The article guard gives back a directory's records that repeat the body's own record.

The lines are real scraped lines: a university's list of low-cost counselling clinics (name,
address, phone, service, fees), whose first record the body kept and whose others `page_footer`
took; and, as what must stay removed, a forum thread under a shop's giveaway, whose posts each
carry a poster's count of posts (one number, not a record's field).
"""

from __future__ import annotations

from cleaners.cleaning.boilerplate.guard import keep_article
from cleaners.cleaning.boilerplate.lines import read_lines


def guarded(texts: list[str], rules: list[str | None]) -> list[str | None]:
    """Return the guard's decisions for lines given with the rules' decisions."""
    return keep_article(read_lines("\n".join(texts)), rules)


INTRO = [
    "Low-Cost/Sliding-Scale or No-Cost Mental Health Providers",
    (
        "Please note that USF offers this list as an informational resource. Inclusion does not "
        "constitute endorsement of the listed treatment providers or facilities. Availability of "
        "services cannot be guaranteed by USF. It is the responsibility of the student to contact "
        "providers to make appointments. Users assume responsibility for evaluating and selecting "
        "among the providers included in these listings."
    ),
    (
        "Insurance may not be accepted for low/no-cost and sliding-scale services. Generally, "
        "low/no-cost and sliding-scale fees are based on client income/ability to pay. Fees noted "
        "(as available) on this list are subject to change and should be confirmed with the "
        "provider. Any cost/payment is to be determined between the provider and individual "
        "seeking services."
    ),
]
FIRST_RECORD = [
    "Access Institute for Psychological Services",
    "110 Gough St. Suite 301",
    "(415) 861-5449",
    "Psychotherapy & Medication",
    "Fees based on income",
]
RECORDS = [
    "Center for Somatic Psychotherapy",
    "Affiliated with the CA Institute of Integral Studies",
    "220 Montgomery St. Suite 600",
    "(415) 217-8895",
    "Psychotherapy",
    "Scale: $35-110 per session",
    "Christian Counseling Centers",
    "801 Portola Dr. Suite 108",
    "(415) 674-7504",
    "Psychotherapy",
    "CA Institute of Integral Studies (CIIS) Psychological Services Center",
    "507 Polk St, Suite 420",
    "(415) 346-1011",
    "Psychotherapy & Psychological testing",
    "Fees based on income",
    "California Pacific Medical Center Counseling Clinic",
    "(415) 600-3247",
    "Psychotherapy and Psychiatry",
    "Low fee",
]
SITE_MENU = ["Office of the Dean of Students Menu", "Dean of Students", "Meet Our Team"]


def test_records_repeating_the_bodys_record_come_back():
    texts = [*INTRO, *FIRST_RECORD, *RECORDS, *SITE_MENU]
    rules = [None] * 8 + ["page_footer"] * (len(RECORDS) + len(SITE_MENU))
    decided = guarded(texts, rules)
    assert decided[8 : 8 + len(RECORDS)] == [None] * len(RECORDS)
    assert decided[-len(SITE_MENU) :] == ["page_footer"] * len(SITE_MENU)


def test_records_stay_removed_when_the_body_holds_no_record():
    texts = [*INTRO, *RECORDS, *SITE_MENU]
    rules = [None] * 3 + ["page_footer"] * (len(RECORDS) + len(SITE_MENU))
    assert guarded(texts, rules)[3 : 3 + len(RECORDS)] == ["page_footer"] * len(RECORDS)


THREAD_KEPT = [
    "0alex0",
    "18.10.2019, 04:47 Zitieren",
    "#",
    (
        "Keine Aufregung, ist schon richtig. Bin mir auch sicher, daß die Kekse auch mir "
        "schmecken werden."
    ),
    "Lule5",
    "8026",
]
THREAD = [
    "Lule5",
    "18.10.2019, 00:10 Zum Antworten anmelden Zitieren",
    "#",
    "Habe ich auch bei Penny gewonnen. Den Kindern hat es geschmeckt.",
    "nest",
    "6844",
    "nest",
    "18.10.2019, 06:37 Zum Antworten anmelden Zitieren",
    "#",
    "Wow wie toll freue mich darauf schon…muss nur dabei sein",
    "Birgit10",
    "6711",
    "Birgit10",
    "18.10.2019, 08:07 Zum Antworten anmelden Zitieren",
    "#",
    'Die Produkttests bei Rewe sind schon toll, allerdings nervt die Suche nach dem "richtigen Rewe" !',
    "löwenzahn",
    "30048",
    "löwenzahn",
    "18.10.2019, 08:58 Zum Antworten anmelden Zitieren",
    "#",
    "Wieder ein toller Produkttest! Wenngleich ich zur Zeit auch in Süßigkeiten baden kann!😁",
    "BettyFordBoy",
    "5094",
    "BettyFordBoy",
    "18.10.2019, 09:14 Zum Antworten anmelden Zitieren",
    "#",
    "Nice! Da testet man doch gerne! 🙂 cleverclaus",
    "20121",
    "cleverclaus",
    "18.10.2019, 15:45 Zum Antworten anmelden Zitieren",
]


def test_a_threads_post_counts_are_no_records():
    texts = [*THREAD_KEPT, *THREAD]
    rules = [None] * len(THREAD_KEPT) + ["page_footer"] * len(THREAD)
    assert guarded(texts, rules)[len(THREAD_KEPT) :] == ["page_footer"] * len(THREAD)
