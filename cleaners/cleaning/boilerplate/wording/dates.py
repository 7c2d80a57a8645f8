"""Date wording: month and weekday names (full, abbreviated and, where the language inflects
them, in the form a date uses: "12 марта", "12. března") and the words around a date
("Aktualisiert am", "Обновлено", "发布时间"), per language. Entries are space-separated words."""

from __future__ import annotations

from cleaners.cleaning.boilerplate.vocab import Wording

MONTHS: Wording = {
    "en": (
        "january february march april may june july august september october november december",
        "jan feb mar apr jun jul aug sep sept oct nov dec",
    ),
    "de": ("januar februar märz april mai juni juli august september oktober november dezember",),
    "fr": ("janvier février mars avril mai juin juillet août septembre octobre novembre décembre",),
    "es": (
        "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre "
        "diciembre",
    ),
    "pt": (
        "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    ),
    "it": (
        "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre "
        "dicembre",
    ),
    "nl": (
        "januari februari maart april mei juni juli augustus september oktober november december",
    ),
    "pl": (
        "styczeń luty marzec kwiecień maj czerwiec lipiec sierpień wrzesień październik listopad "
        "grudzień",
        "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada "
        "grudnia",
    ),
    "cs": (
        "leden únor březen duben květen červen červenec srpen září říjen listopad prosinec",
        "ledna února března dubna května června července srpna října listopadu prosince",
    ),
    "ru": (
        "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь",
        "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
        "янв фев мар апр июн июл авг сен сент окт ноя дек",
    ),
    "uk": (
        "січень лютий березень квітень травень червень липень серпень вересень жовтень листопад "
        "грудень",
        "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
    ),
    # CJK dates write the month with a character after its number ("3月12日", "3월 12일").
    "zh": ("月",),
    "ja": ("月",),
    "ko": ("월",),
    "id": ("maret agustus desember",),
}

WEEKDAYS: Wording = {
    "en": (
        "monday tuesday wednesday thursday friday saturday sunday",
        "mon tue tues wed thu thurs fri sat sun",
    ),
    "de": ("montag dienstag mittwoch donnerstag freitag samstag sonntag",),
    "fr": ("lundi mardi mercredi jeudi vendredi samedi dimanche",),
    "es": ("lunes martes miércoles jueves viernes sábado domingo",),
    "pt": ("segunda terça quarta quinta sexta feira sábado domingo",),
    "it": ("lunedì martedì mercoledì giovedì venerdì sabato domenica",),
    "nl": ("maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",),
    "pl": ("poniedziałek wtorek środa czwartek piątek sobota niedziela",),
    "cs": ("pondělí úterý středa čtvrtek pátek sobota neděle",),
    "ru": ("понедельник вторник среда среду четверг пятница пятницу суббота субботу воскресенье",),
    "uk": (
        "понеділок вівторок середа середу четвер пʼятниця п'ятниця пʼятницю субота суботу неділя",
    ),
    "zh": ("星期一 星期二 星期三 星期四 星期五 星期六 星期日 周一 周二 周三 周四 周五 周六 周日",),
    "ja": ("月曜日 火曜日 水曜日 木曜日 金曜日 土曜日 日曜日",),
    "ko": ("월요일 화요일 수요일 목요일 금요일 토요일 일요일",),
    "id": ("senin selasa rabu kamis jumat sabtu minggu",),
}

# The words around a date: "updated", "published", "at", "o'clock", time zones, "ago".
DATE_LABELS: Wording = {
    "en": (
        "updated published posted last modified first created date on at the of ago today "
        "yesterday hour hours hr hrs minute minutes min mins day days week weeks month months year "
        "years h m a p pm st nd rd th",
        "et est edt pst pdt cst cdt mst mdt gmt utc bst cet cest ist",
    ),
    "de": ("am um uhr und aktualisiert veröffentlicht",),
    "fr": ("le à et publié mis jour",),
    "es": ("de del y actualizado publicado",),
    "pt": ("de do da às à e em atualizado atualizada publicado publicada",),
    "it": ("il alle e pubblicato aggiornato",),
    "nl": ("op om en bijgewerkt gepubliceerd geplaatst uur",),
    "pl": ("o godz aktualizacja aktualizowano opublikowano dodano w r",),
    "cs": ("v ve aktualizováno publikováno vydáno",),
    "ru": ("в г года обновлено опубликовано обновлён обновлен",),
    "uk": ("о об в р року оновлено опубліковано",),
    "zh": ("年 日 时 分 发布时间 发布日期 发布于 更新时间 更新于 时间 日期",),
    "ja": ("年 日 時 分 午前 午後 更新日 公開日 投稿日 更新 公開 配信",),
    "ko": ("년 일 시 분 오전 오후 입력 수정 기사입력 최종수정 업데이트 등록",),
    "id": ("",),
}
