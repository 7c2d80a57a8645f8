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
