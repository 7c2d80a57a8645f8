"""The per-language check set: real boilerplate lines go with their rule, and article sentences
with the same trigger words stay (data in wording_west.py, wording_east.py, wording_cjk.py and, for page furniture,
wording_page.py and wording_furniture.py)."""

import pytest

from . import wording_cjk, wording_east, wording_furniture, wording_page, wording_west
from .wording_cases import case_ids, junk_cases, removed_by, sentence_cases

SETS = (wording_west, wording_east, wording_cjk, wording_page, wording_furniture)
JUNK_CASES = [case for words in SETS for case in junk_cases(words.JUNK)] + [
    case
    for junk in (
        wording_furniture.PROVENANCE,
        wording_furniture.SIGNUPS,
        wording_furniture.FILING,
        wording_furniture.POINTERS,
        wording_furniture.SURVEYS,
    )
    for case in junk_cases(junk)
]
SENTENCE_CASES = [case for words in SETS for case in sentence_cases(words.SENTENCES)]


@pytest.mark.parametrize("language, line, rule", JUNK_CASES, ids=case_ids(JUNK_CASES))
def test_real_boilerplate_line_goes_with_its_rule(language, line, rule):
    assert removed_by(line, language) == rule


@pytest.mark.parametrize("language, sentence", SENTENCE_CASES, ids=case_ids(SENTENCE_CASES))
def test_sentence_with_the_trigger_words_stays(language, sentence):
    assert removed_by(sentence, language) is None
    assert removed_by(sentence, None) is None
