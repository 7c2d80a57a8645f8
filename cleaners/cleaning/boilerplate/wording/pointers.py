"""Pointers to other pages: related-stories headings, "read also:" openers, tag headings."""

from __future__ import annotations

from cleaners.cleaning.boilerplate.vocab import Wording

# Headings of related, popular and recommended link boxes (whole lines).
RELATED: Wording = {
    "de": ("das könnte {sie,dich,euch} auch interessieren", "auch interessant",
           "{weitere,ähnliche,verwandte,neueste,aktuelle} {artikel,beiträge,themen,meldungen}",
           "mehr zum thema", "mehr zu diesem thema", "lesen sie auch die folgenden beiträge",
           "beliebte beiträge zum thema", "meistgelesen", "meist gelesen",
           "am meisten gelesen", "{beliebte,empfohlene} {beiträge,artikel}", "empfohlen für dich",
           "empfehlungen", "top-artikel", "zum weiterlesen", "lesen sie auch", "lust auf mehr?",
           "weitere artikel ...",
           "weitere beiträge ...", "weitere meldungen ...", "mehr lesen über ..."),
    "fr": ("à lire aussi", "lire aussi", "à lire également", "sur le même sujet",
           "articles {similaires,liés,recommandés}", "dans la même rubrique", "les plus lus",
           "les plus populaires", "à découvrir", "à voir aussi", "vous aimerez aussi",
           "vous pourriez aussi aimer", "derniers articles", "dernières actualités", "voir aussi",
           "plus d'articles ...", "plus d'actualités ...", "les articles les plus lus"),
    "es": ("{noticias,notas,temas,artículos} relacionad{os,as}", "lo más leído", "más leídas",
           "más leído", "más noticias", "otras noticias", "te puede interesar",
           "también te puede interesar", "le puede interesar", "te recomendamos", "recomendados",
           "últimas noticias", "vea también", "ver también", "lee también", "lea también",
           "más noticias de ..."),
    "pt": ("notícias relacionadas", "artigos relacionados", "leia também", "veja também",
           "mais lidas", "mais lidos", "mais notícias", "últimas notícias", "você pode gostar",
           "relacionados", "recomendados para você"),
    "it": ("leggi anche", "articoli correlati", "notizie correlate", "potrebbe interessarti",
           "ti potrebbe interessare", "i più letti", "più letti", "ultime notizie",
           "potrebbero interessarti anche", "altri articoli ..."),
    "nl": ("lees ook", "gerelateerde artikelen", "gerelateerd", "meest gelezen", "meer nieuws",
           "laatste nieuws", "aanbevolen", "ook interessant", "misschien ook interessant",
           ),
    "pl": ("czytaj też", "czytaj także", "zobacz też", "zobacz także", "polecamy",
           "najczęściej czytane", "najpopularniejsze", "powiązane artykuły", "podobne artykuły",
           "przeczytaj również", "przeczytaj też", ),
    "cs": ("související", "související články", "související zprávy", "čtěte také",
           "čtěte též", "nejčtenější", "nejnovější zprávy", "mohlo by vás zajímat",
           "další články", "doporučujeme", "více zpráv", "další články z ..."),
    "ru": ("читайте также", "по теме", "похожие статьи", "похожие новости", "самое читаемое",
           "популярное", "последние новости", "другие новости", "новости по теме", "рекомендуем",
           "смотрите также", "еще по теме", "ещё по теме", "материалы по теме",
           "больше новостей ..."),
    "uk": ("читайте також", "по темі", "на цю тему", "схожі статті", "схожі новини",
           "найпопулярніше", "популярне", "останні новини", "інші новини", "новини на тему",
           "рекомендуємо", "дивіться також", "більше новин ..."),
    "zh": ("相关新闻", "相关阅读", "相关文章", "延伸阅读", "推荐阅读", "热门文章", "热门新闻",
           "最新文章", "最新新闻", "猜你喜欢", "热点推荐", "相关推荐", "大家都在看", "阅读排行"),
    "ja": ("関連記事", "関連ニュース", "あわせて読みたい", "おすすめ記事", "人気記事", "新着記事",
           "最新記事", "こちらもおすすめ", "アクセスランキング", "こんな記事も読まれています"),
    "ko": ("관련기사", "관련 기사", "관련 뉴스", "많이 본 뉴스", "인기 기사", "최신 기사",
           "추천 기사", "함께 볼만한 뉴스", "이 시각 주요뉴스"),
}

# Openers of a one-line pointer to another article, followed by a colon or an arrow
# ("Lesen Sie auch: ...", "VEA TAMBIÉN: ...", "相关阅读：..."), whatever the document's language.
READ_ALSO = (
    "lesen sie auch", "lesen sie mehr", "mehr zum thema", "auch interessant", "siehe auch",
    "à lire aussi", "à lire également", "voir aussi", "lire la suite", "lea también", "lee también",
    "lea más", "vea también", "mira también", "le puede interesar", "lee además",
    "leia mais", "confira também", "vedi anche", "lees ook", "lees meer", "zie ook", "czytaj też",
    "czytaj także", "czytaj więcej", "zobacz też", "zobacz także", "przeczytaj też", "čtěte také",
    "čtěte též", "přečtěte si také", "читайте также", "смотрите также", "по теме",
    "читайте також", "дивіться також", "на цю тему", "相关阅读", "延伸阅读", "相关新闻",
    "推荐阅读", "関連記事", "あわせて読みたい", "관련기사", "관련 기사", "함께 읽기",
)

# Tag-list headings, alone on a line or opening it with a colon ("Schlagworte: ...").
TAG_HEADINGS = (
    "schlagwörter", "schlagworte", "schlagworte zum thema", "stichwörter", "stichworte",
    "markiert mit", "kategorie", "kategorien", "étiquettes", "mots clés", "mots-clés",
    "catégories", "temas", "etiquetas", "tags relacionados", "temas relacionados", "tópicos",
    "assuntos", "parole chiave", "argomenti", "trefwoorden", "onderwerpen", "tagi", "tematy",
    "štítky", "témata", "теги", "метки", "рубрики", "теми", "мітки", "标签", "关键词", "タグ",
    "キーワード", "태그", "키워드",
)
