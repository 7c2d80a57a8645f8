"""An article's data lines (ingredients, spec rows) are not menu items.

Recipe and product pages list amounts with units one a line, without punctuation: the shape of a
menu. The pages below are shaped like the recipe pages the text path cut before their steps.
"""

from __future__ import annotations

import pytest

from cleaners.cleaning.boilerplate import strip_boilerplate
from cleaners.cleaning.boilerplate.lines import measure_line
from cleaners.cleaning.boilerplate.quantities import has_quantity

SITE_MENU = [
    "Skip to main content",
    "Recipes",
    "By Course or Type",
    "Main Course",
    "Quick & Easy Recipes",
    "Asian Recipes",
    "Mediterranean Recipes",
    "Nutrition and Health",
    "Our Brands",
    "Kids",
]
INGREDIENTS = [
    "1 large or 1200 g whole chicken",
    "2 tablespoons vegetable oil",
    "250 g minced lamb",
    "1 tablespoon ground cumin",
    "1¼ teaspoon ground black pepper",
    "3 cups or 750 ml water",
]
STEPS = [
    (
        "Roast the chicken in a 200°C preheated oven for 45-50 minutes or until it is cooked "
        "through and golden all over."
    ),
    (
        "Meanwhile, heat the oil in a large saucepan, add the onions and cook them with "
        "occasional stirring for 5 minutes, until they are soft and lightly golden."
    ),
    (
        "Add the minced lamb and cook until the meat is brown, then add the spices and the rice "
        "and stir for 2 minutes before you pour in the water."
    ),
    (
        "Spoon the rice onto a serving platter, cut the roasted chicken and arrange the pieces "
        "on top of the rice; serve hot with a green salad."
    ),
]
MORE_RECIPES = [
    "Similar dishes",
    "Lemon Coconut Chicken",
    "Yogurt Chicken",
    "Lemon Chicken Soup",
    "Chicken Risotto",
    "Terms & Conditions",
]
RECIPE_PAGE = [
    *SITE_MENU,
    "Roasted Chicken with Oriental Rice",
    "Ingredients",
    *INGREDIENTS,
    "How to prepare",
    *STEPS,
    *MORE_RECIPES,
]


@pytest.mark.parametrize(
    "text",
    [
        "2 tablespoons vegetable oil",
        "120g kway teow (flat rice noodles)",
        "für 12 Stück",
        "z.B. Dr. Oetker Gelatine fix (15 g)",
        "3 EL Olivenöl",
        "2 łyżki mąki pszennej",
        "200 г муки",
        "Akku 3000 mAh",
    ],
)
def test_an_amount_with_its_unit_is_a_quantity(text: str) -> None:
    assert has_quantity(measure_line(0, text))


@pytest.mark.parametrize(
    "text", ["5G Phones", "Top 10 Recipes", "iPhone 15 Pro", "Ramadan Calendar 2021", "Kids"]
)
def test_a_menu_item_with_a_number_is_no_quantity(text: str) -> None:
    assert not has_quantity(measure_line(0, text))


def test_a_recipe_keeps_its_ingredients_above_its_steps() -> None:
    kept = strip_boilerplate("\n".join(RECIPE_PAGE)).text
    for line in INGREDIENTS + STEPS:
        assert line in kept
    for line in ("Asian Recipes", "Lemon Coconut Chicken", "Terms & Conditions"):
        assert line not in kept


def test_a_recipe_page_is_cleaned_once() -> None:
    once = strip_boilerplate("\n".join(RECIPE_PAGE)).text
    assert strip_boilerplate(once).text == once


BLOG_INTRO = [
    (
        "Once in a while I like to go vegan, and this time I made char kway teow at home. The "
        "flat rice noodles and the yellow noodles soak up the sweet soya sauce beautifully, and "
        "the fried tofu cubes give the dish the bite that the usual fishcake would have given it."
    ),
    (
        "The cooking itself is quite speedy: the only part that takes time is frying the tofu. "
        "Prepare the noodles, the garlic and the vegetables before you heat the wok, because "
        "once the noodles are in, everything happens within a few minutes."
    ),
    (
        "While I enjoyed this dish on its own, and being able to tell myself that I was eating "
        "vegan for the day, it goes just as well with a bowl of clear soup and some chilli on "
        "the side. If you cannot find kway teow at your market, use only yellow noodles and "
        "add a little more water with the seasoning, since they soak up more of the sauce. The "
        "beansprouts and the green vegetables go in last so that they stay crunchy, and the "
        "tofu cubes come back to the wok only at the very end, to keep their crisp skin."
    ),
]
RECIPE_CARD = [
    "Ingredients",
    "1/2 block of tofu, diced",
    "120g yellow noodles",
    "120g kway teow (flat rice noodles)",
    "1 tbsp minced garlic",
    "Some beansprouts",
    "2 tsp dark soya sauce",
    "1 1/2 tsp sugar",
    "Directions",
    "Dice the tofu and use paper towels to soak up the excess water, then fry it in hot oil.",
    "With 2 tbsp oil left in the wok, saute the minced garlic till fragrant.",
    "Add the yellow noodles and the kway teow, then all the seasoning.",
]
BLOG_PAGE = [
    "Home",
    "Recipes",
    "Lifestyle",
    "About Me",
    "Vegan Char Kway Teow",
    *BLOG_INTRO,
    "Pin",
    "Print",
    "Vegan Char Kway Teow",
    *RECIPE_CARD,
    "Related",
    "Chilli Fishcake Balls",
    "Leave a Comment",
]


def test_a_recipe_card_below_the_story_is_kept() -> None:
    kept = strip_boilerplate("\n".join(BLOG_PAGE)).text
    for line in BLOG_INTRO + RECIPE_CARD[1:4] + RECIPE_CARD[-3:]:
        assert line in kept
    for line in ("Lifestyle", "About Me", "Chilli Fishcake Balls"):
        assert line not in kept


PRODUCT_TEXT = [
    (
        "Der kompakte Akku-Bohrschrauber ist für Arbeiten über Kopf und in engen Ecken gebaut: "
        "mit nur 1,2 Kilogramm liegt er auch nach Stunden ruhig in der Hand, und das Metall-"
        "Bohrfutter hält Bits und Bohrer ohne Spiel."
    ),
    (
        "Zwei Gänge und zwanzig Drehmomentstufen decken vom Eindrehen langer Holzschrauben bis "
        "zum Bohren in Stahl alles ab, was im Innenausbau anfällt. Die LED-Leuchte am Fuß "
        "leuchtet die Arbeitsstelle aus, bevor der Motor anläuft."
    ),
]
SPECIFICATIONS = [
    "Technische Daten",
    "Spannung 18 V",
    "Gewicht 1,2 kg",
    "Bohrfutter 13 mm",
    "Akkukapazität 4000 mAh",
    "Bohrdurchmesser Holz 35 mm",
]
PRODUCT_PAGE = [
    "Werkzeug",
    "Akkuschrauber",
    "Schleifer",
    "Sägen",
    "Angebote",
    "Akku-Bohrschrauber BS 18 Kompakt",
    *PRODUCT_TEXT,
    *SPECIFICATIONS,
    "Kunden kauften auch",
    "Bitset Profi",
    "Ersatzakku",
    "Ladegerät Schnell",
    "Impressum",
]


def test_a_product_keeps_its_specification_rows() -> None:
    kept = strip_boilerplate("\n".join(PRODUCT_PAGE)).text
    for line in PRODUCT_TEXT + SPECIFICATIONS[1:]:
        assert line in kept
    for line in ("Schleifer", "Bitset Profi", "Ladegerät Schnell"):
        assert line not in kept
