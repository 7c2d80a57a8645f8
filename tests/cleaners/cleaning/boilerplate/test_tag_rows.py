"""Rows of tags under a tag list's heading go with it; a row elsewhere, or prose under it, stays."""

import pytest

from cleaners.cleaning.boilerplate import names, strip_boilerplate

from .helpers import ARTICLE

BODY_START, BODY_END = ARTICLE[:6], ARTICLE[6:]


def removed(lines: list[str], language: str | None) -> dict[str, str]:
    """Return {line: rule} of the given lines set inside the clean article."""
    text = "\n".join([*BODY_START, *lines, *BODY_END])
    return {r.text: r.rule for r in strip_boilerplate(text, language=language).removed}


@pytest.mark.parametrize(
    "language, heading, row, rule",
    [
        # Spaced slashes are a breadcrumb's separators too: the line rule names it first.
        ("es", "Archivado en:", "Política / Economía / Madrid / Pedro Sánchez", names.BREADCRUMB),
        ("es", "Temas", "Política | Economía | Madrid | Pedro Sánchez", names.TAG_LIST),
        ("de", "Schlagwörter:", "Bundestag · Haushalt · Steuern", names.TAG_LIST),
        ("ru", "Теги:", "Москва, Госдума, бюджет", names.TAG_LIST),
    ],
)
def test_a_row_of_tags_under_its_heading_goes_with_it(language, heading, row, rule):
    found = removed([heading, row], language)
    assert found == {heading: names.TAG_LIST, row: rule}
    assert removed([heading, row], language) == removed([heading, row], None)


def test_a_pipe_row_without_a_tag_heading_stays():
    # A row of cells of a table flattened into text: "Año | Ventas | Beneficio".
    assert "Año | Ventas | Beneficio | Empleados" not in removed(
        ["Año | Ventas | Beneficio | Empleados"], "es"
    )


def test_prose_under_a_tag_heading_stays():
    sentence = "Los temas de la reunión fueron la vivienda, el empleo y la sanidad pública."
    assert sentence not in removed(["Temas", sentence], "es")
