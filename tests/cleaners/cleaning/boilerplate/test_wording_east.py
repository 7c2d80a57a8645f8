"""Boilerplate wording of Polish, Czech, Russian and Ukrainian pages.

Lines as the major news sites of each language print them; sentences as their articles write the
same words (whole-line vocabularies must leave them alone).
"""

import pytest

from .wording_cases import case_ids, junk_cases, removed_by, sentence_cases

JUNK = {
    "pl": [
        ("Udostępnij na Facebooku", "share_prompt"),
        ("Obserwuj nas na Twitterze", "share_prompt"),
        ("Zapisz się do newslettera", "newsletter_promo"),
        ("Dziękujemy za zapisanie się do newslettera!", "newsletter_promo"),
        ("Treść dostępna dla subskrybentów", "paywall_prompt"),
        ("Masz już konto? Zaloguj się", "paywall_prompt"),
        ("Najczęściej czytane", "related_links"),
        ("Polecamy", "related_links"),
        ("Czytaj też: Sejm przyjął ustawę o podatkach", "read_more_link"),
        ("Komentarze (12)", "comments"),
        ("Reklama", "advertisement"),
        ("Drukuj", "share_prompt"),
        ("Posłuchaj artykułu", "share_prompt"),
        ("Przejdź do treści", "navigation"),
        ("Do góry", "navigation"),
        ("Ładowanie...", "navigation"),
        ("Tagi: Sejm, podatki", "tag_list"),
        (
            "Ta strona używa plików cookie w celu świadczenia usług na najwyższym poziomie.",
            "cookie_notice",
        ),
        ("Następny artykuł", "navigation"),
        ("Pobierz aplikację", "app_badge"),
        ("Zaloguj się", "navigation"),
        ("Autor: Jan Kowalski", "byline"),
        ("Musisz być zalogowany, aby dodać komentarz.", "comment_form"),
    ],
    "cs": [
        ("Sdílet na Facebooku", "share_prompt"),
        ("Sledujte nás na Instagramu", "share_prompt"),
        ("Přihlaste se k odběru newsletteru", "newsletter_promo"),
        ("Děkujeme za přihlášení k odběru!", "newsletter_promo"),
        ("Článek je dostupný pouze pro předplatitele", "paywall_prompt"),
        ("Jste předplatitel? Přihlaste se", "paywall_prompt"),
        ("Související články", "related_links"),
        ("Nejčtenější", "related_links"),
        ("Čtěte také: Vláda schválila rozpočet na příští rok", "read_more_link"),
        ("Diskuse (24)", "comments"),
        ("Reklama", "advertisement"),
        ("Tisk", "share_prompt"),
        ("Poslechněte si článek", "share_prompt"),
        ("Přejít k obsahu", "navigation"),
        ("Zpět nahoru", "navigation"),
        ("Načítání...", "navigation"),
        ("Témata: vláda, rozpočet", "tag_list"),
        (
            "Tento web používá k poskytování služeb, personalizaci reklam a analýze "
            "návštěvnosti soubory cookie.",
            "cookie_notice",
        ),
        ("Další článek", "navigation"),
        ("Stáhněte si aplikaci", "app_badge"),
        ("Přihlásit se", "navigation"),
        ("Autor: Jan Novák", "byline"),
        ("Líbil se vám článek? Sdílejte ho s přáteli!", "share_appeal"),
    ],
    "ru": [
        ("Поделиться в Telegram", "share_prompt"),
        ("Подписывайтесь на наш Telegram-канал", "share_prompt"),
        ("Подпишитесь на нашу рассылку", "newsletter_promo"),
        ("Спасибо за подписку!", "newsletter_promo"),
        ("Только для подписчиков", "paywall_prompt"),
        ("Уже подписаны? Войдите", "paywall_prompt"),
        ("Самое читаемое", "related_links"),
        ("Новости по теме", "related_links"),
        ("Читайте также: Правительство утвердило бюджет на 2025 год", "read_more_link"),
        ("Комментарии (15)", "comments"),
        ("Реклама", "advertisement"),
        ("Версия для печати", "share_prompt"),
        ("Слушать статью", "share_prompt"),
        ("Перейти к основному содержанию", "navigation"),
        ("Наверх", "navigation"),
        ("Загрузка...", "navigation"),
        ("Теги: экономика, бюджет", "tag_list"),
        ("Мы используем файлы cookie для улучшения работы сайта.", "cookie_notice"),
        ("Следующая статья", "navigation"),
        ("Скачать приложение", "app_badge"),
        ("Войти", "navigation"),
        ("Автор: Иван Петров", "staff_credit"),
        ("Чтобы оставить комментарий, войдите или зарегистрируйтесь.", "comment_form"),
        ("Понравилась статья? Поделитесь с друзьями!", "share_appeal"),
    ],
    "uk": [
        ("Поділитися у Facebook", "share_prompt"),
        ("Стежте за нами в Telegram", "share_prompt"),
        ("Підпишіться на нашу розсилку", "newsletter_promo"),
        ("Дякуємо за підписку!", "newsletter_promo"),
        ("Лише для передплатників", "paywall_prompt"),
        ("Читайте також", "related_links"),
        ("Найпопулярніше", "related_links"),
        ("Читайте також: Уряд ухвалив бюджет на 2025 рік", "read_more_link"),
        ("Коментарі (7)", "comments"),
        ("Реклама", "advertisement"),
        ("Версія для друку", "share_prompt"),
        ("Слухати статтю", "share_prompt"),
        ("Перейти до основного вмісту", "navigation"),
        ("Вгору", "navigation"),
        ("Завантаження...", "navigation"),
        ("Теги: економіка, бюджет", "tag_list"),
        ("Ми використовуємо файли cookie для покращення роботи сайту.", "cookie_notice"),
        ("Наступна новина", "navigation"),
        ("Завантажити застосунок", "app_badge"),
        ("Увійти", "navigation"),
        ("Автор: Іван Петренко", "staff_credit"),
        ("Сподобалась стаття? Поділіться з друзями!", "share_appeal"),
    ],
}

SENTENCES = {
    "pl": [
        "Rząd chce udostępnić dane samorządom, poinformował rzecznik ministerstwa.",
        "Komentarze ministra wywołały burzę w Sejmie.",
        "Reklama alkoholu w telewizji będzie zakazana od przyszłego roku.",
        "Subskrybenci serwisu otrzymają zniżkę w wysokości 20 procent.",
        "Następny krok to głosowanie w Senacie, zaplanowane na marzec.",
        "Aplikacja została pobrana ponad milion razy w pierwszym tygodniu.",
        "Polecamy zachować ostrożność na drogach, apeluje policja w komunikacie.",
        "Ładowanie samochodów elektrycznych będzie tańsze od lipca.",
        "Do góry poszły ceny paliw na stacjach w całym kraju.",
        "Autor raportu zwraca uwagę na rosnące koszty energii.",
        "Czytaj więcej o planach rządu mogli posłowie w dokumentach z komisji.",
    ],
    "cs": [
        "Vláda chce sdílet data o pacientech s nemocnicemi, uvedl ministr zdravotnictví.",
        "Diskuse o rozpočtu ve sněmovně trvala až do pozdních nočních hodin.",
        "Reklama na alkohol bude v televizi od příštího roku zakázána.",
        "Předplatitelé časopisu dostanou slevu dvacet procent.",
        "Tisk informoval o schůzce premiéra s prezidentem až v úterý večer.",
        "Další jednání vlády je naplánováno na pondělí.",
        "Aplikaci si stáhlo více než milion lidí během prvního týdne.",
        "Související dokumenty ministerstvo zveřejnilo na svém webu.",
        "Nahoru šly ceny pohonných hmot na čerpacích stanicích po celé zemi.",
        "Načítání dat trvalo podle statistiků déle, než se čekalo.",
        "Soubory cookie jsou předmětem vyšetřování Úřadu pro ochranu osobních údajů.",
    ],
    "ru": [
        "Министр отказался поделиться подробностями переговоров с журналистами.",
        "Комментарии президента вызвали бурную реакцию в Госдуме.",
        "Реклама в интернете выросла на 20% за год, сообщает ассоциация.",
        "Подписчики канала получат доступ к архиву бесплатно.",
        "Следующая встреча сторон запланирована на март.",
        "Приложение скачали более миллиона раз за первую неделю.",
        "Наверх поднялись цены на бензин в большинстве регионов.",
        "Загрузка зерна в порту Новороссийска заняла две недели.",
        "Читайте также внимательно условия договора, советуют юристы.",
        "Автор законопроекта заявил, что документ будет доработан.",
        "По теме выступления ученые спорили до позднего вечера.",
        "Статья понравилась не всем читателям, признал главный редактор.",
    ],
    "uk": [
        "Міністр відмовився поділитися подробицями переговорів із журналістами.",
        "Коментарі президента викликали бурхливу реакцію у Верховній Раді.",
        "Реклама в інтернеті зросла на 20% за рік, повідомляє асоціація.",
        "Передплатники газети отримають знижку двадцять відсотків.",
        "Наступна зустріч сторін запланована на березень.",
        "Застосунок завантажили понад мільйон разів за перший тиждень.",
        "Завантаження зерна в порту Одеси тривало два тижні.",
        "Дякуємо за підтримку, сказав мер волонтерам на зустрічі в суботу.",
        "Вгору пішли ціни на пальне на більшості заправок.",
        "Автор законопроєкту заявив, що документ буде доопрацьовано.",
        "Стежте за нами, попросив рятувальник людей під час евакуації.",
    ],
}


JUNK_CASES = junk_cases(JUNK)
SENTENCE_CASES = sentence_cases(SENTENCES)


@pytest.mark.parametrize("language, line, rule", JUNK_CASES, ids=case_ids(JUNK_CASES))
def test_real_boilerplate_line_goes_with_its_rule(language, line, rule):
    assert removed_by(line, language) == rule


@pytest.mark.parametrize("language, sentence", SENTENCE_CASES, ids=case_ids(SENTENCE_CASES))
def test_sentence_with_the_trigger_words_stays(language, sentence):
    assert removed_by(sentence, language) is None
    assert removed_by(sentence, None) is None
