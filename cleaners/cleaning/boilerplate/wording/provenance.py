"""Site provenance printed around an article: licence notices, "views expressed" disclaimers,
"powered by" footers, channel invitations and search-engine source prompts. Blog engines print
some of them in the reader's language (WordPress's own translations of "Proudly powered by %s").
"""

from __future__ import annotations

from cleaners.cleaning.boilerplate.vocab import Wording

# Licence notices of a site or a post: phrases found anywhere in the line (legal_notice).
LICENSES: Wording = {
    "en": (
        "{is,are,article,content,post,work,text} licensed under {a,the,} {creative commons,cc by,"
        "cc-by,cc0}",
        "{available,published,released} under {a,the} creative commons",
        "this work is licensed under",
    ),
    "de": (
        "{steht,stehen,ist,sind} unter {einer,der} creative-commons-lizenz",
        "{unterliegt,unterliegen} {dieser,der,einer} creative-commons-lizenz",
        "lizenziert unter {einer,der} creative{ ,-}commons",
        "{inhalte,texte} dieser {website,seite} {stehen,steht} unter cc",
    ),
    "fr": ("{est,sont} {mis,mise,publié,publiée,diffusé,diffusée} sous licence creative commons",),
    "es": ("{está,están,publicado,publicada} bajo una licencia creative commons",),
    "pt": ("{está,estão,licenciado,licenciada} {sob,com} uma licença creative commons",),
    "it": (
        "{è,sono,distribuito,distribuita,rilasciato} {sotto,con} {una ,la ,}licenza creative commons",
    ),
    "nl": ("{valt,vallen,is,staat} onder een creative commons{-licentie, licentie}",),
    "pl": ("{jest,są} {dostępny,dostępne,udostępniony,udostępnione} na licencji creative commons",),
    "cs": ("{je,jsou} {k dispozici,šířen,šířeny} pod licencí creative commons",),
    "ru": ("{распространяется,доступен,доступны} {по,под} лицензи{и,ей} creative commons",),
    "uk": ("{поширюється,доступний,доступні} {за,під} ліцензією creative commons",),
    "zh": ("采用知识共享", "本作品采用", "遵循 cc by", "遵循cc by"),
    "ja": (
        "クリエイティブ・コモンズ・ライセンスの下に提供されています",
        "クリエイティブ・コモンズ 表示",
    ),
    "ko": ("크리에이티브 커먼즈 저작자표시", "크리에이티브 커먼즈 라이선스에 따라"),
}

# Words every licence phrase holds, for the rule's cheap pre-check (a phrase's longest word may
# be a common one: "published", "available").
LICENSE_HINTS = (
    "creative",
    "cc by",
    "cc-by",
    "cc0",
    "unter cc",
    "licensed under",
    "知识共享",
    "本作品采用",
    "クリエイティブ",
    "크리에이티브",
)

# "The views expressed are the author's own": phrases found anywhere in the line (legal_notice).
VIEWS_EXPRESSED: Wording = {
    "en": (
        "the {views,opinions} expressed in this {article,post,column,piece,blog} are",
        "{views,opinions} expressed on this {site,website,blog} are",
        "are those of the author{,s} and do not necessarily",
        "are the author's own and do not",
    ),
    "de": (
        "{der beitrag,der artikel,der text,der gastbeitrag} gibt die meinung {des autors,der "
        "autorin} wieder",
        "{muss,müssen} nicht {die meinung,der meinung} der redaktion {entsprechen,wiedergeben}",
    ),
    "fr": (
        "{n'engagent,n’engagent} que {leur auteur,leurs auteurs,l'auteur}",
        "ne reflètent pas nécessairement {la position,l'opinion} de la rédaction",
    ),
    "es": (
        "no {reflejan,refleja} necesariamente la opinión de {este medio,la redacción,este diario}",
        "{son,es} responsabilidad exclusiva de {sus autores,su autor,los autores}",
    ),
    "pt": (
        "não {reflete,refletem} necessariamente a opinião {do veículo,da redação,do site,do jornal}",
        "{são,é} de {inteira ,}responsabilidade {exclusiva ,}{do autor,dos autores}",
    ),
    "it": (
        "non {riflettono,riflette} necessariamente {le opinioni,l'opinione} della redazione",
        "le opinioni espresse {sono,appartengono} {dell'autore,agli autori,all'autore}",
    ),
    "nl": ("{weerspiegelt,weerspiegelen} niet {noodzakelijk,per se} de mening van de redactie",),
    "pl": ("{nie musi,nie muszą} odzwierciedlać {stanowiska,poglądów,opinii} {redakcji,wydawcy}",),
    "cs": ("{nemusí,nemusejí} vyjadřovat {názor,stanovisko,postoj} redakce",),
    "ru": ("мнение {редакции,издания} может не совпадать с мнением {автора,авторов}",),
    "uk": ("думка редакції може не збігатися з думкою {автора,авторів}",),
    "zh": ("本文观点仅代表作者本人", "不代表本站立场", "文章观点仅代表作者"),
    "ja": ("記事の内容は執筆者個人の見解であり", "筆者個人の見解であり"),
    "ko": ("본 기고는 필자 개인의 의견", "본지의 편집 방향과 다를 수 있습니다"),
}

# Words every "views expressed" phrase holds, for the rule's cheap pre-check.
VIEWS_HINTS = (
    "expressed",
    "author's own",
    "necessarily",
    "engagent",
    "nécessairement",
    "necesariamente",
    "necessariamente",
    "responsabilidad",
    "responsabilidade",
    "espresse",
    "meinung des autors",
    "meinung der autorin",
    "meinung der redaktion",
    "noodzakelijk",
    "per se",
    "odzwierciedlać",
    "vyjadřovat",
    "совпадать",
    "збігатися",
    "观点",
    "立场",
    "見解",
    "의견",
    "편집 방향",
)

# A blog engine's or theme's footer credit: openings of a short line (copyright_footer).
POWERED_BY: Wording = {
    "en": ("{proudly ,}powered by ...", "theme by ...", "built with wordpress", "site by ..."),
    "de": (
        "{stolz ,}präsentiert von wordpress",
        "betrieben mit ...",
        "bereitgestellt von wordpress",
    ),
    "fr": ("{fièrement ,}propulsé par ...",),
    "es": ("{funciona,orgullosamente funciona} con wordpress", "desarrollado con wordpress"),
    "pt": ("{orgulhosamente ,}{mantido,desenvolvido} com wordpress",),
    "it": ("{orgogliosamente ,}{creato,realizzato} con wordpress",),
    "nl": ("{trots ,}{aangedreven,mogelijk gemaakt} door wordpress",),
    "pl": ("{dumnie ,}wspierane przez wordpress",),
    "cs": ("{hrdě ,}používá wordpress", "běží na wordpressu"),
    "ru": ("{сайт ,}работает на wordpress", "{гордо ,}работает на ...", "сделано на wordpress"),
    "uk": ("{з гордістю ,}працює на wordpress", "працює на ..."),
    "zh": ("自豪地采用wordpress", "由wordpress驱动", "powered by wordpress"),
    "ja": ("proudly powered by wordpress",),
    "ko": ("wordpress로 제작됨",),
}

# Invitations to a site's messenger or video channel inside a longer line ("¿Ya sabías que
# tenemos canal de Telegram? Únete…"): phrases found anywhere (social_follow). A line that opens
# with one is sharing.SHARE's (share_prompt), looked up first.
CHANNEL_INVITES: Wording = {
    "en": (
        "join our {telegram,whatsapp,youtube,discord} {channel,group,community,server}",
        "{subscribe to,follow} our {telegram,whatsapp,youtube} channel",
        "check out our youtube channel",
    ),
    "de": (
        "{folgen sie,folge,abonnieren sie,abonniere} unse{rem,ren} {telegram,whatsapp,youtube}-kanal",
        "{tritt,treten sie} unse{rem,rer} {telegram,whatsapp}-{kanal,gruppe} bei",
    ),
    "fr": (
        "{rejoignez,rejoins,abonnez-vous à,suivez} notre {chaîne,canal,groupe} {telegram,whatsapp,youtube}",
    ),
    "es": (
        "{únete a,suscríbete a,síguenos en} nuestro canal de {telegram,whatsapp,youtube}",
        "tenemos canal de {telegram,whatsapp,youtube}",
        "lo que tiene nuestro canal de youtube",
    ),
    "pt": (
        "{entre no,participe do,siga o,inscreva-se no} nosso canal {no,do} {telegram,whatsapp,youtube}",
    ),
    "it": ("{unisciti al,iscriviti al,segui il} nostro canale {telegram,whatsapp,youtube}",),
    "nl": ("{volg,abonneer je op} ons {telegram,whatsapp,youtube}-kanaal",),
    "pl": (
        "{dołącz do,subskrybuj,obserwuj} nasz{ego,} kanał{u,} na {telegramie,whatsappie,youtube}",
    ),
    "cs": ("{sledujte,přidejte se k} náš{,emu} {telegram,whatsapp,youtube} kanál{,u}",),
    "ru": (
        "{подписывайтесь на,подпишитесь на,присоединяйтесь к} наш{,ему} {telegram,телеграм}-канал{,у}",
    ),
    "uk": (
        "{підписуйтесь на,підпишіться на,приєднуйтесь до} наш{,ого} {telegram,телеграм}-канал{,у}",
    ),
    "zh": (
        "关注我们的{微信公众号,telegram频道,youtube频道}",
        "加入我们的{telegram,whatsapp}{群组,频道}",
    ),
    "ja": ("公式{youtube,line}チャンネルを登録", "公式lineアカウントを友だち追加"),
    "ko": ("{유튜브,텔레그램} 채널을 구독", "카카오톡 채널을 추가"),
}

# Prompts to make the site a preferred source in Google's results: phrases found anywhere in
# the line (share_appeal).
PREFERRED_SOURCE: Wording = {
    "en": ("as a preferred source on google", "as your preferred source on google"),
    "de": ("als bevorzugte quelle {bei,in} google",),
    "fr": ("comme source {préférée,privilégiée} sur google",),
    "es": ("como fuente preferida en google",),
    "pt": ("como fonte preferida no google",),
    "it": ("come fonte preferita su google",),
    "nl": ("als voorkeursbron {in,op} google",),
    "pl": ("jako preferowane źródło w google",),
    "cs": ("jako preferovaný zdroj {v,na} googlu",),
    "ru": ("в качестве предпочтительного источника в google",),
    "uk": ("як бажане джерело в google",),
    "zh": ("设为google首选来源",),
    "ja": ("googleで優先ソースに追加",),
    "ko": ("google 선호 출처로 추가",),
}
