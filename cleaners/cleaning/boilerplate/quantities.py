"""Quantities: a number with a unit of measure marks a line as data (an ingredient, a spec row).

Recipes list their ingredients and product pages their specifications as short unpunctuated
lines ("2 tablespoons vegetable oil", "120g kway teow", "Akku 3000 mAh"), the shape of a menu
item. A menu item seldom carries a measured amount, so a short line with one is weighed as a
data line of the article, not as a link (`context.score_line`).
"""

from __future__ import annotations

import re

from cleaners.cleaning.boilerplate.lines import Line

# Units of measure as recipes and spec sheets write them, grouped by language: the words a cook
# or a shop in that language puts after an amount. Symbols and German units match as written
# (a "5G" phone is no quantity), the words of the other groups in any case. File sizes (KB, MB)
# are left out: they mark download lists, not an article's data.
METRIC_UNITS = (
    "mg", "g", "gr", "kg", "dag", "ml", "cl", "dl", "l", "L", "ltr", "mm", "cm", "m", "km",
)  # fmt: skip
TECH_UNITS = ("W", "kW", "V", "mAh", "Wh", "kWh", "Hz", "MHz", "GHz")
ENGLISH_UNITS = (
    "oz", "lb", "lbs", "cup", "cups", "tbsp", "tbs", "tsp", "tablespoons?", "teaspoons?",
    "pinch", "cloves?", "slices?", "pieces?", "cans?", "inch(?:es)?", "sticks?", "bunch",
)  # fmt: skip
GERMAN_UNITS = (
    "EL", "TL", "Stück", "Stk", "Pck", "Päckchen", "Prise", "Msp", "Becher", "Dosen?",
    "Tassen?", "Zehen?", "Scheiben?", "Bund", "Btl", "Beutel", "Zoll",
)  # fmt: skip
FRENCH_UNITS = ("c\\. à soupe", "c\\. à café", "cuillères?", "gousses?", "pincée", "sachets?")
SPANISH_PORTUGUESE_ITALIAN_UNITS = (
    "cucharadas?", "cucharaditas?", "tazas?", "dientes?", "pizca", "colher(?:es)?",
    "xícaras?", "dentes?", "pitada", "cucchiai[on]?", "cucchiaini?", "spicchi[o]?", "pizzico",
)  # fmt: skip
DUTCH_UNITS = ("eetlepels?", "theelepels?", "snufje", "teentjes?")
SLAVIC_UNITS = (
    "łyżk[aiek]", "łyżecz(?:ka|ki|ek)", "szklank[aię]", "ząb(?:ek|ki)", "szczypta", "szt",
    "lžíce", "lžičk[ay]", "hrnek", "stroužky?", "špetka", "ks",
    "г", "кг", "мл", "л", "шт", "ст\\. ?л", "ч\\. ?л", "стакан[а]?", "зубчик[а]?", "щепотка",
)  # fmt: skip
CJK_UNITS = ("克", "毫升", "汤匙", "茶匙", "大さじ", "小さじ", "個", "큰술", "작은술", "컵", "개")
AS_WRITTEN_UNITS = METRIC_UNITS + TECH_UNITS + GERMAN_UNITS
ANY_CASE_UNITS = (
    ENGLISH_UNITS + FRENCH_UNITS + SPANISH_PORTUGUESE_ITALIAN_UNITS + DUTCH_UNITS + SLAVIC_UNITS
    + CJK_UNITS
)  # fmt: skip
# An amount (12, 1.5, 1/2, ½, 2-3) and a unit right after it, or a unit alone in brackets
# ("Protein 43 (g)"); the unit ends where a letter does not follow.
AMOUNT = r"(?:\d+(?:[.,/]\d+)?|[½¼¾⅓⅔⅛])[½¼¾⅓⅔⅛]?(?:\s?[-–]\s?\d+(?:[.,]\d+)?)?"
QUANTITY = re.compile(
    rf"(?:{AMOUNT}\s?|\()(?:{'|'.join(AS_WRITTEN_UNITS)}|(?i:{'|'.join(ANY_CASE_UNITS)}))"
    r"(?![^\W\d_])"
)
# Quantities are looked for in lines up to this many words (a menu item's length and a bit).
QUANTITY_LINE_WORDS = 8


def has_quantity(line: Line) -> bool:
    """Tell whether a short line carries an amount with a unit of measure."""
    return line.words <= QUANTITY_LINE_WORDS and QUANTITY.search(line.text) is not None
