"""The article guard: position and shape rules never take the body, and junk around it still goes.

The pages below are shaped like the real ones the text path used to destroy (a Chinese blog under
English comments, a Portuguese story cut at a share bar, query output whose rows read as dates, a
settings table whose header reads as a breadcrumb, a sentence that opens like a photo caption, a
story under a stray "Comments" heading). The later tests give the guard decisions directly, so
they hold whatever the rules before it decide.
"""

from __future__ import annotations

import pytest

from cleaners.cleaning.boilerplate import strip_boilerplate
from cleaners.cleaning.boilerplate.guard import keep_article
from cleaners.cleaning.boilerplate.lines import read_lines
from cleaners.cleaning.boilerplate.tables import row_shape
from cleaners.cleaning.boilerplate.topics import reads_as_prose

CHINESE_BODY = [
    "去年开始，我决定把所有的开销都记在一个 SQLite 数据库里，而不是用手机上的记账软件。",
    "原因很简单：那些软件要么有广告，要么要求联网同步，数据放在别人的服务器上总觉得不放心。",
    "表结构只有三张表：账户、分类和流水。每一笔流水记录日期、金额、分类和一句备注。",
    "每天晚上花两分钟把当天的小票录进去，周末再用几条查询看看钱都花到哪里去了。",
    "一年下来，最大的收获不是省了多少钱，而是终于知道自己每个月在外卖上花了多少。",
    "我把常用的几条查询整理成了一个小脚本，放在了 GitHub 上，欢迎大家拿去改。",
    "如果你也在找一个简单、离线、完全属于自己的记账方法，不妨试试看。",
]
CHINESE_BLOG = [
    "首页",
    "归档",
    "关于",
    "搜索",
    "小林的博客",
    "用 SQLite 做个人记账的一年",
    "2023-11-05",
    *CHINESE_BODY,
    "分享到：",
    "微博",
    "微信",
    "Twitter",
    "下一篇：读《置身事内》",
    "Comments",
    "Anna",
    (
        "Great post! I have been looking for a simple offline way to track my expenses for a long "
        "time, and this is exactly what I needed. Thanks for sharing the script on GitHub."
    ),
    (
        "I tried something similar with a spreadsheet but it got messy after a few months. The SQLite "
        "approach looks much cleaner, especially the queries at the end of each week."
    ),
    "Mark",
    (
        "This is the kind of setup I like: no accounts, no cloud, no subscription fees. I moved my "
        "budget to a local database last spring and have not looked back since then."
    ),
    "© 2023 小林的博客 · Powered by Hexo",
]

PORTUGUESE_BODY = [
    (
        "A Prefeitura de Caraguatatuba anunciou nesta sexta-feira que as unidades básicas de saúde "
        "vão funcionar até as 22h durante a temporada de verão, quando a população da cidade chega a "
        "triplicar."
    ),
    (
        "Segundo a Secretaria de Saúde, a ampliação do horário vale para seis unidades e inclui "
        "atendimento aos sábados, das 8h às 14h, sem necessidade de agendamento prévio."
    ),
    (
        "A medida foi tomada depois que o pronto-socorro municipal registrou, no último fim de "
        "semana, espera de até cinco horas para casos considerados de baixa gravidade."
    ),
]
PORTUGUESE_LAST_PARAGRAPHS = [
    (
        "Para reforçar as equipes, a prefeitura contratou em caráter temporário 40 profissionais, "
        "entre médicos, enfermeiros e técnicos de enfermagem, por um período de três meses."
    ),
    (
        "O secretário de Saúde afirmou que a prefeitura avalia manter o horário estendido depois do "
        "verão, caso a procura continue alta nas unidades dos bairros mais afastados."
    ),
    (
        "Os endereços e horários das unidades estão disponíveis no site da prefeitura e podem ser "
        "consultados também pelo telefone da Ouvidoria municipal."
    ),
]
PORTUGUESE_FOOTER = [
    "Mais lidas",
    "Motorista morre em acidente na Rodovia dos Tamoios",
    "Frente fria derruba temperaturas no fim de semana",
    "Quem somos",
    "Expediente",
    "Fale conosco",
    "Política de privacidade",
    "© 2024 Folha do Litoral. Todos os direitos reservados.",
]
PORTUGUESE_ARTICLE = [
    "Folha do Litoral",
    "Início",
    "Política",
    "Economia",
    "Prefeitura amplia horário das unidades de saúde durante o verão",
    "Por Ana Paula Ribeiro",
    "12/01/2024 07h30",
    *PORTUGUESE_BODY,
    "Compartilhe",
    "Facebook",
    "Twitter",
    "WhatsApp",
    "Copiar link",
    *PORTUGUESE_LAST_PARAGRAPHS,
    *PORTUGUESE_FOOTER,
]

QUERY_ROWS = [
    f"2024-03-{day:02d} 06:00:00 {1200 + day * 37} {0.5 + day / 100:.2f}" for day in range(1, 15)
]
QUERY_BODY = [
    (
        "Our nightly backup job writes one row per run into a small audit table, with the time it "
        "finished, the number of files it copied and the compression ratio it reached."
    ),
    (
        "To check that nothing had silently stopped, I pulled the last two weeks of runs with a plain "
        "SELECT ordered by date:"
    ),
    *QUERY_ROWS,
    (
        "Every run finished at six in the morning, the file count grows by a few dozen a day as "
        "expected, and the compression ratio creeps up as more text files land in the share."
    ),
    (
        "If a night is missing from that list, the job did not run, and that is exactly what the "
        "alert now checks for."
    ),
]
QUERY_JUNK = [
    "Share this:",
    "Facebook",
    "Related",
    "Rotating logs without losing a line",
    "© 2024 Dana's notes. All rights reserved.",
]
QUERY_POST = [
    "Home",
    "Blog",
    "Projects",
    "About",
    "Tracking nightly backups with a single SQL query",
    "Posted on March 15, 2024 by Dana",
    *QUERY_BODY,
    *QUERY_JUNK,
]

SETTINGS_BODY = [
    (
        "The cache server reads its settings from a single file when it starts. The options below "
        "are the ones most deployments change; everything else can stay at its default."
    ),
    "| Setting | Meaning |",
    "| --- | --- |",
    "| Listen | Address and port to accept connections on |",
    "| Memory | Largest amount of memory the cache may use |",
    "| Eviction | Which entries go first when memory runs out |",
    "| Timeout | Seconds an idle client may stay connected |",
    "| Threads | Worker threads, usually one per core |",
    (
        "After changing a setting, restart the server so that it reads the file again. The running "
        "server never reloads its settings on its own."
    ),
]
SETTINGS_JUNK = [
    "Docs",
    "Guides",
    "API",
    "Blog",
    "Edit this page on GitHub",
    "© 2024 Cache Project",
]
SETTINGS_PAGE = [
    *SETTINGS_JUNK[:4],
    "Configuring the cache server",
    *SETTINGS_BODY,
    *SETTINGS_JUNK[4:],
]

HARBOUR_BODY = [
    (
        "For most of the last century the harbour of Porto Velho was the reason the town existed. "
        "Its fishing fleet fed three valleys, and its market drew buyers from as far as the capital."
    ),
    (
        "The photo shows how little was left of the piers after the storm of 1998, when two nights of "
        "waves tore away almost everything the fishermen had built."
    ),
    (
        "What followed was unusual. Instead of waiting for money from the ministry, the fishermen's "
        "cooperative bought timber with its own savings and started rebuilding the piers themselves, "
        "one section every winter."
    ),
    (
        "It took them eleven years. Today the harbour is smaller than it was, but it is theirs, and "
        "the cooperative still repairs it every January with the same hand tools."
    ),
]
HARBOUR_JUNK = [
    "World",
    "Business",
    "Science",
    "Share on Facebook",
    "More from Science",
    "Sign up for our weekly newsletter",
]
HARBOUR_STORY = [
    *HARBOUR_JUNK[:3],
    "The town that rebuilt its harbour by hand",
    "By Maria Lopes",
    "June 3, 2023",
    *HARBOUR_BODY,
    *HARBOUR_JUNK[3:],
]

BAKERY_STORY = [
    (
        "Every morning at six, before the first customers arrive, Elena Marsh sorts the loaves her "
        "bakery did not sell the day before into two crates by the back door."
    ),
    (
        "For years most of that bread went to a pig farmer outside town. Since last spring it has gone "
        "to the community hall across the street instead, where a handful of volunteers turn it into "
        "toast, bread pudding and sandwiches for anyone who walks in."
    ),
    (
        "The breakfast club started almost by accident. Marsh had offered the leftover loaves to the "
        "hall's caretaker, who mentioned that several older residents came in early for the heating "
        "and often skipped breakfast."
    ),
    (
        "Within a month the club was serving thirty people a morning. Now it is closer to sixty, and a "
        "local dairy donates milk and butter twice a week to go with the bakery's bread."
    ),
    (
        "Marsh says the club costs her nothing but a few minutes of sorting bread, and that it has "
        "changed how she thinks about the bakery's waste. She now bakes slightly less of the loaves "
        "that were always left over and more of the rolls the breakfast club asks for."
    ),
    (
        "The volunteers would like to open on weekends too, but they need two more people who can "
        "arrive at six to make it work. Anyone interested can leave their name at the bakery counter."
    ),
]
TOP_STORIES = [
    (
        "The county board approved a new budget on Tuesday after three months of negotiations, adding "
        "money for road repairs and two new school buses while trimming the parks department."
    ),
    (
        "Volunteers planted more than four hundred trees along the river path on Saturday, the largest "
        "planting day the conservation group has organised since it was founded in 2009."
    ),
    (
        "The high school robotics team qualified for the state finals for the first time, after its "
        "machine won five of six matches at the regional tournament in Fairview."
    ),
    (
        "A late frost damaged early blossoms in several orchards north of town, and growers say it is "
        "too soon to tell how much of this year's apple harvest will be lost."
    ),
]
NEWS_PAGE = [
    "The Valley Courier",
    "News",
    "Sport",
    "Opinion",
    "Top stories this week",
    *TOP_STORIES,
    "Comments",
    "Bakery owner turns leftover bread into a neighbourhood breakfast club",
    *BAKERY_STORY,
    "Share this story",
    "Facebook",
    "© 2024 The Valley Courier",
]

PAGES = {
    "chinese blog under english comments": (
        CHINESE_BLOG,
        CHINESE_BODY,
        ["首页", "归档", "分享到：", "© 2023 小林的博客 · Powered by Hexo"],
    ),
    "portuguese story past a share bar": (
        PORTUGUESE_ARTICLE,
        PORTUGUESE_BODY + PORTUGUESE_LAST_PARAGRAPHS,
        ["Compartilhe", "Copiar link", *PORTUGUESE_FOOTER],
    ),
    "query output with a date on every row": (QUERY_POST, QUERY_BODY, ["Home", *QUERY_JUNK]),
    "table header shaped like a breadcrumb": (SETTINGS_PAGE, SETTINGS_BODY, SETTINGS_JUNK),
    "sentence opening like a photo caption": (
        HARBOUR_STORY,
        HARBOUR_BODY,
        ["By Maria Lopes", *HARBOUR_JUNK],
    ),
    "story under a stray comments heading": (
        NEWS_PAGE,
        ["Bakery owner turns leftover bread into a neighbourhood breakfast club", *BAKERY_STORY],
        ["The Valley Courier", "News", "Share this story", "© 2024 The Valley Courier"],
    ),
}


@pytest.mark.parametrize(("page", "body", "junk"), PAGES.values(), ids=PAGES.keys())
def test_body_survives_and_junk_goes(page: list[str], body: list[str], junk: list[str]):
    stripped = strip_boilerplate("\n".join(page))
    kept = stripped.text.split("\n")
    assert [line for line in body if line not in kept] == []
    assert [line for line in junk if line in kept] == []
    assert {removal.text for removal in stripped.removed}.isdisjoint(body)


@pytest.mark.parametrize(("page", "body", "junk"), PAGES.values(), ids=PAGES.keys())
def test_stripping_the_result_again_changes_nothing(page, body, junk):
    once = strip_boilerplate("\n".join(page)).text
    assert strip_boilerplate(once).text == once


def test_clean_article_is_unchanged():
    text = "\n".join(HARBOUR_BODY)
    assert strip_boilerplate(text).text == text


def guarded(texts: list[str], rules: list[str | None]) -> list[str | None]:
    """Return the guard's decisions for lines given with the rules' decisions."""
    return keep_article(read_lines("\n".join(texts)), rules)


def test_wording_rules_are_never_reverted():
    texts = [*HARBOUR_BODY[:2], "Share this article", *HARBOUR_BODY[2:]]
    rules = [None, None, "share_prompt", None, None]
    assert guarded(texts, rules) == rules


def test_table_rows_go_back_together():
    rows = SETTINGS_BODY[1:8]
    rules = ["breadcrumb", "page_header", "page_header", None, None, None, None]
    assert guarded(rows, rules) == [None] * len(rows)


def test_a_menu_set_as_a_table_outside_the_body_stays_removed():
    menu = ["| Home | News | Sport |", "| Weather | Travel | Money |", "| Jobs | Homes | Cars |"]
    texts = [*HARBOUR_BODY, "Sign up for our weekly newsletter", *menu]
    rules = [None] * 4 + ["newsletter_promo"] + ["page_footer"] * 3
    assert guarded(texts, rules) == rules


def test_a_calendar_of_dates_stays_removed():
    days = [f"{day}. Oktober 2020" for day in range(20, 31)]
    assert guarded([*HARBOUR_BODY, *days], [None] * 4 + ["date_line"] * len(days))[4:] == [
        "date_line"
    ] * len(days)


def test_a_caption_with_its_date_stays_removed():
    caption = (
        "Fishermen repair a section of the pier in Porto Velho, Portugal, on Tuesday, "
        "Jan. 10, 2023."
    )
    texts = [*HARBOUR_BODY[:2], caption, *HARBOUR_BODY[2:]]
    assert guarded(texts, [None, None, "photo_caption", None, None])[2] == "photo_caption"


def test_a_comment_thread_stays_removed_though_longer_than_the_article():
    thread = []
    for name, comment in zip(("Anna", "Tom", "Lee", "Sam"), BAKERY_STORY, strict=False):
        thread += [name, "March 3, 2024 at 4:15 pm", comment, "Reply"]
    texts = [*HARBOUR_BODY[:2], "Comments", *thread]
    rules = [None, None, "comments"] + ["comments"] * len(thread)
    assert guarded(texts, rules) == rules


def test_teasers_for_other_stories_stay_removed():
    teasers = [
        "Harbour towns bet on tourism as fishing declines",
        (
            "Across the coast, small ports are turning fish markets into restaurants and piers into "
            "marinas, hoping visitors will replace the fleets..."
        ),
        "The last boatbuilder of the northern coast",
        (
            "He has built wooden fishing boats for fifty years and has no apprentice to take over the "
            "yard when he retires next spring..."
        ),
    ]
    texts = [*HARBOUR_BODY, "More from Science", *teasers]
    rules = [None] * 4 + ["related_links"] + ["page_footer"] * 4
    assert guarded(texts, rules) == rules


def test_prose_in_cjk_is_told_by_its_characters_and_marks():
    chinese, menu = read_lines("\n".join([CHINESE_BODY[1], "个人记账软件推荐"]))
    assert reads_as_prose(chinese) and not reads_as_prose(menu)


@pytest.mark.parametrize(
    ("row", "shape"),
    [
        ("| Listen | Address and port to accept connections on |", 2),
        ("2024-03-01 06:00:00 1237 0.51", "0-0-0 0:0:0 0 0.0"),
        ("Name\tType\tDefault", 3),
        ("26. Oktober 2020", None),
        ("Every run finished at six in the morning.", None),
    ],
    ids=["pipe row", "query output", "tab separated", "calendar day", "sentence"],
)
def test_row_shapes(row: str, shape):
    assert row_shape(read_lines(row)[0]) == shape


def test_paragraphs_after_a_related_heading_are_no_continuation():
    related = [
        (
            "The fishermen's cooperative plans to extend the harbour's northern pier next winter, "
            "using timber from the same forest as the piers it rebuilt after the storm."
        ),
        (
            "The harbour of Vila Nova, two valleys further north, is raising money from its own "
            "fishermen to rebuild its piers the way Porto Velho did."
        ),
    ]
    texts = [*HARBOUR_BODY, "Related stories", *related]
    rules = [None] * 4 + ["related_links", "page_footer", "page_footer"]
    assert guarded(texts, rules) == rules


def test_paragraphs_carrying_on_past_a_share_bar_come_back():
    texts = [*HARBOUR_BODY[:2], "Share on Facebook", "Share on Twitter", *HARBOUR_BODY[2:]]
    rules = [None, None, "share_prompt", "share_prompt", "page_footer", "page_footer"]
    assert guarded(texts, rules) == [None, None, "share_prompt", "share_prompt", None, None]
