"""Staff credits: a label naming who wrote, reported or edited the article, then the names.

"Redakce: Jan Novák", "Autor: Jan Kowalski", "Редактор: Иван Петров", "责任编辑：王小明",
"文/李华", and a Korean or Japanese name followed by its title ("김철수 기자"). The label and its
colon make it a credit line; what follows is checked for the shape of names (capitalised words,
or a few CJK characters), so a sentence is never one.
"""

from __future__ import annotations

import re

from cleaners.cleaning.boilerplate.credits import AGENCIES, is_name
from cleaners.cleaning.boilerplate.lines import CJK_CHAR, Line
from cleaners.cleaning.boilerplate.wording.credits import STAFF_LABELS, STAFF_TITLES_AFTER

LABELS = tuple(sorted({label for labels in STAFF_LABELS.values() for label in labels}))
CJK_LABELS = tuple(label for label in LABELS if CJK_CHAR.search(label))
WORD_LABELS = tuple(label for label in LABELS if label not in CJK_LABELS)
OPENERS = "([【（［"
CLOSERS = ")]】）］"
STAFF_OPENINGS = (*OPENERS, *LABELS)


def _alternation(labels: tuple[str, ...]) -> str:
    return "|".join(map(re.escape, sorted(labels, key=len, reverse=True)))


WORD_CREDIT = re.compile(
    r"[(\[]?\s*(?:" + _alternation(WORD_LABELS) + r")\.?\s*[:：]\s*(?P<names>[^:：]{1,80}?)"
    r"\s*[)\]]?",
    re.IGNORECASE,
)
CJK_CREDIT = re.compile(
    r"[【\[(（［]?\s*(?:(?:"
    + _alternation(tuple(x for x in CJK_LABELS if len(x) > 1))
    + r")\s*[:：/|\s]|(?:"
    + _alternation(tuple(x for x in CJK_LABELS if len(x) == 1))
    + r")\s*[:：/])\s*(?P<names>[^\s。！？，,.!?]{1,12}(?:[\s、,，][^\s。！？，,.!?]{1,12}){0,3})"
    r"\s*[】\])）］]?"
)
# A name of two to four Hangul or CJK characters, its title, and an optional e-mail address.
TITLES_AFTER = tuple(sorted({title for titles in STAFF_TITLES_AFTER.values() for title in titles}))
NAME_THEN_TITLE = re.compile(
    r"[(\[（【]?\s*[\uac00-\ud7af\u3400-\u4dbf\u4e00-\u9fff]{2,4}\s?(?:"
    + _alternation(TITLES_AFTER)
    + r")(?:\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+)?\s*[)\]）】]?"
)
MAX_WORDS = 12
MAX_CHARS = 100


def is_staff_credit(line: Line) -> bool:
    """Match a staff credit ("Redakce: Jan Novák", "责任编辑：王小明", "김철수 기자")."""
    if line.words > MAX_WORDS or line.chars > MAX_CHARS or line.sentence:
        return False
    if NAME_THEN_TITLE.fullmatch(line.text) is not None:
        return True
    if not line.lower.lstrip(OPENERS + " ").startswith(LABELS):
        return False
    found = WORD_CREDIT.fullmatch(line.text)
    if found is not None:
        names = found.group("names").replace(",", " ").split()
        return names_only(names)
    return CJK_CREDIT.fullmatch(line.text) is not None


def names_only(words: list[str]) -> bool:
    """Tell whether some words are only people's names or an agency's ("Jan Novák", "dpa")."""
    if " ".join(words).lower().strip(". ") in AGENCIES:
        return True
    return 0 < len(words) <= 8 and is_name(words)
