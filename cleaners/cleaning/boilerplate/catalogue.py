"""The rule catalogue (docs/rules.md), generated from the registry.

python -m cleaners.cleaning.boilerplate.catalogue > docs/rules.md
"""

from __future__ import annotations

from cleaners.cleaning.boilerplate.registry import (
    BLOCK_RULES,
    CONTEXT_RULES,
    SHAPE_RULES,
    VOCABULARY_RULES,
    LineRule,
)
from cleaners.cleaning.boilerplate.vocab import Vocabulary
from cleaners.cleaning.boilerplate.wording import LANGUAGES

HEADER = """# Boilerplate rules

Every line presswash removes from a document is recorded in the manifest's `removed` list with
the name of the rule that removed it (`{"rule": "share_prompt", "text": "Share this article"}`).
This catalogue lists every rule name; it is generated from the rule registry
(`cleaners/cleaning/boilerplate/registry.py`) by
`python -m cleaners.cleaning.boilerplate.catalogue > docs/rules.md`: do not edit it by hand.

Rules run in this order: whole-line vocabularies, then shape rules (the first that matches a line
names its removal), then lines that recur across a site, then block rules, then the page rules.
"""


def vocabulary_cell(vocabulary: Vocabulary) -> str:
    """Return the size and a few examples of a vocabulary (its own lines, then its languages')."""
    shown = vocabulary.lines or vocabulary.for_languages(LANGUAGES).lines
    examples = ", ".join(
        f"`{line}`" for line in sorted(shown, key=lambda line: (len(line), line))[:4]
    )
    openings = f"; {len(vocabulary.prefixes)} openings" if vocabulary.prefixes else ""
    languages = (
        f"; wording in {len(vocabulary.languages)} languages" if vocabulary.languages else ""
    )
    return (
        f"{len(vocabulary.lines)} lines{openings}{languages}, up to {vocabulary.max_words} words: "
        f"{examples}"
    )


def bounds_cell(rule: LineRule) -> str:
    """Return the word counts a shape rule can match."""
    return f"{rule.words[0]}–{rule.words[1]} words"


def cell(text: str) -> str:
    """Return text fit for a Markdown table cell."""
    return text.replace("|", "\\|")


def render() -> str:
    """Return the catalogue as Markdown."""
    out = [
        HEADER,
        "## Whole-line vocabularies",
        "",
        (
            "A line is compared whole (lower-cased, decoration and counters stripped, numbers read "
            "as 0), never a word inside a sentence."
        ),
        "",
        "| rule | removes | vocabulary |",
        "|---|---|---|",
    ]
    for rule in VOCABULARY_RULES:
        assert rule.vocabulary is not None
        out.append(
            f"| `{rule.name}` | {cell(rule.describe())} | {cell(vocabulary_cell(rule.vocabulary))} |"
        )
    out += ["", "## Shape rules", "", "| rule | removes | length |", "|---|---|---|"]
    out += [
        f"| `{rule.name}` | {cell(rule.describe())} | {bounds_cell(rule)} |" for rule in SHAPE_RULES
    ]
    out += ["", "## Block and page rules", "", "| rule | removes |", "|---|---|"]
    out += [f"| `{rule.name}` | {cell(rule.describe())} |" for rule in BLOCK_RULES]
    out += [f"| `{name}` | {summary} |" for name, summary in CONTEXT_RULES]
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    print(render(), end="")
