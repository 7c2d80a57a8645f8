"""Vocabulary look-ups: whole lines, openings, and rows of buttons flattened into one line."""

import pytest

from cleaners.cleaning.boilerplate import vocabulary_index
from cleaners.cleaning.boilerplate.lines import measure_line


def found(text: str, language: str | None) -> str | None:
    """Return the vocabulary that holds a line in a document of the language, or None."""
    line = measure_line(0, text)
    return vocabulary_index(language).find(line.bare, line.words)


@pytest.mark.parametrize(
    "language, row",
    [
        ("de", "Teilen Twittern Drucken"),
        ("fr", "Partager Tweeter Imprimer"),
        ("es", "Compartir Imprimir Guardar"),
        ("ru", "Поделиться Распечатать В избранное"),
        ("zh", "分享 收藏 打印"),
    ],
)
def test_a_row_of_share_buttons_on_one_line_is_a_share_row(language, row):
    assert found(row, language) == "share_prompt"


def test_a_row_is_named_for_its_first_button():
    # WP Recipe Maker's German buttons, flattened: "Zum Rezept" is a call to action.
    assert found("Zum Rezept Drucken Pinnen", "de") == "call_to_action"


@pytest.mark.parametrize(
    "language, text",
    [
        ("en", "Home Team"),  # two menu words make a subhead, not a row
        ("de", "Teilen und Herrschen"),  # one word in no vocabulary
        ("en", "Share Tweet Email Print Save Follow Copy Pin Like"),  # longer than a row
        ("fr", "Partager, imprimer, envoyer : le ministre a tout fait"),
    ],
)
def test_what_is_not_a_row_of_buttons(language, text):
    assert found(text, language) is None
