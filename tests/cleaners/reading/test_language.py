"""Language identification on real scraped lines: right on prose, silent on fragments."""

from __future__ import annotations

import pytest

from cleaners.reading.language import detect_language

PROSE = {
    "en": "The city council voted on Tuesday to raise the minimum wage to $15 by 2026, the mayor said.",
    "de": "Der Bundestag hat am Donnerstag mit großer Mehrheit das neue Heizungsgesetz beschlossen.",
    "fr": "Le gouvernement a présenté mercredi son projet de loi sur la surveillance des communications.",
    "cs": "Vláda ve středu schválila návrh zákona o státním rozpočtu na příští rok.",
    "ru": "Президент заявил во вторник, что налоги для малого бизнеса в следующем году не вырастут.",
    "zh": "国家统计局周一公布的数据显示，今年前三季度国内生产总值同比增长百分之五。",
    "ja": "気象庁によると、台風は明日の朝にかけて九州に接近する見込みです。",
    "ko": "서울시는 화요일 대중교통 요금을 내년부터 인상한다고 발표했다.",
}


@pytest.mark.parametrize("language", sorted(PROSE))
def test_prose_is_identified(language):
    assert detect_language(PROSE[language]) == language


@pytest.mark.parametrize("fragment", ["Share this", "Photo: AP", "12.03.2024", "", "→ ← ★"])
def test_fragments_are_left_undetermined(fragment):
    assert detect_language(fragment) is None
