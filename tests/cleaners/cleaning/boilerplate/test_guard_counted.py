"""The article guard gives back the entries a kept headline counts below a short introduction.

The fixtures (tests/fixtures/boilerplate/subject/) are real scraped lines with the rules'
decisions on the whole page before the guard: a deals page ("The 10 best early Black Friday
deals on Apple devices") whose ten product entries, each framed by the same shop lines, the page
rules took under its two-paragraph introduction, and a health article ("The 10 Best Ways to
Measure Your Body Fat Percentage") that holds its ten methods itself, above ten teasers each
with a "READ MORE" button.
"""

from __future__ import annotations

from pathlib import Path

from cleaners.cleaning.boilerplate.guard import keep_article
from cleaners.cleaning.boilerplate.lines import measure_line

FIXTURES = Path(__file__).resolve().parents[3] / "fixtures" / "boilerplate" / "subject"


def guarded(name: str) -> list[tuple[str, str | None, str | None]]:
    """Return each fixture line with its decision before and after the guard."""
    rows = [row.split("\t", 1) for row in (FIXTURES / name).read_text().splitlines()]
    lines = [measure_line(i, text) for i, (_, text) in enumerate(rows)]
    decided = [None if rule == "kept" else rule for rule, _ in rows]
    after = keep_article(lines, decided)
    return [(line.text, decided[i], after[i]) for i, line in enumerate(lines)]


def test_the_counted_entries_below_a_short_introduction_come_back():
    decisions = {text: after for text, _, after in guarded("deals-listicle.tsv")}
    for line in (
        "Apple AirPods with Charging Case (Latest Model)",
        "Transparency mode for hearing and connecting with the world around you",
        "Apple Watch Series 4 (GPS, 44mm) - Space Gray Aluminium Case with Black Sport Band",
        "Powerbeats3 Wireless Earphones - Black",
        "$119.00",
    ):
        assert decisions[line] is None, line


def test_the_entries_frame_buttons_and_the_page_after_them_stay_removed():
    decisions = guarded("deals-listicle.tsv")
    assert all(after == "call_to_action" for text, _, after in decisions if text == "Buy Now")
    last = max(i for i, (text, _, _) in enumerate(decisions) if text == "Buy Now")
    after_entries = [after for _, before, after in decisions[last + 1 :] if before is not None]
    assert after_entries and None not in after_entries


def test_teasers_under_a_body_that_holds_its_entries_stay_removed():
    for text, before, after in guarded("measure-listicle.tsv"):
        if before in ("page_header", "page_footer"):
            assert after == before, text
