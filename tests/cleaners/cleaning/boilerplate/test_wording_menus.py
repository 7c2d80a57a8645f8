"""A newspaper's Subscribe link is a menu item, whatever the language."""

import pytest

from .helpers import removals, with_lines


@pytest.mark.parametrize(
    "language, menu",
    [
        ("pt", ("Assine", "Esportes", "Cultura")),
        ("fr", ("S'abonner", "Sport", "Culture")),
        ("es", ("Suscríbete", "Deportes", "Cultura")),
        ("it", ("Abbonati", "Sport", "Cultura")),
    ],
)
def test_a_subscribe_link_in_a_menu_takes_no_section_name_with_it(language, menu):
    # A newspaper's "Subscribe" link is a menu item: a promo would take the section names
    # around it as its brand and tagline lines.
    assert removals(with_lines(*menu), language=language) == {menu[0]: "navigation"}
