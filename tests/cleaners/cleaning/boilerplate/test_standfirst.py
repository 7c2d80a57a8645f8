"""A standfirst under the headline shares its topic; a "most read" box's teasers do not.

Real scraped lines of a Brazilian news page (campograndenews.com.br): the story's own headline
and standfirst sit in a related-links block the wording rules take, so the headline found is a
teaser of the "most read" box above; the teasers under it used to stay as its standfirst.
"""

from __future__ import annotations

from cleaners.cleaning.boilerplate import strip_boilerplate
from cleaners.cleaning.boilerplate.headline import is_standfirst
from cleaners.cleaning.boilerplate.lines import read_lines
from cleaners.cleaning.boilerplate.topics import topic_words

MOST_READ = [
    "As mais Mais lidas",
    "Adolescente encontrada morta em vala estava grávida de 3 meses, confirma irmã",
    '"Ele só quis me ajudar": menina conta que pediu apoio do padrasto para sumir',
    "Menina de 11 anos que desapareceu no Jardim Itamaracá estava com o ex-padrasto",
    "Casal de jovens foi incinerado ao ir comprar droga no território do tráfico",
    'OAB suspende por 30 dias atuação de advogada do "Sintonia dos Gravatas"',
]
STORY_TOP = [
    "Últimas notícias",
    "Interior",
    "Adolescente encontrada morta em vala estava grávida de 3 meses, confirma irmã",
    "Gestação era mantida em segredo pela vítima e a irmã",
    "Por Adriano Fernandes | 03/05/2022 20:36",
    "Luana Yasmin Gonçalves da Silva. (Foto: Direto das Ruas)",
]
BODY = [
    (
        "O mistério em torno da morte da adolescente Luana Yasmin Gonçalves da Silva, de 15 anos, "
        "ganhou um elemento ainda mais intrigante. Conforme a irmã da vítima, Luana estava grávida "
        'de 3 meses, mas a gestação, supostamente, estava sendo mantida em "segredo".'
    ),
    (
        '"Eu mesma que comprei o teste de gravidez para ela fazer e deu positivo na minha frente", '
        "diz a garota em áudio adquirido pela polícia. Sem justificar o porquê, a familiar "
        "ressalta que a irmã não queria que ninguém soubesse do bebê."
    ),
    (
        "A jovem de 21 anos era uma das pessoas que estavam com Luana no momento em que a menina "
        "teria desaparecido e se negava a devolver o aparelho. Ela chegou a usar o celular da "
        "adolescente para se comunicar com a família dela e saber notícias quando a menina ainda "
        "estava desaparecida."
    ),
    (
        "Desaparecimento - Luana desapareceu na madrugada de sábado (23) após passar a noite com "
        "duas amigas e dois amigos de um bar no centro de Ponta Porã. O corpo da menina foi "
        "encontrado em uma valeta de águas pluviais nos fundos do shopping de importados Planet "
        "Outlet, no lado paraguaio da linha internacional."
    ),
]
PAGE = "\n".join(["Menu", "CAMPO GRANDE 13º", *MOST_READ, *STORY_TOP, *BODY, "Nos siga no"])


def test_teasers_for_other_stories_under_a_teaser_headline_go():
    kept = strip_boilerplate(PAGE).text
    assert "Casal de jovens foi incinerado" not in kept
    assert "OAB suspende por 30 dias" not in kept
    for paragraph in BODY:
        assert paragraph in kept


def test_a_standfirst_restating_the_headline_in_other_words_is_one():
    # a German press release: the standfirst shares one word ("Netzintegration") with the headline
    headline = "IWES und Nordex Group intensivieren Zusammenarbeit bei Netzintegration"
    standfirst = (
        "- Gemeinsam entwickelter Versuchsstand reduziert erforderlichen Messaufwand zur "
        "Netzintegration signifikant"
    )
    line = read_lines(standfirst)[0]
    assert is_standfirst(line, topic_words(headline.lower()))
    assert not is_standfirst(line, topic_words(MOST_READ[3].lower()))
