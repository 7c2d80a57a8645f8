"""A clean article to set boilerplate into, and shortcuts to ask what the rules decide."""

from __future__ import annotations

from pathlib import Path

from cleaners.cleaning.boilerplate import decide_line, strip_boilerplate
from cleaners.cleaning.boilerplate.lines import measure_line

FIXTURES = Path(__file__).resolve().parents[3] / "fixtures" / "boilerplate"

# Headline, paragraphs and subheads of sample 002 (tests/fixtures/boilerplate): nothing to strip.
ARTICLE = [
    (
        "Will China help Russian troops? Ukraine war is the first big test of the countries’ "
        "budding "
        "military ties"
    ),
    (
        "Last August, thousands of Russian and Chinese soldiers spent five days racing tanks, "
        "launching heavy artillery, flying fighter jets, and trying out new military technology in "
        "China’s western Gobi desert."
    ),
    (
        "Now, Russia’s war in Ukraine has raised the prospect of Russian soldiers using Chinese "
        "weapons "
        "in actual combat. On Monday, U.S. officials told the Financial Times, the New York "
        "Times, and "
        "the Washington Post that Russia has asked China for military assistance."
    ),
    (
        "China’s response preceded a major meeting on Monday between senior Chinese diplomat Yang "
        "Jiechi and U.S. National Security Adviser Jake Sullivan in Rome."
    ),
    "The relationship",
    (
        "Russian arms exports to China have largely characterized the countries’ military "
        "relationship—not the other way around."
    ),
    (
        "From 2016 to 2020, China bought $5.1 billion worth of Russian arms, purchases that "
        "accounted "
        "for 77% of Beijing’s total arms imports during the period, according to the Stockholm "
        "International Peace Research Institute (SIPRI)."
    ),
    "Chinese help",
    "There are obvious upsides to China supporting Russia’s military operation in Ukraine.",
    (
        "In exchange for helping Moscow stave off a military collapse, China “may get more access "
        "to "
        "Russian energy and minerals and things like that,” says Chong."
    ),
    (
        "Chinese officials are tight-lipped about their plans. How much support China will lend to "
        "Russia’s war in Ukraine in coming days and weeks remains a mystery."
    ),
]
CLEAN_TEXT = "\n".join(ARTICLE)


def rule_of(line: str) -> str | None:
    """Return the line rule that removes a line on its own, or None."""
    return decide_line(measure_line(0, line))


def with_lines(*extra: str, at: int = 3) -> str:
    """Return the clean article with lines inserted before paragraph `at`."""
    return "\n".join([*ARTICLE[:at], *extra, *ARTICLE[at:]])


def removals(text: str, **options) -> dict[str, str]:
    """Return {removed line: rule} for a text."""
    return {removal.text: removal.rule for removal in strip_boilerplate(text, **options).removed}


def fixture(name: str) -> str:
    """Return the text of a sample article copied into tests/fixtures/boilerplate."""
    return next(FIXTURES.glob(f"{name}_*.txt")).read_text(encoding="utf-8")
