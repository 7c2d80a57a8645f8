"""Staff-credit labels: who wrote, reported or edited the article ("Redakce:", "责任编辑：")."""

from __future__ import annotations

from cleaners.cleaning.boilerplate.vocab import Wording

# Labels followed by a colon and names. CJK labels of two characters or more may also be
# followed by a space or a slash ("记者 王小明", "文/李华"); one-character ones need a colon or
# a slash.
STAFF_LABELS: Wording = {
    "en": (
        "editor",
        "editors",
        "reporter",
        "reporters",
        "reporting",
        "editing",
        "additional reporting",
    ),
    "de": (
        "redaktion",
        "redakteur",
        "redakteurin",
        "autor",
        "autorin",
        "autoren",
        "text",
        "mitarbeit",
        "bearbeitung",
    ),
    "fr": (
        "rédaction",
        "rédacteur",
        "rédactrice",
        "édition",
        "auteur",
        "auteure",
        "texte",
        "journaliste",
    ),
    "es": (
        "redacción",
        "redactor",
        "redactora",
        "edición",
        "editor",
        "editora",
        "autor",
        "autora",
        "texto",
        "periodista",
    ),
    "pt": (
        "redação",
        "redator",
        "redatora",
        "edição",
        "editor",
        "editora",
        "autor",
        "autora",
        "texto",
        "reportagem",
    ),
    "it": ("redazione", "a cura di", "autore", "autrice", "testo"),
    "nl": ("redactie", "eindredactie", "auteur", "tekst"),
    "pl": ("redakcja", "redaktor", "autor", "autorka", "opracowanie", "oprac", "tekst"),
    "cs": ("redakce", "redaktor", "redaktorka", "autor", "autorka", "text", "editor"),
    "ru": ("редактор", "редакция", "автор", "корреспондент", "текст", "подготовил", "подготовила"),
    "uk": (
        "редактор",
        "редакція",
        "автор",
        "авторка",
        "кореспондент",
        "текст",
        "підготував",
        "підготувала",
    ),
    "zh": (
        "责任编辑",
        "責任編輯",
        "编辑",
        "編輯",
        "记者",
        "記者",
        "本报记者",
        "新华社记者",
        "特约记者",
        "作者",
        "来源",
        "來源",
        "校对",
        "审核",
        "通讯员",
        "实习生",
        "文",
        "图",
    ),
    "ja": ("編集", "記者", "執筆", "取材", "文", "写真"),
    "ko": ("기자", "편집", "글", "사진"),
}

# Titles written after a reporter's name, as Korean and Japanese bylines do ("김철수 기자").
STAFF_TITLES_AFTER: Wording = {
    "ko": ("기자", "특파원", "선임기자", "객원기자"),
    "ja": ("記者", "特派員", "編集委員"),
}

# Picture-credit labels that open a credit ("Foto: Thomas Range", "Imagen: Télam") or close a
# caption ("…, photo: Archives du Gouvernement"); "..." marks the ones that only open one (a
# word a sentence may end on before a colon: "video", "graphic").
PICTURE_LABELS: Wording = {
    "en": (
        "{photo,photos,photograph,photographs,image,images,picture,pictures,credit,credits}",
        "{photo,image} {credit,credits,source}",
        "{pic,pics,illustration,illustrations,graphic,graphics,video} ...",
    ),
    "de": ("{foto,fotos,bild,bilder}",),
    "fr": ("{photo,photos,crédit photo,crédits photo,crédits photos,crédit,crédits}",),
    "es": ("{foto,fotos,imagen,imágenes}",),
    "pt": ("{foto,fotos,imagem}", "{fotografia,fonte da imagem} ..."),
    "it": ("{foto,fotos}",),
    "nl": ("{foto,fotos,beeld}",),
    "pl": ("{foto,fot.,zdjęcie}",),
    "cs": ("{foto,fotografie,snímek}",),
    "ru": ("фото",),
    "uk": ("фото",),
}

# Source credits under a picture, chart or agency copy: the label, a colon, a short name ("Quelle:
# dpa", "Fuente: EFE"). Chinese "来源：" is a staff label (STAFF_LABELS). English and French
# "Source:" are SOURCE_NAME_LABELS.
SOURCE_LABELS: Wording = {
    "de": ("quelle",),
    "es": ("fuente",),
    "pt": ("fonte",),
    "it": ("fonte",),
    "nl": ("bron",),
    "pl": ("źródło",),
    "cs": ("zdroj",),
    "ru": ("источник",),
    "uk": ("джерело",),
    "ja": ("出典", "写真提供"),
    "ko": ("출처",),
}

# Source labels that also open a sentence of the article ("Source: officials in Kyiv said the
# strike…"): a credit only when a name follows ("Source: ISW", "Sources : AFP, Reuters").
SOURCE_NAME_LABELS: Wording = {
    "en": ("{source,sources,data source,map source,chart source,image source,photo source}",),
    "fr": ("{source,sources,source de la carte,source de l'image}",),
}

# Pictures credited to a social network or an archive, without a colon ("Фото из Инстаграма
# Анны Ивановой"): line openings.
SOCIAL_PICTURES: Wording = {
    "en": ("{photo,image,picture} {from,via} {instagram,facebook,x,twitter,social media} ...",),
    "de": ("{foto,bild} {aus,via,von} {instagram,facebook,x,twitter,social media} ...",),
    "fr": ("photo {tirée d',issue d',extraite d'}{instagram,un réseau social} ...",),
    "es": ("{foto,imagen} {tomada de,de,vía} {instagram,facebook,x,twitter,redes sociales} ...",),
    "pt": ("{foto,imagem} {do,retirada do,via} {instagram,facebook,x,twitter} ...",),
    "it": ("foto {da,tratta da,via} {instagram,facebook,x,twitter,social} ...",),
    "pl": ("{zdjęcie,fot.} z {instagrama,facebooka,mediów społecznościowych} ...",),
    "ru": (
        "фото из {инстаграма,инстаграм,instagram,соцсетей,открытых источников,архива,"
        "телеграм-канала,telegram-канала} ...",
        "фото: {соцсети,открытые источники,социальные сети} ...",
    ),
    "uk": (
        "фото з {інстаграму,інстаграма,instagram,соцмереж,відкритих джерел,архіву,"
        "телеграм-каналу,telegram-каналу} ...",
        "фото: {соцмережі,відкриті джерела} ...",
    ),
}

# A byline written as a phrase under the headline: the post is signed for a group ("on behalf of
# Vision Doc group", "im Namen des Release-Teams"). A short unpunctuated line that opens with one.
BEHALF_OPENERS: Wording = {
    "en": ("on behalf of",),
    "de": ("im namen {des,der,von}",),
    "fr": ("au nom {de,du,des}",),
    "es": ("en nombre {de,del}",),
    "pt": ("em nome {de,do,da,dos,das}",),
    "it": ("a nome {di,del,della,dello,dei,delle}",),
    "nl": ("namens",),
    "pl": ("w imieniu",),
    "cs": ("jménem",),
    "ru": ("от имени",),
    "uk": ("від імені",),
}

# Labels of an author box, a line of their own above the names ("Experts" / "Stacy Ogbeide,
# PsyD"; "Autoren:" / "Anna Schmidt").
AUTHOR_LABELS: Wording = {
    "en": (
        "{author,authors,expert,experts,our experts,contributor,contributors,medical reviewer}",
    ),
    "de": ("{autor,autorin,autoren,autorinnen,experte,expertin,experten,expertinnen}",),
    "fr": ("{auteur,auteure,auteurs,autrice,expert,experte,experts,contributeurs}",),
    "es": ("{autor,autora,autores,experto,experta,expertos,colaboradores}",),
    "pt": ("{autor,autora,autores,especialista,especialistas,colaboradores}",),
    "it": ("{autore,autrice,autori,esperto,esperta,esperti,collaboratori}",),
    "nl": ("{auteur,auteurs,expert,experts,deskundigen}",),
    "pl": ("{autor,autorka,autorzy,ekspert,ekspertka,eksperci}",),
    "cs": ("{autor,autorka,autoři,odborník,odbornice,odborníci}",),
    "ru": ("{автор,авторы,эксперт,эксперты}",),
    "uk": ("{автор,авторка,автори,експерт,експерти}",),
    "zh": ("{作者,专家}",),
    "ja": ("{著者,執筆者,専門家,監修}",),
    "ko": ("{저자,필자,전문가}",),
}

# Byline openers: a word or two before the author's name ("By Jamelle Bouie", "Von Max Muster",
# "Escrito por Ana Gómez"), in every language a byline opens with them.
BYLINE_OPENERS: Wording = {
    "en": (
        "by",
        "written by",
        "words by",
        "story by",
        "reporting by",
        "posted by",
        "published by",
        "author",
        "authors",
        "text",
        "reviewed by",
        "medically reviewed by",
        "fact-checked by",
        "fact checked by",
        "edited by",
    ),
    "de": ("von", "autor", "autorin", "verfasst von", "geschrieben von"),
    "fr": ("par", "auteur", "écrit par"),
    "es": ("por", "texto", "escrito por"),
    "pt": ("por", "texto"),
    "it": ("di", "autore", "scritto da"),
    "nl": ("door", "geschreven door"),
    "pl": ("przez", "autor", "napisał", "napisała"),
    # Scandinavian "av" and "af": pages of the benchmark sets.
    "sv": ("av",),
    "da": ("af",),
}
