"""Wording rules in fourteen languages: real boilerplate lines go, sentences that mention them stay."""

import pytest

from cleaners.cleaning.boilerplate import strip_boilerplate
from cleaners.cleaning.boilerplate.wording import LANGUAGES

from .helpers import CLEAN_TEXT, removals, with_lines

# (language, a line real news sites print, the rule that removes it). The first ones are the
# lines issue 20 found kept on real pages.
JUNK = [
    ("cs", "Sdílet článek", "share_prompt"),
    ("cs", "Související", "related_links"),
    ("cs", "Nejnovější zprávy do e-mailu", "newsletter_promo"),
    ("de", "Kommentare lesen", "comments"),
    ("de", "Version zum Drucken", "share_prompt"),
    ("de", "Abonnieren", "newsletter_promo"),
    ("de", "« Vorige | Nächste »", "navigation"),
    ("fr", "Suivre", "share_prompt"),
    ("fr", "Recevoir la newsletter", "newsletter_promo"),
    ("fr", "Gérez votre abonnement", "paywall_prompt"),
    ("pt", "Ouvir o texto", "media_player"),
    ("es", "Enviá tu comentario", "comments"),
    ("ja", "ツイート", "share_prompt"),
    ("zh", "返回首页>>", "navigation"),
    ("zh", "责任编辑：王小明", "staff_credit"),
    (
        "fr",
        (
            "En poursuivant votre navigation sur ce site, vous acceptez l'utilisation de cookies "
            "pour vous proposer des contenus adaptés à vos centres d'intérêts."
        ),
        "cookie_notice",
    ),
    ("en", "Sign up for our newsletter", "newsletter_promo"),
    ("de", "Das könnte Sie auch interessieren", "related_links"),
    ("de", "Redaktion: Anna Müller", "staff_credit"),
    (
        "de",
        "Diese Website verwendet Cookies, um Ihnen die bestmögliche Nutzung zu ermöglichen.",
        "cookie_notice",
    ),
    ("es", "Lea también: El Gobierno anuncia nuevas medidas económicas", "read_more_link"),
    ("es", "Noticias relacionadas", "related_links"),
    ("pt", "Leia também", "related_links"),
    ("it", "Iscriviti alla newsletter", "newsletter_promo"),
    ("it", "Pubblicità", "advertisement"),
    ("nl", "Deel dit artikel", "share_prompt"),
    ("nl", "Lees ook: Kabinet presenteert nieuwe plannen", "read_more_link"),
    ("pl", "Czytaj także: Rząd przyjął projekt ustawy", "read_more_link"),
    ("pl", "Udostępnij", "share_prompt"),
    ("pl", "Gazeta Wyborcza. Wszelkie prawa zastrzeżone.", "copyright_footer"),
    ("cs", "Redakce: Jan Novák", "staff_credit"),
    ("ru", "Читайте также: Правительство утвердило новый бюджет", "read_more_link"),
    ("ru", "Поделиться", "share_prompt"),
    ("ru", "Редактор: Иван Петров", "staff_credit"),
    ("uk", "Поділитися", "share_prompt"),
    ("uk", "Усі права захищені.", "copyright_footer"),
    ("zh", "相关新闻", "related_links"),
    ("zh", "文/李华", "staff_credit"),
    ("ja", "関連記事", "related_links"),
    ("ko", "관련기사", "related_links"),
    ("ko", "무단전재 및 재배포 금지", "copyright_footer"),
    ("ko", "김철수 기자 kim@yna.co.kr", "staff_credit"),
    ("ja", "山田太郎記者", "staff_credit"),
]
JUNK_IDS = [f"{language}-{rule}-{n}" for n, (language, _, rule) in enumerate(JUNK)]

# Sentences of articles that mention the same words (the rules match whole lines only).
SENTENCES = [
    ("cs", "Vláda chce sdílet data o pacientech s nemocnicemi v celé zemi, uvedl ministr."),
    ("de", "Die Kommentare des Ministers wurden in der Sitzung am Dienstag scharf kritisiert."),
    ("de", "Wer die Zeitung abonnieren will, zahlt nach Angaben des Verlags künftig mehr."),
    ("fr", "Le ministre a refusé de suivre les recommandations du rapport publié mardi."),
    ("es", "El diputado envió su comentario a la comisión antes de la votación del jueves."),
    ("pt", "A população pôde ouvir o texto do decreto durante a sessão pública de ontem."),
    ("pl", "Rząd chce udostępnić dane o pacjentach szpitalom w całym kraju, powiedział minister."),
    ("ru", "Министр отказался поделиться подробностями переговоров с журналистами во вторник."),
    ("zh", "责任编辑在会议上表示，这项政策将在明年实施，并将惠及数百万家庭。"),
    ("ja", "関連記事によると、政府は来年度から新しい政策を実施する方針を明らかにした。"),
    ("de", "Redaktion: Die Regierung hat beschlossen, die Steuern im nächsten Jahr zu senken."),
    ("zh", "记者从会议上获悉，这项政策将在明年实施。"),
    ("ko", "김철수 기자는 이날 현장에서 주민들을 직접 만나 이야기를 들었다."),
    ("fr", "Les cookies publicitaires sont au cœur de l’enquête de la CNIL publiée mardi."),
]


@pytest.mark.parametrize("language, line, rule", JUNK, ids=JUNK_IDS)
def test_real_boilerplate_line_is_removed_with_its_rule(language, line, rule):
    assert removals(with_lines(line), language=language) == {line: rule}


@pytest.mark.parametrize("language, line, rule", JUNK, ids=JUNK_IDS)
def test_removing_a_real_boilerplate_line_is_idempotent(language, line, rule):
    once = strip_boilerplate(with_lines(line), language=language).text
    assert strip_boilerplate(once, language=language).text == once


@pytest.mark.parametrize(
    "language, sentence", SENTENCES, ids=[f"{s[0]}-{n}" for n, s in enumerate(SENTENCES)]
)
def test_sentence_that_mentions_a_keyword_stays(language, sentence):
    assert removals(with_lines(sentence), language=language) == {}


@pytest.mark.parametrize("language", [*LANGUAGES, None, "sv"])
def test_clean_text_is_unchanged_in_every_language(language):
    assert strip_boilerplate(CLEAN_TEXT, language=language).text == CLEAN_TEXT


def test_a_language_s_wording_holds_for_its_documents_only():
    # Czech "Související" ("related") is not a German page's menu item.
    assert removals(with_lines("Související"), language="de") == {}
    assert removals(with_lines("Související"), language="cs") == {"Související": "related_links"}


@pytest.mark.parametrize("language", [None, "sv"], ids=["undetermined", "no-vocabulary"])
def test_undetermined_language_gets_every_language_s_whole_lines(language):
    lines = ("Sdílet článek", "Kommentare lesen", "返回首页>>")
    assert set(removals(with_lines(*lines), language=language)) == set(lines)


def test_a_language_without_wording_is_still_cleaned_by_shape_and_position():
    text = f"Hem\nNyheter\nSport\nKultur\n{CLEAN_TEXT}\n© 2024 Svenska Dagbladet"
    found = removals(text, language="sv")
    assert found["© 2024 Svenska Dagbladet"] == "copyright_footer"
    assert {"Hem", "Nyheter", "Sport", "Kultur"} <= set(found)
